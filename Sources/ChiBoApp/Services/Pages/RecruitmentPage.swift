import ChiBoCore
import Fluent
import SQLKit
import Vapor

struct SympathiserDTO: Content, Equatable {
    let id: UUID?
    let unitId: UUID
    let fullName: String
    let birthDate: String
    let gender: Gender
    let phone: String?
    let helperId: UUID?
    let helperName: String?
    let listedOn: String
    let status: SympathiserStatus
    let memberId: UUID?
    let note: String?

    init(_ s: Sympathiser, helperName: String?) {
        id = s.id
        unitId = s.$unit.id
        fullName = s.fullName
        birthDate = s.birthDate.iso
        gender = s.gender
        phone = s.phone
        helperId = s.$helper.id
        self.helperName = helperName
        listedOn = s.listedOn.iso
        status = s.status
        memberId = s.$member.id
        note = s.note
    }
}

struct AdmissionStepDTO: Content, Equatable {
    let id: UUID?
    let step: AdmissionStep
    let form: String?
    let date: String
    let documentNumber: String?
    let note: String?
    let introducerId: UUID?
    let introducerName: String?
    let knownSince: String?
    let voteId: UUID?

    init(_ r: AdmissionStepRecord, introducerName: String?) {
        id = r.id
        step = r.step
        form = r.step.form
        date = r.date.iso
        documentNumber = r.documentNumber
        note = r.note
        introducerId = r.$introducer.id
        self.introducerName = introducerName
        knownSince = r.knownSince?.iso
        voteId = r.voteID
    }
}

/// A deadline as pages and the API show it.
struct DeadlineDTO: Content, Equatable {
    let what: String
    /// Who must act by then ("Cấp ủy cơ sở", "Chi bộ").
    let who: String
    let due: String
    let overdue: Bool
    /// "Còn 12 ngày làm việc", "Quá hạn 3 ngày làm việc".
    let state: String

    init(what: String, who: String, _ d: Deadline, today: CivilDate, language: Language, soon: Int) {
        self.what = what
        self.who = who
        due = d.due.iso
        let s = d.state(today: today, soonWithin: soon)
        if case .overdue = s { overdue = true } else { overdue = false }
        state = s.label(language)
    }
}

/// A case in flight, a line of the recruitment page.
struct CaseRow: Content, Equatable {
    let sympathiser: SympathiserDTO
    let unitName: String
    let nextStep: AdmissionStep?
    let nextForm: String?
    let deadline: DeadlineDTO?
}

/// A probationary member whose recognition is coming or due.
struct RecognitionRow: Content, Equatable {
    let memberId: UUID
    let fullName: String
    let unitId: UUID
    let unitName: String
    let officialFrom: String
    /// The cell's consideration, due within the working days after the probation; nil once the cell has voted.
    let deadline: DeadlineDTO?
    /// The day of the cell's latest recognition vote on the member, and whether it passed: passed,
    /// the committee decides the recognition; not passed, the committee strikes the member off.
    let cellVote: String?
    let cellVotePassed: Bool?
}

/// A member who moved away and whose permanent transfer is not made yet.
struct TransferRow: Content, Equatable {
    let memberId: UUID
    let fullName: String
    let unitId: UUID
    let unitName: String
    let movedOn: String
    let place: String?
    let deadline: DeadlineDTO
}

/// A new member whose file (1-HSĐV, 2-HSĐV) the cell has not yet completed after the ceremony.
struct MemberFileRow: Content, Equatable {
    let memberId: UUID
    let fullName: String
    let unitId: UUID
    let unitName: String
    let ceremony: String
}

/// A cell that has admitted no one for the local setting's years.
struct IdleCell: Content, Equatable {
    let unitId: UUID
    let name: String
    /// The last admission's date, or nil when none is on record.
    let lastAdmission: String?
}

/// A unit directly under a province or the country, with its cells and how many of them are idle.
struct IdleSubUnit: Content, Equatable {
    let unitId: UUID
    let name: String
    let cells: Int
    let idleCells: Int
}

