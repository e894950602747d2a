import ChiBoCore
import Crypto
import Fluent
import SQLKit
import Vapor

/// Accounts, logins (throttled), API tokens.
package enum AccountService {
    /// Logs in: throttled per client address and per user name (`RateCounters`, each try counted
    /// before the password is read, so that concurrent tries cannot pass the limit together). An
    /// unknown user name verifies `decoy`, a hash of the configured algorithm and cost
    /// (`Application.decoyHash`), so that it costs what a wrong password costs, with the same answer.
    static func login(
        _ db: any Database, hasher: AsyncPasswordHasher, config: AppConfig, decoy: String, username raw: String?,
        password: String?, ip: String, today: CivilDate, now: Date = Date()
    ) async throws -> Principal {
        let invalid = DomainError(
            .invalid, code: "login.invalid", vi: "Tên đăng nhập hoặc mật khẩu không đúng.",
            en: "Wrong user name or password.")
        let address = "login.address:" + String(ip.prefix(64))
        let byAddress = try await RateCounters.hit(db, address, window: config.loginWindowSeconds, now: now)
        if byAddress.count > config.loginMaxFailuresPerAddress {
            throw throttled(byAddress.retryAfter, fromAddress: true)
        }
        // A name longer than any stored one is refused before it is looked up or counted.
        let username = (raw ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        guard !username.isEmpty, username.utf8.count <= AccountRules.maxUsernameBytes, let password, !password.isEmpty,
            password.utf8.count <= AccountRules.maxPasswordBytes
        else { throw invalid }
        let name = "login.user:" + username
        let byName = try await RateCounters.hit(db, name, window: config.loginWindowSeconds, now: now)
        if byName.count > config.loginMaxFailures {
            throw throttled(byName.retryAfter, fromAddress: false)
        }
        let account = try await Account.query(on: db).filter(\.$username == username).first()
        let ok = try await hasher.verify(password, created: account?.passwordHash ?? decoy)
        guard ok, let account, account.active, let principal = try await Principal.load(accountID: account.id!, today: today, on: db) else {
            throw invalid
        }
        // A success is no failure: the name's count starts again, and the address's takes this try back.
        try await RateCounters.clear(db, name)
        try await RateCounters.refund(db, address)
        return principal
    }

    static func throttled(_ seconds: Int, fromAddress: Bool) -> Throttled {
        let minutes = (seconds + 59) / 60
        let error =
            fromAddress
            ? DomainError(
                .rateLimited, code: "login.throttled",
                vi: "Đăng nhập sai quá nhiều lần từ địa chỉ này. Vui lòng thử lại sau \(minutes) phút.",
                en: "Too many failed logins from this address. Try again in \(minutes) minutes.")
            : DomainError(
                .rateLimited, code: "login.throttled",
                vi: "Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau \(minutes) phút.",
                en: "Too many failed logins. Try again in \(minutes) minutes.")
        return Throttled(error: error, retryAfter: seconds)
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
    /// Before a new account's body is read: refused (403) to an account that manages accounts
    /// nowhere; the unit the body names is checked by `create` (`checkGrant`).
    static func authoriseCreate(_ principal: Principal) throws {
        try Scope.requireAnywhere(principal, .manageAccounts)
    }

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
        try await checkOneAccount(db, memberID: new.memberID, except: nil)
        try await checkUsernameFree(db, username)
        let hash = try await hasher.hash(password)
        return try await afterRace(db, memberID: new.memberID, except: nil, username: username) {
            try await db.write { tx in
                try await checkOneAccount(tx, memberID: new.memberID, except: nil)
                let account = Account(username: username, passwordHash: hash, displayName: displayName, memberID: new.memberID)
                try await account.create(on: tx)
                // The role a current office of the member gives, at the office's unit, ends with the office.
                var officerID: UUID?
                if let memberID = new.memberID, let unitID = new.unitID, let unit = try await OrgUnit.find(unitID, on: tx) {
                    let offices = try await UnitOfficer.query(on: tx).filter(\.$member.$id == memberID).filter(\.$unit.$id == unitID)
                        .filter(\.$untilDate == nil).all()
                    officerID = offices.first { RoleTerms.role(of: $0.role, atCell: unit.kind.isCell) == role }?.id
                }
                let grant = AccountRole(accountID: account.id!, role: role, unitID: new.unitID, officerID: officerID)
                try await grant.create(on: tx)
                try await Audit.record(
                    tx, Actor(principal), action: "account.create", entity: "account", id: account.id, unit: new.unitID,
                    after: AccountDTO(account, roles: [grant]))
                return account
            }
        }
    }

    static func checkUsernameFree(_ db: any Database, _ username: String) async throws {
        if try await Account.query(on: db).filter(\.$username == username).first() != nil {
            throw DomainError(
                .conflict, code: "username.duplicate", vi: "Tên đăng nhập \(username) đã có người dùng.",
                en: "The user name \(username) is taken.", field: "username")
        }
    }

    /// Runs a write that the checks before it may have lost to a concurrent one: two requests for
    /// one member (or one user name) at the same moment both pass the checks, and on PostgreSQL the
    /// second's insert meets the unique index (`accounts_one_per_member_idx`, the user names') once
    /// the first commits. The checks then run again, the winner now visible, and refuse the loser
    /// as they would have a moment later: the same 409 and message, not the database's error.
    static func afterRace<T: Sendable>(
        _ db: any Database, memberID: UUID?, except: UUID?, username: String?, _ write: () async throws -> T
    ) async throws -> T {
        do {
            return try await write()
        } catch {
            if let failure = error as? any DatabaseError, failure.isConstraintFailure {
                try await checkOneAccount(db, memberID: memberID, except: except)
                if let username { try await checkUsernameFree(db, username) }
            }
            throw error
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

    /// The accounts holding a role in the principal's account-management scope; nil when there is none.
    /// A small scope (by the counters) gathers its units' roles; a large one checks each account
    /// read in the list's order against the closure table.
    static func inScope(_ query: QueryBuilder<Account>, _ db: any Database, _ principal: Principal) async throws -> QueryBuilder<Account>? {
        if principal.isGlobalAdmin { return query }
        let roots = principal.units(allowing: .manageAccounts)
        guard !roots.isEmpty else { return nil }
        let under: SQLQueryString
        if try await MemberService.scopeSize(db as! any SQLDatabase, roots: roots) <= MemberService.smallScope {
            under =
                "accounts.id IN (SELECT r.account_id FROM account_roles r WHERE r.unit_id IN (SELECT descendant_id FROM unit_closure WHERE ancestor_id IN (\(binds: roots))))"
        } else {
            under =
                "EXISTS (SELECT 1 FROM account_roles r JOIN unit_closure c ON c.descendant_id = r.unit_id WHERE r.account_id = accounts.id AND c.ancestor_id IN (\(binds: roots)))"
        }
        return query.filter(.sql(under))
    }

    /// Accounts holding a role in the principal's account-management scope, by user name, one page
    /// after the user name `after` (the `next` cursor of the page before).
    static func list(
        _ db: any Database, _ principal: Principal, after: String? = nil, per: Int = 100
    ) async throws
        -> (accounts: [(Account, [AccountRole])], next: String?)
    {
        guard var query = try await inScope(Account.query(on: db), db, principal) else { return ([], nil) }
        if let cursor = KeyCursor(after) { query = query.filter(\.$username > cursor.s) }
        let n = min(max(per, 1), 500) // not a rule: a page of the list
        var accounts = try await query.with(\.$roles).sort(\.$username).limit(n + 1).all()
        let more = accounts.count > n
        if more { accounts.removeLast() }
        return (accounts.map { ($0, $0.roles) }, more ? accounts.last.map { KeyCursor(s: $0.username, k: "").encoded } : nil)
    }

    /// Before a password's body is read: one's own account, or another the principal manages
    /// (`manageable`: not found outside its scope, forbidden within it without the right).
    static func authorisePassword(_ db: any Database, _ principal: Principal, accountID: UUID, today: CivilDate) async throws {
        if accountID == principal.accountID { return }
        _ = try await manageable(db, principal, accountID, today: today)
    }

    static func setPassword(
        _ db: any Database, _ principal: Principal, hasher: AsyncPasswordHasher, accountID: UUID,
        password raw: String?, current: String? = nil, keepSession: UUID? = nil, today: CivilDate
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
            // Another's password: only with scope over every role of the account (`manageable`).
            _ = try await manageable(db, principal, accountID, today: today)
        }
        let hash = try await hasher.hash(password)
        try await db.write { tx in
            account.passwordHash = hash
            try await account.save(on: tx)
            try await APIToken.query(on: tx).filter(\.$account.$id == accountID).delete()
            // The account's browser sessions end too, but for the one the change was made in.
            let sessions = WebSession.query(on: tx).filter(\.$account.$id == accountID)
            if account.id == principal.accountID, let keepSession { sessions.filter(\.$id != keepSession) }
            try await sessions.delete()
            // A reset by someone else is in the audit of every unit of the account's roles.
            let concerned: [UUID?] = account.id == principal.accountID ? [nil] : Self.units(of: account.roles)
            for unit in concerned {
                try await Audit.record(
                    tx, Actor(principal), action: "account.password", entity: "account", id: accountID, unit: unit,
                    after: ["changed": "password"])
            }
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
