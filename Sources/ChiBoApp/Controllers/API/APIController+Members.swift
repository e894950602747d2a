import Fluent
import Vapor
import ChiBoCore

/// /api/v1/members…: search, records, moves, exemptions, transfers.
extension APIController {
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

    @Sendable static func members(req: Request) async throws -> MemberList {
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

    @Sendable static func createMember(req: Request) async throws -> Response {
        let b = try req.content.decode(MemberBody.self)
        guard let unitID = b.unitId else { throw DomainError.required("unitId", vi: "chi bộ", en: "unitId") }
        let draft = MemberDraft(fullName: b.fullName, birthDate: b.birthDate, gender: b.gender, cardNumber: b.cardNumber,
                                admissionDate: b.admissionDate, officialDate: b.officialDate, status: b.status, phone: b.phone)
        let member = try await MemberService.create(req.db, try req.principal(), unitID: unitID, draft: draft, today: req.clock.today)
        return try await MemberDTO(member).encodeResponse(status: .created, for: req)
    }

    @Sendable static func member(req: Request) async throws -> MemberDTO {
        MemberDTO(try await MemberService.find(req.db, try req.principal(), try req.id()))
    }

    /// Partial update: absent fields keep their value; an empty string clears an optional one.
    @Sendable static func updateMember(req: Request) async throws -> MemberDTO {
        let principal = try req.principal()
        let id = try req.id()
        let m = try await MemberService.find(req.db, principal, id, for: .writeMembers)
        let b = try req.content.decode(MemberBody.self)
        if let unitID = b.unitId, unitID != m.$unit.id {
            throw DomainError(.invalid, code: "unitId.useMove", vi: "Dùng chức năng chuyển sinh hoạt để đổi chi bộ.",
                              en: "Use the move endpoint to change the cell.", field: "unitId")
        }
        let draft = MemberDraft(fullName: b.fullName ?? m.fullName, birthDate: b.birthDate ?? m.birthDate,
                                gender: b.gender ?? m.gender.rawValue, cardNumber: b.cardNumber ?? m.cardNumber,
                                admissionDate: b.admissionDate ?? m.admissionDate,
                                officialDate: b.officialDate ?? m.officialDate, status: b.status ?? m.status.rawValue,
                                phone: b.phone ?? m.phone)
        return MemberDTO(try await MemberService.update(req.db, principal, id: id, draft: draft, today: req.clock.today))
    }

    struct MoveMemberBody: Content {
        var unitId: UUID?
        var effectiveDate: String?
        var note: String?
    }

    @Sendable static func moveMember(req: Request) async throws -> MemberDTO {
        let b = try req.content.decode(MoveMemberBody.self)
        guard let unitID = b.unitId else { throw DomainError.required("unitId", vi: "chi bộ mới", en: "unitId") }
        let date = try req.date(b.effectiveDate, field: "effectiveDate", vi: "Ngày chuyển", en: "effectiveDate")
        return MemberDTO(try await MemberService.move(req.db, try req.principal(), id: try req.id(), toUnitID: unitID,
                                                      date: date, note: b.note, today: req.clock.today))
    }

    struct HistoryList: Content { let items: [MemberPeriodDTO] }

    @Sendable static func history(req: Request) async throws -> HistoryList {
        let member = try await MemberService.find(req.db, try req.principal(), try req.id())
        return HistoryList(items: try await MemberService.history(req.db, memberID: member.id!))
    }

    struct ExemptionBody: Content {
        var kind: String?
        var decisionDate: String?
        var reason: String?
    }

    @Sendable static func setExemption(req: Request) async throws -> MemberDTO {
        let b = try req.content.decode(ExemptionBody.self)
        return MemberDTO(try await MemberService.setExemption(req.db, try req.principal(), id: try req.id(), kind: b.kind,
                                                              decisionDate: b.decisionDate, reason: b.reason, today: req.clock.today))
    }

    @Sendable static func endExemption(req: Request) async throws -> MemberDTO {
        MemberDTO(try await MemberService.endExemption(req.db, try req.principal(), id: try req.id()))
    }

    struct TransferBody: Content {
        var direction: String?
        var from: String?
        var until: String?
        var place: String?
    }

    @Sendable static func setTransfer(req: Request) async throws -> MemberDTO {
        let b = try req.content.decode(TransferBody.self)
        return MemberDTO(try await MemberService.setTransfer(req.db, try req.principal(), id: try req.id(), direction: b.direction,
                                                             from: b.from, until: b.until, place: b.place))
    }

    @Sendable static func endTransfer(req: Request) async throws -> MemberDTO {
        MemberDTO(try await MemberService.endTransfer(req.db, try req.principal(), id: try req.id()))
    }
}
