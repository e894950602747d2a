import Fluent
import Vapor
import ChiBoCore

/// /api/v1/meetings/{id}/agenda….
extension MeetingsAPIController {
    struct ItemBody: Content { var title: String? }

    @Sendable static func addItem(req: Request) async throws -> Response {
        let b = try req.content.decode(ItemBody.self)
        let item = try await MeetingService.addAgendaItem(req.db, try req.principal(), meetingID: try req.id(), title: b.title)
        return try await AgendaItemDTO(item).encodeResponse(status: .created, for: req)
    }

    @Sendable static func removeItem(req: Request) async throws -> HTTPStatus {
        try await MeetingService.removeAgendaItem(req.db, try req.principal(), meetingID: try req.id(), itemID: try req.id("item"))
        return .noContent
    }

    struct ConclusionBody: Content { var conclusion: String? }

    @Sendable static func conclusion(req: Request) async throws -> HTTPStatus {
        let b = try req.content.decode(ConclusionBody.self)
        try await MeetingService.setConclusion(req.db, try req.principal(), meetingID: try req.id(), itemID: try req.id("item"),
                                               conclusion: b.conclusion)
        return .noContent
    }

    struct SpeechBody: Content {
        var memberId: UUID?
        var speaker: String?
        var content: String?
    }

    @Sendable static func speech(req: Request) async throws -> Response {
        let b = try req.content.decode(SpeechBody.self)
        let s = try await MeetingService.addSpeech(req.db, try req.principal(), meetingID: try req.id(), itemID: try req.id("item"),
                                                   memberID: b.memberId, speaker: b.speaker, content: b.content)
        return try await SpeechDTO(id: s.id, speaker: s.speaker, memberId: s.$member.id, content: s.content)
            .encodeResponse(status: .created, for: req)
    }
}
