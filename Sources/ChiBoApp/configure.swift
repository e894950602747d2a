import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import SQLKit
import Vapor

/// The composition root: builds the application from its typed configuration.
public func configure(_ app: Application, config: AppConfig) async throws {
    app.chibo = config
    app.clock = AppClock()
    // Prometheus's registry behind swift-metrics, once per process; Vapor's own request metrics
    // are off: `RequestOps` counts by route pattern and status class instead.
    OpsMetrics.bootstrap()
    app.http.server.configuration.reportMetrics = false
    switch config.database {
    case .sqlite(let path):
        app.databases.use(.sqlite(.file(path), maxConnectionsPerEventLoop: DatabasePool.sqlitePerLoop, sqlLogLevel: .trace), as: .sqlite)
        // The check-in writer opens the file once more, on a thread of its own.
        let direct = SQLiteBatchConnection(path: path, synchronousFull: config.sqliteSynchronousFull)
        app.checkIns = CheckInWriter(direct: .sqlite(direct), clock: app.clock)
        app.lifecycle.use(ClosingBatchConnection(shutdown: direct.shutdown))
    case .postgres(let url):
        var pg = try SQLPostgresConfiguration(url: url)
        pg.searchPath = nil
        // No JIT compilation: the planner's cost of a large scope's read (a province's sub-units'
        // counters, a page of its members) passes jit_above_cost and PostgreSQL then spent about
        // a second compiling a statement that runs in 30 ms (the national data set).
        pg.coreConfiguration.options.additionalStartupParameters.append(("jit", "off"))
        app.databases.use(
            .postgres(configuration: pg, maxConnectionsPerEventLoop: DatabasePool.postgresPerLoop, sqlLogLevel: .trace), as: .psql)
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

    // Browser sessions are ChiBo's own (`SessionMiddleware`, `SessionService`), not Vapor's.
    app.passwords.use(.bcrypt(cost: config.bcryptCost))
    app.decoyHash = DecoyHash(cost: config.bcryptCost)
    app.apiRateLimiter = APIRateLimiter()
    app.routes.defaultMaxBodySize = ByteCount(integerLiteral: config.maxBodyBytes)
    // Multipart bodies pass a check before Vapor's parser, which traps on some malformed ones.
    ContentConfiguration.global.use(decoder: SafeFormDataDecoder(), for: .formData)

    app.middleware = Middlewares()
    // Outermost: the request id and the metrics see every answer, errors rendered included.
    app.middleware.use(RequestOps())
    app.middleware.use(SecurityHeaders())
    app.middleware.use(ErrorRenderer())

    app.asyncCommands.use(DemoCommand(), as: "demo")
    app.asyncCommands.use(CreateAdminCommand(), as: "create-admin")
    app.asyncCommands.use(VerifyCommand(), as: "verify")
    app.asyncCommands.use(RefreshStandingsCommand(), as: "refresh-standings")
    app.asyncCommands.use(AnchorCommand(), as: "anchor")
    app.asyncCommands.use(BackupCommand(), as: "backup")
    app.asyncCommands.use(RestoreCommand(), as: "restore")
    app.asyncCommands.use(ImportCommand(), as: "import")

    try routes(app)
}

extension Application {
    /// Makes the SQLite file fast and safe for concurrent readers: write-ahead logging, and on
    /// every pooled connection `synchronous=FULL` (`CHIBO_SQLITE_SYNCHRONOUS=normal` for NORMAL).
    /// With WAL, FULL makes each commit wait for the disk, so a power cut loses no acknowledged
    /// write; NORMAL does not wait: a crash of the application still loses nothing and the file
    /// never corrupts, but a power cut may undo the last commits (README).
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

/// The hash an unknown user name's login verifies: bcrypt of a random password at the configured
/// cost, like the stored hashes, so that both paths cost the same. Computed once, off the event
/// loop, as the application starts.
final class DecoyHash: Sendable {
    let task: Task<String, any Error>

    init(cost: Int) {
        task = Task.detached { try Bcrypt.hash([UInt8].random(count: 24).base64URLEncoded, cost: cost) }
    }
}

struct DecoyHashKey: StorageKey {
    typealias Value = DecoyHash
}

extension Application {
    var decoyHash: DecoyHash {
        get { storage[DecoyHashKey.self]! }
        set { storage[DecoyHashKey.self] = newValue }
    }
}

extension Request {
    /// The decoy (`DecoyHash`) a login verifies when the user name is unknown.
    var decoyHash: String {
        get async throws { try await application.decoyHash.task.value }
    }
}

/// Headers on every response: a Content-Security-Policy that allows only the site's own script and
/// stylesheets (no inline script or style, no framing, no plugins, forms posted only to the site),
/// no MIME sniffing, the referrer kept on the site, and behind HTTPS, HSTS.
struct SecurityHeaders: AsyncMiddleware {
    static let contentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
        + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        response.headers.replaceOrAdd(name: "Content-Security-Policy", value: Self.contentSecurityPolicy)
        response.headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        response.headers.replaceOrAdd(name: "Referrer-Policy", value: "same-origin")
        response.headers.replaceOrAdd(name: "X-Frame-Options", value: "DENY")
        if request.chibo.secureCookies { response.headers.replaceOrAdd(name: "Strict-Transport-Security", value: "max-age=31536000") }
        return response
    }
}

/// When the application stops (SIGTERM, SIGINT): first the HTTP server stops accepting and lets the
/// requests under way finish (their check-ins join the writer's queue), then the check-in writer
/// writes every check-in queued and refuses new ones (`CheckInWriter.finish`), then its own
/// connection (SQLite's or PostgreSQL's) closes and its thread stops — all before Vapor closes the
/// databases. A check-in acknowledged is committed; one queued when the stop began is written.
private struct ClosingBatchConnection: LifecycleHandler {
    let shutdown: @Sendable () async -> Void

    func shutdownAsync(_ application: Application) async {
        if application.running != nil { await application.server.shutdown() }
        await application.checkIns.finish()
        await shutdown()
    }
}
