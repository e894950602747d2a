import Fluent
import SQLKit

/// Documents on a person's file: a step of a sympathiser's admission file, a step of a
/// member's recognition file, or a member's dated period and its decision. The owner is the
/// sympathiser or the member; the bytes are kept in the database as a meeting's attachments
/// are. With an index on the sympathisers' member record: a member's page reads the admission
/// file they came through. Frozen as shipped.
struct M026_FileDocuments: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.withConnection { database in try await self.prepareSchema(on: database) }
    }

    private func prepareSchema(on database: any Database) async throws {
        try await database.schema("file_documents")
            .id()
            .field("sympathiser_id", .uuid, .references("sympathisers", "id"))
            .field("member_id", .uuid, .references("members", "id"))
            .field("target", .string, .required)
            .field("target_id", .uuid, .required)
            .field("filename", .string, .required)
            .field("content_type", .string, .required)
            .field("size", .int, .required)
            .field("sha256", .string, .required)
            .field("data", .data, .required)
            .field("uploaded_by", .string, .required)
            .field("created_at", .datetime)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "file_documents_sympathiser_idx").on("file_documents").column("sympathiser_id").run()
        try await sql.create(index: "file_documents_member_idx").on("file_documents").column("member_id").run()
        try await sql.create(index: "file_documents_target_idx").on("file_documents").column("target_id").run()
        try await sql.create(index: "sympathisers_member_idx").on("sympathisers").column("member_id").run()
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).drop(index: "sympathisers_member_idx").run()
        try await database.schema("file_documents").delete()
    }
}
