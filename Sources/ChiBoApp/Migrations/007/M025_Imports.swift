import Fluent
import SQLKit

/// A member list uploaded for import: its bytes kept for the preview and the commit, keyed by
/// its SHA-256 and scoped to the importing unit and account, until it expires; what the commit
/// did. Frozen as shipped.
struct M025_Imports: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.withConnection { database in
            try await database.schema("import_files")
                .id()
                .field("unit_id", .uuid, .required, .references("units", "id"))
                .field("account_id", .uuid)
                .field("sha256", .string, .required)
                .field("filename", .string, .required)
                .field("data", .data, .required)
                .field("mapping", .string, .required)
                .field("create_cells", .bool, .required)
                .field("status", .string, .required)
                .field("result", .string)
                .field("created_at", .datetime)
                .field("expires_at", .datetime, .required)
                .field("committed_at", .datetime)
                .create()
            let sql = database as! any SQLDatabase
            try await sql.create(index: "import_files_unit_idx").on("import_files").column("unit_id").column("sha256").run()
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema("import_files").delete()
    }
}
