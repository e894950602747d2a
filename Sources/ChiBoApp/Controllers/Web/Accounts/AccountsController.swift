import ChiBoCore
import Fluent
import Vapor

/// /accounts and /account: accounts in one's scope, one's own password.
enum AccountsController {
    @Sendable static func list(req: Request) async throws -> HTMLPage {
        let principal = try req.principal()
        try Scope.requireAnywhere(principal, .manageAccounts)
        let after = try? req.query.get(String.self, at: "after")
        let page = try await AccountService.list(req.db, principal, after: after)
        let names = try await MemberService.unitNames(req.db, page.accounts.flatMap { $0.1.compactMap { $0.$unit.id } })
        return HTMLPage(
            AccountViews.list(
                await req.pageContext(), page.accounts.map { AccountDTO($0.0, roles: $0.1) }, unitNames: names,
                first: after?.isEmpty == false, next: page.next))
    }
}
