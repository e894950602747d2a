import ChiBoCore
import Fluent
import SQLKit
import Vapor

/// A member's party life as dated periods: exemptions, temporary transfers, suspensions,
/// discipline, recognition as official and leaving the party. Each event is checked by
/// `MemberHistory` (ChiBoCore), written with its decision in one transaction with the member's
/// cached standing, the statistics counters and the audit entry, and the member's accounts
/// follow it (someone who left or is suspended can no longer sign in).
enum MemberLifeService {
    /// The member's periods, oldest first.
    static func periods(_ db: any Database, memberID: UUID) async throws -> [MemberStatusPeriod] {
        sorted(try await MemberStatusPeriod.query(on: db).filter(\.$member.$id == memberID).all())
    }

    static func sorted(_ rows: [MemberStatusPeriod]) -> [MemberStatusPeriod] {
        rows.sorted { a, b in
            if a.fromDate != b.fromDate { return a.fromDate < b.fromDate }
            if a.createdAt != b.createdAt { return (a.createdAt ?? .distantPast) < (b.createdAt ?? .distantPast) }
            return (a.id?.uuidString ?? "") < (b.id?.uuidString ?? "")
        }
    }

    /// The histories of several members, for a roll.
    static func histories(_ db: any Database, memberIDs: [UUID]) async throws -> [UUID: MemberHistory] {
        var rows: [UUID: [MemberStatusPeriod]] = [:]
        for start in stride(from: 0, to: memberIDs.count, by: 500) {
            let ids = Array(memberIDs[start..<min(start + 500, memberIDs.count)])
            for row in try await MemberStatusPeriod.query(on: db).filter(\.$member.$id ~~ ids).all() {
                rows[row.$member.id, default: []].append(row)
            }
        }
        return rows.mapValues { MemberHistory(sorted($0).map(\.period)) }
    }

    /// The periods a new record starts with.
    static func open(_ db: any Database, member: Member) async throws {
        let periods = MemberHistory.opening(admission: member.admissionDate, official: member.officialDate, status: member.status)
        try await periods.map { MemberStatusPeriod(memberID: member.id!, $0) }.create(on: db)
    }

    /// The periods of a record loaded with its standing already set (the demo commune, an
    /// import): its membership, and its exemption and transfer as their own periods.
    package static func initialPeriods(of member: Member) -> [MemberStatusPeriod] {
        var periods = MemberHistory.opening(admission: member.admissionDate, official: member.officialDate, status: member.status)
            .map { MemberStatusPeriod(memberID: member.id!, $0) }
        if let kind = member.exemptionKind {
            let p = MemberStatusPeriod(
                memberID: member.id!, StatusPeriod(.exempt, detail: kind.rawValue, from: member.exemptionDate ?? member.admissionDate))
            p.reason = member.exemptionReason
            periods.append(p)
        }
        if let direction = member.transferDirection {
            let p = MemberStatusPeriod(
                memberID: member.id!,
                StatusPeriod(
                    .transfer, detail: direction.rawValue, from: member.transferFrom ?? member.admissionDate, until: member.transferUntil))
            p.place = member.transferPlace
            periods.append(p)
        }
        return periods
    }

