import ChiBoCore
import Fluent
import Vapor

/// GET /units/{id}: a unit's page.
extension UnitsController {
    static func render(_ req: Request, _ id: UUID, errors: [DomainError] = []) async throws -> HTMLPage {
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
        let candidates = canManage && unit.kind.isCell ? try await UnitService.liaisonCandidates(req.db, principal, unit: unit) : []
        let page = UnitPage(
            unit: UnitDTO(unit), ancestors: try await UnitService.visibleAncestors(req.db, principal, of: id).map(UnitDTO.init),
            children: try await UnitService.children(req.db, of: id).map(UnitDTO.init),
            counts: try await UnitService.counts(req.db, unitID: id),
            officers: try await UnitService.officers(req.db, unitID: id).map { OfficerDTO($0.0, member: $0.1) },
            members: members.map(MemberDTO.init),
            canReadMembers: canRead, canWriteMembers: try await Scope.allows(principal, .writeMembers, unit: id, on: req.db),
            canManage: canManage, moveTargets: targets.map(UnitDTO.init), cellsLate: try await cellsLate(req, unit),
            liaison: try await UnitService.liaison(req.db, unitID: id).map { UnitPage.LiaisonAccount($0.1) },
            liaisonCandidates: candidates.map(UnitPage.LiaisonAccount.init),
            errors: errors)
        return HTMLPage(UnitViews.page(await req.pageContext(), page), status: errors.isEmpty ? .ok : .unprocessableEntity)
    }

    /// A committee's cells (direct or deeper, up to 60) with their late meetings this year.
    static func cellsLate(_ req: Request, _ unit: OrgUnit) async throws -> [UnitPage.CellLate] {
        guard !unit.kind.isCell else { return [] }
        let today = req.clock.today
        var out: [UnitPage.CellLate] = []
        for cell in try await UnitService.cells(req.db, under: unit.id!).prefix(60) {
            out.append(
                UnitPage.CellLate(
                    cell: UnitDTO(cell),
                    obligations: try await MeetingService.obligations(req.db, unitID: cell.id!, year: today.year, today: today)))
        }
        return out.sorted { $0.obligations.lateCount > $1.obligations.lateCount }
    }

    @Sendable static func show(req: Request) async throws -> HTMLPage {
        try await render(req, try req.id())
    }
}
