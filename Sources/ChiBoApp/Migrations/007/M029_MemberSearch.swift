import Fluent
import SQLKit

/// Member search and key pagination on a national member list. The list pages by
/// `(sort_key, id)` (and within a cell by `(unit_id, sort_key, id)`), never by an offset. A name
/// is found through an index on the folded name (`search_name`): SQLite's FTS5 table
/// `member_search` (external content on `members`, kept in step by triggers, so every insert,
/// rename, import and bulk load fills it), PostgreSQL's trigram GIN index (pg_trgm), or, where the
/// extension cannot be had, a prefix btree on the folded name. Frozen as shipped.
struct M029_MemberSearch: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.create(index: "members_sort_id_idx").on("members").column("sort_key").column("id").run()
        try await sql.create(index: "members_unit_sort_id_idx").on("members").column("unit_id").column("sort_key")
            .column("id").run()
        // The accounts of a provincial or commune scope are found by their roles' units.
        try await sql.create(index: "account_roles_unit_idx").on("account_roles").column("unit_id").run()
        if sql.dialect.name == "sqlite" {
            try await sql.raw(
                """
                CREATE VIRTUAL TABLE member_search USING fts5(
                    search_name, content='members', content_rowid='rowid',
                    tokenize='unicode61 remove_diacritics 2')
                """
            ).run()
            try await sql.raw(
                """
                CREATE TRIGGER members_search_insert AFTER INSERT ON members BEGIN
                    INSERT INTO member_search(rowid, search_name) VALUES (new.rowid, new.search_name);
                END
                """
            ).run()
            try await sql.raw(
                """
                CREATE TRIGGER members_search_delete AFTER DELETE ON members BEGIN
                    INSERT INTO member_search(member_search, rowid, search_name)
                    VALUES ('delete', old.rowid, old.search_name);
                END
                """
            ).run()
            try await sql.raw(
                """
                CREATE TRIGGER members_search_update AFTER UPDATE OF search_name ON members BEGIN
                    INSERT INTO member_search(member_search, rowid, search_name)
                    VALUES ('delete', old.rowid, old.search_name);
                    INSERT INTO member_search(rowid, search_name) VALUES (new.rowid, new.search_name);
                END
                """
            ).run()
            try await sql.raw("INSERT INTO member_search(member_search) VALUES ('rebuild')").run()
        } else {
            let available =
                try await sql.raw(
                    "SELECT COUNT(*) AS n FROM pg_available_extensions WHERE name = 'pg_trgm'"
                ).first()?.decode(column: "n", as: Int.self) ?? 0
            if available > 0 {
                try await sql.raw("CREATE EXTENSION IF NOT EXISTS pg_trgm").run()
                try await sql.raw("CREATE INDEX members_search_trgm_idx ON members USING gin (search_name gin_trgm_ops)").run()
            }
            // The prefix ranges of the search compare bytes: an index in the C collation serves
            // them whatever the database's collation.
            try await sql.raw("CREATE INDEX members_search_prefix_idx ON members (search_name COLLATE \"C\", id)").run()
            try await sql.raw("CREATE INDEX members_card_prefix_idx ON members (card_number COLLATE \"C\")").run()
        }
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        if sql.dialect.name == "sqlite" {
            for trigger in ["members_search_insert", "members_search_delete", "members_search_update"] {
                try await sql.raw("DROP TRIGGER IF EXISTS \(unsafeRaw: trigger)").run()
            }
            try await sql.raw("DROP TABLE IF EXISTS member_search").run()
        } else {
            try await sql.raw("DROP INDEX IF EXISTS members_search_trgm_idx").run()
            try await sql.raw("DROP INDEX IF EXISTS members_search_prefix_idx").run()
            try await sql.raw("DROP INDEX IF EXISTS members_card_prefix_idx").run()
        }
        try await sql.drop(index: "account_roles_unit_idx").run()
        try await sql.drop(index: "members_unit_sort_id_idx").run()
        try await sql.drop(index: "members_sort_id_idx").run()
    }
}
