import ChiBoCore
import Fluent
import SQLKit
import Vapor

/// Inspection and supervision (QĐ 296): a committee's (or its inspection committee's) yearly plan
/// of items on its cells and their members, each with a team that reads the cell's meetings of
/// the period under review and records findings; the body concludes and requires remedies with
/// deadlines; the cell reports each remedy done. The team reads what it is assigned to: the
/// target's meetings of that period, even outside its members' own roles.
enum InspectionService {
    struct Draft: Sendable {
        var checked: InspectionDraft
        var body: InspectionBody
        var targetUnitID: UUID
        var targetMemberID: UUID?
        var team: [UUID]
    }

    /// Adds an item to the unit's plan for its year.
    static func create(_ db: any Database, _ principal: Principal, unitID: UUID, draft d: Draft) async throws -> Inspection {
        let unit = try await UnitService.find(db, principal, unitID, for: .inspect)
        try d.checked.check()
        // The target: a cell strictly below the plan's unit; a member of that cell for a member.
        guard let target = try await UnitService.cell(db, d.targetUnitID, below: unitID) else {
            throw DomainError(
                .invalid, code: "targetUnitId.invalid", vi: "Chọn một chi bộ trực thuộc.", en: "Choose a cell below the unit.",
                field: "targetUnitId")
        }
        if d.checked.kind.targetsMember {
            guard let m = try await d.targetMemberID.asyncMap({ try await Member.find($0, on: db) }) ?? nil, m.$unit.id == target.id
            else {
                throw DomainError(
                    .invalid, code: "targetMemberId.invalid", vi: "Chọn đảng viên của chi bộ được kiểm tra.",
                    en: "Choose a member of the cell inspected.", field: "targetMemberId")
            }
        }
        let team = Array(Set(d.team))
        if team.isEmpty || team.count > 20 { // not a rule: a form's bound
            throw DomainError(
                .invalid, code: "team.required", vi: "Chọn thành viên đoàn kiểm tra, giám sát (tối đa 20).",
                en: "Choose the team (at most 20).", field: "team")
        }
        let known = try await Account.query(on: db).filter(\.$id ~~ team).count()
        guard known == team.count else {
            throw DomainError(
                .invalid, code: "team.invalid", vi: "Thành viên đoàn không hợp lệ.", en: "Unknown team member.", field: "team")
        }
        return try await db.write { tx in
            let i = Inspection()
            i.$unit.id = unitID
            i.body = d.body
            i.year = d.checked.year
            i.kind = d.checked.kind
            i.$target.id = target.id!
            i.$targetMember.id = d.checked.kind.targetsMember ? d.targetMemberID : nil
            i.content = VietnameseText.normalizeText(d.checked.content) ?? ""
            i.reviewFrom = d.checked.reviewFrom
            i.reviewTo = d.checked.reviewTo
            i.startOn = d.checked.startOn
            i.endOn = d.checked.endOn
            i.status = .planned
            try await i.create(on: tx)
            for account in team {
                let t = InspectionTeamMember()
                t.$inspection.id = i.id!
                t.$account.id = account
                try await t.create(on: tx)
            }
            try await Audit.record(
                tx, Actor(principal), action: "inspection.plan", entity: "inspection", id: i.id, unit: target.id,
                after: ["plan": unit.name, "kind": i.kind.rawValue, "year": String(i.year)])
            return i
        }
    }

    /// An item its reader may see: the plan's body, the team, or the cell inspected.
    static func find(_ db: any Database, _ principal: Principal, _ id: UUID) async throws -> Inspection {
        guard let i = try await Inspection.query(on: db).filter(\.$id == id).with(\.$unit).with(\.$target).first() else {
            throw DomainError.notFound("inspection")
        }
        if try await Scope.allows(principal, .inspect, unit: i.$unit.id, on: db) { return i }
        if try await onTeam(db, principal, inspectionID: id) { return i }
        if try await Scope.allows(principal, .runMeetings, unit: i.$target.id, on: db) { return i }
        if try await Scope.allows(principal, .readUnit, unit: i.$unit.id, on: db) { throw DomainError.forbidden() }
        throw DomainError.notFound("inspection")
    }

    static func onTeam(_ db: any Database, _ principal: Principal, inspectionID: UUID) async throws -> Bool {
        try await InspectionTeamMember.query(on: db).filter(\.$inspection.$id == inspectionID)
            .filter(\.$account.$id == principal.accountID).first() != nil
    }

    /// The items whose team the principal is on, as the rule reads them (`InspectionAssignment`).
    static func assignments(_ db: any Database, _ principal: Principal) async throws -> [InspectionAssignment] {
        let ids = try await InspectionTeamMember.query(on: db).filter(\.$account.$id == principal.accountID).all().map {
            $0.$inspection.id
        }
        guard !ids.isEmpty else { return [] }
        return try await Inspection.query(on: db).filter(\.$id ~~ ids).all().map {
            InspectionAssignment(
                targetUnit: $0.$target.id, targetMember: $0.$targetMember.id, reviewFrom: $0.reviewFrom, reviewTo: $0.reviewTo,
                status: $0.status)
        }
    }

    /// Whether the principal is on the team of an open inspection of `unitID` whose period under
    /// review covers `date`: the team reads that meeting.
    static func teamReads(_ db: any Database, _ principal: Principal, unitID: UUID, date: CivilDate) async throws -> Bool {
        try await assignments(db, principal).readMeeting(unit: unitID, on: date)
    }

