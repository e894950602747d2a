import ChiBoCore
import Fluent
import Vapor

/// PUT /api/v1/meetings/{id}/attendance/{member}, POST …/guests.
extension MeetingsAPIController {

    @Sendable static func mark(req: Request) async throws -> RollEntryDTO {
        let b = try req.content.decode(MarkInput.self)
        return RollEntryDTO(
            try await MeetingService.mark(
                req.db, try req.principal(), meetingID: try req.id(), memberID: try req.id("member"),
                attendance: b.attendance, reason: b.reason))
    }

    @Sendable static func addGuest(req: Request) async throws -> Response {
        let b = try req.content.decode(GuestInput.self)
        let g = try await MeetingService.addGuest(
            req.db, try req.principal(), meetingID: try req.id(), name: b.name, position: b.position,
            fromSuperior: Read.flag(b.fromSuperior))
        return try await GuestDTO(g).encodeResponse(status: .created, for: req)
    }
}