/// A unit's recruitment (`GET /units/{id}/recruitment`, `GET /api/v1/units/{id}/recruitment`), read once.
///
/// It reads what it shows, whatever the size of the subtree (issue 20): each list is one page read
/// in its order, the subtree gathered through the closure table when it holds few members and
/// each row checked against it otherwise (`MemberService.smallScope`, as the member list); above
/// a commune (a province, the country) the totals and the idle cells come from the counters, the
/// idle cells as a count for each unit directly under it.
struct RecruitmentPage: Content {
    let unit: UnitDTO
    let cases: [CaseRow]
    let casesTotal: Int
    let recognitions: [RecognitionRow]
    /// Members who moved away: the permanent transfer's deadline, soonest first.
    let transfers: [TransferRow]
    /// Admitted members whose file is not yet complete (no deadline in the rules: a list).
    let memberFiles: [MemberFileRow]
    let idleYears: Int
    /// A commune's or a cell's idle cells, the longest idle first; empty above a commune.
    let idleCells: [IdleCell]
    /// Above a commune: the units directly under it with their idle cells (from the counters);
    /// empty for a commune or a cell.
    let idleByUnit: [IdleSubUnit]
    /// For a cell whose members the principal writes: its official members, to help or introduce.
    let helpers: [MemberDTO]
    let canWrite: Bool
    /// The most rows each list shows: `listLimit`, or `largeListLimit` above `MemberService.smallScope`
    /// members (a province, the country), where a list is a sample to open a unit below from.
    let listLength: Int
    /// A list reached `listLength`: there may be more than it shows.
    let listsCut: Bool

    static let listLimit = 200 // not a rule: a page's length
    static let largeListLimit = 50 // not a rule: a page's length

    /// Whether the page counts idle cells per unit below instead of listing them: above a commune.
    static func countsBelow(_ kind: UnitKind) -> Bool { kind == .province || kind == .district }

