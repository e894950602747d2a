/// Figures for a cell over a period, and their sum over a committee (issue 4's terms: regular
/// meetings held, due and late, thematic quarters, attendance with the rulebook's exclusions,
/// members absent without reason, short meetings, notices on time, tasks).
public struct CellFigures: Sendable, Equatable, Codable {
    /// Cells counted (1 for a cell).
    public var cells = 0
    public var members = MembershipCounts()
    /// Cell-months with a regular meeting held.
    public var regularHeld = 0
    /// Cell-months over by the report day (each must have its regular meeting).
    public var regularDue = 0
    /// Cell-months over without a regular meeting.
    public var regularLate = 0
    public var thematicQuartersHeld = 0
    public var thematicQuartersDue = 0
    public var thematicQuartersLate = 0
    public var meetingsHeld = 0
    public var meetingsTooShort = 0
    public var noticesOnTime = 0
    public var noticesLate = 0
    public var attendance = AttendanceSummary()
    public var tasksOpen = 0
    public var tasksOverdue = 0
    /// Members with unexcused absences in at least the striking-off number of months.
    public var membersAtStrikeOffRule = 0
    /// Recruitment and the members' party life over the period.
    public var partyLife = PartyLifeFigures()
    /// Oversight from above: superiors at the cells' meetings.
    public var oversight = OversightFigures()
    /// The year's classification decided for the period's years (members, cells).
    public var classification = ClassificationFigures()
    /// Training and contests of the cells' members.
    public var training = TrainingFigures()

    public init() {}

    /// Attendance in per mille, nil without expected attendance.
    public var attendancePermille: Int? { attendance.ratePermille }

    /// Whether the attendance is above `percent` (the rule's 85%, or the local 90%).
    public func attendanceAbove(_ percent: Int) -> Bool? {
        guard attendance.expected > 0 else { return nil }
        return (attendance.present + attendance.late) * 100 > percent * attendance.expected
    }

    /// The committee's figures are the sum of its cells'.
    public static func sum(_ cells: [CellFigures]) -> CellFigures {
        var t = CellFigures()
        for c in cells {
            t.cells += c.cells
            t.regularDue += c.regularDue
            t.thematicQuartersHeld += c.thematicQuartersHeld
            t.thematicQuartersDue += c.thematicQuartersDue
            t.members.total += c.members.total
            t.members.official += c.members.official
            t.members.probationary += c.members.probationary
            t.members.exemptFull += c.members.exemptFull
            t.members.exemptTemporary += c.members.exemptTemporary
            t.members.transferredOut += c.members.transferredOut
            t.members.transferredIn += c.members.transferredIn
            t.regularHeld += c.regularHeld
            t.regularLate += c.regularLate
            t.thematicQuartersLate += c.thematicQuartersLate
            t.meetingsHeld += c.meetingsHeld
            t.meetingsTooShort += c.meetingsTooShort
            t.noticesOnTime += c.noticesOnTime
            t.noticesLate += c.noticesLate
            t.attendance.add(c.attendance)
            t.tasksOpen += c.tasksOpen
            t.tasksOverdue += c.tasksOverdue
            t.membersAtStrikeOffRule += c.membersAtStrikeOffRule
            t.partyLife.add(c.partyLife)
            t.oversight.add(c.oversight)
            t.classification.add(c.classification)
            t.training.add(c.training)
        }
        return t
    }
}

extension AttendanceSummary {
    /// Adds `count` roll entries of one kind (for counts grouped in the database).
    public mutating func add(_ m: RollMember, count: Int) {
        var one = AttendanceSummary.compute([m])
        one.scale(count)
        add(one)
    }

    public mutating func add(_ o: AttendanceSummary) {
        expected += o.expected
        present += o.present
        late += o.late
        excused += o.excused
        unexcused += o.unexcused
        exemptPresent += o.exemptPresent
        visitingPresent += o.visitingPresent
    }

    mutating func scale(_ k: Int) {
        expected *= k
        present *= k
        late *= k
        excused *= k
        unexcused *= k
        exemptPresent *= k
        visitingPresent *= k
    }
}

/// Recruitment and party life: sympathisers now; admissions, recognitions, suspensions,
/// disciplinary measures and leavers by the way they left, over the period.
public struct PartyLifeFigures: Sendable, Equatable, Codable {
    public var sympathisers = 0
    public var admitted = 0
    public var recognised = 0
    public var suspensions = 0
    public var disciplined = 0
    public var leftDeath = 0
    public var leftStruckOff = 0
    public var leftExpelled = 0
    public var leftRequest = 0
    public var leftTransferredOut = 0
    /// Party fees collected (dong), and member-months owed but unpaid.
    public var feesCollected = 0
    public var feesUnpaid = 0

