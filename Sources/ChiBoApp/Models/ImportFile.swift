import ChiBoCore
import Fluent
import Vapor

/// A member list uploaded for import (M025): its bytes, kept for the preview and recomputed at
/// the commit, the columns mapped by hand, and what the commit did.
package final class ImportFile: Model, @unchecked Sendable {
    package static let schema = "import_files"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "unit_id") package var unit: OrgUnit
    @OptionalField(key: "account_id") package var accountID: UUID?
    @Field(key: "sha256") package var sha256: String
    @Field(key: "filename") package var filename: String
    @Field(key: "data") package var data: Data
    /// JSON: a header as written → the column's raw value (`ImportColumn`).
    @Field(key: "mapping") package var mapping: String
    @Field(key: "create_cells") package var createCells: Bool
    @Field(key: "status") package var status: ImportStatus
    /// JSON of `ImportResult` once committed; of the refusal's messages when it failed.
    @OptionalField(key: "result") package var result: String?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @Field(key: "expires_at") package var expiresAt: Date
    @OptionalField(key: "committed_at") package var committedAt: Date?

    package init() {}

    var mappingDictionary: [String: String] {
        (try? JSONDecoder().decode([String: String].self, from: Data(mapping.utf8))) ?? [:]
    }
}
