import ChiBoApp
import Vapor

var env = try Environment.detect()
try LoggingSystem.bootstrap(from: &env)
let app = try await Application.make(env)
do {
    let config = try AppConfig.fromEnvironment()
    try await configure(app, config: config)
    let command = env.arguments.dropFirst().first ?? "serve"
    if config.autoMigrate && command != "migrate" && !command.hasPrefix("-") || command == "serve" && config.autoMigrate {
        try await app.autoMigrate()
        try await app.prepareDatabase()
    }
    try await app.execute()
} catch {
    app.logger.report(error: error)
    try? await app.asyncShutdown()
    exit(1)
}
try await app.asyncShutdown()
