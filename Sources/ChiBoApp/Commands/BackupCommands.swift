import Foundation
import Vapor
import VaporCSQLite

/// `chibo backup FILE`: a consistent copy of the database while the server writes. SQLite: its
/// online backup (one read transaction over the whole file: the database as of one moment);
/// PostgreSQL: `pg_dump` in its custom format (one snapshot). FILE is written beside, then renamed,
/// so it is never half a backup.
struct BackupCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "file", help: "Where to write the backup (must not exist)")
        var file: String
    }

    var help: String { "Backs the database up into FILE while the server runs (SQLite's online backup; PostgreSQL: pg_dump)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let file = signature.file
        let fm = FileManager.default
        guard !fm.fileExists(atPath: file) else { throw BackupError("\(file) exists: nothing written") }
        let partial = file + ".partial"
        try? fm.removeItem(atPath: partial)
        do {
            switch app.chibo.database {
            case .sqlite(let path):
                try await app.threadPool.runIfActive { try SQLiteFile.copy(from: path, to: partial, createTarget: true) }
            case .postgres(let url):
                try PostgresTools(bin: app.chibo.postgresBin).dump(url: url, to: partial)
            }
            try fm.moveItem(atPath: partial, toPath: file)
        } catch {
            try? fm.removeItem(atPath: partial)
            throw error
        }
        let size = (try? fm.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
        context.console.print("Backed up to \(file) (\(size) bytes).")
    }
}

/// `chibo restore FILE [--force]`: puts a backup of `chibo backup` into the configured database,
/// which must hold no table unless `--force` (then everything in it is replaced), then verifies it
/// (against the anchor when one is set). Run it with the servers stopped.
struct RestoreCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "file", help: "A backup written by chibo backup")
        var file: String
        @Flag(name: "force", help: "Replace a database that already holds tables")
        var force: Bool
        @Option(name: "anchor", help: "An anchor file to verify the restored chains against (default: $CHIBO_ANCHOR_FILE)")
        var anchor: String?
    }

    var help: String { "Restores a backup into an empty database (or, with --force, over one), then runs verify." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let file = signature.file
        guard FileManager.default.fileExists(atPath: file) else { throw BackupError("no backup at \(file)") }
        let force = signature.force
        @Sendable func refuse(_ tables: Int, _ target: String) -> BackupError {
            BackupError("\(target) already holds \(tables) tables: restore into an empty database, or pass --force to replace it")
        }
        switch app.chibo.database {
        case .sqlite(let path):
            try await app.threadPool.runIfActive {
                try SQLiteFile.checkBackup(file)
                let tables = try SQLiteFile.tableCount(path)
                if tables > 0 && !force { throw refuse(tables, path) }
                try SQLiteFile.copy(from: file, to: path, createTarget: true)
            }
        case .postgres(let url):
            let tools = PostgresTools(bin: app.chibo.postgresBin)
            try tools.check(backup: file)
            let tables = try await DatabaseState.tableCount(app.db, sqlite: false)
            if tables > 0 && !force { throw refuse(tables, "the database") }
            try tools.restore(file, url: url, replacing: tables > 0)
        }
        context.console.print("Restored \(file). Verifying it:")
        guard try await Verification.run(app, anchor: signature.anchor, console: context.console) else {
            throw VerifyCommand.VerifyFailed()
        }
    }
}