    /// Whether the principal is on the team of an open inspection of this member.
    static func teamReads(_ db: any Database, _ principal: Principal, member: UUID) async throws -> Bool {
        try await assignments(db, principal).readMember(member)
    }

    /// A finding of the team, dated today.
    static func addFinding(_ db: any Database, _ principal: Principal, id: UUID, text: String?, today: CivilDate) async throws {
        let i = try await find(db, principal, id)
        guard try await onTeam(db, principal, inspectionID: id) else { throw DomainError.forbidden() }
        guard i.concludedOn == nil else {
            throw DomainError(.conflict, code: "inspection.concluded", vi: "Đã có kết luận.", en: "Already concluded.")
        }
        let t = try VietnameseText.requiredText(
            text, field: "text", max: InspectionRules.maxTextLength, vi: "kết quả kiểm tra, giám sát", en: "The finding")
        try await db.write { tx in
            try await tx.holdRow("inspections", id)
            guard try await Inspection.find(id, on: tx)?.concludedOn == nil else {
                throw DomainError(.conflict, code: "inspection.concluded", vi: "Đã có kết luận.", en: "Already concluded.")
            }
            let f = InspectionFinding()
            f.$inspection.id = id
            f.$account.id = principal.accountID
            f.author = principal.displayName
            f.date = today
            f.text = t
            try await f.create(on: tx)
            try await refreshStatus(tx, i)
            try await Audit.record(
                tx, Actor(principal), action: "inspection.finding", entity: "inspection", id: id, unit: i.$target.id,
                after: ["date": today.iso])
        }
    }

    /// The body's conclusion with its remedies.
    static func conclude(
        _ db: any Database, _ principal: Principal, id: UUID, text: String?, on date: CivilDate, remedies: [Remedy], today: CivilDate
    ) async throws {
        let i = try await find(db, principal, id)
        guard try await Scope.allows(principal, .inspect, unit: i.$unit.id, on: db) else { throw DomainError.forbidden() }
        guard i.concludedOn == nil else {
            throw DomainError(.conflict, code: "inspection.concluded", vi: "Đã có kết luận.", en: "Already concluded.")
        }
        let findings = try await InspectionFinding.query(on: db).filter(\.$inspection.$id == id).count()
        try InspectionRules.checkConclusion(
            text: text, on: date, startOn: i.startOn, findings: findings, remedies: remedies, today: today)
        try await db.write { tx in
            // Held: a second conclusion sent at once finds this one.
            try await tx.holdRow("inspections", id)
            guard let held = try await Inspection.find(id, on: tx), held.concludedOn == nil else {
                throw DomainError(.conflict, code: "inspection.concluded", vi: "Đã có kết luận.", en: "Already concluded.")
            }
            held.conclusion = VietnameseText.normalizeText(text)
            held.concludedOn = date
            held.concludedBy = principal.displayName
            try await held.save(on: tx)
            for (n, r) in remedies.enumerated() {
                let m = InspectionRemedy()
                m.$inspection.id = id
                m.position = n
                m.content = VietnameseText.normalizeText(r.content) ?? r.content
                m.due = r.due
                try await m.create(on: tx)
            }
            try await refreshStatus(tx, held)
            try await Audit.record(
                tx, Actor(principal), action: "inspection.conclude", entity: "inspection", id: id, unit: held.$target.id,
                after: ["date": date.iso, "remedies": String(remedies.count)])
        }
    }

    /// A remedy reported done: by the cell inspected or by the plan's body.
    static func remedyDone(
        _ db: any Database, _ principal: Principal, id: UUID, remedyID: UUID, on date: CivilDate, report: String?, today: CivilDate
    ) async throws {
        let i = try await find(db, principal, id)
        let cell = try await Scope.allows(principal, .runMeetings, unit: i.$target.id, on: db)
        let body = try await Scope.allows(principal, .inspect, unit: i.$unit.id, on: db)
        guard cell || body else { throw DomainError.forbidden() }
        guard let r = try await InspectionRemedy.find(remedyID, on: db), r.$inspection.id == id, let concluded = i.concludedOn else {
            throw DomainError.notFound("remedy")
        }
        try InspectionRules.checkDone(r.remedy, on: date, concludedOn: concluded, today: today)
        try await db.write { tx in
            try await tx.holdRow("inspection_remedies", remedyID)
            guard let held = try await InspectionRemedy.find(remedyID, on: tx), held.doneOn == nil else {
                throw DomainError(.conflict, code: "remedy.done", vi: "Yêu cầu này đã được khắc phục.", en: "This remedy is already done.")
            }
            held.doneOn = date
            held.doneReport = VietnameseText.normalizeText(report)
            held.doneBy = principal.displayName
            try await held.save(on: tx)
            try await refreshStatus(tx, i)
            try await Audit.record(
                tx, Actor(principal), action: "inspection.remedy", entity: "inspection", id: id, unit: i.$target.id,
                after: ["remedy": remedyID.uuidString, "doneOn": date.iso])
        }
    }

    /// The status derived from what was recorded.
    private static func refreshStatus(_ db: any Database, _ i: Inspection) async throws {
        let findings = try await InspectionFinding.query(on: db).filter(\.$inspection.$id == i.id!).count()
        let open = try await InspectionRemedy.query(on: db).filter(\.$inspection.$id == i.id!).filter(\.$doneOn == nil).count()
        let concluded = try await Inspection.find(i.id!, on: db)?.concludedOn != nil
        try await Inspection.query(on: db).filter(\.$id == i.id!)
            .set(\.$status, to: InspectionStatus.of(findings: findings, concluded: concluded, remediesOpen: open)).update()
    }
}
