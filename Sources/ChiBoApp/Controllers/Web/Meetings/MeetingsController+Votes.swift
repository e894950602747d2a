import ChiBoCore
import Fluent
import Vapor

/// POST /meetings/{id}/votes, /meetings/{id}/votes/{vote}/tally|close|ballot.
extension MeetingsController {

    @Sendable static func openVote(req: Request) async throws -> Response {
        let f = try req.content.decode(VoteInput.self)
        return try await act(req) { p, id in
            _ = try await VoteService.open(
                req.db, p, meetingID: id, kind: f.kind, subject: f.subject,
                subjectMemberID: try f.subjectMember(), mode: f.mode)
            return nil
        }
    }

    @Sendable static func tally(req: Request) async throws -> Response {
        _ = try await MeetingService.find(req.db, try req.principal(), try req.id(), for: .runMeetings)
        let f = try req.content.decode(TallyInput.self)
        let vote = try req.id("vote")
        return try await act(req) { p, id in
            _ = try await VoteService.record(req.db, p, meetingID: id, voteID: vote, tally: try f.tally())
            return nil
        }
    }

    @Sendable static func closeVote(req: Request) async throws -> Response {
        let vote = try req.id("vote")
        return try await act(req) { p, id in
            _ = try await VoteService.close(req.db, p, meetingID: id, voteID: vote)
            return nil
        }
    }

    @Sendable static func ballot(req: Request) async throws -> Response {
        let f = try req.content.decode(TextInput.self)
        let vote = try req.id("vote")
        return try await act(req) { p, id in
            try await VoteService.cast(req.db, p, meetingID: id, voteID: vote, choice: f.choice)
            return req.language == .vi ? "Đã ghi nhận biểu quyết của bạn." : "Your vote is recorded."
        }
    }
}
