import Fluent
import SQLKit

/// The counter of cells started (`f_cells_started`), at the month and the year a cell entered
/// the tree: a past month counts only the cells there by then. Counters written before it hold
/// none, as if every cell had always been there, until the cell's counters are written again.
/// Frozen as shipped.
struct M033_CellsStarted: AsyncMigration {
    static let columns = ["f_cells_started"]

    func prepare(on database: any Database) async throws {
        for c in Self.columns {
            try await database.schema("unit_figures").field(.string(c), .int64, .required, .sql(.default(0))).update()
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema("unit_figures").deleteField("f_cells_started").update()
    }
}
