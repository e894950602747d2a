import Fluent

/// A locked record's hash input version and its signer's account: records locked before keep
/// version 1 (both columns empty); new ones hash the signer's account and the attachments' hashes
/// (version 2). Frozen as shipped.
struct M024_RecordAnchor: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column a statement: SQLite adds one at a time.
        try await database.schema("locked_records").field("hash_version", .int).update()
        try await database.schema("locked_records").field("signer_account_id", .uuid).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("locked_records").deleteField("signer_account_id").update()
        try await database.schema("locked_records").deleteField("hash_version").update()
    }
}
