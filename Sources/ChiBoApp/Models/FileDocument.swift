import ChiBoCore
import Fluent
import Vapor

/// A document on a person's file (`M026`): attached to a step of a sympathiser's admission file
/// (owned by the sympathiser), or to a step of a member's recognition file or one of their dated
/// periods (owned by the member). Its bytes are in the database, as a meeting's attachments.
package final class FileDocument: Model, StoredFile, @unchecked Sendable {
    package static let schema = "file_documents"

    @ID(key: .id) package var id: UUID?
    @OptionalParent(key: "sympathiser_id") package var sympathiser: Sympathiser?
    @OptionalParent(key: "member_id") package var member: Member?
    @Field(key: "target") package var target: DocumentTarget
    /// The step's or the period's id.
    @Field(key: "target_id") package var targetID: UUID
    @Field(key: "filename") package var filename: String
    @Field(key: "content_type") package var contentType: String
    @Field(key: "size") package var size: Int
    @Field(key: "sha256") package var sha256: String
    @Field(key: "data") package var data: Data
    @Field(key: "uploaded_by") package var uploadedBy: String
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}
}
