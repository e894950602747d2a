/// Statistics that stay fast at any level: every unit keeps, per period, additive counters equal
/// to the sum of its cells' (a cell's own counters are computed from its raw rows). A dashboard
/// reads a bounded number of rows of one unit whatever the size of its subtree, and derives the
/// figures of `CellFigures` from them.
///
/// Period keys: `now` (membership, cells, open tasks), `2026` (year), `2026-Q1` (quarter),
/// `2026-03` (month), `D2026-03-04` (open tasks due that day, for "overdue as of today").
public enum FigureColumn: String, CaseIterable, Sendable {
    // now
    case cells = "f_cells"
    case membersTotal = "f_members_total"
    case membersOfficial = "f_members_official"
    case membersProbationary = "f_members_probationary"
    case membersExemptFull = "f_members_exempt_full"
    case membersExemptTemporary = "f_members_exempt_temporary"
    case membersTransferredOut = "f_members_transferred_out"
    case membersTransferredIn = "f_members_transferred_in"
    case tasksOpen = "f_tasks_open"
    // month
    case regularMonthsHeld = "f_regular_months_held"
    case meetingsHeld = "f_meetings_held"
    case regularMeetingsHeld = "f_regular_meetings_held"
    case thematicMeetingsHeld = "f_thematic_meetings_held"
    case meetingsTooShort = "f_meetings_too_short"
    case noticesOnTime = "f_notices_on_time"
    case noticesLate = "f_notices_late"
    case attExpected = "f_att_expected"
    case attPresent = "f_att_present"
    case attLate = "f_att_late"
    case attExcused = "f_att_excused"
    case attUnexcused = "f_att_unexcused"
    case attExemptPresent = "f_att_exempt_present"
    case attVisitingPresent = "f_att_visiting_present"
    // quarter
    case thematicQuartersHeld = "f_thematic_quarters_held"
    // year
    case membersAtStrikeOffRule = "f_members_strike_off"
    // day
    case tasksOpenDue = "f_tasks_open_due"
    // party life (M011): now
    case sympathisers = "f_sympathisers"
    // party life: month of the event
    case admitted = "f_admitted"
    case recognised = "f_recognised"
    case suspensionsStarted = "f_suspensions"
    case disciplined = "f_disciplined"
    case leftDeath = "f_left_death"
    case leftStruckOff = "f_left_struck_off"
    case leftExpelled = "f_left_expelled"
    case leftRequest = "f_left_request"
    case leftTransferredOut = "f_left_transferred_out"
    // party fees (M012): month the fee is for
    case feesCollected = "f_fees_collected"
    case feesUnpaid = "f_fees_unpaid"
    // superiors at meetings (M014): month of the meeting
    case visits = "f_visits"
    case visitsEvaluated = "f_visits_evaluated"
    case visitsDiffering = "f_visits_differing"
    /// 1 in the row of each month, quarter and year in which the cell had a superior at a meeting.
    case visitedMonths = "f_visited_months"
    case visitedQuarters = "f_visited_quarters"
    case visitedYears = "f_visited_years"
    // monthly reports (M015): the month reported on
    case reportsOnTime = "f_reports_on_time"
    case reportsLate = "f_reports_late"
    case reportDaysLate = "f_report_days_late"
    case reportHotIssues = "f_report_hot_issues"
    case reportProposals = "f_report_proposals"
    // raised issues (M016): month raised, answered or reported back; open now; open by deadline day
    case issuesRaised = "f_issues_raised"
    case issuesEscalated = "f_issues_escalated"
    case issuesAnswered = "f_issues_answered"
    case issueAnswerDays = "f_issue_answer_days"
    case issuesClosed = "f_issues_closed"
    case issuesOpen = "f_issues_open"
    case issuesOpenDue = "f_issues_open_due"
    // inspections (M017): month concluded; remedies done by month, open now, open by deadline day
    case inspectionsConcluded = "f_inspections_concluded"
    case remediesDone = "f_remedies_done"
    case remediesOpen = "f_remedies_open"
    case remediesOpenDue = "f_remedies_open_due"
    /// The year's classification as decided (yearly rounds), by the year: members by their cell,
    /// and the cells themselves.
    case evalMembersExcellent = "f_eval_members_excellent"
    case evalMembersGood = "f_eval_members_good"
    case evalMembersCompleted = "f_eval_members_completed"
    case evalMembersNotCompleted = "f_eval_members_not_completed"
    case evalCellsExcellent = "f_eval_cells_excellent"
    case evalCellsGood = "f_eval_cells_good"
    case evalCellsCompleted = "f_eval_cells_completed"
    case evalCellsNotCompleted = "f_eval_cells_not_completed"
    // training and contests (M021): completed attendances by the month the course ended; entrants
    // and prizes by the month the contest ended; at the member's cell
    case trainingCompleted = "f_training_completed"
    case contestEntrants = "f_contest_entrants"
    case contestPrizes = "f_contest_prizes"
    /// A cell's first month and first year in the tree (M033), at that month's and that year's
    /// key: the cells a past month counts are those of `now` less those started after it.
    case cellsStarted = "f_cells_started"
    /// A cell's last admission (M037): 1 in the cell's rows of that year, month and day
    /// (`LastAdmissionKey`), or in the row of "none": the idle cells under a unit are a sum of
    /// its rows, whatever the day they are counted on.
    case cellsLastAdmitted = "f_cells_last_admitted"

