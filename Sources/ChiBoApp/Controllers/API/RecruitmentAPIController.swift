import ChiBoCore
import Fluent
import Vapor

/// /api/v1/units/{id}/recruitment, /api/v1/units/{id}/sympathisers, /api/v1/sympathisers/{id}…: the pages' models.
enum RecruitmentAPIController {
    @Sendable static func recruitment(req: Request) async throws -> RecruitmentPage {
        try await RecruitmentPage.load(req.db, try req.principal(), unitID: try req.id(), today: req.clock.today, language: .vi)
    }

    @Sendable static func add(req: Request) async throws -> Response {
        let b = try req.content.decode(SympathiserInput.self)
        let s = try await RecruitmentService.add(req.db, try req.principal(), unitID: try req.id(), input: b, today: req.clock.today)
        return try await SympathiserPage.load(req.db, try req.principal(), id: s.id!, today: req.clock.today, language: .vi)
            .encodeResponse(status: .created, for: req)
    }

    @Sendable static func sympathiser(req: Request) async throws -> SympathiserPage {
        try await SympathiserPage.load(req.db, try req.principal(), id: try req.id(), today: req.clock.today, language: .vi)
    }

    @Sendable static func step(req: Request) async throws -> SympathiserPage {
        try await RecruitmentService.authoriseWrite(req.db, try req.principal(), try req.id())
        let b = try req.content.decode(AdmissionStepInput.self)
        let s = try await RecruitmentService.record(req.db, try req.principal(), id: try req.id(), input: b, today: req.clock.today)
        return try await SympathiserPage.load(req.db, try req.principal(), id: s.id!, today: req.clock.today, language: .vi)
    }

    @Sendable static func drop(req: Request) async throws -> SympathiserPage {
        try await RecruitmentService.authoriseWrite(req.db, try req.principal(), try req.id())
        let b = try req.content.decode(RecruitmentController.DropInput.self)
        let s = try await RecruitmentService.drop(req.db, try req.principal(), id: try req.id(), reason: b.reason)
        return try await SympathiserPage.load(req.db, try req.principal(), id: s.id!, today: req.clock.today, language: .vi)
    }

    /// POST …/documents: a document next to a step of the file (multipart: file, targetId).
    @Sendable static func attach(req: Request) async throws -> Response {
        try await RecruitmentService.authoriseWrite(req.db, try req.principal(), try req.id())
        let b = try req.content.decode(FileDocumentInput.self)
        let d = try await FileDocumentService.attach(req.db, try req.principal(), sympathiserID: try req.id(), input: b)
        return try await FileDocumentDTO(d).encodeResponse(status: .created, for: req)
    }

    @Sendable static func document(req: Request) async throws -> Response {
        Downloads.stored(
            try await FileDocumentService.get(req.db, try req.principal(), sympathiserID: try req.id(), id: try req.id("document")))
    }
}
