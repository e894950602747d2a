import ChiBoCore
import Fluent
import NIOConcurrencyHelpers
import SQLKit
import Vapor

/// Browser sessions: started by a login, resumed from the cookie's token while neither the idle
/// nor the absolute limit has passed, listed and ended by their owner, ended on a password change.
enum SessionService {
    /// A resumed session's `last_seen_at` is written again only after this long, so that pages
    /// read without writing; the idle limit is kept to within this.
    static let touchSeconds: TimeInterval = 60
    /// Longer cookie values are not looked up.
    static let maxTokenLength = 100

    static func newCSRF() -> String { [UInt8].random(count: 24).base64URLEncoded }
    /// The length of `newCSRF`'s tokens: 24 random bytes in base64url.
    static let csrfLength = 32

    /// A CSRF token as `newCSRF` makes them.
    static func isCSRFShaped(_ t: String) -> Bool {
        t.utf8.count == csrfLength
            && t.unicodeScalars.allSatisfy {
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_")
            }
    }

    /// Starts a session; returns the cookie's token (only its hash is stored) and the row.
    static func start(
        _ db: any Database, accountID: UUID, config: AppConfig, now: Date, ip: String, userAgent: String
    ) async throws -> (String, WebSession) {
        let token = [UInt8].random(count: 32).base64URLEncoded
        let session = WebSession(
            tokenHash: AccountService.hash(token), accountID: accountID, csrf: newCSRF(), now: now,
            expiresAt: now.addingTimeInterval(Double(min(config.sessionIdleSeconds, config.sessionAbsoluteSeconds))),
            ip: String(ip.prefix(64)), userAgent: String(userAgent.prefix(200)))
        try await db.writeOne { try await session.create(on: $0) }
        return (token, session)
    }

    /// The session of `token` if it has not expired; an expired one is deleted. A session seen more
    /// than `touchSeconds` ago is seen again now, its expiry moved (never past the absolute limit).
    static func resume(_ db: any Database, token: String, config: AppConfig, now: Date) async throws -> WebSession? {
        guard token.utf8.count <= maxTokenLength,
            let session = try await WebSession.query(on: db).filter(\.$tokenHash == AccountService.hash(token)).first()
        else { return nil }
        let absoluteEnd = session.createdAt.addingTimeInterval(Double(config.sessionAbsoluteSeconds))
        let idleEnd = session.lastSeenAt.addingTimeInterval(Double(config.sessionIdleSeconds))
        if now >= min(absoluteEnd, idleEnd, session.expiresAt) {
            try await end(db, id: session.id!)
            return nil
        }
        if now.timeIntervalSince(session.lastSeenAt) >= touchSeconds {
            let expires = min(now.addingTimeInterval(Double(config.sessionIdleSeconds)), absoluteEnd)
            let id = session.id!
            try await db.writeOne {
                try await WebSession.query(on: $0).filter(\.$id == id).set(\.$lastSeenAt, to: now).set(\.$expiresAt, to: expires)
                    .update()
            }
            session.lastSeenAt = now
            session.expiresAt = expires
        }
        return session
    }

    static func end(_ db: any Database, id: UUID) async throws {
        try await db.writeOne { try await WebSession.query(on: $0).filter(\.$id == id).delete() }
    }

    /// One's own sessions, the newest first (`SessionsPage`).
    static func list(_ db: any Database, _ principal: Principal, now: Date) async throws -> [WebSession] {
        try await WebSession.query(on: db).filter(\.$account.$id == principal.accountID).filter(\.$expiresAt > now)
            .sort(\.$lastSeenAt, .descending).all()
    }

    /// Ends one of one's own sessions (audited). Another account's session is not found.
    static func endOwn(_ db: any Database, _ principal: Principal, id: UUID) async throws {
        try await db.write { tx in
            guard let session = try await WebSession.find(id, on: tx), session.$account.id == principal.accountID else {
                throw DomainError.notFound("session")
            }
            try await session.delete(on: tx)
            try await Audit.record(
                tx, Actor(principal), action: "session.end", entity: "session", id: id, unit: nil,
                before: ["createdAt": ISO8601DateFormatter().string(from: session.createdAt), "ip": session.ip], after: String?.none)
        }
    }

