import ChiBoCore
import Fluent
import Vapor

/// One account as the staff managing it see it (`GET /accounts/{id}`, `GET /api/v1/accounts/{id}`):
/// its roles, held and ended (each with its unit, end, reason and who ended it), and what it may
/// be done: deactivate or reactivate it, end a held role.
struct AccountPage: Content {
    struct RoleRow: Content {
        let id: UUID
        let role: Role
        let unitId: UUID?
        let unitName: String?
        /// Whether the role grants anything today.
        let held: Bool
        let endedOn: String?
        let endReason: RoleEndReason?
        /// The user name of the account that ended it (nil: ended by an event of office or membership).
        let endedBy: String?
        /// It came from an office and ends with it.
        let fromOffice: Bool
    }

    let id: UUID
    let username: String
    let displayName: String
    let memberId: UUID?
    let memberName: String?
    let active: Bool
    /// Held roles first, then ended ones, newest end first.
    let roles: [RoleRow]
    /// The account's open browser sessions and API tokens (both end when it is deactivated).
    let sessions: Int
    let tokens: Int
    let canDeactivate: Bool
    let canReactivate: Bool

    static func load(_ db: any Database, _ principal: Principal, id: UUID, today: CivilDate) async throws -> AccountPage {
        let account = try await AccountService.manageable(db, principal, id, today: today)
        let names = try await MemberService.unitNames(db, account.roles.compactMap(\.$unit.id))
        let enders = Dictionary(
            try await Account.query(on: db).filter(\.$id ~~ account.roles.compactMap(\.endedBy)).all().map { ($0.id!, $0.username) },
            uniquingKeysWith: { a, _ in a })
        let member = try await account.$member.get(on: db)
        let rows = account.roles.map { r in
            RoleRow(
                id: r.id!, role: r.role, unitId: r.$unit.id, unitName: r.$unit.id.flatMap { names[$0] }, held: r.holds(on: today),
                endedOn: r.endedOn?.iso, endReason: r.endReason, endedBy: r.endedBy.flatMap { enders[$0] },
                fromOffice: r.officerID != nil)
        }.sorted { a, b in
            a.held != b.held ? a.held : (a.endedOn ?? "") > (b.endedOn ?? "")
        }
        let sessions = try await WebSession.query(on: db).filter(\.$account.$id == id).filter(\.$expiresAt > Date()).count()
        let tokens = try await APIToken.query(on: db).filter(\.$account.$id == id).filter(\.$expiresAt > Date()).count()
        return AccountPage(
            id: id, username: account.username, displayName: account.displayName, memberId: account.$member.id,
            memberName: member?.fullName, active: account.active, roles: rows, sessions: sessions, tokens: tokens,
            canDeactivate: account.active && id != principal.accountID, canReactivate: !account.active)
    }
}
