import SQLKit

extension SQLRow {
    /// A stored enum read from its text: a value the code does not know is an error, never a default.
    func decode<E: RawRepresentable>(enumColumn column: String, as type: E.Type = E.self) throws -> E where E.RawValue == String {
        let raw = try decode(column: column, as: String.self)
        guard let value = E(rawValue: raw) else { throw UnknownStoredValue(column: column, value: raw) }
        return value
    }

    func decode<E: RawRepresentable>(enumColumn column: String, as type: E?.Type = E?.self) throws -> E? where E.RawValue == String {
        guard let raw = try decode(column: column, as: String?.self) else { return nil }
        guard let value = E(rawValue: raw) else { throw UnknownStoredValue(column: column, value: raw) }
        return value
    }
}

/// A stored status, kind or choice the running version does not know.
struct UnknownStoredValue: Error, CustomStringConvertible {
    let column: String
    let value: String
    var description: String { "unknown value '\(value)' in column \(column)" }
}
