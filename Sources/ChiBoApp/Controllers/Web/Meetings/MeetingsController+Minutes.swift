import ChiBoCore
import Fluent
import Vapor

/// POST /meetings/{id}/minutes|amendments.
extension MeetingsController {

    @Sendable static func minutes(req: Request) async throws -> Response {
        let f = try req.content.decode(MinutesInput.self)
        return try await act(req) { p, id in
            _ = try await MeetingService.setMinutes(req.db, p, id: id, facts: try f.facts())
            return nil
        }
    }

    @Sendable static func amend(req: Request) async throws -> Response {
        let f = try req.content.decode(TextInput.self)
        return try await act(req) { p, id in
            _ = try await MinutesService.amend(req.db, p, id: id, text: f.text, today: req.clock.today)
            return nil
        }
    }
}
