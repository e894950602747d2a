import Fluent
import Vapor
import ChiBoCore

/// A meeting of a cell, from plan to locked minutes. The minutes are the meeting's own fields
/// with its roll, guests, agenda items and speeches; once locked they change only by amendment.
final class Meeting: Model, @unchecked Sendable {
    static let schema = "meetings"

    @ID(key: .id) var id: UUID?
    @Parent(key: "unit_id") var unit: OrgUnit
    @Field(key: "kind") var kindRaw: String
    @Field(key: "title") var title: String
    @OptionalField(key: "theme") var theme: String?
    @Field(key: "scheduled_date") var scheduledDate: String
    /// "HH:mm", Vietnam time.
    @Field(key: "scheduled_time") var scheduledTime: String
    @Field(key: "location") var location: String
    @Field(key: "status") var statusRaw: String
    @OptionalField(key: "draft_content") var draftContent: String?
    @OptionalField(key: "draft_resolution") var draftResolution: String?
    @OptionalField(key: "notified_on") var notifiedOn: String?
    /// "yyyy-MM-ddTHH:mm", Vietnam time.
    @OptionalField(key: "started_at") var startedAt: String?
    @OptionalField(key: "ended_at") var endedAt: String?
    @OptionalField(key: "chair_name") var chairName: String?
    @OptionalField(key: "secretary_name") var secretaryName: String?
    @OptionalField(key: "checkin_code") var checkinCode: String?
    /// Resolution part I: results.
    @OptionalField(key: "results") var results: String?
    /// Resolution part II: next month's tasks.
    @OptionalField(key: "next_tasks") var nextTasks: String?
    @OptionalField(key: "quality_score") var qualityScore: Int?
    @OptionalField(key: "quality") var qualityRaw: String?
    @OptionalField(key: "fees_collected") var feesCollected: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    /// A new planned meeting of a cell.
    convenience init(unitID: UUID, _ c: MeetingDraft.Checked) {
        self.init()
        self.$unit.id = unitID
        self.statusRaw = MeetingStatus.planned.rawValue
        apply(c)
    }

    /// The scheduling facts and the preparation texts.
    func apply(_ c: MeetingDraft.Checked) {
        kindRaw = c.kind.rawValue
        title = c.title
        theme = c.theme
        scheduledDate = c.date.iso
        scheduledTime = c.time
        location = c.location
        draftContent = c.draftContent
        draftResolution = c.draftResolution
    }

    var kind: MeetingKind { MeetingKind(rawValue: kindRaw) ?? .regular }
    var status: MeetingStatus { MeetingStatus(rawValue: statusRaw) ?? .planned }
    var date: CivilDate? { CivilDate(parsing: scheduledDate) }
    var quality: MeetingQuality? { qualityRaw.flatMap(MeetingQuality.init(rawValue:)) }
    var isLocked: Bool { status == .locked }
}

/// One member on a meeting's roll, with the membership facts of the meeting day.
final class MeetingAttendance: Model, @unchecked Sendable {
    static let schema = "meeting_attendance"

    @ID(key: .id) var id: UUID?
    @Parent(key: "meeting_id") var meeting: Meeting
    @Parent(key: "member_id") var member: Member
    @Field(key: "full_name") var fullName: String
    @Field(key: "sort_key") var sortKey: String
    @Field(key: "status") var statusRaw: String
    @Field(key: "exempt") var exempt: Bool
    @OptionalField(key: "transfer_direction") var transferRaw: String?
    @Field(key: "suspended") var suspended: Bool
    @OptionalField(key: "attendance") var attendanceRaw: String?
    @OptionalField(key: "reason") var reason: String?
    @OptionalField(key: "checked_in_at") var checkedInAt: Date?
    @Field(key: "self_checkin") var selfCheckin: Bool

    init() {}

    var attendance: AttendanceStatus? { attendanceRaw.flatMap(AttendanceStatus.init(rawValue:)) }
    var rollMember: RollMember {
        RollMember(status: MemberStatus(rawValue: statusRaw) ?? .official, exempt: exempt,
                   transfer: transferRaw.flatMap(TransferDirection.init(rawValue:)), suspended: suspended,
                   attendance: attendance)
    }
}

/// A guest: the superior committee's representative or another invited person.
final class MeetingGuest: Model, @unchecked Sendable {
    static let schema = "meeting_guests"

    @ID(key: .id) var id: UUID?
    @Parent(key: "meeting_id") var meeting: Meeting
    @Field(key: "name") var name: String
    @Field(key: "position") var position: String
    @Field(key: "from_superior") var fromSuperior: Bool

    init() {}
}

/// An item of the agenda, with the chair's conclusion on it.
final class AgendaItem: Model, @unchecked Sendable {
    static let schema = "agenda_items"

