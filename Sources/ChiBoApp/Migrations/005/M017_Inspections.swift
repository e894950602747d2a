import Fluent
import SQLKit

/// Inspection and supervision: the items of the committees' yearly plans, their teams, findings,
/// conclusions and remedies; their statistics counters. Frozen as shipped.
struct M017_Inspections: AsyncMigration {
    static let columns = ["f_inspections_concluded", "f_remedies_done", "f_remedies_open", "f_remedies_open_due"]

    func prepare(on database: any Database) async throws {
        try await database.withConnection { database in
            try await database.schema("inspections")
                .id()
                .field("unit_id", .uuid, .required, .references("units", "id"))
                .field("body", .string, .required)
                .field("year", .int, .required)
                .field("kind", .string, .required)
                .field("target_unit_id", .uuid, .required, .references("units", "id"))
                .field("target_member_id", .uuid, .references("members", "id"))
                .field("content", .string, .required)
                .field("review_from", .string, .required)
                .field("review_to", .string, .required)
                .field("start_on", .string, .required)
                .field("end_on", .string, .required)
                .field("status", .string, .required)
                .field("conclusion", .string)
                .field("concluded_on", .string)
                .field("concluded_by", .string)
                .field("created_at", .datetime)
                .field("updated_at", .datetime)
                .create()
            try await database.schema("inspection_team")
                .id()
                .field("inspection_id", .uuid, .required, .references("inspections", "id"))
                .field("account_id", .uuid, .required, .references("accounts", "id"))
                .unique(on: "inspection_id", "account_id")
                .create()
            try await database.schema("inspection_findings")
                .id()
                .field("inspection_id", .uuid, .required, .references("inspections", "id"))
                .field("account_id", .uuid, .references("accounts", "id"))
                .field("author", .string, .required)
                .field("date", .string, .required)
                .field("text", .string, .required)
                .field("created_at", .datetime)
                .create()
            try await database.schema("inspection_remedies")
                .id()
                .field("inspection_id", .uuid, .required, .references("inspections", "id"))
                .field("position", .int, .required)
                .field("content", .string, .required)
                .field("due", .string, .required)
                .field("done_on", .string)
                .field("done_report", .string)
                .field("done_by", .string)
                .unique(on: "inspection_id", "position")
                .create()
            let sql = database as! any SQLDatabase
            try await sql.create(index: "inspections_unit_idx").on("inspections").column("unit_id").column("year").run()
            try await sql.create(index: "inspections_target_idx").on("inspections").column("target_unit_id").run()
            try await sql.create(index: "inspection_team_account_idx").on("inspection_team").column("account_id").run()
            for c in Self.columns {
                try await database.schema("unit_figures").field(.string(c), .int64, .required, .sql(.default(0))).update()
            }
        }
    }

    func revert(on database: any Database) async throws {
        for c in Self.columns.reversed() {
            try await database.schema("unit_figures").deleteField(.string(c)).update()
        }
        for t in ["inspection_remedies", "inspection_findings", "inspection_team", "inspections"] {
            try await database.schema(t).delete()
        }
    }
}
