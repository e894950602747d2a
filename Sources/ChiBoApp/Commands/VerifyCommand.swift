import ChiBoCore
import Fluent
import SQLKit
import Vapor

/// `chibo verify [--anchor FILE]`: checks every hash chain and every locked meeting, and against
/// the anchor the committee keeps, the chains' heads. Runs no migration (`CommandPlan`), reports
/// every problem it finds, and exits non-zero if there is one.
struct VerifyCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "anchor", help: "An anchor file (chibo anchor export) the chains must still hold (default: $CHIBO_ANCHOR_FILE)")
        var anchor: String?
    }

    var help: String { "Checks that no locked minutes or amendment was changed or deleted (hash chains per unit, the anchor)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard try await Verification.run(context.application, anchor: signature.anchor, console: context.console) else {
            throw VerifyFailed()
        }
    }

    struct VerifyFailed: Error, CustomStringConvertible {
        var description: String { "verification failed" }
    }
}

/// The verification `chibo verify` and `chibo restore` run.
enum Verification {
    /// Prints what it checked and every problem; false if there is one.
    static func run(_ app: Application, anchor: String?, console: any Console) async throws -> Bool {
        try await DatabaseState.requireCurrent(app)
        var heads: [RecordAnchor.Head] = []
        var anchorProblems: [String] = []
        if let path = anchor ?? app.chibo.anchorFile {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw RecordAnchor.AnchorError("cannot read the anchor file \(path)")
            }
            let key = try app.chibo.anchorKeyFile.map { try RecordAnchor.key(file: $0) }
            (heads, anchorProblems) = RecordAnchor.parse(String(decoding: data, as: UTF8.self), key: key)
            console.print(
                "Anchor \(path): \(heads.count) heads\(key == nil ? " (not signed: no CHIBO_ANCHOR_KEY_FILE)" : ", signatures checked").")
        }
        let (checked, problems) = try await MinutesService.verify(app.db, anchor: heads)
        for p in anchorProblems { console.error("ANCHOR: \(p)") }
        for p in problems { console.error("TAMPERED: \(p)") }
        let count = problems.count + anchorProblems.count
        if count == 0 {
            console.print("OK: \(checked) locked records, every chain intact.")
            return true
        }
        let units = Set(problems.map(\.unitID)).count
        console.error("\(count) problem(s) in \(checked) locked records (\(units) unit(s)).")
        return false
    }
}

/// Whether the configured database is a ChiBo database migrated for this version, asked without
/// changing anything (not even creating an SQLite file).
enum DatabaseState {
    struct NotReady: Error, CustomStringConvertible {
        let description: String
    }

    static func requireCurrent(_ app: Application) async throws {
        if case .sqlite(let path) = app.chibo.database {
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
            guard let size, size > 0 else { throw NotReady(description: "no database at \(path)") }
        }
        let sql = app.db as! any SQLDatabase
        let names: [String]
        do {
            names = try await sql.raw("SELECT name FROM _fluent_migrations").all().map { try $0.decode(column: "name", as: String.self) }
        } catch {
            throw NotReady(description: "not a ChiBo database (no migrations recorded)")
        }
        let needed = M024_RecordAnchor().name
        guard names.contains(needed) else {
            throw NotReady(
                description: "the database is not migrated for this version (\(needed) has not run): run chibo migrate, then chibo verify")
        }
    }

    /// The number of tables in the database (SQLite: in the file; PostgreSQL: in the current schema).
    static func tableCount(_ db: any Database, sqlite: Bool) async throws -> Int {
        let sql = db as! any SQLDatabase
        let query: SQLQueryString =
            sqlite
            ? "SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            : "SELECT COUNT(*) AS n FROM pg_tables WHERE schemaname = current_schema()"
        return try await sql.raw(query).first()?.decode(column: "n", as: Int.self) ?? 0
    }
}

/// `chibo anchor export FILE`: appends each unit's chain head (sequence, hash, time; signed with
/// `CHIBO_ANCHOR_KEY_FILE` when set) to FILE, which the committee keeps away from the server.
struct AnchorCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "action", help: "export")
        var action: String
        @Argument(name: "file", help: "The anchor file: appended to, never rewritten")
        var file: String
    }

    var help: String { "Appends the head of every unit's chain of locked records to an anchor file kept outside the database." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        guard signature.action == "export" else {
            throw RecordAnchor.AnchorError("unknown action \(signature.action): chibo anchor export FILE")
        }
        try await DatabaseState.requireCurrent(app)
        let key = try app.chibo.anchorKeyFile.map { try RecordAnchor.key(file: $0) }
        // A database that lost anchored records is not anchored again: the file would hold both.
        if let data = FileManager.default.contents(atPath: signature.file) {
            let (old, unreadable) = RecordAnchor.parse(String(decoding: data, as: UTF8.self), key: key)
            let records = try await LockedRecord.query(on: app.db).all()
            let lost = RecordAnchor.check(old, against: records)
            guard lost.isEmpty && unreadable.isEmpty else {
                for p in unreadable { context.console.error("ANCHOR: \(p)") }
                for p in lost { context.console.error("TAMPERED: \(p)") }
                throw RecordAnchor.AnchorError("the database no longer holds what \(signature.file) anchors: nothing appended")
            }
        }
        let heads = try await RecordAnchor.heads(app.db, at: Date())
        try RecordAnchor.append(try heads.map { try RecordAnchor.line($0, key: key) }, to: signature.file)
        let records = heads.reduce(0) { $0 + $1.sequence }
        context.console.print(
            "Anchored \(heads.count) units' chains (\(records) records) in \(signature.file)\(key == nil ? "" : ", signed").")
    }
}
