import ChiBoCore
import Fluent
import Vapor

/// PATCH /api/v1/meetings/{id}, POST …/notify|open|end|cancel|approve.
extension MeetingsAPIController {
    @Sendable static func update(req: Request) async throws -> MeetingDTO {
        let principal = try req.principal()
        let id = try req.id()
        let m = try await MeetingService.editable(req.db, principal, id)
        let b = try req.content.decode(MeetingDraft.self)
        let draft = MeetingDraft(
            kind: b.kind ?? m.kind.rawValue, title: b.title ?? m.title, theme: b.theme ?? m.theme, date: b.date ?? m.date.iso,
            time: b.time ?? m.scheduledTime, location: b.location ?? m.location,
            draftContent: b.draftContent ?? m.draftContent, draftResolution: b.draftResolution ?? m.draftResolution)
        return MeetingDTO(try await MeetingService.update(req.db, principal, id: id, draft: draft))
    }

    struct NotifyResponse: Content {
        let meeting: MeetingDTO
        let late: Bool
        let warning: String?
    }

    @Sendable static func notify(req: Request) async throws -> NotifyResponse {
        let (m, late) = try await MeetingService.notify(req.db, try req.principal(), id: try req.id(), today: req.clock.today)
        let warning =
            late
            ? (req.language == .vi
                ? "Thông báo muộn: tài liệu phải gửi trước ít nhất 1 ngày." : "Late notice: documents must go out at least 1 day before.")
            : nil
        return NotifyResponse(meeting: MeetingDTO(m), late: late, warning: warning)
    }

    @Sendable static func open(req: Request) async throws -> MeetingDetail {
        let m = try await MeetingService.open(req.db, try req.principal(), id: try req.id(), now: req.clock.localNow)
        return try await Self.detail(req, m.id!)
    }

    @Sendable static func end(req: Request) async throws -> MeetingDetail {
        let m = try await MeetingService.end(req.db, try req.principal(), id: try req.id(), now: req.clock.localNow)
        return try await Self.detail(req, m.id!)
    }

    @Sendable static func cancel(req: Request) async throws -> MeetingDTO {
        MeetingDTO(try await MeetingService.cancel(req.db, try req.principal(), id: try req.id()))
    }

    @Sendable static func approve(req: Request) async throws -> MeetingDetail {
        let m = try await MinutesService.approve(req.db, try req.principal(), id: try req.id(), today: req.clock.today)
        return try await Self.detail(req, m.id!)
    }
}
