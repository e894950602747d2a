import ChiBoCore
import Fluent
import Vapor

/// GET /accounts/new, POST /accounts: creating an account with a scoped role.
extension AccountsController {
    @Sendable static func newForm(req: Request) async throws -> HTMLPage {
        let principal = try req.principal()
        try Scope.requireAnywhere(principal, .manageAccounts)
        let values = AccountInput(
            unitId: try? req.query.get(String.self, at: "unit"), memberId: try? req.query.get(String.self, at: "member"))
        return HTMLPage(
            AccountViews.form(
                await req.pageContext(), values: values, units: try await AccountService.scopeUnits(req.db, principal).map(UnitDTO.init),
                roles: AccountService.grantable(principal), errors: []))
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let principal = try req.principal()
        try AccountService.authoriseCreate(principal)
        let form = try req.content.decode(AccountInput.self)
        switch try await req.attempt({
            try await AccountService.create(req.db, principal, hasher: req.password.async, try form.account())
        }) {
        case .success: return req.redirect(to: SiteURL.accounts().path)
        case .failure(let f):
            return try await HTMLPage(
                AccountViews.form(
                    await req.pageContext(), values: form, units: try await AccountService.scopeUnits(req.db, principal).map(UnitDTO.init),
                    roles: AccountService.grantable(principal), errors: f.errors),
                status: .unprocessableEntity
            ).encodeResponse(for: req)
        }
    }
}
