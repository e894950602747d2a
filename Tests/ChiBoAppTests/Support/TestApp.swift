import Fluent
import FluentPostgresDriver
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import ChiBoApp
@testable import ChiBoCore

/// Where the tests run: SQLite by default, PostgreSQL when CHIBO_TEST_DATABASE_URL is set.
/// Every test gets a database of its own: a fresh SQLite file, or a PostgreSQL database cloned
/// from a template that was migrated once per test process.
enum TestDatabase {
    static let postgresURL: String? = {
        let url = ProcessInfo.processInfo.environment["CHIBO_TEST_DATABASE_URL"]
        return url?.isEmpty == false ? url : nil
    }()

    static var isPostgres: Bool { postgresURL != nil }

    /// The day every test's application clock shows (`withApp`).
    static let testDay = CivilDate(year: 2026, month: 11, day: 22)!

    /// Creates the migrated template once (actors are reentrant, so the work is one shared task)
    /// and clones it for each test.
    actor Templates {
        static let shared = Templates()
        private var template: Task<Void, any Error>?

        func clone(into name: String) async throws {
            guard let url = TestDatabase.postgresURL else { return }
            if template == nil {
                template = Task {
                    try await TestDatabase.admin(url) { sql in
                        try await sql.raw("DROP DATABASE IF EXISTS chibo_template WITH (FORCE)").run()
                        try await sql.raw("CREATE DATABASE chibo_template").run()
                    }
                    let app = try await Application.make(.testing)
                    app.logger.logLevel = .error
                    do {
                        try await configure(
                            app,
                            config: AppConfig(
                                database: .postgres(url: TestDatabase.url(url, database: "chibo_template")), autoMigrate: false))
                        try await app.autoMigrate()
                    } catch {
                        try? await app.asyncShutdown()
                        throw error
                    }
                    try await app.asyncShutdown()
                }
            }
            try await template!.value
            try await TestDatabase.admin(url) { sql in
                try await sql.raw("CREATE DATABASE \(ident: name) TEMPLATE chibo_template").run()
            }
        }
    }

    /// Runs SQL on the server's maintenance database.
    static func admin(_ url: String, _ body: @Sendable (any SQLDatabase) async throws -> Void) async throws {
        let app = try await Application.make(.testing)
        app.logger.logLevel = .error
        do {
            app.databases.use(.postgres(configuration: try SQLPostgresConfiguration(url: url)), as: .psql)
            try await body(app.db as! any SQLDatabase)
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    static func url(_ base: String, database: String) -> String {
        guard let slash = base.range(of: "/", options: .backwards), !base[slash.upperBound...].contains("@") else {
            return base + "/" + database
        }
        let rest = base[slash.upperBound...]
        let query = rest.firstIndex(of: "?").map { String(rest[$0...]) } ?? ""
        return String(base[..<slash.upperBound]) + database + query
    }
}

/// Builds a configured, migrated application on a database of its own, runs the body, and tears it all down.
func withApp(_ body: (Application) async throws -> Void) async throws {
    try await withTestDatabase { config in
        let app = try await makeTestApp(config, migrate: true)
        do {
            try await body(app)
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }
}

/// A database of its own (a fresh SQLite file, or a clone of the migrated PostgreSQL template) for a
/// test that makes and stops its applications itself (`makeTestApp`); removed afterwards.
func withTestDatabase(_ body: (AppConfig) async throws -> Void) async throws {
    let name = "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
    var sqlitePath: String?
    do {
        var config: AppConfig
        if let url = TestDatabase.postgresURL {
            try await TestDatabase.Templates.shared.clone(into: name)
            config = AppConfig(
                database: .postgres(url: TestDatabase.url(url, database: name)), autoMigrate: false,
                maxBodyBytes: 100_000)
        } else {
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("\(name).sqlite").path
            sqlitePath = path
            config = AppConfig(database: .sqlite(path: path), autoMigrate: false, maxBodyBytes: 100_000)
            // A test's file need not survive a power cut: commits do not wait for the disk.
            config.sqliteSynchronousFull = false
        }
        try await body(config)
    } catch {
        await cleanup(name: name, sqlitePath: sqlitePath)
        throw error
    }
    await cleanup(name: name, sqlitePath: sqlitePath)
}

/// A configured application on `config`'s database, its clock on the tests' day; a SQLite file is
/// migrated first if `migrate` (PostgreSQL's clone is migrated already).
func makeTestApp(_ config: AppConfig, migrate: Bool) async throws -> Application {
    let app = try await Application.make(.testing)
    app.logger.logLevel = .error
    do {
        try await configure(app, config: config)
        // Fast hashing in tests; production uses bcrypt (see configure).
        app.passwords.use(.plaintext)
        // Every test runs on the same day, whatever the day it runs: a Sunday in late November,
        // with the year's meetings behind it. A test that needs another day fixes its own.
        app.clock.fix(TestDatabase.testDay, hour: 10)
        if case .sqlite = config.database, migrate {
            try await app.autoMigrate()
            try await app.prepareDatabase()
        }
    } catch {
        try? await app.asyncShutdown()
        throw error
    }
    return app
}

private func cleanup(name: String, sqlitePath: String?) async {
    if let sqlitePath {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: sqlitePath + suffix) }
    } else if let url = TestDatabase.postgresURL {
        try? await TestDatabase.admin(url) { sql in
            try await sql.raw("DROP DATABASE IF EXISTS \(ident: name) WITH (FORCE)").run()
        }
    }
}
