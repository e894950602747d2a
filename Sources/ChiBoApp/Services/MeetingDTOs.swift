import ChiBoCore
import SQLKit
import Vapor

struct MeetingDTO: Content, Equatable {
    let id: UUID?
    let unitId: UUID
    let kind: MeetingKind
    let title: String
    let theme: String?
    let date: String
    let time: String
    let location: String
    let status: MeetingStatus
    let draftContent: String?
    let draftResolution: String?
    let notifiedOn: String?
    let startedAt: String?
    let endedAt: String?
    let chairName: String?
    let secretaryName: String?
    let results: String?
    let nextTasks: String?
    let qualityScore: Int?
    let quality: MeetingQuality?
    let feesCollected: String?

    init(_ m: Meeting) {
        id = m.id
        unitId = m.$unit.id
        kind = m.kind
        title = m.title
        theme = m.theme
        date = m.date.iso
        time = m.scheduledTime
        location = m.location
        status = m.status
        draftContent = m.draftContent
        draftResolution = m.draftResolution
        notifiedOn = m.notifiedOn?.iso
        startedAt = m.startedAt?.iso
        endedAt = m.endedAt?.iso
        chairName = m.chairName
        secretaryName = m.secretaryName
        results = m.results
        nextTasks = m.nextTasks
        qualityScore = m.qualityScore
        quality = m.quality
        feesCollected = m.feesCollected
    }
}

struct RollEntryDTO: Content, Equatable {
    let memberId: UUID
    let fullName: String
    let status: MemberStatus
    let exempt: Bool
    let transfer: TransferDirection?
    /// Suspended or detained that day: out of the base, not expected.
    let suspended: Bool
    var attendance: AttendanceStatus?
    var reason: String?
    var selfCheckin: Bool

    /// From a row carrying the roll's columns under their own names.
    init(memberID: UUID, _ row: any SQLRow) throws {
        memberId = memberID
        fullName = try row.decode(column: "full_name", as: String.self)
        status = try row.decode(enumColumn: "status", as: MemberStatus.self)
        exempt = try row.decode(column: "exempt", as: Bool.self)
        transfer = try row.decode(enumColumn: "transfer_direction", as: TransferDirection?.self)
        suspended = try row.decode(column: "suspended", as: Bool.self)
        attendance = try row.decode(enumColumn: "attendance", as: AttendanceStatus?.self)
        reason = try row.decode(column: "reason", as: String?.self)
        selfCheckin = try row.decode(column: "self_checkin", as: Bool.self)
    }

    init(_ a: MeetingAttendance) {
        memberId = a.$member.id
        fullName = a.fullName
        status = a.status
        exempt = a.exempt
        transfer = a.transfer
        suspended = a.suspended
        attendance = a.attendance
        reason = a.reason
        selfCheckin = a.selfCheckin
    }
}

struct GuestDTO: Content, Equatable {
    let id: UUID?
    let name: String
    let position: String
    let fromSuperior: Bool

    init(_ g: MeetingGuest) {
        id = g.id
        name = g.name
        position = g.position
        fromSuperior = g.fromSuperior
    }
}

struct SpeechDTO: Content, Equatable {
    let id: UUID?
    let speaker: String
    let memberId: UUID?
    let content: String
}

struct AgendaItemDTO: Content, Equatable {
    let id: UUID?
    let position: Int
    let title: String
    let conclusion: String?
    let speeches: [SpeechDTO]

    init(_ i: AgendaItem) {
        id = i.id
        position = i.position
        title = i.title
        conclusion = i.conclusion
        speeches = (i.$speeches.value ?? []).sorted { $0.position < $1.position }
            .map { SpeechDTO(id: $0.id, speaker: $0.speaker, memberId: $0.$member.id, content: $0.content) }
    }
}

struct VoteDTO: Content, Equatable {
    let id: UUID?
    let kind: VoteKind
    let subject: String
    let subjectMemberId: UUID?
    let mode: VoteMode
    let status: VoteStatus
    let inFavour: Int?
    let against: Int?
    let abstain: Int?
    let base: Int?
    let explanation: String?
    let passed: Bool?
    let attempt: Int
    /// The same subject has now failed the escalation number of times: report upward.
    let escalate: Bool

    init(_ v: Vote, escalateAfter: Int) {
        id = v.id
        kind = v.kind
        subject = v.subject
        subjectMemberId = v.$subjectMember.id
        mode = v.mode
        status = v.status
        inFavour = v.inFavour
        against = v.against
        abstain = v.abstain
        base = v.base
        explanation = v.explanation
        passed = v.passed
        attempt = v.attempt
        escalate = v.passed == false && v.attempt >= escalateAfter
    }
}

struct TaskDTO: Content, Equatable {
    let id: UUID?
    let unitId: UUID
    let meetingId: UUID?
    let memberId: UUID
    let description: String
    let dueDate: CivilDate
    let status: TaskStatus
    let report: String?
    let closedOn: CivilDate?
    let overdue: Bool

    init(
        id: UUID?, unitId: UUID, meetingId: UUID?, memberId: UUID, description: String, dueDate: CivilDate, status: TaskStatus,
        report: String?, closedOn: CivilDate?, overdue: Bool
    ) {
        self.id = id
        self.unitId = unitId
        self.meetingId = meetingId
        self.memberId = memberId
        self.description = description
        self.dueDate = dueDate
        self.status = status
        self.report = report
        self.closedOn = closedOn
        self.overdue = overdue
    }

    init(_ t: MeetingTask, today: CivilDate) {
        id = t.id
        unitId = t.$unit.id
        meetingId = t.$meeting.id
        memberId = t.$member.id
        description = t.description
        dueDate = t.dueDate
        status = t.status
        report = t.report
        closedOn = t.closedOn
        overdue = t.status.isOverdue(due: t.dueDate, today: today)
    }
}

struct AttachmentDTO: Content, Equatable {
    let id: UUID?
    let filename: String
    let contentType: String
    let size: Int
    let sha256: String

    init(_ a: Attachment) {
        id = a.id
        filename = a.filename
        contentType = a.contentType
        size = a.size
        sha256 = a.sha256
    }
}

extension AttendanceSummary: Content {}
extension MeetingObligations: Content {}
extension DurationCheck: Content {}
