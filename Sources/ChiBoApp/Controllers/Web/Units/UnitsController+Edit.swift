import ChiBoCore
import Fluent
import Vapor

/// GET|POST /units/{id}/edit, POST /units/{id}/move.
extension UnitsController {
    @Sendable static func editForm(req: Request) async throws -> HTMLPage {
        let unit = try await UnitService.find(req.db, try req.principal(), try req.id(), for: .manageUnits)
        let values = UnitInput(unit)
        return HTMLPage(
            UnitViews.form(
                await req.pageContext(), title: unit.name, action: SiteURL.unitAction(unit.id, .edit).path,
                values: values, parent: nil, editing: true, errors: []))
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let principal = try req.principal()
        let id = try req.id()
        let form = try req.content.decode(UnitInput.self)
        switch try await req.attempt({ try await UnitService.update(req.db, principal, id: id, draft: form.draft) }) {
        case .success(let unit):
            return req.redirect(to: SiteURL.unit(unit.id).path)
        case .failure(let f):
            return try await HTMLPage(
                UnitViews.form(
                    await req.pageContext(), title: form.name ?? "", action: SiteURL.unitAction(id, .edit).path,
                    values: form, parent: nil, editing: true, errors: f.errors),
                status: .unprocessableEntity
            ).encodeResponse(for: req)
        }
    }

    @Sendable static func move(req: Request) async throws -> Response {
        let principal = try req.principal()
        let id = try req.id()
        _ = try await UnitService.find(req.db, principal, id, for: .manageUnits)
        let form = try req.content.decode(MoveUnitInput.self)
        switch try await req.attempt({
            try await UnitService.move(req.db, principal, id: id, newParentID: try form.parent(), date: try form.date())
        }) {
        case .success: return req.redirect(to: SiteURL.unit(id).path)
        case .failure(let f): return try await render(req, id, errors: f.errors).encodeResponse(for: req)
        }
    }
}
