import Fluent
import SQLKit

/// Sessions and abuse (issue 19). Browser sessions become rows of `sessions`, keyed by the SHA-256
/// of the cookie's random token, with their account, CSRF token and limits; Fluent's
/// `_fluent_sessions` (the token itself as key, the account inside a JSON blob) is dropped, which
/// ends every session open before the upgrade. Login throttling moves from a row per attempt
/// (`login_attempts`, dropped) to one counter per user name and per client address in
/// `rate_counters`, taken with one `INSERT … ON CONFLICT DO UPDATE … RETURNING`.
struct M023_SessionSecurity: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.withConnection { database in try await self.prepareSchema(on: database) }
    }

    private func prepareSchema(on database: any Database) async throws {
        try await database.schema("sessions")
            .id()
            .field("token_hash", .string, .required)
            .field("account_id", .uuid, .required, .references("accounts", "id", onDelete: .cascade))
            .field("csrf", .string, .required)
            .field("created_at", .datetime, .required)
            .field("last_seen_at", .datetime, .required)
            .field("expires_at", .datetime, .required)
            .field("ip", .string, .required)
            .field("user_agent", .string, .required)
            .unique(on: "token_hash")
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "sessions_account_idx").on("sessions").column("account_id").run()
        try await sql.create(index: "sessions_expires_idx").on("sessions").column("expires_at").run()
        // bucket: "login.user:<name>" or "login.address:<address>"; window_start: Unix seconds.
        try await sql.create(table: "rate_counters")
            .column("bucket", type: .text, .primaryKey(autoIncrement: false))
            .column("window_start", type: .bigint, .notNull)
            .column("hits", type: .bigint, .notNull)
            .run()
        try await sql.create(index: "rate_counters_window_idx").on("rate_counters").column("window_start").run()
        try await database.schema("_fluent_sessions").delete()
        try await database.schema("login_attempts").delete()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("login_attempts")
            .id()
            .field("username", .string, .required)
            .field("ip", .string, .required)
            .field("success", .bool, .required)
            .field("at", .datetime, .required)
            .create()
        try await (database as! any SQLDatabase).create(index: "login_attempts_user_idx").on("login_attempts")
            .column("username").column("at").run()
        try await database.schema("_fluent_sessions")
            .id()
            .field("key", .string, .required)
            .field("data", .json, .required)
            .unique(on: "key")
            .create()
        try await (database as! any SQLDatabase).drop(table: "rate_counters").run()
        try await database.schema("sessions").delete()
    }
}