    static func load(
        _ db: any Database, _ principal: Principal, unitID: UUID, today: CivilDate, language: Language
    ) async throws -> RecruitmentPage {
        let unit = try await UnitService.find(db, principal, unitID, for: .readMembers)
        let mayWrite = try await Scope.allows(principal, .writeMembers, unit: unitID, on: db)
        let canWrite = unit.kind.isCell && mayWrite
        let calendar = try await RecruitmentService.calendar(db)
        let local = Rulebook.inForce(on: today).local
        let sql = db as! any SQLDatabase
        let above = countsBelow(unit.kind)
        let children = above ? try await UnitService.children(db, of: unitID) : []
        // The unit's counters (and those of the units under it, above a commune): its members
        // choose the lists' plan, its sympathisers are the cases' total.
        let stored = try await RollupService.stored(sql, units: [unitID] + children.compactMap(\.id), keys: [PeriodKey.now])
        let now = stored[unitID]?[PeriodKey.now] ?? FigureRow()
        let small = now[.membersTotal] <= MemberService.smallScope
        let listLimit = small ? Self.listLimit : Self.largeListLimit
        func inScope(_ table: String, _ column: String = "unit_id") -> DatabaseQuery.Filter {
            Scope.inSubtrees(of: [unitID], column: column, table: table, small: small)
        }
        func inScope(sql column: String) -> SQLQueryString {
            small
                ? "\(unsafeRaw: column) IN (SELECT descendant_id FROM unit_closure WHERE ancestor_id = \(bind: unitID))"
                : "EXISTS (SELECT 1 FROM unit_closure c WHERE c.descendant_id = \(unsafeRaw: column) AND c.ancestor_id = \(bind: unitID))"
        }
        // Each list names its rows' cells by a join: no statement follows a list but those keyed by
        // the list itself (a subquery), so the page's statements do not depend on what it finds.

        // On a small scope the standing is compared so that no index serves it: the subtree's rows
        // are gathered first (the index led by the standing would be walked over the whole country).
        let active = DatabaseQuery.Filter.sql(
            Scope.equal("status", table: Sympathiser.schema, SympathiserStatus.active.rawValue, indexed: !small))
        let query = Sympathiser.query(on: db).filter(inScope(Sympathiser.schema)).filter(active)
        let total = small ? try await query.count() : now[.sympathisers]
        let list = try await query.copy().join(OrgUnit.self, on: \Sympathiser.$unit.$id == \OrgUnit.$id).with(\.$helper)
            .sort(\.$sortKey).range(0..<listLimit).all()
        let steps = try await RecruitmentService.steps(db, list.compactMap(\.id))

        // Probationary members: the recognition is due within the working days after the probation.
        // A large scope walks the partial index of the probationary members still in the party, with
        // their cell (M038), which a literal standing lets either database use; a small one gathers
        // its subtree's rows first.
        let probationaryOnly: SQLQueryString =
            small
            ? Scope.equal("status", table: Member.schema, MemberStatus.probationary.rawValue, indexed: false)
            : "members.status = '\(unsafeRaw: MemberStatus.probationary.rawValue)'"
        let probationary = try await Member.query(on: db).filter(inScope(Member.schema)).filter(.sql(probationaryOnly))
            .filter(\.$leftDate == nil).join(OrgUnit.self, on: \Member.$unit.$id == \OrgUnit.$id).sort(\.$sortKey).sort(\.$id)
            .range(0..<listLimit).all()
        // The same page as a subquery, to read its histories and votes by.
        let probationaryPage: SQLQueryString = """
            SELECT id FROM members WHERE \(inScope(sql: "members.unit_id")) AND \(probationaryOnly)
            AND left_date IS NULL ORDER BY sort_key, id LIMIT \(bind: listLimit)
            """
        // Members who moved away: the permanent transfer is due within the rulebook's working days.
        let moved = try await Member.query(on: db).filter(inScope(Member.schema)).filter(\.$leftDate == nil)
            .filter(\.$movedOn != nil).join(OrgUnit.self, on: \Member.$unit.$id == \OrgUnit.$id).sort(\.$movedOn)
            .range(0..<listLimit).all()
        // Admitted at the ceremony, the member's file not yet completed (and still in the party):
        // the files awaited since their ceremony (`RecruitmentService.syncAwaitingFile`), in that order.
        let files = try await sql.raw(
            """
            SELECT s.member_id AS member_id, s.full_name AS full_name, s.unit_id AS unit_id, s.awaiting_file_since AS ceremony,
            u.name AS unit_name
            FROM sympathisers s JOIN members m ON m.id = s.member_id JOIN units u ON u.id = s.unit_id
            WHERE s.awaiting_file_since IS NOT NULL AND \(inScope(sql: "s.unit_id")) AND m.left_date IS NULL
            ORDER BY s.awaiting_file_since, s.sort_key LIMIT \(bind: listLimit)
            """
        ).all().map { row in
            (
                member: try row.decode(column: "member_id", as: UUID.self), name: try row.decode(column: "full_name", as: String.self),
                unit: try row.decode(column: "unit_id", as: UUID.self), ceremony: try row.decode(column: "ceremony", as: String?.self),
                unitName: try row.decode(column: "unit_name", as: String.self)
            )
        }

        func cellName(_ row: some Model) -> String { (try? row.joined(OrgUnit.self).name) ?? "" }

        let cases = list.map { s in
            let file = AdmissionCase(birthDate: s.birthDate, steps: (steps[s.id!] ?? []).map(\.recorded))
            let deadline = file.ceremonyDeadline(calendar).map {
                DeadlineDTO(
                    what: AdmissionStep.ceremony.label(language),
                    who: language == .vi ? "Cấp ủy cơ sở tổ chức lễ kết nạp" : "The grassroots committee holds it", $0, today: today,
                    language: language, soon: local.deadlineWarningWorkingDays)
            }
            return CaseRow(
                sympathiser: SympathiserDTO(s, helperName: s.helper?.fullName), unitName: cellName(s),
                nextStep: file.next, nextForm: file.next?.form, deadline: deadline)
        }

        var recognitions: [RecognitionRow] = []
        let periodsOfPage: SQLQueryString = "member_id IN (\(probationaryPage))"
        let votesOfPage: SQLQueryString = "subject_member_id IN (\(probationaryPage))"
        let periods = try await MemberStatusPeriod.query(on: db).filter(.sql(periodsOfPage)).all()
        let histories = Dictionary(grouping: periods) { $0.$member.id }.mapValues {
            MemberHistory(MemberLifeService.sorted($0).map(\.period))
        }
        // The cells' recognition votes on them, held once the probation was over: the latest one.
        var voted: [UUID: (date: CivilDate, passed: Bool)] = [:]
        for vote in try await Vote.query(on: db).filter(.sql(votesOfPage))
            .filter(\.$kind == .recognition).filter(\.$status == .closed).with(\.$meeting).all()
        {
            guard let id = vote.$subjectMember.id, let officialFrom = histories[id]?.officialFrom,
                vote.meeting.date >= officialFrom, voted[id].map({ $0.date <= vote.meeting.date }) ?? true
            else { continue }
            voted[id] = (vote.meeting.date, vote.passed == true)
        }
        for m in probationary {
            guard let officialFrom = histories[m.id!]?.officialFrom else { continue }
            let vote = voted[m.id!]
            let deadline = AdmissionCase.recognitionDeadline(officialFrom: officialFrom, calendar)
            recognitions.append(
                RecognitionRow(
                    memberId: m.id!, fullName: m.fullName, unitId: m.$unit.id, unitName: cellName(m),
                    officialFrom: officialFrom.iso,
                    deadline: vote != nil
                        ? nil
                        : DeadlineDTO(
                            what: StatusKind.official.label(language),
                            who: language == .vi ? "Chi bộ xét công nhận chính thức" : "The cell considers the recognition", deadline,
                            today: today, language: language, soon: local.deadlineWarningWorkingDays),
                    cellVote: vote?.date.iso, cellVotePassed: vote?.passed))
        }
        recognitions.sort { $0.officialFrom < $1.officialFrom }

        let transfers = moved.compactMap { m -> TransferRow? in
            guard let movedOn = m.movedOn else { return nil }
            return TransferRow(
                memberId: m.id!, fullName: m.fullName, unitId: m.$unit.id, unitName: cellName(m), movedOn: movedOn.iso,
                place: m.movedTo,
                deadline: DeadlineDTO(
                    what: LeavingKind.transferredOut.label(language),
                    who: language == .vi
                        ? "Cấp ủy cơ sở giới thiệu chuyển sinh hoạt đảng chính thức"
                        : "The grassroots committee issues the transfer",
                    MemberHistory.permanentTransferDeadline(movedOn: movedOn, calendar), today: today, language: language,
                    soon: local.deadlineWarningWorkingDays))
        }
        let memberFiles = files.map {
            MemberFileRow(
                memberId: $0.member, fullName: $0.name, unitId: $0.unit, unitName: $0.unitName, ceremony: $0.ceremony ?? "")
        }

        // Cells whose latest admission is older than the local setting's years (or that have none).
        let threshold = today.adding(months: -12 * local.recruitmentIdleYears)
        var idle: [IdleCell] = []
        var idleByUnit: [IdleSubUnit] = []
        if above {
            idleByUnit = try await idleCounts(sql, children: children, stored: stored, before: threshold)
        } else {
            let cells = try await sql.raw(
                """
                SELECT u.id AS id, u.name AS name FROM units u JOIN unit_closure c ON c.descendant_id = u.id
                WHERE c.ancestor_id = \(bind: unitID) AND u.kind = \(bind: UnitKind.cell.rawValue)
                """
            ).all().map { (try $0.decode(column: "id", as: UUID.self), try $0.decode(column: "name", as: String.self)) }
            let last = try await StatisticsService.lastAdmissions(sql, cells: cells.map(\.0))
            idle = cells.filter { id, _ in (last[id].map { $0 < threshold } ?? true) }
                .sorted { (last[$0.0]?.iso ?? "", $0.1) < (last[$1.0]?.iso ?? "", $1.1) }
                .prefix(listLimit).map { IdleCell(unitId: $0.0, name: $0.1, lastAdmission: last[$0.0]?.iso) }
        }

        var helpers: [MemberDTO] = []
        if canWrite {
            helpers = try await Member.query(on: db).filter(\.$unit.$id == unitID).filter(\.$status == .official)
                .filter(\.$leftDate == nil).sort(\.$sortKey).all().map(MemberDTO.init)
        }
        return RecruitmentPage(
            unit: UnitDTO(unit), cases: cases, casesTotal: total, recognitions: recognitions, transfers: transfers,
            memberFiles: memberFiles,
            idleYears: local.recruitmentIdleYears,
            idleCells: idle, idleByUnit: idleByUnit, helpers: helpers, canWrite: canWrite, listLength: listLimit,
            listsCut: [list.count, probationary.count, moved.count, files.count].contains(listLimit))
    }

