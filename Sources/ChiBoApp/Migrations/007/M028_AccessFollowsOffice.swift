import Fluent
import SQLKit

/// Access follows office (issue 19). A role gets an end: `ended_on` (the first day it no longer
/// grants anything), who ended it and why; ended roles stay as the account's history. A role that
/// came from an office names it (`officer_id`) and ends with it. Existing roles are linked to
/// their holder's office at the same unit: a cell secretary's role to the member's open secretary
/// or deputy office there, a committee staff's to any open office of the member there; a cell
/// secretary's role whose holder has no open office at the cell but held its secretary's or
/// deputy's office is linked to the latest and ends when it ended (a secretary replaced before
/// this version loses the role). One account per member: a unique index on the active accounts'
/// `member_id`, made only if the data already allow it (the application refuses a second one
/// either way). Frozen as shipped.
struct M028_AccessFollowsOffice: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column a statement: SQLite adds one at a time.
        try await database.schema("account_roles").field("ended_on", .string).update()
        try await database.schema("account_roles").field("ended_by", .uuid).update()
        try await database.schema("account_roles").field("end_reason", .string).update()
        try await database.schema("account_roles").field("officer_id", .uuid).update()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "account_roles_officer_idx").on("account_roles").column("officer_id").run()
        try await sql.raw(
            """
            UPDATE account_roles SET officer_id = (
                SELECT o.id FROM unit_officers o JOIN accounts a ON a.member_id = o.member_id
                WHERE a.id = account_roles.account_id AND o.unit_id = account_roles.unit_id AND o.until_date IS NULL
                  AND (account_roles.role = 'committee_staff' OR o.role IN ('secretary', 'deputy'))
                ORDER BY o.from_date DESC LIMIT 1)
            WHERE role IN ('cell_secretary', 'committee_staff') AND officer_id IS NULL
            """
        ).run()
        try await sql.raw(
            """
            UPDATE account_roles SET officer_id = (
                SELECT o.id FROM unit_officers o JOIN accounts a ON a.member_id = o.member_id
                WHERE a.id = account_roles.account_id AND o.unit_id = account_roles.unit_id
                  AND o.role IN ('secretary', 'deputy') AND o.until_date IS NOT NULL
                ORDER BY o.until_date DESC LIMIT 1)
            WHERE role = 'cell_secretary' AND officer_id IS NULL
            """
        ).run()
        try await sql.raw(
            """
            UPDATE account_roles SET
                ended_on = (SELECT o.until_date FROM unit_officers o WHERE o.id = account_roles.officer_id),
                end_reason = 'term_ended'
            WHERE officer_id IS NOT NULL AND ended_on IS NULL
              AND (SELECT o.until_date FROM unit_officers o WHERE o.id = account_roles.officer_id) IS NOT NULL
            """
        ).run()
        let duplicates = try await sql.raw(
            """
            SELECT member_id FROM accounts WHERE member_id IS NOT NULL AND active = \(bind: true)
            GROUP BY member_id HAVING COUNT(*) > 1
            """
        ).all()
        if duplicates.isEmpty {
            try await sql.raw(
                "CREATE UNIQUE INDEX accounts_one_per_member_idx ON accounts (member_id) WHERE active = true AND member_id IS NOT NULL"
            ).run()
        }
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.raw("DROP INDEX IF EXISTS accounts_one_per_member_idx").run()
        try await sql.drop(index: "account_roles_officer_idx").run()
        try await database.schema("account_roles").deleteField("officer_id").update()
        try await database.schema("account_roles").deleteField("end_reason").update()
        try await database.schema("account_roles").deleteField("ended_by").update()
        try await database.schema("account_roles").deleteField("ended_on").update()
    }
}
