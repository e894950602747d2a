import ChiBoCore
import Fluent
import Vapor

/// POST /meetings/{id}/agenda, /meetings/{id}/agenda/{item}/speeches|conclusion.
extension MeetingsController {
    @Sendable static func addItem(req: Request) async throws -> Response {
        let f = try req.content.decode(TextInput.self)
        return try await act(req) { p, id in
            _ = try await MeetingService.addAgendaItem(req.db, p, meetingID: id, title: f.title)
            return nil
        }
    }

    @Sendable static func speech(req: Request) async throws -> Response {
        let f = try req.content.decode(SpeechInput.self)
        let item = try req.id("item")
        return try await act(req) { p, id in
            _ = try await MeetingService.addSpeech(
                req.db, p, meetingID: id, itemID: item, memberID: try f.member(),
                speaker: f.speaker, content: f.content)
            return nil
        }
    }

    @Sendable static func conclusion(req: Request) async throws -> Response {
        let f = try req.content.decode(TextInput.self)
        let item = try req.id("item")
        return try await act(req) { p, id in
            try await MeetingService.setConclusion(req.db, p, meetingID: id, itemID: item, conclusion: f.conclusion)
            return nil
        }
    }
}
