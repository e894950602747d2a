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
        let versions = try await SettingsService.versions(db, unitID: unitID, keys: [.monthlyReportDueDay])
        return { month in
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
        /// A large scope's search stopped after `searchWindow` reports without filling the page:
        /// the month of the last report searched (`next` searches older ones).
        var searchedThrough: String?
    }

    /// On a large scope, the most reports one page of a search reads (the latest first): a rare
    /// word reads this many, never the whole country, and the page says how far it looked.
    static let searchWindow = 1_000 // not a rule: a query's bound
    /// The longest text searched for.
    static let searchMaxLength = 100 // not a rule: the search field's size

    /// Reports in the unit's subtree whose folded text contains the folded words, the latest month
    /// first (then by id, descending), one page after `after` (an opaque cursor; unreadable, the
    /// search starts over). A small subtree (`Scope.SubtreePlan`) gathers its reports and counts
    /// the matches; a large one walks `(month, id)` backwards (M040), each report checked against
    /// the closure, at most `searchWindow` reports a page: its total is a bound.
    static func search(
        _ db: any Database, unitID: UUID, text: String, after: String?, limit: Int
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
        let small = scope.small
        let inScope: SQLQueryString =
            small
            ? "r.unit_id IN (SELECT descendant_id FROM unit_closure WHERE ancestor_id IN (\(bind: unitID)))"
            : "EXISTS (SELECT 1 FROM unit_closure c WHERE c.descendant_id = r.unit_id AND c.ancestor_id IN (\(bind: unitID)))"
        // A small scope compares the month as an expression no index serves (its reports are
        // gathered by unit, then sorted); a large one walks the (month, id) index.
        func before(_ month: String, _ id: UUID) -> SQLQueryString {
            small
                ? " AND ((r.month || '') < \(bind: month) OR ((r.month || '') = \(bind: month) AND r.id < \(bind: id)))"
                : " AND (r.month, r.id) < (\(bind: month), \(bind: id))"
        }
        let order: SQLQueryString = small ? " ORDER BY (r.month || '') DESC, r.id DESC" : " ORDER BY r.month DESC, r.id DESC"
        var window: SQLQueryString = "r.search_text LIKE \(bind: pattern)"
        if let from { window = window + before(from.month, from.id) }

        // A large scope: the last report of the window this page searches, if the subtree holds more.
        var floor: (month: String, id: UUID)?
        if !small {
            var q: SQLQueryString = "SELECT r.month AS month, r.id AS id FROM monthly_reports r WHERE " + inScope
            if let from { q = q + before(from.month, from.id) }
            q = q + order + " LIMIT 1 OFFSET \(unsafeRaw: String(searchWindow - 1))"
            if let row = try await sql.raw(q).first() {
                floor = (try row.decode(column: "month", as: String.self), try row.decode(column: "id", as: UUID.self))
                window = window + " AND (r.month, r.id) >= (\(bind: floor!.month), \(bind: floor!.id))"
            }
        }
        let q: SQLQueryString =
            "SELECT r.* FROM monthly_reports r WHERE " + inScope + " AND " + window + order
            + " LIMIT \(unsafeRaw: String(limit + 1))"
        var found = try await sql.raw(q).all().map { try $0.decode(fluentModel: MonthlyReport.self) }
        let more = found.count > limit
        if more { found.removeLast() }
        var names: [UUID: String] = [:]
        let units = Set(found.map { $0.$unit.id })
        if !units.isEmpty {
            for u in try await OrgUnit.query(on: db).filter(\.$id ~~ units).all() { names[u.id!] = u.name }
        }
        func cursor(_ month: String, _ id: UUID) -> String { KeyCursor(t: 0, s: month, k: id.uuidString).encoded }
        let last = found.last.map { cursor($0.month, $0.id!) }
        if small {
            var count: SQLQueryString = "SELECT COUNT(*) AS n FROM monthly_reports r WHERE " + inScope
            count = count + " AND r.search_text LIKE \(bind: pattern)"
            let total = try await sql.raw(count).first()?.decode(column: "n", as: Int.self) ?? 0
            return SearchPage(reports: found, unitNames: names, total: total, moreThanTotal: false, next: more ? last : nil)
        }
        if more {
            return SearchPage(reports: found, unitNames: names, total: found.count, moreThanTotal: true, next: last)
        }
        return SearchPage(
            reports: found, unitNames: names, total: found.count, moreThanTotal: false, next: floor.map { cursor($0.month, $0.id) },
            searchedThrough: floor?.month)
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
