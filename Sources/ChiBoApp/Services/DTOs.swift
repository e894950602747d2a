import ChiBoCore
import Vapor

/// What the API returns and the audit log stores: never the Fluent model itself.
struct UnitDTO: Content, Equatable {
    let id: UUID?
    let parentId: UUID?
    let name: String
    let code: String
    let kind: UnitKind
    let cellType: CellType?
    let termLabel: String
    let termStart: String?
    let depth: Int

    init(_ u: OrgUnit) {
        id = u.id
        parentId = u.$parent.id
        name = u.name
        code = u.code
        kind = u.kind
        cellType = u.cellType
        termLabel = u.termLabel
        termStart = u.termStart
        depth = u.depth
    }
}

struct ExemptionDTO: Content, Equatable {
    let kind: ExemptionKind
    let decisionDate: String?
    let reason: String?
}

struct TransferDTO: Content, Equatable {
    let direction: TransferDirection
    let from: String?
    let until: String?
    let place: String?
}

struct MemberDTO: Content, Equatable {
    let id: UUID?
    let unitId: UUID
    let fullName: String
    let birthDate: String
    let gender: Gender
    let cardNumber: String?
    let admissionDate: String
    let officialDate: String?
    let status: MemberStatus
    let phone: String?
    let ethnicity: String?
    let homeTown: String?
    let exemption: ExemptionDTO?
    let transfer: TransferDTO?
    /// The day the membership ended and how; nil while a member.
    let left: LeftDTO?
    /// The member's move away (residence or work), from which the permanent transfer is due.
    let moved: MovedDTO?

    struct LeftDTO: Content, Equatable {
        let kind: LeavingKind
        let date: String
    }

    struct MovedDTO: Content, Equatable {
        let date: String
        let place: String?
    }

    init(_ m: Member) {
        id = m.id
        unitId = m.$unit.id
        fullName = m.fullName
        birthDate = m.birthDate.iso
        gender = m.gender
        cardNumber = m.cardNumber
        admissionDate = m.admissionDate.iso
        officialDate = m.officialDate?.iso
        status = m.status
        phone = m.phone
        ethnicity = m.ethnicity
        homeTown = m.homeTown
        exemption = m.exemptionKind.map { ExemptionDTO(kind: $0, decisionDate: m.exemptionDate?.iso, reason: m.exemptionReason) }
        transfer = m.transferDirection.map {
            TransferDTO(direction: $0, from: m.transferFrom?.iso, until: m.transferUntil?.iso, place: m.transferPlace)
        }
        left = zip2(m.leftKind, m.leftDate).map { LeftDTO(kind: $0, date: $1.iso) }
        moved = m.movedOn.map { MovedDTO(date: $0.iso, place: m.movedTo) }
    }
}

private func zip2<A, B>(_ a: A?, _ b: B?) -> (A, B)? {
    guard let a, let b else { return nil }
    return (a, b)
}

/// One dated period of a member's party life, with its decision.
struct StatusPeriodDTO: Content, Equatable {
    let id: UUID?
    let kind: StatusKind
    /// The kind's detail: an exemption's, transfer's, suspension's, measure's or leaving's kind.
    let detail: String?
    let from: String
    /// The last day; nil while it runs.
    let until: String?
    let reason: String?
    let place: String?
    let decidedBy: String?
    let decisionNumber: String?
    let decisionDate: String?
    let voteId: UUID?

    init(_ p: MemberStatusPeriod) {
        id = p.id
        kind = p.kind
        detail = p.detail
        from = p.fromDate.iso
        until = p.untilDate?.iso
        reason = p.reason
        place = p.place
        decidedBy = p.decidedBy
        decisionNumber = p.decisionNumber
        decisionDate = p.decisionDate?.iso
        voteId = p.voteID
    }
}

struct MemberPeriodDTO: Content, Equatable {
    let unitId: UUID
    let unitName: String
    let from: String
    let until: String?
    let note: String?
}

struct OfficerDTO: Content, Equatable {
    let id: UUID?
    let memberId: UUID
    let fullName: String
    let role: OfficerRole
    let from: String
}

/// A member of a committee above a cell who follows it now, and for which committee.
struct LiaisonDTO: Content, Equatable {
    let id: UUID
    let accountId: UUID
    let username: String
    let displayName: String
    /// The committee the assignment is made for; nil for one made before levels were kept
    /// (it stands for the cell's parent).
    let levelUnitId: UUID?
    let levelName: String?
    let from: String

    init(_ l: UnitLiaison) {
        id = l.id!
        accountId = l.$account.id
        username = l.account.username
        displayName = l.account.displayName
        levelUnitId = l.$level.id
        levelName = l.$level.value??.name
        from = l.fromDate.iso
    }
}

struct GrantDTO: Content, Equatable {
    let role: Role
    let unitId: UUID?
    /// An account's role (not a session's grant): its id, its end (the first day without it) and
    /// why, and whether it came from an office (and ends with it).
    var id: UUID? = nil
    var endedOn: String? = nil
    var endReason: RoleEndReason? = nil
    var fromOffice: Bool? = nil
}

struct AccountDTO: Content, Equatable {
    let id: UUID?
    let username: String
    let displayName: String
    let memberId: UUID?
    let active: Bool
    let roles: [GrantDTO]

    init(_ a: Account, roles: [AccountRole]) {
        id = a.id
        username = a.username
        displayName = a.displayName
        memberId = a.$member.id
        active = a.active
        self.roles = roles.map {
            GrantDTO(
                role: $0.role, unitId: $0.$unit.id, id: $0.id, endedOn: $0.endedOn?.iso, endReason: $0.endReason,
                fromOffice: $0.officerID != nil)
        }
    }
}

extension MembershipCounts: Content {}

extension OfficerDTO {
    /// A current officer with their member, as `UnitService.officers` returns them.
    init(_ o: UnitOfficer, member m: Member) {
        self.init(id: o.id, memberId: o.$member.id, fullName: m.fullName, role: o.role, from: o.fromDate.iso)
    }
}

/// One entry of the audit log, for its page (`GET /audit`) and the API (`GET /api/v1/audit`): who
/// did what to which record, with the record before and after as stored.
struct AuditDTO: Content, Equatable {
    let at: Date
    let username: String
    let action: String
    let entity: String
    let entityId: UUID?
    let unitId: UUID?
    let before: String?
    let after: String?

    init(_ e: AuditEntry) {
        at = e.at
        username = e.username
        action = e.action
        entity = e.entity
        entityId = e.entityID
        unitId = e.unitID
        before = e.before
        after = e.after
    }
}

/// One choice a form offers (a cell, a team member): what the pages and the API list.
struct Choice: Content, Equatable {
    let id: UUID
    let name: String
}
