import ChiBoCore
import Fluent
import Vapor

/// GET /accounts/new, POST /accounts: creating an account with a scoped role.
extension AccountsController {
    /// The units the form offers as a role's scope: the principal's roots, their children and grandchildren.
    static func formUnits(_ req: Request, _ principal: Principal) async throws -> [UnitDTO] {
        var units: [OrgUnit] = []
        let roots = Scope.roots(principal, .manageAccounts)
        let rootUnits: [OrgUnit]
        if let roots {
            rootUnits = try await OrgUnit.query(on: req.db).filter(\.$id ~~ roots).all()
        } else {
            rootUnits = try await OrgUnit.query(on: req.db).filter(\.$parent.$id == nil).all()
        }
        for root in UnitService.sorted(rootUnits) {
            units.append(root)
            for child in try await UnitService.children(req.db, of: root.id!) {
                units.append(child)
                if !child.kind.isCell, child.depth <= root.depth + 1 {
                    units += try await UnitService.children(req.db, of: child.id!)
                }
            }
        }
        return units.map(UnitDTO.init)
    }

    static func grantable(_ principal: Principal) -> [Role] {
        let roles = Set(principal.grants.filter { $0.role.allows(.manageAccounts) }.flatMap { $0.role.grantable })
        return Role.allCases.filter(roles.contains)
    }

    @Sendable static func newForm(req: Request) async throws -> HTMLPage {
        let principal = try req.principal()
        guard Scope.roots(principal, .manageAccounts)?.isEmpty != true else { throw DomainError.forbidden() }
        let values = AccountInput(
            unitId: try? req.query.get(String.self, at: "unit"), memberId: try? req.query.get(String.self, at: "member"))
        return HTMLPage(
            AccountViews.form(
                await req.pageContext(), values: values, units: try await formUnits(req, principal),
                roles: grantable(principal), errors: []))
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let principal = try req.principal()
        let form = try req.content.decode(AccountInput.self)
        switch try await req.attempt({
            try await AccountService.create(req.db, principal, hasher: req.password.async, try form.account())
        }) {
        case .success: return req.redirect(to: SiteURL.accounts.path)
        case .failure(let f):
            return try await HTMLPage(
                AccountViews.form(
                    await req.pageContext(), values: form, units: try await formUnits(req, principal),
                    roles: grantable(principal), errors: f.errors),
                status: .unprocessableEntity
            ).encodeResponse(for: req)
        }
    }
}
