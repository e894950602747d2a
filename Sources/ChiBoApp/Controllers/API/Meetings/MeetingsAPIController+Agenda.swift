import ChiBoCore
import Fluent
import Vapor

/// /api/v1/meetings/{id}/agenda….
extension MeetingsAPIController {

    @Sendable static func addItem(req: Request) async throws -> Response {
        let b = try req.content.decode(TextInput.self)
        let item = try await MeetingService.addAgendaItem(req.db, try req.principal(), meetingID: try req.id(), title: b.title)
        return try await AgendaItemDTO(item).encodeResponse(status: .created, for: req)
    }

    @Sendable static func removeItem(req: Request) async throws -> HTTPStatus {
        try await MeetingService.removeAgendaItem(req.db, try req.principal(), meetingID: try req.id(), itemID: try req.id("item"))
        return .noContent
    }

    @Sendable static func conclusion(req: Request) async throws -> HTTPStatus {
        let b = try req.content.decode(TextInput.self)
        try await MeetingService.setConclusion(
            req.db, try req.principal(), meetingID: try req.id(), itemID: try req.id("item"),
            conclusion: b.conclusion)
        return .noContent
    }

    @Sendable static func speech(req: Request) async throws -> Response {
        let b = try req.content.decode(SpeechInput.self)
        let s = try await MeetingService.addSpeech(
            req.db, try req.principal(), meetingID: try req.id(), itemID: try req.id("item"),
            memberID: try b.member(), speaker: b.speaker, content: b.content)
        return try await SpeechDTO(id: s.id, speaker: s.speaker, memberId: s.$member.id, content: s.content)
            .encodeResponse(status: .created, for: req)
    }
}
