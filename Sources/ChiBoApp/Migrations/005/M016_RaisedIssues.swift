import Fluent
import SQLKit

/// Opinions and petitions raised at cell meetings, their dated steps up the levels and back, and
/// their statistics counters. Frozen as shipped.
struct M016_RaisedIssues: AsyncMigration {
    static let columns = [
        "f_issues_raised", "f_issues_escalated", "f_issues_answered", "f_issue_answer_days", "f_issues_closed", "f_issues_open",
        "f_issues_open_due",
    ]

    func prepare(on database: any Database) async throws {
        try await database.withConnection { database in
            try await database.schema("raised_issues")
                .id()
                .field("unit_id", .uuid, .required, .references("units", "id"))
                .field("meeting_id", .uuid, .required, .references("meetings", "id"))
                .field("member_id", .uuid, .references("members", "id"))
                .field("raised_by", .string)
                .field("origin", .string, .required)
                .field("topic", .string, .required)
                .field("text", .string, .required)
                .field("raised_on", .string, .required)
                .field("responder", .string, .required)
                .field("status", .string, .required)
                .field("escalated", .bool, .required)
                .field("since", .string, .required)
                .field("due", .string, .required)
                .field("answered_on", .string)
                .field("answer_days", .int)
                .field("reported_on", .string)
                .field("created_at", .datetime)
                .field("updated_at", .datetime)
                .create()
            try await database.schema("raised_issue_steps")
                .id()
                .field("issue_id", .uuid, .required, .references("raised_issues", "id"))
                .field("position", .int, .required)
                .field("kind", .string, .required)
                .field("responder", .string)
                .field("date", .string, .required)
                .field("note", .string)
                .field("meeting_id", .uuid, .references("meetings", "id"))
                .field("account_id", .uuid, .references("accounts", "id"))
                .field("created_at", .datetime)
                .unique(on: "issue_id", "position")
                .create()
            let sql = database as! any SQLDatabase
            try await sql.create(index: "raised_issues_unit_idx").on("raised_issues").column("unit_id").column("raised_on").run()
            try await sql.create(index: "raised_issues_meeting_idx").on("raised_issues").column("meeting_id").run()
            try await sql.create(index: "raised_issues_member_idx").on("raised_issues").column("member_id").run()
            for c in Self.columns {
                try await database.schema("unit_figures").field(.string(c), .int64, .required, .sql(.default(0))).update()
            }
        }
    }

    func revert(on database: any Database) async throws {
        for c in Self.columns.reversed() {
            try await database.schema("unit_figures").deleteField(.string(c)).update()
        }
        try await database.schema("raised_issue_steps").delete()
        try await database.schema("raised_issues").delete()
    }
}
