import ChiBoCore
import Fluent
import Vapor

/// The JSON API under /api/v1. Handlers decode a body, call one service function and encode a DTO.
enum APIController {
    struct TokenRequest: Content {
        var username: String?
        var password: String?
    }

    struct TokenResponse: Content {
        let token: String
        let expiresAt: Date
    }

    @Sendable static func token(req: Request) async throws -> TokenResponse {
        let body = try req.content.decode(TokenRequest.self)
        let principal = try await AccountService.login(
            req.db, hasher: req.password.async, config: req.chibo, decoy: try await req.decoyHash,
            username: body.username, password: body.password, ip: req.clientAddress, today: req.clock.today)
        let (token, expires) = try await AccountService.issueToken(req.db, principal, lifetime: req.chibo.tokenLifetimeSeconds)
        return TokenResponse(token: token, expiresAt: expires)
    }

    @Sendable static func revoke(req: Request) async throws -> HTTPStatus {
        if let bearer = req.headers.bearerAuthorization { try await AccountService.revoke(token: bearer.token, on: req.db) }
        return .noContent
    }

    struct MeResponse: Content {
        let id: UUID
        let username: String
        let displayName: String
        let memberId: UUID?
        let roles: [GrantDTO]
    }

    @Sendable static func me(req: Request) async throws -> MeResponse {
        let p = try req.principal()
        return MeResponse(
            id: p.accountID, username: p.username, displayName: p.displayName, memberId: p.memberID,
            roles: p.grants.map { GrantDTO(role: $0.role, unitId: $0.unitID) })
    }

    static func officerDTOs(_ db: any Database, _ id: UUID) async throws -> [OfficerDTO] {
        try await UnitService.officers(db, unitID: id).map {
            OfficerDTO(id: $0.0.id, memberId: $0.1.id!, fullName: $0.1.fullName, role: $0.0.role, from: $0.0.fromDate.iso)
        }
    }
}
