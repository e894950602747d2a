import Foundation
import Logging
import NIOCore
import NIOPosix
import PostgresKit
import SQLKit

/// PostgreSQL: the check-in writer's connection of its own, on an event loop of its own, that runs a
/// batch's statements one behind the other on that loop's thread.
///
/// Through the pool a batch first waited for a connection and BEGIN's answer, then every statement
/// went out and its answer came back through the application's event loops and Swift's shared
/// threads, which on a meeting day are busy with the requests themselves: timed under the check-in
/// load, a batch of ~31 taps took 10.3 ms, of which PostgreSQL's own work was about 3. Here the
/// batch's work — its statements' text, reading their rows, deciding each tap — runs as callbacks on
/// the connection's loop, which does nothing else, and what does not depend on an answer is sent
/// with what does: BEGIN with the read, the wrong codes with the UPDATE, the audit INSERT with
/// COMMIT. PostgreSQL runs them in order, as if each had waited for the one before.
///
/// The statements are SQLKit expressions, encoded and decoded by PostgresKit as on any pooled
/// connection, or `PreparedText`s: statements whose text never changes, prepared once when the
/// connection opens, so that PostgreSQL parses them once and need not plan them in every batch
/// (written out with one bind per tap, a batch's statements were parsed and planned each time, which
/// took about as long as running them). One batch at a time (the writer's): nothing here is shared
/// between two.
final class PostgresBatchConnection: @unchecked Sendable {
    /// The connection's `application_name`.
    static let applicationName = "chibo check-in writer"

    private let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
    private let configuration: PostgresConnection.Configuration
    private let logger: Logger
    private let statements: [String]
    // Touched by one batch at a time (the writer runs one), and by `shutdown` after the last.
    private var connection: PostgresConnection?
    private var prepared: [String: PreparedQuery] = [:]
    private var opened = 0

    /// `statements`: the texts of the `PreparedText`s the batches will send, prepared on every
    /// connection this opens.
    init(configuration: PostgresConnection.Configuration, logger: Logger, statements: [String]) {
        self.configuration = configuration
        self.logger = logger
        self.statements = statements
    }

    /// Runs `body` on the connection's loop, in one transaction. BEGIN goes out with the body's first
    /// statement, COMMIT after its last; the result is the body's once every statement sent has
    /// answered without an error. If anything fails, the transaction is rolled back, the connection
    /// closed and the error thrown; the next batch opens another.
    func transaction<T: Sendable>(_ body: @escaping @Sendable (Pipeline) throws -> EventLoopFuture<T>) async throws -> T {
        let connection = try await open()
        let loop = connection.eventLoop
        let sql = connection.sql(queryLogLevel: .trace)
        let prepared = prepared
        return try await loop.flatSubmit {
            let pipeline = Pipeline(connection: connection, sql: sql, prepared: prepared, sent: NIOLoopBoundBox([], eventLoop: loop))
            pipeline.send(SQLRaw("BEGIN"))
            return loop.makeCompletedFuture { try body(pipeline) }.flatMap { $0 }
                .flatMap { result in
                    pipeline.send(SQLRaw("COMMIT"))
                    return pipeline.finish().map { result }
                }
                .flatMapError { error in
                    // Once every statement sent has answered: roll back, and close the connection, so
                    // that the next batch opens another and prepares its statements afresh (a
                    // prepared statement PostgreSQL no longer has, or whose result a migration
                    // changed, would otherwise fail every batch on this one).
                    pipeline.finish().flatMapError { _ in loop.makeSucceededVoidFuture() }
                        .flatMap { pipeline.send(SQLRaw("ROLLBACK")).map { _ in } }
                        .flatMapError { _ in loop.makeSucceededVoidFuture() }
                        .flatMap { connection.close().flatMapError { _ in loop.makeSucceededVoidFuture() } }
                        .flatMapThrowing { () throws -> T in throw error }
                }
        }.get()
    }

    /// The connection was closed before a statement was sent.
    struct ConnectionClosed: Error, CustomStringConvertible {
        var description: String { "the check-in writer's connection is closed" }
    }

    /// A `PreparedText` whose text was not among those prepared (a programming error).
    struct NotPrepared: Error, CustomStringConvertible {
        let sql: String
        var description: String { "the check-in writer's connection has no prepared statement for: \(sql)" }
    }

    func shutdown() async {
        try? await connection?.close()
        connection = nil
        try? await group.shutdownGracefully()
    }

    private func open() async throws -> PostgresConnection {
        if let connection, !connection.isClosed { return connection }
        opened += 1
        let connection = try await PostgresConnection.connect(
            on: group.next(), configuration: configuration,
            id: opened, logger: logger)
        do {
            var prepared: [String: PreparedQuery] = [:]
            for text in statements {
                // As in `send`: a statement written to a closed channel would never be answered.
                guard !connection.isClosed else { throw ConnectionClosed() }
                prepared[text] = try await connection.prepare(query: text).get()
            }
            self.prepared = prepared
        } catch {
            try? await connection.close()
            throw error
        }
        self.connection = connection
        return connection
    }