    public init() {}

    /// Everyone whose membership ended in the period.
    public var left: Int { leftDeath + leftStruckOff + leftExpelled + leftRequest + leftTransferredOut }

    mutating func add(_ row: FigureRow) {
        admitted += row[.admitted]
        recognised += row[.recognised]
        suspensions += row[.suspensionsStarted]
        disciplined += row[.disciplined]
        leftDeath += row[.leftDeath]
        leftStruckOff += row[.leftStruckOff]
        leftExpelled += row[.leftExpelled]
        leftRequest += row[.leftRequest]
        leftTransferredOut += row[.leftTransferredOut]
        feesCollected += row[.feesCollected]
        feesUnpaid += row[.feesUnpaid]
    }

    mutating func add(_ o: PartyLifeFigures) {
        sympathisers += o.sympathisers
        admitted += o.admitted
        recognised += o.recognised
        suspensions += o.suspensions
        disciplined += o.disciplined
        leftDeath += o.leftDeath
        leftStruckOff += o.leftStruckOff
        leftExpelled += o.leftExpelled
        leftRequest += o.leftRequest
        leftTransferredOut += o.leftTransferredOut
        feesCollected += o.feesCollected
        feesUnpaid += o.feesUnpaid
    }
}

/// Oversight from above over a period: superiors at the cells' meetings, their evaluations, and
/// the windows of the local visit frequency that ended without a visit.
public struct OversightFigures: Sendable, Equatable, Codable {
    /// Superiors' attendances at meetings.
    public var visits = 0
    /// Of those, the ones with the superior's evaluation.
    public var evaluated = 0
    /// Evaluations whose band differs from the cell's own.
    public var differing = 0
    /// The frequency the windows below follow (the local setting in force on the report day).
    public var window = VisitWindow.quarter
    /// Cell-windows over by the report day, and those without a superior at a meeting.
    public var windowsDue = 0
    public var windowsMissed = 0
    /// The secretaries' monthly reports: cell-months whose due day has passed, and of all the
    /// period's reports those submitted on time or late (with the days late); missing ones are
    /// due and not submitted. The counts of pressing incidents and proposals they give.
    public var reports = MonthlyReportTally()
    public var hotIssues = 0
    public var proposals = 0
    /// Opinions raised at meetings in the period, passed up, answered (with the working days they
    /// took, summed), reported back; open now, and of those past their deadline.
    public var issuesRaised = 0
    public var issuesEscalated = 0
    public var issuesAnswered = 0
    public var issueAnswerDays = 0
    public var issuesClosed = 0
    public var issuesOpen = 0
    public var issuesOverdue = 0
    /// Inspections concluded in the period; remedies done in it; open now, and past their deadline.
    public var inspectionsConcluded = 0
    public var remediesDone = 0
    public var remediesOpen = 0
    public var remediesOverdue = 0

    public init() {}

    /// Working days an answer took on average, in tenths; nil without answers.
    public var issueAnswerTenths: Int? { issuesAnswered > 0 ? (issueAnswerDays * 20 + issuesAnswered) / (2 * issuesAnswered) : nil }

