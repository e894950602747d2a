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

/// A cell secretary's monthly report to the commune committee (trực báo), and the committee's answer.
package final class MonthlyReport: Model, @unchecked Sendable {
    package static let schema = "monthly_reports"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "unit_id") package var unit: OrgUnit
    /// `2026-11`.
    @Field(key: "month") package var month: String
    @OptionalField(key: "members_thinking") package var membersThinking: String?
    @OptionalField(key: "public_opinion") package var publicOpinion: String?
    @OptionalField(key: "hot_issues") package var hotIssues: String?
    @OptionalField(key: "results") package var results: String?
    @OptionalField(key: "proposals") package var proposals: String?
    @Field(key: "hot_issue_count") package var hotIssueCount: Int
    @Field(key: "proposal_count") package var proposalCount: Int
    /// The sections folded (lower case, no diacritics) for search.
    @Field(key: "search_text") package var searchText: String
    /// The day it was first submitted: lateness is measured from it.
    @Field(key: "submitted_on") package var submittedOn: CivilDate
    @OptionalParent(key: "account_id") package var account: Account?
    @OptionalField(key: "answer") package var answer: String?
    @OptionalField(key: "answered_on") package var answeredOn: CivilDate?
    @OptionalField(key: "answered_by") package var answeredBy: String?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) package var updatedAt: Date?

    package init() {}

    func text(_ section: MonthlyReportSection) -> String? {
        switch section {
        case .membersThinking: membersThinking
        case .publicOpinion: publicOpinion
        case .hotIssues: hotIssues
        case .results: results
        case .proposals: proposals
        }
    }

    func apply(_ d: MonthlyReportDraft) {
        month = d.month.key
        membersThinking = d.text(.membersThinking)
        publicOpinion = d.text(.publicOpinion)
        hotIssues = d.text(.hotIssues)
        results = d.text(.results)
        proposals = d.text(.proposals)
        hotIssueCount = d.hotIssueCount
        proposalCount = d.proposalCount
        searchText = VietnameseText.fold(MonthlyReportSection.allCases.compactMap(d.text).joined(separator: " "))
    }
}

/// An opinion or petition raised at a cell meeting (ý kiến, kiến nghị), with the facts of its
/// trail cached for lists and counters: who holds it now, since when, its deadline, when answered
/// and reported back. The trail itself is its steps.
package final class RaisedIssue: Model, @unchecked Sendable {
    package static let schema = "raised_issues"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "unit_id") package var unit: OrgUnit
    /// The meeting it was raised at.
    @Parent(key: "meeting_id") package var meeting: Meeting
    /// The member who raised it (or brought the public's opinion), who may follow it.
    @OptionalParent(key: "member_id") package var member: Member?
    @OptionalField(key: "raised_by") package var raisedBy: String?
    @Field(key: "origin") package var origin: IssueOrigin
    @Field(key: "topic") package var topic: IssueTopic
    @Field(key: "text") package var text: String
    @Field(key: "raised_on") package var raisedOn: CivilDate
    @Field(key: "responder") package var responder: IssueResponder
    @Field(key: "status") package var status: IssueStatus
    @Field(key: "escalated") package var escalated: Bool
    @Field(key: "since") package var since: CivilDate
    /// The current responder's deadline.
    @Field(key: "due") package var due: CivilDate
    @OptionalField(key: "answered_on") package var answeredOn: CivilDate?
    /// Working days from the raise to the answer.
    @OptionalField(key: "answer_days") package var answerDays: Int?
    @OptionalField(key: "reported_on") package var reportedOn: CivilDate?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) package var updatedAt: Date?

    package init() {}

    /// Caches the trail's facts.
    func cache(_ t: RaisedIssueTrail, calendar: HolidayCalendar, workingDays: Int) {
        responder = t.currentResponder
        status = t.status
        escalated = t.escalated
        since = t.since
        due = t.deadline(calendar: calendar, workingDays: workingDays).due
        answeredOn = t.answeredOn
        answerDays = t.workingDaysTaken(calendar: calendar)
        reportedOn = t.reportedOn
    }
}

/// One dated step of a raised issue.
package final class RaisedIssueStep: Model, @unchecked Sendable {
    package static let schema = "raised_issue_steps"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "issue_id") package var issue: RaisedIssue
    @Field(key: "position") package var position: Int
    /// `raised`, `escalated`, `answered`, `reported` (`IssueStep.Kind.code`).
    @Field(key: "kind") package var kind: String
    @OptionalField(key: "responder") package var responder: IssueResponder?
    @Field(key: "date") package var date: CivilDate
    @OptionalField(key: "note") package var note: String?
    /// The meeting of a raise or a report back.
    @OptionalParent(key: "meeting_id") package var meeting: Meeting?
    @OptionalParent(key: "account_id") package var account: Account?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}

    /// The step as the rules read it; a stored kind the code does not know fails to load.
    func step() throws -> IssueStep {
        guard let k = IssueStep.Kind(code: kind, responder: responder) else {
            throw DomainError(.conflict, code: "issue.step.unknown", vi: "Bước không hợp lệ.", en: "Unknown step.")
        }
        return IssueStep(k, on: date, note: note)
    }
}