    /// The column counting a membership ended this way.
    public static func left(_ kind: LeavingKind) -> FigureColumn {
        switch kind {
        case .death: .leftDeath
        case .struckOff: .leftStruckOff
        case .expelled: .leftExpelled
        case .request: .leftRequest
        case .transferredOut: .leftTransferredOut
        }
    }

    /// The party-life events counted by the month they happened in.
    /// The classification counter of a level, for members or for cells.
    public static func classified(_ level: EvaluationLevel, cells: Bool) -> FigureColumn {
        switch (level, cells) {
        case (.excellent, false): .evalMembersExcellent
        case (.good, false): .evalMembersGood
        case (.completed, false): .evalMembersCompleted
        case (.notCompleted, false): .evalMembersNotCompleted
        case (.excellent, true): .evalCellsExcellent
        case (.good, true): .evalCellsGood
        case (.completed, true): .evalCellsCompleted
        case (.notCompleted, true): .evalCellsNotCompleted
        }
    }

    /// The counters kept in day rows (by deadline): what is open and due on that day.
    public static let dayColumns: [FigureColumn] = [.tasksOpenDue, .issuesOpenDue, .remediesOpenDue]

    public static let partyLifeEvents: [FigureColumn] = [
        .admitted, .recognised, .suspensionsStarted, .disciplined, .leftDeath, .leftStruckOff, .leftExpelled, .leftRequest,
        .leftTransferredOut,
    ]

    public static let ordered = Array(allCases)
    var index: Int { Self.indexes[self]! }
    private static let indexes: [FigureColumn: Int] = Dictionary(uniqueKeysWithValues: allCases.enumerated().map { ($1, $0) })
}

/// One row of counters (a unit, a period).
public struct FigureRow: Sendable, Equatable, Codable {
    public var values: [Int]

    public init() { values = Array(repeating: 0, count: FigureColumn.ordered.count) }
    public init(values: [Int]) {
        precondition(values.count == FigureColumn.ordered.count)
        self.values = values
    }

    public subscript(_ c: FigureColumn) -> Int {
        get { values[c.index] }
        set { values[c.index] = newValue }
    }

    public var isZero: Bool { values.allSatisfy { $0 == 0 } }

    public static func + (a: FigureRow, b: FigureRow) -> FigureRow { FigureRow(values: zip(a.values, b.values).map { $0 &+ $1 }) }
    public static func - (a: FigureRow, b: FigureRow) -> FigureRow { FigureRow(values: zip(a.values, b.values).map { $0 &- $1 }) }
    public static prefix func - (a: FigureRow) -> FigureRow { FigureRow(values: a.values.map { 0 &- $0 }) }

    var attendance: AttendanceSummary {
        var s = AttendanceSummary()
        s.expected = self[.attExpected]
        s.present = self[.attPresent]
        s.late = self[.attLate]
        s.excused = self[.attExcused]
        s.unexcused = self[.attUnexcused]
        s.exemptPresent = self[.attExemptPresent]
        s.visitingPresent = self[.attVisitingPresent]
        return s
    }

