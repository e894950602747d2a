import ChiBoCore
import Crypto
import Fluent
import SQLKit
import Vapor

/// Accounts, logins (throttled), API tokens.
package enum AccountService {
    /// A bcrypt hash of a password nobody has, verified when the user name is unknown so that
    /// a wrong name and a wrong password take the same time.
    static let decoyHash = "$2b$12$CwTycUXWue0Thq9StjUM0uJ8.Ck5wQZ3aR0dX1jL3vJq0oK3Yt5kS"

    static func login(
        _ db: any Database, hasher: AsyncPasswordHasher, config: AppConfig, username raw: String?,
        password: String?, ip: String, today: CivilDate, now: Date = Date()
    ) async throws -> Principal {
        let username = (raw ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        let invalid = DomainError(
            .invalid, code: "login.invalid", vi: "Tên đăng nhập hoặc mật khẩu không đúng.",
            en: "Wrong user name or password.")
        guard !username.isEmpty, username.count <= 100, let password, !password.isEmpty, password.count <= 200 else {
            throw invalid
        }
        let since = now.addingTimeInterval(-Double(config.loginWindowSeconds))
        let failures = try await LoginAttempt.query(on: db).filter(\.$username == username)
            .filter(\.$success == false).filter(\.$at > since).count()
        if failures >= config.loginMaxFailures {
            throw DomainError(
                .rateLimited, code: "login.throttled",
                vi: "Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau \(config.loginWindowSeconds / 60) phút.",
                en: "Too many failed logins. Try again in \(config.loginWindowSeconds / 60) minutes.")
        }
        let account = try await Account.query(on: db).filter(\.$username == username).first()
        let ok = try await hasher.verify(password, created: account?.passwordHash ?? decoyHash)
        let attempt = LoginAttempt(username: username, ip: String(ip.prefix(64)), success: ok && account?.active == true, at: now)
        try await db.writeOne { try await attempt.create(on: $0) }
        guard ok, let account, account.active, let principal = try await Principal.load(accountID: account.id!, today: today, on: db) else {
            throw invalid
        }
        return principal
    }

    /// Issues an API token; only its hash is stored.
    package static func issueToken(_ db: any Database, _ principal: Principal, lifetime: Int) async throws -> (String, Date) {
        let token = [UInt8].random(count: 32).base64URLEncoded
        let expires = Date().addingTimeInterval(Double(lifetime))
        let row = APIToken(accountID: principal.accountID, tokenHash: hash(token), expiresAt: expires)
        try await db.writeOne { try await row.create(on: $0) }
        return (token, expires)
    }

    /// Longer bearer tokens are not looked up.
    static let maxTokenLength = 200

    static func principal(forToken token: String, today: CivilDate, on db: any Database) async throws -> Principal? {
        guard token.count <= maxTokenLength else { return nil }
        return try await Principal.load(tokenHash: hash(token), today: today, on: db)
    }

    static func revoke(token: String, on db: any Database) async throws {
        let tokenHash = hash(token)
        try await db.writeOne { try await APIToken.query(on: $0).filter(\.$tokenHash == tokenHash).delete() }
    }

    static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).hex
    }

    struct NewAccount: Sendable {
        var username: String?
        var password: String?
        var displayName: String?
        var memberID: UUID?
        var role: String?
        var unitID: UUID?
    }

    /// Creates an account with one role. The grantor must manage accounts at the unit and be allowed to grant the role.
    static func create(_ db: any Database, _ principal: Principal, hasher: AsyncPasswordHasher, _ new: NewAccount) async throws -> Account {
        let username = try AccountRules.username(new.username)
        let password = try AccountRules.password(new.password)
        guard let role = new.role.flatMap(Role.init(rawValue:)) else {
            throw DomainError(.invalid, code: "role.invalid", vi: "Chọn vai trò.", en: "Choose a role.", field: "role")
        }
        try await checkGrant(db, principal, role: role, unitID: new.unitID)
        var name = try AccountRules.displayName(new.displayName, fallback: username)
        if let memberID = new.memberID {
            let member = try await MemberService.find(db, principal, memberID)
            if VietnameseText.normalizeName(new.displayName ?? "").isEmpty { name = member.fullName }
        }
        let displayName = name
        if try await Account.query(on: db).filter(\.$username == username).first() != nil {
            throw DomainError(
                .conflict, code: "username.duplicate", vi: "Tên đăng nhập \(username) đã có người dùng.",
                en: "The user name \(username) is taken.", field: "username")
        }
        let hash = try await hasher.hash(password)
        return try await db.write { tx in
            let account = Account(username: username, passwordHash: hash, displayName: displayName, memberID: new.memberID)
            try await account.create(on: tx)
            let grant = AccountRole(accountID: account.id!, role: role, unitID: new.unitID)
            try await grant.create(on: tx)
            try await Audit.record(
                tx, Actor(principal), action: "account.create", entity: "account", id: account.id, unit: new.unitID,
                after: AccountDTO(account, roles: [grant]))
            return account
        }
    }

    static func checkGrant(_ db: any Database, _ principal: Principal, role: Role, unitID: UUID?) async throws {
        guard let unitID else {
            if principal.isGlobalAdmin && role == .administrator { return }
            throw DomainError(
                .invalid, code: "unitId.required", vi: "Chọn tổ chức cho vai trò.",
                en: "Choose the unit the role applies to.", field: "unitId")
        }
        guard try await OrgUnit.find(unitID, on: db) != nil else { throw DomainError.notFound("unit") }
        try await Scope.require(principal, .manageAccounts, unit: unitID, on: db)
        // The grantor's roles that cover this unit decide what may be granted.
        var grantable = Set<Role>()
        for g in principal.grants where g.role.allows(.manageAccounts) {
            if g.unitID == nil {
                grantable.formUnion(g.role.grantable)
            } else if try await UnitClosure.query(on: db).filter(\.$ancestor.$id == g.unitID!)
                .filter(\.$descendant.$id == unitID).first() != nil
            {
                grantable.formUnion(g.role.grantable)
            }
        }
        guard grantable.contains(role) else { throw DomainError.forbidden() }
    }

    /// Accounts holding a role in the principal's account-management scope.
    static func list(_ db: any Database, _ principal: Principal) async throws -> [(Account, [AccountRole])] {
        let accounts = try await Account.query(on: db).with(\.$roles).sort(\.$username).all()
        if principal.isGlobalAdmin { return accounts.map { ($0, $0.roles) } }
        let roots = principal.units(allowing: .manageAccounts)
        guard !roots.isEmpty else { return [] }
        let visible = Set(try await UnitClosure.query(on: db).filter(\.$ancestor.$id ~~ roots).all().map { $0.$descendant.id })
        return accounts.filter { a in a.roles.contains { $0.$unit.id.map(visible.contains) ?? false } }
            .map { ($0, $0.roles) }
    }

    static func setPassword(
        _ db: any Database, _ principal: Principal, hasher: AsyncPasswordHasher, accountID: UUID,
        password raw: String?, current: String? = nil
    ) async throws {
        let password = try AccountRules.password(raw)
        guard let account = try await Account.query(on: db).filter(\.$id == accountID).with(\.$roles).first() else {
            throw DomainError.notFound("account")
        }
        if account.id == principal.accountID {
            // One's own password changes only with the current one.
            guard let current, !current.isEmpty, current.count <= 200, try await hasher.verify(current, created: account.passwordHash)
            else {
                throw DomainError(
                    .invalid, code: "currentPassword.wrong", vi: "Mật khẩu hiện tại không đúng.",
                    en: "The current password is wrong.", field: "currentPassword")
            }
        } else {
            guard try await list(db, principal).contains(where: { $0.0.id == accountID }) else { throw DomainError.notFound("account") }
            if account.roles.contains(where: { $0.role == .administrator }) && !principal.isGlobalAdmin {
                throw DomainError.forbidden()
            }
        }
        let hash = try await hasher.hash(password)
        try await db.write { tx in
            account.passwordHash = hash
            try await account.save(on: tx)
            try await APIToken.query(on: tx).filter(\.$account.$id == accountID).delete()
            // Browser sessions of that account end too (the session data holds the account id).
            if account.id != principal.accountID, let sql = tx as? any SQLDatabase {
                try await sql.raw("DELETE FROM _fluent_sessions WHERE data LIKE \(bind: "%" + accountID.uuidString + "%")").run()
            }
            try await Audit.record(
                tx, Actor(principal), action: "account.password", entity: "account", id: accountID, unit: nil,
                after: ["changed": "password"])
        }
    }
}

extension AccountService {
    /// The units the form offers as a role's scope: the principal's roots, their children and grandchildren.
    static func scopeUnits(_ db: any Database, _ principal: Principal) async throws -> [OrgUnit] {
        var units: [OrgUnit] = []
        let roots = Scope.roots(principal, .manageAccounts)
        let rootUnits: [OrgUnit]
        if let roots {
            rootUnits = try await OrgUnit.query(on: db).filter(\.$id ~~ roots).all()
        } else {
            rootUnits = try await OrgUnit.query(on: db).filter(\.$parent.$id == nil).all()
        }
        for root in UnitService.sorted(rootUnits) {
            units.append(root)
            for child in try await UnitService.children(db, of: root.id!) {
                units.append(child)
                if !child.kind.isCell, child.depth <= root.depth + 1 {
                    units += try await UnitService.children(db, of: child.id!)
                }
            }
        }
        return units
    }

    /// The roles the principal may grant: those its account-managing roles may grant.
    static func grantable(_ principal: Principal) -> [Role] {
        let roles = Set(principal.grants.filter { $0.role.allows(.manageAccounts) }.flatMap { $0.role.grantable })
        return Role.allCases.filter(roles.contains)
    }
}
