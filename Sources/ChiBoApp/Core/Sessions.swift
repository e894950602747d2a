import ChiBoCore
import Fluent
import Vapor

/// Browser sessions (`SessionService`, rows of `sessions`): the cookie carries a random token,
/// the row its SHA-256. Nothing is written before a login: an anonymous form's CSRF token is a
/// cookie of its own that the form repeats (double submit), with no row behind it.
enum SessionCookies {
    /// `__Host-` behind HTTPS: the browser keeps such a cookie only if it is Secure, for the whole
    /// site and for this host alone. Over plain http (local use) the plain name.
    static func session(_ config: AppConfig) -> String { config.secureCookies ? "__Host-chibo_session" : "chibo_session" }
    static func csrf(_ config: AppConfig) -> String { config.secureCookies ? "__Host-chibo_csrf" : "chibo_csrf" }

    static func value(_ string: String, maxAge: Int?, _ config: AppConfig) -> HTTPCookies.Value {
        HTTPCookies.Value(
            string: string, expires: maxAge.map { Date().addingTimeInterval(Double($0)) }, maxAge: maxAge, path: "/",
            isSecure: config.secureCookies, isHTTPOnly: true, sameSite: .lax)
    }

    static func expired(_ config: AppConfig) -> HTTPCookies.Value {
        HTTPCookies.Value(
            string: "", expires: Date(timeIntervalSince1970: 0), maxAge: 0, path: "/", isSecure: config.secureCookies,
            isHTTPOnly: true, sameSite: .lax)
    }
}

/// Marks a request that went through the sessions middleware: only those have a CSRF token.
struct HasSessionsKey: StorageKey {
    typealias Value = Bool
}

/// The session the request's cookie names, once resumed.
struct CurrentSessionKey: StorageKey {
    typealias Value = WebSession
}

/// What the response must set or clear: the session's cookie, the anonymous CSRF cookie.
struct CookieChanges {
    var session: HTTPCookies.Value?
    var csrf: HTTPCookies.Value?
    /// The anonymous CSRF token of this request, read from its cookie or made for it.
    var anonymousCSRF: String?
}

struct CookieChangesKey: StorageKey {
    typealias Value = CookieChanges
}

/// Resumes the browser session named by the cookie (expired: ended, and the cookie cleared), logs
/// its account in, and writes what the handler changed of the cookies on the response, errors too.
struct SessionMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        request.storage[HasSessionsKey.self] = true
        let config = request.chibo
        if let token = request.cookies[SessionCookies.session(config)]?.string, !token.isEmpty {
            if let session = try await SessionService.resume(request.db, token: token, config: config, now: Date()),
                let principal = try await Principal.load(accountID: session.$account.id, today: request.clock.today, on: request.db)
            {
                request.storage[CurrentSessionKey.self] = session
                request.auth.login(principal)
            } else {
                request.cookieChanges.session = SessionCookies.expired(config)
            }
        }
        let response: Response
        do {
            response = try await next.respond(to: request)
        } catch {
            response = await ErrorRenderer().render(error, for: request)
        }
        let changes = request.cookieChanges
        if let c = changes.session { response.cookies[SessionCookies.session(config)] = c }
        if let c = changes.csrf { response.cookies[SessionCookies.csrf(config)] = c }
        return response
    }
}

extension Request {
    var cookieChanges: CookieChanges {
        get { storage[CookieChangesKey.self] ?? CookieChanges() }
        set { storage[CookieChangesKey.self] = newValue }
    }

    /// The browser session of this request, if logged in through one.
    var webSession: WebSession? { storage[CurrentSessionKey.self] }

    /// The CSRF token the page's forms carry: the session's, or before a login the anonymous
    /// cookie's (made on first use; a cookie only, nothing stored).
    var csrfToken: String {
        if let session = webSession { return session.csrf }
        if let t = cookieChanges.anonymousCSRF { return t }
        if let t = anonymousCSRFCookie {
            cookieChanges.anonymousCSRF = t
            return t
        }
        let t = SessionService.newCSRF()
        var changes = cookieChanges
        changes.anonymousCSRF = t
        changes.csrf = SessionCookies.value(t, maxAge: nil, chibo)
        cookieChanges = changes
        return t
    }

    /// The anonymous CSRF cookie the request carries, if it has the shape of one.
    var anonymousCSRFCookie: String? {
        guard let t = cookies[SessionCookies.csrf(chibo)]?.string, SessionService.isCSRFShaped(t) else { return nil }
        return t
    }

    /// Starts a session for `principal` after a login: a new token (the id a browser had before the
    /// login is worth nothing after it), its cookie, and no anonymous CSRF cookie any more.
    func startSession(for principal: Principal) async throws {
        if let old = webSession { try await SessionService.end(db, id: old.id!) }
        let (token, session) = try await SessionService.start(
            db, accountID: principal.accountID, config: chibo, now: Date(), ip: clientAddress,
            userAgent: headers.first(name: .userAgent) ?? "")
        storage[CurrentSessionKey.self] = session
        auth.login(principal)
        var changes = cookieChanges
        changes.session = SessionCookies.value(token, maxAge: chibo.sessionAbsoluteSeconds, chibo)
        changes.csrf = SessionCookies.expired(chibo)
        changes.anonymousCSRF = nil
        cookieChanges = changes
    }

    /// Ends this request's session: its row and its cookie.
    func endSession() async throws {
        if let session = webSession { try await SessionService.end(db, id: session.id!) }
        storage[CurrentSessionKey.self] = nil
        auth.logout(Principal.self)
        cookieChanges.session = SessionCookies.expired(chibo)
    }

    /// The client's address: the peer's, or behind a trusted reverse proxy (`CHIBO_TRUSTED_PROXIES`)
    /// the last address of `X-Forwarded-For` that is not one of the trusted proxies.
    var clientAddress: String {
        let peer = remoteAddress?.ipAddress ?? "?"
        let trusted = chibo.trustedProxies
        guard trusted.contains(peer) else { return peer }
        let hops = headers[.xForwardedFor].flatMap { $0.split(separator: ",") }
            .map { String($0.trimmingCharacters(in: .whitespaces).prefix(64)) }.filter { !$0.isEmpty }
        return hops.last(where: { !trusted.contains($0) }) ?? hops.first ?? peer
    }
}
