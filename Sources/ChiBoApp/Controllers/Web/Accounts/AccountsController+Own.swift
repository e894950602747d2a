import ChiBoCore
import Fluent
import Vapor

/// GET /account: one's own account.
extension AccountsController {
    @Sendable static func own(req: Request) async throws -> HTMLPage {
        _ = try req.principal()
        return HTMLPage(AccountViews.own(await req.pageContext(), errors: [], notice: nil))
    }
}
