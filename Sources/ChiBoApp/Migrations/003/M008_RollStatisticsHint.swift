import Fluent
import SQLKit

/// Tells PostgreSQL's planner how many roll entries a meeting has (a few dozen: the distinct
/// meetings are about 4% of the roll's rows). Its sampled estimate was 73,000 distinct meetings
/// in a national roll of 86 million entries that has 3.8 million, so a batch's 7,600 meetings
/// looked like 9 million rows and it scanned the whole roll instead of using the index, for
/// every batch of the counters' rebuild (550 s for the first tenth of the country, 68 s for
/// each tenth after the hint). SQLite has no such statistic and needs none.
struct M008_RollStatisticsHint: AsyncMigration {
    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase, sql.dialect.name == "postgresql" else { return }
        try await sql.raw("ALTER TABLE meeting_attendance ALTER COLUMN meeting_id SET (n_distinct = -0.04)").run()
        try await sql.raw("ANALYZE meeting_attendance").run()
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase, sql.dialect.name == "postgresql" else { return }
        try await sql.raw("ALTER TABLE meeting_attendance ALTER COLUMN meeting_id RESET (n_distinct)").run()
    }
}
