import Fluent
import SQLKit
import Vapor

/// Who did a change: an account, or a command run on the server.
struct Actor: Sendable {
    let accountID: UUID?
    let username: String

    init(_ principal: Principal) {
        accountID = principal.accountID
        username = principal.username
    }

    init(accountID: UUID, username: String) {
        self.accountID = accountID
        self.username = username
    }

    init(system name: String) {
        accountID = nil
        username = name
    }
}

/// The audit log: every change, with its before and after, written in the change's transaction.
enum Audit {
    static func record<B: Encodable, A: Encodable>(
        _ db: any Database, _ actor: Actor, action: String, entity: String, id: UUID?, unit: UUID?,
        before: B?, after: A?
    ) async throws {
        try await insert(
            db,
            [
                Line(
                    actor: actor, action: action, entity: entity, id: id, unit: unit,
                    before: try encode(before), after: try encode(after))
            ])
        // Every change to a cell's data goes through here: its statistics counters follow in the same transaction.
        if let unit, Self.rolledUp.contains(entity), !Self.figureNeutral.contains(action) {
            try await RollupService.refresh(db, unit: unit)
        }
    }

    /// One entry, its before and after already encoded.
    struct Line: Sendable {
        let actor: Actor
        let action: String
        let entity: String
        let id: UUID?
        let unit: UUID?
        var before: String? = nil
        let after: String?
    }

    /// Writes entries as one plain statement, and nothing else: for changes that move no figure,
    /// such as a batch of check-ins (`CheckInWriter`). Every change in the application passes here,
    /// but for the check-in writer's batches on PostgreSQL, which write the same columns from arrays
    /// in a prepared statement (`CheckInWriter`'s `auditSQL`).
    static func insert(_ db: any Database, _ lines: [Line]) async throws {
        guard let query = insertQuery(lines) else { return }
        try await (db as! any SQLDatabase).raw(query).run()
    }

    /// The statement `insert` runs (nil for no lines).
    static func insertQuery(_ lines: [Line]) -> SQLQueryString? {
        guard !lines.isEmpty else { return nil }
        let now = Date()
        let rows = SQLList(
            lines.map { l in
                SQLQueryString(
                    """
                    (\(bind: UUID()), \(bind: now), \(bind: l.actor.accountID), \(bind: l.actor.username), \(bind: l.action), \
                    \(bind: l.entity), \(bind: l.id), \(bind: l.unit), \(bind: l.before), \(bind: l.after))
                    """)
            })
        return """
            INSERT INTO audit_log (id, at, account_id, username, action, entity, entity_id, unit_id, "before", "after") VALUES \(rows)
            """
    }

    /// Entities whose changes can move a cell's statistics.
    private static let rolledUp: Set<String> = [
        "member", "meeting", "task", "unit", "sympathiser", "fee", "report", "issue", "inspection", "course", "contest",
    ]
    /// Changes that cannot: a self check-in happens only while the meeting is open, and open
    /// meetings count once they end; agenda, speeches, votes, guests and documents are not counted.
    private static let figureNeutral: Set<String> = [
        "meeting.checkin", "meeting.agenda.add", "meeting.agenda.remove", "meeting.agenda.conclusion", "meeting.speech",
        "meeting.guest", "meeting.attachment", "vote.open", "vote.decide", "vote.ballot",
    ]

    static func record<A: Encodable>(
        _ db: any Database, _ actor: Actor, action: String, entity: String, id: UUID?, unit: UUID?, after: A?
    ) async throws {
        try await record(db, actor, action: action, entity: entity, id: id, unit: unit, before: Optional<A>.none, after: after)
    }

    /// JSON with sorted keys, as every entry stores its before and after.
    static func encode<T: Encodable>(_ value: T?) throws -> String? {
        guard let value else { return nil }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
