import Fluent
import SQLKit

/// Several levels follow a cell: each assignment names the committee it is made for (the
/// commune's, a district's, the province's), and a new one ends only that committee's. Existing
/// assignments get the nearest committee above the cell where the account holds a role, or the
/// cell's parent. Frozen as shipped.
struct M032_LiaisonLevels: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("unit_liaisons").field("level_id", .uuid, .references("units", "id")).update()
        let sql = database as! any SQLDatabase
        try await sql.raw(
            """
            UPDATE unit_liaisons SET level_id = COALESCE(
              (SELECT c.ancestor_id FROM unit_closure c JOIN account_roles r ON r.unit_id = c.ancestor_id
               WHERE c.descendant_id = unit_liaisons.unit_id AND c.depth > 0
                 AND r.account_id = unit_liaisons.account_id AND r.role <> \(bind: "member")
               ORDER BY c.depth LIMIT 1),
              (SELECT u.parent_id FROM units u WHERE u.id = unit_liaisons.unit_id))
            """
        ).run()
        try await sql.create(index: "unit_liaisons_level_idx").on("unit_liaisons").column("level_id").run()
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).drop(index: "unit_liaisons_level_idx").run()
        try await database.schema("unit_liaisons").deleteField("level_id").update()
    }
}
