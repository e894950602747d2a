import ChiBoCore
import Fluent
import Vapor

/// /members: search, a member's record, forms for adding, editing, moving, exemptions and transfers.
enum MembersController {
    struct SearchQuery: Content {
        var q: String?
        var unit: String?
        /// The `next` cursor of the page before (an old `page=` link is ignored: the first page).
        var after: String?
    }

    @Sendable static func search(req: Request) async throws -> HTMLPage {
        let principal = try req.principal()
        let query = (try? req.query.decode(SearchQuery.self)) ?? SearchQuery()
        let unitID = query.unit.flatMap { UUID(uuidString: $0) }
        let unit = try await unitID.asyncMap { try await UnitService.find(req.db, principal, $0, for: .readMembers) }
        if unit == nil && Scope.roots(principal, .readMembers)?.isEmpty == true {
            throw DomainError.notFound()
        }
        let q = String((query.q ?? "").prefix(100)) // not a rule: a search's length
        let result = try await MemberService.search(req.db, principal, .init(text: q, unitID: unitID, after: query.after))
        let names = try await MemberService.unitNames(req.db, result.items.map { $0.$unit.id })
        let canAdd = try await unitID.asyncMap { try await Scope.allows(principal, .writeMembers, unit: $0, on: req.db) } ?? false
        return HTMLPage(
            MemberViews.searchPage(
                await req.pageContext(), q: q, unit: unit.map(UnitDTO.init),
                members: result.items.map(MemberDTO.init), total: result.total,
                next: result.next, later: query.after?.isEmpty == false, unitNames: names, canAdd: canAdd))
    }

    static func render(_ req: Request, _ id: UUID, errors: [DomainError] = [], notice: String? = nil) async throws -> HTMLPage {
        let page = try await MemberPage.load(req.db, try req.principal(), id: id, today: req.clock.today)
        return HTMLPage(
            MemberViews.page(await req.pageContext(), page, errors: errors, notice: notice),
            status: errors.isEmpty ? .ok : .unprocessableEntity)
    }

    /// A write form on the record: the account may write it (404 outside the scope, 403 inside
    /// without the right) before its body is read (issue 19).
    static func authorise(_ req: Request) async throws {
        try await MemberService.authoriseWrite(req.db, try req.principal(), try req.id())
    }

    /// Runs one of the record page's small forms; errors are shown on the record page.
    static func act(_ req: Request, _ body: @escaping (Principal, UUID) async throws -> Void) async throws -> Response {
        let principal = try req.principal()
        let id = try req.id()
        switch try await req.attempt({ try await body(principal, id) }) {
        case .success: return req.redirect(to: SiteURL.member(id).path)
        case .failure(let f): return try await render(req, id, errors: f.errors).encodeResponse(for: req)
        }
    }
}
