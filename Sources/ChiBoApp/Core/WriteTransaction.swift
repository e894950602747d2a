import CoreMetrics
import Fluent
import Foundation
import SQLKit

extension Database {
    /// A transaction that writes. SQLite has one writer at a time: on SQLite the application's
    /// writers queue here, in order, and the next one starts as soon as the last commits, instead
    /// of waiting in SQLite's busy handler (which sleeps, then tries again). On PostgreSQL this
    /// is `transaction` itself. Inside a transaction it runs the body in that transaction.
    /// The writes under way or waiting their turn are a gauge (`OpsMetrics.writesInFlight`).
    package func write<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        if inTransaction { return try await transaction(body) }
        let inFlight = Meter(label: OpsMetrics.writesInFlight)
        inFlight.increment()
        defer { inFlight.decrement() }
        guard (self as? any SQLDatabase)?.dialect.name == "sqlite" else { return try await transaction(body) }
        return try await SQLiteWriters.shared.inTurn { try await self.transaction(body) }
    }
}

extension Database {
    /// Inside a write: holds the row `id` of `table` until the transaction ends (a row lock on
    /// PostgreSQL; SQLite's writers are serialised already), so that what is checked next under it
    /// cannot change before the write commits. `id` must be the table's primary key.
    func holdRow(_ table: String, _ id: UUID) async throws {
        try await (self as! any SQLDatabase).raw("UPDATE \(ident: table) SET id = id WHERE id = \(bind: id)").run()
    }
}

extension Database {
    /// A write of one statement outside any transaction (a session, a login attempt, a token):
    /// on SQLite it takes its turn in the same queue, so that the queue is the file's only
    /// writer; elsewhere it runs as it is, without a transaction around it.
    func writeOne<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        guard !inTransaction, (self as? any SQLDatabase)?.dialect.name == "sqlite" else { return try await body(self) }
        return try await write(body)
    }
}

/// The queue of the process's SQLite write transactions (first come, first served).
actor SQLiteWriters {
    static let shared = SQLiteWriters()

    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []
    private var next = 0

    /// Runs `body` in the process's turn of writers: waits for it, and gives it up however `body` ends.
    nonisolated func inTurn<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T {
        await acquire()
        do {
            let result = try await body()
            await release()
            return result
        } catch {
            await release()
            throw error
        }
    }

    func acquire() async {
        guard busy else {
            busy = true
            return
        }
        await withCheckedContinuation {
            waiting.append($0)
            Gauge(label: OpsMetrics.sqliteWritersWaiting).record(waiting.count - next)
        }
    }

    func release() {
        guard next < waiting.count else {
            busy = false
            waiting.removeAll(keepingCapacity: true)
            next = 0
            Gauge(label: OpsMetrics.sqliteWritersWaiting).record(0)
            return
        }
        let first = waiting[next]
        next += 1
        if next >= 1024 {
            waiting.removeFirst(next)
            next = 0
        }
        Gauge(label: OpsMetrics.sqliteWritersWaiting).record(waiting.count - next)
        first.resume()
    }
}
