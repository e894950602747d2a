import Fluent
import Vapor
import ChiBoCore

/// /units: the tree, a unit's page, creating, editing and moving units, officers.
struct UnitsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let units = routes.grouped("units")
        units.get(use: tree)
        units.get("new", use: newForm)
        units.post(use: create)
        units.get(":id", use: show)
        units.get(":id", "edit", use: editForm)
        units.post(":id", "edit", use: update)
        units.post(":id", "move", use: move)
        units.post(":id", "officers", use: setOfficer)
        units.post(":id", "officers", ":officer", "end", use: endOfficer)
        units.post(":id", "liaison", use: setLiaison)
        units.get(":id", "statistics", use: statistics)
        units.get(":id", "statistics.csv", use: statisticsCSV)
        units.get(":id", "statistics.xlsx", use: statisticsXLSX)
    }

    @Sendable func tree(req: Request) async throws -> HTMLPage {
        let principal = try req.principal()
        var roots: [(OrgUnit, [OrgUnit])] = []
        for root in try await UnitService.scopeRoots(req.db, principal) {
            roots.append((root, try await UnitService.children(req.db, of: root.id!)))
        }
        return HTMLPage(UnitViews.treePage(await req.pageContext(), roots: roots, canCreateRoot: principal.isGlobalAdmin))
    }

    func render(_ req: Request, _ id: UUID, errors: [DomainError] = []) async throws -> HTMLPage {
        let principal = try req.principal()
        let unit = try await UnitService.find(req.db, principal, id)
        let canRead = try await Scope.allows(principal, .readMembers, unit: id, on: req.db)
        let canManage = try await Scope.allows(principal, .manageUnits, unit: id, on: req.db)
        var members: [Member] = []
        if canRead && unit.kind.isCell {
            members = try await Member.query(on: req.db).filter(\.$unit.$id == id).sort(\.$sortKey).sort(\.$fullName).all()
        } else if canManage {
            members = try await MemberService.search(req.db, principal, .init(unitID: id, per: 200)).items
        }
        var targets: [OrgUnit] = []
        if canManage, let parentID = unit.$parent.id, let grand = try await OrgUnit.find(parentID, on: req.db)?.$parent.id {
            // Siblings of the current parent under the grandparent, a common reorganisation.
            var candidates: [OrgUnit] = []
            for c in try await UnitService.children(req.db, of: grand) where c.id != parentID && !c.kind.isCell {
                if try await Scope.allows(principal, .manageUnits, unit: c.id!, on: req.db) { candidates.append(c) }
            }
            targets = candidates
        }
        let page = UnitViews.UnitPage(
            unit: unit, ancestors: try await UnitService.visibleAncestors(req.db, principal, of: id),
            children: try await UnitService.children(req.db, of: id),
            counts: try await UnitService.counts(req.db, unitID: id),
            officers: try await UnitService.officers(req.db, unitID: id), members: members,
            canReadMembers: canRead, canWriteMembers: try await Scope.allows(principal, .writeMembers, unit: id, on: req.db),
            canManage: canManage, moveTargets: targets, cellsLate: try await cellsLate(req, unit),
            liaison: try await UnitService.liaison(req.db, unitID: id)?.1,
            liaisonCandidates: canManage && unit.kind.isCell ? try await UnitService.liaisonCandidates(req.db, principal, unit: unit) : [],
            errors: errors)
        return HTMLPage(UnitViews.page(await req.pageContext(), page), status: errors.isEmpty ? .ok : .unprocessableEntity)
    }

    /// A committee's cells (direct or deeper, up to 60) with their late meetings this year.
    func cellsLate(_ req: Request, _ unit: OrgUnit) async throws -> [(OrgUnit, MeetingObligations)] {
        guard !unit.kind.isCell else { return [] }
        let today = Today.date()
        var out: [(OrgUnit, MeetingObligations)] = []
        for cell in try await UnitService.cells(req.db, under: unit.id!).prefix(60) {
            out.append((cell, try await MeetingService.obligations(req.db, unitID: cell.id!, year: today.year, today: today)))
        }
        return out.sorted { $0.1.lateCount > $1.1.lateCount }
    }

    @Sendable func show(req: Request) async throws -> HTMLPage {
        try await render(req, try req.id())
    }

    @Sendable func newForm(req: Request) async throws -> HTMLPage {
        let principal = try req.principal()
        let parentID = (try? req.query.get(String.self, at: "parent")).flatMap(UUID.init(uuidString:))
        let parent = try await parentID.asyncMap { try await UnitService.find(req.db, principal, $0, for: .manageUnits) }
        if parent == nil && !principal.isGlobalAdmin { throw DomainError.forbidden() }
        return HTMLPage(UnitViews.form(await req.pageContext(), title: req.language == .vi ? "Thêm tổ chức" : "New unit",
                                       action: Paths.units, values: .init(), parent: parent, editing: false, errors: []))
    }

    @Sendable func create(req: Request) async throws -> Response {
        let principal = try req.principal()
        let form = try req.content.decode(UnitViews.FormValues.self)
        let parentID = form.parentId.flatMap { UUID(uuidString: $0) }
        switch try await req.attempt({ try await UnitService.create(req.db, principal, parentID: parentID, draft: form.draft) }) {
        case .success(let unit):
            return req.redirect(to: Paths.unit(unit.id))
        case .failure(let f):
            let parent = try await parentID.asyncMap { try await UnitService.find(req.db, principal, $0, for: .manageUnits) }
            return try await HTMLPage(UnitViews.form(await req.pageContext(), title: req.language == .vi ? "Thêm tổ chức" : "New unit",
                                                     action: Paths.units, values: form, parent: parent, editing: false,
                                                     errors: f.errors), status: .unprocessableEntity).encodeResponse(for: req)
        }
    }

    @Sendable func editForm(req: Request) async throws -> HTMLPage {
        let unit = try await UnitService.find(req.db, try req.principal(), try req.id(), for: .manageUnits)
        let values = UnitViews.FormValues(name: unit.name, code: unit.code, kind: unit.kindRaw, cellType: unit.cellTypeRaw,
                                          termLabel: unit.termLabel, termStart: unit.termStart)
        return HTMLPage(UnitViews.form(await req.pageContext(), title: unit.name, action: Paths.unitEdit(unit.id),
                                       values: values, parent: nil, editing: true, errors: []))
    }

    @Sendable func update(req: Request) async throws -> Response {
        let principal = try req.principal()
        let id = try req.id()
        let form = try req.content.decode(UnitViews.FormValues.self)
        switch try await req.attempt({ try await UnitService.update(req.db, principal, id: id, draft: form.draft) }) {
        case .success(let unit):
            return req.redirect(to: Paths.unit(unit.id))
        case .failure(let f):
            return try await HTMLPage(UnitViews.form(await req.pageContext(), title: form.name ?? "", action: Paths.unitEdit(id),
                                                     values: form, parent: nil, editing: true, errors: f.errors),
                                      status: .unprocessableEntity).encodeResponse(for: req)
        }
    }

    struct MoveForm: Content {
        var parentId: String?
        var effectiveDate: String?
    }

    @Sendable func move(req: Request) async throws -> Response {
        let principal = try req.principal()
        let id = try req.id()
        let form = try req.content.decode(MoveForm.self)
        switch try await req.attempt({
            let parent = try req.formID(form.parentId, field: "parentId")
            let date = try req.date(form.effectiveDate, field: "effectiveDate", vi: "Ngày chuyển", en: "Date")
            return try await UnitService.move(req.db, principal, id: id, newParentID: parent, date: date)
        }) {
        case .success: return req.redirect(to: Paths.unit(id))
        case .failure(let f): return try await render(req, id, errors: f.errors).encodeResponse(for: req)
        }
    }

    @Sendable func statistics(req: Request) async throws -> HTMLPage {
        let r = try await StatisticsService.report(req.db, try req.principal(), unitID: try req.id(), period: try StatisticsService.period(req))
        return HTMLPage(StatisticsView.page(await req.pageContext(), r))
    }

    @Sendable func statisticsCSV(req: Request) async throws -> Response {
        let r = try await StatisticsService.report(req.db, try req.principal(), unitID: try req.id(), period: try StatisticsService.period(req))
        return Downloads.file(Array(StatisticsService.csv(r).utf8), type: "text/csv; charset=utf-8", name: StatisticsService.filename(r, "csv"))
    }

    @Sendable func statisticsXLSX(req: Request) async throws -> Response {
        let r = try await StatisticsService.report(req.db, try req.principal(), unitID: try req.id(), period: try StatisticsService.period(req))
        return Downloads.file(StatisticsService.xlsx(r), type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                              name: StatisticsService.filename(r, "xlsx"))
    }

    struct LiaisonForm: Content {
        var accountId: String?
        var from: String?
    }

    @Sendable func setLiaison(req: Request) async throws -> Response {
        let principal = try req.principal()
        let id = try req.id()
        let form = try req.content.decode(LiaisonForm.self)
        switch try await req.attempt({
            let account = try req.formID(form.accountId, field: "accountId")
            let from = try req.date(form.from, field: "from", vi: "Ngày bắt đầu", en: "Start date")
            try await UnitService.setLiaison(req.db, principal, unitID: id, accountID: account, from: from)
        }) {
        case .success: return req.redirect(to: Paths.unit(id))
        case .failure(let f): return try await render(req, id, errors: f.errors).encodeResponse(for: req)
        }
    }

    struct OfficerForm: Content {
        var memberId: String?
        var role: String?
        var from: String?
        var until: String?
    }

    @Sendable func setOfficer(req: Request) async throws -> Response {
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
        case .success: return req.redirect(to: Paths.unit(id))
        case .failure(let f): return try await render(req, id, errors: f.errors).encodeResponse(for: req)
        }
    }

    @Sendable func endOfficer(req: Request) async throws -> Response {
        let principal = try req.principal()
        let id = try req.id()
        let officer = try req.id("officer")
        let form = try req.content.decode(OfficerForm.self)
        switch try await req.attempt({
            let until = try req.date(form.until, field: "until", vi: "Ngày thôi", en: "End date")
            try await UnitService.endOfficer(req.db, principal, unitID: id, officerID: officer, until: until)
        }) {
        case .success: return req.redirect(to: Paths.unit(id))
        case .failure(let f): return try await render(req, id, errors: f.errors).encodeResponse(for: req)
        }
    }
}
