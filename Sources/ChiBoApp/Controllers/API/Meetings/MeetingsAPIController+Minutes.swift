import Fluent
import Vapor
import ChiBoCore

/// PATCH /api/v1/meetings/{id}/minutes, POST …/amendments.
extension MeetingsAPIController {
    struct MinutesBody: Content {
        var startedAt: String?
        var endedAt: String?
        var chairName: String?
        var secretaryName: String?
        var results: String?
        var nextTasks: String?
        var qualityScore: Int?
        var feesCollected: String?
    }

    @Sendable static func minutes(req: Request) async throws -> MeetingDTO {
        let b = try req.content.decode(MinutesBody.self)
        return MeetingDTO(try await MeetingService.setMinutes(req.db, try req.principal(), id: try req.id(), facts: .init(
            startedAt: b.startedAt, endedAt: b.endedAt, chairName: b.chairName, secretaryName: b.secretaryName, results: b.results,
            nextTasks: b.nextTasks, qualityScore: b.qualityScore, feesCollected: b.feesCollected)))
    }

    struct AmendBody: Content { var text: String? }

    @Sendable static func amend(req: Request) async throws -> Response {
        let b = try req.content.decode(AmendBody.self)
        let r = try await MinutesService.amend(req.db, try req.principal(), id: try req.id(), text: b.text, today: req.clock.today)
        return try await RecordDTO(r).encodeResponse(status: .created, for: req)
    }
}
