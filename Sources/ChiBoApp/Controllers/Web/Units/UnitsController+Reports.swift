import ChiBoCore
import Fluent
import Vapor

/// GET|POST /units/{id}/reports[?month=2026-11&q=…&after=…]: the monthly reports (trực báo) of a cell or below a committee.
extension UnitsController {
    struct ReportsQuery: Content {
        var month: String?
        var q: String?
        /// The search's next page (`ReportsPage.next`).
        var after: String?
    }

    static func reportsPage(_ req: Request, month: ReportPeriod.YearMonth? = nil) async throws -> ReportsPage {
        let q = try req.query.decode(ReportsQuery.self)
        return try await ReportsPage.load(
            req.db, try req.principal(), unitID: try req.id(), month: try month ?? Read.month(q.month), q: q.q, after: q.after,
            today: req.clock.today)
    }

    @Sendable static func reports(req: Request) async throws -> HTMLPage {
        HTMLPage(ReportViews.page(await req.pageContext(), try await reportsPage(req)))
    }

    @Sendable static func submitReport(req: Request) async throws -> Response {
        let f = try req.content.decode(ReportInput.self)
        let principal = try req.principal()
        let id = try req.id()
        let today = req.clock.today
        switch try await req.attempt({
            try await ReportService.submit(req.db, principal, cellID: id, draft: try f.draft(today: today), today: today)
        }) {
        case .success(let r): return req.redirect(to: SiteURL.report(r.id).path)
        case .failure(let failure):
            let month = try? Read.month(f.month)
            let page = try await ReportsPage.load(req.db, principal, unitID: id, month: month, q: nil, today: today)
            return try await HTMLPage(
                ReportViews.page(await req.pageContext(), page, errors: failure.errors, form: f), status: .unprocessableEntity
            ).encodeResponse(for: req)
        }
    }
}
