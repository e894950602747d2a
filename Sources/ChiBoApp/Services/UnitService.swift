import ChiBoCore
import Fluent
import SQLKit
import Vapor

/// The party tree: creating, editing and moving units, their officers and counts.
enum UnitService {
    /// A unit the principal may read, or "not found".
    static func find(_ db: any Database, _ principal: Principal, _ id: UUID, for action: Action = .readUnit) async throws -> OrgUnit {
        guard let unit = try await OrgUnit.find(id, on: db) else { throw DomainError.notFound("unit") }
        try await Scope.require(principal, action, unit: id, on: db)
        return unit
    }

    /// The top units of the principal's scope (the roots of the installation for an administrator).
    static func scopeRoots(_ db: any Database, _ principal: Principal) async throws -> [OrgUnit] {
        let units: [OrgUnit]
        if let roots = Scope.roots(principal, .readUnit) {
            units = roots.isEmpty ? [] : try await OrgUnit.query(on: db).filter(\.$id ~~ roots).all()
        } else {
            units = try await OrgUnit.query(on: db).filter(\.$parent.$id == nil).all()
        }
        return sorted(units)
    }

    static func children(_ db: any Database, of id: UUID) async throws -> [OrgUnit] {
        sorted(try await OrgUnit.query(on: db).filter(\.$parent.$id == id).all())
    }

    /// Cells by code, other units by name in Vietnamese order (each name's key computed once).
    static func sorted(_ units: [OrgUnit]) -> [OrgUnit] {
        units.map { (unit: $0, name: VietnameseText.NameKey($0.name)) }.sorted { a, b in
            if a.unit.kind.isCell != b.unit.kind.isCell { return !a.unit.kind.isCell }
            if a.unit.code != b.unit.code, a.unit.kind.isCell { return a.unit.code < b.unit.code }
            return a.name < b.name
        }.map(\.unit)
    }

    /// Ancestors the principal may see, from the top of their scope down to the unit's parent.
    static func visibleAncestors(_ db: any Database, _ principal: Principal, of id: UUID) async throws -> [OrgUnit] {
        var out: [OrgUnit] = []
        for a in try await ancestors(db, of: id) where try await Scope.allows(principal, .readUnit, unit: a.id!, on: db) { out.append(a) }
        return out
    }

    /// Ancestors from the root down to the unit's parent.
    static func ancestors(_ db: any Database, of id: UUID) async throws -> [OrgUnit] {
        let rows = try await UnitClosure.query(on: db).filter(\.$descendant.$id == id).filter(\.$depth > 0)
            .sort(\.$depth, .descending).all()
        let ids = rows.map { $0.$ancestor.id }
        let units = try await OrgUnit.query(on: db).filter(\.$id ~~ ids).all()
        return ids.compactMap { id in units.first { $0.id == id } }
    }

    /// Cells under a unit (or the unit itself if it is a cell) that the principal may write members in.
    static func cells(_ db: any Database, under id: UUID) async throws -> [OrgUnit] {
        let ids = try await UnitClosure.query(on: db).filter(\.$ancestor.$id == id).all().map { $0.$descendant.id }
        return sorted(try await OrgUnit.query(on: db).filter(\.$id ~~ ids).filter(\.$kind == UnitKind.cell).all())
    }

    /// The cells a member of `cell` may be moved to from the record's page: the cells of the same
    /// committee (a move within the grassroots organisation; to another one it is a transfer, with
    /// its own form) that the account may write members in. Bounded by the committee's cells, not
    /// by the account's scope: a national administrator's page once listed every cell of the
    /// country (4 s on a fifth of it, issue 20).
    static func moveTargets(_ db: any Database, _ principal: Principal, from cell: OrgUnit) async throws -> [OrgUnit] {
        guard let parent = cell.$parent.id else { return [] }
        let siblings = try await OrgUnit.query(on: db).filter(\.$parent.$id == parent).filter(\.$kind == UnitKind.cell).all()
        guard let roots = Scope.roots(principal, .writeMembers) else { return sorted(siblings) }
        guard !roots.isEmpty, !siblings.isEmpty else { return [] }
        let writable = Set(
            try await UnitClosure.query(on: db).filter(\.$ancestor.$id ~~ roots).filter(\.$descendant.$id ~~ siblings.map { $0.id! })
                .all().map { $0.$descendant.id })
        return sorted(siblings.filter { writable.contains($0.id!) })
    }

