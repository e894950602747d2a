import ChiBoCore
import Fluent
import Vapor

/// GET /account/sessions, POST /account/sessions/{id}/end: one's own browser sessions.
extension AccountsController {
    @Sendable static func sessions(req: Request) async throws -> HTMLPage {
        let principal = try req.principal()
        let page = try await SessionsPage.load(req.db, principal, current: req.webSession?.id, now: Date())
        return HTMLPage(AccountViews.sessions(await req.pageContext(), page))
    }

    @Sendable static func endSession(req: Request) async throws -> Response {
        let principal = try req.principal()
        let id = try req.id()
        try await SessionService.endOwn(req.db, principal, id: id)
        if id == req.webSession?.id {
            // Ending the session in use is logging out.
            req.storage[CurrentSessionKey.self] = nil
            req.auth.logout(Principal.self)
            req.cookieChanges.session = SessionCookies.expired(req.chibo)
            return req.redirect(to: SiteURL.login().path)
        }
        return req.redirect(to: SiteURL.ownSessions.path)
    }
}
