import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import SQLKit
import Vapor

/// The composition root: builds the application from its typed configuration.
public func configure(_ app: Application, config: AppConfig) async throws {
    app.chibo = config
    app.clock = AppClock()
    switch config.database {
    case .sqlite(let path):
        app.databases.use(.sqlite(.file(path), maxConnectionsPerEventLoop: 1, sqlLogLevel: .trace), as: .sqlite)
        // The check-in writer opens the file once more, on a thread of its own.
        let direct = SQLiteBatchConnection(path: path, synchronousFull: config.sqliteSynchronousFull)
        app.checkIns = CheckInWriter(direct: .sqlite(direct), clock: app.clock)
        app.lifecycle.use(ClosingBatchConnection(shutdown: direct.shutdown))
    case .postgres(let url):
        var pg = try SQLPostgresConfiguration(url: url)
        pg.searchPath = nil
        app.databases.use(.postgres(configuration: pg, maxConnectionsPerEventLoop: 8, sqlLogLevel: .trace), as: .psql)
        // The check-in writer's connection of its own, on an event loop of its own; named, so that
        // it can be told apart in pg_stat_activity.
        var writer = pg.coreConfiguration
        writer.options.additionalStartupParameters.append(("application_name", PostgresBatchConnection.applicationName))
        let direct = PostgresBatchConnection(
            configuration: writer, logger: app.logger,
            statements: CheckInWriter.preparedTexts)
        app.checkIns = CheckInWriter(direct: .postgres(direct), clock: app.clock)
        app.lifecycle.use(ClosingBatchConnection(shutdown: direct.shutdown))
    }
    Migrations.register(on: app)

    app.sessions.use { _ in QueuedDatabaseSessions() }
    let secure = config.secureCookies
    app.sessions.configuration = SessionsConfiguration(cookieName: "chibo_session") { id in
        HTTPCookies.Value(
            string: id.string, expires: Date().addingTimeInterval(12 * 3600), maxAge: 12 * 3600,
            path: "/", isSecure: secure, isHTTPOnly: true, sameSite: .lax)
    }
    app.passwords.use(.bcrypt(cost: 10))
    app.routes.defaultMaxBodySize = ByteCount(integerLiteral: config.maxBodyBytes)
    // Multipart bodies pass a check before Vapor's parser, which traps on some malformed ones.
    ContentConfiguration.global.use(decoder: SafeFormDataDecoder(), for: .formData)

    app.middleware = Middlewares()
    app.middleware.use(ErrorRenderer())

    app.asyncCommands.use(DemoCommand(), as: "demo")
    app.asyncCommands.use(CreateAdminCommand(), as: "create-admin")
    app.asyncCommands.use(VerifyCommand(), as: "verify")
    app.asyncCommands.use(ImportCommand(), as: "import")

    try routes(app)
}

extension Application {
    /// Makes the SQLite file fast and safe for concurrent readers: write-ahead logging, and on
    /// every pooled connection `synchronous=NORMAL` (`CHIBO_SQLITE_SYNCHRONOUS=full` keeps FULL).
    /// With WAL, NORMAL means a commit does not wait for the disk: a crash of the application
    /// loses nothing and the file never corrupts, but a power cut may undo the last commits.
    public func prepareDatabase() async throws {
        guard case .sqlite = chibo.database, let sql = db as? any SQLDatabase else { return }
        try await sql.raw("PRAGMA journal_mode=WAL").run()
        let mode = chibo.sqliteSynchronousFull ? "FULL" : "NORMAL"
        for loop in eventLoopGroup.makeIterator() {
            guard let db = databases.database(.sqlite, logger: logger, on: loop) else { continue }
            try await db.withConnection { connection in
                let sql = connection as! any SQLDatabase
                try await sql.raw("PRAGMA synchronous=\(unsafeRaw: mode)").run()
                // SQLiteNIO's own busy handler retries at once, spinning a core while another
                // connection writes; SQLite's timeout sleeps between tries instead.
                try await sql.raw("PRAGMA busy_timeout=10000").run()
            }
        }
    }
}

/// Closes the check-in writer's own connection (SQLite's or PostgreSQL's) and stops its thread when the
/// application stops.
private struct ClosingBatchConnection: LifecycleHandler {
    let shutdown: @Sendable () async -> Void

    func shutdownAsync(_ application: Application) async {
        await shutdown()
    }
}
