import Fluent
import SQLKit

/// Members, their cells over time, and unit officers.
struct M002_CreateMembers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One connection for every statement: SQLite sees its own schema changes at once.
        try await database.withConnection { database in try await self.prepareSchema(on: database) }
    }

    private func prepareSchema(on database: any Database) async throws {
        try await database.schema("members")
            .id()
            .field("unit_id", .uuid, .required, .references("units", "id"))
            .field("full_name", .string, .required)
            .field("search_name", .string, .required)
            .field("sort_key", .string, .required)
            .field("birth_date", .string, .required)
            .field("gender", .string, .required)
            .field("card_number", .string)
            .field("admission_date", .string, .required)
            .field("official_date", .string)
            .field("status", .string, .required)
            .field("phone", .string)
            .field("exemption_kind", .string)
            .field("exemption_date", .string)
            .field("exemption_reason", .string)
            .field("transfer_direction", .string)
            .field("transfer_from", .string)
            .field("transfer_until", .string)
            .field("transfer_place", .string)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "card_number")
            .create()
        try await database.schema("member_unit_periods")
            .id()
            .field("member_id", .uuid, .required, .references("members", "id"))
            .field("unit_id", .uuid, .required, .references("units", "id"))
            .field("from_date", .string, .required)
            .field("until_date", .string)
            .field("note", .string)
            .create()
        try await database.schema("unit_officers")
            .id()
            .field("unit_id", .uuid, .required, .references("units", "id"))
            .field("member_id", .uuid, .required, .references("members", "id"))
            .field("role", .string, .required)
            .field("from_date", .string, .required)
            .field("until_date", .string)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "members_unit_sort_idx").on("members").column("unit_id").column("sort_key").run()
        try await sql.create(index: "members_sort_idx").on("members").column("sort_key").run()
        try await sql.create(index: "members_search_idx").on("members").column("search_name").run()
        try await sql.create(index: "member_unit_periods_member_idx").on("member_unit_periods").column("member_id").run()
        try await sql.create(index: "member_unit_periods_unit_idx").on("member_unit_periods")
            .column("unit_id").column("from_date").run()
        try await sql.create(index: "unit_officers_unit_idx").on("unit_officers").column("unit_id").run()
        try await sql.create(index: "unit_officers_member_idx").on("unit_officers").column("member_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("unit_officers").delete()
        try await database.schema("member_unit_periods").delete()
        try await database.schema("members").delete()
    }
}
