import ChiBoCore
import Fluent
import Vapor

/// POST /meetings/{id}/edit|notify|open|end|cancel|approve.
extension MeetingsController {
    @Sendable static func edit(req: Request) async throws -> Response {
        let draft = try req.content.decode(MeetingDraft.self)
        return try await act(req) { p, id in
            _ = try await MeetingService.update(req.db, p, id: id, draft: draft)
            return nil
        }
    }

    @Sendable static func notify(req: Request) async throws -> Response {
        try await act(req) { p, id in
            let (_, late) = try await MeetingService.notify(req.db, p, id: id, today: req.clock.today)
            return late
                ? req.language == .vi
                    ? "Đã thông báo, nhưng muộn: tài liệu phải gửi trước ít nhất 1 ngày."
                    : "Announced, but late: documents must go out at least a day before."
                : req.language == .vi
                    ? "Đã thông báo tới đảng viên và đại diện cấp ủy cấp trên." : "Members and the superior's representative are notified."
        }
    }

    @Sendable static func open(req: Request) async throws -> Response {
        try await act(req) { p, id in
            _ = try await MeetingService.open(req.db, p, id: id, now: req.clock.localNow)
            return nil
        }
    }

    @Sendable static func end(req: Request) async throws -> Response {
        try await act(req) { p, id in
            _ = try await MeetingService.end(req.db, p, id: id, now: req.clock.localNow)
            return nil
        }
    }

    @Sendable static func cancel(req: Request) async throws -> Response {
        try await act(req) { p, id in
            _ = try await MeetingService.cancel(req.db, p, id: id)
            return nil
        }
    }

    @Sendable static func approve(req: Request) async throws -> Response {
        try await act(req) { p, id in
            _ = try await MinutesService.approve(req.db, p, id: id, today: req.clock.today)
            return nil
        }
    }
}
