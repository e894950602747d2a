import ChiBoCore
import Fluent
import FluentSQL
import SQLKit
import Vapor

/// The cell secretaries' monthly reports to the commune committee (trực báo): a cell submits one
/// report a month (corrected until the committee answers it), the committee above answers it.
enum ReportService {
    /// Submits (or corrects) the cell's report for the draft's month. Lateness is measured from
    /// the first submission; a report the committee has answered no longer changes.
    static func submit(
        _ db: any Database, _ principal: Principal, cellID: UUID, draft: MonthlyReportDraft, today: CivilDate
    ) async throws -> MonthlyReport {
        let unit = try await UnitService.find(db, principal, cellID, for: .runMeetings)
        guard unit.kind.isCell else {
            throw DomainError(
                .invalid, code: "report.notCell", vi: "Chỉ chi bộ gửi trực báo.", en: "Only a cell sends monthly reports.")
        }
        try draft.check(today: today)
        return try await db.write { tx in
            // Held: two submissions of one month at once write one report.
            try await tx.holdRow("units", cellID)
            let existing = try await MonthlyReport.query(on: tx).filter(\.$unit.$id == cellID).filter(\.$month == draft.month.key).first()
            if existing?.answer != nil {
                throw DomainError(
                    .conflict, code: "report.answered", vi: "Đảng ủy đã trả lời báo cáo này; không sửa được nữa.",
                    en: "The committee has answered this report; it can no longer change.")
            }
            let r = existing ?? MonthlyReport()
            r.$unit.id = cellID
            r.apply(draft)
            if existing == nil { r.submittedOn = today }
            r.$account.id = principal.accountID
            try await r.save(on: tx)
            try await Audit.record(
                tx, Actor(principal), action: existing == nil ? "report.submit" : "report.update", entity: "report", id: r.id,
                unit: cellID, after: ["month": draft.month.key, "sections": draft.written.map(\.rawValue).joined(separator: ",")])
            return r
        }
    }

    /// A report its reader may see: the cell's secretary, or a committee above the cell.
    static func find(_ db: any Database, _ principal: Principal, _ id: UUID) async throws -> MonthlyReport {
        guard let r = try await MonthlyReport.query(on: db).filter(\.$id == id).with(\.$unit).first() else {
            throw DomainError.notFound("report")
        }
        _ = try await UnitService.find(db, principal, r.$unit.id, for: .runMeetings)
        return r
    }

    /// The committee's answer, by someone who oversees the cell from above.
    static func answer(_ db: any Database, _ principal: Principal, id: UUID, text: String?, today: CivilDate) async throws -> MonthlyReport
    {
        let r = try await find(db, principal, id)
        guard !(try await VisitService.levels(db, principal, cellID: r.$unit.id)).isEmpty else { throw DomainError.forbidden() }
        let answer = try VietnameseText.requiredText(
            text, field: "answer", max: MonthlyReportDraft.maxSectionLength, vi: "nội dung trả lời", en: "The answer")
        return try await db.write { tx in
            // The same lock as a submission: a correction sent meanwhile lands before the answer or not at all.
            try await tx.holdRow("units", r.$unit.id)
            guard let r = try await MonthlyReport.find(id, on: tx) else { throw DomainError.notFound("report") }
            if r.answer != nil {
                throw DomainError(.conflict, code: "report.answered", vi: "Đảng ủy đã trả lời báo cáo này.", en: "Already answered.")
            }
            r.answer = answer
            r.answeredOn = today
            r.answeredBy = principal.displayName
            try await r.save(on: tx)
            try await Audit.record(
                tx, Actor(principal), action: "report.answer", entity: "report", id: r.id, unit: r.$unit.id,
                after: ["month": r.month])
            return r
        }
    }

    /// Whether the principal answers the cell's reports: they oversee it from above.
    static func mayAnswer(_ db: any Database, _ principal: Principal, cellID: UUID) async throws -> Bool {
        !(try await VisitService.levels(db, principal, cellID: cellID)).isEmpty
    }

    /// The due day in force for a month, by the rulebook (no unit's setting).
    static func dueDay(_ month: ReportPeriod.YearMonth) -> Int { Rulebook.inForce(on: month.lastDay).local.monthlyReportDueDay }

    /// The due day in force for a unit's reports of a month: its committees' setting of that month.
    static func dueDays(_ db: any Database, unitID: UUID) async throws -> @Sendable (ReportPeriod.YearMonth) -> Int {
        dueDay(try await SettingsService.versions(db, unitID: unitID, keys: [.monthlyReportDueDay]))
    }

