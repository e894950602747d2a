import ChiBoCore
import Fluent
import SQLKit
import Vapor

/// A unit's statistics over a period: its own figures and each direct sub-unit's, read from the
/// roll-ups (`RollupService`); and the naive reference computed from the raw rows.
package enum StatisticsService {
    struct Report: Sendable {
        let unit: OrgUnit
        let period: ReportPeriod
        let today: CivilDate
        let total: CellFigures
        /// The direct sub-units (or nothing for a cell), each with its figures.
        let rows: [(OrgUnit, CellFigures)]
        /// The unit's figures month by month.
        let monthly: [(ReportPeriod.YearMonth, CellFigures)]
        /// For a cell: the meetings of the period, and the members at the striking-off rule.
        let cellDetail: (meetings: [Meeting], strikeOff: [StrikeOffCase])?
        /// The unit's local settings on the report day, and where each came from.
        let local: LocalSettings
        let localSources: [LocalSettingKey: LocalSettingVersion]
        /// The year's classification of the period's last year and the two before, to compare.
        var classificationYears: [(year: Int, figures: ClassificationFigures)] = []
        var rulebookVersions: [String] { period.rulebookVersions }
        var rulebook: Rulebook { Rulebook.inForce(on: min(today, period.lastDay)) }
    }

    static func report(
        _ db: any Database, _ principal: Principal, unitID: UUID, period: ReportPeriod,
        today: CivilDate, for action: Action = .readMeetings
    ) async throws -> Report {
        let unit = try await UnitService.find(db, principal, unitID, for: action)
        let children = try await UnitService.children(db, of: unitID)
        let stored = try await RollupService.stored(
            db as! any SQLDatabase, units: [unitID] + children.map { $0.id! },
            keys: period.keys(countingCellsThrough: today.year), overdueBefore: today)
        let (local, sources) = try await SettingsService.effective(db, unitID: unitID, on: min(today, period.lastDay))
        // Each sub-unit's row is judged by its own settings (a cell with its own report due day),
        // as on its own page; the unit's total by the unit's.
        let ownLocal = try await SettingsService.effective(db, unitIDs: children.map { $0.id! }, on: min(today, period.lastDay))
        func figures(_ id: UUID) -> CellFigures {
            CellFigures.derive(rows: stored[id] ?? [:], period: period, today: today, local: ownLocal[id] ?? local)
        }
        let monthly = period.months.map {
            ($0, CellFigures.derive(rows: stored[unitID] ?? [:], period: .month($0.year, $0.month), today: today, local: local))
        }
        var detail: (meetings: [Meeting], strikeOff: [StrikeOffCase])?
        if unit.kind.isCell {
            let meetings = try await Meeting.query(on: db).filter(\.$unit.$id == unitID)
                .filter(\.$date >= period.firstDay).filter(\.$date <= period.lastDay)
                .sort(\.$date).all()
            // The names at the striking-off rule are for those who read the cell's members; a
            // plain member sees only their own standing.
            var strikeOff = try await membersAtStrikeOffRule(db, cellID: unitID, year: period.last.year)
            if !(try await Scope.allows(principal, .readMembers, unit: unitID, on: db)) {
                strikeOff = strikeOff.filter { $0.memberID == principal.memberID }
            }
            detail = (meetings, strikeOff)
        }
        let lastYear = period.last.year
        let years = (lastYear - 2)...lastYear
        let yearRows =
            try await RollupService.stored(
                db as! any SQLDatabase, units: [unitID], keys: years.map(PeriodKey.year), overdueBefore: nil)[unitID] ?? [:]
        var report = Report(
            unit: unit, period: period, today: today, total: figures(unitID), rows: children.map { ($0, figures($0.id!)) },
            monthly: monthly, cellDetail: detail, local: local, localSources: sources)
        report.classificationYears = years.map { y in
            var c = ClassificationFigures()
            c.add(yearRows[PeriodKey.year(y)] ?? FigureRow())
            return (y, c)
        }
        return report
    }

    /// The unit's own figures for the period from its counters, without its sub-units' rows: what a
    /// page showing only the unit's totals reads (the issues, the inspections), whatever the number
    /// of its sub-units (issue 20). Equal to `report(...).total`.
    static func total(
        _ db: any Database, _ principal: Principal, unitID: UUID, period: ReportPeriod,
        today: CivilDate, for action: Action = .readMeetings
    ) async throws -> (unit: OrgUnit, figures: CellFigures) {
        let unit = try await UnitService.find(db, principal, unitID, for: action)
        let stored = try await RollupService.stored(
            db as! any SQLDatabase, units: [unitID], keys: period.keys(countingCellsThrough: today.year), overdueBefore: today)
        let (local, _) = try await SettingsService.effective(db, unitID: unitID, on: min(today, period.lastDay))
        return (unit, CellFigures.derive(rows: stored[unitID] ?? [:], period: period, today: today, local: local))
    }

    /// The reference the roll-ups must equal: every cell under the unit computed from its raw
    /// rows, then summed.
    package static func naive(
        _ db: any Database, unitID: UUID, period: ReportPeriod, today: CivilDate
    ) async throws -> (total: CellFigures, cells: [UUID: CellFigures]) {
        let sql = db as! any SQLDatabase
        let cells = try await sql.raw(
            """
            SELECT u.id AS id FROM units u JOIN unit_closure c ON c.descendant_id = u.id
            WHERE c.ancestor_id = \(bind: unitID) AND u.kind = \(bind: UnitKind.cell.rawValue)
            """
        ).all().map { try $0.decode(column: "id", as: UUID.self) }
        let from = CivilDate(year: period.first.year, month: 1, day: 1)!, to = CivilDate(year: period.last.year, month: 12, day: 31)!
        var figures: [UUID: CellFigures] = [:]
        for start in stride(from: 0, to: cells.count, by: 500) {
            let ids = Array(cells[start..<min(start + 500, cells.count)])
            let activities = try await activities(sql, cells: ids, from: from, to: to)
            for id in ids {
                figures[id] = CellFigures.derive(rows: (activities[id] ?? CellActivity()).rows(), period: period, today: today)
            }
        }
        return (CellFigures.sum(Array(figures.values)), figures)
    }

    /// The day each cell last admitted a member: the latest probation that began while the
    /// member was in it (they had joined it by then). Cells without one are left out.
    static func lastAdmissions(_ sql: any SQLDatabase, cells: [UUID]) async throws -> [UUID: CivilDate] {
        var last: [UUID: CivilDate] = [:]
        for start in stride(from: 0, to: cells.count, by: 500) {
            let ids = Array(cells[start..<min(start + 500, cells.count)])
            for row in try await sql.raw(
                """
                SELECT p.unit_id AS unit_id, MAX(s.from_date) AS last FROM member_status_periods s
                JOIN member_unit_periods p ON p.member_id = s.member_id AND p.from_date <= s.from_date
                WHERE s.kind = 'probationary' AND p.unit_id IN (\(binds: ids)) GROUP BY p.unit_id
                """
            ).all() {
                if let d = try row.decode(column: "last", as: String?.self).flatMap(CivilDate.init(parsing:)) {
                    last[try row.decode(column: "unit_id", as: UUID.self)] = d
                }
            }
        }
        return last
    }

    /// What the cells did, from the raw tables: members now, meetings held (ended or locked)
    /// between `from` and `to` with their rolls, unexcused absences, open tasks.
    static func activities(_ sql: any SQLDatabase, cells: [UUID], from: CivilDate?, to: CivilDate?) async throws -> [UUID: CellActivity] {
        var out: [UUID: CellActivity] = Dictionary(uniqueKeysWithValues: cells.map { ($0, CellActivity()) })
        guard !cells.isEmpty else { return out }
        let dates = SQLQueryString(
            " AND m.scheduled_date >= \(bind: from?.iso ?? "0000") AND m.scheduled_date <= \(bind: to?.iso ?? "9999")")

        for row in try await sql.raw(
            """
            SELECT unit_id, status, exemption_kind, transfer_direction, COUNT(*) AS n FROM members
            WHERE unit_id IN (\(binds: cells)) AND left_date IS NULL GROUP BY unit_id, status, exemption_kind, transfer_direction
            """
        ).all() {
            out[try row.decode(column: "unit_id", as: UUID.self)]?.members.add(
                status: try row.decode(enumColumn: "status", as: MemberStatus.self),
                exemption: try row.decode(enumColumn: "exemption_kind", as: ExemptionKind?.self),
                transfer: try row.decode(enumColumn: "transfer_direction", as: TransferDirection?.self),
                count: try row.decode(column: "n", as: Int.self))
        }

        // The day each cell entered the tree: its first parent period.
        for row in try await sql.raw(
            "SELECT unit_id, MIN(from_date) AS started FROM unit_parent_periods WHERE unit_id IN (\(binds: cells)) GROUP BY unit_id"
        ).all() {
            out[try row.decode(column: "unit_id", as: UUID.self)]?.startedOn =
                try row.decode(column: "started", as: String?.self).flatMap(CivilDate.init(parsing:))
        }

        // The meetings held, then their rolls by meeting id: no join for the planner to turn into
        // a scan of the whole roll (PostgreSQL did, for a batch of cells, once the roll was large).
        var held: [UUID: (unit: UUID, date: CivilDate)] = [:]
        for row in try await sql.raw(
            """
            SELECT m.id AS id, m.unit_id AS unit_id, m.kind AS kind, m.scheduled_date AS scheduled_date, m.started_at AS started_at,
                   m.ended_at AS ended_at, m.notified_on AS notified_on
            FROM meetings m WHERE m.unit_id IN (\(binds: cells)) AND m.status IN ('ended', 'locked')\(dates)
            """
        ).all() {
            guard let date = CivilDate(parsing: try row.decode(column: "scheduled_date", as: String.self)) else { continue }
            let unit = try row.decode(column: "unit_id", as: UUID.self)
            held[try row.decode(column: "id", as: UUID.self)] = (unit, date)
            out[unit]?.meetings.append(
                .init(
                    kind: try row.decode(enumColumn: "kind", as: MeetingKind.self), date: date,
                    started: try row.decode(column: "started_at", as: String?.self).flatMap(LocalDateTime.init(parsing:)),
                    ended: try row.decode(column: "ended_at", as: String?.self).flatMap(LocalDateTime.init(parsing:)),
                    notified: try row.decode(column: "notified_on", as: String?.self).flatMap(CivilDate.init(parsing:))))
        }

        struct MemberYear: Hashable { let unit: UUID, member: UUID, year: Int }
        var unexcused: [MemberYear: Set<Int>] = [:]
        // The roll's filter: on PostgreSQL the meeting ids themselves, 5,000 at a time; on SQLite,
        // whose planner takes the same path from a subquery, the subquery (binding thousands of
        // ids one by one cost more than the reading).
        let filters: [SQLQueryString]
        if held.isEmpty {
            filters = []
        } else if sql.dialect.name == "sqlite" {
            filters = [
                """
                meeting_id IN (SELECT m.id FROM meetings m WHERE m.unit_id IN (\(binds: cells)) AND m.status IN ('ended', 'locked')\(dates))
                """
            ]
        } else {
            let ids = Array(held.keys)
            filters = stride(from: 0, to: ids.count, by: 5_000).map {
                "meeting_id IN (\(binds: Array(ids[$0..<min($0 + 5_000, ids.count)])))"
            }
        }
        for filter in filters {
            // One pass over the roll: the entries grouped, the absentees without excuse by name.
            for row in try await sql.raw(
                """
                SELECT meeting_id, status, exempt, transfer_direction AS transfer, suspended, attendance,
                       CASE WHEN attendance = 'unexcused' THEN member_id END AS absentee, COUNT(*) AS n
                FROM meeting_attendance WHERE \(filter)
                GROUP BY meeting_id, status, exempt, transfer_direction, suspended, attendance, CASE WHEN attendance = 'unexcused' THEN member_id END
                """
            ).all() {
                guard let meeting = held[try row.decode(column: "meeting_id", as: UUID.self)] else { continue }
                let member = RollMember(
                    status: try row.decode(enumColumn: "status", as: MemberStatus.self),
                    exempt: try row.decode(column: "exempt", as: Bool.self),
                    transfer: try row.decode(enumColumn: "transfer", as: TransferDirection?.self),
                    suspended: try row.decode(column: "suspended", as: Bool.self),
                    attendance: try row.decode(enumColumn: "attendance", as: AttendanceStatus?.self))
                out[meeting.unit]?.attendance.append(
                    .init(date: meeting.date, member: member, count: try row.decode(column: "n", as: Int.self)))
                if member.attendance == .unexcused, let absentee = try row.decode(column: "absentee", as: UUID?.self) {
                    unexcused[MemberYear(unit: meeting.unit, member: absentee, year: meeting.date.year), default: []].insert(
                        meeting.date.month)
                }
            }
        }
        // Party fees: collected and unpaid by month; an unpaid month counts towards the
        // striking-off rule as a missed activity does (RULES.md: three months within a year).
        var fees: [UUID: [String: (collected: Int, unpaid: Int)]] = [:]
        for row in try await sql.raw(
            """
            SELECT unit_id, member_id, month, amount, relief, paid_on FROM party_fees
            WHERE unit_id IN (\(binds: cells)) AND month >= \(bind: from.map { String($0.iso.prefix(7)) } ?? "0000")
              AND month <= \(bind: to.map { String($0.iso.prefix(7)) } ?? "9999")
            """
        ).all() {
            let unit = try row.decode(column: "unit_id", as: UUID.self)
            let month = try row.decode(column: "month", as: String.self)
            guard let ym = ReportPeriod.YearMonth(parsing: month) else { continue }
            let entry = FeeEntry(
                amount: try row.decode(column: "amount", as: Int.self), relief: try row.decode(enumColumn: "relief", as: FeeRelief.self),
                paidOn: try row.decode(column: "paid_on", as: CivilDate?.self))
            var f = fees[unit, default: [:]][month] ?? (0, 0)
            if entry.paidOn != nil { f.collected += entry.amount }
            if entry.unpaid {
                f.unpaid += 1
                unexcused[MemberYear(unit: unit, member: try row.decode(column: "member_id", as: UUID.self), year: ym.year), default: []]
                    .insert(ym.month)
            }
            fees[unit, default: [:]][month] = f
        }
        for (unit, months) in fees {
            for (month, f) in months {
                guard let ym = ReportPeriod.YearMonth(parsing: month) else { continue }
                out[unit]?.fees.append((ym.year, ym.month, f.collected, f.unpaid))
            }
        }
        for (key, months) in unexcused { out[key.unit]?.unexcusedMonths.append((key.year, months.count)) }

        // Party life: the events of the members who were ever in these cells, each counted in the
        // cell the member belonged to on its day (a member who moved leaves their past behind);
        // ceremonies; sympathisers now.
        let everHere = SQLQueryString("SELECT member_id FROM member_unit_periods WHERE unit_id IN (\(binds: cells))")
        var cellsOf: [UUID: [(from: CivilDate, unit: UUID)]] = [:]
        for row in try await sql.raw("SELECT member_id, unit_id, from_date FROM member_unit_periods WHERE member_id IN (\(everHere))").all()
        {
            cellsOf[try row.decode(column: "member_id", as: UUID.self), default: []].append(
                (try row.decode(column: "from_date", as: CivilDate.self), try row.decode(column: "unit_id", as: UUID.self)))
        }
        for row in try await sql.raw(
            """
            SELECT s.member_id AS member_id, s.kind AS kind, s.detail AS detail, s.from_date AS from_date,
                   s.decision_date AS decision_date
            FROM member_status_periods s
            WHERE s.member_id IN (\(everHere))
              AND (s.kind IN ('left', 'suspended', 'disciplined') OR (s.kind = 'official' AND s.decision_number IS NOT NULL))
            """
        ).all() {
            let kind = try row.decode(enumColumn: "kind", as: StatusKind.self)
            let from = try row.decode(column: "from_date", as: CivilDate.self)
            let column: FigureColumn
            var date = from
            switch kind {
            case .left:
                guard let leaving = try row.decode(enumColumn: "detail", as: LeavingKind?.self) else { continue }
                column = FigureColumn.left(leaving)
            case .suspended: column = .suspensionsStarted
            case .disciplined: column = .disciplined
            default:
                // A recognition counts in the month of the committee's decision, not of the official date it dates back to.
                column = .recognised
                date = try row.decode(column: "decision_date", as: CivilDate?.self) ?? from
            }
            // The cell of the event's day: the last one the member joined on or before it (a move
            // closes the old cell's period on the day the new one opens).
            let member = try row.decode(column: "member_id", as: UUID.self)
            guard let unit = cellsOf[member]?.filter({ $0.from <= date }).max(by: { $0.from < $1.from })?.unit else { continue }
            out[unit]?.events.append((date, column))
        }
        for row in try await sql.raw(
            """
            SELECT s.unit_id AS unit_id, a.date AS date FROM admission_steps a JOIN sympathisers s ON s.id = a.sympathiser_id
            WHERE s.unit_id IN (\(binds: cells)) AND a.step = 'ceremony'
            """
        ).all() {
            out[try row.decode(column: "unit_id", as: UUID.self)]?.events.append(
                (try row.decode(column: "date", as: CivilDate.self), .admitted))
        }
        for row in try await sql.raw(
            """
            SELECT unit_id, COUNT(*) AS n FROM sympathisers WHERE unit_id IN (\(binds: cells)) AND status = 'active' GROUP BY unit_id
            """
        ).all() {
            out[try row.decode(column: "unit_id", as: UUID.self)]?.sympathisers = try row.decode(column: "n", as: Int.self)
        }
        for (cell, last) in try await lastAdmissions(sql, cells: cells) { out[cell]?.lastAdmission = last }

        // Superiors at the meetings: evaluated or not, and whether their band differs from the cell's own.
        for row in try await sql.raw(
            """
            SELECT v.unit_id AS unit_id, v.meeting_date AS meeting_date, v.quality AS superior, m.quality AS own
            FROM superior_visits v JOIN meetings m ON m.id = v.meeting_id
            WHERE v.unit_id IN (\(binds: cells)) AND v.meeting_date >= \(bind: from?.iso ?? "0000")
              AND v.meeting_date <= \(bind: to?.iso ?? "9999")
            """
        ).all() {
            let superior = try row.decode(enumColumn: "superior", as: MeetingQuality?.self)
            let own = try row.decode(enumColumn: "own", as: MeetingQuality?.self)
            out[try row.decode(column: "unit_id", as: UUID.self)]?.visits.append(
                (
                    try row.decode(column: "meeting_date", as: CivilDate.self), superior != nil,
                    superior.map { EvaluationComparison.compare(superior: $0, cell: own).differs } ?? false
                ))
        }

        // Opinions raised at the cells' meetings.
        for row in try await sql.raw(
            """
            SELECT unit_id, raised_on, escalated, answered_on, answer_days, reported_on, status, due FROM raised_issues
            WHERE unit_id IN (\(binds: cells))
            """
        ).all() {
            let open = try row.decode(enumColumn: "status", as: IssueStatus.self) == .open
            out[try row.decode(column: "unit_id", as: UUID.self)]?.issues.append(
                .init(
                    raisedOn: try row.decode(column: "raised_on", as: CivilDate.self),
                    escalated: try row.decode(column: "escalated", as: Bool.self),
                    answeredOn: try row.decode(column: "answered_on", as: CivilDate?.self),
                    answerDays: try row.decode(column: "answer_days", as: Int?.self),
                    reportedOn: try row.decode(column: "reported_on", as: CivilDate?.self),
                    openDue: open ? try row.decode(column: "due", as: CivilDate.self) : nil))
        }

        // Inspections of the cells: concluded, and their remedies.
        for row in try await sql.raw(
            """
            SELECT target_unit_id, concluded_on FROM inspections WHERE target_unit_id IN (\(binds: cells)) AND concluded_on IS NOT NULL
            """
        ).all() {
            out[try row.decode(column: "target_unit_id", as: UUID.self)]?.inspectionsConcluded.append(
                try row.decode(column: "concluded_on", as: CivilDate.self))
        }
        for row in try await sql.raw(
            """
            SELECT i.target_unit_id AS unit_id, r.due AS due, r.done_on AS done_on
            FROM inspection_remedies r JOIN inspections i ON i.id = r.inspection_id WHERE i.target_unit_id IN (\(binds: cells))
            """
        ).all() {
            out[try row.decode(column: "unit_id", as: UUID.self)]?.remedies.append(
                (try row.decode(column: "due", as: CivilDate.self), try row.decode(column: "done_on", as: CivilDate?.self)))
        }

        // The year's classification as decided and published (yearly rounds): the members by the cell they were
        // evaluated in, and the cells themselves.
        let lastDays = SQLQueryString(" AND r.last_day >= \(bind: from?.iso ?? "0000") AND r.last_day <= \(bind: to?.iso ?? "9999")")
        for (table, cell) in [("member_evaluations", false), ("org_evaluations", true)] {
            for row in try await sql.raw(
                """
                SELECT e.unit_id AS unit_id, r.year AS year, e.final_level AS level FROM \(unsafeRaw: table) e
                JOIN evaluation_rounds r ON r.id = e.round_id
                WHERE e.unit_id IN (\(binds: cells)) AND e.final_level IS NOT NULL AND r.kind = \(bind: EvaluationPeriodKind.year.rawValue)
                  AND r.status = \(bind: EvaluationRoundStatus.published.rawValue)\(lastDays)
                """
            ).all() {
                out[try row.decode(column: "unit_id", as: UUID.self)]?.classified.append(
                    (
                        try row.decode(column: "year", as: Int.self), try row.decode(enumColumn: "level", as: EvaluationLevel.self),
                        cell
                    ))
            }
        }

        // Training and contests of the members now in these cells: completed courses by their last
        // day, contest entries by the contest's last day with the prize won.
        for row in try await sql.raw(
            """
            SELECT m.unit_id AS unit_id, c.end_on AS end_on, a.completed AS completed
            FROM course_attendees a JOIN courses c ON c.id = a.course_id JOIN members m ON m.id = a.member_id
            WHERE m.unit_id IN (\(binds: cells))
            """
        ).all() {
            guard try row.decode(column: "completed", as: Bool.self) else { continue }
            out[try row.decode(column: "unit_id", as: UUID.self)]?.trainingCompleted.append(
                try row.decode(column: "end_on", as: CivilDate.self))
        }
        for row in try await sql.raw(
            """
            SELECT m.unit_id AS unit_id, c.end_on AS end_on, e.prize AS prize
            FROM contest_entrants e JOIN contests c ON c.id = e.contest_id JOIN members m ON m.id = e.member_id
            WHERE m.unit_id IN (\(binds: cells))
            """
        ).all() {
            out[try row.decode(column: "unit_id", as: UUID.self)]?.contestEntries.append(
                (try row.decode(column: "end_on", as: CivilDate.self), try row.decode(enumColumn: "prize", as: ContestPrize?.self)))
        }

        // The monthly report's due day each cell's committees set, with their dates.
        for row in try await sql.raw(
            """
            SELECT c.descendant_id AS cell, c.depth AS depth, s.value AS value, s.from_date AS from_date FROM unit_closure c
            JOIN unit_settings s ON s.unit_id = c.ancestor_id
            WHERE c.descendant_id IN (\(binds: cells)) AND s.key = \(bind: LocalSettingKey.monthlyReportDueDay.rawValue)
            """
        ).all() {
            out[try row.decode(column: "cell", as: UUID.self)]?.settings.append(
                LocalSettingVersion(
                    key: .monthlyReportDueDay, value: try row.decode(column: "value", as: String.self),
                    from: try row.decode(column: "from_date", as: CivilDate.self), depth: try row.decode(column: "depth", as: Int.self),
                    unitName: ""))
        }

        // The secretaries' monthly reports.
        for row in try await sql.raw(
            """
            SELECT unit_id, month, submitted_on, hot_issue_count, proposal_count FROM monthly_reports
            WHERE unit_id IN (\(binds: cells)) AND month >= \(bind: from.map { String($0.iso.prefix(7)) } ?? "0000")
              AND month <= \(bind: to.map { String($0.iso.prefix(7)) } ?? "9999")
            """
        ).all() {
            guard let month = ReportPeriod.YearMonth(parsing: try row.decode(column: "month", as: String.self)) else { continue }
            out[try row.decode(column: "unit_id", as: UUID.self)]?.reports.append(
                (
                    month, try row.decode(column: "submitted_on", as: CivilDate.self),
                    try row.decode(column: "hot_issue_count", as: Int.self),
                    try row.decode(column: "proposal_count", as: Int.self)
                ))
        }

        for row in try await sql.raw(
            """
            SELECT unit_id, due_date FROM tasks WHERE unit_id IN (\(binds: cells)) AND status = 'open'
            """
        ).all() {
            guard let due = CivilDate(parsing: try row.decode(column: "due_date", as: String.self)) else { continue }
            out[try row.decode(column: "unit_id", as: UUID.self)]?.openTaskDueDates.append(due)
        }
        return out
    }

    /// The members of a cell with unexcused absences in at least the striking-off number of
    /// months of `year` (unexcused absences and unpaid fees; drill-down of that figure), by name,
    /// with whether they already left the party.
    static func membersAtStrikeOffRule(_ db: any Database, cellID: UUID, year: Int) async throws -> [StrikeOffCase] {
        let sql = db as! any SQLDatabase
        let threshold = Rulebook.inForce(on: CivilDate(year: year, month: 12, day: 31)!).membership.strikeOffMonthsInYear
        return try await sql.raw(
            """
            SELECT x.member_id AS member_id, MIN(x.full_name) AS name, MIN(x.sort_key) AS sort_key, MIN(mm.left_date) AS left_date,
                   COUNT(DISTINCT x.month) AS months FROM (
              SELECT a.member_id AS member_id, a.full_name AS full_name, a.sort_key AS sort_key, substr(m.scheduled_date, 1, 7) AS month
              FROM meeting_attendance a JOIN meetings m ON m.id = a.meeting_id
              WHERE m.unit_id = \(bind: cellID) AND m.status IN ('ended', 'locked') AND a.attendance = 'unexcused'
                AND m.scheduled_date >= \(bind: "\(year)-01-01") AND m.scheduled_date <= \(bind: "\(year)-12-31")
              UNION ALL
              SELECT f.member_id, p.full_name, p.sort_key, f.month FROM party_fees f JOIN members p ON p.id = f.member_id
              WHERE f.unit_id = \(bind: cellID) AND f.paid_on IS NULL AND f.relief <> 'exempt'
                AND f.month >= \(bind: "\(year)-01") AND f.month <= \(bind: "\(year)-12")
            ) x JOIN members mm ON mm.id = x.member_id GROUP BY x.member_id
            """
        ).all().compactMap { row -> (String, StrikeOffCase)? in
            let n = try row.decode(column: "months", as: Int.self)
            guard n >= threshold else { return nil }
            return (
                try row.decode(column: "sort_key", as: String.self),
                StrikeOffCase(
                    memberID: try row.decode(column: "member_id", as: UUID.self), name: try row.decode(column: "name", as: String.self),
                    months: n, left: try row.decode(column: "left_date", as: String?.self) != nil)
            )
        }.sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// A member at the striking-off rule: the cell proposes, the committee decides (`MemberLifeService.leave`).
    struct StrikeOffCase: Sendable {
        let memberID: UUID
        let name: String
        let months: Int
        /// Already out of the party (struck off, or otherwise).
        let left: Bool
    }

    static let headers = [
        "Đơn vị", "Mã", "Chi bộ", "Đảng viên", "Chính thức", "Dự bị", "Miễn sinh hoạt", "Chuyển đi tạm thời",
        "Tháng SH thường kỳ đã tổ chức", "Tháng đến hạn", "Tháng quá hạn", "Quý chuyên đề đạt", "Quý chuyên đề quá hạn",
        "Buổi đã họp", "Tỷ lệ dự (%)", "Vắng không lý do", "Buổi ngắn hơn quy định", "Thông báo đúng hạn", "Thông báo muộn",
        "Nhiệm vụ đang mở", "Nhiệm vụ quá hạn", "Đảng viên bỏ sinh hoạt, không đóng đảng phí từ 3 tháng",
        "Quần chúng ưu tú", "Kết nạp", "Công nhận chính thức", "Đình chỉ sinh hoạt", "Kỷ luật", "Từ trần", "Xóa tên", "Khai trừ",
        "Xin ra khỏi Đảng", "Chuyển sinh hoạt chính thức đi", "Đảng phí đã thu (đồng)", "Lượt chưa nộp đảng phí",
        "Lượt cấp trên dự sinh hoạt", "Lượt cấp trên đánh giá", "Đánh giá khác chi bộ tự đánh giá", "Kỳ đến hạn cấp trên dự",
        "Kỳ chưa có cấp trên dự", "Trực báo đúng hạn", "Trực báo muộn", "Trực báo chưa nộp (quá hạn)", "Vụ việc nổi cộm",
        "Đề xuất, kiến nghị", "Ý kiến, kiến nghị đã nêu", "Đã chuyển lên cấp trên", "Đã trả lời", "Đã thông báo lại chi bộ",
        "Đang chờ trả lời", "Quá hạn trả lời", "Cuộc kiểm tra, giám sát đã kết luận", "Yêu cầu khắc phục đã xong",
        "Yêu cầu khắc phục đang mở", "Yêu cầu khắc phục quá hạn",
        "Đảng viên HTXSNV", "Đảng viên HTTNV", "Đảng viên HTNV", "Đảng viên KHTNV",
        "Chi bộ HTXSNV", "Chi bộ HTTNV", "Chi bộ HTNV", "Chi bộ KHTNV",
        "Lượt hoàn thành bồi dưỡng, tập huấn", "Lượt dự hội thi", "Lượt đạt giải hội thi",
    ]

    /// The report as a table: a line per sub-unit, then the unit's total. Numbers stay numbers.
    static func table(_ r: Report) -> [[SpreadsheetCell]] {
        func line(_ u: OrgUnit, _ f: CellFigures) -> [SpreadsheetCell] {
            [
                .text(u.name), .text(u.code), .number(f.cells), .number(f.members.total), .number(f.members.official),
                .number(f.members.probationary), .number(f.members.exemptFull + f.members.exemptTemporary),
                .number(f.members.transferredOut),
                .number(f.regularHeld), .number(f.regularDue), .number(f.regularLate), .number(f.thematicQuartersHeld),
                .number(f.thematicQuartersLate), .number(f.meetingsHeld), f.attendancePermille.map { .decimal($0, scale: 1) } ?? .text(""),
                .number(f.attendance.unexcused), .number(f.meetingsTooShort), .number(f.noticesOnTime), .number(f.noticesLate),
                .number(f.tasksOpen), .number(f.tasksOverdue), .number(f.membersAtStrikeOffRule),
                .number(f.partyLife.sympathisers), .number(f.partyLife.admitted), .number(f.partyLife.recognised),
                .number(f.partyLife.suspensions), .number(f.partyLife.disciplined), .number(f.partyLife.leftDeath),
                .number(f.partyLife.leftStruckOff), .number(f.partyLife.leftExpelled), .number(f.partyLife.leftRequest),
                .number(f.partyLife.leftTransferredOut), .number(f.partyLife.feesCollected), .number(f.partyLife.feesUnpaid),
                .number(f.oversight.visits), .number(f.oversight.evaluated), .number(f.oversight.differing),
                .number(f.oversight.windowsDue), .number(f.oversight.windowsMissed),
                .number(f.oversight.reports.onTime), .number(f.oversight.reports.late), .number(f.oversight.reports.missing),
                .number(f.oversight.hotIssues), .number(f.oversight.proposals),
                .number(f.oversight.issuesRaised), .number(f.oversight.issuesEscalated), .number(f.oversight.issuesAnswered),
                .number(f.oversight.issuesClosed), .number(f.oversight.issuesOpen), .number(f.oversight.issuesOverdue),
                .number(f.oversight.inspectionsConcluded), .number(f.oversight.remediesDone), .number(f.oversight.remediesOpen),
                .number(f.oversight.remediesOverdue),
                .number(f.classification.membersExcellent), .number(f.classification.membersGood),
                .number(f.classification.membersCompleted), .number(f.classification.membersNotCompleted),
                .number(f.classification.cellsExcellent), .number(f.classification.cellsGood),
                .number(f.classification.cellsCompleted), .number(f.classification.cellsNotCompleted),
                .number(f.training.completed), .number(f.training.contestEntrants), .number(f.training.contestPrizes),
            ]
        }
        return [headers.map(SpreadsheetCell.text)] + r.rows.map { line($0.0, $0.1) } + [line(r.unit, r.total)]
    }

    /// The report as CSV (`CSVWriter`: a byte-order mark so spreadsheets read the diacritics, and
    /// no text cell a spreadsheet would run as a formula).
    static func csv(_ r: Report) -> String {
        CSVWriter.document(table(r))
    }

    /// The report as a workbook: the table, and a sheet saying what it covers.
    static func xlsx(_ r: Report) -> [UInt8] {
        let about: [[SpreadsheetCell]] = [
            [.text("Đơn vị"), .text(r.unit.name)], [.text("Kỳ báo cáo"), .text(r.period.label(.vi))],
            [.text("Từ ngày"), .text(r.period.firstDay.vietnamese)], [.text("Đến ngày"), .text(r.period.lastDay.vietnamese)],
            [.text("Số liệu tính đến"), .text(r.today.vietnamese)],
            [.text("Quy định áp dụng"), .text(r.rulebookVersions.joined(separator: ", "))],
        ]
        return XlsxWriter.workbook([("Thống kê", table(r)), ("Thông tin", about)])
    }
}

extension CellFigures: Content {}

extension StatisticsService {

    static func filename(_ r: Report, _ ext: String) -> String {
        let p = r.period
        let span = p.first == p.last ? p.first.key : p.kind == .year ? String(p.first.year) : "\(p.first.key)_\(p.last.key)"
        return "thong-ke-\(VietnameseText.fold(r.unit.code).replacingOccurrences(of: " ", with: "-"))-\(span).\(ext)"
    }
}