    @ID(key: .id) var id: UUID?
    @Parent(key: "meeting_id") var meeting: Meeting
    @Field(key: "position") var position: Int
    @Field(key: "title") var title: String
    @OptionalField(key: "conclusion") var conclusion: String?
    @Children(for: \.$item) var speeches: [Speech]

    init() {}
}

/// Who spoke on an item and what they said.
final class Speech: Model, @unchecked Sendable {
    static let schema = "speeches"

    @ID(key: .id) var id: UUID?
    @Parent(key: "agenda_item_id") var item: AgendaItem
    @Field(key: "speaker") var speaker: String
    @OptionalParent(key: "member_id") var member: Member?
    @Field(key: "content") var content: String
    @Field(key: "position") var position: Int

    init() {}
}

/// A vote of the meeting: counted by show of hands, or cast by members from their phones.
final class Vote: Model, @unchecked Sendable {
    static let schema = "votes"

    @ID(key: .id) var id: UUID?
    @Parent(key: "meeting_id") var meeting: Meeting
    @Field(key: "kind") var kindRaw: String
    @Field(key: "subject") var subject: String
    @OptionalParent(key: "subject_member_id") var subjectMember: Member?
    /// "hands" or "phones".
    @Field(key: "mode") var mode: String
    /// "open" or "closed".
    @Field(key: "status") var status: String
    @OptionalField(key: "in_favour") var inFavour: Int?
    @OptionalField(key: "against") var against: Int?
    @OptionalField(key: "abstain") var abstain: Int?
    @OptionalField(key: "base") var base: Int?
    @OptionalField(key: "explanation") var explanation: String?
    @OptionalField(key: "passed") var passed: Bool?
    /// 1 for the first time this subject is put to the vote, 2, 3 …
    @Field(key: "attempt") var attempt: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    var kind: VoteKind { VoteKind(rawValue: kindRaw) ?? .resolution }
}

final class MemberVote: Model, @unchecked Sendable {
    static let schema = "member_votes"

    @ID(key: .id) var id: UUID?
    @Parent(key: "vote_id") var vote: Vote
    @Parent(key: "member_id") var member: Member
    /// "for", "against", "abstain".
    @Field(key: "choice") var choice: String

    init() {}
}

/// A task the cell assigned to a named member, until reported done or dropped with a reason.
final class MeetingTask: Model, @unchecked Sendable {
    static let schema = "tasks"

    @ID(key: .id) var id: UUID?
    @Parent(key: "unit_id") var unit: OrgUnit
    @OptionalParent(key: "meeting_id") var meeting: Meeting?
    @Parent(key: "member_id") var member: Member
    @Field(key: "description") var description: String
    @Field(key: "due_date") var dueDate: String
    /// "open", "done", "dropped".
    @Field(key: "status") var status: String
    @OptionalField(key: "report") var report: String?
    @OptionalField(key: "closed_on") var closedOn: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}

/// A document attached to a meeting, stored in the database so any instance can serve it.
final class Attachment: Model, @unchecked Sendable {
    static let schema = "attachments"

    @ID(key: .id) var id: UUID?
    @Parent(key: "meeting_id") var meeting: Meeting
    @Field(key: "filename") var filename: String
    @Field(key: "content_type") var contentType: String
    @Field(key: "size") var size: Int
    @Field(key: "sha256") var sha256: String
    @Field(key: "data") var data: Data
    @Field(key: "uploaded_by") var uploadedBy: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}

/// The last number issued per unit, committee term and document type ("Số 07-NQ/CB").
final class DocumentCounter: Model, @unchecked Sendable {
    static let schema = "document_numbers"

    @ID(key: .id) var id: UUID?
    @Parent(key: "unit_id") var unit: OrgUnit
    @Field(key: "term_label") var termLabel: String
    @Field(key: "doc_type") var docType: String
    @Field(key: "last_sequence") var lastSequence: Int

    init() {}
}

/// A locked record: the approved minutes or an amendment, chained by hash per unit.
final class LockedRecord: Model, @unchecked Sendable {
    static let schema = "locked_records"

    @ID(key: .id) var id: UUID?
    @Parent(key: "unit_id") var unit: OrgUnit
    @Field(key: "sequence") var sequence: Int
    /// "minutes" or "amendment".
    @Field(key: "kind") var kind: String
    @Parent(key: "meeting_id") var meeting: Meeting
    /// Canonical JSON of what was locked.
    @Field(key: "content") var content: String
    @Field(key: "prev_hash") var prevHash: String
    @Field(key: "hash") var hash: String
    @Field(key: "signed_by") var signedBy: String
    @Field(key: "signed_on") var signedOn: String
    @OptionalField(key: "doc_number") var docNumber: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}