    /// Statements sent on the connection, on its loop, in the order `send` is called, each without
    /// waiting for the answers of those before it.
    struct Pipeline: Sendable {
        fileprivate let connection: PostgresConnection
        fileprivate let sql: any SQLDatabase
        fileprivate let prepared: [String: PreparedQuery]
        fileprivate let sent: NIOLoopBoundBox<[EventLoopFuture<Void>]>

        var eventLoop: any EventLoop { sent.eventLoop }

        /// The statement's rows, once it has run.
        @discardableResult
        func send(_ query: any SQLExpression) -> EventLoopFuture<[any SQLRow]> {
            // A statement written to a channel already closed would never be answered (PostgresNIO
            // writes it without a promise): it fails here instead. On the loop, the channel cannot
            // close between this check and the write.
            let future: EventLoopFuture<[any SQLRow]>
            if connection.isClosed {
                future = eventLoop.makeFailedFuture(ConnectionClosed())
            } else {
                let rows = NIOLoopBoundBox<[any SQLRow]>([], eventLoop: eventLoop)
                future = sql.execute(sql: query) { row in rows.value.append(row) }.map { rows.value }
            }
            sent.value.append(future.map { _ in })
            return future
        }

        /// The prepared statement's rows, once it has run.
        @discardableResult
        func send(_ statement: PreparedText) -> EventLoopFuture<[any SQLRow]> {
            let future: EventLoopFuture<[any SQLRow]>
            if connection.isClosed {
                future = eventLoop.makeFailedFuture(ConnectionClosed())
            } else if let query = prepared[statement.sql] {
                let rows = NIOLoopBoundBox<[any SQLRow]>([], eventLoop: eventLoop)
                future = query.execute(statement.binds) { row in rows.value.append(BinaryRow(row: row.makeRandomAccess())) }
                    .map { rows.value }
            } else {
                future = eventLoop.makeFailedFuture(NotPrepared(sql: statement.sql))
            }
            sent.value.append(future.map { _ in })
            return future
        }

        /// Every statement sent, answered; the first error.
        fileprivate func finish() -> EventLoopFuture<Void> {
            .andAllSucceed(sent.value, on: eventLoop)
        }
    }
}

/// A statement whose text never changes, with its binds, for `PostgresBatchConnection`: every `$n` is
/// cast in the text to the type of the Swift value bound to it (`$1::uuid[]` for `[UUID]`,
/// `$2::int8` for `Int`), since the statement is prepared before any value is known and binds are
/// sent in binary.
struct PreparedText: Sendable {
    let sql: String
    let binds: [PostgresData]

    init(sql: String, binds: [any PostgresEncodable & Sendable]) throws {
        self.sql = sql
        self.binds = try binds.map { try Self.data($0) }
    }

    private static func data<T: PostgresEncodable>(_ value: T) throws -> PostgresData {
        var buffer = ByteBuffer()
        try value.encode(into: &buffer, context: .default)
        return PostgresData(type: T.psqlType, formatCode: T.psqlFormat, value: buffer)
    }
}

/// A row of a statement prepared with `PostgresDatabase.prepare(query:)`. Its cells come in binary, as
/// PostgresNIO asks for every statement's results, but that API labels them with the format of the
/// prepared statement's description, where PostgreSQL always says text (the format is not chosen until
/// the statement runs), and PostgresKit's rows decode them as what they are labelled. This reads each
/// cell as binary. The columns read by the check-in writer are strings, UUIDs, integers, booleans and
/// dates, which PostgresNIO decodes itself, optional or not; anything else is an error.
private struct BinaryRow: SQLRow {
    let row: PostgresRandomAccessRow

    struct NotDecodable: Error, CustomStringConvertible {
        let column: String
        let type: Any.Type
        var description: String { "column \(column): \(type) is not read from a prepared statement's rows" }
    }

    var allColumns: [String] { row.map(\.columnName) }

    func contains(column: String) -> Bool { row.contains(column) }

    func decodeNil(column: String) throws -> Bool { !row.contains(column) || row[column].bytes == nil }

    func decode<T: Decodable>(column: String, as type: T.Type) throws -> T {
        guard row.contains(column), let decodable = T.self as? any PostgresDecodable.Type else {
            throw NotDecodable(column: column, type: T.self)
        }
        var cell = row[column]
        cell.format = .binary
        return try Self.decode(cell, as: decodable) as! T
    }

    private static func decode<P: PostgresDecodable>(_ cell: PostgresCell, as type: P.Type) throws -> P {
        try cell.decode(P.self, context: .default)
    }
}
