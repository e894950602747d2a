import ChiBoCore
import Fluent
import Vapor

/// Access follows office (issue 19): accounts deactivated and reactivated, roles ended (dated, who,
/// why), roles that came from an office or a membership ending with it, one account per member.
extension AccountService {
    /// The account, if the principal may manage it: an administrator any; committee staff only an
    /// account whose every role (those held today, or all of them when none is) lies in their
    /// account-management scope, never an administrator's. An account with no role in that scope
    /// is not found (404); one with a role outside it is forbidden (403), as is any account to
    /// someone who manages no accounts.
    static func manageable(_ db: any Database, _ principal: Principal, _ id: UUID, today: CivilDate) async throws -> Account {
        guard let account = try await Account.query(on: db).filter(\.$id == id).with(\.$roles).first() else {
            throw DomainError.notFound("account")
        }
        if principal.isGlobalAdmin { return account }
        let roots = principal.units(allowing: .manageAccounts)
        // Without the right to manage accounts anywhere: forbidden, as the list of accounts is.
        guard !roots.isEmpty else { throw DomainError.forbidden() }
        let visible = Set(try await UnitClosure.query(on: db).filter(\.$ancestor.$id ~~ roots).all().map { $0.$descendant.id })
        let inScope = { (r: AccountRole) in r.role != .administrator && (r.$unit.id.map(visible.contains) ?? false) }
        guard account.roles.contains(where: inScope) else { throw DomainError.notFound("account") }
        let held = account.roles.filter { $0.holds(on: today) }
        guard (held.isEmpty ? account.roles : held).allSatisfy(inScope) else {
            throw DomainError(
                .forbidden, code: "account.outOfScope",
                vi: "Tài khoản này có vai trò ngoài phạm vi quản lý của bạn.",
                en: "This account holds a role outside your scope.")
        }
        return account
    }

    /// Every unit of the account's roles: the audit of each shows what was done to the account.
    static func units(of roles: [AccountRole]) -> [UUID?] {
        var seen = Set<UUID>()
        let units = roles.compactMap(\.$unit.id).filter { seen.insert($0).inserted }
        return units.isEmpty ? [nil] : units
    }

    /// One audit entry per unit of the account's roles.
    static func recordEveryUnit<A: Encodable>(
        _ db: any Database, _ actor: Actor, action: String, account: Account, roles: [AccountRole], before: AccountDTO?, after: A
    ) async throws {
        for unit in units(of: roles) {
            try await Audit.record(db, actor, action: action, entity: "account", id: account.id, unit: unit, before: before, after: after)
        }
    }

    /// One account per member: a member with an active account gets no second one.
    static func checkOneAccount(_ db: any Database, memberID: UUID?, except: UUID?) async throws {
        guard let memberID else { return }
        var query = Account.query(on: db).filter(\.$member.$id == memberID).filter(\.$active == true)
        if let except { query = query.filter(\.$id != except) }
        if let other = try await query.first() {
            throw DomainError(
                .conflict, code: "memberId.hasAccount",
                vi: "Đảng viên này đã có tài khoản \(other.username). Mỗi đảng viên chỉ có một tài khoản.",
                en: "This member already has the account \(other.username). A member has one account only.", field: "memberId")
        }
    }

    /// Deactivates an account: it can no longer sign in, and its browser sessions and API tokens
    /// end at once. One's own account is not deactivated here.
    static func deactivate(_ db: any Database, _ principal: Principal, id: UUID, today: CivilDate) async throws -> Account {
        let account = try await manageable(db, principal, id, today: today)
        guard account.id != principal.accountID else {
            throw DomainError(
                .invalid, code: "account.self", vi: "Không thể tự khóa tài khoản của mình.",
                en: "You cannot deactivate your own account.")
        }
        guard account.active else {
            throw DomainError(.conflict, code: "account.inactive", vi: "Tài khoản đã bị khóa.", en: "The account is already deactivated.")
        }
        return try await db.write { tx in
            let before = AccountDTO(account, roles: account.roles)
            account.active = false
            try await account.save(on: tx)
            try await WebSession.query(on: tx).filter(\.$account.$id == id).delete()
            try await APIToken.query(on: tx).filter(\.$account.$id == id).delete()
            try await recordEveryUnit(
                tx, Actor(principal), action: "account.deactivate", account: account, roles: account.roles, before: before,
                after: AccountDTO(account, roles: account.roles))
            return account
        }
    }

