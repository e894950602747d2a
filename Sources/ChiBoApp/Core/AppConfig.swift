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
    /// The token `/metrics` asks for (`CHIBO_METRICS_TOKEN`, as `Authorization: Bearer …`); without
    /// it, `/metrics` answers only requests from this machine that no proxy forwarded.
    public var metricsToken: String?
    /// Served behind HTTPS (`CHIBO_PUBLIC_URL` starting with https://, or `CHIBO_SECURE_COOKIES=1`):
    /// cookies are Secure with the `__Host-` prefix, and responses carry HSTS.
    public var secureCookies: Bool
    /// Largest request body accepted, bytes.
    public var maxBodyBytes: Int
    /// Failed logins for one user name within `loginWindowSeconds` before further tries are refused.
    public var loginMaxFailures: Int
    /// Failed logins from one client address within `loginWindowSeconds` before further tries are refused.
    public var loginMaxFailuresPerAddress: Int
    public var loginWindowSeconds: Int
    /// Lifetime of an API token, seconds.
    public var tokenLifetimeSeconds: Int
    /// A browser session ends after this long without a request, seconds.
    public var sessionIdleSeconds: Int
    /// A browser session ends this long after the login, whatever its use, seconds.
    public var sessionAbsoluteSeconds: Int
    /// Requests one API token may make within `apiRateWindowSeconds` (per instance).
    public var apiRateLimit: Int
    public var apiRateWindowSeconds: Int
    /// Addresses of the reverse proxies whose `X-Forwarded-For` names the client; empty: the peer is the client.
    public var trustedProxies: Set<String>
    /// bcrypt's cost for new password hashes and the unknown user's decoy.
    public var bcryptCost: Int
    /// How often `serve` deletes expired sessions, login counters and API tokens, seconds.
    public var purgeIntervalSeconds: Int

    public init(
        database: DatabaseChoice, autoMigrate: Bool = true, secureCookies: Bool = false,
        maxBodyBytes: Int = 1_000_000, loginMaxFailures: Int = 5, loginMaxFailuresPerAddress: Int = 20,
        loginWindowSeconds: Int = 900, tokenLifetimeSeconds: Int = 30 * 86400, sessionIdleSeconds: Int = 8 * 3600,
        sessionAbsoluteSeconds: Int = 7 * 86400, apiRateLimit: Int = 600, apiRateWindowSeconds: Int = 60,
        trustedProxies: Set<String> = [], bcryptCost: Int = 10, purgeIntervalSeconds: Int = 600
    ) {
        self.database = database
        self.autoMigrate = autoMigrate
        self.secureCookies = secureCookies
        self.maxBodyBytes = maxBodyBytes
        self.loginMaxFailures = loginMaxFailures
        self.loginMaxFailuresPerAddress = loginMaxFailuresPerAddress
        self.loginWindowSeconds = loginWindowSeconds
        self.tokenLifetimeSeconds = tokenLifetimeSeconds
        self.sessionIdleSeconds = sessionIdleSeconds
        self.sessionAbsoluteSeconds = sessionAbsoluteSeconds
        self.apiRateLimit = apiRateLimit
        self.apiRateWindowSeconds = apiRateWindowSeconds
        self.trustedProxies = trustedProxies
        self.bcryptCost = bcryptCost
        self.purgeIntervalSeconds = purgeIntervalSeconds
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
        let publicURL = env["CHIBO_PUBLIC_URL"] ?? ""
        if !publicURL.isEmpty && !(publicURL.hasPrefix("https://") || publicURL.hasPrefix("http://")) {
            problems.append("CHIBO_PUBLIC_URL must start with https:// or http:// (got \"\(publicURL)\")")
        }
        let bcryptCost = int("CHIBO_BCRYPT_COST", 10)
        if !(4...31).contains(bcryptCost) { problems.append("CHIBO_BCRYPT_COST must be between 4 and 31 (got \(bcryptCost))") }
        let proxies = (env["CHIBO_TRUSTED_PROXIES"] ?? "").split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let idle = int("CHIBO_SESSION_IDLE_SECONDS", 8 * 3600)
        let absolute = int("CHIBO_SESSION_ABSOLUTE_SECONDS", 7 * 86400)
        if idle > absolute {
            problems.append("CHIBO_SESSION_IDLE_SECONDS (\(idle)) must not exceed CHIBO_SESSION_ABSOLUTE_SECONDS (\(absolute))")
        }
        let config = AppConfig(
            database: database,
            autoMigrate: env["CHIBO_AUTO_MIGRATE"] != "0",
            secureCookies: env["CHIBO_SECURE_COOKIES"] == "1" || publicURL.hasPrefix("https://"),
            maxBodyBytes: int("CHIBO_MAX_BODY_BYTES", 1_000_000),
            loginMaxFailures: int("CHIBO_LOGIN_MAX_FAILURES", 5),
            loginMaxFailuresPerAddress: int("CHIBO_LOGIN_MAX_FAILURES_PER_ADDRESS", 20),
            loginWindowSeconds: int("CHIBO_LOGIN_WINDOW_SECONDS", 900),
            tokenLifetimeSeconds: int("CHIBO_TOKEN_LIFETIME_SECONDS", 30 * 86400),
            sessionIdleSeconds: idle, sessionAbsoluteSeconds: absolute,
            apiRateLimit: int("CHIBO_API_RATE_LIMIT", 600),
            apiRateWindowSeconds: int("CHIBO_API_RATE_WINDOW_SECONDS", 60),
            trustedProxies: Set(proxies), bcryptCost: bcryptCost,
            purgeIntervalSeconds: int("CHIBO_PURGE_INTERVAL_SECONDS", 600)
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
        result.metricsToken = env["CHIBO_METRICS_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
        if let token = result.metricsToken, token.count < 16 { // not a rule: a guessable token is refused
            problems.append("CHIBO_METRICS_TOKEN must be at least 16 characters (got \(token.count))")
        }
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
