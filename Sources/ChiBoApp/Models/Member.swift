import ChiBoCore
import Fluent
import Vapor

/// A party member. The current cell and standing are kept here for fast lists and counts; the
/// history of cells is in `MemberUnitPeriod`, of statuses in `MemberStatusPeriod`, and neither
/// is ever overwritten (`MemberStanding.refresh` writes these columns from the periods).
package final class Member: Model, @unchecked Sendable {
    package static let schema = "members"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "unit_id") package var unit: OrgUnit
    @Field(key: "full_name") package var fullName: String
    @Field(key: "search_name") package var searchName: String
    @Field(key: "sort_key") package var sortKey: String
    @Field(key: "birth_date") package var birthDate: CivilDate
    @Field(key: "gender") package var gender: Gender
    @OptionalField(key: "card_number") package var cardNumber: String?
    @Field(key: "admission_date") package var admissionDate: CivilDate
    @OptionalField(key: "official_date") package var officialDate: CivilDate?
    @Field(key: "status") package var status: MemberStatus
    @OptionalField(key: "phone") package var phone: String?
    /// Dân tộc and quê quán, as an imported member list holds them.
    @OptionalField(key: "ethnicity") package var ethnicity: String?
    @OptionalField(key: "home_town") package var homeTown: String?
    @OptionalField(key: "exemption_kind") package var exemptionKind: ExemptionKind?
    @OptionalField(key: "exemption_date") package var exemptionDate: CivilDate?
    @OptionalField(key: "exemption_reason") package var exemptionReason: String?
    @OptionalField(key: "transfer_direction") package var transferDirection: TransferDirection?
    @OptionalField(key: "transfer_from") package var transferFrom: CivilDate?
    @OptionalField(key: "transfer_until") package var transferUntil: CivilDate?
    @OptionalField(key: "transfer_place") package var transferPlace: String?
    /// The first day out of the party, and how (the `left` period's, kept here for lists and counts).
    @OptionalField(key: "left_date") package var leftDate: CivilDate?
    @OptionalField(key: "left_kind") package var leftKind: LeavingKind?
    /// The day the member moved their residence or work away, and where to: their permanent
    /// transfer is due within the rulebook's working days (M027).
    @OptionalField(key: "moved_on") package var movedOn: CivilDate?
    @OptionalField(key: "moved_to") package var movedTo: String?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) package var updatedAt: Date?

    package init() {}

    package init(id: UUID? = nil, unitID: UUID, facts: MemberFacts) {
        self.id = id
        self.$unit.id = unitID
        apply(facts)
    }

    package func apply(_ facts: MemberFacts) {
        fullName = facts.fullName
        searchName = facts.searchName
        sortKey = facts.sortKey
        birthDate = facts.birthDate
        gender = facts.gender
        cardNumber = facts.cardNumber
        admissionDate = facts.admissionDate
        officialDate = facts.officialDate
        status = facts.status
        phone = facts.phone
    }

}

/// A period of a member in a cell: from a date, until a date (open while current).
package final class MemberUnitPeriod: Model, @unchecked Sendable {
    package static let schema = "member_unit_periods"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "member_id") package var member: Member
    @Parent(key: "unit_id") package var unit: OrgUnit
    @Field(key: "from_date") package var fromDate: CivilDate
    @OptionalField(key: "until_date") package var untilDate: CivilDate?
    @OptionalField(key: "note") package var note: String?

    package init() {}

    package init(memberID: UUID, unitID: UUID, from: CivilDate, note: String? = nil) {
        self.$member.id = memberID
        self.$unit.id = unitID
        self.fromDate = from
        self.note = note
    }
}

/// One dated period of a member's party life (`ChiBoCore.StatusPeriod` with its record: the
/// reason, the place, the decision and who took it, the cell's vote).
package final class MemberStatusPeriod: Model, @unchecked Sendable {
    package static let schema = "member_status_periods"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "member_id") package var member: Member
    @Field(key: "kind") package var kind: StatusKind
    @OptionalField(key: "detail") package var detail: String?
    @Field(key: "from_date") package var fromDate: CivilDate
    /// The last day the period holds; nil while it runs.
    @OptionalField(key: "until_date") package var untilDate: CivilDate?
    @OptionalField(key: "reason") package var reason: String?
    @OptionalField(key: "place") package var place: String?
    @OptionalField(key: "decided_by") package var decidedBy: String?
    @OptionalField(key: "decision_number") package var decisionNumber: String?
    @OptionalField(key: "decision_date") package var decisionDate: CivilDate?
    @OptionalField(key: "vote_id") package var voteID: UUID?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}

    package init(memberID: UUID, _ period: StatusPeriod) {
        self.$member.id = memberID
        self.kind = period.kind
        self.detail = period.detail
        self.fromDate = period.from
        self.untilDate = period.until
    }

    package var period: StatusPeriod { StatusPeriod(kind, detail: detail, from: fromDate, until: untilDate) }
}

/// A step of a probationary member's recognition file (forms 10–14-KNĐ); the decision itself
/// (15-KNĐ) is the official period's.
package final class RecognitionStepRecord: Model, @unchecked Sendable {
    package static let schema = "recognition_steps"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "member_id") package var member: Member
    @Field(key: "step") package var step: RecognitionStep
    @Field(key: "date") package var date: CivilDate
    @OptionalField(key: "document_number") package var documentNumber: String?
    @OptionalField(key: "vote_id") package var voteID: UUID?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}
}
