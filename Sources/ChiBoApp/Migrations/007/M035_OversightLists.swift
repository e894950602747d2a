import Fluent
import SQLKit

/// Indexes in the order of the oversight lists, so that a large subtree's page is read down one
/// of them, each row checked against the closure, and stops after a page (issue 20's
/// `PageCostTests`, the visits, issues and inspections pages): the latest visits by meeting day;
/// the issues of a state by deadline or the latest first, and all of them the latest first; the
/// cells by code. Frozen as shipped.
struct M035_OversightLists: AsyncMigration {
    static let indexes = [
        ("superior_visits_date_idx", "superior_visits (meeting_date DESC, id)"),
        ("raised_issues_status_due_idx", "raised_issues (status, due, raised_on, id)"),
        ("raised_issues_status_raised_idx", "raised_issues (status, raised_on DESC, id)"),
        ("raised_issues_raised_idx", "raised_issues (raised_on DESC, id)"),
        ("units_kind_code_idx", "units (kind, code)"),
    ]

    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        for (name, on) in Self.indexes {
            try await sql.raw("CREATE INDEX \(unsafeRaw: name) ON \(unsafeRaw: on)").run()
        }
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        for (name, _) in Self.indexes.reversed() {
            try await sql.drop(index: name).run()
        }
    }
}
