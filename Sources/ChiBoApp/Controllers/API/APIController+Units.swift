import Fluent
import Vapor
import ChiBoCore

/// /api/v1/units…: the tree, a unit, its officers and liaison.
extension APIController {
    struct UnitList: Content { let items: [UnitDTO] }

    @Sendable static func units(req: Request) async throws -> UnitList {
        UnitList(items: try await UnitService.scopeRoots(req.db, try req.principal()).map(UnitDTO.init))
    }

    struct UnitBody: Content {
        var parentId: UUID?
        var name: String?
        var code: String?
        var kind: String?
        var cellType: String?
        var termLabel: String?
        var termStart: String?

        var draft: UnitDraft {
            UnitDraft(name: name, code: code, kind: kind, cellType: cellType, termLabel: termLabel, termStart: termStart)
        }
    }

    @Sendable static func createUnit(req: Request) async throws -> Response {
        let body = try req.content.decode(UnitBody.self)
        let unit = try await UnitService.create(req.db, try req.principal(), parentID: body.parentId, draft: body.draft, today: req.clock.today)
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
        return UnitDetail(unit: UnitDTO(unit), ancestors: try await UnitService.visibleAncestors(req.db, principal, of: id).map(UnitDTO.init),
                          counts: try await UnitService.counts(req.db, unitID: id),
                          officers: try await officerDTOs(req.db, id))
    }

    @Sendable static func updateUnit(req: Request) async throws -> UnitDTO {
        let principal = try req.principal()
        let id = try req.id()
        let current = try await UnitService.find(req.db, principal, id, for: .manageUnits)
        let body = try req.content.decode(UnitBody.self)
        let draft = UnitDraft(name: body.name ?? current.name, code: body.code ?? current.code, kind: current.kind.rawValue,
                              cellType: body.cellType ?? current.cellType?.rawValue, termLabel: body.termLabel ?? current.termLabel,
                              termStart: body.termStart ?? current.termStart)
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

    struct MoveUnitBody: Content {
        var parentId: UUID?
        var effectiveDate: String?
    }

    @Sendable static func moveUnit(req: Request) async throws -> UnitDTO {
        let body = try req.content.decode(MoveUnitBody.self)
        guard let parent = body.parentId else {
            throw DomainError.required("parentId", vi: "đơn vị cấp trên mới", en: "parentId")
        }
        let date = try req.date(body.effectiveDate, field: "effectiveDate", vi: "Ngày chuyển", en: "effectiveDate")
        return UnitDTO(try await UnitService.move(req.db, try req.principal(), id: try req.id(), newParentID: parent, date: date))
    }

    struct OfficerList: Content { let items: [OfficerDTO] }

    @Sendable static func officers(req: Request) async throws -> OfficerList {
        let id = try req.id()
        _ = try await UnitService.find(req.db, try req.principal(), id)
        return OfficerList(items: try await officerDTOs(req.db, id))
    }

    struct OfficerBody: Content {
        var memberId: UUID?
        var role: String?
        var from: String?
    }

    @Sendable static func setOfficer(req: Request) async throws -> OfficerList {
        let id = try req.id()
        let body = try req.content.decode(OfficerBody.self)
        guard let memberID = body.memberId else { throw DomainError.required("memberId", vi: "đảng viên", en: "memberId") }
        guard let role = body.role.flatMap(OfficerRole.init(rawValue:)) else {
            throw DomainError(.invalid, code: "role.invalid", vi: "Chức vụ không hợp lệ.", en: "Unknown office.", field: "role")
        }
        let from = try req.date(body.from, field: "from", vi: "Ngày bắt đầu", en: "from")
        try await UnitService.setOfficer(req.db, try req.principal(), unitID: id, memberID: memberID, role: role, from: from)
        return OfficerList(items: try await officerDTOs(req.db, id))
    }

    struct LiaisonBody: Content {
        var accountId: UUID?
        var from: String?
    }

    struct LiaisonDTO: Content {
        let accountId: UUID
        let displayName: String
        let from: String
    }

    @Sendable static func setLiaison(req: Request) async throws -> LiaisonDTO {
        let id = try req.id()
        let b = try req.content.decode(LiaisonBody.self)
        guard let account = b.accountId else { throw DomainError.required("accountId", vi: "cán bộ phụ trách", en: "accountId") }
        let from = try req.date(b.from ?? req.clock.today.iso, field: "from", vi: "Ngày bắt đầu", en: "from")
        try await UnitService.setLiaison(req.db, try req.principal(), unitID: id, accountID: account, from: from)
        guard let (l, a) = try await UnitService.liaison(req.db, unitID: id) else { throw DomainError.notFound() }
        return LiaisonDTO(accountId: a.id!, displayName: a.displayName, from: l.fromDate)
    }
}
