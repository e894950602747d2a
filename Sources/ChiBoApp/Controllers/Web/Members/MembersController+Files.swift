import ChiBoCore
import Fluent
import Vapor

/// POST /members/{id}/documents, GET /members/{id}/documents/{document}: documents next to the
/// record's decisions and steps; POST /members/{id}/member-file: the admission file's last step.
extension MembersController {
    @Sendable static func attach(req: Request) async throws -> Response {
        try await authorise(req)
        let form = try req.content.decode(FileDocumentInput.self)
        return try await act(req) { principal, id in
            _ = try await FileDocumentService.attach(req.db, principal, memberID: id, input: form)
        }
    }

    @Sendable static func document(req: Request) async throws -> Response {
        Downloads.stored(
            try await FileDocumentService.get(req.db, try req.principal(), memberID: try req.id(), id: try req.id("document")))
    }

    @Sendable static func memberFile(req: Request) async throws -> Response {
        try await authorise(req)
        let form = try req.content.decode(MemberFileInput.self)
        return try await act(req) { principal, id in
            _ = try await RecruitmentService.completeMemberFile(req.db, principal, memberID: id, input: form, today: req.clock.today)
        }
    }
}
