import ChiBoCore
import Fluent
import Vapor

/// GET /meetings/{id}/print|minutes.docx|resolution.docx|invite.ics, POST|GET /meetings/{id}/attachments.
extension MeetingsController {
    @Sendable static func printView(req: Request) async throws -> HTMLPage {
        let id = try req.id()
        let c = try await MeetingDocuments.context(req.db, try req.principal(), meetingID: id)
        return HTMLPage(
            OfficialDocumentView.page(
                await req.pageContext(), title: c.snapshot.meeting.title,
                documents: [MeetingDocuments.minutes(c), MeetingDocuments.resolution(c)],
                back: SiteURL.meeting(id).path))
    }

    @Sendable static func minutesDocx(req: Request) async throws -> Response {
        try await Self.docx(req, kind: "bien-ban")
    }

    @Sendable static func resolutionDocx(req: Request) async throws -> Response {
        try await Self.docx(req, kind: "nghi-quyet")
    }

    static func docx(_ req: Request, kind: String) async throws -> Response {
        let c = try await MeetingDocuments.context(req.db, try req.principal(), meetingID: try req.id())
        let doc = kind == "bien-ban" ? MeetingDocuments.minutes(c) : MeetingDocuments.resolution(c)
        let bytes = MeetingDocuments.docx(doc, date: doc.date)
        return Downloads.file(bytes, type: AttachmentRules.Kind.docx.mimeType, name: MeetingDocuments.filename(kind, c))
    }

    @Sendable static func invite(req: Request) async throws -> Response {
        try await Self.ics(req)
    }

    static func ics(_ req: Request) async throws -> Response {
        let m = try await MeetingService.find(req.db, try req.principal(), try req.id())
        let unit = try await OrgUnit.find(m.$unit.id, on: req.db)
        return Downloads.file(
            Array(MeetingDocuments.ics(m, unitName: unit?.name ?? "", now: req.clock.localNow).utf8), type: "text/calendar; charset=utf-8",
            name: "sinh-hoat-\(m.date.iso).ics")
    }

    @Sendable static func upload(req: Request) async throws -> Response {
        _ = try await MeetingService.find(req.db, try req.principal(), try req.id(), for: .runMeetings)
        let form = try req.content.decode(AttachmentInput.self)
        return try await act(req) { p, id in
            _ = try await AttachmentService.add(req.db, p, meetingID: id, upload: try Upload.read(form.file))
            return nil
        }
    }

    @Sendable static func download(req: Request) async throws -> Response {
        Downloads.stored(
            try await AttachmentService.get(req.db, try req.principal(), meetingID: try req.id(), id: try req.id("attachment")))
    }
}
