import ChiBoCore
import Foundation
import Vapor

/// A field of a command's input, read the same from a web form (text) and from the API (JSON):
/// any scalar is taken as its text, and blank is nothing. The input type then reads its fields
/// with the rules' own messages (`uuid`, `int`, `flag`), so that a wrong value gets the same
/// answer in the browser and in the API.
@propertyWrapper
struct Input: Codable, Sendable, Equatable {
    var wrappedValue: String?

    init(wrappedValue: String?) { self.wrappedValue = wrappedValue }

    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() {
            wrappedValue = nil
        } else if let s = try? c.decode(String.self) {
            wrappedValue = s
        } else if let i = try? c.decode(Int.self) {
            wrappedValue = String(i)
        } else if let b = try? c.decode(Bool.self) {
            wrappedValue = b ? "true" : "false"
        } else {
            throw DecodingError.typeMismatch(
                String.self, .init(codingPath: decoder.codingPath, debugDescription: "Expected a text, a number or true/false"))
        }
        if wrappedValue?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == true { wrappedValue = nil }
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(wrappedValue)
    }
}

extension KeyedDecodingContainer {
    /// A field left out is nothing, as a blank one.
    func decode(_ type: Input.Type, forKey key: Key) throws -> Input {
        try decodeIfPresent(type, forKey: key) ?? Input(wrappedValue: nil)
    }
}

/// Reading an input's fields as what the command needs, with a message in the user's language.
enum Read {
    static func uuid(_ raw: String?, _ field: String, vi: String, en: String) throws -> UUID? {
        guard let raw else { return nil }
        guard let id = UUID(uuidString: raw) else {
            throw DomainError(.invalid, code: "\(field).invalid", vi: "\(vi) không hợp lệ.", en: "Invalid \(en).", field: field)
        }
        return id
    }

    static func int(_ raw: String?, _ field: String, vi: String, en: String) throws -> Int? {
        guard let raw else { return nil }
        guard let n = Int(raw.trimmingCharacters(in: .whitespaces)) else {
            throw DomainError(.invalid, code: "\(field).invalid", vi: "\(vi) phải là một số.", en: "\(en) must be a number.", field: field)
        }
        return n
    }

    /// A checkbox or a JSON boolean: "true", "on" or "1" is yes.
    static func flag(_ raw: String?) -> Bool {
        guard let raw else { return false }
        return ["true", "on", "1", "yes"].contains(raw.lowercased())
    }
}

extension Read {
    /// Reads one field of a form that reports every problem at once: a refusal joins `errors` and
    /// the field is nil.
    static func collect<T>(_ errors: inout [DomainError], _ read: () throws -> T) -> T? {
        do { return try read() } catch let e as DomainError {
            errors.append(e)
        } catch let e as ValidationErrors {
            errors += e.errors
        } catch {}
        return nil
    }

    /// A choice that must be made (a cell, a member, a parent unit).
    static func choice(_ raw: String?, _ field: String) throws -> UUID {
        guard let raw, let id = UUID(uuidString: raw.trimmingCharacters(in: .whitespaces)) else {
            throw DomainError(
                .invalid, code: "\(field).invalid", vi: "Chưa chọn hoặc lựa chọn không hợp lệ.",
                en: "Nothing chosen, or an invalid choice.", field: field)
        }
        return id
    }

    /// A year of a plan or a report: 2000–2100; blank is `fallback`.
    static func year(_ raw: String?, default fallback: Int) throws -> Int {
        guard let y = try int(raw, "year", vi: "Năm", en: "Year") else { return fallback }
        guard (2000...2100).contains(y) else { // not a rule: the years the application handles
            throw DomainError(.invalid, code: "year.invalid", vi: "Năm không hợp lệ.", en: "Invalid year.", field: "year")
        }
        return y
    }

    /// A month (`2026-03`), or nil when blank.
    static func month(_ raw: String?) throws -> ReportPeriod.YearMonth? {
        guard let raw, !raw.isEmpty else { return nil }
        guard let m = ReportPeriod.YearMonth(parsing: raw) else {
            throw DomainError(
                .invalid, code: "month.invalid", vi: "Tháng không hợp lệ (dạng 2026-03).", en: "Invalid month (e.g. 2026-03).",
                field: "month")
        }
        return m
    }

    /// A date that must be given (yyyy-MM-dd).
    static func date(_ raw: String?, _ field: String, vi: String, en: String) throws -> CivilDate {
        guard let raw, !raw.isEmpty else { throw DomainError.required(field, vi: vi.lowercased(), en: en) }
        guard let d = CivilDate(parsing: raw) else { throw DomainError.badDate(field, vi: vi, en: en) }
        return d
    }
}
