import Fluent
import SQLKit

/// An index on the member a vote concerns: a member's record reads their admission, recognition
/// and discipline votes by it, which otherwise scanned every vote of the country (issue 20's
/// `PageCostTests`, member page). Frozen as shipped.
struct M034_VotesBySubject: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.create(index: "votes_subject_member_idx").on("votes").column("subject_member_id").run()
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.drop(index: "votes_subject_member_idx").run()
    }
}
