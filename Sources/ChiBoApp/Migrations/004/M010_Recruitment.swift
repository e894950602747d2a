import Fluent
import SQLKit

/// Recruitment: the cells' sympathisers and their admission files' dated steps; and the holiday
/// calendar's corrections an administrator makes (a day off added, a computed one removed).
/// Frozen as shipped.
struct M010_Recruitment: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.withConnection { database in try await self.prepareSchema(on: database) }
    }

    private func prepareSchema(on database: any Database) async throws {
        try await database.schema("sympathisers")
            .id()
            .field("unit_id", .uuid, .required, .references("units", "id"))
            .field("full_name", .string, .required)
            .field("search_name", .string, .required)
            .field("sort_key", .string, .required)
            .field("birth_date", .string, .required)
            .field("gender", .string, .required)
            .field("phone", .string)
            .field("helper_member_id", .uuid, .references("members", "id"))
            .field("listed_on", .string, .required)
            .field("status", .string, .required)
            .field("member_id", .uuid, .references("members", "id"))
            .field("note", .string)
            .field("created_at", .datetime)
            .create()
        try await database.schema("admission_steps")
            .id()
            .field("sympathiser_id", .uuid, .required, .references("sympathisers", "id"))
            .field("step", .string, .required)
            .field("date", .string, .required)
            .field("document_number", .string)
            .field("note", .string)
            .field("introducer_member_id", .uuid, .references("members", "id"))
            .field("known_since", .string)
            .field("vote_id", .uuid)
            .field("created_at", .datetime)
            .create()
        try await database.schema("holiday_overrides")
            .id()
            .field("date", .string, .required)
            .field("kind", .string, .required)
            .field("name", .string, .required)
            .field("source", .string)
            .field("created_at", .datetime)
            .unique(on: "date")
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "sympathisers_unit_idx").on("sympathisers").column("unit_id").column("status").run()
        try await sql.create(index: "admission_steps_case_idx").on("admission_steps").column("sympathiser_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("holiday_overrides").delete()
        try await database.schema("admission_steps").delete()
        try await database.schema("sympathisers").delete()
    }
}
