import ChiBoCore
import Fluent
import SQLKit
import Vapor

/// The year's evaluation (QĐ 366): a committee opens a round for a period; each member of the
/// cells it decides for goes through the steps (self-assessment on their form, the residence
/// area's comment for a working member, the cell's proposal, the committee's appraisal); each
/// organisation directly below reports and is rated; the committee decides (the share of
/// "excellent" checked) and publishes. The rules are `EvaluationSteps`, `ExcellentCap`.
enum EvaluationService {
    /// What the reader may do in a round.
    struct Access: Sendable {
        /// Holds `recordDecisions` at the deciding committee: appraise, rate, decide, publish.
        let committee: Bool
        /// Reads the whole round (members of the committee's subtree).
        let reader: Bool
        /// The cells whose steps the reader records (the cell's secretary).
        let cells: Set<UUID>
        /// The reader's own member record.
        let member: UUID?

        func sees(_ e: MemberEvaluation) -> Bool { reader || cells.contains(e.$unit.id) || e.$member.id == member }
        func sees(org unitID: UUID) -> Bool { reader || cells.contains(unitID) }

        /// Who records a member's step: the member their own self-assessment, the cell's
        /// secretary its members' steps up to its proposal, the committee every step.
        func records(_ step: MemberEvaluationStep, of e: MemberEvaluation) -> Bool {
            switch step {
            case .selfAssessment: e.$member.id == member || cells.contains(e.$unit.id) || committee
            case .residence, .cell: cells.contains(e.$unit.id) || committee
            case .appraisal, .decided: committee
            }
        }

        /// Who records an organisation's own report: its secretary, and the committee.
        func reports(org unitID: UUID) -> Bool { cells.contains(unitID) || committee }
    }

    // MARK: - Rounds

    /// The cells a committee decides its members' levels for: those below it, through
    /// sub-committees but not through another committee.
    static func coveredCells(_ db: any Database, unitID: UUID) async throws -> [OrgUnit] {
        var cells: [OrgUnit] = []
        var queue = [unitID]
        while let next = queue.popLast() {
            for child in try await UnitService.children(db, of: next) {
                if child.kind.isCell {
                    cells.append(child)
                } else if child.kind == .subcommittee {
                    queue.append(child.id!)
                }
            }
        }
        return UnitService.sorted(cells)
    }

    /// Opens a round: every member on the roll of the covered cells on the period's last day (or
    /// today, if earlier), each with their suggested form; every organisation directly below.
    static func open(
        _ db: any Database, _ principal: Principal, unitID: UUID, period: EvaluationPeriod, today: CivilDate
    ) async throws
        -> EvaluationRound
    {
        let unit = try await UnitService.find(db, principal, unitID, for: .recordDecisions)
        guard !unit.kind.isCell else {
            throw DomainError(
                .invalid, code: "unit.cell", vi: "Đợt đánh giá do cấp ủy cấp trên của chi bộ tổ chức.",
                en: "A round is opened by the committee above the cells.", field: "unitId")
        }
        try period.check(today: today)
        let exists = try await EvaluationRound.query(on: db).filter(\.$unit.$id == unitID).filter(\.$kind == period.kind)
            .filter(\.$firstDay == period.first).filter(\.$lastDay == period.last).first()
        if exists != nil {
            throw DomainError(
                .conflict, code: "round.exists", vi: "Đã có đợt đánh giá cho kỳ này.", en: "There is already a round for this period.")
        }
        return try await db.write { tx in
            try await create(tx, Actor(principal), unitID: unitID, period: period, openedOn: today)
        }
    }

