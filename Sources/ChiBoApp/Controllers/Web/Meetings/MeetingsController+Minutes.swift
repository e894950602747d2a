import Fluent
import Vapor
import ChiBoCore

/// POST /meetings/{id}/minutes|amendments.
extension MeetingsController {
    struct MinutesForm: Content {
        var startedAt: String?
        var endedAt: String?
        var chairName: String?
        var secretaryName: String?
        var results: String?
        var nextTasks: String?
        var qualityScore: String?
        var feesCollected: String?
    }

    @Sendable static func minutes(req: Request) async throws -> Response {
        let f = try req.content.decode(MinutesForm.self)
        return try await act(req) { p, id in
            var score: Int?
            if let raw = f.qualityScore?.trimmingCharacters(in: .whitespaces), !raw.isEmpty {
                guard let s = Int(raw) else {
                    throw DomainError(.invalid, code: "qualityScore.invalid", vi: "Điểm chất lượng là số từ 0 đến 100.",
                                      en: "The quality score is a number from 0 to 100.", field: "qualityScore")
                }
                score = s
            }
            _ = try await MeetingService.setMinutes(req.db, p, id: id, facts: .init(
                startedAt: f.startedAt, endedAt: f.endedAt, chairName: f.chairName, secretaryName: f.secretaryName, results: f.results,
                nextTasks: f.nextTasks, qualityScore: score, feesCollected: f.feesCollected))
            return nil
        }
    }

    @Sendable static func amend(req: Request) async throws -> Response {
        let f = try req.content.decode(TextForm.self)
        return try await act(req) { p, id in _ = try await MinutesService.amend(req.db, p, id: id, text: f.text, today: req.clock.today); return nil }
    }
}
