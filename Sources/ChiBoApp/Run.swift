import Vapor

/// The command line of an executable built on the application: reads `AppConfig`, configures,
/// migrates when the command needs it (`serve` and the data commands, unless
/// `CHIBO_AUTO_MIGRATE=0`), then runs the command. `chibo` runs it as it is; `chibo-bench`
/// adds the benchmark's commands with `extra`.
public func runCommandLine(extra: (Application) -> Void = { _ in }) async throws {
    var env = try Environment.detect()
    // `CHIBO_LOG_FORMAT=json`: one JSON object per line (`JSONLogHandler`); else Vapor's console lines.
    // Either way every line of a request carries its `request-id` (`RequestOps`).
    if ProcessInfo.processInfo.environment["CHIBO_LOG_FORMAT"] == "json" {
        try LoggingSystem.bootstrap(from: &env) { level in { label in JSONLogHandler(label: label, level: level) } }
    } else {
        try LoggingSystem.bootstrap(from: &env)
    }
    let app = try await Application.make(env)
    do {
        let config = try AppConfig.fromEnvironment()
        try await configure(app, config: config)
        extra(app)
        let command = env.arguments.dropFirst().first ?? "serve"
        if CommandPlan.migratesFirst(command, autoMigrate: config.autoMigrate) {
            // The future's overload is the one picked here; waiting on it explicitly makes sure the
            // migrations are done before any command or request touches the database.
            let migrated: EventLoopFuture<Void> = app.autoMigrate()
            try await migrated.get()
            try await app.completeMigrations()
        }
        if CommandPlan.preparesDatabase(command) { try await app.prepareDatabase() }
        // The server deletes expired sessions, login counters and tokens as it runs.
        if command == "serve" { app.lifecycle.use(PurgeLoop()) }
        // The cached standings follow the calendar in a running server.
        if command == "serve" { app.lifecycle.use(StandingRefresher()) }
        try await app.execute()
        if command == "migrate" { try await app.completeMigrations() }
    } catch {
        app.logger.report(error: error)
        try? await app.asyncShutdown()
        exit(1)
    }
    try await app.asyncShutdown()
}

/// What the command line does to the database before a command runs.
enum CommandPlan {
    /// Commands that take the database as they find it: no migration, not even a pragma
    /// (`verify` checks what is there, `backup` copies it, `restore` replaces it, `anchor` reads it).
    static let asFound: Set<String> = ["verify", "backup", "restore", "anchor"]

    static func migratesFirst(_ command: String, autoMigrate: Bool) -> Bool {
        autoMigrate && command != "migrate" && !command.hasPrefix("-") && !asFound.contains(command)
    }

    static func preparesDatabase(_ command: String) -> Bool {
        !command.hasPrefix("-") && !asFound.contains(command)
    }
}
