import ChiBoCore
import Fluent
import Vapor

/// GET /units/{id}: a unit's page.
extension UnitsController {
    static func render(_ req: Request, _ id: UUID, errors: [DomainError] = []) async throws -> HTMLPage {
        let page = try await UnitPage.load(req.db, try req.principal(), id: id, today: req.clock.today, errors: errors)
        return HTMLPage(UnitViews.page(await req.pageContext(), page), status: errors.isEmpty ? .ok : .unprocessableEntity)
    }

    @Sendable static func show(req: Request) async throws -> HTMLPage {
        try await render(req, try req.id())
    }
}
