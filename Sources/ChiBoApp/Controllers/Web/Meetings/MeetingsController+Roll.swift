import ChiBoCore
import Fluent
import Vapor

/// POST /meetings/{id}/checkin|attendance|attendance/{member}|guests.
extension MeetingsController {
    @Sendable static func checkIn(req: Request) async throws -> Response {
        let f = try req.content.decode(CheckInInput.self)
        return try await act(req) { p, id in
            _ = try await MeetingService.checkIn(
                req.db, p, writer: req.application.checkIns, meetingID: id, code: f.code, now: req.clock.localNow)
            return req.language == .vi ? "Đã điểm danh." : "Checked in."
        }
    }

    @Sendable static func guest(req: Request) async throws -> Response {
        let f = try req.content.decode(GuestInput.self)
        return try await act(req) { p, id in
            _ = try await MeetingService.addGuest(
                req.db, p, meetingID: id, name: f.name, position: f.position,
                fromSuperior: Read.flag(f.fromSuperior))
            return nil
        }
    }

    @Sendable static func mark(req: Request) async throws -> Response {
        let f = try req.content.decode(MarkInput.self)
        let member = try req.id("member")
        return try await act(req) { p, id in
            _ = try await MeetingService.mark(req.db, p, meetingID: id, memberID: member, attendance: f.attendance, reason: f.reason)
            return nil
        }
    }

    @Sendable static func markAll(req: Request) async throws -> Response {
        let fields = try req.content.decode([String: String].self)
        var entries: [(UUID, String?, String?)] = []
        for (key, value) in fields where key.hasPrefix("a.") {
            guard let member = UUID(uuidString: String(key.dropFirst(2))) else { continue }
            entries.append((member, value, fields["r." + key.dropFirst(2)]))
        }
        return try await act(req) { p, id in
            try await MeetingService.markMany(req.db, p, meetingID: id, entries: entries, restPresent: fields["rest"] == "present")
            return nil
        }
    }
}
