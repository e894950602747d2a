import Fluent
import SQLKit

/// The party tree: units, their closure table and their parents over time.
struct M001_CreateUnits: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One connection for every statement: SQLite sees its own schema changes at once.
        try await database.withConnection { database in try await self.prepareSchema(on: database) }
    }

    private func prepareSchema(on database: any Database) async throws {
        try await database.schema("units")
            .id()
            .field("parent_id", .uuid, .references("units", "id"))
            .field("name", .string, .required)
            .field("search_name", .string, .required)
            .field("code", .string, .required)
            .field("kind", .string, .required)
            .field("cell_type", .string)
            .field("term_label", .string, .required)
            .field("term_start", .string)
            .field("depth", .int, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await database.schema("unit_closure")
            .id()
            .field("ancestor_id", .uuid, .required, .references("units", "id"))
            .field("descendant_id", .uuid, .required, .references("units", "id"))
            .field("depth", .int, .required)
            .unique(on: "ancestor_id", "descendant_id")
            .create()
        try await database.schema("unit_parent_periods")
            .id()
            .field("unit_id", .uuid, .required, .references("units", "id"))
            .field("parent_id", .uuid, .references("units", "id"))
            .field("from_date", .string, .required)
            .field("until_date", .string)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "units_parent_idx").on("units").column("parent_id").run()
        try await sql.create(index: "unit_closure_descendant_idx").on("unit_closure")
            .column("descendant_id").column("ancestor_id").run()
        try await sql.create(index: "unit_closure_ancestor_depth_idx").on("unit_closure")
            .column("ancestor_id").column("depth").run()
        try await sql.create(index: "unit_parent_periods_unit_idx").on("unit_parent_periods").column("unit_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("unit_parent_periods").delete()
        try await database.schema("unit_closure").delete()
        try await database.schema("units").delete()
    }
}