    mutating func add(_ s: AttendanceSummary) {
        self[.attExpected] += s.expected
        self[.attPresent] += s.present
        self[.attLate] += s.late
        self[.attExcused] += s.excused
        self[.attUnexcused] += s.unexcused
        self[.attExemptPresent] += s.exemptPresent
        self[.attVisitingPresent] += s.visitingPresent
    }
}

public enum PeriodKey {
    public static let now = "now"
    public static func year(_ y: Int) -> String { String(y) }
    public static func quarter(_ y: Int, _ q: Int) -> String { "\(y)-Q\(q)" }
    public static func month(_ y: Int, _ m: Int) -> String { m < 10 ? "\(y)-0\(m)" : "\(y)-\(m)" }
    public static func day(_ d: CivilDate) -> String { "D" + d.iso }
    /// Day keys sort after every other key; those before `day(today)` are the overdue ones.
    public static let firstDay = "D"
    /// The day rows before a date summed into one (a dashboard reads the overdue counts so): a
    /// day key before every real one.
    public static let overdueSum = "D0000-00-00"
}

/// The keys of a cell's last admission: its year (`LB2023`), month (`LC2023-11`) and day
/// (`LD2023-11-22`), or `LA` for none. Every key sorts after the day keys (`D…`), so they never
/// count as overdue tasks. The cells whose last admission is before a day, or that have none,
/// are the sum of a unit's rows in three key ranges: at most a row per year on record, twelve
/// months and thirty-one days, whatever the number of cells.
public enum LastAdmissionKey {
    public static let none = "LA"

    public static func keys(_ last: CivilDate?) -> [String] {
        guard let d = last else { return [none] }
        return ["LB" + String(d.iso.prefix(4)), "LC" + String(d.iso.prefix(7)), "LD" + d.iso]
    }

    /// The key ranges `[from, to)` holding the cells idle on `threshold`'s eve: none, an earlier
    /// year, an earlier month of its year, an earlier day of its month.
    public static func before(_ threshold: CivilDate) -> [(from: String, to: String)] {
        let year = String(threshold.iso.prefix(4)), month = String(threshold.iso.prefix(7))
        return [(none, "LB" + year), ("LC" + year + "-01", "LC" + month), ("LD" + month + "-01", "LD" + threshold.iso)]
    }
}

/// What a cell did, read from its raw rows: the input of its counters.
public struct CellActivity: Sendable {
    public struct HeldMeeting: Sendable, Equatable {
        public var kind: MeetingKind
        public var date: CivilDate
        public var started: LocalDateTime?
        public var ended: LocalDateTime?
        public var notified: CivilDate?
        public init(kind: MeetingKind, date: CivilDate, started: LocalDateTime?, ended: LocalDateTime?, notified: CivilDate?) {
            self.kind = kind
            self.date = date
            self.started = started
            self.ended = ended
            self.notified = notified
        }
    }
    public struct Attendance: Sendable, Equatable {
        public var date: CivilDate
        public var member: RollMember
        public var count: Int
        public init(date: CivilDate, member: RollMember, count: Int) {
            self.date = date
            self.member = member
            self.count = count
        }
    }

