import ChiBoCore
import Fluent
import Vapor

/// GET /members/{id}: a member's record and history.
extension MembersController {
    @Sendable static func show(req: Request) async throws -> HTMLPage {
        try await render(req, try req.id())
    }
}
