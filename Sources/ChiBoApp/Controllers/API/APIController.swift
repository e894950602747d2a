import Fluent
import Vapor
import ChiBoCore

/// The JSON API under /api/v1. Handlers decode a body, call one service function and encode a DTO.
struct APIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.post("auth", "token", use: token)
        let authed = routes.grouped(RequireToken())
        authed.delete("auth", "token", use: revoke)
        authed.get("me", use: me)

        authed.get("units", use: units)
        authed.post("units", use: createUnit)
        authed.get("units", ":id", use: unit)
        authed.patch("units", ":id", use: updateUnit)
        authed.get("units", ":id", "children", use: children)
        authed.get("units", ":id", "counts", use: counts)
        authed.post("units", ":id", "move", use: moveUnit)
        authed.get("units", ":id", "officers", use: officers)
        authed.post("units", ":id", "officers", use: setOfficer)
        authed.put("units", ":id", "liaison", use: setLiaison)

        authed.get("members", use: members)
        authed.post("members", use: createMember)
        authed.get("members", ":id", use: member)
        authed.patch("members", ":id", use: updateMember)
        authed.post("members", ":id", "move", use: moveMember)
        authed.get("members", ":id", "history", use: history)
        authed.put("members", ":id", "exemption", use: setExemption)
        authed.delete("members", ":id", "exemption", use: endExemption)
        authed.put("members", ":id", "transfer", use: setTransfer)
        authed.delete("members", ":id", "transfer", use: endTransfer)

        authed.get("accounts", use: accounts)
        authed.post("accounts", use: createAccount)
        authed.get("audit", use: audit)
        routes.get("rulebook", use: rulebook)
    }

    // MARK: Auth

    struct TokenRequest: Content {
        var username: String?
        var password: String?
    }

    struct TokenResponse: Content {
        let token: String
        let expiresAt: Date
    }

    @Sendable func token(req: Request) async throws -> TokenResponse {
        let body = try req.content.decode(TokenRequest.self)
        let principal = try await AccountService.login(req.db, hasher: req.password.async, config: req.chibo,
                                                       username: body.username, password: body.password,
                                                       ip: req.remoteAddress?.ipAddress ?? "?")
        let (token, expires) = try await AccountService.issueToken(req.db, principal, lifetime: req.chibo.tokenLifetimeSeconds)
        return TokenResponse(token: token, expiresAt: expires)
    }

    @Sendable func revoke(req: Request) async throws -> HTTPStatus {
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

    @Sendable func me(req: Request) async throws -> MeResponse {
        let p = try req.principal()
        return MeResponse(id: p.accountID, username: p.username, displayName: p.displayName, memberId: p.memberID,
                          roles: p.grants.map { GrantDTO(role: $0.role, unitId: $0.unitID) })
    }

    // MARK: Units

    struct UnitList: Content { let items: [UnitDTO] }

    @Sendable func units(req: Request) async throws -> UnitList {
        UnitList(items: try await UnitService.scopeRoots(req.db, try req.principal()).map(UnitDTO.init))
    }

    struct UnitBody: Content {
        var parentId: UUID?
        var name: String?
        var code: String?
        var kind: String?
        var cellType: String?
        var termLabel: String?
        var termStart: String?

        var draft: UnitDraft {
            UnitDraft(name: name, code: code, kind: kind, cellType: cellType, termLabel: termLabel, termStart: termStart)
        }
    }

    @Sendable func createUnit(req: Request) async throws -> Response {
        let body = try req.content.decode(UnitBody.self)
        let unit = try await UnitService.create(req.db, try req.principal(), parentID: body.parentId, draft: body.draft)
        return try await UnitDTO(unit).encodeResponse(status: .created, for: req)
    }

    struct UnitDetail: Content {
        let unit: UnitDTO
        let ancestors: [UnitDTO]
        let counts: MembershipCounts
        let officers: [OfficerDTO]
    }

    @Sendable func unit(req: Request) async throws -> UnitDetail {
        let principal = try req.principal()
        let id = try req.id()
        let unit = try await UnitService.find(req.db, principal, id)
        return UnitDetail(unit: UnitDTO(unit), ancestors: try await UnitService.visibleAncestors(req.db, principal, of: id).map(UnitDTO.init),
                          counts: try await UnitService.counts(req.db, unitID: id),
                          officers: try await officerDTOs(req.db, id))
    }

    func officerDTOs(_ db: any Database, _ id: UUID) async throws -> [OfficerDTO] {
        try await UnitService.officers(db, unitID: id).map {
            OfficerDTO(id: $0.0.id, memberId: $0.1.id!, fullName: $0.1.fullName, role: $0.0.role, from: $0.0.fromDate)
        }
    }

    @Sendable func updateUnit(req: Request) async throws -> UnitDTO {
        let principal = try req.principal()
        let id = try req.id()
        let current = try await UnitService.find(req.db, principal, id, for: .manageUnits)
        let body = try req.content.decode(UnitBody.self)
        let draft = UnitDraft(name: body.name ?? current.name, code: body.code ?? current.code, kind: current.kindRaw,
                              cellType: body.cellType ?? current.cellTypeRaw, termLabel: body.termLabel ?? current.termLabel,
                              termStart: body.termStart ?? current.termStart)
        return UnitDTO(try await UnitService.update(req.db, principal, id: id, draft: draft))
    }

    @Sendable func children(req: Request) async throws -> UnitList {
        let id = try req.id()
        _ = try await UnitService.find(req.db, try req.principal(), id)
        return UnitList(items: try await UnitService.children(req.db, of: id).map(UnitDTO.init))
    }

    @Sendable func counts(req: Request) async throws -> MembershipCounts {
        let id = try req.id()
        _ = try await UnitService.find(req.db, try req.principal(), id)
        return try await UnitService.counts(req.db, unitID: id)
    }

    struct MoveUnitBody: Content {
        var parentId: UUID?
        var effectiveDate: String?
    }

    @Sendable func moveUnit(req: Request) async throws -> UnitDTO {
        let body = try req.content.decode(MoveUnitBody.self)
        guard let parent = body.parentId else {
            throw DomainError.required("parentId", vi: "đơn vị cấp trên mới", en: "parentId")
        }
        let date = try req.date(body.effectiveDate, field: "effectiveDate", vi: "Ngày chuyển", en: "effectiveDate")
        return UnitDTO(try await UnitService.move(req.db, try req.principal(), id: try req.id(), newParentID: parent, date: date))
    }

    struct OfficerList: Content { let items: [OfficerDTO] }

    @Sendable func officers(req: Request) async throws -> OfficerList {
        let id = try req.id()
        _ = try await UnitService.find(req.db, try req.principal(), id)
        return OfficerList(items: try await officerDTOs(req.db, id))
    }

    struct OfficerBody: Content {
        var memberId: UUID?
        var role: String?
        var from: String?
    }

    @Sendable func setOfficer(req: Request) async throws -> OfficerList {
        let id = try req.id()
        let body = try req.content.decode(OfficerBody.self)
        guard let memberID = body.memberId else { throw DomainError.required("memberId", vi: "đảng viên", en: "memberId") }
        guard let role = body.role.flatMap(OfficerRole.init(rawValue:)) else {
            throw DomainError(.invalid, code: "role.invalid", vi: "Chức vụ không hợp lệ.", en: "Unknown office.", field: "role")
        }
        let from = try req.date(body.from, field: "from", vi: "Ngày bắt đầu", en: "from")
        try await UnitService.setOfficer(req.db, try req.principal(), unitID: id, memberID: memberID, role: role, from: from)
        return OfficerList(items: try await officerDTOs(req.db, id))
    }

    struct LiaisonBody: Content {
        var accountId: UUID?
        var from: String?
    }

    struct LiaisonDTO: Content {
        let accountId: UUID
        let displayName: String
        let from: String
    }

    @Sendable func setLiaison(req: Request) async throws -> LiaisonDTO {
        let id = try req.id()
        let b = try req.content.decode(LiaisonBody.self)
        guard let account = b.accountId else { throw DomainError.required("accountId", vi: "cán bộ phụ trách", en: "accountId") }
        let from = try req.date(b.from ?? Today.date().iso, field: "from", vi: "Ngày bắt đầu", en: "from")
        try await UnitService.setLiaison(req.db, try req.principal(), unitID: id, accountID: account, from: from)
        guard let (l, a) = try await UnitService.liaison(req.db, unitID: id) else { throw DomainError.notFound() }
        return LiaisonDTO(accountId: a.id!, displayName: a.displayName, from: l.fromDate)
    }

    // MARK: Members

    struct MemberList: Content {
        let items: [MemberDTO]
        let total: Int
        let page: Int
        let per: Int
    }

    struct MemberQuery: Content {
        var q: String?
        var unitId: UUID?
        var page: Int?
        var per: Int?
    }

    @Sendable func members(req: Request) async throws -> MemberList {
        let query = try req.query.decode(MemberQuery.self)
        let page = min(max(query.page ?? 1, 1), 100_000)
        let per = min(max(query.per ?? 50, 1), 200)
        let result = try await MemberService.search(req.db, try req.principal(),
                                                    .init(text: query.q.map { String($0.prefix(100)) }, unitID: query.unitId,
                                                          page: page, per: per))
        return MemberList(items: result.items.map(MemberDTO.init), total: result.total, page: page, per: per)
    }

    struct MemberBody: Content {
        var unitId: UUID?
        var fullName: String?
        var birthDate: String?
        var gender: String?
        var cardNumber: String?
        var admissionDate: String?
        var officialDate: String?
        var status: String?
        var phone: String?
    }

    @Sendable func createMember(req: Request) async throws -> Response {
        let b = try req.content.decode(MemberBody.self)
        guard let unitID = b.unitId else { throw DomainError.required("unitId", vi: "chi bộ", en: "unitId") }
        let draft = MemberDraft(fullName: b.fullName, birthDate: b.birthDate, gender: b.gender, cardNumber: b.cardNumber,
                                admissionDate: b.admissionDate, officialDate: b.officialDate, status: b.status, phone: b.phone)
        let member = try await MemberService.create(req.db, try req.principal(), unitID: unitID, draft: draft)
        return try await MemberDTO(member).encodeResponse(status: .created, for: req)
    }

    @Sendable func member(req: Request) async throws -> MemberDTO {
        MemberDTO(try await MemberService.find(req.db, try req.principal(), try req.id()))
    }

    /// Partial update: absent fields keep their value; an empty string clears an optional one.
    @Sendable func updateMember(req: Request) async throws -> MemberDTO {
        let principal = try req.principal()
        let id = try req.id()
        let m = try await MemberService.find(req.db, principal, id, for: .writeMembers)
        let b = try req.content.decode(MemberBody.self)
        if let unitID = b.unitId, unitID != m.$unit.id {
            throw DomainError(.invalid, code: "unitId.useMove", vi: "Dùng chức năng chuyển sinh hoạt để đổi chi bộ.",
                              en: "Use the move endpoint to change the cell.", field: "unitId")
        }
        let draft = MemberDraft(fullName: b.fullName ?? m.fullName, birthDate: b.birthDate ?? m.birthDate,
                                gender: b.gender ?? m.genderRaw, cardNumber: b.cardNumber ?? m.cardNumber,
                                admissionDate: b.admissionDate ?? m.admissionDate,
                                officialDate: b.officialDate ?? m.officialDate, status: b.status ?? m.statusRaw,
                                phone: b.phone ?? m.phone)
        return MemberDTO(try await MemberService.update(req.db, principal, id: id, draft: draft))
    }

    struct MoveMemberBody: Content {
        var unitId: UUID?
        var effectiveDate: String?
        var note: String?
    }

    @Sendable func moveMember(req: Request) async throws -> MemberDTO {
        let b = try req.content.decode(MoveMemberBody.self)
        guard let unitID = b.unitId else { throw DomainError.required("unitId", vi: "chi bộ mới", en: "unitId") }
        let date = try req.date(b.effectiveDate, field: "effectiveDate", vi: "Ngày chuyển", en: "effectiveDate")
        return MemberDTO(try await MemberService.move(req.db, try req.principal(), id: try req.id(), toUnitID: unitID,
                                                      date: date, note: b.note))
    }

    struct HistoryList: Content { let items: [MemberPeriodDTO] }

    @Sendable func history(req: Request) async throws -> HistoryList {
        let member = try await MemberService.find(req.db, try req.principal(), try req.id())
        return HistoryList(items: try await MemberService.history(req.db, memberID: member.id!))
    }

    struct ExemptionBody: Content {
        var kind: String?
        var decisionDate: String?
        var reason: String?
    }

    @Sendable func setExemption(req: Request) async throws -> MemberDTO {
        let b = try req.content.decode(ExemptionBody.self)
        return MemberDTO(try await MemberService.setExemption(req.db, try req.principal(), id: try req.id(), kind: b.kind,
                                                              decisionDate: b.decisionDate, reason: b.reason))
    }

    @Sendable func endExemption(req: Request) async throws -> MemberDTO {
        MemberDTO(try await MemberService.endExemption(req.db, try req.principal(), id: try req.id()))
    }

    struct TransferBody: Content {
        var direction: String?
        var from: String?
        var until: String?
        var place: String?
    }

    @Sendable func setTransfer(req: Request) async throws -> MemberDTO {
        let b = try req.content.decode(TransferBody.self)
        return MemberDTO(try await MemberService.setTransfer(req.db, try req.principal(), id: try req.id(), direction: b.direction,
                                                             from: b.from, until: b.until, place: b.place))
    }

    @Sendable func endTransfer(req: Request) async throws -> MemberDTO {
        MemberDTO(try await MemberService.endTransfer(req.db, try req.principal(), id: try req.id()))
    }

    // MARK: Accounts, audit, rulebook

    struct AccountList: Content { let items: [AccountDTO] }

    @Sendable func accounts(req: Request) async throws -> AccountList {
        let principal = try req.principal()
        guard Scope.roots(principal, .manageAccounts)?.isEmpty != true else { throw DomainError.forbidden() }
        return AccountList(items: try await AccountService.list(req.db, principal).map { AccountDTO($0.0, roles: $0.1) })
    }

    struct AccountBody: Content {
        var username: String?
        var password: String?
        var displayName: String?
        var memberId: UUID?
        var role: String?
        var unitId: UUID?
    }

    @Sendable func createAccount(req: Request) async throws -> Response {
        let b = try req.content.decode(AccountBody.self)
        let account = try await AccountService.create(req.db, try req.principal(), hasher: req.password.async, .init(
            username: b.username, password: b.password, displayName: b.displayName, memberID: b.memberId, role: b.role,
            unitID: b.unitId))
        let roles = try await account.$roles.get(on: req.db)
        return try await AccountDTO(account, roles: roles).encodeResponse(status: .created, for: req)
    }

    struct AuditDTO: Content {
        let at: Date
        let username: String
        let action: String
        let entity: String
        let entityId: UUID?
        let unitId: UUID?
        let before: String?
        let after: String?
    }

    struct AuditList: Content { let items: [AuditDTO] }

    struct AuditQuery: Content {
        var entityId: UUID?
        var limit: Int?
    }

    @Sendable func audit(req: Request) async throws -> AuditList {
        let q = try req.query.decode(AuditQuery.self)
        let entries = try await AuditService.entries(req.db, try req.principal(), entityID: q.entityId, limit: q.limit ?? 100)
        return AuditList(items: entries.map {
            AuditDTO(at: $0.at, username: $0.username, action: $0.action, entity: $0.entity, entityId: $0.entityID,
                     unitId: $0.unitID, before: $0.before, after: $0.after)
        })
    }

    struct RulebookDTO: Content {
        let date: String
        let versionId: String
        let meetings: MeetingRules
        let votes: VoteRules
        let membership: MembershipRules
        let evaluation: EvaluationRules
        let documents: DocumentRules
        let local: LocalSettings
    }

    struct RulebookQuery: Content { var date: String? }

    @Sendable func rulebook(req: Request) async throws -> RulebookDTO {
        let q = try req.query.decode(RulebookQuery.self)
        var date = Today.date()
        if let raw = q.date, !raw.isEmpty {
            guard let d = CivilDate(parsing: raw) else { throw DomainError.badDate("date", vi: "Ngày", en: "date") }
            date = d
        }
        let r = Rulebook.inForce(on: date)
        return RulebookDTO(date: date.iso, versionId: r.versionID, meetings: r.meetings, votes: r.votes,
                           membership: r.membership, evaluation: r.evaluation, documents: r.documents, local: r.local)
    }
}
