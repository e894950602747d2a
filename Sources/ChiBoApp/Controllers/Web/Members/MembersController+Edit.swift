import ChiBoCore
import Fluent
import Vapor

/// GET|POST /members/{id}/edit.
extension MembersController {
    @Sendable static func editForm(req: Request) async throws -> HTMLPage {
        let principal = try req.principal()
        let member = try await MemberService.find(req.db, principal, try req.id(), for: .writeMembers)
        guard let unit = try await OrgUnit.find(member.$unit.id, on: req.db) else { throw DomainError.notFound() }
        return HTMLPage(
            MemberViews.form(
                await req.pageContext(), title: member.fullName, action: SiteURL.memberAction(member.id, .edit).path,
                values: .init(member), unit: UnitDTO(unit), errors: [], cancel: SiteURL.member(member.id).path, creating: false))
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let principal = try req.principal()
        let id = try req.id()
        let member = try await MemberService.find(req.db, principal, id, for: .writeMembers)
        let form = try req.content.decode(MemberInput.self)
        switch try await req.attempt({
            try await MemberService.update(req.db, principal, id: id, draft: form.draft, today: req.clock.today)
        }) {
        case .success:
            return req.redirect(to: SiteURL.member(id).path)
        case .failure(let f):
            guard let unit = try await OrgUnit.find(member.$unit.id, on: req.db) else { throw DomainError.notFound() }
            return try await HTMLPage(
                MemberViews.form(
                    await req.pageContext(), title: member.fullName, action: SiteURL.memberAction(id, .edit).path,
                    values: form, unit: UnitDTO(unit), errors: f.errors, cancel: SiteURL.member(id).path, creating: false),
                status: .unprocessableEntity
            ).encodeResponse(for: req)
        }
    }
}
