import Fluent
import Vapor
import ChiBoCore

/// /accounts and /account: accounts in one's scope, one's own password.
struct AccountsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("accounts", use: list)
        routes.get("accounts", "new", use: newForm)
        routes.post("accounts", use: create)
        routes.post("accounts", ":id", "password", use: password)
        routes.get("account", use: own)
    }

    @Sendable func list(req: Request) async throws -> HTMLPage {
        let principal = try req.principal()
        guard Scope.roots(principal, .manageAccounts)?.isEmpty != true else { throw DomainError.forbidden() }
        let accounts = try await AccountService.list(req.db, principal)
        let names = try await MemberService.unitNames(req.db, accounts.flatMap { $0.1.compactMap { $0.$unit.id } })
        return HTMLPage(AccountViews.list(await req.pageContext(), accounts, unitNames: names))
    }

    func formUnits(_ req: Request, _ principal: Principal) async throws -> [OrgUnit] {
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
        return units
    }

    func grantable(_ principal: Principal) -> [Role] {
        let roles = Set(principal.grants.filter { $0.role.allows(.manageAccounts) }.flatMap { $0.role.grantable })
        return Role.allCases.filter(roles.contains)
    }

    @Sendable func newForm(req: Request) async throws -> HTMLPage {
        let principal = try req.principal()
        guard Scope.roots(principal, .manageAccounts)?.isEmpty != true else { throw DomainError.forbidden() }
        let values = AccountViews.FormValues(unitId: try? req.query.get(String.self, at: "unit"),
                                             memberId: try? req.query.get(String.self, at: "member"))
        return HTMLPage(AccountViews.form(await req.pageContext(), values: values, units: try await formUnits(req, principal),
                                          roles: grantable(principal), errors: []))
    }

    @Sendable func create(req: Request) async throws -> Response {
        let principal = try req.principal()
        let form = try req.content.decode(AccountViews.FormValues.self)
        switch try await req.attempt({
            let unitID = try req.formID(form.unitId, field: "unitId")
            let memberID = form.memberId.flatMap { UUID(uuidString: $0) }
            return try await AccountService.create(req.db, principal, hasher: req.password.async, .init(
                username: form.username, password: form.password, displayName: form.displayName, memberID: memberID,
                role: form.role, unitID: unitID))
        }) {
        case .success: return req.redirect(to: Paths.accounts)
        case .failure(let f):
            return try await HTMLPage(AccountViews.form(await req.pageContext(), values: form, units: try await formUnits(req, principal),
                                                        roles: grantable(principal), errors: f.errors),
                                      status: .unprocessableEntity).encodeResponse(for: req)
        }
    }

    struct PasswordForm: Content {
        var password: String?
        var currentPassword: String?
    }

    @Sendable func password(req: Request) async throws -> Response {
        let principal = try req.principal()
        let id = try req.id()
        let form = try req.content.decode(PasswordForm.self)
        switch try await req.attempt({
            try await AccountService.setPassword(req.db, principal, hasher: req.password.async, accountID: id, password: form.password,
                                                current: form.currentPassword)
        }) {
        case .success:
            if id == principal.accountID {
                return try await HTMLPage(AccountViews.own(await req.pageContext(), errors: [],
                                                           notice: req.language == .vi ? "Đã đổi mật khẩu." : "Password changed."))
                    .encodeResponse(for: req)
            }
            return req.redirect(to: Paths.accounts)
        case .failure(let f):
            return try await HTMLPage(AccountViews.own(await req.pageContext(), errors: f.errors, notice: nil),
                                      status: .unprocessableEntity).encodeResponse(for: req)
        }
    }

    @Sendable func own(req: Request) async throws -> HTMLPage {
        _ = try req.principal()
        return HTMLPage(AccountViews.own(await req.pageContext(), errors: [], notice: nil))
    }
}
