import ChiBoCore
import Fluent
import SQLKit
import Vapor

/// Members: records, moves between cells, exemptions and temporary transfers.
enum MemberService {
    /// A member the principal may read (their own record, or one in scope), or "not found".
    static func find(_ db: any Database, _ principal: Principal, _ id: UUID, for action: Action = .readMembers) async throws -> Member {
        guard let member = try await Member.find(id, on: db) else { throw DomainError.notFound("member") }
        if action == .readMembers, principal.memberID == id { return member }
        if try await Scope.allows(principal, action, unit: member.$unit.id, on: db) { return member }
        if principal.memberID == id { throw DomainError.forbidden() }
        if action != .readMembers, try await Scope.allows(principal, .readMembers, unit: member.$unit.id, on: db) {
            throw DomainError.forbidden()
        }
        // The team of an inspection of this member reads the record (issue 17), nothing else of the cell.
        if try await InspectionService.teamReads(db, principal, member: id) {
            if action == .readMembers { return member }
            throw DomainError.forbidden()
        }
        throw DomainError.notFound("member")
    }

    /// Before a write's body is read (issue 19): the account may write this member's record —
    /// not found outside the scope, forbidden inside it without the right. It is the least right
    /// any of the record's forms needs; a form that is the committee's (a suspension, a decision)
    /// is checked again for its own right by its service.
    static func authoriseWrite(_ db: any Database, _ principal: Principal, _ id: UUID) async throws {
        _ = try await find(db, principal, id, for: .writeMembers)
    }

    /// Before a new member's body is read (issue 19): an account that writes members nowhere is
    /// refused (403); the cell named in the body is checked by `requireCell` as before.
    static func authoriseCreate(_ principal: Principal) throws {
        try Scope.requireAnywhere(principal, .writeMembers)
    }

    static func requireCell(_ db: any Database, _ principal: Principal, _ unitID: UUID) async throws -> OrgUnit {
        let unit = try await UnitService.find(db, principal, unitID, for: .writeMembers)
        guard unit.kind.isCell else {
            throw DomainError(
                .invalid, code: "unitId.notCell", vi: "Đảng viên phải sinh hoạt tại một chi bộ.",
                en: "A member belongs to a cell.", field: "unitId")
        }
        return unit
    }

    static func checkCardNumber(_ db: any Database, _ card: String?, except id: UUID?) async throws {
        guard let card else { return }
        var q = Member.query(on: db).filter(\.$cardNumber == card)
        if let id { q = q.filter(\.$id != id) }
        if try await q.first() != nil {
            throw DomainError(
                .conflict, code: "cardNumber.duplicate", vi: "Số thẻ đảng viên \(card) đã có trong hệ thống.",
                en: "Party card number \(card) is already recorded.", field: "cardNumber")
        }
    }

    static func create(
        _ db: any Database, _ principal: Principal, unitID: UUID, draft: MemberDraft,
        today: CivilDate, transferIn: TransferIn? = nil
    ) async throws -> Member {
        let facts: MemberFacts
        do { facts = try draft.validated(today: today) } catch { throw error }
        _ = try await requireCell(db, principal, unitID)
        return try await db.write { tx in
            try await checkCardNumber(tx, facts.cardNumber, except: nil)
            let member = Member(unitID: unitID, facts: facts)
            try await member.create(on: tx)
            let arrived = transferIn.map { max($0.arrivedOn, facts.admissionDate) } ?? facts.admissionDate
            try await MemberUnitPeriod(memberID: member.id!, unitID: unitID, from: arrived, note: transferIn?.note).create(on: tx)
            try await MemberLifeService.open(tx, member: member)
            try await Audit.record(
                tx, Actor(principal), action: transferIn == nil ? "member.create" : "member.transferIn", entity: "member", id: member.id,
                unit: member.$unit.id, after: MemberDTO(member))
            return member
        }
    }

    static func update(
        _ db: any Database, _ principal: Principal, id: UUID, draft: MemberDraft,
        today: CivilDate
    ) async throws -> Member {
        let member = try await find(db, principal, id, for: .writeMembers)
        let facts = try draft.validated(today: today)
        return try await db.write { tx in
            try await checkCardNumber(tx, facts.cardNumber, except: id)
            let before = MemberDTO(member)
            let membership = (member.admissionDate, member.officialDate, member.status)
            member.apply(facts)
            if membership != (member.admissionDate, member.officialDate, member.status) {
                try await MemberLifeService.rewriteMembership(tx, member: member, today: today, previousAdmission: membership.0)
            }
            try await member.save(on: tx)
            try await Audit.record(
                tx, Actor(principal), action: "member.update", entity: "member", id: id, unit: member.$unit.id,
                before: before, after: MemberDTO(member))
            return member
        }
    }

