import Fluent
import SQLKit

/// Superiors at cell meetings: who attended for which committee, their remarks for the
/// minutes, and their own evaluation of the meeting on the rubric; their statistics counters.
/// Frozen as shipped.
struct M014_SuperiorVisits: AsyncMigration {
    static let columns = [
        "f_visits", "f_visits_evaluated", "f_visits_differing", "f_visited_months", "f_visited_quarters", "f_visited_years",
    ]

    func prepare(on database: any Database) async throws {
        try await database.withConnection { database in
            try await database.schema("superior_visits")
                .id()
                .field("meeting_id", .uuid, .required, .references("meetings", "id"))
                .field("unit_id", .uuid, .required, .references("units", "id"))
                .field("meeting_date", .string, .required)
                .field("guest_id", .uuid, .required, .references("meeting_guests", "id"))
                .field("level_unit_id", .uuid, .required, .references("units", "id"))
                .field("account_id", .uuid, .references("accounts", "id"))
                .field("visitor_name", .string, .required)
                .field("visitor_position", .string, .required)
                .field("remarks", .string)
                .field("taken_up", .string)
                .field("p_preparation", .int)
                .field("p_attendance", .int)
                .field("p_procedure", .int)
                .field("p_content", .int)
                .field("p_discussion", .int)
                .field("p_resolution", .int)
                .field("score", .int)
                .field("quality", .string)
                .field("assessment", .string)
                .field("evaluated_on", .string)
                .field("created_at", .datetime)
                .field("updated_at", .datetime)
                .unique(on: "guest_id")
                .create()
            let sql = database as! any SQLDatabase
            try await sql.create(index: "superior_visits_unit_idx").on("superior_visits").column("unit_id").column("meeting_date").run()
            try await sql.create(index: "superior_visits_meeting_idx").on("superior_visits").column("meeting_id").run()
            try await sql.create(index: "superior_visits_level_idx").on("superior_visits").column("level_unit_id").column("meeting_date")
                .run()
            for c in Self.columns {
                try await database.schema("unit_figures").field(.string(c), .int64, .required, .sql(.default(0))).update()
            }
        }
    }

    func revert(on database: any Database) async throws {
        for c in Self.columns.reversed() {
            try await database.schema("unit_figures").deleteField(.string(c)).update()
        }
        try await database.schema("superior_visits").delete()
    }
}