    /// Before a new unit's body is read: refused (403) to an account that may manage units
    /// nowhere; the parent the body names is checked by `create`.
    static func authoriseCreate(_ principal: Principal) throws {
        try Scope.requireAnywhere(principal, .manageUnits)
    }

    static func create(
        _ db: any Database, _ principal: Principal, parentID: UUID?, draft: UnitDraft, today: CivilDate
    ) async throws -> OrgUnit {
        let facts = try draft.validated()
        var parent: OrgUnit?
        if let parentID {
            parent = try await find(db, principal, parentID, for: .manageUnits)
        } else if !principal.isGlobalAdmin {
            throw DomainError(
                .forbidden, code: "unit.rootForbidden",
                vi: "Chỉ quản trị viên mới tạo được tổ chức cấp cao nhất.",
                en: "Only an administrator can create a top-level unit.")
        }
        try TreeRules.check(child: facts.kind, parent: parent?.kind)
        let parentDepth = parent?.depth ?? -1
        return try await db.write { tx in
            let unit = OrgUnit(
                parentID: parentID, name: facts.name, code: facts.code, kind: facts.kind,
                cellType: facts.cellType, termLabel: facts.termLabel, termStart: facts.termStart,
                depth: parentDepth + 1)
            try await unit.create(on: tx)
            try await insertClosure(tx, unitID: unit.id!, parentID: parentID)
            try await UnitParentPeriod(unitID: unit.id!, parentID: parentID, from: facts.termStart ?? today).create(on: tx)
            try await Audit.record(
                tx, Actor(principal), action: "unit.create", entity: "unit", id: unit.id, unit: unit.id,
                after: UnitDTO(unit))
            return unit
        }
    }

    /// Closure rows for a new leaf: every ancestor of the parent, and itself.
    static func insertClosure(_ db: any Database, unitID: UUID, parentID: UUID?) async throws {
        var rows = [UnitClosure(ancestorID: unitID, descendantID: unitID, depth: 0)]
        if let parentID {
            for up in try await UnitClosure.query(on: db).filter(\.$descendant.$id == parentID).all() {
                rows.append(UnitClosure(ancestorID: up.$ancestor.id, descendantID: unitID, depth: up.depth + 1))
            }
        }
        try await rows.create(on: db)
    }

    static func update(_ db: any Database, _ principal: Principal, id: UUID, draft: UnitDraft) async throws -> OrgUnit {
        let unit = try await find(db, principal, id, for: .manageUnits)
        var d = draft
        d.kind = unit.kind.rawValue
        let facts = try d.validated()
        return try await db.write { tx in
            let before = UnitDTO(unit)
            unit.name = facts.name
            unit.searchName = VietnameseText.fold(facts.name)
            unit.code = facts.code
            unit.cellType = facts.cellType
            unit.termLabel = facts.termLabel
            unit.termStart = facts.termStart?.iso
            try await unit.save(on: tx)
            try await Audit.record(
                tx, Actor(principal), action: "unit.update", entity: "unit", id: unit.id, unit: unit.id,
                before: before, after: UnitDTO(unit))
            return unit
        }
    }

