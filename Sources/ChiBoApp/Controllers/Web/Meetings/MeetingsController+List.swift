import ChiBoCore
import Fluent
import Vapor

/// GET|POST /units/{id}/meetings, POST /units/{id}/meetings/plan: a cell's year of meetings.
extension MeetingsController {
    static func renderList(_ req: Request, unitID: UUID, year: Int?, errors: [DomainError] = []) async throws -> HTMLPage {
        let principal = try req.principal()
        let unit = try await UnitService.find(req.db, principal, unitID, for: .readMeetings)
        let y = year ?? req.clock.today.year
        let canRun = try await Scope.allows(principal, .runMeetings, unit: unitID, on: req.db) && unit.kind.isCell
        let today = req.clock.today
        return HTMLPage(
            MeetingViews.list(
                await req.pageContext(), unit: UnitDTO(unit), year: y,
                meetings: try await MeetingService.list(req.db, unitID: unitID, year: y).map(MeetingRow.init),
                obligations: try await MeetingService.obligations(req.db, unitID: unitID, year: y, today: today),
                tasks: try await TaskService.open(req.db, unitID: unitID).map { TaskRow($0, today: today) },
                canRun: canRun, errors: errors),
            status: errors.isEmpty ? .ok : .unprocessableEntity)
    }

    @Sendable static func list(req: Request) async throws -> HTMLPage {
        let year = (try? req.query.get(Int.self, at: "year")).flatMap { (2000...2100).contains($0) ? $0 : nil }
        return try await renderList(req, unitID: try req.id(), year: year)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let unitID = try req.id()
        let draft = try req.content.decode(MeetingDraft.self)
        switch try await req.attempt({ try await MeetingService.create(req.db, try req.principal(), unitID: unitID, draft: draft) }) {
        case .success(let m): return req.redirect(to: SiteURL.meeting(m.id).path)
        case .failure(let f): return try await renderList(req, unitID: unitID, year: nil, errors: f.errors).encodeResponse(for: req)
        }
    }

    @Sendable static func plan(req: Request) async throws -> Response {
        let unitID = try req.id()
        let input = try req.content.decode(PlanInput.self)
        let year = (try? input.plannedYear(default: req.clock.today)) ?? req.clock.today.year
        switch try await req.attempt({
            try await MeetingService.planYear(
                req.db, try req.principal(), unitID: unitID, year: try input.plannedYear(default: req.clock.today),
                day: try input.monthlyDay(), time: input.time ?? "19:30", location: input.location ?? "",
                themes: input.themes ?? [])
        }) {
        case .success: return req.redirect(to: SiteURL.unitMeetings(unitID, year: year).path)
        case .failure(let f): return try await renderList(req, unitID: unitID, year: year, errors: f.errors).encodeResponse(for: req)
        }
    }
}
