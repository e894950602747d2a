import Foundation
import NIOCore
import NIOPosix
import SQLKit
import SQLiteKit
import VaporCSQLite

/// A SQLite connection of its own, on a thread of its own, that runs a whole batch of statements as
/// one job: the check-in writer's transaction (BEGIN, the taps' read, the UPDATE, the audit INSERT,
/// COMMIT) without going back to an event loop between statements.
///
/// Through SQLiteNIO every statement is a job on the thread pool and its answer a job on an event
/// loop; under a meeting day's load each of those hops waits for a core, and the writer, which
/// commits one batch at a time, spent most of a batch waiting so. Here a batch is one hop there and
/// one back. The statements are the same SQLKit expressions, serialised with SQLite's dialect, their
/// values encoded and their rows decoded by SQLiteKit's own encoder and decoder, so they read and
/// write exactly what the rest of the application does.
final class SQLiteBatchConnection: @unchecked Sendable {
    // `handle` is only touched on `thread`'s single thread, one job at a time.
    private var handle: OpaquePointer?
    private let thread: NIOThreadPool
    private let path: String
    private let synchronousFull: Bool

    init(path: String, synchronousFull: Bool) {
        self.path = path
        self.synchronousFull = synchronousFull
        thread = NIOThreadPool(numberOfThreads: 1)
        thread.start()
    }

    /// Runs `body` on the connection's thread, in one transaction (`BEGIN IMMEDIATE` … `COMMIT`,
    /// rolled back if `body` throws). The caller holds the process's SQLite writer turn
    /// (`SQLiteWriters`). `dialect`: any of the application's SQLite databases, for the statements'
    /// text; nothing runs on it.
    func transaction<T: Sendable>(dialect: any SQLDatabase, _ body: @escaping @Sendable (Session) throws -> T) async throws -> T {
        try await thread.runIfActive { [self] in
            let session = Session(handle: try open(dialect), dialect: dialect)
            try session.exec("BEGIN IMMEDIATE")
            do {
                let result = try body(session)
                try session.exec("COMMIT")
                return result
            } catch {
                try? session.exec("ROLLBACK")
                throw error
            }
        }
    }

    func shutdown() async {
        try? await thread.runIfActive { [self] in
            if let handle { sqlite_nio_sqlite3_close(handle) }
            handle = nil
        }
        try? await thread.shutdownGracefully()
    }

    private func open(_ dialect: any SQLDatabase) throws -> OpaquePointer {
        if let handle { return handle }
        var opened: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX
        guard sqlite_nio_sqlite3_open_v2(path, &opened, flags, nil) == SQLITE_OK, let opened else {
            let message = opened.flatMap { sqlite_nio_sqlite3_errmsg($0) }.map { String(cString: $0) } ?? "cannot open"
            if let opened { sqlite_nio_sqlite3_close(opened) }
            throw SQLiteBatchError(message: "\(path): \(message)")
        }
        let session = Session(handle: opened, dialect: dialect)
        do {
            // As every pooled connection (`prepareDatabase`): wait for another process's writer by
            // sleeping, and the same durability.
            try session.exec("PRAGMA busy_timeout=10000")
            try session.exec("PRAGMA synchronous=\(synchronousFull ? "FULL" : "NORMAL")")
            // The writer's own: a page cache of 16 MB instead of 2 (its index lookups and the pages it
            // writes stay in it instead of being read again from the file), and the statement journal
            // of its multi-line UPDATE and INSERT in memory instead of a temporary file. Profiled
            // during the check-in load: reading pages fell from 4.4% of the server's time to 0.6%,
            // the statement journal from 3.0% to 0.8%.
            try session.exec("PRAGMA cache_size=-16384")
            try session.exec("PRAGMA temp_store=MEMORY")
        } catch {
            sqlite_nio_sqlite3_close(opened)
            throw error
        }
        handle = opened
        return opened
    }

    /// The connection inside a job: runs statements one after another on the job's thread.
    struct Session {
        fileprivate let handle: OpaquePointer
        fileprivate let dialect: any SQLDatabase

