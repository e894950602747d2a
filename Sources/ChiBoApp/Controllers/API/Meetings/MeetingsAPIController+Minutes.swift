import ChiBoCore
import Fluent
import Vapor

/// PATCH /api/v1/meetings/{id}/minutes, POST …/amendments.
extension MeetingsAPIController {

    @Sendable static func minutes(req: Request) async throws -> MeetingDTO {
        let b = try req.content.decode(MinutesInput.self)
        return MeetingDTO(try await MeetingService.setMinutes(req.db, try req.principal(), id: try req.id(), facts: try b.facts()))
    }

    @Sendable static func amend(req: Request) async throws -> Response {
        let b = try req.content.decode(TextInput.self)
        let r = try await MinutesService.amend(req.db, try req.principal(), id: try req.id(), text: b.text, today: req.clock.today)
        return try await RecordDTO(r).encodeResponse(status: .created, for: req)
    }
}
