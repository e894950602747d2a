import ChiBoCore
import Fluent
import Vapor

/// What a unit's page shows (`GET /units/{id}`, `UnitViews.page`), read once by `load` from what
/// the services return: DTOs, no Fluent model.
struct UnitPage: Sendable {
    /// A cell under a committee with its meetings' obligations this year.
    struct CellLate: Sendable {
        let cell: UnitDTO
        let obligations: MeetingObligations
    }

    /// An account as the page names it: the unit's liaison, or one that may become it.
    struct LiaisonAccount: Sendable, Equatable {
        let id: UUID?
        let username: String
        let displayName: String

        init(_ a: Account) {
            id = a.id
            username = a.username
            displayName = a.displayName
        }
    }

    let unit: UnitDTO
    let ancestors: [UnitDTO]
    let children: [UnitDTO]
    let counts: MembershipCounts
    let officers: [OfficerDTO]
    let members: [MemberDTO]
    let canReadMembers: Bool
    let canWriteMembers: Bool
    let canManage: Bool
    /// A committee whose plan of inspection and supervision the reader keeps.
    let canInspect: Bool
    let moveTargets: [UnitDTO]
    /// For a committee: its cells with what is late this year, the latest first.
    let cellsLate: [CellLate]
    let liaison: LiaisonAccount?
    let liaisonCandidates: [LiaisonAccount]
    let errors: [DomainError]

    /// The members the page offers for an office: official ones, as `UnitService.setOfficer` requires.
    var officerCandidates: [MemberDTO] { members.filter { OfficerRole.mayHold($0.status) } }
}

extension UnitPage {
    /// Reads everything the page shows, for the principal.
    static func load(
        _ db: any Database, _ principal: Principal, id: UUID, today: CivilDate, errors: [DomainError] = []
    ) async throws
        -> UnitPage
    {
        let unit = try await UnitService.find(db, principal, id)
        let canRead = try await Scope.allows(principal, .readMembers, unit: id, on: db)
        let canManage = try await Scope.allows(principal, .manageUnits, unit: id, on: db)
        var members: [Member] = []
        if canRead && unit.kind.isCell {
            members = try await Member.query(on: db).filter(\.$unit.$id == id).filter(\.$leftDate == nil)
                .sort(\.$sortKey).sort(\.$fullName).all()
        } else if canManage {
            members = try await MemberService.search(db, principal, .init(unitID: id, per: 200)).items
        }
        var targets: [OrgUnit] = []
        if canManage, let parentID = unit.$parent.id, let grand = try await OrgUnit.find(parentID, on: db)?.$parent.id {
            // Siblings of the current parent under the grandparent, a common reorganisation.
            var candidates: [OrgUnit] = []
            for c in try await UnitService.children(db, of: grand) where c.id != parentID && !c.kind.isCell {
                if try await Scope.allows(principal, .manageUnits, unit: c.id!, on: db) { candidates.append(c) }
            }
            targets = candidates
        }
        let candidates = canManage && unit.kind.isCell ? try await UnitService.liaisonCandidates(db, principal, unit: unit) : []
        let canInspect = try await Scope.allows(principal, .inspect, unit: id, on: db) && !unit.kind.isCell
        return UnitPage(
            unit: UnitDTO(unit), ancestors: try await UnitService.visibleAncestors(db, principal, of: id).map(UnitDTO.init),
            children: try await UnitService.children(db, of: id).map(UnitDTO.init),
            counts: try await UnitService.counts(db, unitID: id),
            officers: try await UnitService.officers(db, unitID: id).map { OfficerDTO($0.0, member: $0.1) },
            members: members.map(MemberDTO.init),
            canReadMembers: canRead, canWriteMembers: try await Scope.allows(principal, .writeMembers, unit: id, on: db),
            canManage: canManage, canInspect: canInspect, moveTargets: targets.map(UnitDTO.init),
            cellsLate: try await cellsLate(db, unit, today: today),
            liaison: try await UnitService.liaison(db, unitID: id).map { UnitPage.LiaisonAccount($0.1) },
            liaisonCandidates: candidates.map(UnitPage.LiaisonAccount.init),
            errors: errors)
    }

    /// A committee's cells (direct or deeper, up to 60) with their late meetings this year.
    static func cellsLate(_ db: any Database, _ unit: OrgUnit, today: CivilDate) async throws -> [UnitPage.CellLate] {
        guard !unit.kind.isCell else { return [] }
        var out: [UnitPage.CellLate] = []
        for cell in try await UnitService.cells(db, under: unit.id!).prefix(60) {
            out.append(
                UnitPage.CellLate(
                    cell: UnitDTO(cell),
                    obligations: try await MeetingService.obligations(db, unitID: cell.id!, year: today.year, today: today)))
        }
        return out.sorted { $0.obligations.lateCount > $1.obligations.lateCount }
    }
}
