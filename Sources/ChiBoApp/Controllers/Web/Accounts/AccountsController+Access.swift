import ChiBoCore
import Fluent
import Vapor

/// GET /accounts/{id}; POST /accounts/{id}/deactivate|reactivate; POST /accounts/{id}/roles/{role}/end.
extension AccountsController {
    @Sendable static func show(req: Request) async throws -> HTMLPage {
        try await render(req, try req.id(), errors: [])
    }

    @Sendable static func deactivate(req: Request) async throws -> Response {
        let id = try req.id()
        return try await act(req, id) { try await AccountService.deactivate(req.db, try req.principal(), id: id, today: req.clock.today) }
    }

    @Sendable static func reactivate(req: Request) async throws -> Response {
        let id = try req.id()
        return try await act(req, id) { try await AccountService.reactivate(req.db, try req.principal(), id: id, today: req.clock.today) }
    }

    @Sendable static func endRole(req: Request) async throws -> Response {
        let id = try req.id()
        let role = try req.id("role")
        let input = try req.content.decode(RoleEndInput.self)
        return try await act(req, id) {
            try await AccountService.endRole(req.db, try req.principal(), id: id, roleID: role, input: input, today: req.clock.today)
        }
    }

    private static func act(_ req: Request, _ id: UUID, _ body: () async throws -> Account) async throws -> Response {
        switch try await req.attempt(body) {
        case .success: return req.redirect(to: SiteURL.account(id).path)
        case .failure(let f): return try await render(req, id, errors: f.errors, status: .unprocessableEntity).encodeResponse(for: req)
        }
    }

    private static func render(_ req: Request, _ id: UUID, errors: [DomainError], status: HTTPStatus = .ok) async throws -> HTMLPage {
        let page = try await AccountPage.load(req.db, try req.principal(), id: id, today: req.clock.today)
        return HTMLPage(AccountViews.account(await req.pageContext(), page, errors: errors), status: status)
    }
}