    /// A cell's due day of each month from its versions of the local settings.
    static func dueDay(_ versions: [LocalSettingVersion]) -> @Sendable (ReportPeriod.YearMonth) -> Int {
        { month in
            LocalSettings.resolve(versions, on: month.lastDay, base: Rulebook.inForce(on: month.lastDay).local).settings.monthlyReportDueDay
        }
    }

    /// One page of a report search.
    struct SearchPage: Sendable {
        var reports: [MonthlyReport]
        /// The names of the reports' cells.
        var unitNames: [UUID: String] = [:]
        /// The matches below the unit (a small scope: all of them, counted); on a large scope the
        /// ones shown, a lower bound when `moreThanTotal`.
        var total: Int
        /// More matches follow those shown (a large scope's are not counted).
        var moreThanTotal: Bool
        /// The cursor of the next page: after the last report shown, or after the last one searched.
        var next: String?
        /// A large scope's search stopped at its bound (`searchWindow` reports, or `searchMonths`
        /// months) without filling the page: the month of the last report searched (`next` searches
        /// older ones), and how many reports it read.
        var searchedThrough: String?
        var searched: Int?
    }

    /// On a large scope, the most reports one page of a search reads (the latest first): a rare
    /// word reads this many, never the whole country, and the page says how far it looked.
    static let searchWindow = 1_000 // not a rule: a query's bound
    /// On a large scope below the top, the most months one page of a search reads.
    static let searchMonths = 12 // not a rule: a query's bound
    /// The longest text searched for.
    static let searchMaxLength = 100 // not a rule: the search field's size

    /// Reports in the unit's subtree whose folded text contains the folded words, the latest month
    /// first (then by id, descending), one page after `after` (an opaque cursor; unreadable, the
    /// search starts over). A small subtree (`Scope.SubtreePlan`) gathers its reports and counts
    /// the matches; a large one below the top reads its own month by month (`searchByMonth`); the
    /// top of the tree walks `(month, id)` backwards (M040) once, at most `searchWindow` reports a
    /// page. A large scope's total is a bound.
    static func search(
        _ db: any Database, unitID: UUID, text: String, after: String?, limit: Int, byMonth: Bool? = nil
    ) async throws -> SearchPage {
        let folded = VietnameseText.fold(text).filter { $0 != "%" && $0 != "_" && $0 != "\\" }
        guard !folded.isEmpty else { return SearchPage(reports: [], total: 0, moreThanTotal: false) }
        let sql = db as! any SQLDatabase
        let scope = try await Scope.SubtreePlan(db, of: [unitID])
        let pattern = "%" + folded + "%"
        // An unreadable or edited cursor starts the search over.
        var from: (month: String, id: UUID)?
        if let c = KeyCursor(after), c.t == 0, let m = ReportPeriod.YearMonth(parsing: c.s), m.key == c.s, let id = UUID(uuidString: c.k) {
            from = (c.s, id)
        }
        if scope.small {
            // A small scope gathers its reports by unit and compares the month as an expression no
            // index serves, then sorts them.
            let inScope: SQLQueryString = "r.unit_id IN (SELECT descendant_id FROM unit_closure WHERE ancestor_id IN (\(bind: unitID)))"
            var q: SQLQueryString = "SELECT r.* FROM monthly_reports r WHERE " + inScope + " AND r.search_text LIKE \(bind: pattern)"
            if let from {
                q =
                    q
                    + " AND ((r.month || '') < \(bind: from.month) OR ((r.month || '') = \(bind: from.month) AND r.id < \(bind: from.id)))"
            }
            q = q + " ORDER BY (r.month || '') DESC, r.id DESC LIMIT \(unsafeRaw: String(limit + 1))"
            var found = try await sql.raw(q).all().map { try $0.decode(fluentModel: MonthlyReport.self) }
            let more = found.count > limit
            if more { found.removeLast() }
            let count: SQLQueryString =
                "SELECT COUNT(*) AS n FROM monthly_reports r WHERE " + inScope + " AND r.search_text LIKE \(bind: pattern)"
            let total = try await sql.raw(count).first()?.decode(column: "n", as: Int.self) ?? 0
            return SearchPage(
                reports: found, unitNames: try await unitNames(db, found), total: total, moreThanTotal: false,
                next: more ? found.last.map { searchCursor($0.month, $0.id!) } : nil)
        }

        // A large scope below the top: month by month (a walk down (month, id) would pass the rest
        // of the country's reports of each month before its own).
        let monthly: Bool
        if let byMonth { monthly = byMonth } else { monthly = try await OrgUnit.find(unitID, on: db)?.$parent.id != nil }
        if monthly {
            return try await searchByMonth(db, unitID: unitID, pattern: pattern, from: from, limit: limit)
        }

        // The top of the tree walks (month, id) backwards once: the window's keys, each checked
        // against the closure, with whether it matches; then the page's reports by id.
        var walk: SQLQueryString =
            "SELECT r.month AS month, r.id AS id, CASE WHEN r.search_text LIKE \(bind: pattern) THEN 1 ELSE 0 END AS hit"
            + " FROM monthly_reports r WHERE EXISTS (SELECT 1 FROM unit_closure c WHERE c.descendant_id = r.unit_id"
            + " AND c.ancestor_id IN (\(bind: unitID)))"
        if let from { walk = walk + " AND (r.month, r.id) < (\(bind: from.month), \(bind: from.id))" }
        walk = walk + " ORDER BY r.month DESC, r.id DESC LIMIT \(unsafeRaw: String(searchWindow))"
        let window = try await sql.raw(walk).all()
        var hits: [(month: String, id: UUID)] = []
        var floor: (month: String, id: UUID)?
        for row in window {
            floor = (try row.decode(column: "month", as: String.self), try row.decode(column: "id", as: UUID.self))
            if try row.decode(column: "hit", as: Int.self) != 0 { hits.append(floor!) }
        }
        // The window held fewer reports than its bound: the scope's reports end here.
        let next = window.count < searchWindow ? nil : floor.map { searchCursor($0.month, $0.id) }
        return try await searchPage(db, hits: hits, limit: limit, next: next, through: floor?.month, read: window.count)
    }

