import ChiBoCore
import Fluent
import Vapor

/// /units/{id}/recruitment and /sympathisers/{id}: a unit's recruitment, a sympathiser's file and its documents.
enum RecruitmentController {
    @Sendable static func show(req: Request) async throws -> HTMLPage {
        let ctx = await req.pageContext()
        let page = try await RecruitmentPage.load(
            req.db, try req.principal(), unitID: try req.id(), today: req.clock.today, language: ctx.language)
        return HTMLPage(RecruitmentViews.page(ctx, page))
    }

    @Sendable static func add(req: Request) async throws -> Response {
        let form = try req.content.decode(SympathiserInput.self)
        let principal = try req.principal()
        let unitID = try req.id()
        switch try await req.attempt({
            try await RecruitmentService.add(req.db, principal, unitID: unitID, input: form, today: req.clock.today)
        }) {
        case .success(let s): return req.redirect(to: SiteURL.sympathiser(s.id).path)
        case .failure(let f):
            let ctx = await req.pageContext()
            let page = try await RecruitmentPage.load(req.db, principal, unitID: unitID, today: req.clock.today, language: ctx.language)
            return try await HTMLPage(RecruitmentViews.page(ctx, page, errors: f.errors, values: form), status: .unprocessableEntity)
                .encodeResponse(for: req)
        }
    }

    static func render(_ req: Request, _ id: UUID, errors: [DomainError] = []) async throws -> HTMLPage {
        let ctx = await req.pageContext()
        let page = try await SympathiserPage.load(req.db, try req.principal(), id: id, today: req.clock.today, language: ctx.language)
        return HTMLPage(RecruitmentViews.sympathiser(ctx, page, errors: errors), status: errors.isEmpty ? .ok : .unprocessableEntity)
    }

    @Sendable static func sympathiser(req: Request) async throws -> HTMLPage { try await render(req, try req.id()) }

    @Sendable static func step(req: Request) async throws -> Response {
        try await RecruitmentService.authoriseWrite(req.db, try req.principal(), try req.id())
        let form = try req.content.decode(AdmissionStepInput.self)
        return try await act(req) { principal, id in
            _ = try await RecruitmentService.record(req.db, principal, id: id, input: form, today: req.clock.today)
        }
    }

    struct DropInput: Content {
        @Input var reason: String?
    }

    @Sendable static func drop(req: Request) async throws -> Response {
        try await RecruitmentService.authoriseWrite(req.db, try req.principal(), try req.id())
        let form = try req.content.decode(DropInput.self)
        return try await act(req) { principal, id in _ = try await RecruitmentService.drop(req.db, principal, id: id, reason: form.reason) }
    }

    @Sendable static func attach(req: Request) async throws -> Response {
        try await RecruitmentService.authoriseWrite(req.db, try req.principal(), try req.id())
        let form = try req.content.decode(FileDocumentInput.self)
        return try await act(req) { principal, id in
            _ = try await FileDocumentService.attach(req.db, principal, sympathiserID: id, input: form)
        }
    }

    @Sendable static func document(req: Request) async throws -> Response {
        Downloads.stored(
            try await FileDocumentService.get(req.db, try req.principal(), sympathiserID: try req.id(), id: try req.id("document")))
    }

    static func act(_ req: Request, _ body: @escaping (Principal, UUID) async throws -> Void) async throws -> Response {
        let principal = try req.principal()
        let id = try req.id()
        switch try await req.attempt({ try await body(principal, id) }) {
        case .success: return req.redirect(to: SiteURL.sympathiser(id).path)
        case .failure(let f): return try await render(req, id, errors: f.errors).encodeResponse(for: req)
        }
    }
}