    /// Moves a unit and its subtree under another parent, keeping its history.
    static func move(_ db: any Database, _ principal: Principal, id: UUID, newParentID: UUID, date: CivilDate) async throws -> OrgUnit {
        let unit = try await find(db, principal, id, for: .manageUnits)
        let parent = try await find(db, principal, newParentID, for: .manageUnits)
        try TreeRules.check(child: unit.kind, parent: parent.kind)
        if unit.$parent.id == newParentID {
            throw DomainError(
                .invalid, code: "parentId.same", vi: "Tổ chức đã trực thuộc đơn vị này.",
                en: "The unit already sits there.", field: "parentId")
        }
        return try await db.write { tx in
            let subtree = try await UnitClosure.query(on: tx).filter(\.$ancestor.$id == id).all()
            let subtreeIDs = subtree.map { $0.$descendant.id }
            if subtreeIDs.contains(newParentID) {
                throw DomainError(
                    .invalid, code: "parentId.cycle", vi: "Không thể chuyển một tổ chức vào tổ chức cấp dưới của nó.",
                    en: "A unit cannot move under its own subtree.", field: "parentId")
            }
            if let current = try await UnitParentPeriod.query(on: tx).filter(\.$unit.$id == id)
                .filter(\.$untilDate == nil).first()
            {
                if date < current.fromDate {
                    throw DomainError(
                        .invalid, code: "effectiveDate.beforeCurrent",
                        vi: "Ngày chuyển phải từ \(current.fromDate.vietnamese) trở về sau.",
                        en: "The date must be on or after \(current.fromDate.iso).", field: "effectiveDate")
                }
                current.untilDate = date
                try await current.save(on: tx)
            }
            let before = UnitDTO(unit)
            // Detach the subtree (and its statistics) from its old ancestors, attach it to the new parent's.
            let figures = try await RollupService.detach(tx, unit: id)
            let oldAncestors = try await UnitClosure.query(on: tx).filter(\.$descendant.$id == id).filter(\.$depth > 0).all()
                .map { $0.$ancestor.id }
            if !oldAncestors.isEmpty {
                try await UnitClosure.query(on: tx).filter(\.$ancestor.$id ~~ oldAncestors)
                    .filter(\.$descendant.$id ~~ subtreeIDs).delete()
            }
            let newAncestors = try await UnitClosure.query(on: tx).filter(\.$descendant.$id == newParentID).all()
            var rows: [UnitClosure] = []
            for up in newAncestors {
                for down in subtree {
                    rows.append(
                        UnitClosure(
                            ancestorID: up.$ancestor.id, descendantID: down.$descendant.id,
                            depth: up.depth + 1 + down.depth))
                }
            }
            try await rows.create(on: tx)
            try await RollupService.attach(tx, unit: id, figures)
            let shift = parent.depth + 1 - unit.depth
            for down in subtree {
                try await OrgUnit.query(on: tx).filter(\.$id == down.$descendant.id)
                    .set(\.$depth, to: unit.depth + down.depth + shift).update()
            }
            unit.$parent.id = newParentID
            unit.depth = parent.depth + 1
            try await unit.save(on: tx)
            try await UnitParentPeriod(unitID: id, parentID: newParentID, from: date).create(on: tx)
            // The superior members who followed the moved cells belong to the old parent: their assignment ends.
            try await UnitLiaison.query(on: tx).filter(\.$unit.$id ~~ subtreeIDs).filter(\.$untilDate == nil)
                .set(\.$untilDate, to: date).update()
            try await Audit.record(
                tx, Actor(principal), action: "unit.move", entity: "unit", id: id, unit: id,
                before: before, after: UnitDTO(unit))
            return unit
        }
    }

    /// Members of the unit and its subtree by status, from the unit's `now` counters: one row read,
    /// whatever the size of the subtree (the counters follow every change in its transaction, and the
    /// calendar through `StandingRefresher`).
    static func counts(_ db: any Database, unitID: UUID) async throws -> MembershipCounts {
        let sql = db as! any SQLDatabase
        let now = try await RollupService.stored(sql, units: [unitID], keys: [PeriodKey.now])[unitID]?[PeriodKey.now]
        return MembershipCounts(now: now ?? FigureRow())
    }

    /// The same counted from the members' rows over the whole subtree: what the counters must equal
    /// (tests, `chibo verify`-like checks); not for a page.
    package static func countsFromRows(_ db: any Database, unitID: UUID) async throws -> MembershipCounts {
        let sql = db as! any SQLDatabase
        let rows = try await sql.raw(
            """
            SELECT m.status AS status, m.exemption_kind AS exemption, m.transfer_direction AS transfer, COUNT(*) AS n
            FROM members m JOIN unit_closure c ON c.descendant_id = m.unit_id
            WHERE c.ancestor_id = \(bind: unitID) AND m.left_date IS NULL
            GROUP BY m.status, m.exemption_kind, m.transfer_direction
            """
        ).all()
        var counts = MembershipCounts()
        for row in rows {
            let status = try row.decode(enumColumn: "status", as: MemberStatus.self)
            let exemption = try row.decode(enumColumn: "exemption", as: ExemptionKind?.self)
            let transfer = try row.decode(enumColumn: "transfer", as: TransferDirection?.self)
            counts.add(status: status, exemption: exemption, transfer: transfer, count: try row.decode(column: "n", as: Int.self))
        }
        return counts
    }