    /// Writes a round with its members and organisations (in the caller's transaction): the
    /// members on the roll of the covered cells on the period's last day (or the opening day, if
    /// earlier), each with their suggested form; the organisations directly below.
    static func create(
        _ tx: any Database, _ actor: Actor, unitID: UUID, period: EvaluationPeriod, openedOn today: CivilDate
    ) async throws
        -> EvaluationRound
    {
        let day = min(period.last, today)
        let covered = try await coveredCells(tx, unitID: unitID)
        // A cell's members are classified once for a period: no second round of the same kind over
        // it (a sub-committee's beside the grassroots committee's).
        let overlapping = try await MemberEvaluation.query(on: tx).filter(\.$unit.$id ~~ covered.map { $0.id! })
            .join(EvaluationRound.self, on: \MemberEvaluation.$round.$id == \EvaluationRound.$id)
            .filter(EvaluationRound.self, \.$kind == period.kind).filter(EvaluationRound.self, \.$firstDay <= period.last)
            .filter(EvaluationRound.self, \.$lastDay >= period.first).first()
        if overlapping != nil {
            throw DomainError(
                .conflict, code: "round.overlaps", vi: "Đảng viên của các chi bộ này đã có đợt đánh giá cùng loại trong kỳ.",
                en: "These cells' members are already in a round of this kind for the period.")
        }
        var entries: [(cell: OrgUnit, member: Member)] = []
        for cell in covered {
            for e in try await MeetingService.rollMembers(tx, unitID: cell.id!, on: day) where e.day.transfer != .incoming {
                entries.append((cell, e.member))
            }
        }
        let officers = Set(
            try await UnitOfficer.query(on: tx).filter(\.$member.$id ~~ entries.map { $0.member.id! }).filter(\.$fromDate <= day)
                .group(.or) { $0.filter(\.$untilDate == nil).filter(\.$untilDate > day) }.all().map { $0.$member.id })
        let orgs = try await UnitService.children(tx, of: unitID)
        let r = EvaluationRound()
        r.$unit.id = unitID
        r.kind = period.kind
        r.firstDay = period.first
        r.lastDay = period.last
        r.year = period.year
        r.status = .open
        r.openedOn = today
        try await r.create(on: tx)
        var rows: [MemberEvaluation] = []
        for (cell, m) in entries {
            let e = MemberEvaluation()
            e.$round.id = r.id!
            e.$member.id = m.id!
            e.$unit.id = cell.id!
            e.fullName = m.fullName
            e.sortKey = m.sortKey
            e.form = SelfAssessmentForm.suggested(isOfficer: officers.contains(m.id!), cellType: cell.cellType)
            e.residenceNeeded = EvaluationSteps.needsResidenceComment(form: e.form, cellType: cell.cellType)
            rows.append(e)
        }
        for chunk in stride(from: 0, to: rows.count, by: 100) { try await Array(rows[chunk..<min(chunk + 100, rows.count)]).create(on: tx) }
        let orgRows = orgs.map { u -> OrgEvaluation in
            let o = OrgEvaluation()
            o.$round.id = r.id!
            o.$unit.id = u.id!
            o.collectiveDisciplined = false
            return o
        }
        if !orgRows.isEmpty { try await orgRows.create(on: tx) }
        try await Audit.record(
            tx, actor, action: "evaluation.open", entity: "evaluation_round", id: r.id, unit: unitID,
            after: [
                "kind": period.kind.rawValue, "first": period.first.iso, "last": period.last.iso, "members": String(rows.count),
                "organisations": String(orgRows.count),
            ])
        return r
    }

    /// A round its reader may see, with what they may do in it: the committee and those reading
    /// its members see all of it; a cell's secretary their cell's rows; a member their own.
    static func round(_ db: any Database, _ principal: Principal, _ id: UUID) async throws -> (EvaluationRound, Access) {
        guard let r = try await EvaluationRound.query(on: db).filter(\.$id == id).with(\.$unit).first() else {
            throw DomainError.notFound("evaluation")
        }
        let access = try await access(db, principal, r)
        if access.reader || !access.cells.isEmpty { return (r, access) }
        if let m = access.member,
            try await MemberEvaluation.query(on: db).filter(\.$round.$id == id).filter(\.$member.$id == m).first() != nil
        {
            return (r, access)
        }
        if try await Scope.allows(principal, .readUnit, unit: r.$unit.id, on: db) { throw DomainError.forbidden() }
        throw DomainError.notFound("evaluation")
    }

    static func access(_ db: any Database, _ principal: Principal, _ r: EvaluationRound) async throws -> Access {
        let committee = try await Scope.allows(principal, .recordDecisions, unit: r.$unit.id, on: db)
        let reader = try await Scope.allows(principal, .readMembers, unit: r.$unit.id, on: db)
        // The cells of the round whose steps the reader records: all of them for whoever runs the
        // committee's meetings; else those they run themselves (a secretary, even one who also reads
        // the whole round as an inspector).
        let ids = Set(
            try await MemberEvaluation.query(on: db).filter(\.$round.$id == r.id!).field(\.$unit.$id).unique().all().map { $0.$unit.id }
                + (try await OrgEvaluation.query(on: db).filter(\.$round.$id == r.id!).all().map { $0.$unit.id }))
        var cells: Set<UUID> = []
        if try await Scope.allows(principal, .runMeetings, unit: r.$unit.id, on: db) {
            cells = ids
        } else if !principal.units(allowing: .runMeetings).isEmpty {
            for cell in ids where try await Scope.allows(principal, .runMeetings, unit: cell, on: db) { cells.insert(cell) }
        }
        return Access(committee: committee, reader: reader, cells: cells, member: principal.memberID)
    }

