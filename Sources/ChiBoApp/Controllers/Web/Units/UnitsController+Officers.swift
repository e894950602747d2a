import Fluent
import Vapor
import ChiBoCore

/// POST /units/{id}/officers, /units/{id}/officers/{officer}/end, /units/{id}/liaison.
extension UnitsController {
    struct LiaisonForm: Content {
        var accountId: String?
        var from: String?
    }

    @Sendable static func setLiaison(req: Request) async throws -> Response {
        let principal = try req.principal()
        let id = try req.id()
        let form = try req.content.decode(LiaisonForm.self)
        switch try await req.attempt({
            let account = try req.formID(form.accountId, field: "accountId")
            let from = try req.date(form.from, field: "from", vi: "Ngày bắt đầu", en: "Start date")
            try await UnitService.setLiaison(req.db, principal, unitID: id, accountID: account, from: from)
        }) {
        case .success: return req.redirect(to: SiteURL.unit(id).path)
        case .failure(let f): return try await render(req, id, errors: f.errors).encodeResponse(for: req)
        }
    }

    struct OfficerForm: Content {
        var memberId: String?
        var role: String?
        var from: String?
        var until: String?
    }

    @Sendable static func setOfficer(req: Request) async throws -> Response {
        let principal = try req.principal()
        let id = try req.id()
        let form = try req.content.decode(OfficerForm.self)
        switch try await req.attempt({
            let member = try req.formID(form.memberId, field: "memberId")
            guard let role = form.role.flatMap(OfficerRole.init(rawValue:)) else {
                throw DomainError(.invalid, code: "role.invalid", vi: "Chọn chức vụ.", en: "Choose an office.", field: "role")
            }
            let from = try req.date(form.from, field: "from", vi: "Ngày bắt đầu", en: "Start date")
            try await UnitService.setOfficer(req.db, principal, unitID: id, memberID: member, role: role, from: from)
        }) {
        case .success: return req.redirect(to: SiteURL.unit(id).path)
        case .failure(let f): return try await render(req, id, errors: f.errors).encodeResponse(for: req)
        }
    }

    @Sendable static func endOfficer(req: Request) async throws -> Response {
        let principal = try req.principal()
        let id = try req.id()
        let officer = try req.id("officer")
        let form = try req.content.decode(OfficerForm.self)
        switch try await req.attempt({
            let until = try req.date(form.until, field: "until", vi: "Ngày thôi", en: "End date")
            try await UnitService.endOfficer(req.db, principal, unitID: id, officerID: officer, until: until)
        }) {
        case .success: return req.redirect(to: SiteURL.unit(id).path)
        case .failure(let f): return try await render(req, id, errors: f.errors).encodeResponse(for: req)
        }
    }
}