    /// Current officers with their members, secretary first.
    static func officers(_ db: any Database, unitID: UUID) async throws -> [(UnitOfficer, Member)] {
        let rows = try await UnitOfficer.query(on: db).filter(\.$unit.$id == unitID).filter(\.$untilDate == nil)
            .with(\.$member).all()
        let order: [OfficerRole] = [.secretary, .deputy, .committeeMember]
        return rows.sorted {
            let a = order.firstIndex(of: $0.role)!, b = order.firstIndex(of: $1.role)!
            return a == b ? VietnameseText.precedes($0.member.fullName, $1.member.fullName) : a < b
        }.map { ($0, $0.member) }
    }

    /// Appoints a member (of the unit's subtree) to an office; a new secretary or deputy replaces the old one.
    static func setOfficer(
        _ db: any Database, _ principal: Principal, unitID: UUID, memberID: UUID, role: OfficerRole,
        from: CivilDate
    ) async throws {
        let unit = try await find(db, principal, unitID, for: .manageUnits)
        guard let member = try await Member.find(memberID, on: db),
            try await UnitClosure.query(on: db).filter(\.$ancestor.$id == unitID)
                .filter(\.$descendant.$id == member.$unit.id).first() != nil
        else {
            throw DomainError(
                .invalid, code: "memberId.notInUnit", vi: "Đảng viên này không thuộc tổ chức.",
                en: "This member does not belong to the unit.", field: "memberId")
        }
        if !OfficerRole.mayHold(member.status) {
            throw DomainError(
                .invalid, code: "memberId.notOfficial", vi: "Chỉ đảng viên chính thức mới giữ chức vụ cấp ủy.",
                en: "Only official members hold committee office.", field: "memberId")
        }
        // Someone out of the party, or suspended on the day, cannot take office.
        let standing = try await MemberLifeService.histories(db, memberIDs: [memberID])[memberID]?.standing(on: from)
        if member.leftDate.map({ $0 <= from }) ?? false || standing == nil || standing?.suspension != nil {
            throw DomainError(
                .invalid, code: "memberId.notServing", vi: "Đảng viên đã ra khỏi Đảng hoặc đang bị đình chỉ sinh hoạt vào ngày này.",
                en: "The member is out of the party or suspended on that day.", field: "memberId")
        }
        try await db.write { tx in
            let current = try await UnitOfficer.query(on: tx).filter(\.$unit.$id == unitID).filter(\.$untilDate == nil).all()
            let replaced = current.filter { $0.$member.id == memberID || (role != .committeeMember && $0.role == role) }
            try await endOffices(tx, Actor(principal), replaced, on: from)
            let officer = UnitOfficer(unitID: unitID, memberID: memberID, role: role, from: from)
            try await officer.create(on: tx)
            try await AccountService.grantOffice(tx, Actor(principal), officer: officer, unit: unit)
            try await Audit.record(
                tx, Actor(principal), action: "unit.officer.set", entity: "unit", id: unitID, unit: unitID,
                after: ["memberId": memberID.uuidString, "role": role.rawValue, "from": from.iso])
        }
    }

    static func endOfficer(_ db: any Database, _ principal: Principal, unitID: UUID, officerID: UUID, until: CivilDate) async throws {
        _ = try await find(db, principal, unitID, for: .manageUnits)
        guard let officer = try await UnitOfficer.find(officerID, on: db), officer.$unit.id == unitID,
            officer.untilDate == nil
        else { throw DomainError.notFound("officer") }
        try await db.write { tx in
            try await endOffices(tx, Actor(principal), [officer], on: until)
            try await Audit.record(
                tx, Actor(principal), action: "unit.officer.end", entity: "unit", id: unitID, unit: unitID,
                after: ["officerId": officerID.uuidString, "until": until.iso])
        }
    }

