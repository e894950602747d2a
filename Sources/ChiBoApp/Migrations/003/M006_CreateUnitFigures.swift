import Fluent
import SQLKit

/// Every unit's statistics counters by period, kept equal to the sum over its cells by
/// the roll-up. Frozen as shipped: its own table name and column list, no application code.
/// An installation that had cells before this migration gets its counters from
/// `Application.completeMigrations`, with the application's current code.
struct M006_CreateUnitFigures: AsyncMigration {
    static let columns = [
        "f_cells", "f_members_total", "f_members_official", "f_members_probationary", "f_members_exempt_full",
        "f_members_exempt_temporary", "f_members_transferred_out", "f_members_transferred_in", "f_tasks_open",
        "f_regular_months_held", "f_meetings_held", "f_regular_meetings_held", "f_thematic_meetings_held",
        "f_meetings_too_short", "f_notices_on_time", "f_notices_late", "f_att_expected", "f_att_present", "f_att_late",
        "f_att_excused", "f_att_unexcused", "f_att_exempt_present", "f_att_visiting_present", "f_thematic_quarters_held",
        "f_members_strike_off", "f_tasks_open_due",
    ]

    func prepare(on database: any Database) async throws {
        var schema = database.schema("unit_figures")
            .field("unit_id", .uuid, .required, .references("units", "id"))
            .field("period", .string, .required)
        for c in Self.columns {
            schema = schema.field(.string(c), .int64, .required, .sql(.default(0)))
        }
        try await schema.compositeIdentifier(over: "unit_id", "period").create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("unit_figures").delete()
    }
}
