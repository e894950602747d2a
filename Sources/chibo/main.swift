import ChiBoApp
import NIOCore
import NIOPosix
import Vapor

// Swift concurrency runs on NIO's event loops instead of a pool of its own: a request's awaits
// (middleware, handler, database) no longer hop between two sets of threads. First, before any await.
_ = NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
var env = try Environment.detect()
try LoggingSystem.bootstrap(from: &env)
let app = try await Application.make(env)
do {
    let config = try AppConfig.fromEnvironment()
    try await configure(app, config: config)
    let command = env.arguments.dropFirst().first ?? "serve"
    if config.autoMigrate && command != "migrate" && !command.hasPrefix("-") || command == "serve" && config.autoMigrate {
        // The future's overload is the one picked here; waiting on it explicitly makes sure the
        // migrations are done before any command or request touches the database.
        let migrated: EventLoopFuture<Void> = app.autoMigrate()
        try await migrated.get()
    }
    if !command.hasPrefix("-") { try await app.prepareDatabase() }
    try await app.execute()
} catch {
    app.logger.report(error: error)
    try? await app.asyncShutdown()
    exit(1)
}
try await app.asyncShutdown()
