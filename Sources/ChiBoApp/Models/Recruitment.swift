import ChiBoCore
import Fluent
import Vapor

/// A sympathiser (quần chúng ưu tú) a cell is helping towards admission, with the member assigned to help.
package final class Sympathiser: Model, @unchecked Sendable {
    package static let schema = "sympathisers"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "unit_id") package var unit: OrgUnit
    @Field(key: "full_name") package var fullName: String
    @Field(key: "search_name") package var searchName: String
    @Field(key: "sort_key") package var sortKey: String
    @Field(key: "birth_date") package var birthDate: CivilDate
    @Field(key: "gender") package var gender: Gender
    @OptionalField(key: "phone") package var phone: String?
    @OptionalParent(key: "helper_member_id") package var helper: Member?
    @Field(key: "listed_on") package var listedOn: CivilDate
    @Field(key: "status") package var status: SympathiserStatus
    /// The member record the ceremony opened.
    @OptionalParent(key: "member_id") package var member: Member?
    @OptionalField(key: "note") package var note: String?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}
}

/// One dated step of a sympathiser's admission file, with its document.
package final class AdmissionStepRecord: Model, @unchecked Sendable {
    package static let schema = "admission_steps"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "sympathiser_id") package var sympathiser: Sympathiser
    @Field(key: "step") package var step: AdmissionStep
    @Field(key: "date") package var date: CivilDate
    @OptionalField(key: "document_number") package var documentNumber: String?
    @OptionalField(key: "note") package var note: String?
    /// An introducing member (nil for the Youth Union's introduction).
    @OptionalParent(key: "introducer_member_id") package var introducer: Member?
    @OptionalField(key: "known_since") package var knownSince: CivilDate?
    @OptionalField(key: "vote_id") package var voteID: UUID?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}

    package var recorded: RecordedStep {
        RecordedStep(step, on: date, introducer: step == .introduction ? $introducer.id?.uuidString : nil)
    }
}

/// An administrator's correction of the holiday calendar for one date.
package final class HolidayOverride: Model, @unchecked Sendable {
    package static let schema = "holiday_overrides"

    @ID(key: .id) package var id: UUID?
    @Field(key: "date") package var date: CivilDate
    @Field(key: "kind") package var kind: HolidayKind
    @Field(key: "name") package var name: String
    @OptionalField(key: "source") package var source: String?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}

    package var day: CalendarDay { CalendarDay(date, kind, vi: name, en: name, source: source) }
}
