import ChiBoCore
import Crypto
import Fluent
import Foundation
import NIOConcurrencyHelpers
import NIOCore
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import ChiBoApp

/// Issue 19, "Sessions and abuse": sessions that expire and are stored hashed, cookies and
/// headers, login throttling, the unknown user's decoy, no work stored for anonymous requests,
/// the API's rate limit, inert CSV.
@Suite struct SessionSecurityTests {
    static func sessionRows(_ app: Application) async throws -> [WebSession] {
        try await WebSession.query(on: app.db).all()
    }

    static func counters(_ app: Application) async throws -> [(String, Int)] {
        try await (app.db as! any SQLDatabase).raw("SELECT bucket, hits FROM rate_counters ORDER BY bucket").all().map {
            (try $0.decode(column: "bucket", as: String.self), try $0.decode(column: "hits", as: Int.self))
        }
    }

    /// A browser logged in as `name`, holding its session's CSRF token.
    static func loggedIn(_ app: Application, _ name: String) async throws -> Browser {
        let b = Browser(app)
        #expect(try await b.login(name).status == .seeOther)
        #expect(try await b.get("/account").status == .ok)
        return b
    }

    static func hasher(_ app: Application) -> AsyncPasswordHasher {
        app.password.async(on: app.threadPool, hopTo: app.eventLoopGroup.any())
    }

    // MARK: Sessions

    @Test func anonymousPagesStoreNothing() async throws {
        try await withApp { app in
            _ = try await Fixture.make(app)
            let b = Browser(app)
            for _ in 0..<200 {
                let res = try await b.get("/login")
                #expect(res.status == .ok)
            }
            #expect(try await Self.sessionRows(app).isEmpty)
            #expect(try await Self.counters(app).isEmpty)
            // The login form's CSRF token is a cookie of its own, repeated by the form.
            #expect(b.cookies["chibo_csrf"]?.string == b.csrf && !b.csrf.isEmpty)
            #expect(b.cookies["chibo_session"] == nil)
        }
    }

    @Test func aSessionIsStoredAsTheHashOfItsCookiesToken() async throws {
        try await withApp { app in
            _ = try await Fixture.make(app)
            let b = Browser(app)
            let res = try await b.login("seca")
            #expect(res.status == .seeOther)
            let token = try #require(b.cookies["chibo_session"]?.string)
            let rows = try await Self.sessionRows(app)
            #expect(rows.count == 1)
            #expect(rows[0].tokenHash == SHA256.hash(data: Data(token.utf8)).hex)
            #expect(rows[0].tokenHash != token)
            #expect(try await b.get("/").status == .ok)
            // Logging out deletes the row and clears the cookie.
            _ = try await b.post("/logout", [:])
            #expect(try await Self.sessionRows(app).isEmpty)
            #expect(try await b.get("/").status == .seeOther)
        }
    }

    @Test func aSessionEndsAfterItsIdleAndItsAbsoluteLimits() async throws {
        try await withApp { app in
            _ = try await Fixture.make(app)
            let idle = Double(app.chibo.sessionIdleSeconds)
            let b = Browser(app)
            _ = try await b.login("seca")
            // Unused for longer than the idle limit: the next page asks for a login, the row is gone.
            var row = try #require(try await Self.sessionRows(app).first)
            row.lastSeenAt = Date().addingTimeInterval(-idle - 5)
            try await row.save(on: app.db)
            var res = try await b.get("/")
            #expect(res.status == .seeOther && res.headers.first(name: .location)?.hasPrefix("/login") == true)
            #expect(try await Self.sessionRows(app).isEmpty)
            #expect(res.headers.setCookie?["chibo_session"]?.string == "")

            // Used a minute ago, but logged in longer ago than the absolute limit.
            _ = try await b.login("seca")
            row = try #require(try await Self.sessionRows(app).first)
            row.createdAt = Date().addingTimeInterval(-Double(app.chibo.sessionAbsoluteSeconds) - 5)
            row.lastSeenAt = Date().addingTimeInterval(-60)
            try await row.save(on: app.db)
            res = try await b.get("/")
            #expect(res.status == .seeOther)
            #expect(try await Self.sessionRows(app).isEmpty)

            // Within both, a page moves the idle limit, never past the absolute one.
            _ = try await b.login("seca")
            row = try #require(try await Self.sessionRows(app).first)
            row.lastSeenAt = Date().addingTimeInterval(-idle / 2)
            try await row.save(on: app.db)
            #expect(try await b.get("/").status == .ok)
            row = try #require(try await Self.sessionRows(app).first)
            #expect(abs(row.lastSeenAt.timeIntervalSinceNow) < 30)
            #expect(row.expiresAt <= row.createdAt.addingTimeInterval(Double(app.chibo.sessionAbsoluteSeconds)))
            #expect(row.expiresAt > Date().addingTimeInterval(idle - 60))
        }
    }

