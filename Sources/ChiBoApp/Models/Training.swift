import ChiBoCore
import Fluent
import Vapor

/// A course a committee runs (or sends its cells' secretaries to), listed under the year it starts.
package final class Course: Model, @unchecked Sendable {
    package static let schema = "courses"

    @ID(key: .id) package var id: UUID?
    /// The committee that records it.
    @Parent(key: "unit_id") package var unit: OrgUnit
    @Field(key: "year") package var year: Int
    @Field(key: "kind") package var kind: CourseKind
    @Field(key: "topic") package var topic: String
    @Field(key: "organiser") package var organiser: String
    @OptionalField(key: "location") package var location: String?
    @Field(key: "start_on") package var startOn: CivilDate
    @Field(key: "end_on") package var endOn: CivilDate
    @Field(key: "created_by") package var createdBy: String
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) package var updatedAt: Date?

    package init() {}
}

/// A member at a course: whether they completed it, and their certificate.
package final class CourseAttendee: Model, @unchecked Sendable {
    package static let schema = "course_attendees"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "course_id") package var course: Course
    @Parent(key: "member_id") package var member: Member
    @Field(key: "completed") package var completed: Bool
    @OptionalField(key: "certificate_number") package var certificateNumber: String?
    @OptionalField(key: "certificate_date") package var certificateDate: CivilDate?
    @Field(key: "recorded_by") package var recordedBy: String
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) package var updatedAt: Date?

    package init() {}

    var attendance: CourseAttendance {
        CourseAttendance(completed: completed, certificateNumber: certificateNumber, certificateDate: certificateDate)
    }
}

/// A contest a committee holds for its cells' secretaries (hội thi bí thư chi bộ giỏi).
package final class Contest: Model, @unchecked Sendable {
    package static let schema = "contests"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "unit_id") package var unit: OrgUnit
    @Field(key: "year") package var year: Int
    @Field(key: "name") package var name: String
    @Field(key: "start_on") package var startOn: CivilDate
    @Field(key: "end_on") package var endOn: CivilDate
    @Field(key: "created_by") package var createdBy: String
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) package var updatedAt: Date?

    package init() {}
}

/// A secretary or deputy entered in a contest, for the cell and office they held when entered,
/// and their result once recorded.
package final class ContestEntrant: Model, @unchecked Sendable {
    package static let schema = "contest_entrants"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "contest_id") package var contest: Contest
    @Parent(key: "member_id") package var member: Member
    @Parent(key: "cell_id") package var cell: OrgUnit
    @Field(key: "office") package var office: OfficerRole
    @OptionalField(key: "prize") package var prize: ContestPrize?
    @OptionalField(key: "note") package var note: String?
    @Field(key: "recorded_by") package var recordedBy: String
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) package var updatedAt: Date?

    package init() {}
}
