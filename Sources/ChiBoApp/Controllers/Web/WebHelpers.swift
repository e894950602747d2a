import ChiBoCore
import Vapor

extension Request {
    /// A UUID path parameter; anything else is "not found".
    func id(_ name: String = "id") throws -> UUID {
        guard let raw = parameters.get(name), let id = UUID(uuidString: raw) else { throw DomainError.notFound() }
        return id
    }

    /// Runs a form action; domain errors become a list shown on the page instead of an error page.
    func attempt<T>(_ body: () async throws -> T) async throws -> Result<T, FormFailure> {
        do { return .success(try await body()) } catch let e as DomainError where e.category == .invalid || e.category == .conflict {
            return .failure(FormFailure([e]))
        } catch let e as ValidationErrors { return .failure(FormFailure(e.errors)) }
    }

    /// A page whose choices are searched with `?q=` (`SubtreeChoice.query`): rendered with the text,
    /// or, the text refused, without a search and with the error (422).
    func choicePage(_ render: (_ q: String?, _ errors: [DomainError]) async throws -> HTML) async throws -> Response {
        switch try await attempt({ try SubtreeChoice.query(query[String.self, at: "q"]) }) {
        case .success(let q): return try await HTMLPage(render(q, [])).encodeResponse(for: self)
        case .failure(let failure):
            return try await HTMLPage(render(nil, failure.errors), status: .unprocessableEntity).encodeResponse(for: self)
        }
    }
}

struct FormFailure: Error {
    let errors: [DomainError]
    init(_ errors: [DomainError]) { self.errors = errors }
}
