import ChiBoCore
import Fluent
import Vapor

/// Inspection and supervision: GET|POST /units/{id}/inspections[?year=&q=], GET /inspections/{id},
/// POST /inspections/{id}/findings|conclusion, POST /inspections/{id}/remedies/{remedy}/done.
enum InspectionsController {
    struct FormFields: Content {
        var fields: [String: String]
    }

    /// A unit's plan for a year, the cells to target searched with `?q=` below a large unit; a
    /// text refused shows the page with the error.
    @Sendable static func list(req: Request) async throws -> Response {
        let principal = try req.principal()
        let id = try req.id()
        let year = try UnitsController.year(req)
        return try await req.choicePage { q, errors in
            let page = try await InspectionsPage.load(req.db, principal, unitID: id, year: year, today: req.clock.today, q: q)
            return InspectionViews.list(await req.pageContext(), page, errors: errors)
        }
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let principal = try req.principal()
        let id = try req.id()
        _ = try await UnitService.find(req.db, principal, id, for: .inspect)
        let f = try req.content.decode(InspectionInput.self)
        let today = req.clock.today
        switch try await req.attempt({
            try await InspectionService.create(req.db, principal, unitID: id, draft: try f.draft(today: today))
        }) {
        case .success(let i): return req.redirect(to: SiteURL.inspection(i.id).path)
        case .failure(let failure):
            let year = (try? Read.year(f.year, default: today.year)) ?? today.year
            let page = try await InspectionsPage.load(req.db, principal, unitID: id, year: year, today: today)
            return try await HTMLPage(
                InspectionViews.list(await req.pageContext(), page, errors: failure.errors), status: .unprocessableEntity
            ).encodeResponse(for: req)
        }
    }

    @Sendable static func show(req: Request) async throws -> HTMLPage {
        let page = try await InspectionPage.load(req.db, try req.principal(), id: try req.id(), today: req.clock.today)
        return HTMLPage(InspectionViews.page(await req.pageContext(), page))
    }

    /// Runs a command on the item and shows it again: its page, or its errors.
    static func act(_ req: Request, _ body: @escaping (Principal, UUID) async throws -> Void) async throws -> Response {
        let principal = try req.principal()
        let id = try req.id()
        switch try await req.attempt({ try await body(principal, id) }) {
        case .success: return req.redirect(to: SiteURL.inspection(id).path)
        case .failure(let failure):
            let page = try await InspectionPage.load(req.db, principal, id: id, today: req.clock.today)
            return try await HTMLPage(
                InspectionViews.page(await req.pageContext(), page, errors: failure.errors), status: .unprocessableEntity
            ).encodeResponse(for: req)
        }
    }

    @Sendable static func finding(req: Request) async throws -> Response {
        let f = try req.content.decode(FindingInput.self)
        return try await act(req) { p, id in try await InspectionService.addFinding(req.db, p, id: id, text: f.text, today: req.clock.today)
        }
    }

    @Sendable static func conclude(req: Request) async throws -> Response {
        // The form's remedy rows are `remedy.N.content` and `remedy.N.due`.
        let fields = try req.content.decode([String: String].self)
        var lines: [ConclusionInput.RemedyLine] = []
        for n in 0..<InspectionRules.maxRemedies {
            let content = fields["remedy.\(n).content"], due = fields["remedy.\(n).due"]
            guard content != nil || due != nil else { continue }
            lines.append(
                ConclusionInput.RemedyLine(content: content?.isEmpty == true ? nil : content, due: due?.isEmpty == true ? nil : due))
        }
        let today = req.clock.today
        return try await act(req) { p, id in
            let input = ConclusionInput(conclusion: fields["conclusion"], concludedOn: fields["concludedOn"], remedies: lines)
            try await conclude(req, p, id, input, today: today)
        }
    }

    static func conclude(_ req: Request, _ p: Principal, _ id: UUID, _ f: ConclusionInput, today: CivilDate) async throws {
        let date = try Read.optionalDate(f.concludedOn, "concludedOn", vi: "Ngày kết luận", en: "Concluded on") ?? today
        try await InspectionService.conclude(req.db, p, id: id, text: f.conclusion, on: date, remedies: try f.remedyList(), today: today)
    }

    @Sendable static func remedyDone(req: Request) async throws -> Response {
        let f = try req.content.decode(RemedyDoneInput.self)
        let remedy = try req.id("remedy")
        let today = req.clock.today
        return try await act(req) { p, id in
            let date = try Read.optionalDate(f.doneOn, "doneOn", vi: "Ngày khắc phục", en: "Done on") ?? today
            try await InspectionService.remedyDone(req.db, p, id: id, remedyID: remedy, on: date, report: f.report, today: today)
        }
    }
}