    /// The units under a province or the country with their cells idle on `threshold`'s eve,
    /// from their counters of the cells' last admissions (`LastAdmissionKey`): three key ranges
    /// of each unit's rows, read by the counters' key.
    static func idleCounts(
        _ sql: any SQLDatabase, children: [OrgUnit], stored: [UUID: [String: FigureRow]], before threshold: CivilDate
    ) async throws -> [IdleSubUnit] {
        let ids = children.compactMap(\.id)
        let column = FigureColumn.cellsLastAdmitted.rawValue
        let ranges = LastAdmissionKey.before(threshold).map { range -> SQLQueryString in
            """
            SELECT unit_id, \(unsafeRaw: column) AS n FROM unit_figures
            WHERE unit_id IN (\(binds: ids)) AND period >= \(bind: range.from) AND period < \(bind: range.to)
            """
        }
        var idle: [UUID: Int] = [:]
        if !ids.isEmpty {
            for row in try await sql.raw(ranges.joined(separator: " UNION ALL ")).all() {
                idle[try row.decode(column: "unit_id", as: UUID.self), default: 0] += try row.decode(column: "n", as: Int.self)
            }
        }
        return children.map { u in
            IdleSubUnit(
                unitId: u.id!, name: u.name, cells: stored[u.id!]?[PeriodKey.now]?[.cells] ?? 0, idleCells: idle[u.id!] ?? 0)
        }
    }
}

