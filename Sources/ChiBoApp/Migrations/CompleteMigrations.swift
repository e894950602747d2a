import Fluent
import SQLKit
import Vapor

extension Application {
    /// What the migrations leave to the application's current code, run after them: the
    /// statistics counters of an installation that had cells before `unit_figures` existed
    /// (M006 only creates the table). Two lookups when there is nothing to do.
    public func completeMigrations() async throws {
        let sql = db as! any SQLDatabase
        guard
            let row = try await sql.raw(
                """
                SELECT CASE WHEN EXISTS (SELECT 1 FROM units WHERE kind = 'cell') THEN 1 ELSE 0 END AS cells,
                       CASE WHEN EXISTS (SELECT 1 FROM unit_figures) THEN 1 ELSE 0 END AS figures
                """
            ).first()
        else { return }
        if try row.decode(column: "cells", as: Int.self) == 1, try row.decode(column: "figures", as: Int.self) == 0 {
            logger.notice("Rebuilding the statistics counters of every unit")
            try await db.write { tx in try await RollupService.rebuild(tx) }
        }
    }
}
