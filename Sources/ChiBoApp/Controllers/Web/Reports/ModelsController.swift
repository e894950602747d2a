import ChiBoCore
import Fluent
import Vapor

/// Model meetings: GET|POST /units/{id}/models[?year=&q=], GET /models/{id}, POST /models/{id}/meeting|lessons.
enum ModelsController {
    /// A level's year, its cells searched with `?q=`; a text refused shows the page with the error.
    @Sendable static func list(req: Request) async throws -> Response {
        let principal = try req.principal()
        let id = try req.id()
        let year = try UnitsController.year(req)
        return try await req.choicePage { q, errors in
            let page = try await ModelsPage.load(req.db, principal, unitID: id, year: year, q: q)
            return ModelViews.list(await req.pageContext(), page, errors: errors)
        }
    }

    @Sendable static func choose(req: Request) async throws -> Response {
        let principal = try req.principal()
        let id = try req.id()
        _ = try await UnitService.find(req.db, principal, id, for: .oversee)
        let f = try req.content.decode(ModelInput.self)
        let today = req.clock.today
        switch try await req.attempt({ () async throws -> ModelMeeting in
            let v = try f.values(today: today)
            return try await ModelMeetingService.choose(
                req.db, principal, unitID: id, year: v.year, group: v.group, cellID: v.cell, team: v.team)
        }) {
        case .success(let m): return req.redirect(to: SiteURL.model(m.id).path)
        case .failure(let failure):
            let page = try await ModelsPage.load(
                req.db, principal, unitID: id, year: (try? Read.year(f.year, default: today.year)) ?? today.year)
            return try await HTMLPage(ModelViews.list(await req.pageContext(), page, errors: failure.errors), status: .unprocessableEntity)
                .encodeResponse(for: req)
        }
    }

    @Sendable static func show(req: Request) async throws -> HTMLPage {
        HTMLPage(ModelViews.page(await req.pageContext(), try await ModelPage.load(req.db, try req.principal(), id: try req.id())))
    }

    static func act(_ req: Request, _ body: @escaping (Principal, UUID) async throws -> Void) async throws -> Response {
        let principal = try req.principal()
        let id = try req.id()
        switch try await req.attempt({ try await body(principal, id) }) {
        case .success: return req.redirect(to: SiteURL.model(id).path)
        case .failure(let failure):
            let page = try await ModelPage.load(req.db, principal, id: id)
            return try await HTMLPage(ModelViews.page(await req.pageContext(), page, errors: failure.errors), status: .unprocessableEntity)
                .encodeResponse(for: req)
        }
    }

    @Sendable static func meeting(req: Request) async throws -> Response {
        _ = try await ModelMeetingService.overseen(req.db, try req.principal(), try req.id())
        let f = try req.content.decode(ModelMeetingInput.self)
        return try await act(req) { p, id in
            try await ModelMeetingService.setMeeting(req.db, p, id: id, meetingID: try Read.choice(f.meetingId, "meetingId"))
        }
    }

    @Sendable static func lessons(req: Request) async throws -> Response {
        let f = try req.content.decode(LessonsInput.self)
        return try await act(req) { p, id in
            try await ModelMeetingService.recordLessons(req.db, p, id: id, text: f.lessons, today: req.clock.today)
        }
    }
}
