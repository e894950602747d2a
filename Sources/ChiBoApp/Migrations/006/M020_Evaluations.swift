import Fluent
import SQLKit

/// The year's evaluation (QĐ 366): a committee's rounds, each member's steps (self-assessment,
/// the residence area's comment, the cell's proposal, the committee's appraisal, the decided
/// level), the organisations' reports and ratings; the classification counters. Frozen as shipped.
struct M020_Evaluations: AsyncMigration {
    static let columns = [
        "f_eval_members_excellent", "f_eval_members_good", "f_eval_members_completed", "f_eval_members_not_completed",
        "f_eval_cells_excellent", "f_eval_cells_good", "f_eval_cells_completed", "f_eval_cells_not_completed",
    ]

    func prepare(on database: any Database) async throws {
        try await database.withConnection { database in
            try await database.schema("evaluation_rounds")
                .id()
                .field("unit_id", .uuid, .required, .references("units", "id"))
                .field("kind", .string, .required)
                .field("first_day", .string, .required)
                .field("last_day", .string, .required)
                .field("year", .int, .required)
                .field("status", .string, .required)
                .field("opened_on", .string, .required)
                .field("decision_number", .string)
                .field("decision_on", .string)
                .field("decided_by", .string)
                .field("published_on", .string)
                .field("created_at", .datetime)
                .field("updated_at", .datetime)
                .unique(on: "unit_id", "kind", "first_day", "last_day")
                .create()
            try await database.schema("member_evaluations")
                .id()
                .field("round_id", .uuid, .required, .references("evaluation_rounds", "id"))
                .field("member_id", .uuid, .required, .references("members", "id"))
                .field("unit_id", .uuid, .required, .references("units", "id"))
                .field("full_name", .string, .required)
                .field("sort_key", .string, .required)
                .field("form", .string, .required)
                .field("residence_needed", .bool, .required)
                .field("self_score", .int)
                .field("self_level", .string)
                .field("self_text", .string)
                .field("self_on", .string)
                .field("self_by", .string)
                .field("residence_comment", .string)
                .field("residence_on", .string)
                .field("residence_by", .string)
                .field("cell_score", .int)
                .field("cell_level", .string)
                .field("cell_comment", .string)
                .field("cell_on", .string)
                .field("cell_by", .string)
                .field("appraised_level", .string)
                .field("appraisal_note", .string)
                .field("appraised_on", .string)
                .field("appraised_by", .string)
                .field("final_level", .string)
                .field("created_at", .datetime)
                .field("updated_at", .datetime)
                .unique(on: "round_id", "member_id")
                .create()
            try await database.schema("org_evaluations")
                .id()
                .field("round_id", .uuid, .required, .references("evaluation_rounds", "id"))
                .field("unit_id", .uuid, .required, .references("units", "id"))
                .field("self_score", .int)
                .field("self_level", .string)
                .field("self_report", .string)
                .field("self_on", .string)
                .field("self_by", .string)
                .field("collective_disciplined", .bool, .required)
                .field("score", .int)
                .field("level", .string)
                .field("comment", .string)
                .field("rated_on", .string)
                .field("rated_by", .string)
                .field("final_level", .string)
                .field("created_at", .datetime)
                .field("updated_at", .datetime)
                .unique(on: "round_id", "unit_id")
                .create()
            let sql = database as! any SQLDatabase
            try await sql.create(index: "member_evaluations_member_idx").on("member_evaluations").column("member_id").run()
            try await sql.create(index: "member_evaluations_unit_idx").on("member_evaluations").column("unit_id").run()
            try await sql.create(index: "org_evaluations_unit_idx").on("org_evaluations").column("unit_id").run()
            for c in Self.columns {
                try await database.schema("unit_figures").field(.string(c), .int64, .required, .sql(.default(0))).update()
            }
        }
    }

    func revert(on database: any Database) async throws {
        for c in Self.columns.reversed() {
            try await database.schema("unit_figures").deleteField(.string(c)).update()
        }
        for t in ["org_evaluations", "member_evaluations", "evaluation_rounds"] {
            try await database.schema(t).delete()
        }
    }
}
