import ChiBoCore
import Fluent
import NIOConcurrencyHelpers
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

/// Logs in from `Authorization: Bearer <token>` (API).
struct TokenAuthenticator: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let bearer = request.headers.bearerAuthorization,
            let principal = try await AccountService.principal(forToken: bearer.token, today: request.clock.today, on: request.db)
        {
            request.auth.login(principal)
        }
        return try await next.respond(to: request)
    }
}

/// Sends a browser that is not logged in to the login page. A form posted without a session (it
/// expired meanwhile) is refused as a form without its CSRF token is, before its body is read.
struct RequireLogin: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.auth.has(Principal.self) else {
            if request.method == .POST { throw CSRFProtection.refused }
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

/// Every state-changing browser request must carry the CSRF token of its session (before a login:
/// of its anonymous CSRF cookie). A request without any expected token is refused before its body
/// is read; the body is collected within the route's own limit (uploads), or a small one before a login.
struct CSRFProtection: AsyncMiddleware {
    /// The largest body read before a login (the login and set-up forms).
    static let anonymousMaxBodyBytes = 16 * 1024

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if request.method == .POST {
            let expected = request.webSession?.csrf ?? request.anonymousCSRFCookie
            guard let expected, !expected.isEmpty else { throw Self.refused }
            // Middleware runs before the route collects a streamed body: collect it here, within
            // the route's own limit, so the token can be read.
            if request.body.data == nil {
                let limit =
                    request.webSession == nil
                    ? Self.anonymousMaxBodyBytes
                    : Uploads.accepts(request.url.path) ? Uploads.maxRequestBytes : request.application.chibo.maxBodyBytes
                _ = try await request.body.collect(max: limit).get()
            }
            let sent = try? request.content.get(String.self, at: "_csrf")
            guard let sent, sent.utf8.count == expected.utf8.count,
                zip(sent.utf8, expected.utf8).reduce(0, { $0 | ($1.0 ^ $1.1) }) == 0
            else { throw Self.refused }
        }
        return try await next.respond(to: request)
    }

    static let refused = DomainError(
        .forbidden, code: "csrf",
        vi: "Phiên làm việc đã hết hạn hoặc biểu mẫu không hợp lệ. Vui lòng tải lại trang và thử lại.",
        en: "Your session expired or the form is invalid. Reload the page and try again.")
}

/// A refusal for too many tries or requests, with the seconds until the next may succeed
/// (`Retry-After`).
struct Throttled: Error {
    let error: DomainError
    let retryAfter: Int
}

/// The API's requests per token: at most `apiRateLimit` in `apiRateWindowSeconds`, counted in this
/// instance's memory (a fixed window per token), then 429 with `Retry-After`.
struct APIRateLimit: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let bearer = request.headers.bearerAuthorization, bearer.token.utf8.count <= AccountService.maxTokenLength {
            let config = request.chibo
            if let wait = request.application.apiRateLimiter.hit(
                AccountService.hash(bearer.token), limit: config.apiRateLimit, window: config.apiRateWindowSeconds, now: Date())
            {
                throw Throttled(
                    error: DomainError(
                        .rateLimited, code: "api.rateLimited",
                        vi: "Quá nhiều yêu cầu với mã truy cập này. Vui lòng thử lại sau \(wait) giây.",
                        en: "Too many requests with this token. Try again in \(wait) seconds."),
                    retryAfter: wait)
            }
        }
        return try await next.respond(to: request)
    }
}

/// The counters of `APIRateLimit`: per token hash, the window's start and its requests. Bounded:
/// past `capacity` tokens, the ended windows go, and if that is not enough, all of them.
final class APIRateLimiter: Sendable {
    static let capacity = 100_000
    private let windows = NIOLockedValueBox<[String: (start: Int64, count: Int)]>([:])

    /// Counts one request; returns nil if it may go on, else the seconds until the window ends.
    func hit(_ key: String, limit: Int, window: Int, now: Date) -> Int? {
        let t = Int64(now.timeIntervalSince1970)
        let span = Int64(window)
        return windows.withLockedValue { map in
            if map.count >= Self.capacity, map[key] == nil {
                map = map.filter { t - $0.value.start < span }
                if map.count >= Self.capacity { map.removeAll(keepingCapacity: true) }
            }
            var entry = map[key] ?? (t, 0)
            if t - entry.start >= span { entry = (t, 0) }
            entry.count += 1
            map[key] = entry
            return entry.count > limit ? max(1, Int(entry.start + span - t)) : nil
        }
    }
}

struct APIRateLimiterKey: StorageKey {
    typealias Value = APIRateLimiter
}

extension Application {
    /// Made by `configure`.
    var apiRateLimiter: APIRateLimiter {
        get { storage[APIRateLimiterKey.self]! }
        set { storage[APIRateLimiterKey.self] = newValue }
    }
}

extension Array where Element == UInt8 {
    package var base64URLEncoded: String {
        Data(self).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }
}