/// An item of a committee's (or its inspection committee's) yearly plan of inspection and
/// supervision, with its conclusion.
package final class Inspection: Model, @unchecked Sendable {
    package static let schema = "inspections"

    @ID(key: .id) package var id: UUID?
    /// The committee whose plan it is.
    @Parent(key: "unit_id") package var unit: OrgUnit
    @Field(key: "body") package var body: InspectionBody
    @Field(key: "year") package var year: Int
    @Field(key: "kind") package var kind: InspectionKind
    /// The cell inspected or supervised (a member's cell for a member).
    @Parent(key: "target_unit_id") package var target: OrgUnit
    @OptionalParent(key: "target_member_id") package var targetMember: Member?
    @Field(key: "content") package var content: String
    @Field(key: "review_from") package var reviewFrom: CivilDate
    @Field(key: "review_to") package var reviewTo: CivilDate
    @Field(key: "start_on") package var startOn: CivilDate
    @Field(key: "end_on") package var endOn: CivilDate
    @Field(key: "status") package var status: InspectionStatus
    @OptionalField(key: "conclusion") package var conclusion: String?
    @OptionalField(key: "concluded_on") package var concludedOn: CivilDate?
    @OptionalField(key: "concluded_by") package var concludedBy: String?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) package var updatedAt: Date?

    package init() {}
}

/// A member of an inspection's team: they may read the target's meetings of the period under review.
package final class InspectionTeamMember: Model, @unchecked Sendable {
    package static let schema = "inspection_team"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "inspection_id") package var inspection: Inspection
    @Parent(key: "account_id") package var account: Account

    package init() {}
}

/// What the team found, dated, by whom.
package final class InspectionFinding: Model, @unchecked Sendable {
    package static let schema = "inspection_findings"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "inspection_id") package var inspection: Inspection
    @OptionalParent(key: "account_id") package var account: Account?
    @Field(key: "author") package var author: String
    @Field(key: "date") package var date: CivilDate
    @Field(key: "text") package var text: String
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}
}

/// A remedy the conclusion requires, its deadline, and its report once done.
package final class InspectionRemedy: Model, @unchecked Sendable {
    package static let schema = "inspection_remedies"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "inspection_id") package var inspection: Inspection
    @Field(key: "position") package var position: Int
    @Field(key: "content") package var content: String
    @Field(key: "due") package var due: CivilDate
    @OptionalField(key: "done_on") package var doneOn: CivilDate?
    @OptionalField(key: "done_report") package var doneReport: String?
    @OptionalField(key: "done_by") package var doneBy: String?

    package init() {}

    var remedy: Remedy { Remedy(content: content, due: due, doneOn: doneOn) }
}

/// The model cell a level picked for a group of cell types and a year, its model meeting and the
/// lessons the working group drew.
package final class ModelMeeting: Model, @unchecked Sendable {
    package static let schema = "model_meetings"

    @ID(key: .id) package var id: UUID?
    /// The level that picked it.
    @Parent(key: "unit_id") package var unit: OrgUnit
    @Field(key: "year") package var year: Int
    @Field(key: "cell_group") package var group: CellGroup
    @Parent(key: "cell_id") package var cell: OrgUnit
    @OptionalParent(key: "meeting_id") package var meeting: Meeting?
    @OptionalField(key: "lessons") package var lessons: String?
    @OptionalField(key: "lessons_on") package var lessonsOn: CivilDate?
    @OptionalField(key: "lessons_by") package var lessonsBy: String?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) package var updatedAt: Date?

    package init() {}
}

/// A member of a model meeting's working group.
package final class ModelMeetingGroupMember: Model, @unchecked Sendable {
    package static let schema = "model_meeting_group"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "model_id") package var model: ModelMeeting
    @Parent(key: "account_id") package var account: Account

    package init() {}
}

/// A local setting a unit set from a day (it holds for the unit and those below until a later one).
package final class UnitSetting: Model, @unchecked Sendable {
    package static let schema = "unit_settings"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "unit_id") package var unit: OrgUnit
    @Field(key: "key") package var key: LocalSettingKey
    @Field(key: "value") package var value: String
    @Field(key: "from_date") package var from: CivilDate
    @Field(key: "set_by") package var setBy: String
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}
}