    /// After a correction of the record's admission, official date or status: the membership's
    /// periods are written again from them (a correction, not an event); the others stay.
    static func rewriteMembership(
        _ db: any Database, member: Member, today: CivilDate, previousAdmission: CivilDate? = nil
    ) async throws {
        let rows = try await periods(db, memberID: member.id!)
        let leftOn = rows.first { $0.kind == .left }?.fromDate
        if let leftOn, member.admissionDate >= leftOn || (member.officialDate.map { $0 >= leftOn } ?? false) {
            throw DomainError(
                .invalid, code: "admissionDate.afterLeaving",
                vi: "Ngày vào Đảng và ngày chính thức phải trước ngày ra khỏi Đảng (\(leftOn.vietnamese)).",
                en: "Admission and official dates must be before the member left (\(leftOn.iso)).", field: "admissionDate")
        }
        let old = Dictionary(rows.filter { $0.kind == .probationary || $0.kind == .official }.map { ($0.kind, $0) }) { a, _ in a }
        for row in old.values { try await row.delete(on: db) }
        var opening = MemberHistory.opening(admission: member.admissionDate, official: member.officialDate, status: member.status)
        // A recruited member's probation starts at the ceremony, after the admission decision: kept
        // when the admission date itself is not what changed.
        if let p = old[.probationary], let previousAdmission, previousAdmission == member.admissionDate, p.fromDate > member.admissionDate,
            let i = opening.firstIndex(where: { $0.kind == .probationary }), opening[i].until.map({ p.fromDate <= $0 }) ?? true
        {
            opening[i].from = p.fromDate
        }
        if let leftOn {
            for i in opening.indices where opening[i].reaches(leftOn) { opening[i].until = leftOn.adding(days: -1) }
        }
        for period in opening {
            let row = MemberStatusPeriod(memberID: member.id!, period)
            // The decisions behind the membership (the admission, the recognition) stay with it.
            if let before = old[period.kind] {
                row.decisionNumber = before.decisionNumber
                row.decisionDate = before.decisionDate
                row.decidedBy = before.decidedBy
                row.reason = before.reason
                row.voteID = before.voteID
            }
            try await row.create(on: db)
            // So do their documents (the admission's and the recognition's decisions).
            if let before = old[period.kind] { try await FileDocumentService.follow(db, period: before.id!, to: row.id!) }
        }
        refresh(member, try await periods(db, memberID: member.id!), today: today)
    }

    /// Writes the member's cached standing (status, official date, the running or coming
    /// exemption and transfer, the leaving) from the periods.
    static func refresh(_ member: Member, _ rows: [MemberStatusPeriod], today: CivilDate) {
        let official = rows.last { $0.kind == .official }
        member.status = official == nil ? .probationary : .official
        member.officialDate = official?.fromDate
        let exemption = rows.last { $0.kind == .exempt && $0.period.reaches(today) }
        member.exemptionKind = exemption?.period.exemption
        member.exemptionDate = exemption?.fromDate
        member.exemptionReason = exemption?.reason
        // A visiting member's record stays a visitor's once the transfer has ended.
        let transfer = rows.last { $0.kind == .transfer && ($0.period.reaches(today) || $0.period.transfer == .incoming) }
        member.transferDirection = transfer?.period.transfer
        member.transferFrom = transfer?.fromDate
        member.transferUntil = transfer?.untilDate
        member.transferPlace = transfer?.place
        let left = rows.first { $0.kind == .left }
        member.leftDate = left?.fromDate
        member.leftKind = left?.period.leaving
    }

    /// One event: the member in scope, the change checked against the history, then in one
    /// transaction the periods, the cached standing, the accounts and the audit entry.
    private static func event(
        _ db: any Database, _ principal: Principal, id: UUID, action: String, today: CivilDate, record: DecisionRecord,
        voteKind: VoteKind? = nil, may: Action = .writeMembers, _ make: @Sendable @escaping (MemberHistory) throws -> StatusChange
    ) async throws -> Member {
        let member = try await MemberService.find(db, principal, id, for: may)
        if let voteID = record.voteID, let voteKind { try await checkVote(db, voteID, kind: voteKind, member: member) }
        return try await db.write { tx in
            try await apply(tx, Actor(principal), member: member, action: action, today: today, record: record, make)
            return member
        }
    }

