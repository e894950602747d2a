import ChiBoCore
import Fluent
import Vapor

/// A meeting of a cell, from plan to locked minutes. The minutes are the meeting's own fields
/// with its roll, guests, agenda items and speeches; once locked they change only by amendment.
package final class Meeting: Model, @unchecked Sendable {
    package static let schema = "meetings"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "unit_id") package var unit: OrgUnit
    @Field(key: "kind") package var kind: MeetingKind
    @Field(key: "title") package var title: String
    @OptionalField(key: "theme") package var theme: String?
    @Field(key: "scheduled_date") package var date: CivilDate
    /// "HH:mm", Vietnam time.
    @Field(key: "scheduled_time") package var scheduledTime: String
    @Field(key: "location") package var location: String
    @Field(key: "status") package var status: MeetingStatus
    @OptionalField(key: "draft_content") package var draftContent: String?
    @OptionalField(key: "draft_resolution") package var draftResolution: String?
    @OptionalField(key: "notified_on") package var notifiedOn: CivilDate?
    /// "yyyy-MM-ddTHH:mm", Vietnam time.
    @OptionalField(key: "started_at") package var startedAt: LocalDateTime?
    @OptionalField(key: "ended_at") package var endedAt: LocalDateTime?
    @OptionalField(key: "chair_name") package var chairName: String?
    @OptionalField(key: "secretary_name") package var secretaryName: String?
    @OptionalField(key: "checkin_code") package var checkinCode: String?
    /// Resolution part I: results.
    @OptionalField(key: "results") package var results: String?
    /// Resolution part II: next month's tasks.
    @OptionalField(key: "next_tasks") package var nextTasks: String?
    @OptionalField(key: "quality_score") package var qualityScore: Int?
    @OptionalField(key: "quality") package var quality: MeetingQuality?
    @OptionalField(key: "fees_collected") package var feesCollected: String?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) package var updatedAt: Date?

    package init() {}

    /// A new planned meeting of a cell.
    package convenience init(unitID: UUID, _ c: MeetingDraft.Checked) {
        self.init()
        self.$unit.id = unitID
        self.status = MeetingStatus.planned
        apply(c)
    }

    /// The scheduling facts and the preparation texts.
    package func apply(_ c: MeetingDraft.Checked) {
        kind = c.kind
        title = c.title
        theme = c.theme
        date = c.date
        scheduledTime = c.time
        location = c.location
        draftContent = c.draftContent
        draftResolution = c.draftResolution
    }

    package var isLocked: Bool { status == .locked }
}

/// One member on a meeting's roll, with the membership facts of the meeting day.
package final class MeetingAttendance: Model, @unchecked Sendable {
    package static let schema = "meeting_attendance"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "meeting_id") package var meeting: Meeting
    @Parent(key: "member_id") package var member: Member
    @Field(key: "full_name") package var fullName: String
    @Field(key: "sort_key") package var sortKey: String
    @Field(key: "status") package var status: MemberStatus
    @Field(key: "exempt") package var exempt: Bool
    @OptionalField(key: "transfer_direction") package var transfer: TransferDirection?
    @Field(key: "suspended") package var suspended: Bool
    @OptionalField(key: "attendance") package var attendance: AttendanceStatus?
    @OptionalField(key: "reason") package var reason: String?
    @OptionalField(key: "checked_in_at") package var checkedInAt: Date?
    @Field(key: "self_checkin") package var selfCheckin: Bool

    package init() {}

    package var rollMember: RollMember {
        RollMember(
            status: status, exempt: exempt,
            transfer: transfer, suspended: suspended,
            attendance: attendance)
    }
}

/// A guest: the superior committee's representative or another invited person.
package final class MeetingGuest: Model, @unchecked Sendable {
    package static let schema = "meeting_guests"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "meeting_id") package var meeting: Meeting
    @Field(key: "name") package var name: String
    @Field(key: "position") package var position: String
    @Field(key: "from_superior") package var fromSuperior: Bool

    package init() {}
}

/// An item of the agenda, with the chair's conclusion on it.
package final class AgendaItem: Model, @unchecked Sendable {
    package static let schema = "agenda_items"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "meeting_id") package var meeting: Meeting
    @Field(key: "position") package var position: Int
    @Field(key: "title") package var title: String
    @OptionalField(key: "conclusion") package var conclusion: String?
    @Children(for: \.$item) package var speeches: [Speech]

    package init() {}
}

