import ChiBoCore
import Fluent
import Vapor

/// Inspection and supervision: `GET|POST /api/v1/units/{id}/inspections`, `GET /api/v1/inspections/{id}`,
/// `POST /api/v1/inspections/{id}/findings|conclusion`, `POST /api/v1/inspections/{id}/remedies/{remedy}/done`.
extension APIController {
    @Sendable static func inspections(req: Request) async throws -> InspectionsPage {
        let q = try SubtreeChoice.query(req.query[String.self, at: "q"])
        return try await InspectionsPage.load(
            req.db, try req.principal(), unitID: try req.id(), year: try UnitsController.year(req), today: req.clock.today, q: q)
    }

    @Sendable static func createInspection(req: Request) async throws -> Response {
        let principal = try req.principal()
        let id = try req.id()
        _ = try await UnitService.find(req.db, principal, id, for: .inspect)
        let f = try req.content.decode(InspectionInput.self)
        let i = try await InspectionService.create(req.db, principal, unitID: id, draft: try f.draft(today: req.clock.today))
        return try await InspectionPage.load(req.db, principal, id: i.id!, today: req.clock.today).encodeResponse(
            status: .created, for: req)
    }

    @Sendable static func inspection(req: Request) async throws -> InspectionPage {
        try await InspectionPage.load(req.db, try req.principal(), id: try req.id(), today: req.clock.today)
    }

    @Sendable static func inspectionFinding(req: Request) async throws -> InspectionPage {
        let f = try req.content.decode(FindingInput.self)
        let principal = try req.principal()
        try await InspectionService.addFinding(req.db, principal, id: try req.id(), text: f.text, today: req.clock.today)
        return try await InspectionPage.load(req.db, principal, id: try req.id(), today: req.clock.today)
    }

    @Sendable static func inspectionConclusion(req: Request) async throws -> InspectionPage {
        let f = try req.content.decode(ConclusionInput.self)
        let principal = try req.principal()
        try await InspectionsController.conclude(req, principal, try req.id(), f, today: req.clock.today)
        return try await InspectionPage.load(req.db, principal, id: try req.id(), today: req.clock.today)
    }

    @Sendable static func remedyDone(req: Request) async throws -> InspectionPage {
        let f = try req.content.decode(RemedyDoneInput.self)
        let principal = try req.principal()
        let today = req.clock.today
        let date = try Read.optionalDate(f.doneOn, "doneOn", vi: "Ngày khắc phục", en: "Done on") ?? today
        try await InspectionService.remedyDone(
            req.db, principal, id: try req.id(), remedyID: try req.id("remedy"), on: date, report: f.report, today: today)
        return try await InspectionPage.load(req.db, principal, id: try req.id(), today: today)
    }
}
