import ChiBoCore
import Fluent
import Vapor

/// GET /api/v1/rulebook.
extension APIController {
    struct RulebookDTO: Content {
        let date: String
        let versionId: String
        let meetings: MeetingRules
        let votes: VoteRules
        let membership: MembershipRules
        let evaluation: EvaluationRules
        let documents: DocumentRules
        let local: LocalSettings
    }

    struct RulebookQuery: Content { var date: String? }

    @Sendable static func rulebook(req: Request) async throws -> RulebookDTO {
        let q = try req.query.decode(RulebookQuery.self)
        var date = req.clock.today
        if let raw = q.date, !raw.isEmpty {
            guard let d = CivilDate(parsing: raw) else { throw DomainError.badDate("date", vi: "Ngày", en: "date") }
            date = d
        }
        let r = Rulebook.inForce(on: date)
        return RulebookDTO(
            date: date.iso, versionId: r.versionID, meetings: r.meetings, votes: r.votes,
            membership: r.membership, evaluation: r.evaluation, documents: r.documents, local: r.local)
    }
}
