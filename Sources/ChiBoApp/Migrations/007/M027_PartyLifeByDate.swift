import Fluent
import SQLKit

/// Party life read by date. A member's move away (the day and the place), from which their
/// permanent transfer is due within the rulebook's working days; and the sign-in that follows a
/// suspension's dates rather than a flag: the accounts closed for a suspension by earlier versions
/// are opened again (the sign-in reads the member's periods on the day now). Frozen as shipped.
struct M027_PartyLifeByDate: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column a statement: SQLite adds one at a time.
        try await database.schema("members").field("moved_on", .string).update()
        try await database.schema("members").field("moved_to", .string).update()
        let sql = database as! any SQLDatabase
        try await sql.raw(
            """
            UPDATE accounts SET active = \(bind: true)
            WHERE active = \(bind: false) AND member_id IN (SELECT id FROM members WHERE left_date IS NULL)
            """
        ).run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("members").deleteField("moved_to").update()
        try await database.schema("members").deleteField("moved_on").update()
    }
}
