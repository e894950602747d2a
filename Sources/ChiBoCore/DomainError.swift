/// An error a person can understand, in Vietnamese and English, with the HTTP-independent
/// category the web layer maps to a status code.
public struct DomainError: Error, Sendable, Equatable {
    public enum Category: String, Sendable {
        /// Input that cannot be accepted (422 / 400).
        case invalid
        /// Nothing there, or nothing the user may see (404).
        case notFound
        /// Conflicts with what is stored: a duplicate, a stale state (409).
        case conflict
        /// The user may see it but not do this (403).
        case forbidden
        /// Too many attempts; try later (429).
        case rateLimited
    }

    public let category: Category
    /// A stable machine code, e.g. "member.cardNumber.duplicate".
    public let code: String
    public let vi: String
    public let en: String
    /// The input field at fault, when there is one.
    public let field: String?

    public init(_ category: Category, code: String, vi: String, en: String, field: String? = nil) {
        self.category = category
        self.code = code
        self.vi = vi
        self.en = en
        self.field = field
    }

    public func message(_ language: Language) -> String { language == .vi ? vi : en }

    public static func notFound(_ what: String = "record") -> DomainError {
        DomainError(.notFound, code: "\(what).notFound", vi: "Không tìm thấy.", en: "Not found.")
    }

    public static func forbidden() -> DomainError {
        DomainError(
            .forbidden, code: "forbidden",
            vi: "Bạn không có quyền thực hiện thao tác này.",
            en: "You are not allowed to do this.")
    }

    public static func required(_ field: String, vi: String, en: String) -> DomainError {
        DomainError(.invalid, code: "\(field).required", vi: "Chưa nhập \(vi).", en: "\(en) is required.", field: field)
    }

    public static func badDate(_ field: String, vi: String, en: String) -> DomainError {
        DomainError(
            .invalid, code: "\(field).invalid",
            vi: "\(vi) không hợp lệ (dạng ngày/tháng/năm, ví dụ 05/02/2026).",
            en: "\(en) is not a valid date (e.g. 2026-02-05).", field: field)
    }
}

/// Several problems with one submission, all reported at once.
public struct ValidationErrors: Error, Sendable, Equatable {
    public let errors: [DomainError]
    public init(_ errors: [DomainError]) { self.errors = errors }
}