struct BackupError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// An SQLite file through SQLite's own library (SQLiteNIO's), outside the application's pool.
enum SQLiteFile {
    /// Copies the whole database `from` into `to` with SQLite's online backup in one step: one read
    /// transaction of the source (the database as of one moment, writers in WAL mode carry on), and
    /// the destination written through its own journal (a WAL destination stays consistent).
    static func copy(from source: String, to target: String, createTarget: Bool) throws {
        let src = try open(source, create: false)
        defer { sqlite_nio_sqlite3_close_v2(src) }
        let dst = try open(target, create: createTarget)
        defer { sqlite_nio_sqlite3_close_v2(dst) }
        guard let backup = sqlite_nio_sqlite3_backup_init(dst, "main", src, "main") else {
            throw BackupError("\(target): \(message(dst))")
        }
        var rc = sqlite_nio_sqlite3_backup_step(backup, -1)
        var waited = 0
        while (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && waited < 600 {
            usleep(100_000)
            waited += 1
            rc = sqlite_nio_sqlite3_backup_step(backup, -1)
        }
        let finished = sqlite_nio_sqlite3_backup_finish(backup)
        guard rc == SQLITE_DONE, finished == SQLITE_OK else {
            throw BackupError("copying \(source) to \(target) failed: \(message(dst))")
        }
    }

    /// A backup is an SQLite file that passes SQLite's quick check and holds ChiBo's migrations.
    static func checkBackup(_ path: String) throws {
        let db = try open(path, create: false)
        defer { sqlite_nio_sqlite3_close_v2(db) }
        guard try scalar(db, "PRAGMA quick_check") == "ok" else { throw BackupError("\(path) is damaged (SQLite's quick check)") }
        guard
            try scalar(db, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '_fluent_migrations'") == "1"
        else { throw BackupError("\(path) is not a backup of a ChiBo database") }
    }

    /// The tables in a file; 0 if there is no file.
    static func tableCount(_ path: String) throws -> Int {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
        guard let size, size > 0 else { return 0 }
        let db = try open(path, create: false)
        defer { sqlite_nio_sqlite3_close_v2(db) }
        return Int(try scalar(db, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'") ?? "0") ?? 0
    }

    private static func open(_ path: String, create: Bool) throws -> OpaquePointer {
        var handle: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0)
        guard sqlite_nio_sqlite3_open_v2(path, &handle, flags, nil) == SQLITE_OK, let handle else {
            let text = handle.map(message) ?? "cannot open"
            if let handle { sqlite_nio_sqlite3_close_v2(handle) }
            throw BackupError("\(path): \(text)")
        }
        sqlite_nio_sqlite3_busy_timeout(handle, 10_000)
        return handle
    }

    private static func scalar(_ db: OpaquePointer, _ query: String) throws -> String? {
        var stmt: OpaquePointer?
        guard sqlite_nio_sqlite3_prepare_v2(db, query, -1, &stmt, nil) == SQLITE_OK, let stmt else {
            throw BackupError(message(db))
        }
        defer { sqlite_nio_sqlite3_finalize(stmt) }
        let rc = sqlite_nio_sqlite3_step(stmt)
        guard rc == SQLITE_ROW else {
            if rc == SQLITE_DONE { return nil }
            throw BackupError(message(db))
        }
        return sqlite_nio_sqlite3_column_text(stmt, 0).map { String(cString: $0) }
    }

    private static func message(_ db: OpaquePointer) -> String {
        sqlite_nio_sqlite3_errmsg(db).map { String(cString: $0) } ?? "unknown error"
    }
}

/// PostgreSQL's own dump and restore tools: `CHIBO_PG_BIN`, else PATH, else Debian's PostgreSQL 15.
struct PostgresTools {
    let bin: String?
    static let debianBin = "/usr/lib/postgresql/15/bin"

    func path(_ tool: String) throws -> String {
        let fm = FileManager.default
        if let bin {
            let p = bin + "/" + tool
            guard fm.isExecutableFile(atPath: p) else { throw BackupError("CHIBO_PG_BIN: no \(tool) in \(bin)") }
            return p
        }
        let dirs = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init) + [Self.debianBin]
        for dir in dirs where fm.isExecutableFile(atPath: dir + "/" + tool) { return dir + "/" + tool }
        throw BackupError("cannot find \(tool): install PostgreSQL's client tools or set CHIBO_PG_BIN")
    }

    /// A custom-format dump of the whole database, without owners or privileges (restored as the
    /// restoring user).
    func dump(url: String, to file: String) throws {
        let (conninfo, password) = Self.connection(url)
        try run(
            try path("pg_dump"), ["--format=custom", "--no-owner", "--no-privileges", "--file=\(file)", "--dbname=\(conninfo)"],
            password: password)
    }

    /// Fails unless `file` is a dump pg_restore reads.
    func check(backup file: String) throws {
        let list = Process()
        list.executableURL = URL(fileURLWithPath: try path("pg_restore"))
        list.arguments = ["--list", file]
        list.standardOutput = FileHandle.nullDevice
        try list.run()
        list.waitUntilExit()
        guard list.terminationStatus == 0 else { throw BackupError("\(file) is not a PostgreSQL dump of chibo backup") }
    }

    /// Restores in one transaction: pg_restore writes the dump as SQL, psql runs it, after dropping
    /// every table and type of the schema when `replacing`; any error rolls everything back.
    func restore(_ file: String, url: String, replacing: Bool) throws {
        let (conninfo, password) = Self.connection(url)
        let script = Process()
        script.executableURL = URL(fileURLWithPath: try path("pg_restore"))
        script.arguments = ["--no-owner", "--no-privileges", "--file=-", file]
        let psql = Process()
        psql.executableURL = URL(fileURLWithPath: try path("psql"))
        var args = ["-X", "-q", "-v", "ON_ERROR_STOP=1", "--single-transaction", "--dbname=\(conninfo)"]
        if replacing { args += ["-c", Self.dropEverything] }
        psql.arguments = args + ["-f", "-"]
        psql.standardOutput = FileHandle.nullDevice
        if let password { psql.environment = ProcessInfo.processInfo.environment.merging(["PGPASSWORD": password]) { $1 } }
        let pipe = Pipe()
        script.standardOutput = pipe
        psql.standardInput = pipe
        // pg_restore first: the pipe's writing end is then closed here before psql starts, so psql
        // sees the end of the script when pg_restore exits.
        try script.run()
        try psql.run()
        script.waitUntilExit()
        psql.waitUntilExit()
        guard script.terminationStatus == 0 else {
            throw BackupError("pg_restore failed (exit \(script.terminationStatus)): nothing restored")
        }
        guard psql.terminationStatus == 0 else { throw BackupError("psql failed (exit \(psql.terminationStatus)): nothing restored") }
    }

    static let dropEverything = """
        DO $$ DECLARE r record; BEGIN
          FOR r IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema() LOOP
            EXECUTE 'DROP TABLE IF EXISTS ' || quote_ident(r.tablename) || ' CASCADE';
          END LOOP;
          FOR r IN SELECT t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                   WHERE n.nspname = current_schema() AND t.typtype = 'e' LOOP
            EXECUTE 'DROP TYPE IF EXISTS ' || quote_ident(r.typname) || ' CASCADE';
          END LOOP;
        END $$
        """

    /// The URL without its password (kept off the command line, where other users could read it)
    /// and the password for `PGPASSWORD`.
    static func connection(_ url: String) -> (String, String?) {
        guard var parts = URLComponents(string: url), let password = parts.password else { return (url, nil) }
        parts.password = nil
        return (parts.string ?? url, password.removingPercentEncoding ?? password)
    }

    private func run(_ tool: String, _ arguments: [String], password: String?) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = arguments
        if let password { p.environment = ProcessInfo.processInfo.environment.merging(["PGPASSWORD": password]) { $1 } }
        try p.run()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else {
            throw BackupError("\((tool as NSString).lastPathComponent) failed (exit \(p.terminationStatus))")
        }
    }
}