    /// Past every id: a cursor at the start of a month (`id < greatestID` keeps the whole month).
    static let greatestID = UUID(uuidString: "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF")!

    /// The cursor of a search's next page: after this report, in the search's order.
    static func searchCursor(_ month: String, _ id: UUID) -> String { KeyCursor(t: 0, s: month, k: id.uuidString).encoded }

    /// The names of the reports' cells, read at once.
    static func unitNames(_ db: any Database, _ reports: [MonthlyReport]) async throws -> [UUID: String] {
        let units = Set(reports.map { $0.$unit.id })
        guard !units.isEmpty else { return [:] }
        return Dictionary(
            try await OrgUnit.query(on: db).filter(\.$id ~~ units).all().map { ($0.id!, $0.name) }, uniquingKeysWith: { a, _ in a })
    }

    /// A large scope's page from the matches it read, the latest first: the first `limit` read by
    /// id; past them, `moreThanTotal` and the cursor after the last shown; else `next` (the cursor
    /// after the last report read, nil when the scope's reports ended) with how far it read.
    static func searchPage(
        _ db: any Database, hits: [(month: String, id: UUID)], limit: Int, next: String?, through: String?, read: Int
    ) async throws -> SearchPage {
        let shown = Array(hits.prefix(limit))
        var found = shown.isEmpty ? [] : try await MonthlyReport.query(on: db).filter(\.$id ~~ shown.map(\.id)).all()
        found.sort { ($0.month, $0.id!.uuidString) > ($1.month, $1.id!.uuidString) }
        let names = try await unitNames(db, found)
        if hits.count > limit, let end = shown.last {
            return SearchPage(
                reports: found, unitNames: names, total: found.count, moreThanTotal: true, next: searchCursor(end.month, end.id))
        }
        return SearchPage(
            reports: found, unitNames: names, total: found.count, moreThanTotal: false, next: next,
            searchedThrough: next == nil ? nil : through, searched: next == nil ? nil : read)
    }

    /// One month of a subtree's reports, found by the `(unit_id, month)` index: the `limit` greatest
    /// ids of those that match (`hit` 1), the greatest first, or the month's first report when none
    /// does, each row with the number of the month's reports read (`n`). The others are counted in
    /// the database, not sent: a province's month is 7,400 reports, and a common word matches most
    /// of them where a page shows a hundred (issue 20). On SQLite the month is compared as an
    /// expression no index serves: an index led by the month, without statistics, would be taken for
    /// selective and walked over the country's month.
    static func monthStatement(
        unitID: UUID, pattern: String, month: String, before: UUID?, limit: Int, sqlite: Bool
    ) -> SQLQueryString {
        var q: SQLQueryString =
            "SELECT r.id AS id, CASE WHEN r.search_text LIKE \(bind: pattern) THEN 1 ELSE 0 END AS hit,"
            + " COUNT(*) OVER () AS n, ROW_NUMBER() OVER () AS k FROM monthly_reports r"
            + " WHERE r.unit_id IN (SELECT descendant_id FROM unit_closure WHERE ancestor_id IN (\(bind: unitID)))"
            + " AND " + Scope.equal("month", table: "r", month, indexed: !sqlite)
        if let before { q = q + " AND r.id < \(bind: before)" }
        return "SELECT t.id AS id, t.hit AS hit, t.n AS n FROM (" + q + ") t WHERE t.hit = 1 OR t.k = 1"
            + " ORDER BY t.hit DESC, t.id DESC LIMIT \(unsafeRaw: String(max(limit, 1)))"
    }

