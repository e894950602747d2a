import Fluent
import SQLKit

/// Local settings set per unit, dated and inherited down the tree. Frozen as shipped.
struct M019_UnitSettings: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.withConnection { database in
            try await database.schema("unit_settings")
                .id()
                .field("unit_id", .uuid, .required, .references("units", "id"))
                .field("key", .string, .required)
                .field("value", .string, .required)
                .field("from_date", .string, .required)
                .field("set_by", .string, .required)
                .field("created_at", .datetime)
                .unique(on: "unit_id", "key", "from_date")
                .create()
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema("unit_settings").delete()
    }
}
