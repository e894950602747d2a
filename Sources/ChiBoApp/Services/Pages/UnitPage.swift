import ChiBoCore
import Vapor

/// What a unit's page shows (`GET /units/{id}`, `UnitViews.page`), made by its handler
/// (`UnitsController.render`) from what the services return: DTOs, no Fluent model.
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
    let moveTargets: [UnitDTO]
    /// For a committee: its cells with what is late this year, the latest first.
    let cellsLate: [CellLate]
    let liaison: LiaisonAccount?
    let liaisonCandidates: [LiaisonAccount]
    let errors: [DomainError]

    /// The members the page offers for an office: official ones, as `UnitService.setOfficer` requires.
    var officerCandidates: [MemberDTO] { members.filter { OfficerRole.mayHold($0.status) } }
}
