import Fluent
import SQLKit

/// Indexes for three lookups by a parent record that had none, so that each read the whole table:
/// a meeting's guests (`meeting_guests.meeting_id`: 82 ms a meeting page on the national data set,
/// 776,000 guests, against 2–3 ms for each of its other statements), a meeting's tasks
/// (`tasks.meeting_id`), and an inspection's findings (`inspection_findings.inspection_id`).
/// Frozen as shipped.
struct M039_LookupIndexes: AsyncMigration {
    static let indexes = [
        ("meeting_guests_meeting_idx", "meeting_guests", "meeting_id"), ("tasks_meeting_idx", "tasks", "meeting_id"),
        ("inspection_findings_inspection_idx", "inspection_findings", "inspection_id"),
    ]

    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        for (name, table, column) in Self.indexes {
            try await sql.create(index: name).on(table).column(column).run()
        }
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        for (name, _, _) in Self.indexes {
            try await sql.drop(index: name).run()
        }
    }
}
