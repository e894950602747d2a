import ChiBoCore
import Fluent
import Vapor

/// A member's party fee for one month, collected in their cell.
package final class PartyFee: Model, @unchecked Sendable {
    package static let schema = "party_fees"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "unit_id") package var unit: OrgUnit
    @Parent(key: "member_id") package var member: Member
    /// The month the fee is for, "2026-03".
    @Field(key: "month") package var month: String
    /// Dong.
    @Field(key: "amount") package var amount: Int
    @Field(key: "relief") package var relief: FeeRelief
    /// nil: not paid.
    @OptionalField(key: "paid_on") package var paidOn: CivilDate?
    /// The meeting it was collected at.
    @OptionalField(key: "meeting_id") package var meetingID: UUID?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) package var updatedAt: Date?

    package init() {}
}
