import Fluent
import SQLKit

/// Party fees month by month, and their statistics counters (fees collected, member-months
/// unpaid). Frozen as shipped.
struct M012_PartyFees: AsyncMigration {
    static let columns = ["f_fees_collected", "f_fees_unpaid"]

    func prepare(on database: any Database) async throws {
        try await database.withConnection { database in
            try await database.schema("party_fees")
                .id()
                .field("unit_id", .uuid, .required, .references("units", "id"))
                .field("member_id", .uuid, .required, .references("members", "id"))
                .field("month", .string, .required)
                .field("amount", .int64, .required)
                .field("relief", .string, .required)
                .field("paid_on", .string)
                .field("meeting_id", .uuid)
                .field("created_at", .datetime)
                .field("updated_at", .datetime)
                .unique(on: "member_id", "month")
                .create()
            let sql = database as! any SQLDatabase
            try await sql.create(index: "party_fees_unit_idx").on("party_fees").column("unit_id").column("month").run()
            for c in Self.columns {
                try await database.schema("unit_figures").field(.string(c), .int64, .required, .sql(.default(0))).update()
            }
        }
    }

    func revert(on database: any Database) async throws {
        for c in Self.columns.reversed() {
            try await database.schema("unit_figures").deleteField(.string(c)).update()
        }
        try await database.schema("party_fees").delete()
    }
}
