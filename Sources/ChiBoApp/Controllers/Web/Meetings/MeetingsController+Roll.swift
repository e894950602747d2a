import Fluent
import Vapor
import ChiBoCore

/// POST /meetings/{id}/checkin|attendance|attendance/{member}|guests.
extension MeetingsController {
    @Sendable static func checkIn(req: Request) async throws -> Response {
        let f = try req.content.decode(TextForm.self)
        return try await act(req) { p, id in
            _ = try await MeetingService.checkIn(req.db, p, writer: req.application.checkIns, meetingID: id, code: f.code, now: req.clock.localNow)
            return req.language == .vi ? "Đã điểm danh." : "Checked in."
        }
    }

    struct GuestForm: Content {
        var name: String?
        var position: String?
        var fromSuperior: String?
    }

    @Sendable static func guest(req: Request) async throws -> Response {
        let f = try req.content.decode(GuestForm.self)
        return try await act(req) { p, id in
            _ = try await MeetingService.addGuest(req.db, p, meetingID: id, name: f.name, position: f.position,
                                                  fromSuperior: f.fromSuperior == "true" || f.fromSuperior == "on")
            return nil
        }
    }

    struct MarkForm: Content {
        var attendance: String?
        var reason: String?
    }

    @Sendable static func mark(req: Request) async throws -> Response {
        let f = try req.content.decode(MarkForm.self)
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
