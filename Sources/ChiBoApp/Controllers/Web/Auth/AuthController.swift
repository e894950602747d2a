import ChiBoCore
import Fluent
import Vapor

/// Login, logout, language switch.
enum AuthController {
    struct LoginForm: Content {
        var username: String?
        var password: String?
        var next: String?
    }

    @Sendable static func loginPage(req: Request) async throws -> Response {
        if try await SetupController.isFresh(req.db) { return req.redirect(to: SiteURL.setup.path) }
        let next = SiteURL.safeBack(try? req.query.get(String.self, at: "next"))
        return try await HTMLPage(LoginView.page(await req.pageContext(), username: "", next: next, errors: [])).encodeResponse(for: req)
    }

    @Sendable static func login(req: Request) async throws -> Response {
        let form = try req.content.decode(LoginForm.self)
        do {
            let principal = try await AccountService.login(
                req.db, hasher: req.password.async, config: req.chibo, username: form.username, password: form.password,
                ip: req.remoteAddress?.ipAddress ?? "?", today: req.clock.today)
            // A new session id on login, so that an id seen before login is worth nothing after it.
            if let old = req.session.id { try await req.application.sessions.driver.deleteSession(old, for: req).get() }
            req.session.id = nil
            req.session.data["account"] = principal.accountID.uuidString
            req.session.data["csrf"] = [UInt8].random(count: 24).base64URLEncoded
            return req.redirect(to: SiteURL.safeBack(form.next) ?? SiteURL.home.path)
        } catch let error as DomainError {
            let ctx = await req.pageContext()
            let status: HTTPStatus = error.category == .rateLimited ? .tooManyRequests : .unauthorized
            return try await HTMLPage(
                LoginView.page(
                    ctx, username: form.username ?? "", next: SiteURL.safeBack(form.next),
                    errors: [error]), status: status
            ).encodeResponse(for: req)
        }
    }

    @Sendable static func logout(req: Request) async throws -> Response {
        req.auth.logout(Principal.self)
        req.session.destroy()
        return req.redirect(to: SiteURL.login().path)
    }

    @Sendable static func language(req: Request) async throws -> Response {
        let code = req.parameters.get("code") ?? "vi"
        let lang = Language(rawValue: code) ?? .vi
        let back = SiteURL.safeBack(try? req.query.get(String.self, at: "back")) ?? SiteURL.home.path
        let response = req.redirect(to: back)
        response.cookies["chibo_lang"] = HTTPCookies.Value(
            string: lang.rawValue, maxAge: 365 * 86400, path: "/",
            isHTTPOnly: true, sameSite: .lax)
        return response
    }
}
