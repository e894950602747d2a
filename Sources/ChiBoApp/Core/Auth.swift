import ChiBoCore
import Fluent
import Vapor

extension Request {
    /// The interface language: the `lang` cookie, else Vietnamese. The API also reads Accept-Language.
    var language: Language {
        if let c = cookies["chibo_lang"]?.string, let l = Language(rawValue: c) { return l }
        if url.path.hasPrefix("/api/"), let accept = headers.first(name: .acceptLanguage), accept.lowercased().hasPrefix("en") {
            return .en
        }
        return .vi
    }

    /// The logged-in principal or 401.
    func principal() throws -> Principal {
        guard let p = auth.get(Principal.self) else { throw Abort(.unauthorized) }
        return p
    }
}

/// Marks a request that went through the sessions middleware: only those may touch `req.session`.
struct HasSessionsKey: StorageKey {
    typealias Value = Bool
}

/// Logs in from the server-side session (browser).
struct SessionAuthenticator: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        request.storage[HasSessionsKey.self] = true
        if request.hasSession, let raw = request.session.data["account"], let id = UUID(uuidString: raw),
            let principal = try await Principal.load(accountID: id, on: request.db)
        {
            request.auth.login(principal)
        }
        return try await next.respond(to: request)
    }
}

/// Logs in from `Authorization: Bearer <token>` (API).
struct TokenAuthenticator: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let bearer = request.headers.bearerAuthorization,
            let principal = try await AccountService.principal(forToken: bearer.token, on: request.db)
        {
            request.auth.login(principal)
        }
        return try await next.respond(to: request)
    }
}

/// Sends a browser that is not logged in to the login page.
struct RequireLogin: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.auth.has(Principal.self) else {
            let back = request.url.path + (request.url.query.map { "?" + $0 } ?? "")
            return request.redirect(to: SiteURL.login(next: back).path)
        }
        return try await next.respond(to: request)
    }
}

/// Requires a valid token on the API.
struct RequireToken: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.auth.has(Principal.self) else { throw Abort(.unauthorized) }
        return try await next.respond(to: request)
    }
}

/// Every state-changing browser request must carry the session's CSRF token.
struct CSRFProtection: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if request.method == .POST {
            // Middleware runs before the route collects a streamed body: collect it here, within
            // the route's own limit (uploads), so the token can be read.
            if request.body.data == nil {
                let limit = Uploads.accepts(request.url.path) ? Uploads.maxRequestBytes : request.application.chibo.maxBodyBytes
                _ = try await request.body.collect(max: limit).get()
            }
            let sent = try? request.content.get(String.self, at: "_csrf")
            guard let expected = request.session.data["csrf"], let sent, !expected.isEmpty,
                sent.utf8.count == expected.utf8.count,
                zip(sent.utf8, expected.utf8).reduce(0, { $0 | ($1.0 ^ $1.1) }) == 0
            else {
                throw DomainError(
                    .forbidden, code: "csrf",
                    vi: "Phiên làm việc đã hết hạn hoặc biểu mẫu không hợp lệ. Vui lòng tải lại trang và thử lại.",
                    en: "Your session expired or the form is invalid. Reload the page and try again.")
            }
        }
        return try await next.respond(to: request)
    }
}

extension Request {
    /// The session's CSRF token, created on first use.
    var csrfToken: String {
        if let t = session.data["csrf"] { return t }
        let t = [UInt8].random(count: 24).base64URLEncoded
        session.data["csrf"] = t
        return t
    }
}

extension Array where Element == UInt8 {
    package var base64URLEncoded: String {
        Data(self).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }
}