    /// Ends offices on a day (the first day without the officer), and with each the roles that came from it.
    static func endOffices(_ db: any Database, _ actor: Actor, _ offices: [UnitOfficer], on day: CivilDate) async throws {
        for officer in offices {
            officer.untilDate = day
            try await officer.save(on: db)
            try await AccountService.follow(db, actor, memberID: officer.$member.id, event: .officeEnded(officer: officer.id!, on: day))
        }
    }

    /// A cell strictly below `unitID`, or nil (not a cell, not below, unknown).
    static func cell(_ db: any Database, _ cellID: UUID, below unitID: UUID) async throws -> OrgUnit? {
        let below = try await UnitClosure.query(on: db).filter(\.$ancestor.$id == unitID).filter(\.$descendant.$id == cellID)
            .filter(\.$depth > 0).first()
        guard below != nil, let cell = try await OrgUnit.find(cellID, on: db), cell.kind.isCell else { return nil }
        return cell
    }

    /// The accounts of the committees at `unitID` and above it (committee staff, inspectors): those
    /// a team or a working group is made of.
    static func staffAtOrAbove(_ db: any Database, unitID: UUID) async throws -> [Account] {
        let above = try await UnitClosure.query(on: db).filter(\.$descendant.$id == unitID).all().map { $0.$ancestor.id }
        let roles = try await AccountRole.query(on: db).filter(\.$unit.$id ~~ above)
            .filter(\.$role ~~ [Role.inspector, Role.committeeStaff]).filter(\.$endedOn == nil).all()
        return try await Account.query(on: db).filter(\.$id ~~ Array(Set(roles.map { $0.$account.id }))).sort(\.$displayName).all()
    }

    /// The members of committees above a cell who follow it now, one for each committee, the
    /// nearest committee first.
    static func liaisons(_ db: any Database, unitID: UUID) async throws -> [LiaisonDTO] {
        let rows = try await UnitLiaison.query(on: db).filter(\.$unit.$id == unitID).filter(\.$untilDate == nil)
            .with(\.$account).with(\.$level).sort(\.$fromDate).all()
        guard !rows.isEmpty else { return [] }
        let ancestors = try await ancestorIDs(db, of: unitID)
        let parent = ancestors.first
        return LiaisonRules.ordered(rows, level: { $0.$level.id ?? parent ?? unitID }, ancestors: ancestors).map(LiaisonDTO.init)
    }

    /// The units strictly above a unit, the nearest first.
    static func ancestorIDs(_ db: any Database, of unitID: UUID) async throws -> [UUID] {
        try await UnitClosure.query(on: db).filter(\.$descendant.$id == unitID).filter(\.$depth > 0).sort(\.$depth).all()
            .map { $0.$ancestor.id }
    }

    /// Assigns a member of a committee above the cell to follow it, for the nearest committee
    /// above it where they hold a role; the same committee's previous assignment ends that day,
    /// the other committees' stay.
    @discardableResult
    static func setLiaison(
        _ db: any Database, _ principal: Principal, unitID: UUID, accountID: UUID, from: CivilDate
    ) async throws -> LiaisonDTO {
        _ = try await find(db, principal, unitID, for: .manageUnits)
        let ancestors = try await ancestorIDs(db, of: unitID)
        guard !ancestors.isEmpty, let account = try await Account.query(on: db).filter(\.$id == accountID).with(\.$roles).first()
        else {
            throw DomainError(
                .invalid, code: "accountId.invalid", vi: "Chọn cán bộ của cấp ủy cấp trên.",
                en: "Choose a member of a superior committee.", field: "accountId")
        }
        let roleUnits = account.roles.filter { $0.role != .member && $0.endedOn == nil }.map { $0.$unit.id }
        guard let level = LiaisonRules.level(roleUnits: roleUnits, ancestors: ancestors),
            try await Scope.allows(principal, .readUnit, unit: level, on: db)
        else {
            throw DomainError(
                .invalid, code: "accountId.notSuperior", vi: "Tài khoản này không thuộc cấp ủy cấp trên của chi bộ.",
                en: "This account does not belong to a committee above the unit.", field: "accountId")
        }
        let id = try await db.write { tx -> UUID in
            let current = try await UnitLiaison.query(on: tx).filter(\.$unit.$id == unitID).filter(\.$untilDate == nil).all()
            let ended = LiaisonRules.replaced(
                current: current.map { (id: $0.id!, level: $0.$level.id ?? ancestors[0]) }, by: level)
            if !ended.isEmpty {
                try await UnitLiaison.query(on: tx).filter(\.$id ~~ ended).set(\.$untilDate, to: from).update()
            }
            let l = UnitLiaison()
            l.$unit.id = unitID
            l.$account.id = accountID
            l.$level.id = level
            l.fromDate = from
            try await l.create(on: tx)
            try await Audit.record(
                tx, Actor(principal), action: "unit.liaison", entity: "unit", id: unitID, unit: unitID,
                after: ["account": account.username, "from": from.iso, "level": level.uuidString, "ended": "\(ended.count)"])
            return l.id!
        }
        guard let dto = try await liaisons(db, unitID: unitID).first(where: { $0.id == id }) else { throw DomainError.notFound() }
        return dto
    }