    /// The rounds of a unit (a committee's own; for a cell, the rounds its members are in).
    static func rounds(_ db: any Database, unitID: UUID) async throws -> [EvaluationRound] {
        var ids = Set(try await EvaluationRound.query(on: db).filter(\.$unit.$id == unitID).all().map { $0.id! })
        ids.formUnion(
            try await MemberEvaluation.query(on: db).filter(\.$unit.$id == unitID).field(\.$round.$id).unique().all().map { $0.$round.id })
        ids.formUnion(try await OrgEvaluation.query(on: db).filter(\.$unit.$id == unitID).all().map { $0.$round.id })
        return try await EvaluationRound.query(on: db).filter(\.$id ~~ Array(ids)).with(\.$unit).sort(\.$lastDay, .descending).all()
    }

    static func rules(_ r: EvaluationRound) -> EvaluationRules { Rulebook.inForce(on: r.lastDay).evaluation }

    static func share(_ db: any Database, _ r: EvaluationRound) async throws -> Int {
        try await SettingsService.effective(db, unitID: r.$unit.id, on: r.lastDay).settings.excellentCapPercentOfGood
    }

    // MARK: - What ChiBo knows

    /// A member's record over the period, from the raw rows: the rolls of the meetings held, the
    /// tasks due, the measures decided, the fee months.
    static func facts(_ db: any Database, memberID: UUID, period: EvaluationPeriod, today: CivilDate) async throws -> MemberRecordFacts {
        try await facts(db, memberIDs: [memberID], period: period, today: today)[memberID] ?? MemberRecordFacts()
    }

    /// The records of many members at once (a round's appraisal, the demo): four queries a chunk.
    static func facts(
        _ db: any Database, memberIDs: [UUID], period: EvaluationPeriod, today: CivilDate
    ) async throws
        -> [UUID: MemberRecordFacts]
    {
        var out = Dictionary(uniqueKeysWithValues: memberIDs.map { ($0, MemberRecordFacts()) })
        for start in stride(from: 0, to: memberIDs.count, by: 500) { // not a rule: a chunk of bound ids
            let ids = Array(memberIDs[start..<min(start + 500, memberIDs.count)]) // not a rule: a chunk of bound ids
            let roll = try await MeetingAttendance.query(on: db).filter(\.$member.$id ~~ ids)
                .join(Meeting.self, on: \MeetingAttendance.$meeting.$id == \Meeting.$id)
                .filter(Meeting.self, \.$date >= period.first).filter(Meeting.self, \.$date <= period.last)
                .filter(Meeting.self, \.$status ~~ [MeetingStatus.ended, .locked]).all()
            for (member, rows) in Dictionary(grouping: roll, by: { $0.$member.id }) {
                let summary = AttendanceSummary.compute(
                    rows.map {
                        RollMember(
                            status: $0.status, exempt: $0.exempt, transfer: $0.transfer, suspended: $0.suspended, attendance: $0.attendance)
                    })
                out[member]?.meetingsExpected = summary.expected
                out[member]?.present = summary.present
                out[member]?.late = summary.late
                out[member]?.excused = summary.excused
                out[member]?.unexcused = summary.unexcused
            }
            let tasks = try await MeetingTask.query(on: db).filter(\.$member.$id ~~ ids)
                .filter(\.$dueDate >= period.first).filter(\.$dueDate <= period.last).filter(\.$status != .dropped).all()
            for t in tasks {
                let m = t.$member.id
                out[m]?.tasksDue += 1
                switch t.status {
                case .done:
                    if let closed = t.closedOn, closed > t.dueDate { out[m]?.tasksLate += 1 } else { out[m]?.tasksOnTime += 1 }
                case .open:
                    if t.dueDate < today { out[m]?.tasksOverdue += 1 }
                case .dropped: break
                }
            }
            let measures = try await MemberStatusPeriod.query(on: db).filter(\.$member.$id ~~ ids).filter(\.$kind == .disciplined)
                .filter(\.$fromDate >= period.first).filter(\.$fromDate <= period.last).sort(\.$fromDate).all()
            for p in measures {
                out[p.$member.id]?.measures.append(p.detail.flatMap(DisciplineKind.init(rawValue:))?.label(.vi) ?? p.detail ?? "")
            }
            let fees = try await PartyFee.query(on: db).filter(\.$member.$id ~~ ids)
                .filter(\.$month >= String(period.first.iso.prefix(7))).filter(\.$month <= String(period.last.iso.prefix(7))).all()
            for fee in fees {
                out[fee.$member.id]?.feeMonths += 1
                if fee.paidOn == nil && fee.relief != .exempt { out[fee.$member.id]?.feeMonthsUnpaid += 1 }
            }
        }
        return out
    }

