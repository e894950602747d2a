import ChiBoCore
import Fluent
import Vapor

/// Superiors at a meeting: `GET|POST /api/v1/meetings/{id}/visits`,
/// `POST /api/v1/meetings/{id}/visits/{visit}/evaluation`; a committee's year:
/// `GET /api/v1/units/{id}/visits`.
extension MeetingsAPIController {
    @Sendable static func visits(req: Request) async throws -> [VisitDTO] {
        try await detail(req, try req.id()).visits
    }

    @Sendable static func recordVisit(req: Request) async throws -> Response {
        let f = try req.content.decode(VisitInput.self)
        let id = try req.id()
        let v = try await VisitService.record(req.db, try req.principal(), meetingID: id, input: f)
        guard let dto = try await detail(req, id).visits.first(where: { $0.id == v.id }) else { throw DomainError.notFound("visit") }
        return try await dto.encodeResponse(status: .created, for: req)
    }

    @Sendable static func evaluateVisit(req: Request) async throws -> VisitDTO {
        let f = try req.content.decode(EvaluationInput.self)
        let id = try req.id()
        let v = try await VisitService.evaluate(
            req.db, try req.principal(), meetingID: id, visitID: try req.id("visit"), input: f, today: req.clock.today)
        guard let dto = try await detail(req, id).visits.first(where: { $0.id == v.id }) else { throw DomainError.notFound("visit") }
        return dto
    }

    @Sendable static func unitVisits(req: Request) async throws -> VisitsPage {
        try await VisitsPage.load(
            req.db, try req.principal(), unitID: try req.id(), year: try UnitsController.year(req), today: req.clock.today)
    }
}
