import Fluent
import SQLKit
import ChiBoCore

/// Every unit's statistics counters by period (see `FigureColumn`), kept equal to the sum over
/// its cells by `RollupService`; filled from the existing rows when it is created.
struct M006_CreateUnitFigures: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.withConnection { database in
            var schema = database.schema(RollupService.table)
                .field("unit_id", .uuid, .required, .references("units", "id"))
                .field("period", .string, .required)
            for c in FigureColumn.ordered {
                schema = schema.field(.string(c.rawValue), .int64, .required, .sql(.default(0)))
            }
            try await schema.compositeIdentifier(over: "unit_id", "period").create()
            try await RollupService.rebuild(database)
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema(RollupService.table).delete()
    }
}
