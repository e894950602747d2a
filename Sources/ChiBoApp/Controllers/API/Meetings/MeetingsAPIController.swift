import Fluent
import Vapor
import ChiBoCore

/// /api/v1 for the meeting cycle: plans, meetings, roll, check-in, agenda, votes, tasks, minutes, documents.
enum MeetingsAPIController {
    struct MeetingDetail: Content {
        let meeting: MeetingDTO
        let roll: [RollEntryDTO]
        let attendance: AttendanceSummary
        let guests: [GuestDTO]
        let agenda: [AgendaItemDTO]
        let votes: [VoteDTO]
        let tasks: [TaskDTO]
        let attachments: [AttachmentDTO]
        let duration: DurationCheck?
        let noticeLate: Bool?
        let checkinCode: String?
        let records: [RecordDTO]
        let rulebookVersion: String
    }

    struct RecordDTO: Content {
        let sequence: Int
        let kind: String
        let hash: String
        let prevHash: String
        let signedBy: String
        let signedOn: String
        let docNumber: String?
        let content: String
    }

    static func detail(_ req: Request, _ m: Meeting) async throws -> MeetingDetail {
        let principal = try req.principal()
        let id = m.id!
        let rules = Rulebook.inForce(on: m.date)
        let roll = try await MeetingService.roll(req.db, meetingID: id)
        let canRun = try await Scope.allows(principal, .runMeetings, unit: m.$unit.id, on: req.db)
        var duration: DurationCheck?
        if let s = m.startedAt.flatMap(LocalDateTime.init(parsing:)), let e = m.endedAt.flatMap(LocalDateTime.init(parsing:)) {
            duration = .check(kind: m.kind, minutes: e.minutesSinceEpoch - s.minutesSinceEpoch, rules: rules.meetings)
        }
        let noticeLate = m.notifiedOn.flatMap(CivilDate.init(parsing:)).flatMap { n in
            NoticeRules.isLate(notified: n, meeting: m.date, rules: rules.meetings)
        }
        let today = req.clock.today
        return MeetingDetail(
            meeting: MeetingDTO(m), roll: roll.map(RollEntryDTO.init),
            attendance: AttendanceSummary.compute(roll.map(\.rollMember)),
            guests: try await MeetingGuest.query(on: req.db).filter(\.$meeting.$id == id).all().map(GuestDTO.init),
            agenda: try await MeetingService.agenda(req.db, meetingID: id).map(AgendaItemDTO.init),
            votes: try await VoteService.votes(req.db, meetingID: id).map { VoteDTO($0, escalateAfter: rules.votes.escalateAfterFailures) },
            tasks: try await TaskService.forMeeting(req.db, meetingID: id).map { TaskDTO($0, today: today) },
            attachments: try await AttachmentService.list(req.db, meetingID: id).map(AttachmentDTO.init),
            duration: duration, noticeLate: noticeLate, checkinCode: canRun ? m.checkinCode : nil,
            records: try await MinutesService.records(req.db, meetingID: id).map {
                RecordDTO(sequence: $0.sequence, kind: $0.kind, hash: $0.hash, prevHash: $0.prevHash, signedBy: $0.signedBy,
                          signedOn: $0.signedOn, docNumber: $0.docNumber, content: $0.content)
            },
            rulebookVersion: rules.versionID)
    }

    @Sendable static func detail(req: Request) async throws -> MeetingDetail {
        try await Self.detail(req, try await MeetingService.find(req.db, try req.principal(), try req.id()))
    }

    static func voteDTO(_ v: Vote, _ req: Request) async throws -> VoteDTO {
        let m = try await Meeting.find(v.$meeting.id, on: req.db)
        return VoteDTO(v, escalateAfter: m.map(VoteService.escalateAfter) ?? 3)
    }
}
