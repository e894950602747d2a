import Vapor

/// The typed configuration, read once at start-up from the environment.
public struct AppConfig: Sendable {
    public enum DatabaseChoice: Sendable, Equatable {
        case sqlite(path: String)
        case postgres(url: String)
    }

    public var database: DatabaseChoice
    /// Migrate on start (the `serve` default; tests migrate themselves).
    public var autoMigrate: Bool
    /// SQLite only: every commit waits for the disk (`synchronous=FULL`, the default), so that a
    /// power cut loses no acknowledged write; `CHIBO_SQLITE_SYNCHRONOUS=normal` trades that for
    /// fewer syncs (README: what each setting risks).
    public var sqliteSynchronousFull = true
    /// The anchor file `chibo verify` and `chibo restore` check the chains against
    /// (`CHIBO_ANCHOR_FILE`; `--anchor` overrides it).
    public var anchorFile: String?
    /// A file outside the database holding the key that signs the anchor's lines (`CHIBO_ANCHOR_KEY_FILE`).
    public var anchorKeyFile: String?
    /// Where `pg_dump`, `pg_restore` and `psql` are (`CHIBO_PG_BIN`); else found on PATH, else
    /// Debian's PostgreSQL 15 directory.
    public var postgresBin: String?
    /// Mark session cookies Secure (behind HTTPS).
    public var secureCookies: Bool
    /// Largest request body accepted, bytes.
    public var maxBodyBytes: Int
    /// Failed logins for one user name within `loginWindowSeconds` before further tries are refused.
    public var loginMaxFailures: Int
    public var loginWindowSeconds: Int
    /// Lifetime of an API token, seconds.
    public var tokenLifetimeSeconds: Int

    public init(
        database: DatabaseChoice, autoMigrate: Bool = true, secureCookies: Bool = false,
        maxBodyBytes: Int = 1_000_000, loginMaxFailures: Int = 5, loginWindowSeconds: Int = 900,
        tokenLifetimeSeconds: Int = 30 * 86400
    ) {
        self.database = database
        self.autoMigrate = autoMigrate
        self.secureCookies = secureCookies
        self.maxBodyBytes = maxBodyBytes
        self.loginMaxFailures = loginMaxFailures
        self.loginWindowSeconds = loginWindowSeconds
        self.tokenLifetimeSeconds = tokenLifetimeSeconds
    }

    /// Reads the environment; lists every bad variable at once.
    public static func fromEnvironment(_ env: [String: String] = ProcessInfo.processInfo.environment) throws -> AppConfig {
        var problems: [String] = []
        func int(_ name: String, _ fallback: Int) -> Int {
            guard let raw = env[name], !raw.isEmpty else { return fallback }
            guard let v = Int(raw), v > 0 else {
                problems.append("\(name) must be a positive whole number (got \"\(raw)\")")
                return fallback
            }
            return v
        }
        let database: DatabaseChoice
        if let url = env["DATABASE_URL"], !url.isEmpty {
            if !(url.hasPrefix("postgres://") || url.hasPrefix("postgresql://")) {
                problems.append("DATABASE_URL must start with postgres:// or postgresql://")
            }
            database = .postgres(url: url)
        } else {
            let path = env["CHIBO_DATABASE_PATH"].flatMap { $0.isEmpty ? nil : $0 } ?? "chibo.sqlite"
            if path == ":memory:" || path.hasPrefix("file:") {
                // Each pooled connection, and the check-in writer's own, opens the path: it must name
                // one file, the same for all of them.
                problems.append(
                    "CHIBO_DATABASE_PATH must be the path of a file (got \"\(path)\"): an in-memory database or a URI would not be the same database on every connection"
                )
            }
            database = .sqlite(path: path)
        }
        let config = AppConfig(
            database: database,
            autoMigrate: env["CHIBO_AUTO_MIGRATE"] != "0",
            secureCookies: env["CHIBO_SECURE_COOKIES"] == "1",
            maxBodyBytes: int("CHIBO_MAX_BODY_BYTES", 1_000_000),
            loginMaxFailures: int("CHIBO_LOGIN_MAX_FAILURES", 5),
            loginWindowSeconds: int("CHIBO_LOGIN_WINDOW_SECONDS", 900),
            tokenLifetimeSeconds: int("CHIBO_TOKEN_LIFETIME_SECONDS", 30 * 86400)
        )
        var result = config
        switch env["CHIBO_SQLITE_SYNCHRONOUS"]?.lowercased() {
        case nil, "", "full": result.sqliteSynchronousFull = true
        case "normal": result.sqliteSynchronousFull = false
        case let other?: problems.append("CHIBO_SQLITE_SYNCHRONOUS must be normal or full (got \"\(other)\")")
        }
        func path(_ name: String) -> String? { env[name].flatMap { $0.isEmpty ? nil : $0 } }
        result.anchorFile = path("CHIBO_ANCHOR_FILE")
        result.anchorKeyFile = path("CHIBO_ANCHOR_KEY_FILE")
        result.postgresBin = path("CHIBO_PG_BIN")
        if !problems.isEmpty {
            throw ConfigError(problems: problems)
        }
        return result
    }
}

public struct ConfigError: Error, CustomStringConvertible {
    public let problems: [String]
    public var description: String { "Configuration errors:\n" + problems.map { "  - \($0)" }.joined(separator: "\n") }
}

struct AppConfigKey: StorageKey {
    typealias Value = AppConfig
}

extension Application {
    public var chibo: AppConfig {
        get { storage[AppConfigKey.self]! }
        set { storage[AppConfigKey.self] = newValue }
    }
}

extension Request {
    var chibo: AppConfig { application.chibo }
}
