import Fluent
import FluentPostgresDriver
import SQLKit

/// A statement whose text never changes and that runs on every request or every check-in.
/// Its binds are `$1`, `$2`, … in order of appearance: PostgreSQL's placeholders, and on SQLite
/// parameters numbered the same way. On PostgreSQL it runs as a prepared statement, parsed and
/// planned once per connection; elsewhere, and inside a transaction, as a plain statement.
protocol FixedStatement: PostgresPreparedStatement where Row == PostgresRow {
    var binds: [any PostgresEncodable & Encodable & Sendable] { get }
}

extension FixedStatement {
    func makeBindings() throws -> PostgresBindings {
        var bindings = PostgresBindings(capacity: binds.count)
        for value in binds { try bindings.append(value, context: .default) }
        return bindings
    }

    func decodeRow(_ row: PostgresRow) throws -> PostgresRow { row }
}

extension Database {
    /// The rows of a fixed statement, read as any other query's rows.
    func rows(_ statement: some FixedStatement) async throws -> [any SQLRow] {
        assert(
            numberedInOrder(type(of: statement).sql, count: statement.binds.count),
            "\(type(of: statement)): $1, $2, … must first appear in that order, one per bind (SQLite numbers them by appearance)")
        if let pg = self as? any PostgresDatabase, !inTransaction {
            do {
                return try await pg.withConnection { connection in
                    connection.eventLoop.makeFutureWithTask {
                        do {
                            return try await connection.execute(statement, logger: self.logger)
                                .reduce(into: [any SQLRow]()) { $0.append($1.sql()) }
                        } catch {
                            // PostgresNIO keeps a failed prepare's error for the statement's name on
                            // that connection: close it, so that the pool opens a fresh one.
                            try? await connection.close()
                            throw error
                        }
                    }
                }.get()
            } catch {
                // A passing failure (a migration holding a lock, a cancelled prepare): the same
                // read once more as a plain statement; it only reads.
                logger.warning("prepared statement failed, read as a plain statement: \(String(reflecting: error))")
            }
        }
        return try await (self as! any SQLDatabase).raw("\(FixedText(sql: type(of: statement).sql, binds: statement.binds))").all()
    }
}

/// The text with its binds as they are.
private struct FixedText: SQLExpression {
    let sql: String
    let binds: [any Encodable & Sendable]

    func serialize(to serializer: inout SQLSerializer) {
        serializer.write(sql)
        serializer.binds.append(contentsOf: binds)
    }
}

/// Whether `$1` … `$count` each appear, and first appear in ascending order (SQLite binds numbered
/// parameters by order of first appearance, PostgreSQL by number).
func numberedInOrder(_ sql: String, count: Int) -> Bool {
    var seen: [Int] = []
    var rest = Substring(sql)
    while let dollar = rest.firstIndex(of: "$") {
        rest = rest[rest.index(after: dollar)...]
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        if let n = Int(digits), !seen.contains(n) { seen.append(n) }
    }
    return seen == Array(stride(from: 1, through: count, by: 1))
}
