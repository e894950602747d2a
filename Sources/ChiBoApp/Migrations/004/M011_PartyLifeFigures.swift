import Fluent
import SQLKit

/// The statistics counters of party life (sympathisers now; admissions, recognitions,
/// suspensions, measures and leavers by month). Every existing row gets zeros, which is right:
/// none of these events could be recorded before M009 and M010. Frozen as shipped.
struct M011_PartyLifeFigures: AsyncMigration {
    static let columns = [
        "f_sympathisers", "f_admitted", "f_recognised", "f_suspensions", "f_disciplined", "f_left_death", "f_left_struck_off",
        "f_left_expelled", "f_left_request", "f_left_transferred_out",
    ]

    func prepare(on database: any Database) async throws {
        try await database.withConnection { database in
            for c in Self.columns {
                try await database.schema("unit_figures").field(.string(c), .int64, .required, .sql(.default(0))).update()
            }
        }
    }

    func revert(on database: any Database) async throws {
        for c in Self.columns.reversed() {
            try await database.schema("unit_figures").deleteField(.string(c)).update()
        }
    }
}
