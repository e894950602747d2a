import ChiBoCore
import Fluent
import Vapor

/// /api/v1/meetings/{id}/attachments…, minutes.docx, resolution.docx, invite.ics.
extension MeetingsAPIController {
    @Sendable static func upload(req: Request) async throws -> Response {
        let principal = try req.principal()
        let id = try req.id()
        _ = try await MeetingService.find(req.db, principal, id, for: .runMeetings)
        let b = try req.content.decode(AttachmentInput.self)
        let a = try await AttachmentService.add(req.db, principal, meetingID: id, upload: try Upload.read(b.file))
        return try await AttachmentDTO(a).encodeResponse(status: .created, for: req)
    }

    @Sendable static func download(req: Request) async throws -> Response {
        Downloads.stored(
            try await AttachmentService.get(req.db, try req.principal(), meetingID: try req.id(), id: try req.id("attachment")))
    }
}
