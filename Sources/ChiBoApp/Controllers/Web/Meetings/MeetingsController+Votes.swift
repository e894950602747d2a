import Fluent
import Vapor
import ChiBoCore

/// POST /meetings/{id}/votes, /meetings/{id}/votes/{vote}/tally|close|ballot.
extension MeetingsController {
    struct VoteForm: Content {
        var kind: String?
        var subject: String?
        var subjectMemberId: String?
        var mode: String?
        var inFavour: String?
        var against: String?
        var abstain: String?
    }

    @Sendable static func openVote(req: Request) async throws -> Response {
        let f = try req.content.decode(VoteForm.self)
        return try await act(req) { p, id in
            _ = try await VoteService.open(req.db, p, meetingID: id, kind: f.kind, subject: f.subject,
                                           subjectMemberID: f.subjectMemberId.flatMap { UUID(uuidString: $0) }, mode: f.mode)
            return nil
        }
    }

    @Sendable static func tally(req: Request) async throws -> Response {
        let f = try req.content.decode(VoteForm.self)
        let vote = try req.id("vote")
        return try await act(req) { p, id in
            func n(_ s: String?, _ field: String) throws -> Int {
                let t = (s ?? "").trimmingCharacters(in: .whitespaces)
                if t.isEmpty && field == "abstain" { return 0 }
                guard let v = Int(t) else {
                    throw DomainError(.invalid, code: "tally.invalid", vi: "Số phiếu phải là số nguyên.", en: "Vote counts are whole numbers.",
                                      field: field)
                }
                return v
            }
            _ = try await VoteService.record(req.db, p, meetingID: id, voteID: vote,
                                             tally: Tally(inFavour: try n(f.inFavour, "inFavour"), against: try n(f.against, "against"),
                                                          abstain: try n(f.abstain, "abstain")))
            return nil
        }
    }

    @Sendable static func closeVote(req: Request) async throws -> Response {
        let vote = try req.id("vote")
        return try await act(req) { p, id in _ = try await VoteService.close(req.db, p, meetingID: id, voteID: vote); return nil }
    }

    @Sendable static func ballot(req: Request) async throws -> Response {
        let f = try req.content.decode(TextForm.self)
        let vote = try req.id("vote")
        return try await act(req) { p, id in
            try await VoteService.cast(req.db, p, meetingID: id, voteID: vote, choice: f.choice)
            return req.language == .vi ? "Đã ghi nhận biểu quyết của bạn." : "Your vote is recorded."
        }
    }
}