    /// Writes an event on a member already found (the caller's transaction): the periods it
    /// closes and opens, the cached standing, the accounts and offices, the audit entry.
    @discardableResult
    static func apply(
        _ tx: any Database, _ actor: Actor, member: Member, action: String, today: CivilDate, record: DecisionRecord,
        _ make: (MemberHistory) throws -> StatusChange
    ) async throws -> [MemberStatusPeriod] {
        let id = member.id!
        // Holds the member's row for the transaction (a row lock on PostgreSQL; SQLite serialises
        // writers), so two events sent together are checked one after the other.
        try await tx.holdRow("members", id)
        let before = MemberDTO(member)
        var rows = try await periods(tx, memberID: id)
        let change = try make(MemberHistory(rows.map(\.period)))
        for (index, last) in change.close {
            rows[index].untilDate = last
            try await rows[index].save(on: tx)
        }
        var opened: [MemberStatusPeriod] = []
        for period in change.open {
            let row = MemberStatusPeriod(memberID: id, period)
            row.reason = record.reason
            row.place = record.place
            row.decidedBy = record.by
            row.decisionNumber = record.number
            row.decisionDate = record.date ?? (period.kind == .left || period.kind == .disciplined ? period.from : nil)
            row.voteID = record.voteID
            try await row.create(on: tx)
            opened.append(row)
        }
        rows += opened
        // Removal from post (cách chức) ends the member's offices on the decision's day.
        if let removal = opened.first(where: { $0.period.discipline == .removal }) {
            let offices = try await UnitOfficer.query(on: tx).filter(\.$member.$id == id).filter(\.$untilDate == nil).all()
            try await UnitService.endOffices(tx, actor, offices, on: removal.fromDate)
        }
        refresh(member, rows, today: today)
        if let movedOn = record.movedOn { member.movedOn = movedOn }
        try await member.save(on: tx)
        try await followAccounts(tx, actor, member: member, rows: rows, today: today)
        // An event counts in the cell of its day (the audit entry refreshes the current one): the
        // cells the member was in before a move are brought up to date too.
        let earlier = Set(try await MemberUnitPeriod.query(on: tx).filter(\.$member.$id == id).all().map { $0.$unit.id })
        for unit in earlier.subtracting([member.$unit.id]) { try await RollupService.refresh(tx, unit: unit) }
        try await Audit.record(
            tx, actor, action: action, entity: "member", id: id, unit: member.$unit.id, before: before,
            after: AuditAfter(member: MemberDTO(member), periods: opened.map(StatusPeriodDTO.init)))
        return opened
    }

    private struct AuditAfter: Encodable {
        let member: MemberDTO
        let periods: [StatusPeriodDTO]
    }

    /// A vote named as the cell's decision must be this member's, of the right kind, and passed.
    static func checkVote(_ db: any Database, _ voteID: UUID, kind: VoteKind, member: Member) async throws {
        guard let vote = try await Vote.query(on: db).filter(\.$id == voteID).with(\.$meeting).first(),
            vote.$subjectMember.id == member.id, vote.kind == kind, vote.meeting.$unit.id == member.$unit.id
        else {
            throw DomainError(
                .invalid, code: "voteId.notThisMember",
                vi: "Biểu quyết đã chọn không phải biểu quyết \(kind.label(.vi).lowercased()) của chi bộ về đảng viên này.",
                en: "The vote chosen is not the cell's \(kind.label(.en).lowercased()) vote on this member.", field: "voteId")
        }
        guard vote.passed == true else {
            throw DomainError(
                .invalid, code: "voteId.notPassed", vi: "Biểu quyết đã chọn chưa được thông qua.",
                en: "The vote chosen did not pass.", field: "voteId")
        }
    }

    /// The day of the cell's recognition vote on this member that was closed without passing.
    static func failedRecognitionVote(_ db: any Database, _ voteID: UUID, member: Member) async throws -> CivilDate {
        guard let vote = try await Vote.query(on: db).filter(\.$id == voteID).with(\.$meeting).first(),
            vote.$subjectMember.id == member.id, vote.kind == .recognition, vote.meeting.$unit.id == member.$unit.id,
            vote.status == .closed, vote.passed == false
        else {
            throw DomainError(
                .invalid, code: "voteId.notFailedRecognition",
                vi: "Biểu quyết đã chọn không phải biểu quyết công nhận chính thức không được thông qua của chi bộ về đảng viên này.",
                en: "The vote chosen is not the cell's recognition vote on this member that did not pass.", field: "voteId")
        }
        return vote.meeting.date
    }

