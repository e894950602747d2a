import ChiBoCore
import Fluent
import Vapor

/// GET /units/{id}/visits[?year=2026]: superiors at the cells' meetings over a year.
extension UnitsController {
    struct YearQuery: Content {
        var year: Int?
    }

    /// The year asked for, or the current one; one out of range is a clear error.
    static func year(_ req: Request) throws -> Int {
        try Read.year(try req.query.decode(YearQuery.self).year.map(String.init), default: req.clock.today.year)
    }

    @Sendable static func visits(req: Request) async throws -> HTMLPage {
        let page = try await VisitsPage.load(req.db, try req.principal(), unitID: try req.id(), year: try year(req), today: req.clock.today)
        return HTMLPage(VisitViews.page(await req.pageContext(), page))
    }
}
