import Fluent
import Vapor
import ChiBoCore

/// GET|POST /units/{id}/meetings, POST /units/{id}/meetings/plan: a cell's year of meetings.
extension MeetingsController {
    static func renderList(_ req: Request, unitID: UUID, year: Int?, errors: [DomainError] = []) async throws -> HTMLPage {
        let principal = try req.principal()
        let unit = try await UnitService.find(req.db, principal, unitID, for: .readMeetings)
        let y = year ?? req.clock.today.year
        let canRun = try await Scope.allows(principal, .runMeetings, unit: unitID, on: req.db) && unit.kind.isCell
        return HTMLPage(MeetingViews.list(await req.pageContext(), unit: unit, year: y,
                                          meetings: try await MeetingService.list(req.db, unitID: unitID, year: y),
                                          obligations: try await MeetingService.obligations(req.db, unitID: unitID, year: y, today: req.clock.today),
                                          tasks: try await TaskService.open(req.db, unitID: unitID), canRun: canRun, errors: errors),
                        status: errors.isEmpty ? .ok : .unprocessableEntity)
    }

    @Sendable static func list(req: Request) async throws -> HTMLPage {
        let year = (try? req.query.get(Int.self, at: "year")).flatMap { (2000...2100).contains($0) ? $0 : nil }
        return try await renderList(req, unitID: try req.id(), year: year)
    }

    struct MeetingForm: Content {
        var kind: String?
        var title: String?
        var theme: String?
        var date: String?
        var time: String?
        var location: String?
        var draftContent: String?
        var draftResolution: String?

        var draft: MeetingDraft {
            MeetingDraft(kind: kind, title: title, theme: theme, date: date, time: time, location: location,
                         draftContent: draftContent, draftResolution: draftResolution)
        }
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let unitID = try req.id()
        let form = try req.content.decode(MeetingForm.self)
        switch try await req.attempt({ try await MeetingService.create(req.db, try req.principal(), unitID: unitID, draft: form.draft) }) {
        case .success(let m): return req.redirect(to: SiteURL.meeting(m.id).path)
        case .failure(let f): return try await renderList(req, unitID: unitID, year: nil, errors: f.errors).encodeResponse(for: req)
        }
    }

    struct PlanForm: Content {
        var year: Int?
        var day: Int?
        var time: String?
        var location: String?
        var theme1: String?
        var theme2: String?
        var theme3: String?
        var theme4: String?
    }

    @Sendable static func plan(req: Request) async throws -> Response {
        let unitID = try req.id()
        let form = try req.content.decode(PlanForm.self)
        let year = form.year ?? req.clock.today.year
        switch try await req.attempt({
            try await MeetingService.planYear(req.db, try req.principal(), unitID: unitID, year: year, day: form.day ?? 5,
                                              time: form.time ?? "19:30", location: form.location ?? "",
                                              themes: [form.theme1, form.theme2, form.theme3, form.theme4])
        }) {
        case .success: return req.redirect(to: SiteURL.unitMeetings(unitID, year: year).path)
        case .failure(let f): return try await renderList(req, unitID: unitID, year: year, errors: f.errors).encodeResponse(for: req)
        }
    }
}
