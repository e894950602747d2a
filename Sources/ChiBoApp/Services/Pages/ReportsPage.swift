import ChiBoCore
import Fluent
import SQLKit
import Vapor

/// The monthly reports (trực báo) of a unit (`GET /units/{id}/reports` and its API). For a cell:
/// the year's months, each with its due day and where its report stands, and the report to write
/// or correct. For a committee: for a month, each direct sub-unit's reports (a cell's own, a
/// committee's tally from the statistics counters), and one page of the reports below it that
/// mention the words searched for (`ReportService.search`: on a large subtree read down the month
/// index a bounded window at a time, never gathered). It reads the sub-units and one page of reports.
struct ReportsPage: Content {
    struct MonthLine: Content {
        let month: String
        let due: CivilDate
        /// `not_yet_due`, `due`, `on_time`, `late`, `missing`.
        let state: String
        let daysLate: Int?
        let report: ReportDTO?
    }

    struct Row: Content {
        let unit: UnitDTO
        let tally: MonthlyReportTally
        /// For a cell: its report for the month.
        let report: ReportDTO?
    }

    let unit: UnitDTO
    let isCell: Bool
    let year: Int
    /// The month shown (a committee) or written (a cell), `2026-11`.
    let month: String
    let dueDay: Int
    let months: [MonthLine]
    let rows: [Row]
    /// The unit's reports over the year (a cell) or the month (a committee).
    let total: MonthlyReportTally
    let canSubmit: Bool
    let canAnswer: Bool
    let q: String?
    let found: [ReportDTO]
    /// The matches below the unit; with `foundMoreThanTotal`, a lower bound (a large subtree's are
    /// not counted).
    let foundTotal: Int
    /// More matches follow the page (a large subtree's search is not counted).
    var foundMoreThanTotal = false
    /// The next page of the search (`?after=`): after the last report shown, or, with
    /// `searchedThrough`, after the last report searched.
    var next: String?
    /// A large subtree's search stopped at its bound (`ReportService.searchWindow` reports, or
    /// `searchMonths` months below the top) without filling a page: it looked back to this month's
    /// reports; `next` searches older ones.
    var searchedThrough: String?
    /// How many reports that search read.
    var searchedReports: Int?
    static let searchLimit = 50

    static func load(
        _ db: any Database, _ principal: Principal, unitID: UUID, month: ReportPeriod.YearMonth?, q: String?,
        after: String? = nil, today: CivilDate
    ) async throws -> ReportsPage {
        if let q, q.count > ReportService.searchMaxLength { throw DomainError.searchTooLong(ReportService.searchMaxLength) }
        let unit = try await UnitService.find(db, principal, unitID, for: .runMeetings)
        let dueDay = try await ReportService.dueDays(db, unitID: unitID)
        let current = ReportPeriod.YearMonth(today.year, today.month)
        if unit.kind.isCell {
            let year = month?.year ?? today.year
            let reports = try await MonthlyReport.query(on: db).filter(\.$unit.$id == unitID)
                .filter(\.$month >= ReportPeriod.YearMonth(year, 1).key).filter(\.$month <= ReportPeriod.YearMonth(year, 12).key).all()
            let byMonth = Dictionary(reports.map { ($0.month, $0) }, uniquingKeysWith: { a, _ in a })
            var tally = MonthlyReportTally()
            let lines = (1...12).map { m -> MonthLine in
                let ym = ReportPeriod.YearMonth(year, m)
                let r = byMonth[ym.key]
                let state = MonthlyReportRules.state(
                    month: ym, submittedOn: r?.submittedOn, today: today, dueDay: dueDay(ym))
                tally.add(state)
                var late: Int?
                if case .late(let n) = state { late = n }
                return MonthLine(
                    month: ym.key, due: MonthlyReportRules.due(month: ym, dueDay: dueDay(ym)), state: state.code,
                    daysLate: late, report: r.map { ReportDTO($0, unitName: unit.name, dueDay: dueDay) })
            }
            // The month to write: the one asked for, else the latest begun without an answered report.
            let writing = month ?? current
            return ReportsPage(
                unit: UnitDTO(unit), isCell: true, year: year, month: writing.key, dueDay: dueDay(writing), months: lines,
                rows: [], total: tally, canSubmit: true,
                canAnswer: try await ReportService.mayAnswer(db, principal, cellID: unitID), q: nil, found: [], foundTotal: 0)
        }

        let shown = month ?? current
        let report = try await StatisticsService.report(
            db, principal, unitID: unitID, period: .month(shown.year, shown.month), today: today)
        let cells = report.rows.map(\.0).filter(\.kind.isCell).compactMap(\.id)
        var byCell: [UUID: MonthlyReport] = [:]
        if !cells.isEmpty {
            for r in try await MonthlyReport.query(on: db).filter(\.$unit.$id ~~ cells).filter(\.$month == shown.key).all() {
                byCell[r.$unit.id] = r
            }
        }
        let rows = report.rows.map { u, f in
            Row(unit: UnitDTO(u), tally: f.oversight.reports, report: byCell[u.id!].map { ReportDTO($0, unitName: u.name, dueDay: dueDay) })
        }
        let query = q.flatMap { VietnameseText.normalizeText($0) }
        var found: [ReportDTO] = []
        let search =
            try await query.asyncMap {
                try await ReportService.search(db, unitID: unitID, text: $0, after: after, limit: searchLimit)
            } ?? ReportService.SearchPage(reports: [], total: 0, moreThanTotal: false)
        // The due days of the cells found, read at once.
        let versions = try await SettingsService.versions(
            db, unitIDs: Array(Set(search.reports.map { $0.$unit.id })), keys: [.monthlyReportDueDay])
        for r in search.reports {
            let cell = r.$unit.id
            found.append(ReportDTO(r, unitName: search.unitNames[cell] ?? "", dueDay: ReportService.dueDay(versions[cell] ?? [])))
        }
        return ReportsPage(
            unit: UnitDTO(unit), isCell: false, year: shown.year, month: shown.key, dueDay: dueDay(shown), months: [],
            rows: rows, total: report.total.oversight.reports, canSubmit: false, canAnswer: false, q: query,
            found: found, foundTotal: search.total, foundMoreThanTotal: search.moreThanTotal, next: search.next,
            searchedThrough: search.searchedThrough, searchedReports: search.searched)
    }
}
