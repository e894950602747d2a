import ChiBoCore
import Fluent
import Vapor

/// /setup: on a fresh installation with no account at all, the first visitor creates the
/// administrator. Once any account exists the page is gone.
enum SetupController {
    struct SetupForm: Content {
        var username: String?
        var password: String?
    }

    static func isFresh(_ db: any Database) async throws -> Bool {
        try await Account.query(on: db).count() == 0
    }

    @Sendable static func page(req: Request) async throws -> Response {
        guard try await Self.isFresh(req.db) else { return req.redirect(to: SiteURL.login().path) }
        return try await HTMLPage(SetupView.page(await req.pageContext(), username: "admin", errors: [])).encodeResponse(for: req)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        guard try await Self.isFresh(req.db) else { return req.redirect(to: SiteURL.login().path) }
        let form = try req.content.decode(SetupForm.self)
        switch try await req.attempt({ () -> Principal in
            let username = try AccountRules.username(form.username)
            let password = try AccountRules.password(form.password)
            let hash = try await req.password.async.hash(password)
            let account = try await req.db.write { tx -> Account in
                guard try await Self.isFresh(tx) else { throw DomainError.forbidden() }
                let account = Account(username: username, passwordHash: hash, displayName: "Quản trị viên", memberID: nil)
                try await account.create(on: tx)
                try await AccountRole(accountID: account.id!, role: .administrator, unitID: nil).create(on: tx)
                try await Audit.record(
                    tx, Actor(system: "setup"), action: "account.admin", entity: "account", id: account.id,
                    unit: nil, after: ["username": username])
                return account
            }
            return try await Principal.load(accountID: account.id!, today: req.clock.today, on: req.db)!
        }) {
        case .success(let principal):
            try await req.startSession(for: principal)
            return req.redirect(to: SiteURL.home.path)
        case .failure(let f):
            return try await HTMLPage(
                SetupView.page(await req.pageContext(), username: form.username ?? "", errors: f.errors),
                status: .unprocessableEntity
            ).encodeResponse(for: req)
        }
    }
}