    /// An organisation's record over the period: its counters (as the statistics read them) and
    /// the superiors' scores of its meetings; its members' results in this round.
    static func orgFacts(
        _ db: any Database, unitID: UUID, round r: EvaluationRound, today: CivilDate
    ) async throws
        -> OrganisationRecordFacts
    {
        let sql = db as! any SQLDatabase
        let period = try ReportPeriod.custom(
            from: ReportPeriod.YearMonth(r.firstDay.year, r.firstDay.month), to: ReportPeriod.YearMonth(r.lastDay.year, r.lastDay.month))
        // As of the period's end (or today, if earlier): months over by then, deadlines missed by then.
        let asOf = min(today, r.lastDay.adding(days: 1))
        let rows =
            try await RollupService.stored(sql, units: [unitID], keys: period.keys(countingCellsThrough: today.year), overdueBefore: asOf)[
                unitID] ?? [:]
        let c = CellFigures.derive(rows: rows, period: period, today: asOf)
        var f = OrganisationRecordFacts()
        f.months = c.regularDue
        f.regularMonthsHeld = min(c.regularHeld, c.regularDue)
        f.quarters = c.thematicQuartersDue
        f.thematicQuartersHeld = c.thematicQuartersHeld
        f.meetingsHeld = c.meetingsHeld
        f.issuesRaised = c.oversight.issuesRaised
        f.issuesClosed = c.oversight.issuesClosed
        f.issuesOverdue = c.oversight.issuesOverdue
        f.remediesDone = c.oversight.remediesDone
        f.remediesOverdue = c.oversight.remediesOverdue
        f.admitted = c.partyLife.admitted
        let visits = try await SuperiorVisit.query(on: db)
            .filter(Scope.inSubtrees(of: [unitID], column: "unit_id", table: SuperiorVisit.schema))
            .filter(\.$meetingDate >= r.firstDay).filter(\.$meetingDate <= r.lastDay).filter(\.$score != nil).all()
        f.visitsEvaluated = visits.count
        f.visitScoreTotal = visits.reduce(0) { $0 + ($1.score ?? 0) }
        let members = try await MemberEvaluation.query(on: db).filter(\.$round.$id == r.id!)
            .filter(Scope.inSubtrees(of: [unitID], column: "unit_id", table: MemberEvaluation.schema)).all()
        f.membersTotal = members.count
        for m in members {
            if let level = m.finalLevel ?? m.appraisedLevel ?? m.cellLevel { f.members[level.rawValue, default: 0] += 1 }
        }
        return f
    }

    // MARK: - A member's steps

    /// A member's evaluation, its round, and what the reader may do.
    static func evaluation(
        _ db: any Database, _ principal: Principal, _ id: UUID
    ) async throws -> (MemberEvaluation, EvaluationRound, Access) {
        guard let e = try await MemberEvaluation.query(on: db).filter(\.$id == id).with(\.$unit).first() else {
            throw DomainError.notFound("evaluation")
        }
        let (r, access) = try await round(db, principal, e.$round.id)
        guard access.sees(e) else { throw DomainError.notFound("evaluation") }
        return (e, r, access)
    }

    /// Before a step's body is read (issue 19): the evaluation is one the reader sees (else not
    /// found) and the reader records this step (else forbidden). The step checks it again.
    static func authorise(_ db: any Database, _ principal: Principal, id: UUID, step: MemberEvaluationStep) async throws {
        let (e, _, access) = try await evaluation(db, principal, id)
        guard access.records(step, of: e) else { throw DomainError.forbidden() }
    }

    struct LevelInput: Sendable {
        var score: Int?
        var level: EvaluationLevel?
        var text: String?
        /// The share of criteria and targets exceeded (percent) an "excellent" declares.
        var exceeding: Int? = nil
    }

    private static func requireOpen(_ r: EvaluationRound) throws {
        guard r.status == .open else {
            throw DomainError(
                .conflict, code: "round.decided", vi: "Đợt đánh giá đã có quyết định; không sửa được nữa.",
                en: "The round is decided; it can no longer change.")
        }
    }