        /// The rows of a statement written with SQLKit.
        func all(_ query: SQLQueryString) throws -> [any SQLRow] {
            var serializer = SQLSerializer(database: dialect)
            query.serialize(to: &serializer)
            let encoder = SQLiteDataEncoder()
            return try run(serializer.sql, try serializer.binds.map { try encoder.encode($0) })
        }

        /// A statement with no values and no rows.
        func exec(_ sql: String) throws {
            _ = try run(sql, [])
        }

        private func run(_ sql: String, _ binds: [SQLiteData]) throws -> [any SQLRow] {
            var statement: OpaquePointer?
            guard sqlite_nio_sqlite3_prepare_v3(handle, sql, -1, 0, &statement, nil) == SQLITE_OK, let statement else {
                throw error()
            }
            defer { sqlite_nio_sqlite3_finalize(statement) }
            for (i, value) in binds.enumerated() {
                let at = Int32(i + 1)
                let status: Int32
                switch value {
                case let .blob(buffer):
                    status = buffer.withUnsafeReadableBytes {
                        sqlite_nio_sqlite3_bind_blob64(statement, at, $0.baseAddress, UInt64($0.count), transient)
                    }
                case let .float(double): status = sqlite_nio_sqlite3_bind_double(statement, at, double)
                case let .integer(int): status = sqlite_nio_sqlite3_bind_int64(statement, at, Int64(int))
                case .null: status = sqlite_nio_sqlite3_bind_null(statement, at)
                case let .text(text):
                    status = sqlite_nio_sqlite3_bind_text64(statement, at, text, UInt64(text.utf8.count), transient, UInt8(SQLITE_UTF8))
                }
                guard status == SQLITE_OK else { throw error() }
            }
            let count = sqlite_nio_sqlite3_column_count(statement)
            let names = (0..<count).map { String(cString: sqlite_nio_sqlite3_column_name(statement, $0)) }
            var rows: [any SQLRow] = []
            while true {
                switch sqlite_nio_sqlite3_step(statement) {
                case SQLITE_ROW:
                    var values: [String: SQLiteData] = [:]
                    for column in 0..<count { values[names[Int(column)]] = value(statement, column) }
                    rows.append(Row(names: names, values: values))
                case SQLITE_DONE:
                    return rows
                default:
                    throw error()
                }
            }
        }

        private func value(_ statement: OpaquePointer, _ column: Int32) -> SQLiteData {
            switch sqlite_nio_sqlite3_column_type(statement, column) {
            case SQLITE_INTEGER: return .integer(Int(sqlite_nio_sqlite3_column_int64(statement, column)))
            case SQLITE_FLOAT: return .float(sqlite_nio_sqlite3_column_double(statement, column))
            case SQLITE_TEXT:
                return .text(sqlite_nio_sqlite3_column_text(statement, column).map { String(cString: $0) } ?? "")
            case SQLITE_BLOB:
                let length = Int(sqlite_nio_sqlite3_column_bytes(statement, column))
                var buffer = ByteBufferAllocator().buffer(capacity: length)
                if let bytes = sqlite_nio_sqlite3_column_blob(statement, column) {
                    buffer.writeBytes(UnsafeRawBufferPointer(start: bytes, count: length))
                }
                return .blob(buffer)
            default: return .null
            }
        }

        private func error() -> SQLiteBatchError {
            SQLiteBatchError(message: String(cString: sqlite_nio_sqlite3_errmsg(handle)))
        }
    }

    /// A row read by a `Session`, decoded as SQLiteKit decodes its rows.
    private struct Row: SQLRow {
        let names: [String]
        let values: [String: SQLiteData]

        var allColumns: [String] { names }
        func contains(column: String) -> Bool { values[column] != nil }
        func decodeNil(column: String) throws -> Bool { (values[column] ?? .null) == .null }
        func decode<D: Decodable>(column: String, as type: D.Type) throws -> D {
            guard let value = values[column] else { throw SQLiteBatchError(message: "no column \(column)") }
            return try SQLiteDataDecoder().decode(D.self, from: value)
        }
    }
}

/// A failure of SQLite itself, with its message.
struct SQLiteBatchError: Error, CustomStringConvertible {
    let message: String
    var description: String { "SQLite: \(message)" }
}

private let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
