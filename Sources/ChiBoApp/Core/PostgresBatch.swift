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
/// connection. One batch at a time (the writer's): nothing here is shared between two.
final class PostgresBatchConnection: @unchecked Sendable {
    /// The connection's `application_name`.
    static let applicationName = "chibo check-in writer"

    private let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
    private let configuration: PostgresConnection.Configuration
    private let logger: Logger
    // Touched by one batch at a time (the writer runs one), and by `shutdown` after the last.
    private var connection: PostgresConnection?
    private var opened = 0

    init(configuration: PostgresConnection.Configuration, logger: Logger) {
        self.configuration = configuration
        self.logger = logger
    }

    /// Runs `body` on the connection's loop, in one transaction. BEGIN goes out with the body's first
    /// statement, COMMIT after its last; the result is the body's once every statement sent has
    /// answered without an error. If anything fails, the transaction is rolled back and the error
    /// thrown; a connection that cannot even roll back (lost: PostgreSQL restarted, the backend ended)
    /// is closed, and the next batch opens another.
    func transaction<T: Sendable>(_ body: @escaping @Sendable (Pipeline) throws -> EventLoopFuture<T>) async throws -> T {
        let connection = try await open()
        let loop = connection.eventLoop
        let sql = connection.sql(queryLogLevel: .trace)
        return try await loop.flatSubmit {
            let pipeline = Pipeline(connection: connection, sql: sql, sent: NIOLoopBoundBox([], eventLoop: loop))
            pipeline.send(SQLRaw("BEGIN"))
            return loop.makeCompletedFuture { try body(pipeline) }.flatMap { $0 }
                .flatMap { result in
                    pipeline.send(SQLRaw("COMMIT"))
                    return pipeline.finish().map { result }
                }
                .flatMapError { error in
                    // Once every statement sent has answered.
                    pipeline.finish().flatMapError { _ in loop.makeSucceededVoidFuture() }
                        .flatMap { pipeline.send(SQLRaw("ROLLBACK")).map { _ in } }
                        .flatMapError { _ in connection.close().flatMapError { _ in loop.makeSucceededVoidFuture() } }
                        .flatMapThrowing { () throws -> T in throw error }
                }
        }.get()
    }

    /// The connection was closed before a statement was sent.
    struct ConnectionClosed: Error, CustomStringConvertible {
        var description: String { "the check-in writer's connection is closed" }
    }

    func shutdown() async {
        try? await connection?.close()
        connection = nil
        try? await group.shutdownGracefully()
    }

    private func open() async throws -> PostgresConnection {
        if let connection, !connection.isClosed { return connection }
        opened += 1
        let connection = try await PostgresConnection.connect(on: group.next(), configuration: configuration,
                                                              id: opened, logger: logger)
        self.connection = connection
        return connection
    }

    /// Statements sent on the connection, on its loop, in the order `send` is called, each without
    /// waiting for the answers of those before it.
    struct Pipeline: Sendable {
        fileprivate let connection: PostgresConnection
        fileprivate let sql: any SQLDatabase
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

        /// Every statement sent, answered; the first error.
        fileprivate func finish() -> EventLoopFuture<Void> {
            .andAllSucceed(sent.value, on: eventLoop)
        }
    }
}