    @Test func aPasswordChangeEndsEveryOtherSession() async throws {
        try await withApp { app in
            _ = try await Fixture.make(app)
            let here = try await Self.loggedIn(app, "seca")
            let there = try await Self.loggedIn(app, "seca")
            _ = try await Self.loggedIn(app, "secb")
            #expect(try await Self.sessionRows(app).count == 3)
            let account = try #require(try await Account.query(on: app.db).filter(\.$username == "seca").first())
            let changed = try await here.post(
                "/accounts/\(account.id!)/password", ["currentPassword": Fixture.password, "password": "matkhau-moi-456"])
            #expect(changed.status == .ok && changed.body.string.contains("Đã đổi mật khẩu."))
            #expect(try await here.get("/").status == .ok)
            #expect(try await there.get("/").status == .seeOther)
            // secb's session is untouched; seca keeps the one the change was made in.
            #expect(try await Self.sessionRows(app).count == 2)

            // Changed by an administrator: every session of the account ends.
            let admin = try await Self.loggedIn(app, "admin")
            #expect(try await admin.post("/accounts/\(account.id!)/password", ["password": "matkhau-khac-789"]).status == .seeOther)
            #expect(try await here.get("/").status == .seeOther)
        }
    }

    @Test func theOwnerListsAndEndsTheirSessionsOthersCannot() async throws {
        try await withApp { app in
            _ = try await Fixture.make(app)
            let here = try await Self.loggedIn(app, "seca")
            let there = try await Self.loggedIn(app, "seca")
            let staff = try await Self.loggedIn(app, "staff")
            let mine = try await WebSession.query(on: app.db).join(Account.self, on: \WebSession.$account.$id == \Account.$id)
                .filter(Account.self, \.$username == "seca").all()
            #expect(mine.count == 2)
            let page = try await here.get("/account/sessions")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("phiên này"))
            for s in mine { #expect(page.body.string.contains("/account/sessions/\(s.id!.uuidString.lowercased())/end")) }
            let thereToken = try #require(there.cookies["chibo_session"]?.string)
            let thereRow = try #require(mine.first { $0.tokenHash == AccountService.hash(thereToken) })

            // Someone else's session is not found, and stays.
            let refused = try await staff.post("/account/sessions/\(thereRow.id!)/end", [:])
            #expect(refused.status == .notFound)
            #expect(try await there.get("/").status == .ok)

            // The owner ends it: audited, and that browser is logged out.
            #expect(try await here.post("/account/sessions/\(thereRow.id!)/end", [:]).status == .seeOther)
            #expect(try await there.get("/").status == .seeOther)
            #expect(try await here.get("/").status == .ok)
            let audit = try await AuditEntry.query(on: app.db).filter(\.$action == "session.end").all()
            #expect(audit.count == 1 && audit.first?.entityID == thereRow.id && audit.first?.username == "seca")

            // The API twin: the list, someone else's → 404, one's own → 204.
            let api = try await APIClient.login(app, "seca")
            let list = try await api.send(.GET, "/api/v1/me/sessions")
            #expect(list.status == .ok)
            let items = try #require(try list.json()["items"] as? [[String: Any]])
            #expect(items.count == 1 && items.first?["current"] as? Bool == false && items.first?["lastSeenAt"] is String)
            let staffRow = try #require(
                try await WebSession.query(on: app.db).join(Account.self, on: \WebSession.$account.$id == \Account.$id)
                    .filter(Account.self, \.$username == "staff").first())
            #expect(try await api.send(.DELETE, "/api/v1/me/sessions/\(staffRow.id!)").status == .notFound)
            #expect(try await staff.get("/").status == .ok)
            let hereRow = try #require(items.first?["id"] as? String)
            #expect(try await api.send(.DELETE, "/api/v1/me/sessions/\(hereRow)").status == .noContent)
            #expect(try await here.get("/").status == .seeOther)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "session.end").count() == 2)
        }
    }

    @Test func cookiesAreSecureWithTheHostPrefixBehindHTTPS() async throws {
        try await withApp { app in
            _ = try await Fixture.make(app)
            // Plain http (local use): the plain names, not Secure, no HSTS.
            var b = Browser(app)
            var res = try await b.login("seca")
            var cookie = try #require(res.headers[.setCookie].first { $0.hasPrefix("chibo_session=") })
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && !cookie.contains("Secure"))
            #expect(res.headers.first(name: "Strict-Transport-Security") == nil)

            app.chibo.secureCookies = true
            b = Browser(app)
            let login = try await b.get("/login")
            #expect(login.headers[.setCookie].contains { $0.hasPrefix("__Host-chibo_csrf=") && $0.contains("Secure") })
            res = try await b.post("/login", ["username": "seca", "password": Fixture.password])
            #expect(res.status == .seeOther)
            cookie = try #require(res.headers[.setCookie].first { $0.hasPrefix("__Host-chibo_session=") })
            #expect(cookie.contains("Secure") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"))
            #expect(cookie.contains("Path=/") && !cookie.contains("Domain"))
            #expect(res.headers.first(name: "Strict-Transport-Security")?.hasPrefix("max-age=") == true)
            #expect(try await b.get("/").status == .ok)
            #expect(try AppConfig.fromEnvironment(["CHIBO_PUBLIC_URL": "https://chibo.example.vn"]).secureCookies)
            #expect(try !AppConfig.fromEnvironment(["CHIBO_PUBLIC_URL": "http://127.0.0.1:8080"]).secureCookies)
        }
    }

    @Test func csrfStillGuardsEveryFormBeforeTheBodyIsRead() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            // A login without the form's cookie is refused, whatever the body says.
            let stranger = Browser(app)
            let res = try await stranger.post("/login", ["username": "seca", "password": Fixture.password, "_csrf": "x"], withCSRF: false)
            #expect(res.status == .forbidden)
            #expect(try await Self.sessionRows(app).isEmpty)
            // Before a login a form's body is read within 16 kB; a form that needs a login is
            // refused, as a session that expired, before anything is read.
            let b = Browser(app)
            _ = try await b.get("/login")
            let csrf = b.csrf
            for (size, status) in [(1_000, HTTPStatus.unauthorized), (40_000, .payloadTooLarge)] {
                try await app.testing(method: .running(hostname: "127.0.0.1", port: 0)).test(
                    .POST, "/login",
                    beforeRequest: { req in
                        req.headers.cookie = HTTPCookies(dictionaryLiteral: ("chibo_csrf", .init(string: csrf)))
                        req.headers.contentType = .urlEncodedForm
                        req.body = ByteBuffer(string: "_csrf=\(csrf)&password=x&username=" + String(repeating: "a", count: size))
                    },
                    afterResponse: { res in #expect(res.status == status) })
            }
            let upload = try await b.post("/meetings/\(UUID())/minutes", ["content": String(repeating: "a", count: 500_000)])
            #expect(upload.status == .forbidden && upload.body.string.contains("Phiên làm việc đã hết hạn"))
            // A logged-in form without its session's token is refused (the token before the login is no good).
            let before = b.csrf
            _ = try await b.login("staff")
            _ = try await b.get("/account")
            #expect(b.csrf != before)
            b.csrf = before
            let move = try await b.post("/members/\(f.an!)/move", ["unitId": f.cellB!.uuidString, "effectiveDate": "2026-11-01"])
            #expect(move.status == .forbidden)
        }
    }

    // MARK: Headers

    @Test func everyResponseCarriesTheSecurityHeaders() async throws {
        try await withApp { app in
            _ = try await Fixture.make(app)
            let b = Browser(app)
            _ = try await b.login("seca")
            for path in ["/login", "/", "/healthz", "/app.css", "/app.js", "/print.css", "/api/v1/openapi.json", "/nowhere"] {
                let res = try await b.get(path)
                let csp = res.headers.first(name: "Content-Security-Policy") ?? ""
                #expect(csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'"), "\(path)")
                #expect(csp.contains("object-src 'none'") && csp.contains("base-uri 'self'") && csp.contains("form-action 'self'"))
                #expect(!csp.contains("unsafe-inline"))
                #expect(res.headers.first(name: "X-Content-Type-Options") == "nosniff")
                #expect(res.headers.first(name: "Referrer-Policy") == "same-origin")
            }
            #expect(try await b.get("/app.js").body.string.contains("window.print()"))
        }
    }

    /// The CSP allows no inline script or style: no view may carry any.
    @Test func noViewCarriesInlineScriptOrStyle() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let views = root.appendingPathComponent("Sources/ChiBoApp/Views")
        let files = FileManager.default.enumerator(at: views, includingPropertiesForKeys: nil)!.compactMap { $0 as? URL }
            .filter { $0.pathExtension == "swift" }
        #expect(files.count > 10)
        let inline = try Regex(#"<script(?![^>]*\bsrc=)|<style|\sstyle=|\son[a-z]+=|javascript:"#)
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            #expect(text.firstMatch(of: inline) == nil, "\(file.lastPathComponent)")
        }
    }

    // MARK: Login throttling

    @Test func loginsAreThrottledPerClientAddressAcrossUserNames() async throws {
        try await withApp { app in
            _ = try await Fixture.make(app)
            let b = Browser(app)
            for i in 0..<app.chibo.loginMaxFailuresPerAddress {
                #expect(try await b.login("nobody\(i)", password: "wrong-password").status == .unauthorized)
            }
            let refused = try await b.login("seca")
            #expect(refused.status == .tooManyRequests)
            #expect(refused.body.string.contains("Đăng nhập sai quá nhiều lần từ địa chỉ này"))
            #expect(refused.body.string.contains("id=\"login\""))
            #expect(Int(refused.headers.first(name: .retryAfter) ?? "") ?? 0 > 0)
            // Another address is not held back.
            let elsewhere = try await AccountService.login(
                app.db, hasher: Self.hasher(app), config: app.chibo, decoy: app.decoyHash.task.value, username: "seca",
                password: Fixture.password, ip: "203.0.113.9", today: CivilDate(year: 2026, month: 11, day: 22)!)
            #expect(elsewhere.username == "seca")
            // The API's token answers 429 with Retry-After too.
            try await app.testing().test(
                .POST, "/api/v1/auth/token", beforeRequest: { try $0.content.encode(["username": "seca", "password": "x"]) },
                afterResponse: { res in
                    #expect(res.status == .tooManyRequests)
                    #expect(res.headers.first(name: .retryAfter) != nil)
                })
        }
    }

    @Test func aSuccessfulLoginDoesNotCountAgainstItsAddress() async throws {
        try await withApp { app in
            _ = try await Fixture.make(app)
            for _ in 0..<(app.chibo.loginMaxFailuresPerAddress + 5) {
                #expect(try await Browser(app).login("seca").status == .seeOther)
            }
            #expect(try await Self.counters(app).allSatisfy { $0.1 == 0 })
        }
    }

    @Test func concurrentAttemptsAreEachCountedOnce() async throws {
        try await withApp { app in
            _ = try await Fixture.make(app)
            let hasher = Self.hasher(app)
            let config = app.chibo
            let decoy = try await app.decoyHash.task.value
            let tries = 30
            let outcomes = try await withThrowingTaskGroup(of: String.self) { group in
                for i in 0..<tries {
                    group.addTask {
                        do {
                            _ = try await AccountService.login(
                                app.db, hasher: hasher, config: config, decoy: decoy, username: "seca", password: "wrong-\(i)",
                                ip: "198.51.100.\(i)", today: CivilDate(year: 2026, month: 11, day: 22)!)
                            return "ok"
                        } catch is Throttled {
                            return "throttled"
                        } catch let e as DomainError {
                            return e.code
                        }
                    }
                }
                return try await group.reduce(into: [String]()) { $0.append($1) }
            }
            #expect(outcomes.filter { $0 == "login.invalid" }.count == config.loginMaxFailures)
            #expect(outcomes.filter { $0 == "throttled" }.count == tries - config.loginMaxFailures)
            let counters = try await Self.counters(app)
            #expect(counters.first { $0.0 == "login.user:seca" }?.1 == tries)
            #expect(counters.filter { $0.0.hasPrefix("login.address:") }.count == tries)
        }
    }

    @Test func behindATrustedProxyTheClientIsTheForwardedAddress() async throws {
        try await withApp { app in
            func address(peer: String, forwarded: String?) throws -> String {
                var headers = HTTPHeaders()
                if let forwarded { headers.add(name: .xForwardedFor, value: forwarded) }
                let req = Request(
                    application: app, method: .GET, url: "/", headers: headers,
                    remoteAddress: try SocketAddress(ipAddress: peer, port: 40000), on: app.eventLoopGroup.any())
                return req.clientAddress
            }
            // No trusted proxy: the header is anyone's to write, and ignored.
            let untrusted = try address(peer: "192.0.2.7", forwarded: "203.0.113.1")
            #expect(untrusted == "192.0.2.7")
            app.chibo.trustedProxies = ["10.0.0.2"]
            let proxied = try address(peer: "10.0.0.2", forwarded: "203.0.113.1")
            #expect(proxied == "203.0.113.1")
            // What the client wrote itself stands left of what the proxy appended.
            let spoofed = try address(peer: "10.0.0.2", forwarded: "6.6.6.6, 203.0.113.1")
            #expect(spoofed == "203.0.113.1")
            let direct = try address(peer: "192.0.2.7", forwarded: "203.0.113.1")
            #expect(direct == "192.0.2.7")
            #expect(
                try AppConfig.fromEnvironment(["CHIBO_TRUSTED_PROXIES": "10.0.0.2, 10.0.0.3"]).trustedProxies == ["10.0.0.2", "10.0.0.3"])
        }
    }

    // MARK: The unknown user's decoy

    /// Records the hashes a login verifies.
    final class RecordingHasher: PasswordHasher, @unchecked Sendable {
        let verified = NIOLockedValueBox<[String]>([])

        func hash<Password: DataProtocol>(_ password: Password) throws -> [UInt8] { Array(password) }

        func verify<Password: DataProtocol, Digest: DataProtocol>(_ password: Password, created digest: Digest) throws -> Bool {
            verified.withLockedValue { $0.append(String(decoding: Array(digest), as: UTF8.self)) }
            return Array(password) == Array(digest)
        }
    }

    @Test func theUnknownUserVerifiesADecoyOfTheConfiguredCost() async throws {
        try await withApp { app in
            _ = try await Fixture.make(app)
            let decoy = try await app.decoyHash.task.value
            // "$2b$10$…": the algorithm and the cost of the hashes `configure` makes.
            let parts = decoy.split(separator: "$")
            #expect(parts.count == 3 && parts[0] == "2b" && Int(parts[1]) == app.chibo.bcryptCost)
            let real = try Bcrypt.hash("matkhau123", cost: app.chibo.bcryptCost)
            #expect(real.split(separator: "$").prefix(2) == parts.prefix(2))
            #expect(try AppConfig.fromEnvironment(["CHIBO_BCRYPT_COST": "12"]).bcryptCost == 12)
            #expect(throws: ConfigError.self) { try AppConfig.fromEnvironment(["CHIBO_BCRYPT_COST": "40"]) }

            let recorder = RecordingHasher()
            let hasher = AsyncPasswordHasher(hasher: recorder, threadPool: app.threadPool, eventLoop: app.eventLoopGroup.any())
            func attempt(_ name: String) async throws -> DomainError? {
                do {
                    _ = try await AccountService.login(
                        app.db, hasher: hasher, config: app.chibo, decoy: decoy, username: name, password: "wrong-password",
                        ip: "192.0.2.1", today: CivilDate(year: 2026, month: 11, day: 22)!)
                    return nil
                } catch let e as DomainError { return e }
            }
            let unknown = try await attempt("khong-co-ai")
            let known = try await attempt("seca")
            let stored = try #require(try await Account.query(on: app.db).filter(\.$username == "seca").first()).passwordHash
            #expect(recorder.verified.withLockedValue { $0 } == [decoy, stored])
            #expect(unknown?.code == known?.code && unknown?.message(.vi) == known?.message(.vi))
            #expect(unknown?.message(.vi) == "Tên đăng nhập hoặc mật khẩu không đúng.")
        }
    }

    @Test func aUserNameLongerThanAnyStoredIsRefusedUncounted() async throws {
        try await withApp { app in
            _ = try await Fixture.make(app)
            let b = Browser(app)
            // One character on screen, 2 001 bytes.
            let res = try await b.login("a" + String(repeating: "\u{0301}", count: 1_000))
            #expect(res.status == .unauthorized)
            #expect(try await Self.counters(app).map(\.0) == ["login.address:?"])
            #expect(throws: DomainError.self) { try AccountRules.username(String(repeating: "a", count: 41)) }
        }
    }

    // MARK: Purging

    @Test func expiredSessionsCountersAndTokensArePurged() async throws {
        try await withApp { app in
            _ = try await Fixture.make(app)
            let config = app.chibo
            let seca = try #require(try await Account.query(on: app.db).filter(\.$username == "seca").first())
            let now = Date()
            // Idle too long, logged in too long ago, and live.
            _ = try await SessionService.start(
                app.db, accountID: seca.id!, config: config, now: now.addingTimeInterval(-Double(config.sessionIdleSeconds) - 10),
                ip: "?", userAgent: "")
            let (_, old) = try await SessionService.start(app.db, accountID: seca.id!, config: config, now: now, ip: "?", userAgent: "")
            old.createdAt = now.addingTimeInterval(-Double(config.sessionAbsoluteSeconds) - 10)
            try await old.save(on: app.db)
            let (_, live) = try await SessionService.start(app.db, accountID: seca.id!, config: config, now: now, ip: "?", userAgent: "")
            _ = try await RateCounters.hit(
                app.db, "login.user:old", window: config.loginWindowSeconds,
                now: now.addingTimeInterval(-Double(config.loginWindowSeconds) - 1))
            _ = try await RateCounters.hit(app.db, "login.user:new", window: config.loginWindowSeconds, now: now)
            try await APIToken(accountID: seca.id!, tokenHash: "expired", expiresAt: now.addingTimeInterval(-1)).create(on: app.db)
            try await APIToken(accountID: seca.id!, tokenHash: "valid", expiresAt: now.addingTimeInterval(60)).create(on: app.db)

            let purged = try await SessionService.purge(app.db, config: config, now: now)
            #expect(purged.sessions == 2 && purged.counters == 1 && purged.tokens == 1)
            #expect(try await Self.sessionRows(app).map(\.id) == [live.id])
            #expect(try await Self.counters(app).map(\.0) == ["login.user:new"])
            #expect(try await APIToken.query(on: app.db).all().map(\.tokenHash) == ["valid"])
        }
    }

    // MARK: The API's rate limit

    @Test func theAPIIsRateLimitedPerToken() async throws {
        try await withApp { app in
            _ = try await Fixture.make(app)
            let first = try await APIClient.login(app, "seca")
            let second = try await APIClient.login(app, "staff")
            app.chibo.apiRateLimit = 3
            for _ in 0..<3 { #expect(try await first.send(.GET, "/api/v1/me").status == .ok) }
            let refused = try await first.send(.GET, "/api/v1/me")
            #expect(refused.status == .tooManyRequests)
            #expect(Int(refused.headers.first(name: .retryAfter) ?? "") ?? 0 > 0)
            let error = try #require(try refused.json()["error"] as? [String: Any])
            #expect(error["code"] as? String == "api.rateLimited")
            #expect((error["message"] as? String)?.contains("Quá nhiều yêu cầu") == true)
            #expect(try await second.send(.GET, "/api/v1/me").status == .ok)
            #expect(AppConfig(database: .sqlite(path: "x")).apiRateLimit >= 600)
        }
    }

    // MARK: CSV

    @Test func aFormulaInAUnitsNameComesOutOfTheCSVInert() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let admin = try await Fixture.admin(app)
            let name = "=HYPERLINK(\"http://evil.example\",\"Bấm\")"
            _ = try await UnitService.create(
                app.db, admin, parentID: f.commune,
                draft: UnitDraft(
                    name: name, code: "-CB09", kind: UnitKind.cell.rawValue, cellType: CellType.ruralVillage.rawValue,
                    termLabel: "2025–2030", termStart: "2025-05-10"), today: app.clock.today)
            let b = Browser(app)
            _ = try await b.login("staff")
            let csv = try await b.get("/units/\(f.commune!)/statistics.csv").body.string
            let line = try #require(csv.components(separatedBy: "\r\n").first { $0.contains("HYPERLINK") })
            #expect(line.hasPrefix("\"'=HYPERLINK(") || line.contains(",\"'=HYPERLINK("))
            #expect(!csv.contains(",=") && !csv.contains("\r\n=") && !csv.contains(",-CB09"))
            #expect(csv.contains("'-CB09"))
        }
    }
}
