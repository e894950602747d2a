import Fluent
import SQLKit

/// The members of a round in Vietnamese order, of the whole round and of one cell: a round's page
/// reads one page of them by key instead of every row (issue 20). Frozen as shipped.
struct M036_RoundMembersByName: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.create(index: "member_evaluations_round_sort_idx").on("member_evaluations")
            .column("round_id").column("sort_key").column("id").run()
        try await sql.create(index: "member_evaluations_round_unit_sort_idx").on("member_evaluations")
            .column("round_id").column("unit_id").column("sort_key").column("id").run()
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.drop(index: "member_evaluations_round_unit_sort_idx").run()
        try await sql.drop(index: "member_evaluations_round_sort_idx").run()
    }
}
