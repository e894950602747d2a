import ChiBoCore
import Fluent
import Vapor

/// GET /units/new, POST /units.
extension UnitsController {
    @Sendable static func newForm(req: Request) async throws -> HTMLPage {
        let principal = try req.principal()
        let parentID = (try? req.query.get(String.self, at: "parent")).flatMap(UUID.init(uuidString:))
        let parent = try await parentID.asyncMap { try await UnitService.find(req.db, principal, $0, for: .manageUnits) }
        if parent == nil && !principal.isGlobalAdmin { throw DomainError.forbidden() }
        return HTMLPage(
            UnitViews.form(
                await req.pageContext(), title: req.language == .vi ? "Thêm tổ chức" : "New unit",
                action: SiteURL.units.path, values: .init(), parent: parent.map(UnitDTO.init), editing: false, errors: []))
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let principal = try req.principal()
        try UnitService.authoriseCreate(principal)
        let form = try req.content.decode(UnitInput.self)
        let parentID = try form.parent()
        switch try await req.attempt({
            try await UnitService.create(req.db, principal, parentID: parentID, draft: form.draft, today: req.clock.today)
        }) {
        case .success(let unit):
            return req.redirect(to: SiteURL.unit(unit.id).path)
        case .failure(let f):
            let parent = try await parentID.asyncMap { try await UnitService.find(req.db, principal, $0, for: .manageUnits) }
            return try await HTMLPage(
                UnitViews.form(
                    await req.pageContext(), title: req.language == .vi ? "Thêm tổ chức" : "New unit",
                    action: SiteURL.units.path, values: form, parent: parent.map(UnitDTO.init), editing: false,
                    errors: f.errors), status: .unprocessableEntity
            ).encodeResponse(for: req)
        }
    }
}