    /// Moves a member to another cell on a date: the current period ends, a new one starts,
    /// offices held in the old cell end.
    static func move(
        _ db: any Database, _ principal: Principal, id: UUID, toUnitID: UUID, date: CivilDate,
        note: String?, today: CivilDate
    ) async throws -> Member {
        let member = try await find(db, principal, id, for: .writeMembers)
        _ = try await requireCell(db, principal, toUnitID)
        if let left = member.leftDate {
            throw DomainError(
                .invalid, code: "member.left", vi: "Đảng viên đã ra khỏi Đảng từ ngày \(left.vietnamese).",
                en: "The member left the party on \(left.iso).")
        }
        if member.$unit.id == toUnitID {
            throw DomainError(
                .invalid, code: "unitId.same", vi: "Đảng viên đang sinh hoạt tại chi bộ này.",
                en: "The member already belongs to this cell.", field: "unitId")
        }
        if date > today {
            throw DomainError(
                .invalid, code: "effectiveDate.future", vi: "Ngày chuyển không được sau hôm nay.",
                en: "The date cannot be in the future.", field: "effectiveDate")
        }
        return try await db.write { tx in
            let before = MemberDTO(member)
            if let current = try await MemberUnitPeriod.query(on: tx).filter(\.$member.$id == id)
                .filter(\.$untilDate == nil).first()
            {
                if date < current.fromDate {
                    throw DomainError(
                        .invalid, code: "effectiveDate.beforeCurrent",
                        vi: "Ngày chuyển phải từ \(current.fromDate.vietnamese) (ngày vào chi bộ hiện tại) trở về sau.",
                        en: "The date must be on or after \(current.fromDate.iso), when the member joined the current cell.",
                        field: "effectiveDate")
                }
                current.untilDate = date
                try await current.save(on: tx)
            }
            let trimmed = note.map(VietnameseText.normalizeName).flatMap { $0.isEmpty ? nil : String($0.prefix(300)) }
            try await MemberUnitPeriod(memberID: id, unitID: toUnitID, from: date, note: trimmed).create(on: tx)
            let offices = try await UnitOfficer.query(on: tx).filter(\.$member.$id == id).filter(\.$untilDate == nil).all()
            try await UnitService.endOffices(tx, Actor(principal), offices, on: date)
            let fromUnitID = member.$unit.id
            member.$unit.id = toUnitID
            try await member.save(on: tx)
            // The member's accounts follow: the roles over the old cell end that day, the member's role moves.
            try await AccountService.follow(tx, Actor(principal), memberID: id, event: .moved(from: fromUnitID, to: toUnitID, on: date))
            try await RollupService.refresh(tx, unit: fromUnitID)
            try await Audit.record(
                tx, Actor(principal), action: "member.move", entity: "member", id: id, unit: member.$unit.id,
                before: before, after: MemberDTO(member))
            return member
        }
    }

    /// The cells a member belonged to, newest first.
    static func history(_ db: any Database, memberID: UUID) async throws -> [MemberPeriodDTO] {
        let periods = try await MemberUnitPeriod.query(on: db).filter(\.$member.$id == memberID).with(\.$unit).all()
        return periods.sorted { ($0.fromDate.iso, $0.untilDate?.iso ?? "9999") > ($1.fromDate.iso, $1.untilDate?.iso ?? "9999") }
            .map {
                MemberPeriodDTO(unitId: $0.$unit.id, unitName: $0.unit.name, from: $0.fromDate.iso, until: $0.untilDate?.iso, note: $0.note)
            }
    }

    /// Names of units by id, for lists: the two columns only, not whole units (a page of a hundred
    /// rows decoded as models costs more than its query, issue 20).
    static func unitNames(_ db: any Database, _ ids: [UUID]) async throws -> [UUID: String] {
        let ids = Array(Set(ids))
        guard !ids.isEmpty else { return [:] }
        let rows = try await (db as! any SQLDatabase).raw("SELECT id, name FROM units WHERE id IN (\(binds: ids))").all()
        return Dictionary(
            try rows.map { (try $0.decode(column: "id", as: UUID.self), try $0.decode(column: "name", as: String.self)) },
            uniquingKeysWith: { a, _ in a })
    }
}
