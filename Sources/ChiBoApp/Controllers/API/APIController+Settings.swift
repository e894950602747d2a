import ChiBoCore
import Fluent
import Vapor

/// `GET|PUT /api/v1/units/{id}/settings`: a unit's local settings, dated and inherited.
extension APIController {
    @Sendable static func settings(req: Request) async throws -> SettingsPage {
        try await SettingsPage.load(req.db, try req.principal(), unitID: try req.id(), today: req.clock.today)
    }

    @Sendable static func setSetting(req: Request) async throws -> SettingsPage {
        let principal = try req.principal()
        let id = try req.id()
        _ = try await UnitService.find(req.db, principal, id, for: .manageUnits)
        let f = try req.content.decode(SettingInput.self)
        let v = try f.values(today: req.clock.today)
        try await SettingsService.set(req.db, principal, unitID: id, key: v.key, value: f.value, from: v.from, today: req.clock.today)
        return try await SettingsPage.load(req.db, principal, unitID: id, today: req.clock.today)
    }
}