    private static func laterStepDone(_ step: MemberEvaluationStep) -> DomainError {
        DomainError(
            .conflict, code: "step.later", vi: "Bước sau đã được ghi; không sửa bước này nữa.",
            en: "A later step is recorded; this one can no longer change.", field: "step")
    }

    /// Records one step of a member's evaluation under the round's and the evaluation's row
    /// locks, the order and the round's state checked again inside.
    private static func step(
        _ db: any Database, _ principal: Principal, id: UUID, _ step: MemberEvaluationStep, today: CivilDate,
        check: @escaping @Sendable (any Database, MemberEvaluation, EvaluationRound, Access) async throws -> Void,
        apply: @escaping @Sendable (MemberEvaluation) -> Void
    ) async throws {
        let (e, r, access) = try await evaluation(db, principal, id)
        try requireOpen(r)
        // Checked once before (a refusal writes nothing), then again on the rows held.
        try await check(db, e, r, access)
        try await db.write { tx in
            try await tx.holdRow("evaluation_rounds", r.id!)
            try await tx.holdRow("member_evaluations", id)
            guard let held = try await MemberEvaluation.find(id, on: tx), let round = try await EvaluationRound.find(r.id!, on: tx) else {
                throw DomainError.notFound("evaluation")
            }
            try requireOpen(round)
            try await check(tx, held, round, access)
            try MemberEvaluationStep.checkOrder(step, next: held.next)
            let later = MemberEvaluationStep.allCases.drop { $0 != step }.dropFirst()
            if later.contains(where: { s in s != .decided && done(held, s) }) { throw laterStepDone(step) }
            apply(held)
            try await held.save(on: tx)
            try await Audit.record(
                tx, Actor(principal), action: "evaluation.\(step.rawValue)", entity: "member_evaluation", id: id, unit: held.$unit.id,
                after: ["member": held.fullName, "on": today.iso])
        }
    }

    private static func done(_ e: MemberEvaluation, _ s: MemberEvaluationStep) -> Bool {
        switch s {
        case .selfAssessment: e.selfOn != nil
        case .residence: e.residenceOn != nil
        case .cell: e.cellOn != nil
        case .appraisal: e.appraisedOn != nil
        case .decided: e.finalLevel != nil
        }
    }

    /// The caps of a member's level in the round (their record over its period).
    static func caps(_ db: any Database, _ e: MemberEvaluation, _ r: EvaluationRound, today: CivilDate) async throws -> [LevelCap] {
        EvaluationSteps.caps(try await facts(db, memberID: e.$member.id, period: r.period, today: today))
    }

    /// The member's self-assessment on their form (by the member, or by the cell's secretary for
    /// them from the paper form).
    static func selfAssess(
        _ db: any Database, _ principal: Principal, id: UUID, form: SelfAssessmentForm?, input: LevelInput, today: CivilDate
    ) async throws {
        let text = try EvaluationSteps.text(input.text, field: "text", vi: "nội dung tự kiểm điểm", en: "The self-assessment")
        let cellType = try await evaluation(db, principal, id).0.unit.cellType
        try await step(db, principal, id: id, .selfAssessment, today: today) { db, e, r, access in
            guard access.records(.selfAssessment, of: e) else { throw DomainError.forbidden() }
            try EvaluationSteps.checkLevel(
                score: try required(input.score), level: input.level, caps: try await caps(db, e, r, today: today), rules: rules(r),
                exceeding: input.exceeding)
        } apply: { e in
            e.selfExceeding = input.exceeding
            if let form {
                e.form = form
                e.residenceNeeded = EvaluationSteps.needsResidenceComment(form: form, cellType: cellType)
            }
            e.selfScore = input.score
            e.selfLevel = input.level
            e.selfText = text
            e.selfOn = today
            e.selfBy = principal.displayName
        }
    }

    /// The residence area's comment on a working member, as the cell received it.
    static func residence(_ db: any Database, _ principal: Principal, id: UUID, comment: String?, today: CivilDate) async throws {
        let text = try EvaluationSteps.text(comment, field: "comment", vi: "nhận xét của nơi cư trú", en: "The residence comment")
        try await step(db, principal, id: id, .residence, today: today) { _, e, _, access in
            guard access.records(.residence, of: e) else { throw DomainError.forbidden() }
            guard e.residenceNeeded else {
                throw DomainError(
                    .invalid, code: "residence.notNeeded", vi: "Đảng viên này không cần nhận xét của nơi cư trú.",
                    en: "This member needs no residence comment.", field: "comment")
            }
        } apply: { e in
            e.residenceComment = text
            e.residenceOn = today
            e.residenceBy = principal.displayName
        }
    }