/// A sympathiser's file (`GET /sympathisers/{id}`, `GET /api/v1/sympathisers/{id}`), read once.
struct SympathiserPage: Content {
    let sympathiser: SympathiserDTO
    let unit: UnitDTO
    let steps: [AdmissionStepDTO]
    let nextStep: AdmissionStep?
    /// Steps that may be recorded now (the next, and the file's other open steps without prerequisites).
    let open: [AdmissionStep]
    let deadline: DeadlineDTO?
    /// A ceremony held after its deadline: working days late.
    let ceremonyLate: Int?
    /// The cell's official members, to introduce.
    let introducers: [MemberDTO]
    /// The cell's passed admission votes no file has used.
    let admissionVotes: [MemberLife.PendingVote]
    let canWrite: Bool
    /// The documents next to the steps (`targetId`), and the steps the principal may attach one
    /// to: whoever records the step.
    let documents: [FileDocumentDTO]
    let attachable: [UUID]

    static func load(
        _ db: any Database, _ principal: Principal, id: UUID, today: CivilDate, language: Language
    ) async throws -> SympathiserPage {
        let s = try await RecruitmentService.find(db, principal, id)
        guard let unit = try await OrgUnit.find(s.$unit.id, on: db) else { throw DomainError.notFound() }
        let mayWrite = try await Scope.allows(principal, .writeMembers, unit: unit.id!, on: db)
        let canWrite = s.status == .active && mayWrite
        let canDecide = try await Scope.allows(principal, .recordDecisions, unit: unit.id!, on: db)
        let rows = try await RecruitmentService.steps(db, [id])[id] ?? []
        let file = AdmissionCase(birthDate: s.birthDate, steps: rows.map(\.recorded))
        let helper = try await s.$helper.get(on: db)
        let local = Rulebook.inForce(on: today).local
        let calendar = try await RecruitmentService.calendar(db)
        let deadline = file.ceremonyDeadline(calendar).map {
            DeadlineDTO(
                what: AdmissionStep.ceremony.label(language),
                who: language == .vi ? "Cấp ủy cơ sở tổ chức lễ kết nạp" : "The grassroots committee holds it", $0, today: today,
                language: language, soon: local.deadlineWarningWorkingDays)
        }
        var introducers: [MemberDTO] = []
        var votes: [MemberLife.PendingVote] = []
        if canWrite {
            introducers = try await Member.query(on: db).filter(\.$unit.$id == unit.id!).filter(\.$status == .official)
                .filter(\.$leftDate == nil).sort(\.$sortKey).all().map(MemberDTO.init)
            let used = Set(try await AdmissionStepRecord.query(on: db).filter(\.$voteID != nil).all().compactMap(\.voteID))
            let meetings = try await Meeting.query(on: db).filter(\.$unit.$id == unit.id!).all()
            let byID = Dictionary(uniqueKeysWithValues: meetings.map { ($0.id!, $0) })
            votes = try await Vote.query(on: db).filter(\.$meeting.$id ~~ Array(byID.keys)).filter(\.$kind == .admission)
                .filter(\.$passed == true).all().filter { !used.contains($0.id!) }
                .map {
                    MemberLife.PendingVote(
                        voteId: $0.id!, kind: $0.kind, meetingId: $0.$meeting.id, date: byID[$0.$meeting.id]?.date.iso ?? "",
                        explanation: $0.subject)
                }
        }
        return SympathiserPage(
            sympathiser: SympathiserDTO(s, helperName: helper?.fullName), unit: UnitDTO(unit),
            steps: rows.map { AdmissionStepDTO($0, introducerName: $0.introducer?.fullName) }, nextStep: file.next,
            open: s.status == .active
                ? AdmissionStep.allCases.filter {
                    !file.done($0) && $0.requires.allSatisfy(file.done) && (canDecide || !$0.committeeRecords)
                }
                : file.awaitingMemberFile && mayWrite ? [.memberFile] : [],
            deadline: deadline, ceremonyLate: file.ceremonyLate(calendar), introducers: introducers, admissionVotes: votes,
            canWrite: canWrite, documents: try await FileDocumentService.list(db, sympathiserID: id),
            attachable: rows.filter { $0.step.committeeRecords ? canDecide : mayWrite }.compactMap(\.id))
    }
}