    /// Accounts and offices follow membership: someone out of the party holds no office from
    /// that day, and every role of their accounts ends that day (`RoleTerms`, kept as history);
    /// once the day has come the account is closed too. A suspension is not written on the account:
    /// the sign-in reads the member's periods on the day (`Principal.load`), so it stops on the
    /// suspension's first day and comes back the day after its last, whenever they fall.
    static func followAccounts(
        _ db: any Database, _ actor: Actor, member: Member, rows: [MemberStatusPeriod], today: CivilDate
    ) async throws {
        guard let leftOn = member.leftDate else { return }
        try await UnitOfficer.query(on: db).filter(\.$member.$id == member.id!).filter(\.$untilDate == nil)
            .set(\.$untilDate, to: leftOn).update()
        try await AccountService.follow(db, actor, memberID: member.id!, event: .left(on: leftOn))
        guard leftOn <= today else { return }
        // Only leaving closes an account here; nothing here opens one again.
        for account in try await Account.query(on: db).filter(\.$member.$id == member.id!).filter(\.$active == true)
            .with(\.$roles).all()
        {
            let before = AccountDTO(account, roles: account.roles)
            account.active = false
            try await account.save(on: db)
            try await WebSession.query(on: db).filter(\.$account.$id == account.id!).delete()
            try await APIToken.query(on: db).filter(\.$account.$id == account.id!).delete()
            try await AccountService.recordEveryUnit(
                db, actor, action: "account.followMembership", account: account, roles: account.roles, before: before,
                after: AccountDTO(account, roles: account.roles))
        }
    }

    // MARK: - Events

    static func exempt(
        _ db: any Database, _ principal: Principal, id: UUID, input: ExemptionInput, today: CivilDate
    ) async throws -> Member {
        let member = try await MemberService.find(db, principal, id, for: .writeMembers)
        let (kind, date, reason) = try MemberEvents.validateExemption(
            kind: input.kind, decisionDate: input.decisionDate, reason: input.reason, admission: member.admissionDate, today: today)
        return try await event(db, principal, id: id, action: "member.exemption.set", today: today, record: .init(reason: reason)) {
            try $0.starting(.exempt, detail: kind.rawValue, from: date, until: nil, today: today)
        }
    }

    static func transfer(
        _ db: any Database, _ principal: Principal, id: UUID, input: TransferInput, today: CivilDate
    ) async throws -> Member {
        let member = try await MemberService.find(db, principal, id, for: .writeMembers)
        let (direction, from, until, place) = try MemberEvents.validateTransfer(
            direction: input.direction, from: input.from, until: input.until, place: input.place, admission: member.admissionDate)
        return try await event(db, principal, id: id, action: "member.transfer.set", today: today, record: .init(place: place)) {
            try $0.starting(.transfer, detail: direction.rawValue, from: from, until: until, today: today, future: true)
        }
    }

    static func suspend(
        _ db: any Database, _ principal: Principal, id: UUID, input: SuspensionInput, today: CivilDate
    ) async throws -> Member {
        let (kind, from, until, record) = try input.read()
        return try await event(
            db, principal, id: id, action: "member.suspension.set", today: today, record: record, may: .recordDecisions
        ) {
            try $0.starting(.suspended, detail: kind.rawValue, from: from, until: until, today: today)
        }
    }