    /// The cell's comments and proposed level.
    static func cellProposal(_ db: any Database, _ principal: Principal, id: UUID, input: LevelInput, today: CivilDate) async throws {
        let text = try EvaluationSteps.text(input.text, field: "text", vi: "nhận xét của chi bộ", en: "The cell's comment")
        try await step(db, principal, id: id, .cell, today: today) { db, e, r, access in
            guard access.records(.cell, of: e) else { throw DomainError.forbidden() }
            try EvaluationSteps.checkLevel(
                score: try required(input.score), level: input.level, caps: try await caps(db, e, r, today: today), rules: rules(r),
                exceeding: input.exceeding)
        } apply: { e in
            e.cellExceeding = input.exceeding
            e.cellScore = input.score
            e.cellLevel = input.level
            e.cellComment = text
            e.cellOn = today
            e.cellBy = principal.displayName
        }
    }

    /// The committee's appraisal: the level it will decide (a note when it differs from the cell's).
    static func appraise(_ db: any Database, _ principal: Principal, id: UUID, input: LevelInput, today: CivilDate) async throws {
        let note = VietnameseText.normalizeText(input.text)
        try await step(db, principal, id: id, .appraisal, today: today) { db, e, r, access in
            guard access.records(.appraisal, of: e) else { throw DomainError.forbidden() }
            try EvaluationSteps.checkLevel(
                score: e.cellScore, level: input.level, caps: try await caps(db, e, r, today: today), rules: rules(r),
                exceeding: input.exceeding ?? e.cellExceeding)
            if input.level != e.cellLevel && note == nil {
                throw DomainError.required(
                    "text", vi: "lý do thẩm định khác đề xuất của chi bộ", en: "The reason for differing from the cell")
            }
        } apply: { e in
            e.appraisedLevel = input.level
            e.appraisalNote = note
            e.appraisedOn = today
            e.appraisedBy = principal.displayName
        }
    }

    /// Appraises as proposed every member whose cell has proposed and who is not yet appraised
    /// (the usual case), each proposal checked against the member's caps. Returns how many.
    static func appraiseAsProposed(_ db: any Database, _ principal: Principal, roundID: UUID, today: CivilDate) async throws -> Int {
        let (r, access) = try await round(db, principal, roundID)
        guard access.committee else { throw DomainError.forbidden() }
        try requireOpen(r)
        return try await db.write { tx in
            try await tx.holdRow("evaluation_rounds", roundID)
            guard let held = try await EvaluationRound.find(roundID, on: tx) else { throw DomainError.notFound("evaluation") }
            try requireOpen(held)
            // Every proposal checked as it stands under the lock, against its member's record.
            let pending = try await MemberEvaluation.query(on: tx).filter(\.$round.$id == roundID).filter(\.$cellOn != nil)
                .filter(\.$appraisedOn == nil).all()
            let facts = try await facts(tx, memberIDs: pending.map { $0.$member.id }, period: held.period, today: today)
            let errors = proposalErrors(pending, facts: facts, rules: rules(held))
            guard errors.isEmpty else { throw ValidationErrors(errors) }
            for e in pending {
                e.appraisedLevel = e.cellLevel
                e.appraisedOn = today
                e.appraisedBy = principal.displayName
                try await e.save(on: tx)
            }
            try await Audit.record(
                tx, Actor(principal), action: "evaluation.appraise_all", entity: "evaluation_round", id: roundID, unit: r.$unit.id,
                after: ["appraised": String(pending.count)])
            return pending.count
        }
    }

    /// What is wrong with each proposal, named by its member.
    private static func proposalErrors(
        _ pending: [MemberEvaluation], facts: [UUID: MemberRecordFacts], rules: EvaluationRules
    )
        -> [DomainError]
    {
        var errors: [DomainError] = []
        for e in pending {
            do {
                try EvaluationSteps.checkLevel(
                    score: e.cellScore, level: e.cellLevel, caps: EvaluationSteps.caps(facts[e.$member.id] ?? MemberRecordFacts()),
                    rules: rules, exceeding: e.cellExceeding)
            } catch {
                errors += error.errors.map {
                    DomainError(.invalid, code: $0.code, vi: "\(e.fullName): \($0.vi)", en: "\(e.fullName): \($0.en)", field: "levels")
                }
            }
        }
        return errors
    }

    private static func required(_ score: Int?) throws(ValidationErrors) -> Int {
        guard let score else { throw ValidationErrors([.required("score", vi: "điểm (thang 100)", en: "The score")]) }
        return score
    }

