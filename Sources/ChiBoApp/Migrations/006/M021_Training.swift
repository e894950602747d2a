import Fluent
import SQLKit

/// Training and contests for cell secretaries: the committees' courses and who attended them
/// (completed or not, with a certificate), their contests and the entrants' results; their
/// statistics counters. Frozen as shipped.
struct M021_Training: AsyncMigration {
    static let columns = ["f_training_completed", "f_contest_entrants", "f_contest_prizes"]

    func prepare(on database: any Database) async throws {
        try await database.withConnection { database in
            try await database.schema("courses")
                .id()
                .field("unit_id", .uuid, .required, .references("units", "id"))
                .field("year", .int, .required)
                .field("kind", .string, .required)
                .field("topic", .string, .required)
                .field("organiser", .string, .required)
                .field("location", .string)
                .field("start_on", .string, .required)
                .field("end_on", .string, .required)
                .field("created_by", .string, .required)
                .field("created_at", .datetime)
                .field("updated_at", .datetime)
                .create()
            try await database.schema("course_attendees")
                .id()
                .field("course_id", .uuid, .required, .references("courses", "id"))
                .field("member_id", .uuid, .required, .references("members", "id"))
                .field("completed", .bool, .required)
                .field("certificate_number", .string)
                .field("certificate_date", .string)
                .field("recorded_by", .string, .required)
                .field("created_at", .datetime)
                .field("updated_at", .datetime)
                .unique(on: "course_id", "member_id")
                .create()
            try await database.schema("contests")
                .id()
                .field("unit_id", .uuid, .required, .references("units", "id"))
                .field("year", .int, .required)
                .field("name", .string, .required)
                .field("start_on", .string, .required)
                .field("end_on", .string, .required)
                .field("created_by", .string, .required)
                .field("created_at", .datetime)
                .field("updated_at", .datetime)
                .create()
            try await database.schema("contest_entrants")
                .id()
                .field("contest_id", .uuid, .required, .references("contests", "id"))
                .field("member_id", .uuid, .required, .references("members", "id"))
                .field("cell_id", .uuid, .required, .references("units", "id"))
                .field("office", .string, .required)
                .field("prize", .string)
                .field("note", .string)
                .field("recorded_by", .string, .required)
                .field("created_at", .datetime)
                .field("updated_at", .datetime)
                .unique(on: "contest_id", "member_id")
                .create()
            let sql = database as! any SQLDatabase
            try await sql.create(index: "courses_unit_idx").on("courses").column("unit_id").column("year").run()
            try await sql.create(index: "course_attendees_member_idx").on("course_attendees").column("member_id").run()
            try await sql.create(index: "contests_unit_idx").on("contests").column("unit_id").column("year").run()
            try await sql.create(index: "contest_entrants_member_idx").on("contest_entrants").column("member_id").run()
            for c in Self.columns {
                try await database.schema("unit_figures").field(.string(c), .int64, .required, .sql(.default(0))).update()
            }
        }
    }

    func revert(on database: any Database) async throws {
        for c in Self.columns.reversed() {
            try await database.schema("unit_figures").deleteField(.string(c)).update()
        }
        for t in ["contest_entrants", "contests", "course_attendees", "courses"] {
            try await database.schema(t).delete()
        }
    }
}
