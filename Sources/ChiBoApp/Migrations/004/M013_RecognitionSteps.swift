import Fluent
import SQLKit

/// A probationary member's recognition file, step by step (forms 10–14-KNĐ). Frozen as shipped.
struct M013_RecognitionSteps: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("recognition_steps")
            .id()
            .field("member_id", .uuid, .required, .references("members", "id"))
            .field("step", .string, .required)
            .field("date", .string, .required)
            .field("document_number", .string)
            .field("vote_id", .uuid)
            .field("created_at", .datetime)
            .unique(on: "member_id", "step")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("recognition_steps").delete()
    }
}