    public var members = MembershipCounts()
    /// The first day the cell was in the tree (its first parent period); nil: always.
    public var startedOn: CivilDate?
    /// Meetings that took place (ended or locked).
    public var meetings: [HeldMeeting] = []
    /// Roll entries of those meetings, grouped.
    public var attendance: [Attendance] = []
    /// For each member and year: the number of distinct months with an unexcused absence.
    public var unexcusedMonths: [(year: Int, months: Int)] = []
    public var openTaskDueDates: [CivilDate] = []
    /// Sympathisers being helped towards admission now.
    public var sympathisers = 0
    /// The day the cell last admitted a member (a probation that began while the member was in
    /// it); nil when none is on record.
    public var lastAdmission: CivilDate?
    /// Party-life events (an admission, a recognition, a suspension, a measure, a leaving) by day.
    public var events: [(date: CivilDate, column: FigureColumn)] = []
    /// Party fees by month: collected (dong) and member-months owed but unpaid.
    public var fees: [(year: Int, month: Int, collected: Int, unpaid: Int)] = []
    /// Superiors at the cell's meetings: the meeting's day, whether they evaluated it and whether
    /// their band differs from the cell's own.
    public var visits: [(date: CivilDate, evaluated: Bool, differs: Bool)] = []
    /// The secretary's monthly reports: the month, the day submitted, the counts they give.
    public var reports: [(month: ReportPeriod.YearMonth, submittedOn: CivilDate, hotIssues: Int, proposals: Int)] = []
    /// The local settings the cell's committees set (the monthly report's due day), dated.
    public var settings: [LocalSettingVersion] = []
    /// Opinions raised at the cell's meetings: when raised, whether passed up, answered (after how
    /// many working days), reported back; the deadline of those still open.
    public struct Issue: Sendable, Equatable {
        public var raisedOn: CivilDate
        public var escalated: Bool
        public var answeredOn: CivilDate?
        public var answerDays: Int?
        public var reportedOn: CivilDate?
        /// Set while open: the current responder's deadline.
        public var openDue: CivilDate?
        public init(
            raisedOn: CivilDate, escalated: Bool, answeredOn: CivilDate?, answerDays: Int?, reportedOn: CivilDate?, openDue: CivilDate?
        ) {
            self.raisedOn = raisedOn
            self.escalated = escalated
            self.answeredOn = answeredOn
            self.answerDays = answerDays
            self.reportedOn = reportedOn
            self.openDue = openDue
        }
    }
    public var issues: [Issue] = []
    /// Inspections of the cell concluded, by day; the remedies required, their deadline and when done.
    public var inspectionsConcluded: [CivilDate] = []
    public var remedies: [(due: CivilDate, doneOn: CivilDate?)] = []
    /// The year's classification as decided: each member's level (by the cell they were
    /// evaluated in) and the cell's own, by the year of a yearly round.
    public var classified: [(year: Int, level: EvaluationLevel, cell: Bool)] = []
    /// The members' completed courses, by the course's last day; their contest entries, by the
    /// contest's last day, with the prize won (nil until the result is recorded).
    public var trainingCompleted: [CivilDate] = []
    public var contestEntries: [(ended: CivilDate, prize: ContestPrize?)] = []

    public init() {}

