import ChiBoCore
import Fluent
import Vapor

/// /api/v1 for the meeting cycle: plans, meetings, roll, check-in, agenda, votes, tasks, minutes, documents.
enum MeetingsAPIController {
    struct MeetingDetail: Content {
        let meeting: MeetingDTO
        let roll: [RollEntryDTO]
        let attendance: AttendanceSummary
        let guests: [GuestDTO]
        /// Superiors at the meeting, with their evaluations.
        let visits: [VisitDTO]
        /// Opinions and petitions raised at the meeting.
        let issues: [IssueDTO]
        let agenda: [AgendaItemDTO]
        let votes: [VoteDTO]
        let tasks: [TaskDTO]
        let attachments: [AttachmentDTO]
        let duration: DurationCheck?
        let noticeLate: Bool?
        let checkinCode: String?
        let records: [RecordDTO]
        let rulebookVersion: String

        init(_ p: MeetingPage) {
            meeting = p.meeting
            roll = p.roll
            attendance = p.attendance
            guests = p.guests
            visits = p.visits
            issues = p.issues
            agenda = p.agenda
            votes = p.votes
            tasks = p.tasks
            attachments = p.attachments
            duration = p.duration
            noticeLate = p.noticeLate
            checkinCode = p.checkinCode
            records = p.records
            rulebookVersion = p.rulebookVersion
        }
    }

    static func detail(_ req: Request, _ id: UUID) async throws -> MeetingDetail {
        MeetingDetail(try await MeetingPage.load(req.db, try req.principal(), id: id, today: req.clock.today))
    }

    @Sendable static func detail(req: Request) async throws -> MeetingDetail {
        try await Self.detail(req, try req.id())
    }

    static func voteDTO(_ v: Vote, _ req: Request) async throws -> VoteDTO {
        guard let m = try await Meeting.find(v.$meeting.id, on: req.db) else { throw DomainError.notFound("meeting") }
        return VoteDTO(v, escalateAfter: VoteService.escalateAfter(m))
    }
}
