import ChiBoCore
import Fluent
import Vapor

/// `chibo demo`: loads the demo commune and its accounts.
struct DemoCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "password", help: "Password for every demo account (default: a random one, printed)")
        var password: String?
        @Flag(name: "force", help: "Load even though the database already holds other data")
        var force: Bool
    }

    var help: String { "Loads the demo commune of Thượng Lâm (17 cells, 435 members) and its accounts." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let password = signature.password ?? [UInt8].random(count: 9).base64URLEncoded
        _ = try AccountRules.password(password)
        let hash = try await app.password.async(on: app.threadPool, hopTo: app.eventLoopGroup.any()).hash(password)
        do {
            let outcome = try await DemoLoader.load(
                on: app.db, passwordHash: hash, actor: Actor(system: "chibo demo"),
                today: context.application.clock.today, force: signature.force)
            switch outcome {
            case .alreadyLoaded:
                context.console.print("The demo commune is already loaded; nothing changed.")
            case let .loaded(units, members, accounts):
                context.console.print("Loaded \(units) units and \(members) members.")
                context.console.print("Accounts: \(accounts.joined(separator: ", "))")
                if signature.password == nil { context.console.print("Their password: \(password)") }
            }
        } catch let e as DomainError {
            context.console.error(e.en)
            throw e
        }
    }
}

/// `chibo create-admin`: an administrator of the whole installation.
struct CreateAdminCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "username", help: "User name (default: admin)")
        var username: String?
        @Option(name: "password", help: "Password (default: $CHIBO_ADMIN_PASSWORD, else asked for)")
        var password: String?
    }

    var help: String { "Creates an administrator account, or resets its password." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let username = try AccountRules.username(signature.username ?? "admin")
        var password = signature.password ?? Environment.get("CHIBO_ADMIN_PASSWORD")
        if password == nil {
            password = context.console.ask("Password for \(username):", isSecure: true)
        }
        let checked = try AccountRules.password(password)
        let hash = try await app.password.async(on: app.threadPool, hopTo: app.eventLoopGroup.any()).hash(checked)
        try await app.db.write { tx in
            if let existing = try await Account.query(on: tx).filter(\.$username == username).with(\.$roles).first() {
                existing.passwordHash = hash
                existing.active = true
                try await existing.save(on: tx)
                if !existing.roles.contains(where: { $0.role == .administrator && $0.$unit.id == nil }) {
                    try await AccountRole(accountID: existing.id!, role: .administrator, unitID: nil).create(on: tx)
                }
                try await Audit.record(
                    tx, Actor(system: "chibo create-admin"), action: "account.admin", entity: "account",
                    id: existing.id, unit: nil, after: ["username": username])
                context.console.print("Administrator \(username) updated.")
            } else {
                let account = Account(username: username, passwordHash: hash, displayName: "Quản trị viên", memberID: nil)
                try await account.create(on: tx)
                try await AccountRole(accountID: account.id!, role: .administrator, unitID: nil).create(on: tx)
                try await Audit.record(
                    tx, Actor(system: "chibo create-admin"), action: "account.admin", entity: "account",
                    id: account.id, unit: nil, after: ["username": username])
                context.console.print("Administrator \(username) created.")
            }
        }
    }
}