    /// The cell's counters by period key, each meeting judged under the rulebook in force on its day.
    public func rows() -> [String: FigureRow] {
        var rows: [String: FigureRow] = [:]
        var now = FigureRow()
        now[.cells] = 1
        now[.membersTotal] = members.total
        now[.membersOfficial] = members.official
        now[.membersProbationary] = members.probationary
        now[.membersExemptFull] = members.exemptFull
        now[.membersExemptTemporary] = members.exemptTemporary
        now[.membersTransferredOut] = members.transferredOut
        now[.membersTransferredIn] = members.transferredIn
        now[.tasksOpen] = openTaskDueDates.count
        now[.sympathisers] = sympathisers
        rows[PeriodKey.now] = now
        if let s = startedOn {
            rows[PeriodKey.month(s.year, s.month), default: FigureRow()][.cellsStarted] += 1
            rows[PeriodKey.year(s.year), default: FigureRow()][.cellsStarted] += 1
        }
        for e in events { rows[PeriodKey.month(e.date.year, e.date.month), default: FigureRow()][e.column] += 1 }
        for f in fees {
            rows[PeriodKey.month(f.year, f.month), default: FigureRow()][.feesCollected] += f.collected
            rows[PeriodKey.month(f.year, f.month), default: FigureRow()][.feesUnpaid] += f.unpaid
        }

        var visited: Set<String> = []
        for v in visits {
            let key = PeriodKey.month(v.date.year, v.date.month)
            rows[key, default: FigureRow()][.visits] += 1
            if v.evaluated { rows[key, default: FigureRow()][.visitsEvaluated] += 1 }
            if v.differs { rows[key, default: FigureRow()][.visitsDiffering] += 1 }
            for (w, column) in [(VisitWindow.month, FigureColumn.visitedMonths), (.quarter, .visitedQuarters), (.year, .visitedYears)] {
                let k = VisitRules.key(of: v.date, w)
                if visited.insert(k).inserted { rows[k, default: FigureRow()][column] = 1 }
            }
        }

        for r in reports {
            let day = r.month.lastDay
            let dueDay = LocalSettings.resolve(settings, on: day, base: Rulebook.inForce(on: day).local).settings.monthlyReportDueDay
            var row = rows[r.month.key] ?? FigureRow()
            switch MonthlyReportRules.state(month: r.month, submittedOn: r.submittedOn, today: r.submittedOn, dueDay: dueDay) {
            case .late(let days):
                row[.reportsLate] += 1
                row[.reportDaysLate] += days
            default: row[.reportsOnTime] += 1
            }
            row[.reportHotIssues] += r.hotIssues
            row[.reportProposals] += r.proposals
            rows[r.month.key] = row
        }

        for i in issues {
            let raised = PeriodKey.month(i.raisedOn.year, i.raisedOn.month)
            rows[raised, default: FigureRow()][.issuesRaised] += 1
            if i.escalated { rows[raised, default: FigureRow()][.issuesEscalated] += 1 }
            if let a = i.answeredOn {
                let key = PeriodKey.month(a.year, a.month)
                rows[key, default: FigureRow()][.issuesAnswered] += 1
                rows[key, default: FigureRow()][.issueAnswerDays] += i.answerDays ?? 0
            }
            if let r = i.reportedOn { rows[PeriodKey.month(r.year, r.month), default: FigureRow()][.issuesClosed] += 1 }
            if let due = i.openDue {
                rows[PeriodKey.now, default: FigureRow()][.issuesOpen] += 1
                rows[PeriodKey.day(due), default: FigureRow()][.issuesOpenDue] += 1
            }
        }

        for d in inspectionsConcluded { rows[PeriodKey.month(d.year, d.month), default: FigureRow()][.inspectionsConcluded] += 1 }
        for r in remedies {
            if let done = r.doneOn {
                rows[PeriodKey.month(done.year, done.month), default: FigureRow()][.remediesDone] += 1
            } else {
                rows[PeriodKey.now, default: FigureRow()][.remediesOpen] += 1
                rows[PeriodKey.day(r.due), default: FigureRow()][.remediesOpenDue] += 1
            }
        }

        for c in classified { rows[PeriodKey.year(c.year), default: FigureRow()][.classified(c.level, cells: c.cell)] += 1 }
        for d in trainingCompleted { rows[PeriodKey.month(d.year, d.month), default: FigureRow()][.trainingCompleted] += 1 }
        for e in contestEntries {
            let key = PeriodKey.month(e.ended.year, e.ended.month)
            rows[key, default: FigureRow()][.contestEntrants] += 1
            if e.prize?.isPrize == true { rows[key, default: FigureRow()][.contestPrizes] += 1 }
        }

        var regularMonths: Set<String> = []
        var thematicByQuarter: [String: (year: Int, quarter: Int, n: Int)] = [:]
        for m in meetings {
            let rules = Rulebook.inForce(on: m.date).meetings
            let key = PeriodKey.month(m.date.year, m.date.month)
            var r = rows[key] ?? FigureRow()
            r[.meetingsHeld] += 1
            if m.kind.isRegular {
                r[.regularMeetingsHeld] += 1
                regularMonths.insert(key)
            }
            if m.kind.isThematic {
                r[.thematicMeetingsHeld] += 1
                let q = (m.date.month - 1) / 3 + 1
                thematicByQuarter[PeriodKey.quarter(m.date.year, q), default: (m.date.year, q, 0)].n += 1
            }
            if let s = m.started, let e = m.ended,
                DurationCheck.check(kind: m.kind, minutes: e.minutesSinceEpoch - s.minutesSinceEpoch, rules: rules).tooShort
            {
                r[.meetingsTooShort] += 1
            }
            if let n = m.notified, !NoticeRules.isLate(notified: n, meeting: m.date, rules: rules) {
                r[.noticesOnTime] += 1
            } else {
                r[.noticesLate] += 1
            }
            rows[key] = r
        }
        for key in regularMonths { rows[key]![.regularMonthsHeld] = 1 }
        for (key, q) in thematicByQuarter {
            let end = CivilDate(year: q.year, month: q.quarter * 3, day: CivilDate.daysIn(month: q.quarter * 3, year: q.year))!
            if q.n >= Rulebook.inForce(on: end).meetings.thematicPerQuarter {
                rows[key, default: FigureRow()][.thematicQuartersHeld] = 1
            }
        }
        for a in attendance {
            var one = AttendanceSummary()
            one.add(a.member, count: a.count)
            rows[PeriodKey.month(a.date.year, a.date.month), default: FigureRow()].add(one)
        }
        for u in unexcusedMonths {
            let yearEnd = CivilDate(year: u.year, month: 12, day: 31)!
            if u.months >= Rulebook.inForce(on: yearEnd).membership.strikeOffMonthsInYear {
                rows[PeriodKey.year(u.year), default: FigureRow()][.membersAtStrikeOffRule] += 1
            }
        }
        for d in openTaskDueDates { rows[PeriodKey.day(d), default: FigureRow()][.tasksOpenDue] += 1 }
        for key in LastAdmissionKey.keys(lastAdmission) { rows[key, default: FigureRow()][.cellsLastAdmitted] += 1 }
        return rows.filter { !$0.value.isZero }
    }
}

