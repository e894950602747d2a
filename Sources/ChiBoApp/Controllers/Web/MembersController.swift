import Fluent
import Vapor
import ChiBoCore

/// /members: search, a member's record, forms for adding, editing, moving, exemptions and transfers.
struct MembersController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let members = routes.grouped("members")
        members.get(use: search)
        members.get("new", use: newForm)
        members.post(use: create)
        members.get(":id", use: show)
        members.get(":id", "edit", use: editForm)
        members.post(":id", "edit", use: update)
        members.post(":id", "move", use: move)
        members.post(":id", "exemption", use: exempt)
        members.post(":id", "exemption", "end", use: endExemption)
        members.post(":id", "transfer", use: transfer)
        members.post(":id", "transfer", "end", use: endTransfer)
    }

    struct SearchQuery: Content {
        var q: String?
        var unit: String?
        var page: Int?
    }

    @Sendable func search(req: Request) async throws -> HTMLPage {
        let principal = try req.principal()
        let query = (try? req.query.decode(SearchQuery.self)) ?? SearchQuery()
        let unitID = query.unit.flatMap { UUID(uuidString: $0) }
        let unit = try await unitID.asyncMap { try await UnitService.find(req.db, principal, $0, for: .readMembers) }
        if unit == nil && Scope.roots(principal, .readMembers)?.isEmpty == true {
            throw DomainError.notFound()
        }
        let per = 50
        let page = min(max(query.page ?? 1, 1), 100_000)
        let q = String((query.q ?? "").prefix(100))
        let result = try await MemberService.search(req.db, principal, .init(text: q, unitID: unitID, page: page, per: per))
        let names = try await MemberService.unitNames(req.db, result.items.map { $0.$unit.id })
        let canAdd = try await unitID.asyncMap { try await Scope.allows(principal, .writeMembers, unit: $0, on: req.db) } ?? false
        return HTMLPage(MemberViews.searchPage(await req.pageContext(), q: q, unit: unit, members: result.items, total: result.total,
                                               page: page, per: per, unitNames: names, canAdd: canAdd))
    }

    func render(_ req: Request, _ id: UUID, errors: [DomainError] = [], notice: String? = nil) async throws -> HTMLPage {
        let principal = try req.principal()
        let member = try await MemberService.find(req.db, principal, id)
        guard let unit = try await OrgUnit.find(member.$unit.id, on: req.db) else { throw DomainError.notFound() }
        let canWrite = try await Scope.allows(principal, .writeMembers, unit: unit.id!, on: req.db)
        let cells = canWrite ? try await UnitService.writableCells(req.db, principal) : []
        let runs = try await Scope.allows(principal, .runMeetings, unit: unit.id!, on: req.db)
        let canReport = principal.memberID == id || runs
        return HTMLPage(MemberViews.page(await req.pageContext(), member: member, unit: unit,
                                         history: try await MemberService.history(req.db, memberID: id), cells: cells,
                                         canWrite: canWrite, tasks: try await TaskService.forMember(req.db, memberID: id),
                                         canReport: canReport,
                                         errors: errors, notice: notice),
                        status: errors.isEmpty ? .ok : .unprocessableEntity)
    }

    @Sendable func show(req: Request) async throws -> HTMLPage {
        try await render(req, try req.id())
    }

    @Sendable func newForm(req: Request) async throws -> HTMLPage {
        let principal = try req.principal()
        let unitID = try req.formID(try? req.query.get(String.self, at: "unit"), field: "unit")
        let unit = try await MemberService.requireCell(req.db, principal, unitID)
        return HTMLPage(MemberViews.form(await req.pageContext(), title: req.language == .vi ? "Thêm đảng viên" : "New member",
                                         action: Paths.members, values: .init(), unit: unit, errors: [], cancel: Paths.unit(unit.id)))
    }

    @Sendable func create(req: Request) async throws -> Response {
        let principal = try req.principal()
        let form = try req.content.decode(MemberViews.FormValues.self)
        let unitID = try req.formID(form.unitId, field: "unitId")
        let unit = try await MemberService.requireCell(req.db, principal, unitID)
        switch try await req.attempt({ try await MemberService.create(req.db, principal, unitID: unitID, draft: form.draft) }) {
        case .success(let member):
            return req.redirect(to: Paths.member(member.id))
        case .failure(let f):
            return try await HTMLPage(MemberViews.form(await req.pageContext(), title: req.language == .vi ? "Thêm đảng viên" : "New member",
                                                       action: Paths.members, values: form, unit: unit, errors: f.errors,
                                                       cancel: Paths.unit(unit.id)),
                                      status: .unprocessableEntity).encodeResponse(for: req)
        }
    }

    @Sendable func editForm(req: Request) async throws -> HTMLPage {
        let principal = try req.principal()
        let member = try await MemberService.find(req.db, principal, try req.id(), for: .writeMembers)
        guard let unit = try await OrgUnit.find(member.$unit.id, on: req.db) else { throw DomainError.notFound() }
        return HTMLPage(MemberViews.form(await req.pageContext(), title: member.fullName, action: Paths.memberEdit(member.id),
                                         values: .init(member), unit: unit, errors: [], cancel: Paths.member(member.id)))
    }

    @Sendable func update(req: Request) async throws -> Response {
        let principal = try req.principal()
        let id = try req.id()
        let member = try await MemberService.find(req.db, principal, id, for: .writeMembers)
        let form = try req.content.decode(MemberViews.FormValues.self)
        switch try await req.attempt({ try await MemberService.update(req.db, principal, id: id, draft: form.draft) }) {
        case .success:
            return req.redirect(to: Paths.member(id))
        case .failure(let f):
            guard let unit = try await OrgUnit.find(member.$unit.id, on: req.db) else { throw DomainError.notFound() }
            return try await HTMLPage(MemberViews.form(await req.pageContext(), title: member.fullName, action: Paths.memberEdit(id),
                                                       values: form, unit: unit, errors: f.errors, cancel: Paths.member(id)),
                                      status: .unprocessableEntity).encodeResponse(for: req)
        }
    }

    struct MoveForm: Content {
        var unitId: String?
        var effectiveDate: String?
        var note: String?
    }

    /// Runs one of the record page's small forms; errors are shown on the record page.
    func act(_ req: Request, _ body: @escaping (Principal, UUID) async throws -> Void) async throws -> Response {
        let principal = try req.principal()
        let id = try req.id()
        switch try await req.attempt({ try await body(principal, id) }) {
        case .success: return req.redirect(to: Paths.member(id))
        case .failure(let f): return try await render(req, id, errors: f.errors).encodeResponse(for: req)
        }
    }

    @Sendable func move(req: Request) async throws -> Response {
        let form = try req.content.decode(MoveForm.self)
        return try await act(req) { principal, id in
            let unit = try req.formID(form.unitId, field: "unitId")
            let date = try req.date(form.effectiveDate, field: "effectiveDate", vi: "Ngày chuyển", en: "Date")
            _ = try await MemberService.move(req.db, principal, id: id, toUnitID: unit, date: date, note: form.note)
        }
    }

    struct ExemptionForm: Content {
        var kind: String?
        var decisionDate: String?
        var reason: String?
    }

    @Sendable func exempt(req: Request) async throws -> Response {
        let form = try req.content.decode(ExemptionForm.self)
        return try await act(req) { principal, id in
            _ = try await MemberService.setExemption(req.db, principal, id: id, kind: form.kind, decisionDate: form.decisionDate,
                                                     reason: form.reason)
        }
    }

    @Sendable func endExemption(req: Request) async throws -> Response {
        try await act(req) { principal, id in _ = try await MemberService.endExemption(req.db, principal, id: id) }
    }

    struct TransferForm: Content {
        var direction: String?
        var from: String?
        var until: String?
        var place: String?
    }

    @Sendable func transfer(req: Request) async throws -> Response {
        let form = try req.content.decode(TransferForm.self)
        return try await act(req) { principal, id in
            _ = try await MemberService.setTransfer(req.db, principal, id: id, direction: form.direction, from: form.from,
                                                    until: form.until, place: form.place)
        }
    }

    @Sendable func endTransfer(req: Request) async throws -> Response {
        try await act(req) { principal, id in _ = try await MemberService.endTransfer(req.db, principal, id: id) }
    }
}
