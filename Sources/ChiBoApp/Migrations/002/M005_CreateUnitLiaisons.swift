import Fluent
import SQLKit

/// The superior committee member assigned to follow a cell (đồng chí phụ trách chi bộ), over time.
struct M005_CreateUnitLiaisons: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One connection for every statement: SQLite sees its own schema changes at once.
        try await database.withConnection { database in try await self.prepareSchema(on: database) }
    }

    private func prepareSchema(on database: any Database) async throws {
        try await database.schema("unit_liaisons")
            .id()
            .field("unit_id", .uuid, .required, .references("units", "id"))
            .field("account_id", .uuid, .required, .references("accounts", "id", onDelete: .cascade))
            .field("from_date", .string, .required)
            .field("until_date", .string)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "unit_liaisons_unit_idx").on("unit_liaisons").column("unit_id").run()
        try await sql.create(index: "unit_liaisons_account_idx").on("unit_liaisons").column("account_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("unit_liaisons").delete()
    }
}