/// A reporting period: a month, a quarter, a year, or a custom run of whole months.
public struct ReportPeriod: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable { case month, quarter, year, custom }
    public struct YearMonth: Sendable, Equatable, Comparable, Hashable {
        public let year: Int
        public let month: Int
        public init(_ year: Int, _ month: Int) {
            self.year = year
            self.month = month
        }
        public static func < (a: YearMonth, b: YearMonth) -> Bool { (a.year, a.month) < (b.year, b.month) }
        var ordinal: Int { year * 12 + month - 1 }
        init(ordinal: Int) { self.init(ordinal / 12, ordinal % 12 + 1) }
        public var key: String { PeriodKey.month(year, month) }
        /// The month `n` months later (earlier when negative).
        public func adding(months n: Int) -> YearMonth { YearMonth(ordinal: ordinal + n) }
        public var lastDay: CivilDate { CivilDate(year: year, month: month, day: CivilDate.daysIn(month: month, year: year))! }
        /// `2026-03`.
        public init?(parsing text: String) {
            let parts = text.split(separator: "-")
            guard parts.count == 2, parts[1].count == 2, let y = Int(parts[0]), let m = Int(parts[1]),
                (2000...2100).contains(y), (1...12).contains(m)
            else { return nil }
            self.init(y, m)
        }
    }

    public static let maxMonths = 60

    public let kind: Kind
    public let first: YearMonth
    public let last: YearMonth

    public static func year(_ y: Int) -> ReportPeriod { ReportPeriod(kind: .year, first: YearMonth(y, 1), last: YearMonth(y, 12)) }
    public static func quarter(_ y: Int, _ q: Int) -> ReportPeriod {
        ReportPeriod(kind: .quarter, first: YearMonth(y, q * 3 - 2), last: YearMonth(y, q * 3))
    }
    public static func month(_ y: Int, _ m: Int) -> ReportPeriod {
        ReportPeriod(kind: .month, first: YearMonth(y, m), last: YearMonth(y, m))
    }

    /// A custom period, checked: whole months, in order, at most `maxMonths` long.
    public static func custom(from: YearMonth, to: YearMonth) throws -> ReportPeriod {
        guard from <= to else {
            throw DomainError(
                .invalid, code: "period.order", vi: "Tháng bắt đầu phải trước hoặc bằng tháng kết thúc.",
                en: "The first month must not come after the last.", field: "to")
        }
        guard to.ordinal - from.ordinal < maxMonths else {
            throw DomainError(
                .invalid, code: "period.tooLong", vi: "Kỳ báo cáo dài tối đa \(maxMonths) tháng.",
                en: "A report covers at most \(maxMonths) months.", field: "to")
        }
        return ReportPeriod(kind: .custom, first: from, last: to)
    }

    /// Reads a period from query values: `period` = month|quarter|year|custom with `year`,
    /// `month`, `quarter`, or `from`/`to` (`2026-01`); a year by default.
    public static func parse(
        period: String?, year: Int?, month: Int?, quarter: Int?, from: String?, to: String?,
        defaultYear: Int
    ) throws -> ReportPeriod {
        let y = year ?? defaultYear
        guard (2000...2100).contains(y) else {
            throw DomainError(.invalid, code: "year.invalid", vi: "Năm không hợp lệ.", en: "Invalid year.", field: "year")
        }
        switch period.map({ Kind(rawValue: $0) }) {
        case nil, .some(.year): return .year(y)
        case .some(.month):
            guard let m = month, (1...12).contains(m) else {
                throw DomainError(
                    .invalid, code: "month.invalid", vi: "Tháng phải từ 1 đến 12.", en: "The month must be 1 to 12.", field: "month")
            }
            return .month(y, m)
        case .some(.quarter):
            guard let q = quarter, (1...4).contains(q) else {
                throw DomainError(
                    .invalid, code: "quarter.invalid", vi: "Quý phải từ 1 đến 4.", en: "The quarter must be 1 to 4.", field: "quarter")
            }
            return .quarter(y, q)
        case .some(.custom):
            guard let f = from.flatMap(YearMonth.init(parsing:)) else {
                throw DomainError(
                    .invalid, code: "from.invalid", vi: "Tháng bắt đầu không hợp lệ (dạng 2026-01).",
                    en: "Invalid first month (like 2026-01).", field: "from")
            }
            guard let t = to.flatMap(YearMonth.init(parsing:)) else {
                throw DomainError(
                    .invalid, code: "to.invalid", vi: "Tháng kết thúc không hợp lệ (dạng 2026-12).",
                    en: "Invalid last month (like 2026-12).", field: "to")
            }
            return try .custom(from: f, to: t)
        case .some(.none):
            throw DomainError(
                .invalid, code: "period.invalid", vi: "Kỳ báo cáo phải là tháng, quý, năm hoặc tùy chọn.",
                en: "The period must be month, quarter, year or custom.", field: "period")
        }
    }

    public var months: [YearMonth] { (first.ordinal...last.ordinal).map(YearMonth.init(ordinal:)) }
    public var firstDay: CivilDate { CivilDate(year: first.year, month: first.month, day: 1)! }
    public var lastDay: CivilDate { last.lastDay }
    /// Quarters lying wholly inside the period.
    public var quarters: [(year: Int, quarter: Int)] {
        months.filter { $0.month % 3 == 1 && months.contains(YearMonth($0.year, $0.month + 2)) }.map { ($0.year, ($0.month - 1) / 3 + 1) }
    }
    public var years: [Int] { Array(first.year...last.year) }
    /// Every key whose row the period's figures are read from (besides `now` and the day keys).
    public var keys: [String] {
        months.map(\.key) + quarters.map { PeriodKey.quarter($0.year, $0.quarter) } + years.map(PeriodKey.year)
    }

    /// The keys, and those that say how many cells a past month counted (`CellFigures.cells(on:)`):
    /// every month of the period's years, and the years after it up to `year` (today's).
    public func keys(countingCellsThrough year: Int) -> [String] {
        let all = years.flatMap { y in (1...12).map { PeriodKey.month(y, $0) } }
        let later = year > last.year ? (last.year + 1...year).map(PeriodKey.year) : []
        var seen = Set<String>()
        return (keys + all + later).filter { seen.insert($0).inserted }
    }

    /// The rulebook versions the period's figures are computed under (one per change within it).
    public var rulebookVersions: [String] {
        var seen: [String] = []
        for m in months {
            let v = Rulebook.inForce(on: m.lastDay).versionID
            if !seen.contains(v) { seen.append(v) }
        }
        return seen
    }

    public func label(_ language: Language) -> String {
        switch kind {
        case .year: return (language == .vi ? "Năm " : "Year ") + String(first.year)
        case .quarter: return (language == .vi ? "Quý " : "Q") + "\((first.month - 1) / 3 + 1)/\(first.year)"
        case .month: return (language == .vi ? "Tháng " : "Month ") + "\(first.month < 10 ? "0" : "")\(first.month)/\(first.year)"
        case .custom:
            func f(_ m: YearMonth) -> String { "\(m.month < 10 ? "0" : "")\(m.month)/\(m.year)" }
            return (language == .vi ? "Từ " : "From ") + f(first) + (language == .vi ? " đến " : " to ") + f(last)
        }
    }
}

