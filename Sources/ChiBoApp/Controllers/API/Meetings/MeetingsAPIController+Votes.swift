import ChiBoCore
import Fluent
import Vapor

/// /api/v1/meetings/{id}/votes…, POST /api/v1/votes/calculate.
extension MeetingsAPIController {

    @Sendable static func openVote(req: Request) async throws -> Response {
        let b = try req.content.decode(VoteInput.self)
        let v = try await VoteService.open(
            req.db, try req.principal(), meetingID: try req.id(), kind: b.kind, subject: b.subject,
            subjectMemberID: try b.subjectMember(), mode: b.mode)
        return try await voteDTO(v, req).encodeResponse(status: .created, for: req)
    }

    @Sendable static func tally(req: Request) async throws -> VoteDTO {
        let principal = try req.principal()
        let id = try req.id()
        _ = try await MeetingService.find(req.db, principal, id, for: .runMeetings)
        let b = try req.content.decode(TallyInput.self)
        let v = try await VoteService.record(req.db, principal, meetingID: id, voteID: try req.id("vote"), tally: try b.tally())
        return try await voteDTO(v, req)
    }

    @Sendable static func ballot(req: Request) async throws -> HTTPStatus {
        let b = try req.content.decode(TextInput.self)
        try await VoteService.cast(req.db, try req.principal(), meetingID: try req.id(), voteID: try req.id("vote"), choice: b.choice)
        return .noContent
    }

    @Sendable static func closeVote(req: Request) async throws -> VoteDTO {
        try await voteDTO(
            try await VoteService.close(req.db, try req.principal(), meetingID: try req.id(), voteID: try req.id("vote")), req)
    }

    /// The vote arithmetic alone, on a roll described by the caller: nothing is stored.
    struct CalculateBody: Content {
        var kind: String?
        var date: String?
        var roll: [RollMember]?
        var inFavour: Int?
        var against: Int?
        var abstain: Int?
    }

    struct CalculateResponse: Content {
        let kind: VoteKind
        let base: Int
        let baseExplanation: String
        let votersPresent: Int
        let threshold: String
        let minimumInFavour: Int
        let passed: Bool
        let explanation: String
        let rulebookSource: String
    }

    @Sendable static func calculate(req: Request) async throws -> CalculateResponse {
        let b = try req.content.decode(CalculateBody.self)
        guard let kind = b.kind.flatMap(VoteKind.init(rawValue:)) else {
            throw DomainError(
                .invalid, code: "kind.invalid", vi: "Loại biểu quyết không hợp lệ.", en: "Unknown kind of vote.", field: "kind")
        }
        guard let roll = b.roll, roll.count <= 10_000 else {
            throw DomainError.required("roll", vi: "danh sách đảng viên", en: "roll")
        }
        var date = req.clock.today
        if let raw = b.date {
            guard let d = CivilDate(parsing: raw) else { throw DomainError.badDate("date", vi: "Ngày", en: "date") }
            date = d
        }
        let o = try VoteOutcome.decide(
            kind: kind, roll: roll,
            tally: Tally(
                inFavour: b.inFavour ?? 0, against: b.against ?? 0,
                abstain: b.abstain ?? 0),
            rules: Rulebook.inForce(on: date).votes)
        let lang = req.language
        return CalculateResponse(
            kind: kind, base: o.base.base, baseExplanation: o.base.explanation(lang), votersPresent: o.base.votersPresent,
            threshold: o.threshold.label(lang), minimumInFavour: o.minimumInFavour, passed: o.passed,
            explanation: o.explanation(lang), rulebookSource: o.rulebookSource)
    }
}
