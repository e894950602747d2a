import ChiBoCore
import Fluent
import Vapor

/// /api/v1/accounts.
extension APIController {
    struct AccountList: Content {
        let items: [AccountDTO]
        /// The cursor of the next page (`after=`); absent on the last one.
        let next: String?
    }

    @Sendable static func accounts(req: Request) async throws -> AccountList {
        let principal = try req.principal()
        try Scope.requireAnywhere(principal, .manageAccounts)
        let page = try await AccountService.list(req.db, principal, after: try? req.query.get(String.self, at: "after"))
        return AccountList(items: page.accounts.map { AccountDTO($0.0, roles: $0.1) }, next: page.next)
    }

    @Sendable static func createAccount(req: Request) async throws -> Response {
        let principal = try req.principal()
        try AccountService.authoriseCreate(principal)
        let b = try req.content.decode(AccountInput.self)
        let account = try await AccountService.create(req.db, principal, hasher: req.password.async, try b.account())
        let roles = try await account.$roles.get(on: req.db)
        return try await AccountDTO(account, roles: roles).encodeResponse(status: .created, for: req)
    }
}

/// GET /api/v1/me/sessions, DELETE /api/v1/me/sessions/{id}: the calling account's browser sessions.
extension APIController {
    struct SessionList: Content {
        let items: [SessionsPage.Row]
    }

    @Sendable static func sessions(req: Request) async throws -> SessionList {
        let principal = try req.principal()
        return SessionList(items: try await SessionsPage.load(req.db, principal, current: nil, now: Date()).rows)
    }

    @Sendable static func endSession(req: Request) async throws -> HTTPStatus {
        let principal = try req.principal()
        try await SessionService.endOwn(req.db, principal, id: try req.id())
        return .noContent
    }
}

/// GET /api/v1/accounts/{id}; POST …/deactivate|reactivate; POST …/roles/{role}/end: the account
/// page's model (`AccountPage`) after each.
extension APIController {
    @Sendable static func account(req: Request) async throws -> AccountPage {
        try await AccountPage.load(req.db, try req.principal(), id: try req.id(), today: req.clock.today)
    }

    @Sendable static func deactivateAccount(req: Request) async throws -> AccountPage {
        let principal = try req.principal()
        let id = try req.id()
        _ = try await AccountService.deactivate(req.db, principal, id: id, today: req.clock.today)
        return try await AccountPage.load(req.db, principal, id: id, today: req.clock.today)
    }

    @Sendable static func reactivateAccount(req: Request) async throws -> AccountPage {
        let principal = try req.principal()
        let id = try req.id()
        _ = try await AccountService.reactivate(req.db, principal, id: id, today: req.clock.today)
        return try await AccountPage.load(req.db, principal, id: id, today: req.clock.today)
    }

    @Sendable static func endAccountRole(req: Request) async throws -> AccountPage {
        let principal = try req.principal()
        let id = try req.id()
        // The body is optional: without one, the role ends today, revoked.
        let input = req.body.data == nil ? RoleEndInput() : try req.content.decode(RoleEndInput.self)
        _ = try await AccountService.endRole(req.db, principal, id: id, roleID: try req.id("role"), input: input, today: req.clock.today)
        return try await AccountPage.load(req.db, principal, id: id, today: req.clock.today)
    }
}
