import ChiBoCore
import Fluent
import Vapor

/// GET /units/{id}[?q=]: a unit's page; `q` searches the members a committee may appoint.
extension UnitsController {
    static func render(_ req: Request, _ id: UUID, errors: [DomainError] = []) async throws -> HTMLPage {
        let page = try await UnitPage.load(req.db, try req.principal(), id: id, today: req.clock.today, errors: errors)
        return HTMLPage(UnitViews.page(await req.pageContext(), page), status: errors.isEmpty ? .ok : .unprocessableEntity)
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let principal = try req.principal()
        let id = try req.id()
        return try await req.choicePage { q, errors in
            let page = try await UnitPage.load(req.db, principal, id: id, today: req.clock.today, q: q, errors: errors)
            return UnitViews.page(await req.pageContext(), page)
        }
    }
}