    /// Deletes what has expired: sessions, login counters whose window has passed, API tokens.
    /// Run by `serve` every `purgeIntervalSeconds` (`PurgeLoop`).
    @discardableResult
    static func purge(_ db: any Database, config: AppConfig, now: Date) async throws -> (sessions: Int, counters: Int, tokens: Int) {
        let idleCutoff = now.addingTimeInterval(-Double(config.sessionIdleSeconds))
        let absoluteCutoff = now.addingTimeInterval(-Double(config.sessionAbsoluteSeconds))
        let windowCutoff = Int64(now.timeIntervalSince1970) - Int64(config.loginWindowSeconds)
        return try await db.write { tx in
            let sql = tx as! any SQLDatabase
            let sessions = try await WebSession.query(on: tx).group(.or) {
                $0.filter(\.$expiresAt <= now).filter(\.$lastSeenAt <= idleCutoff).filter(\.$createdAt <= absoluteCutoff)
            }.count()
            try await WebSession.query(on: tx).group(.or) {
                $0.filter(\.$expiresAt <= now).filter(\.$lastSeenAt <= idleCutoff).filter(\.$createdAt <= absoluteCutoff)
            }.delete()
            let counters = try await sql.raw("SELECT COUNT(*) AS n FROM rate_counters WHERE window_start <= \(bind: windowCutoff)")
                .first()!.decode(column: "n", as: Int.self)
            try await sql.raw("DELETE FROM rate_counters WHERE window_start <= \(bind: windowCutoff)").run()
            let tokens = try await APIToken.query(on: tx).filter(\.$expiresAt <= now).count()
            try await APIToken.query(on: tx).filter(\.$expiresAt <= now).delete()
            return (sessions, counters, tokens)
        }
    }
}

/// Counters in a fixed window per bucket (`rate_counters`): one statement takes the next count,
/// atomic on both databases, so concurrent tries are each counted once.
enum RateCounters {
    /// Counts one more try in `bucket` (a new window if the last one has ended); returns the count
    /// so far in the window and the seconds until it ends.
    static func hit(_ db: any Database, _ bucket: String, window: Int, now: Date) async throws -> (count: Int, retryAfter: Int) {
        let t = Int64(now.timeIntervalSince1970)
        let cutoff = t - Int64(window)
        let row = try await db.writeOne { db in
            try await (db as! any SQLDatabase).raw(
                """
                INSERT INTO rate_counters (bucket, window_start, hits) VALUES (\(bind: bucket), \(bind: t), 1)
                ON CONFLICT (bucket) DO UPDATE SET
                hits = CASE WHEN rate_counters.window_start <= \(bind: cutoff) THEN 1 ELSE rate_counters.hits + 1 END,
                window_start = CASE WHEN rate_counters.window_start <= \(bind: cutoff) THEN \(bind: t) ELSE rate_counters.window_start END
                RETURNING hits, window_start
                """
            ).first()
        }
        guard let row else { throw Abort(.internalServerError) }
        let count = try row.decode(column: "hits", as: Int64.self)
        let start = try row.decode(column: "window_start", as: Int64.self)
        return (Int(count), max(1, Int(start + Int64(window) - t)))
    }

    /// Takes one try back (a login that succeeded does not count against its address).
    static func refund(_ db: any Database, _ bucket: String) async throws {
        try await db.writeOne { db in
            try await (db as! any SQLDatabase).raw("UPDATE rate_counters SET hits = hits - 1 WHERE bucket = \(bind: bucket) AND hits > 0")
                .run()
        }
    }

    static func clear(_ db: any Database, _ bucket: String) async throws {
        try await db.writeOne { db in
            try await (db as! any SQLDatabase).raw("DELETE FROM rate_counters WHERE bucket = \(bind: bucket)").run()
        }
    }
}

/// `serve`'s purge of what has expired (`SessionService.purge`), every `purgeIntervalSeconds`.
struct PurgeLoop: LifecycleHandler {
    final class Running: Sendable {
        let task = NIOLockedValueBox<Task<Void, Never>?>(nil)
    }
    let running = Running()

    func didBootAsync(_ app: Application) async throws {
        let interval = UInt64(app.chibo.purgeIntervalSeconds)
        let db = app.db
        let config = app.chibo
        let logger = app.logger
        running.task.withLockedValue {
            $0 = Task {
                while !Task.isCancelled {
                    try? await Task.sleep(nanoseconds: interval * 1_000_000_000)
                    if Task.isCancelled { return }
                    do {
                        let n = try await SessionService.purge(db, config: config, now: Date())
                        logger.debug("purged \(n.sessions) sessions, \(n.counters) login counters, \(n.tokens) tokens")
                    } catch {
                        logger.warning("purge failed: \(error)")
                    }
                }
            }
        }
    }

    func shutdownAsync(_ application: Application) async {
        running.task.withLockedValue { $0?.cancel() }
    }
}