extension CellFigures {
    /// A unit's figures over a period from its counters (`rows` by key, already summed over its
    /// cells). Months and quarters count as due once they are over on `today`.
    /// `local`: the settings of the unit the figures are for (its visit frequency, its report due
    /// day); the rulebook's when nil.
    public static func derive(rows: [String: FigureRow], period: ReportPeriod, today: CivilDate, local: LocalSettings? = nil) -> CellFigures
    {
        let now = rows[PeriodKey.now] ?? FigureRow()
        var f = CellFigures()
        f.cells = now[.cells]
        f.members = MembershipCounts(now: now)
        f.tasksOpen = now[.tasksOpen]
        f.partyLife.sympathisers = now[.sympathisers]
        let todayKey = PeriodKey.day(today)
        f.tasksOverdue = rows.filter { $0.key.hasPrefix(PeriodKey.firstDay) && $0.key < todayKey }.reduce(0) {
            $0 + $1.value[.tasksOpenDue]
        }

        let cellsOn = { (day: CivilDate) in cells(rows, now: f.cells, on: day) }
        var month = FigureRow()
        for m in period.months {
            let r = rows[m.key] ?? FigureRow()
            month = month + r
            if today > m.lastDay {
                let due = cellsOn(m.lastDay)
                f.regularDue += due
                f.regularLate += max(0, due - r[.regularMonthsHeld])
            }
        }
        f.regularHeld = month[.regularMonthsHeld]
        f.meetingsHeld = month[.meetingsHeld]
        f.meetingsTooShort = month[.meetingsTooShort]
        f.noticesOnTime = month[.noticesOnTime]
        f.noticesLate = month[.noticesLate]
        f.attendance = month.attendance
        f.partyLife.add(month)
        f.training.add(month)
        for q in period.quarters {
            let held = rows[PeriodKey.quarter(q.year, q.quarter)]?[.thematicQuartersHeld] ?? 0
            f.thematicQuartersHeld += held
            let end = ReportPeriod.YearMonth(q.year, q.quarter * 3).lastDay
            if today > end {
                let due = cellsOn(end)
                f.thematicQuartersDue += due
                f.thematicQuartersLate += max(0, due - held)
            }
        }
        f.membersAtStrikeOffRule = period.years.reduce(0) { $0 + (rows[PeriodKey.year($1)]?[.membersAtStrikeOffRule] ?? 0) }
        f.oversight = .derive(rows: rows, month: month, period: period, cellsOn: cellsOn, today: today, local: local)
        for y in period.years {
            let r = rows[PeriodKey.year(y)] ?? FigureRow()
            f.classification.add(r)
        }
        return f
    }
}

