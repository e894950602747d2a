import Fluent
import Vapor
import ChiBoCore

/// A party member. The current cell is kept here for fast lists; the history of cells is in
/// `MemberUnitPeriod` and is never overwritten.
final class Member: Model, @unchecked Sendable {
    static let schema = "members"

    @ID(key: .id) var id: UUID?
    @Parent(key: "unit_id") var unit: OrgUnit
    @Field(key: "full_name") var fullName: String
    @Field(key: "search_name") var searchName: String
    @Field(key: "sort_key") var sortKey: String
    @Field(key: "birth_date") var birthDate: String
    @Field(key: "gender") var genderRaw: String
    @OptionalField(key: "card_number") var cardNumber: String?
    @Field(key: "admission_date") var admissionDate: String
    @OptionalField(key: "official_date") var officialDate: String?
    @Field(key: "status") var statusRaw: String
    @OptionalField(key: "phone") var phone: String?
    @OptionalField(key: "exemption_kind") var exemptionKindRaw: String?
    @OptionalField(key: "exemption_date") var exemptionDate: String?
    @OptionalField(key: "exemption_reason") var exemptionReason: String?
    @OptionalField(key: "transfer_direction") var transferDirectionRaw: String?
    @OptionalField(key: "transfer_from") var transferFrom: String?
    @OptionalField(key: "transfer_until") var transferUntil: String?
    @OptionalField(key: "transfer_place") var transferPlace: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(id: UUID? = nil, unitID: UUID, facts: MemberFacts) {
        self.id = id
        self.$unit.id = unitID
        apply(facts)
    }

    func apply(_ facts: MemberFacts) {
        fullName = facts.fullName
        searchName = facts.searchName
        sortKey = facts.sortKey
        birthDate = facts.birthDate.iso
        genderRaw = facts.gender.rawValue
        cardNumber = facts.cardNumber
        admissionDate = facts.admissionDate.iso
        officialDate = facts.officialDate?.iso
        statusRaw = facts.status.rawValue
        phone = facts.phone
    }

    var gender: Gender { Gender(rawValue: genderRaw) ?? .male }
    var status: MemberStatus { MemberStatus(rawValue: statusRaw) ?? .official }
    var exemptionKind: ExemptionKind? { exemptionKindRaw.flatMap(ExemptionKind.init(rawValue:)) }
    var transferDirection: TransferDirection? { transferDirectionRaw.flatMap(TransferDirection.init(rawValue:)) }
    var birth: CivilDate? { CivilDate(parsing: birthDate) }
    var admission: CivilDate? { CivilDate(parsing: admissionDate) }
    var official: CivilDate? { officialDate.flatMap(CivilDate.init(parsing:)) }
}

/// A period of a member in a cell: from a date, until a date (open while current).
final class MemberUnitPeriod: Model, @unchecked Sendable {
    static let schema = "member_unit_periods"

    @ID(key: .id) var id: UUID?
    @Parent(key: "member_id") var member: Member
    @Parent(key: "unit_id") var unit: OrgUnit
    @Field(key: "from_date") var fromDate: String
    @OptionalField(key: "until_date") var untilDate: String?
    @OptionalField(key: "note") var note: String?

    init() {}

    init(memberID: UUID, unitID: UUID, from: CivilDate, note: String? = nil) {
        self.$member.id = memberID
        self.$unit.id = unitID
        self.fromDate = from.iso
        self.note = note
    }
}
