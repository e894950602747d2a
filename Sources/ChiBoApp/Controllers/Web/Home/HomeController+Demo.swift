import ChiBoCore
import Fluent
import Vapor

/// POST /admin/demo: loads the demo commune.
extension HomeController {
    struct DemoForm: Content { var password: String? }

    @Sendable static func loadDemo(req: Request) async throws -> Response {
        let principal = try req.principal()
        guard principal.isGlobalAdmin else { throw DomainError.forbidden() }
        let form = try req.content.decode(DemoForm.self)
        let password = try AccountRules.password(form.password)
        let hash = try await req.password.async.hash(password)
        _ = try await DemoLoader.load(on: req.db, passwordHash: hash, actor: Actor(principal), today: req.clock.today, force: false)
        return req.redirect(to: SiteURL.home.path + "?notice=demo")
    }
}
