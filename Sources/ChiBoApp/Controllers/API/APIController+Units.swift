import ChiBoCore
import Fluent
import Vapor

/// /api/v1/units…: the tree, a unit, its officers and liaison.
extension APIController {
    struct UnitList: Content { let items: [UnitDTO] }

    @Sendable static func units(req: Request) async throws -> UnitList {
        UnitList(items: try await UnitService.scopeRoots(req.db, try req.principal()).map(UnitDTO.init))
    }

    @Sendable static func createUnit(req: Request) async throws -> Response {
        let principal = try req.principal()
        try UnitService.authoriseCreate(principal)
        let body = try req.content.decode(UnitInput.self)
        let unit = try await UnitService.create(
            req.db, principal, parentID: try body.parent(), draft: body.draft, today: req.clock.today)
        return try await UnitDTO(unit).encodeResponse(status: .created, for: req)
    }

    struct UnitDetail: Content {
        let unit: UnitDTO
        let ancestors: [UnitDTO]
        let counts: MembershipCounts
        let officers: [OfficerDTO]
    }

    @Sendable static func unit(req: Request) async throws -> UnitDetail {
        let principal = try req.principal()
        let id = try req.id()
        let unit = try await UnitService.find(req.db, principal, id)
        return UnitDetail(
            unit: UnitDTO(unit), ancestors: try await UnitService.visibleAncestors(req.db, principal, of: id).map(UnitDTO.init),
            counts: try await UnitService.counts(req.db, unitID: id),
            officers: try await officerDTOs(req.db, id))
    }

    @Sendable static func updateUnit(req: Request) async throws -> UnitDTO {
        let principal = try req.principal()
        let id = try req.id()
        let current = try await UnitService.find(req.db, principal, id, for: .manageUnits)
        let draft = try req.content.decode(UnitInput.self).over(current).draft
        return UnitDTO(try await UnitService.update(req.db, principal, id: id, draft: draft))
    }

    @Sendable static func children(req: Request) async throws -> UnitList {
        let id = try req.id()
        _ = try await UnitService.find(req.db, try req.principal(), id)
        return UnitList(items: try await UnitService.children(req.db, of: id).map(UnitDTO.init))
    }

    @Sendable static func counts(req: Request) async throws -> MembershipCounts {
        let id = try req.id()
        _ = try await UnitService.find(req.db, try req.principal(), id)
        return try await UnitService.counts(req.db, unitID: id)
    }

    @Sendable static func moveUnit(req: Request) async throws -> UnitDTO {
        let principal = try req.principal()
        let id = try req.id()
        _ = try await UnitService.find(req.db, principal, id, for: .manageUnits)
        let body = try req.content.decode(MoveUnitInput.self)
        return UnitDTO(
            try await UnitService.move(req.db, principal, id: id, newParentID: try body.parent(), date: try body.date()))
    }

    struct OfficerList: Content { let items: [OfficerDTO] }

    @Sendable static func officers(req: Request) async throws -> OfficerList {
        let id = try req.id()
        _ = try await UnitService.find(req.db, try req.principal(), id)
        return OfficerList(items: try await officerDTOs(req.db, id))
    }

    @Sendable static func setOfficer(req: Request) async throws -> OfficerList {
        let principal = try req.principal()
        let id = try req.id()
        _ = try await UnitService.find(req.db, principal, id, for: .manageUnits)
        let body = try req.content.decode(OfficerInput.self)
        try await UnitService.setOfficer(
            req.db, principal, unitID: id, memberID: try body.member(), role: try body.office(),
            from: try body.start())
        return OfficerList(items: try await officerDTOs(req.db, id))
    }

    @Sendable static func setLiaison(req: Request) async throws -> LiaisonDTO {
        let principal = try req.principal()
        let id = try req.id()
        _ = try await UnitService.find(req.db, principal, id, for: .manageUnits)
        let b = try req.content.decode(LiaisonInput.self)
        return try await UnitService.setLiaison(
            req.db, principal, unitID: id, accountID: try b.account(), from: try b.start(default: req.clock.today))
    }

    struct LiaisonList: Content { let items: [LiaisonDTO] }

    /// GET /api/v1/units/{id}/liaisons: who follows the cell from above now, the nearest first.
    @Sendable static func liaisons(req: Request) async throws -> LiaisonList {
        let id = try req.id()
        _ = try await UnitService.find(req.db, try req.principal(), id)
        return LiaisonList(items: try await UnitService.liaisons(req.db, unitID: id))
    }

    /// POST /api/v1/units/{id}/liaisons/{liaison}/end[?until=yyyy-MM-dd]: the assignment ends
    /// that day (today if not given).
    @Sendable static func endLiaison(req: Request) async throws -> LiaisonList {
        let id = try req.id()
        let b = (try? req.query.decode(EndPeriodInput.self)) ?? EndPeriodInput()
        try await UnitService.endLiaison(
            req.db, try req.principal(), unitID: id, liaisonID: try req.id("liaison"), on: try b.last(today: req.clock.today))
        return LiaisonList(items: try await UnitService.liaisons(req.db, unitID: id))
    }
}
