import Vapor
import ChiBoCore

extension Request {
    /// A UUID path parameter; anything else is "not found".
    func id(_ name: String = "id") throws -> UUID {
        guard let raw = parameters.get(name), let id = UUID(uuidString: raw) else { throw DomainError.notFound() }
        return id
    }

    /// A UUID from a form or query string; a malformed one is an input error on that field.
    func formID(_ raw: String?, field: String) throws -> UUID {
        guard let raw, let id = UUID(uuidString: raw.trimmingCharacters(in: .whitespaces)) else {
            throw DomainError(.invalid, code: "\(field).invalid", vi: "Chưa chọn hoặc lựa chọn không hợp lệ.",
                              en: "Nothing chosen, or an invalid choice.", field: field)
        }
        return id
    }

    /// Runs a form action; domain errors become a list shown on the page instead of an error page.
    func attempt<T>(_ body: () async throws -> T) async throws -> Result<T, FormFailure> {
        do { return .success(try await body()) }
        catch let e as DomainError where e.category == .invalid || e.category == .conflict { return .failure(FormFailure([e])) }
        catch let e as ValidationErrors { return .failure(FormFailure(e.errors)) }
    }

    func date(_ raw: String?, field: String, vi: String, en: String) throws -> CivilDate {
        guard let raw, !raw.isEmpty else { throw DomainError.required(field, vi: vi.lowercased(), en: en) }
        guard let d = CivilDate(parsing: raw) else { throw DomainError.badDate(field, vi: vi, en: en) }
        return d
    }
}

struct FormFailure: Error {
    let errors: [DomainError]
    init(_ errors: [DomainError]) { self.errors = errors }
}
