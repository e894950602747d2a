import Fluent
import Vapor
import ChiBoCore

/// POST /meetings/{id}/agenda, /meetings/{id}/agenda/{item}/speeches|conclusion.
extension MeetingsController {
    @Sendable static func addItem(req: Request) async throws -> Response {
        let f = try req.content.decode(TextForm.self)
        return try await act(req) { p, id in _ = try await MeetingService.addAgendaItem(req.db, p, meetingID: id, title: f.title); return nil }
    }

    struct SpeechForm: Content {
        var memberId: String?
        var speaker: String?
        var content: String?
    }

    @Sendable static func speech(req: Request) async throws -> Response {
        let f = try req.content.decode(SpeechForm.self)
        let item = try req.id("item")
        return try await act(req) { p, id in
            _ = try await MeetingService.addSpeech(req.db, p, meetingID: id, itemID: item, memberID: f.memberId.flatMap { UUID(uuidString: $0) },
                                                   speaker: f.speaker, content: f.content)
            return nil
        }
    }

    @Sendable static func conclusion(req: Request) async throws -> Response {
        let f = try req.content.decode(TextForm.self)
        let item = try req.id("item")
        return try await act(req) { p, id in
            try await MeetingService.setConclusion(req.db, p, meetingID: id, itemID: item, conclusion: f.conclusion)
            return nil
        }
    }
}
