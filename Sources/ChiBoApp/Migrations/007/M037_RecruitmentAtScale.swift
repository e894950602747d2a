import Fluent
import SQLKit

/// The recruitment page of a province or of the country reads what it shows (issue 20):
/// - the counter of cells by their last admission (`f_cells_last_admitted`): 1 in a cell's rows
///   `LB` + year, `LC` + month and `LD` + day of the latest probation begun by a member while in
///   it, or in its row `LA` when there is none; written here for the cells already counted;
/// - the day of the ceremony of an admitted member whose file is not complete
///   (`sympathisers.awaiting_file_since`, null otherwise), written here for the files on record;
/// - indexes in the lists' order: the sympathisers by standing and name and those awaiting their
///   file by that day, the members by standing and name, the members still in the party by the
///   day they moved away.
/// Frozen as shipped.
struct M037_RecruitmentAtScale: AsyncMigration {
    static let columns = ["f_cells_last_admitted"]

    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        for c in Self.columns {
            try await database.schema("unit_figures").field(.string(c), .int64, .required, .sql(.default(0))).update()
        }
        // Only where counters exist: an installation without them gets every counter rebuilt
        // after the migrations.
        try await sql.raw(
            """
            WITH last AS (
                SELECT p.unit_id AS unit_id, MAX(s.from_date) AS day FROM member_status_periods s
                JOIN member_unit_periods p ON p.member_id = s.member_id AND p.from_date <= s.from_date
                JOIN units u ON u.id = p.unit_id
                WHERE s.kind = 'probationary' AND u.kind = 'cell' GROUP BY p.unit_id
            ), keyed AS (
                SELECT u.id AS cell, 'LA' AS period FROM units u
                WHERE u.kind = 'cell' AND NOT EXISTS (SELECT 1 FROM last l WHERE l.unit_id = u.id)
                UNION ALL SELECT unit_id, 'LB' || substr(day, 1, 4) FROM last
                UNION ALL SELECT unit_id, 'LC' || substr(day, 1, 7) FROM last
                UNION ALL SELECT unit_id, 'LD' || day FROM last
            )
            INSERT INTO unit_figures (unit_id, period, f_cells_last_admitted)
            SELECT c.ancestor_id, k.period, COUNT(*) FROM keyed k JOIN unit_closure c ON c.descendant_id = k.cell
            WHERE EXISTS (SELECT 1 FROM unit_figures) GROUP BY c.ancestor_id, k.period
            """
        ).run()
        try await database.schema("sympathisers").field("awaiting_file_since", .string).update()
        try await sql.raw(
            """
            UPDATE sympathisers SET awaiting_file_since =
                (SELECT MAX(a.date) FROM admission_steps a WHERE a.sympathiser_id = sympathisers.id AND a.step = 'ceremony')
            WHERE status = 'admitted'
            AND NOT EXISTS (SELECT 1 FROM admission_steps f WHERE f.sympathiser_id = sympathisers.id AND f.step = 'member_file')
            """
        ).run()
        try await sql.create(index: "sympathisers_awaiting_file_idx").on("sympathisers").column("awaiting_file_since").column("sort_key")
            .run()
        try await sql.create(index: "sympathisers_status_sort_idx").on("sympathisers").column("status").column("sort_key").run()
        // Only the members who moved away (a partial index, the same statement on both databases): an
        // index led by `status` or `left_date` would be taken, before ANALYZE has seen it, by every
        // list of members that filters on them, and walked over the whole country.
        try await sql.raw("CREATE INDEX members_moved_on_idx ON members (moved_on) WHERE moved_on IS NOT NULL").run()
        try await sql.raw("CREATE INDEX members_probationary_sort_idx ON members (sort_key, id) WHERE status = 'probationary'").run()
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        for index in [
            "members_probationary_sort_idx", "members_moved_on_idx", "sympathisers_status_sort_idx", "sympathisers_awaiting_file_idx",
        ] {
            try await sql.drop(index: index).run()
        }
        try await database.schema("sympathisers").deleteField("awaiting_file_since").update()
        try await sql.raw("DELETE FROM unit_figures WHERE period >= 'LA' AND period < 'LE'").run()
        try await database.schema("unit_figures").deleteField("f_cells_last_admitted").update()
    }
}
