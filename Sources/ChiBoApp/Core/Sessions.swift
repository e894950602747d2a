import Fluent
import Vapor

/// Browser sessions as rows of `_fluent_sessions` (Fluent's `SessionRecord`), as Fluent's own
/// driver keeps them, with the writes in the writers' queue (`Database.writeOne`): on SQLite a
/// session saved after a page never waits for the file's lock beside a queued transaction.
struct QueuedDatabaseSessions: AsyncSessionDriver {
    func createSession(_ data: SessionData, for request: Request) async throws -> SessionID {
        let id = SessionID(string: Data([UInt8].random(count: 32)).base64EncodedString())
        let record = SessionRecord(key: id, data: data)
        try await request.db.writeOne { try await record.create(on: $0) }
        return id
    }

    func readSession(_ sessionID: SessionID, for request: Request) async throws -> SessionData? {
        try await SessionRecord.query(on: request.db).filter(\.$key == sessionID).first()?.data
    }

    func updateSession(_ sessionID: SessionID, to data: SessionData, for request: Request) async throws -> SessionID {
        try await request.db.writeOne { try await SessionRecord.query(on: $0).filter(\.$key == sessionID).set(\.$data, to: data).update() }
        return sessionID
    }

    func deleteSession(_ sessionID: SessionID, for request: Request) async throws {
        try await request.db.writeOne { try await SessionRecord.query(on: $0).filter(\.$key == sessionID).delete() }
    }
}