    static func derive(
        rows: [String: FigureRow], month: FigureRow, period: ReportPeriod, cellsOn: (CivilDate) -> Int, today: CivilDate,
        local: LocalSettings?
    ) -> OversightFigures {
        var o = OversightFigures()
        o.visits = month[.visits]
        o.evaluated = month[.visitsEvaluated]
        o.differing = month[.visitsDiffering]
        o.window = (local ?? Rulebook.inForce(on: today).local).superiorVisitEvery
        let windows: [(key: String, last: CivilDate, column: FigureColumn)]
        switch o.window {
        case .month: windows = period.months.map { ($0.key, $0.lastDay, .visitedMonths) }
        case .quarter:
            windows = period.quarters.map {
                (PeriodKey.quarter($0.year, $0.quarter), ReportPeriod.YearMonth($0.year, $0.quarter * 3).lastDay, .visitedQuarters)
            }
        case .year:
            windows = period.years.filter { period.first <= .init($0, 1) && .init($0, 12) <= period.last }.map {
                (PeriodKey.year($0), ReportPeriod.YearMonth($0, 12).lastDay, .visitedYears)
            }
        }
        for w in windows where today > w.last {
            let cells = cellsOn(w.last)
            o.windowsDue += cells
            o.windowsMissed += max(0, cells - (rows[w.key]?[w.column] ?? 0))
        }
        for m in period.months {
            let r = rows[m.key] ?? FigureRow()
            o.reports.onTime += r[.reportsOnTime]
            o.reports.late += r[.reportsLate]
            o.reports.daysLate += r[.reportDaysLate]
            let submitted = r[.reportsOnTime] + r[.reportsLate]
            let cells = cellsOn(m.lastDay)
            let due = MonthlyReportRules.due(month: m, dueDay: (local ?? Rulebook.inForce(on: m.lastDay).local).monthlyReportDueDay)
            if today > due {
                o.reports.missing += max(0, cells - submitted)
            } else if m <= ReportPeriod.YearMonth(today.year, today.month) {
                o.reports.due += max(0, cells - submitted)
            } else {
                o.reports.notYetDue += max(0, cells - submitted)
            }
        }
        o.hotIssues = month[.reportHotIssues]
        o.proposals = month[.reportProposals]
        o.issuesRaised = month[.issuesRaised]
        o.issuesEscalated = month[.issuesEscalated]
        o.issuesAnswered = month[.issuesAnswered]
        o.issueAnswerDays = month[.issueAnswerDays]
        o.issuesClosed = month[.issuesClosed]
        o.issuesOpen = rows[PeriodKey.now]?[.issuesOpen] ?? 0
        let todayKey = PeriodKey.day(today)
        let overdue = rows.filter { $0.key.hasPrefix(PeriodKey.firstDay) && $0.key < todayKey }.values
        o.issuesOverdue = overdue.reduce(0) { $0 + $1[.issuesOpenDue] }
        o.inspectionsConcluded = month[.inspectionsConcluded]
        o.remediesDone = month[.remediesDone]
        o.remediesOpen = rows[PeriodKey.now]?[.remediesOpen] ?? 0
        o.remediesOverdue = overdue.reduce(0) { $0 + $1[.remediesOpenDue] }
        return o
    }

    mutating func add(_ o: OversightFigures) {
        visits += o.visits
        evaluated += o.evaluated
        differing += o.differing
        window = o.window
        windowsDue += o.windowsDue
        windowsMissed += o.windowsMissed
        reports.add(o.reports)
        hotIssues += o.hotIssues
        proposals += o.proposals
        issuesRaised += o.issuesRaised
        issuesEscalated += o.issuesEscalated
        issuesAnswered += o.issuesAnswered
        issueAnswerDays += o.issueAnswerDays
        issuesClosed += o.issuesClosed
        issuesOpen += o.issuesOpen
        issuesOverdue += o.issuesOverdue
        inspectionsConcluded += o.inspectionsConcluded
        remediesDone += o.remediesDone
        remediesOpen += o.remediesOpen
        remediesOverdue += o.remediesOverdue
    }
}

/// The year's classification as decided, members and cells by level (QĐ 366).
public struct ClassificationFigures: Sendable, Equatable, Codable {
    public var membersExcellent = 0
    public var membersGood = 0
    public var membersCompleted = 0
    public var membersNotCompleted = 0
    public var cellsExcellent = 0
    public var cellsGood = 0
    public var cellsCompleted = 0
    public var cellsNotCompleted = 0

    public init() {}

    public mutating func add(_ r: FigureRow) {
        membersExcellent += r[.evalMembersExcellent]
        membersGood += r[.evalMembersGood]
        membersCompleted += r[.evalMembersCompleted]
        membersNotCompleted += r[.evalMembersNotCompleted]
        cellsExcellent += r[.evalCellsExcellent]
        cellsGood += r[.evalCellsGood]
        cellsCompleted += r[.evalCellsCompleted]
        cellsNotCompleted += r[.evalCellsNotCompleted]
    }

    public mutating func add(_ o: ClassificationFigures) {
        membersExcellent += o.membersExcellent
        membersGood += o.membersGood
        membersCompleted += o.membersCompleted
        membersNotCompleted += o.membersNotCompleted
        cellsExcellent += o.cellsExcellent
        cellsGood += o.cellsGood
        cellsCompleted += o.cellsCompleted
        cellsNotCompleted += o.cellsNotCompleted
    }

    /// Members (or cells) at a level.
    public func count(_ level: EvaluationLevel, cells: Bool) -> Int {
        switch (level, cells) {
        case (.excellent, false): membersExcellent
        case (.good, false): membersGood
        case (.completed, false): membersCompleted
        case (.notCompleted, false): membersNotCompleted
        case (.excellent, true): cellsExcellent
        case (.good, true): cellsGood
        case (.completed, true): cellsCompleted
        case (.notCompleted, true): cellsNotCompleted
        }
    }

    public var members: Int { membersExcellent + membersGood + membersCompleted + membersNotCompleted }
    public var cells: Int { cellsExcellent + cellsGood + cellsCompleted + cellsNotCompleted }
}