    /// Whether the principal may end an assignment: they manage the committee it was made for
    /// (the commune's staff do not end the province's).
    static func mayEnd(_ db: any Database, _ principal: Principal, _ l: LiaisonDTO, parent: UUID?) async throws -> Bool {
        guard let level = l.levelUnitId ?? parent else { return false }
        return try await Scope.allows(principal, .manageUnits, unit: level, on: db)
    }

    /// Ends an assignment to follow the cell on a day (the committee member no longer follows it);
    /// only the committee it was made for (or one above it) ends it.
    static func endLiaison(
        _ db: any Database, _ principal: Principal, unitID: UUID, liaisonID: UUID, on day: CivilDate
    ) async throws {
        let unit = try await find(db, principal, unitID, for: .manageUnits)
        try await db.write { tx in
            guard
                let l = try await UnitLiaison.query(on: tx).filter(\.$id == liaisonID).filter(\.$unit.$id == unitID)
                    .with(\.$account).with(\.$level).first()
            else { throw DomainError.notFound() }
            guard try await mayEnd(tx, principal, LiaisonDTO(l), parent: unit.$parent.id) else { throw DomainError.forbidden() }
            guard l.untilDate == nil else {
                throw DomainError(
                    .conflict, code: "liaison.ended", vi: "Việc phân công này đã kết thúc.", en: "This assignment has already ended.")
            }
            guard day >= l.fromDate else {
                throw DomainError(
                    .invalid, code: "until.beforeStart", vi: "Ngày thôi phụ trách phải từ ngày bắt đầu (\(l.fromDate.vietnamese)) trở đi.",
                    en: "The end cannot come before the start (\(l.fromDate.iso)).", field: "until")
            }
            l.untilDate = day
            try await l.save(on: tx)
            try await Audit.record(
                tx, Actor(principal), action: "unit.liaison.end", entity: "unit", id: unitID, unit: unitID,
                after: ["account": l.account.username, "until": day.iso])
        }
    }

    /// Accounts that may be assigned to follow the unit: roles above it, other than plain members.
    static func liaisonCandidates(_ db: any Database, _ principal: Principal, unit: OrgUnit) async throws -> [Account] {
        guard let parentID = unit.$parent.id else { return [] }
        var above: [UUID] = []
        // Only committees the principal may see: no names from above one's own scope.
        for id in try await UnitClosure.query(on: db).filter(\.$descendant.$id == parentID).all().map({ $0.$ancestor.id })
        where try await Scope.allows(principal, .readUnit, unit: id, on: db) {
            above.append(id)
        }
        guard !above.isEmpty else { return [] }
        let roles = try await AccountRole.query(on: db).filter(\.$unit.$id ~~ above).filter(\.$role != Role.member)
            .filter(\.$endedOn == nil).all()
        let ids = Array(Set(roles.map { $0.$account.id }))
        return try await Account.query(on: db).filter(\.$id ~~ ids).sort(\.$displayName).all()
    }
}
