import ChiBoCore
import Fluent
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

    /// Reports in the unit's subtree whose text contains the folded words, the latest first.
    static func search(
        _ db: any Database, unitID: UUID, text: String, limit: Int
    ) async throws -> (reports: [MonthlyReport], total: Int) {
        let folded = VietnameseText.fold(text).filter { $0 != "%" && $0 != "_" && $0 != "\\" }
        guard !folded.isEmpty else { return ([], 0) }
        let query = MonthlyReport.query(on: db)
            .filter(Scope.inSubtrees(of: [unitID], column: "unit_id", table: MonthlyReport.schema))
            .filter(\.$searchText, .custom("LIKE"), "%" + folded + "%")
        let total = try await query.count()
        let found = try await query.with(\.$unit).sort(\.$month, .descending).sort(\.$id).limit(limit).all()
        return (found, total)
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