    // MARK: - Organisations

    static func org(_ db: any Database, _ principal: Principal, _ id: UUID) async throws -> (OrgEvaluation, EvaluationRound, Access) {
        guard let o = try await OrgEvaluation.query(on: db).filter(\.$id == id).with(\.$unit).first() else {
            throw DomainError.notFound("evaluation")
        }
        let (r, access) = try await round(db, principal, o.$round.id)
        guard access.sees(org: o.$unit.id) else { throw DomainError.notFound("evaluation") }
        return (o, r, access)
    }

    /// Before an organisation's step's body is read (issue 19): the evaluation is one the reader
    /// sees (else not found) and the reader records this step, its report or the committee's
    /// rating (else forbidden). The step checks it again.
    static func authoriseOrg(_ db: any Database, _ principal: Principal, id: UUID, rating: Bool) async throws {
        let (o, _, access) = try await org(db, principal, id)
        guard rating ? access.committee : access.reports(org: o.$unit.id) else { throw DomainError.forbidden() }
    }

    /// The organisation's own report (form 01) with its proposed score and level.
    static func orgReport(_ db: any Database, _ principal: Principal, id: UUID, input: LevelInput, today: CivilDate) async throws {
        let (o, r, access) = try await org(db, principal, id)
        guard access.reports(org: o.$unit.id) else { throw DomainError.forbidden() }
        try requireOpen(r)
        let text = try EvaluationSteps.text(input.text, field: "text", vi: "báo cáo kiểm điểm của tổ chức đảng", en: "The report")
        let facts = try await orgFacts(db, unitID: o.$unit.id, round: r, today: today)
        try EvaluationSteps.checkLevel(
            score: try required(input.score), level: input.level,
            caps: EvaluationSteps.caps(facts, collectiveDisciplined: o.collectiveDisciplined),
            rules: rules(r), exceeding: input.exceeding)
        try await writeOrg(db, principal, o, r, action: "evaluation.org_report") { held in
            if held.ratedOn != nil { throw laterStepDone(.selfAssessment) }
            held.selfScore = input.score
            held.selfLevel = input.level
            held.selfExceeding = input.exceeding
            held.selfReport = text
            held.selfOn = today
            held.selfBy = principal.displayName
        }
    }

    /// The superior standing body's rating, after the organisation's report.
    static func rate(
        _ db: any Database, _ principal: Principal, id: UUID, input: LevelInput, collectiveDisciplined: Bool, today: CivilDate
    ) async throws {
        let (o, r, access) = try await org(db, principal, id)
        guard access.committee else { throw DomainError.forbidden() }
        try requireOpen(r)
        guard o.selfOn != nil else {
            throw DomainError(
                .invalid, code: "step.order", vi: "Chưa đến bước này: tổ chức đảng chưa gửi báo cáo kiểm điểm.",
                en: "Not yet: the organisation has not reported.", field: "step")
        }
        let facts = try await orgFacts(db, unitID: o.$unit.id, round: r, today: today)
        try EvaluationSteps.checkLevel(
            score: try required(input.score), level: input.level,
            caps: EvaluationSteps.caps(facts, collectiveDisciplined: collectiveDisciplined),
            rules: rules(r), exceeding: input.exceeding ?? o.selfExceeding)
        let comment = VietnameseText.normalizeText(input.text)
        try await writeOrg(db, principal, o, r, action: "evaluation.org_rating") { held in
            held.score = input.score
            held.level = input.level
            held.exceeding = input.exceeding ?? held.selfExceeding
            held.comment = comment
            held.collectiveDisciplined = collectiveDisciplined
            held.ratedOn = today
            held.ratedBy = principal.displayName
        }
    }

    private static func writeOrg(
        _ db: any Database, _ principal: Principal, _ o: OrgEvaluation, _ r: EvaluationRound, action: String,
        _ change: @escaping @Sendable (OrgEvaluation) throws -> Void
    ) async throws {
        try await db.write { tx in
            try await tx.holdRow("evaluation_rounds", r.id!)
            guard let round = try await EvaluationRound.find(r.id!, on: tx), let held = try await OrgEvaluation.find(o.id!, on: tx) else {
                throw DomainError.notFound("evaluation")
            }
            try requireOpen(round)
            try change(held)
            try await held.save(on: tx)
            try await Audit.record(
                tx, Actor(principal), action: action, entity: "org_evaluation", id: o.id, unit: o.$unit.id,
                after: ["level": held.level?.rawValue ?? held.selfLevel?.rawValue ?? ""])
        }
    }

