import Fluent
import SQLKit

/// The monthly reports in the search's order, the latest month first (`(month, id)` walked
/// backwards): a large subtree's search reads down it a bounded window of reports at a time, each
/// checked against the closure, instead of gathering, counting and sorting the subtree's reports
/// (issue 20: the reports search). Frozen as shipped.
struct M040_ReportSearch: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.create(index: "monthly_reports_month_id_idx").on("monthly_reports").column("month").column("id").run()
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.drop(index: "monthly_reports_month_id_idx").run()
    }
}
