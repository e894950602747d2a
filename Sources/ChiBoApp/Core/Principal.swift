import Fluent
import Vapor
import ChiBoCore

/// A role held by an account at a unit (nil unit: the whole installation).
struct Grant: Sendable, Equatable, Codable {
    let role: Role
    let unitID: UUID?
}

/// The logged-in person: an account with its grants.
struct Principal: Authenticatable, Sendable {
    let accountID: UUID
    let username: String
    let displayName: String
    let memberID: UUID?
    let grants: [Grant]

    /// An administrator of the whole installation.
    var isGlobalAdmin: Bool { grants.contains { $0.role == .administrator && $0.unitID == nil } }

    /// The units where a role allowing `action` is held.
    func units(allowing action: Action) -> [UUID] {
        grants.filter { $0.role.allows(action) }.compactMap(\.unitID)
    }

    /// The most powerful role held, for display.
    var mainRole: Role? {
        let order: [Role] = [.administrator, .committeeStaff, .inspector, .cellSecretary, .member]
        return order.first { r in grants.contains { $0.role == r } }
    }

    /// Loads an active account and its grants.
    static func load(accountID: UUID, on db: any Database) async throws -> Principal? {
        guard let account = try await Account.query(on: db).filter(\.$id == accountID).with(\.$roles).first(),
              account.active else { return nil }
        return Principal(
            accountID: accountID, username: account.username, displayName: account.displayName,
            memberID: account.$member.id,
            grants: account.roles.map { Grant(role: $0.role, unitID: $0.$unit.id) })
    }
}