    // MARK: - Decision and publication

    /// The committee's decision: every member appraised and every organisation rated, the share
    /// of "excellent" within the local setting (members and organisations each), a number and a
    /// date; the levels become final and count in the statistics.
    static func decide(
        _ db: any Database, _ principal: Principal, roundID: UUID, number: String?, on date: CivilDate, today: CivilDate
    )
        async throws
    {
        let (r, access) = try await round(db, principal, roundID)
        guard access.committee else { throw DomainError.forbidden() }
        try requireOpen(r)
        let share = try await share(db, r)
        let numberText = try EvaluationDecision.checkNumber(number)
        if date < r.openedOn || date > today {
            throw DomainError(
                .invalid, code: "decisionOn.range", vi: "Ngày quyết định phải từ ngày mở đợt đánh giá đến hôm nay.",
                en: "The decision is dated between the round's opening and today.", field: "decisionOn")
        }
        try await db.write { tx in
            try await tx.holdRow("evaluation_rounds", roundID)
            guard let held = try await EvaluationRound.find(roundID, on: tx) else { throw DomainError.notFound("evaluation") }
            try requireOpen(held)
            // A member out of the party since the round opened is not classified.
            let left = Set(
                try await Member.query(on: tx).join(MemberEvaluation.self, on: \Member.$id == \MemberEvaluation.$member.$id)
                    .filter(MemberEvaluation.self, \.$round.$id == roundID).filter(\.$leftDate != nil).all().map { $0.id! })
            let members = try await MemberEvaluation.query(on: tx).filter(\.$round.$id == roundID).all().filter {
                !left.contains($0.$member.id)
            }
            let orgs = try await OrgEvaluation.query(on: tx).filter(\.$round.$id == roundID).all()
            try EvaluationDecision.check(
                membersPending: members.filter { $0.appraisedLevel == nil }.count, orgsPending: orgs.filter { $0.level == nil }.count,
                members: ExcellentCap(share: share, levels: members.map(\.appraisedLevel)),
                orgs: ExcellentCap(share: share, levels: orgs.map(\.level)))
            for m in members {
                m.finalLevel = m.appraisedLevel
                try await m.save(on: tx)
            }
            for o in orgs {
                o.finalLevel = o.level
                try await o.save(on: tx)
            }
            held.status = .decided
            held.decisionNumber = numberText.code
            held.decisionOn = date
            held.decidedBy = principal.displayName
            try await held.save(on: tx)
            try await Audit.record(
                tx, Actor(principal), action: "evaluation.decide", entity: "evaluation_round", id: roundID, unit: held.$unit.id,
                after: [
                    "number": numberText.code, "date": date.iso, "members": String(members.count), "organisations": String(orgs.count),
                ])
        }
    }

    /// The results made public to the members (after the decision).
    static func publish(_ db: any Database, _ principal: Principal, roundID: UUID, on date: CivilDate, today: CivilDate) async throws {
        let (r, access) = try await round(db, principal, roundID)
        guard access.committee else { throw DomainError.forbidden() }
        guard r.status == .decided, let decided = r.decisionOn else {
            throw DomainError(
                .conflict, code: "round.notDecided", vi: "Chỉ công khai kết quả sau khi có quyết định (và một lần).",
                en: "Results are published once, after the decision.")
        }
        if date < decided || date > today {
            throw DomainError(
                .invalid, code: "publishedOn.range", vi: "Ngày công khai phải từ ngày quyết định đến hôm nay.",
                en: "Publication is dated between the decision and today.", field: "publishedOn")
        }
        try await db.write { tx in
            try await tx.holdRow("evaluation_rounds", roundID)
            guard let held = try await EvaluationRound.find(roundID, on: tx), held.status == .decided else {
                throw DomainError(.conflict, code: "round.notDecided", vi: "Đã công khai.", en: "Already published.")
            }
            held.status = .published
            held.publishedOn = date
            try await held.save(on: tx)
            // Public now: the classification counts in the statistics of the cells concerned.
            let members = try await MemberEvaluation.query(on: tx).filter(\.$round.$id == roundID).all()
            let orgs = try await OrgEvaluation.query(on: tx).filter(\.$round.$id == roundID).all()
            for cell in Set(members.map { $0.$unit.id } + orgs.map { $0.$unit.id }) { try await RollupService.refresh(tx, unit: cell) }
            try await Audit.record(
                tx, Actor(principal), action: "evaluation.publish", entity: "evaluation_round", id: roundID, unit: held.$unit.id,
                after: ["date": date.iso])
        }
    }
}
