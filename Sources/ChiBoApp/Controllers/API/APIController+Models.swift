import ChiBoCore
import Fluent
import Vapor

/// Model meetings: `GET|POST /api/v1/units/{id}/models[?year=&q=]`, `GET /api/v1/models/{id}`,
/// `POST /api/v1/models/{id}/meeting|lessons`.
extension APIController {
    /// `?q=` searches the cells to choose from (`SubtreeChoice.query`: a text refused is a 422).
    @Sendable static func models(req: Request) async throws -> ModelsPage {
        let principal = try req.principal()
        let id = try req.id()
        let year = try UnitsController.year(req)
        let q = try SubtreeChoice.query(req.query[String.self, at: "q"])
        return try await ModelsPage.load(req.db, principal, unitID: id, year: year, q: q)
    }

    @Sendable static func chooseModel(req: Request) async throws -> Response {
        let principal = try req.principal()
        let id = try req.id()
        _ = try await UnitService.find(req.db, principal, id, for: .oversee)
        let f = try req.content.decode(ModelInput.self)
        let v = try f.values(today: req.clock.today)
        let m = try await ModelMeetingService.choose(
            req.db, principal, unitID: id, year: v.year, group: v.group, cellID: v.cell, team: v.team)
        return try await ModelPage.load(req.db, principal, id: m.id!).encodeResponse(status: .created, for: req)
    }

    @Sendable static func model(req: Request) async throws -> ModelPage {
        try await ModelPage.load(req.db, try req.principal(), id: try req.id())
    }

    @Sendable static func modelMeeting(req: Request) async throws -> ModelPage {
        let principal = try req.principal()
        let id = try req.id()
        _ = try await ModelMeetingService.overseen(req.db, principal, id)
        let f = try req.content.decode(ModelMeetingInput.self)
        try await ModelMeetingService.setMeeting(req.db, principal, id: id, meetingID: try Read.choice(f.meetingId, "meetingId"))
        return try await ModelPage.load(req.db, principal, id: id)
    }

    @Sendable static func modelLessons(req: Request) async throws -> ModelPage {
        let f = try req.content.decode(LessonsInput.self)
        let principal = try req.principal()
        try await ModelMeetingService.recordLessons(req.db, principal, id: try req.id(), text: f.lessons, today: req.clock.today)
        return try await ModelPage.load(req.db, principal, id: try req.id())
    }
}