/// Who spoke on an item and what they said.
package final class Speech: Model, @unchecked Sendable {
    package static let schema = "speeches"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "agenda_item_id") package var item: AgendaItem
    @Field(key: "speaker") package var speaker: String
    @OptionalParent(key: "member_id") package var member: Member?
    @Field(key: "content") package var content: String
    @Field(key: "position") package var position: Int

    package init() {}
}

/// A vote of the meeting: counted by show of hands, or cast by members from their phones.
package final class Vote: Model, @unchecked Sendable {
    package static let schema = "votes"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "meeting_id") package var meeting: Meeting
    @Field(key: "kind") package var kind: VoteKind
    @Field(key: "subject") package var subject: String
    @OptionalParent(key: "subject_member_id") package var subjectMember: Member?
    /// "hands" or "phones".
    @Field(key: "mode") package var mode: VoteMode
    /// "open" or "closed".
    @Field(key: "status") package var status: VoteStatus
    @OptionalField(key: "in_favour") package var inFavour: Int?
    @OptionalField(key: "against") package var against: Int?
    @OptionalField(key: "abstain") package var abstain: Int?
    @OptionalField(key: "base") package var base: Int?
    @OptionalField(key: "explanation") package var explanation: String?
    @OptionalField(key: "passed") package var passed: Bool?
    /// 1 for the first time this subject is put to the vote, 2, 3 …
    @Field(key: "attempt") package var attempt: Int
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}

}

package final class MemberVote: Model, @unchecked Sendable {
    package static let schema = "member_votes"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "vote_id") package var vote: Vote
    @Parent(key: "member_id") package var member: Member
    /// "for", "against", "abstain".
    @Field(key: "choice") package var choice: BallotChoice

    package init() {}
}

/// A task the cell assigned to a named member, until reported done or dropped with a reason.
package final class MeetingTask: Model, @unchecked Sendable {
    package static let schema = "tasks"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "unit_id") package var unit: OrgUnit
    @OptionalParent(key: "meeting_id") package var meeting: Meeting?
    @Parent(key: "member_id") package var member: Member
    @Field(key: "description") package var description: String
    @Field(key: "due_date") package var dueDate: CivilDate
    /// "open", "done", "dropped".
    @Field(key: "status") package var status: TaskStatus
    @OptionalField(key: "report") package var report: String?
    @OptionalField(key: "closed_on") package var closedOn: CivilDate?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}
}

/// A document attached to a meeting, stored in the database so any instance can serve it.
package final class Attachment: Model, StoredFile, @unchecked Sendable {
    package static let schema = "attachments"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "meeting_id") package var meeting: Meeting
    @Field(key: "filename") package var filename: String
    @Field(key: "content_type") package var contentType: String
    @Field(key: "size") package var size: Int
    @Field(key: "sha256") package var sha256: String
    @Field(key: "data") package var data: Data
    @Field(key: "uploaded_by") package var uploadedBy: String
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}
}

/// The last number issued per unit, committee term and document type ("Số 07-NQ/CB").
package final class DocumentCounter: Model, @unchecked Sendable {
    package static let schema = "document_numbers"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "unit_id") package var unit: OrgUnit
    @Field(key: "term_label") package var termLabel: String
    @Field(key: "doc_type") package var docType: String
    @Field(key: "last_sequence") package var lastSequence: Int

    package init() {}
}

/// A locked record: the approved minutes or an amendment, chained by hash per unit.
package final class LockedRecord: Model, @unchecked Sendable {
    package static let schema = "locked_records"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "unit_id") package var unit: OrgUnit
    @Field(key: "sequence") package var sequence: Int
    /// "minutes" or "amendment".
    @Field(key: "kind") package var kind: LockedRecordKind
    @Parent(key: "meeting_id") package var meeting: Meeting
    /// Canonical JSON of what was locked.
    @Field(key: "content") package var content: String
    @Field(key: "prev_hash") package var prevHash: String
    @Field(key: "hash") package var hash: String
    @Field(key: "signed_by") package var signedBy: String
    @Field(key: "signed_on") package var signedOn: String
    @OptionalField(key: "doc_number") package var docNumber: String?
    /// What the hash covers (M024): absent on the records locked before, which keep their version 1
    /// input; 2 adds the signer's account and, in the minutes' content, the attachments' hashes.
    @OptionalField(key: "hash_version") package var hashVersion: Int?
    /// The account that approved or amended (M024; absent on version 1 records and the demo's).
    @OptionalField(key: "signer_account_id") package var signerAccountID: UUID?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}
}
