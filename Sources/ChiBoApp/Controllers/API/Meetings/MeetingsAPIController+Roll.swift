import Fluent
import Vapor
import ChiBoCore

/// PUT /api/v1/meetings/{id}/attendance/{member}, POST …/guests.
extension MeetingsAPIController {
    struct MarkBody: Content {
        var attendance: String?
        var reason: String?
    }

    @Sendable static func mark(req: Request) async throws -> RollEntryDTO {
        let b = try req.content.decode(MarkBody.self)
        return RollEntryDTO(try await MeetingService.mark(req.db, try req.principal(), meetingID: try req.id(), memberID: try req.id("member"),
                                                         attendance: b.attendance, reason: b.reason))
    }

    struct GuestBody: Content {
        var name: String?
        var position: String?
        var fromSuperior: Bool?
    }

    @Sendable static func addGuest(req: Request) async throws -> Response {
        let b = try req.content.decode(GuestBody.self)
        let g = try await MeetingService.addGuest(req.db, try req.principal(), meetingID: try req.id(), name: b.name, position: b.position,
                                                  fromSuperior: b.fromSuperior ?? false)
        return try await GuestDTO(g).encodeResponse(status: .created, for: req)
    }
}