    /// A large scope below the top of the tree (a province in the country) reads its reports month
    /// by month, the latest first: each month's reports of the subtree through the `(unit_id, month)`
    /// index, with whether each matches, until the page is full, `searchWindow` reports were read or
    /// `searchMonths` months; then the page's reports by id. What it reads is the scope's own reports,
    /// whatever the size of the country.
    static func searchByMonth(
        _ db: any Database, unitID: UUID, pattern: String, from: (month: String, id: UUID)?, limit: Int
    ) async throws -> SearchPage {
        let sql = db as! any SQLDatabase
        let bounds = try await sql.raw(
            "SELECT (SELECT MIN(month) FROM monthly_reports) AS lo, (SELECT MAX(month) FROM monthly_reports) AS hi"
        ).first()
        guard let lo = try bounds?.decode(column: "lo", as: String?.self).flatMap(ReportPeriod.YearMonth.init(parsing:)),
            let hi = try bounds?.decode(column: "hi", as: String?.self).flatMap(ReportPeriod.YearMonth.init(parsing:))
        else { return SearchPage(reports: [], total: 0, moreThanTotal: false) }
        var month = min(from.flatMap { ReportPeriod.YearMonth(parsing: $0.month) } ?? hi, hi)
        var hits: [(month: String, id: UUID)] = []
        var read = 0
        var months = 0
        var last: ReportPeriod.YearMonth?
        while month >= lo, hits.count <= limit, read < searchWindow, months < searchMonths {
            let before = from.flatMap { $0.month == month.key ? $0.id : nil }
            let rows = try await sql.raw(
                monthStatement(
                    unitID: unitID, pattern: pattern, month: month.key, before: before, limit: limit + 1 - hits.count,
                    sqlite: sql.dialect.name == "sqlite")
            ).all()
            read += try rows.first?.decode(column: "n", as: Int.self) ?? 0
            var here: [UUID] = []
            for row in rows where try row.decode(column: "hit", as: Int.self) != 0 {
                here.append(try row.decode(column: "id", as: UUID.self))
            }
            hits += here.sorted { $0.uuidString > $1.uuidString }.map { (month.key, $0) }
            last = month
            months += 1
            month = month.adding(months: -1)
        }
        // Stopped before the oldest month: the next page starts with the month before the last read
        // (after the greatest id, so with all of it).
        let next = last != nil && month >= lo ? searchCursor(month.key, greatestID) : nil
        return try await searchPage(db, hits: hits, limit: limit, next: next, through: last?.key, read: read)
    }
}

/// A monthly report as the pages and the API show it.
struct ReportDTO: Content, Equatable {
    let id: UUID
    let unitId: UUID
    let unitName: String
    let month: String
    let membersThinking: String?
    let publicOpinion: String?
    let hotIssues: String?
    let results: String?
    let proposals: String?
    let hotIssueCount: Int
    let proposalCount: Int
    let submittedOn: CivilDate
    let due: CivilDate
    /// `on_time` or `late`.
    let state: String
    let daysLate: Int?
    let answer: String?
    let answeredOn: CivilDate?
    let answeredBy: String?

    init(_ r: MonthlyReport, unitName: String, dueDay: (ReportPeriod.YearMonth) -> Int) {
        id = r.id!
        unitId = r.$unit.id
        self.unitName = unitName
        month = r.month
        membersThinking = r.membersThinking
        publicOpinion = r.publicOpinion
        hotIssues = r.hotIssues
        results = r.results
        proposals = r.proposals
        hotIssueCount = r.hotIssueCount
        proposalCount = r.proposalCount
        submittedOn = r.submittedOn
        let ym = ReportPeriod.YearMonth(parsing: r.month) ?? ReportPeriod.YearMonth(r.submittedOn.year, r.submittedOn.month)
        due = MonthlyReportRules.due(month: ym, dueDay: dueDay(ym))
        let s = MonthlyReportRules.state(month: ym, submittedOn: r.submittedOn, today: r.submittedOn, dueDay: dueDay(ym))
        state = s.code
        if case .late(let n) = s { daysLate = n } else { daysLate = nil }
        answer = r.answer
        answeredOn = r.answeredOn
        answeredBy = r.answeredBy
    }

    func text(_ section: MonthlyReportSection) -> String? {
        switch section {
        case .membersThinking: membersThinking
        case .publicOpinion: publicOpinion
        case .hotIssues: hotIssues
        case .results: results
        case .proposals: proposals
        }
    }
}
