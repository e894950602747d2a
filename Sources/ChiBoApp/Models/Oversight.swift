import ChiBoCore
import Fluent
import Vapor

/// A superior at a cell's meeting: who came for which committee (also on the meeting's guest
/// list), what they said for the minutes, and their own evaluation of the meeting on the rubric.
package final class SuperiorVisit: Model, @unchecked Sendable {
    package static let schema = "superior_visits"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "meeting_id") package var meeting: Meeting
    /// The cell whose meeting it was.
    @Parent(key: "unit_id") package var unit: OrgUnit
    @Field(key: "meeting_date") package var meetingDate: CivilDate
    @Parent(key: "guest_id") package var guest: MeetingGuest
    /// The committee the visitor came for: a unit above the cell.
    @Parent(key: "level_unit_id") package var level: OrgUnit
    /// The visitor's account, when they recorded it themselves.
    @OptionalParent(key: "account_id") package var account: Account?
    @Field(key: "visitor_name") package var visitorName: String
    @Field(key: "visitor_position") package var visitorPosition: String
    /// Their remarks to the meeting: part of the minutes.
    @OptionalField(key: "remarks") package var remarks: String?
    /// What they took up to answer or to carry to their committee.
    @OptionalField(key: "taken_up") package var takenUp: String?
    @OptionalField(key: "p_preparation") package var preparation: Int?
    @OptionalField(key: "p_attendance") package var attendance: Int?
    @OptionalField(key: "p_procedure") package var procedure: Int?
    @OptionalField(key: "p_content") package var content: Int?
    @OptionalField(key: "p_discussion") package var discussion: Int?
    @OptionalField(key: "p_resolution") package var resolution: Int?
    @OptionalField(key: "score") package var score: Int?
    @OptionalField(key: "quality") package var quality: MeetingQuality?
    @OptionalField(key: "assessment") package var assessment: String?
    @OptionalField(key: "evaluated_on") package var evaluatedOn: CivilDate?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) package var updatedAt: Date?

    package init() {}

    /// The points per criterion, as stored.
    var points: [RubricCriterion: Int?] {
        [
            .preparation: preparation, .attendance: attendance, .procedure: procedure, .content: content,
            .discussion: discussion, .resolution: resolution,
        ]
    }

    func apply(_ e: MeetingEvaluation, local: LocalSettings) {
        preparation = e.points[.preparation]
        attendance = e.points[.attendance]
        procedure = e.points[.procedure]
        content = e.points[.content]
        discussion = e.points[.discussion]
        resolution = e.points[.resolution]
        score = e.score
        quality = e.quality(local)
    }
}
