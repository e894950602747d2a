import Fluent
import Vapor
import ChiBoCore

/// GET /meetings/{id}: the meeting page, and the actions that come back to it.
extension MeetingsController {
    static func render(_ req: Request, _ id: UUID, errors: [DomainError] = [], notice: String? = nil) async throws -> HTMLPage {
        let principal = try req.principal()
        let m = try await MeetingService.find(req.db, principal, id)
        guard let unit = try await OrgUnit.find(m.$unit.id, on: req.db) else { throw DomainError.notFound() }
        let rules = Rulebook.inForce(on: m.date)
        let roll = try await MeetingService.roll(req.db, meetingID: id)
        var duration: DurationCheck?
        if let s = m.startedAt.flatMap(LocalDateTime.init(parsing:)), let e = m.endedAt.flatMap(LocalDateTime.init(parsing:)) {
            duration = .check(kind: m.kind, minutes: e.minutesSinceEpoch - s.minutesSinceEpoch, rules: rules.meetings)
        }
        let noticeLate = m.notifiedOn.flatMap(CivilDate.init(parsing:)).flatMap { n in
            NoticeRules.isLate(notified: n, meeting: m.date, rules: rules.meetings)
        } ?? false
        let votes = try await VoteService.votes(req.db, meetingID: id)
        var myBallots: [UUID: BallotChoice] = [:]
        if let memberID = principal.memberID {
            for b in try await MemberVote.query(on: req.db).filter(\.$member.$id == memberID).filter(\.$vote.$id ~~ votes.compactMap(\.id)).all() {
                myBallots[b.$vote.id] = b.choice
            }
        }
        // Tasks of earlier meetings still open: "results of last month's resolution".
        let carried = m.status.minutesLocked ? [] : try await TaskService.open(req.db, unitID: unit.id!).filter { $0.$meeting.id != id }
        let page = MeetingViews.Page(
            meeting: m, unit: unit, roll: roll, summary: AttendanceSummary.compute(roll.map(\.rollMember)),
            guests: try await MeetingGuest.query(on: req.db).filter(\.$meeting.$id == id).all(),
            agenda: try await MeetingService.agenda(req.db, meetingID: id), votes: votes,
            tasks: try await TaskService.forMeeting(req.db, meetingID: id), carriedTasks: carried,
            attachments: try await AttachmentService.list(req.db, meetingID: id),
            records: try await MinutesService.records(req.db, meetingID: id), duration: duration, noticeLate: noticeLate,
            canRun: try await Scope.allows(principal, .runMeetings, unit: unit.id!, on: req.db),
            myRow: roll.first { $0.$member.id == principal.memberID }, myBallots: myBallots,
            escalateAfter: rules.votes.escalateAfterFailures, errors: errors, notice: notice)
        return HTMLPage(MeetingViews.page(await req.pageContext(), page), status: errors.isEmpty ? .ok : .unprocessableEntity)
    }

    @Sendable static func show(req: Request) async throws -> HTMLPage {
        try await render(req, try req.id())
    }

    /// Runs an action from the meeting page; its errors are shown on the page.
    static func act(_ req: Request, notice: String? = nil, _ body: @escaping (Principal, UUID) async throws -> String?) async throws -> Response {
        let principal = try req.principal()
        let id = try req.id()
        switch try await req.attempt({ try await body(principal, id) }) {
        case .success(let message):
            if let message = message ?? notice {
                return try await render(req, id, notice: message).encodeResponse(for: req)
            }
            return req.redirect(to: SiteURL.meeting(id).path)
        case .failure(let f):
            return try await render(req, id, errors: f.errors).encodeResponse(for: req)
        }
    }
}
