import Fluent

/// The share of criteria and targets exceeded that an "excellent" level declares (RULES.md: at
/// least 30%): the member's and the cell's for a member, the organisation's and its superior's
/// for an organisation. Frozen as shipped.
struct M022_EvaluationExceeding: AsyncMigration {
    static let columns = [
        ("member_evaluations", "self_exceeding"), ("member_evaluations", "cell_exceeding"), ("org_evaluations", "self_exceeding"),
        ("org_evaluations", "exceeding"),
    ]

    func prepare(on database: any Database) async throws {
        // One column a statement: SQLite adds one at a time.
        for (table, column) in Self.columns {
            try await database.schema(table).field(.string(column), .int).update()
        }
    }

    func revert(on database: any Database) async throws {
        for (table, column) in Self.columns.reversed() {
            try await database.schema(table).deleteField(.string(column)).update()
        }
    }
}
