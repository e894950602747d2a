import Fluent
import SQLKit

/// The cell secretaries' monthly reports to the commune committee (trực báo), with the
/// committee's answer; their statistics counters. Frozen as shipped.
struct M015_MonthlyReports: AsyncMigration {
    static let columns = [
        "f_reports_on_time", "f_reports_late", "f_report_days_late", "f_report_hot_issues", "f_report_proposals",
    ]

    func prepare(on database: any Database) async throws {
        try await database.withConnection { database in
            try await database.schema("monthly_reports")
                .id()
                .field("unit_id", .uuid, .required, .references("units", "id"))
                .field("month", .string, .required)
                .field("members_thinking", .string)
                .field("public_opinion", .string)
                .field("hot_issues", .string)
                .field("results", .string)
                .field("proposals", .string)
                .field("hot_issue_count", .int, .required)
                .field("proposal_count", .int, .required)
                .field("search_text", .string, .required)
                .field("submitted_on", .string, .required)
                .field("account_id", .uuid, .references("accounts", "id"))
                .field("answer", .string)
                .field("answered_on", .string)
                .field("answered_by", .string)
                .field("created_at", .datetime)
                .field("updated_at", .datetime)
                .unique(on: "unit_id", "month")
                .create()
            let sql = database as! any SQLDatabase
            try await sql.create(index: "monthly_reports_month_idx").on("monthly_reports").column("month").run()
            for c in Self.columns {
                try await database.schema("unit_figures").field(.string(c), .int64, .required, .sql(.default(0))).update()
            }
        }
    }

    func revert(on database: any Database) async throws {
        for c in Self.columns.reversed() {
            try await database.schema("unit_figures").deleteField(.string(c)).update()
        }
        try await database.schema("monthly_reports").delete()
    }
}
