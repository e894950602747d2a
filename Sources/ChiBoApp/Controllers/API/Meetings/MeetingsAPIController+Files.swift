import ChiBoCore
import Fluent
import Vapor

/// /api/v1/meetings/{id}/attachments…, minutes.docx, resolution.docx, invite.ics.
extension MeetingsAPIController {
    struct UploadBody: Content { var file: File? }

    @Sendable static func upload(req: Request) async throws -> Response {
        let b = try req.content.decode(UploadBody.self)
        guard let file = b.file else {
            throw DomainError(
                .invalid, code: "file.required", vi: "Chưa gửi tệp (trường file).", en: "No file sent (field file).", field: "file")
        }
        let a = try await AttachmentService.add(
            req.db, try req.principal(), meetingID: try req.id(), filename: file.filename,
            bytes: Array(buffer: file.data))
        return try await AttachmentDTO(a).encodeResponse(status: .created, for: req)
    }

    @Sendable static func download(req: Request) async throws -> Response {
        AttachmentService.response(
            try await AttachmentService.get(
                req.db, try req.principal(), meetingID: try req.id(),
                id: try req.id("attachment")))
    }
}
