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
        func refused(_ error: DomainError, status: HTTPStatus) async throws -> Response {
            try await HTMLPage(
                LoginView.page(await req.pageContext(), username: form.username ?? "", next: SiteURL.safeBack(form.next), errors: [error]),
                status: status
            ).encodeResponse(for: req)
        }
        do {
            let principal = try await AccountService.login(
                req.db, hasher: req.password.async, config: req.chibo, decoy: try await req.decoyHash, username: form.username,
                password: form.password, ip: req.clientAddress, today: req.clock.today)
            try await req.startSession(for: principal)
            return req.redirect(to: SiteURL.safeBack(form.next) ?? SiteURL.home.path)
        } catch let throttled as Throttled {
            let response = try await refused(throttled.error, status: .tooManyRequests)
            response.headers.replaceOrAdd(name: .retryAfter, value: String(throttled.retryAfter))
            return response
        } catch let error as DomainError {
            return try await refused(error, status: .unauthorized)
        }
    }

    @Sendable static func logout(req: Request) async throws -> Response {
        try await req.endSession()
        return req.redirect(to: SiteURL.login().path)
    }

    @Sendable static func language(req: Request) async throws -> Response {
        let code = req.parameters.get("code") ?? "vi"
        let lang = Language(rawValue: code) ?? .vi
        let back = SiteURL.safeBack(try? req.query.get(String.self, at: "back")) ?? SiteURL.home.path
        let response = req.redirect(to: back)
        response.cookies["chibo_lang"] = HTTPCookies.Value(
            string: lang.rawValue, maxAge: 365 * 86400, path: "/", isSecure: req.chibo.secureCookies,
            isHTTPOnly: true, sameSite: .lax)
        return response
    }
}