    /// Opens a deactivated account again (its ended roles stay ended), unless its member has another active account.
    static func reactivate(_ db: any Database, _ principal: Principal, id: UUID, today: CivilDate) async throws -> Account {
        let account = try await manageable(db, principal, id, today: today)
        guard !account.active else {
            throw DomainError(.conflict, code: "account.active", vi: "Tài khoản đang hoạt động.", en: "The account is already active.")
        }
        if let member = try await account.$member.get(on: db), let left = member.leftDate, left <= today {
            throw DomainError(
                .invalid, code: "member.left", vi: "Đảng viên đã ra khỏi Đảng từ ngày \(left.vietnamese).",
                en: "The member left the party on \(left.iso).")
        }
        return try await afterRace(db, memberID: account.$member.id, except: id, username: nil) {
            try await db.write { tx in
                try await checkOneAccount(tx, memberID: account.$member.id, except: id)
                let before = AccountDTO(account, roles: account.roles)
                account.active = true
                try await account.save(on: tx)
                try await recordEveryUnit(
                    tx, Actor(principal), action: "account.reactivate", account: account, roles: account.roles, before: before,
                    after: AccountDTO(account, roles: account.roles))
                return account
            }
        }
    }

    /// Ends one role of an account on a day, with its reason; the role stays in the account's history.
    static func endRole(
        _ db: any Database, _ principal: Principal, id: UUID, roleID: UUID, input: RoleEndInput, today: CivilDate
    ) async throws -> Account {
        let account = try await manageable(db, principal, id, today: today)
        guard let role = account.roles.first(where: { $0.id == roleID }) else { throw DomainError.notFound("role") }
        let day = try input.day(default: today)
        let reason = try input.why()
        if let ended = role.endedOn, ended <= max(day, today) {
            throw DomainError(
                .conflict, code: "role.ended", vi: "Vai trò này đã kết thúc từ ngày \(ended.vietnamese).",
                en: "This role ended on \(ended.iso).")
        }
        return try await db.write { tx in
            let before = AccountDTO(account, roles: account.roles)
            role.endedOn = day
            role.endedBy = principal.accountID
            role.endReason = reason
            try await role.save(on: tx)
            try await Audit.record(
                tx, Actor(principal), action: "account.role.end", entity: "account", id: id, unit: role.$unit.id, before: before,
                after: AccountDTO(account, roles: account.roles))
            return account
        }
    }

    /// The accounts of a member follow an event of their membership or office (`RoleTerms`): the
    /// roles it ends end on its day, and a member's plain role follows them to a new cell. The
    /// change is audited for each account, at every unit whose role changed.
    static func follow(_ db: any Database, _ actor: Actor, memberID: UUID, event: RoleEvent<UUID>) async throws {
        for account in try await Account.query(on: db).filter(\.$member.$id == memberID).with(\.$roles).all() {
            let outcome = RoleTerms.apply(event, to: account.roles.map(\.held))
            guard !outcome.end.isEmpty || !outcome.grant.isEmpty else { continue }
            let before = AccountDTO(account, roles: account.roles)
            var touched: [AccountRole] = []
            for ending in outcome.end {
                guard let role = account.roles.first(where: { $0.id == ending.role }) else { continue }
                role.endedOn = ending.on
                role.endedBy = nil
                role.endReason = ending.reason
                try await role.save(on: db)
                touched.append(role)
            }
            var roles = account.roles
            for grant in outcome.grant {
                let role = AccountRole(accountID: account.id!, role: grant.role, unitID: grant.unit)
                try await role.create(on: db)
                roles.append(role)
                touched.append(role)
            }
            try await recordEveryUnit(
                db, actor, action: "account.followMembership", account: account, roles: touched, before: before,
                after: AccountDTO(account, roles: roles))
        }
    }

    /// The role an office gives its holder's account, granted when the officer takes it (or, if the
    /// account already holds that role at the unit by hand, linked to the office so that it ends with it).
    static func grantOffice(_ db: any Database, _ actor: Actor, officer: UnitOfficer, unit: OrgUnit) async throws {
        guard let role = RoleTerms.role(of: officer.role, atCell: unit.kind.isCell) else { return }
        let accounts = try await Account.query(on: db).filter(\.$member.$id == officer.$member.id).filter(\.$active == true)
            .with(\.$roles).all()
        for account in accounts {
            let before = AccountDTO(account, roles: account.roles)
            let same = account.roles.first { $0.role == role && $0.$unit.id == unit.id && $0.endedOn == nil }
            let changed: AccountRole
            if let same {
                guard same.officerID == nil else { continue }
                same.officerID = officer.id
                try await same.save(on: db)
                changed = same
            } else {
                changed = AccountRole(accountID: account.id!, role: role, unitID: unit.id, officerID: officer.id)
                try await changed.create(on: db)
                account.$roles.value = account.roles + [changed]
            }
            try await Audit.record(
                db, actor, action: "account.followOffice", entity: "account", id: account.id, unit: unit.id, before: before,
                after: AccountDTO(account, roles: account.roles))
        }
    }
}
