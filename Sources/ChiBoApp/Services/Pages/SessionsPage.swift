import ChiBoCore
import Fluent
import Vapor

/// One's own browser sessions (`GET /account/sessions`, `GET /api/v1/me/sessions`), read once
/// for the page and the API.
struct SessionsPage: Sendable {
    struct Row: Content {
        let id: UUID
        let createdAt: Date
        let lastSeenAt: Date
        let expiresAt: Date
        let ip: String
        let userAgent: String
        /// The session this page was asked for in (never, through the API).
        let current: Bool
    }

    let rows: [Row]

    static func load(_ db: any Database, _ principal: Principal, current: UUID?, now: Date) async throws -> SessionsPage {
        let rows = try await SessionService.list(db, principal, now: now).map {
            Row(
                id: $0.id!, createdAt: $0.createdAt, lastSeenAt: $0.lastSeenAt, expiresAt: $0.expiresAt, ip: $0.ip,
                userAgent: $0.userAgent, current: $0.id == current)
        }
        return SessionsPage(rows: rows)
    }
}
