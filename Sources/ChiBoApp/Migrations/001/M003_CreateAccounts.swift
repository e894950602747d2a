import Fluent
import SQLKit

/// Accounts, their scoped roles, API tokens, login attempts and the audit log.
struct M003_CreateAccounts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One connection for every statement: SQLite sees its own schema changes at once.
        try await database.withConnection { database in try await self.prepareSchema(on: database) }
    }

    private func prepareSchema(on database: any Database) async throws {
        try await database.schema("accounts")
            .id()
            .field("username", .string, .required)
            .field("password_hash", .string, .required)
            .field("display_name", .string, .required)
            .field("member_id", .uuid, .references("members", "id"))
            .field("active", .bool, .required)
            .field("created_at", .datetime)
            .unique(on: "username")
            .create()
        try await database.schema("account_roles")
            .id()
            .field("account_id", .uuid, .required, .references("accounts", "id", onDelete: .cascade))
            .field("role", .string, .required)
            // nil only for an administrator of the whole installation
            .field("unit_id", .uuid, .references("units", "id"))
            .create()
        try await database.schema("api_tokens")
            .id()
            .field("account_id", .uuid, .required, .references("accounts", "id", onDelete: .cascade))
            .field("token_hash", .string, .required)
            .field("expires_at", .datetime, .required)
            .field("created_at", .datetime)
            .unique(on: "token_hash")
            .create()
        try await database.schema("login_attempts")
            .id()
            .field("username", .string, .required)
            .field("ip", .string, .required)
            .field("success", .bool, .required)
            .field("at", .datetime, .required)
            .create()
        try await database.schema("audit_log")
            .id()
            .field("at", .datetime, .required)
            .field("account_id", .uuid)
            .field("username", .string, .required)
            .field("action", .string, .required)
            .field("entity", .string, .required)
            .field("entity_id", .uuid)
            // the unit the change concerns, so that a scoped reader sees only its subtree's entries
            .field("unit_id", .uuid)
            .field("before", .string)
            .field("after", .string)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "account_roles_account_idx").on("account_roles").column("account_id").run()
        try await sql.create(index: "login_attempts_user_idx").on("login_attempts").column("username").column("at").run()
        try await sql.create(index: "audit_log_entity_idx").on("audit_log").column("entity_id").column("at").run()
        try await sql.create(index: "audit_log_at_idx").on("audit_log").column("at").run()
        try await sql.create(index: "audit_log_unit_idx").on("audit_log").column("unit_id").column("at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("audit_log").delete()
        try await database.schema("login_attempts").delete()
        try await database.schema("api_tokens").delete()
        try await database.schema("account_roles").delete()
        try await database.schema("accounts").delete()
    }
}
