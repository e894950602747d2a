import ChiBoCore
import Fluent
import Vapor

/// GET|POST /units/{id}/settings: a unit's local settings, dated and inherited.
extension UnitsController {
    @Sendable static func settings(req: Request) async throws -> HTMLPage {
        let page = try await SettingsPage.load(req.db, try req.principal(), unitID: try req.id(), today: req.clock.today)
        return HTMLPage(SettingsViews.page(await req.pageContext(), page))
    }

    @Sendable static func setSetting(req: Request) async throws -> Response {
        let principal = try req.principal()
        let id = try req.id()
        _ = try await UnitService.find(req.db, principal, id, for: .manageUnits)
        let f = try req.content.decode(SettingInput.self)
        let today = req.clock.today
        switch try await req.attempt({
            let v = try f.values(today: today)
            try await SettingsService.set(req.db, principal, unitID: id, key: v.key, value: f.value, from: v.from, today: today)
        }) {
        case .success: return req.redirect(to: SiteURL.unitSettings(id).path)
        case .failure(let failure):
            let page = try await SettingsPage.load(req.db, principal, unitID: id, today: today)
            return try await HTMLPage(
                SettingsViews.page(await req.pageContext(), page, errors: failure.errors), status: .unprocessableEntity
            )
            .encodeResponse(for: req)
        }
    }
}
