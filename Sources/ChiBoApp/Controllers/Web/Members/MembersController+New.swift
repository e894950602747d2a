import ChiBoCore
import Fluent
import Vapor

/// GET /members/new, POST /members.
extension MembersController {
    @Sendable static func newForm(req: Request) async throws -> HTMLPage {
        let principal = try req.principal()
        let unitID = try Read.choice(try? req.query.get(String.self, at: "unit"), "unit")
        let unit = try await MemberService.requireCell(req.db, principal, unitID)
        return HTMLPage(
            MemberViews.form(
                await req.pageContext(), title: req.language == .vi ? "Thêm đảng viên" : "New member",
                action: SiteURL.members().path, values: .init(), unit: UnitDTO(unit), errors: [], cancel: SiteURL.unit(unit.id).path))
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let principal = try req.principal()
        try MemberService.authoriseCreate(principal)
        let form = try req.content.decode(MemberInput.self)
        let unitID = try form.unit()
        let unit = try await MemberService.requireCell(req.db, principal, unitID)
        switch try await req.attempt({
            try await MemberService.create(
                req.db, principal, unitID: unitID, draft: form.draft, today: req.clock.today,
                transferIn: try form.transferIn(today: req.clock.today))
        }) {
        case .success(let member):
            return req.redirect(to: SiteURL.member(member.id).path)
        case .failure(let f):
            return try await HTMLPage(
                MemberViews.form(
                    await req.pageContext(), title: req.language == .vi ? "Thêm đảng viên" : "New member",
                    action: SiteURL.members().path, values: form, unit: UnitDTO(unit), errors: f.errors,
                    cancel: SiteURL.unit(unit.id).path),
                status: .unprocessableEntity
            ).encodeResponse(for: req)
        }
    }
}
