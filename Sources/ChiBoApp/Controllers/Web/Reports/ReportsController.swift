import ChiBoCore
import Fluent
import Vapor

/// GET /reports/{id} and POST /reports/{id}/answer: one monthly report and the committee's answer.
enum ReportsController {
    static func render(_ req: Request, _ id: UUID, errors: [DomainError] = [], notice: String? = nil) async throws -> HTMLPage {
        let principal = try req.principal()
        let r = try await ReportService.find(req.db, principal, id)
        let dto = ReportDTO(r, unitName: r.unit.name, dueDay: try await ReportService.dueDays(req.db, unitID: r.$unit.id))
        let canAnswer = try await ReportService.mayAnswer(req.db, principal, cellID: r.$unit.id)
        return HTMLPage(
            ReportViews.report(await req.pageContext(), dto, canAnswer: canAnswer, errors: errors, notice: notice),
            status: errors.isEmpty ? .ok : .unprocessableEntity)
    }

    @Sendable static func show(req: Request) async throws -> HTMLPage {
        try await render(req, try req.id())
    }

    @Sendable static func answer(req: Request) async throws -> Response {
        let f = try req.content.decode(AnswerInput.self)
        let id = try req.id()
        let principal = try req.principal()
        switch try await req.attempt({ try await ReportService.answer(req.db, principal, id: id, text: f.answer, today: req.clock.today) })
        {
        case .success: return req.redirect(to: SiteURL.report(id).path)
        case .failure(let failure): return try await render(req, id, errors: failure.errors).encodeResponse(for: req)
        }
    }
}
