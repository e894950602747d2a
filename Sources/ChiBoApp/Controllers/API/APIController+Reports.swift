import ChiBoCore
import Fluent
import Vapor

/// The monthly reports (trực báo): `GET|POST /api/v1/units/{id}/reports`, `GET /api/v1/reports/{id}`,
/// `POST /api/v1/reports/{id}/answer`.
extension APIController {
    @Sendable static func reports(req: Request) async throws -> ReportsPage {
        try await UnitsController.reportsPage(req)
    }

    @Sendable static func submitReport(req: Request) async throws -> Response {
        let f = try req.content.decode(ReportInput.self)
        let today = req.clock.today
        let r = try await ReportService.submit(
            req.db, try req.principal(), cellID: try req.id(), draft: try f.draft(today: today), today: today)
        guard let unit = try await OrgUnit.find(r.$unit.id, on: req.db) else { throw DomainError.notFound("unit") }
        return try await ReportDTO(r, unitName: unit.name, dueDay: try await ReportService.dueDays(req.db, unitID: unit.id!))
            .encodeResponse(status: .created, for: req)
    }

    @Sendable static func report(req: Request) async throws -> ReportDTO {
        let r = try await ReportService.find(req.db, try req.principal(), try req.id())
        return ReportDTO(r, unitName: r.unit.name, dueDay: try await ReportService.dueDays(req.db, unitID: r.$unit.id))
    }

    @Sendable static func answerReport(req: Request) async throws -> ReportDTO {
        let f = try req.content.decode(AnswerInput.self)
        let r = try await ReportService.answer(req.db, try req.principal(), id: try req.id(), text: f.answer, today: req.clock.today)
        guard let unit = try await OrgUnit.find(r.$unit.id, on: req.db) else { throw DomainError.notFound("unit") }
        return ReportDTO(r, unitName: unit.name, dueDay: try await ReportService.dueDays(req.db, unitID: unit.id!))
    }
}
