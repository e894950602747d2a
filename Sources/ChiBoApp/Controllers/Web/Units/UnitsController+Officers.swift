import ChiBoCore
import Fluent
import Vapor

/// POST /units/{id}/officers, /units/{id}/officers/{officer}/end, /units/{id}/liaison,
/// /units/{id}/liaisons/{liaison}/end.
extension UnitsController {

    @Sendable static func setLiaison(req: Request) async throws -> Response {
        let principal = try req.principal()
        let id = try req.id()
        _ = try await UnitService.find(req.db, principal, id, for: .manageUnits)
        let form = try req.content.decode(LiaisonInput.self)
        switch try await req.attempt({
            try await UnitService.setLiaison(
                req.db, principal, unitID: id, accountID: try form.account(),
                from: try Read.date(form.from, "from", vi: "Ngày bắt đầu", en: "Start date"))
        }) {
        case .success: return req.redirect(to: SiteURL.unit(id).path)
        case .failure(let f): return try await render(req, id, errors: f.errors).encodeResponse(for: req)
        }
    }

    @Sendable static func endLiaison(req: Request) async throws -> Response {
        let principal = try req.principal()
        let id = try req.id()
        let form = (try? req.content.decode(EndPeriodInput.self)) ?? EndPeriodInput()
        switch try await req.attempt({
            try await UnitService.endLiaison(
                req.db, principal, unitID: id, liaisonID: try req.id("liaison"), on: try form.last(today: req.clock.today))
        }) {
        case .success: return req.redirect(to: SiteURL.unit(id).path)
        case .failure(let f): return try await render(req, id, errors: f.errors).encodeResponse(for: req)
        }
    }

    @Sendable static func setOfficer(req: Request) async throws -> Response {
        let principal = try req.principal()
        let id = try req.id()
        _ = try await UnitService.find(req.db, principal, id, for: .manageUnits)
        let form = try req.content.decode(OfficerInput.self)
        switch try await req.attempt({
            try await UnitService.setOfficer(
                req.db, principal, unitID: id, memberID: try form.member(), role: try form.office(),
                from: try form.start())
        }) {
        case .success: return req.redirect(to: SiteURL.unit(id).path)
        case .failure(let f): return try await render(req, id, errors: f.errors).encodeResponse(for: req)
        }
    }

    @Sendable static func endOfficer(req: Request) async throws -> Response {
        let principal = try req.principal()
        let id = try req.id()
        let officer = try req.id("officer")
        _ = try await UnitService.find(req.db, principal, id, for: .manageUnits)
        let form = try req.content.decode(OfficerInput.self)
        switch try await req.attempt({
            try await UnitService.endOfficer(req.db, principal, unitID: id, officerID: officer, until: try form.end())
        }) {
        case .success: return req.redirect(to: SiteURL.unit(id).path)
        case .failure(let f): return try await render(req, id, errors: f.errors).encodeResponse(for: req)
        }
    }
}