extension CellFigures {
    /// The cells counted on a past day: those of `now` less those started after it (a cell
    /// started in June owes no meeting or report for January). Reads the months after the day in
    /// its year and the years after it, as `ReportPeriod.keys(countingCellsThrough:)` loads them.
    public static func cells(_ rows: [String: FigureRow], now: Int, on day: CivilDate) -> Int {
        var later = 0
        if day.month < 12 {
            for m in day.month + 1...12 { later += rows[PeriodKey.month(day.year, m)]?[.cellsStarted] ?? 0 }
        }
        for (key, row) in rows where key.count == 4 && (Int(key) ?? 0) > day.year { later += row[.cellsStarted] }
        return max(0, now - later)
    }
}

extension Dictionary where Key == String, Value == FigureRow {
    /// Key-by-key sum.
    public static func + (a: Self, b: Self) -> Self { a.merging(b, uniquingKeysWith: +) }
}

extension MembershipCounts {
    /// The membership a unit's `now` counters hold (summed over its cells).
    public init(now: FigureRow) {
        self.init()
        total = now[.membersTotal]
        official = now[.membersOfficial]
        probationary = now[.membersProbationary]
        exemptFull = now[.membersExemptFull]
        exemptTemporary = now[.membersExemptTemporary]
        transferredOut = now[.membersTransferredOut]
        transferredIn = now[.membersTransferredIn]
    }
}
