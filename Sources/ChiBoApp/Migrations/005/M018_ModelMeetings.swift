import Fluent
import SQLKit

/// Model meetings by cell group: the model cell a level picks for a year, its meeting, the
/// working group, the lessons. Frozen as shipped.
struct M018_ModelMeetings: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.withConnection { database in
            try await database.schema("model_meetings")
                .id()
                .field("unit_id", .uuid, .required, .references("units", "id"))
                .field("year", .int, .required)
                .field("cell_group", .string, .required)
                .field("cell_id", .uuid, .required, .references("units", "id"))
                .field("meeting_id", .uuid, .references("meetings", "id"))
                .field("lessons", .string)
                .field("lessons_on", .string)
                .field("lessons_by", .string)
                .field("created_at", .datetime)
                .field("updated_at", .datetime)
                .unique(on: "unit_id", "year", "cell_group")
                .create()
            try await database.schema("model_meeting_group")
                .id()
                .field("model_id", .uuid, .required, .references("model_meetings", "id"))
                .field("account_id", .uuid, .required, .references("accounts", "id"))
                .unique(on: "model_id", "account_id")
                .create()
            let sql = database as! any SQLDatabase
            try await sql.create(index: "model_meetings_group_idx").on("model_meetings").column("cell_group").column("year").run()
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema("model_meeting_group").delete()
        try await database.schema("model_meetings").delete()
    }
}