    /// Ends the running exemption, transfer or suspension on `last`, its last day.
    static func end(
        _ db: any Database, _ principal: Principal, id: UUID, kind: StatusKind, last: CivilDate, today: CivilDate
    ) async throws -> Member {
        let action =
            switch kind {
            case .exempt: "member.exemption.end"
            case .transfer: "member.transfer.end"
            default: "member.suspension.end"
            }
        return try await event(
            db, principal, id: id, action: action, today: today, record: .init(), may: kind == .suspended ? .recordDecisions : .writeMembers
        ) {
            try $0.ending(kind, last: last, today: today)
        }
    }

    static func discipline(
        _ db: any Database, _ principal: Principal, id: UUID, input: DisciplineInput, today: CivilDate
    ) async throws -> Member {
        let (kind, body, date, until, record) = try input.read()
        let may: Action = body == .cell ? .writeMembers : .recordDecisions
        // What each body may decide is the local setting of the member's cell on the decision's day.
        let member = try await MemberService.find(db, principal, id, for: may)
        let settings = try await SettingsService.effective(db, unitID: member.$unit.id, on: date).settings
        return try await event(
            db, principal, id: id, action: "member.discipline", today: today, record: record, voteKind: kind.voteKind, may: may
        ) {
            try $0.disciplining(kind, by: body, on: date, until: until, today: today, settings: settings)
        }
    }

    static func leave(
        _ db: any Database, _ principal: Principal, id: UUID, input: LeavingInput, today: CivilDate
    ) async throws -> Member {
        let (kind, date, record) = try input.read()
        if let voteID = record.voteID {
            // Striking off a probationary member the cell did not propose for recognition.
            guard kind == .struckOff else {
                throw DomainError(
                    .invalid, code: "voteId.notApplicable", vi: "Chỉ khi xóa tên đảng viên dự bị không được công nhận mới chọn biểu quyết.",
                    en: "A vote is chosen only to strike off a probationary member who was not recognised.", field: "voteId")
            }
            let member = try await MemberService.find(db, principal, id, for: .recordDecisions)
            let voteDate = try await failedRecognitionVote(db, voteID, member: member)
            return try await event(db, principal, id: id, action: "member.leave", today: today, record: record, may: .recordDecisions) {
                try $0.strikingOffAfterFailedRecognition(decisionDate: date, voteDate: voteDate, today: today)
            }
        }
        // A death is recorded by the cell; every other way out is the committee's decision.
        return try await event(
            db, principal, id: id, action: "member.leave", today: today, record: record,
            may: kind == .death ? .writeMembers : .recordDecisions
        ) {
            if let movedOn = record.movedOn { try $0.checkMove(movedOn, transferred: date, today: today) }
            return try $0.leaving(kind, on: date, today: today)
        }
    }

    /// A member's move away (residence or work), recorded by the cell: the permanent transfer is
    /// due within the rulebook's working days from it, and the commune sees it until it is made.
    static func moveAway(
        _ db: any Database, _ principal: Principal, id: UUID, input: MoveAwayInput, today: CivilDate
    ) async throws -> Member {
        let (movedOn, place) = try input.read()
        let member = try await MemberService.find(db, principal, id, for: .writeMembers)
        return try await db.write { tx in
            try await tx.holdRow("members", id)
            try MemberHistory(try await periods(tx, memberID: id).map(\.period)).checkMove(movedOn, today: today)
            let before = MemberDTO(member)
            member.movedOn = movedOn
            member.movedTo = place
            try await member.save(on: tx)
            try await Audit.record(
                tx, Actor(principal), action: "member.movedAway", entity: "member", id: id, unit: member.$unit.id, before: before,
                after: MemberDTO(member))
            return member
        }
    }

    static func recognise(
        _ db: any Database, _ principal: Principal, id: UUID, input: RecognitionInput, today: CivilDate
    ) async throws -> Member {
        let (date, record) = try input.read()
        return try await event(
            db, principal, id: id, action: "member.recognition", today: today, record: record, voteKind: .recognition,
            may: .recordDecisions
        ) {
            try $0.recognising(decisionDate: date, today: today).0
        }
    }
}
