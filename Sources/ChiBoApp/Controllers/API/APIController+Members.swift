import ChiBoCore
import Fluent
import Vapor

/// /api/v1/members…: search, records, moves, exemptions, transfers.
extension APIController {
    struct MemberList: Content {
        let items: [MemberDTO]
        /// The members of the list from the counters; null for a search (not counted).
        let total: Int?
        let per: Int
        /// The cursor of the next page (`after=`); null on the last page.
        let next: String?
    }

    struct MemberQuery: Content {
        var q: String?
        var unitId: UUID?
        var after: String?
        var per: Int?
    }

    @Sendable static func members(req: Request) async throws -> MemberList {
        let query = try req.query.decode(MemberQuery.self)
        let per = min(max(query.per ?? 50, 1), 200) // not a rule: a page of the list
        let text = query.q.map { String($0.prefix(100)) } // not a rule: a search's length
        let result = try await MemberService.search(
            req.db, try req.principal(), .init(text: text, unitID: query.unitId, after: query.after, per: per))
        return MemberList(items: result.items.map(MemberDTO.init), total: result.total, per: per, next: result.next)
    }

    @Sendable static func createMember(req: Request) async throws -> Response {
        try MemberService.authoriseCreate(try req.principal())
        let b = try req.content.decode(MemberInput.self)
        let member = try await MemberService.create(
            req.db, try req.principal(), unitID: try b.unit(), draft: b.draft, today: req.clock.today,
            transferIn: try b.transferIn(today: req.clock.today))
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
        let b = try req.content.decode(MemberInput.self)
        if let unitID = b.unitId, UUID(uuidString: unitID) != m.$unit.id {
            throw DomainError(
                .invalid, code: "unitId.useMove", vi: "Dùng chức năng chuyển sinh hoạt để đổi chi bộ.",
                en: "Use the move endpoint to change the cell.", field: "unitId")
        }
        let draft = b.over(m).draft
        return MemberDTO(try await MemberService.update(req.db, principal, id: id, draft: draft, today: req.clock.today))
    }

    @Sendable static func moveMember(req: Request) async throws -> MemberDTO {
        try await authoriseWrite(req)
        let b = try req.content.decode(MoveMemberInput.self)
        return MemberDTO(
            try await MemberService.move(
                req.db, try req.principal(), id: try req.id(), toUnitID: try b.unit(),
                date: try b.date(), note: b.note, today: req.clock.today))
    }

    /// A write on the member's record: the account may write it (404 outside the scope, 403
    /// inside without the right) before its body is read (issue 19).
    private static func authoriseWrite(_ req: Request) async throws {
        try await MemberService.authoriseWrite(req.db, try req.principal(), try req.id())
    }

    struct HistoryList: Content { let items: [MemberPeriodDTO] }

    @Sendable static func history(req: Request) async throws -> HistoryList {
        let member = try await MemberService.find(req.db, try req.principal(), try req.id())
        return HistoryList(items: try await MemberService.history(req.db, memberID: member.id!))
    }

    @Sendable static func setExemption(req: Request) async throws -> MemberDTO {
        try await authoriseWrite(req)
        let b = try req.content.decode(ExemptionInput.self)
        return MemberDTO(
            try await MemberLifeService.exempt(req.db, try req.principal(), id: try req.id(), input: b, today: req.clock.today))
    }

    @Sendable static func setTransfer(req: Request) async throws -> MemberDTO {
        try await authoriseWrite(req)
        let b = try req.content.decode(TransferInput.self)
        return MemberDTO(
            try await MemberLifeService.transfer(req.db, try req.principal(), id: try req.id(), input: b, today: req.clock.today))
    }

    @Sendable static func suspend(req: Request) async throws -> MemberDTO {
        try await authoriseWrite(req)
        let b = try req.content.decode(SuspensionInput.self)
        return MemberDTO(
            try await MemberLifeService.suspend(req.db, try req.principal(), id: try req.id(), input: b, today: req.clock.today))
    }

    @Sendable static func endExemption(req: Request) async throws -> MemberDTO { try await end(req, .exempt) }
    @Sendable static func endTransfer(req: Request) async throws -> MemberDTO { try await end(req, .transfer) }
    @Sendable static func endSuspension(req: Request) async throws -> MemberDTO { try await end(req, .suspended) }

    /// DELETE …/{exemption,transfer,suspension}[?until=yyyy-MM-dd]: the running period's last day (today if not given).
    private static func end(_ req: Request, _ kind: StatusKind) async throws -> MemberDTO {
        let b = (try? req.query.decode(EndPeriodInput.self)) ?? EndPeriodInput()
        let today = req.clock.today
        return MemberDTO(
            try await MemberLifeService.end(
                req.db, try req.principal(), id: try req.id(), kind: kind, last: try b.last(today: today), today: today))
    }

    @Sendable static func discipline(req: Request) async throws -> MemberDTO {
        try await authoriseWrite(req)
        let b = try req.content.decode(DisciplineInput.self)
        return MemberDTO(
            try await MemberLifeService.discipline(req.db, try req.principal(), id: try req.id(), input: b, today: req.clock.today))
    }

    @Sendable static func leave(req: Request) async throws -> MemberDTO {
        try await authoriseWrite(req)
        let b = try req.content.decode(LeavingInput.self)
        return MemberDTO(try await MemberLifeService.leave(req.db, try req.principal(), id: try req.id(), input: b, today: req.clock.today))
    }

    @Sendable static func moveAway(req: Request) async throws -> MemberDTO {
        try await authoriseWrite(req)
        let b = try req.content.decode(MoveAwayInput.self)
        return MemberDTO(
            try await MemberLifeService.moveAway(req.db, try req.principal(), id: try req.id(), input: b, today: req.clock.today))
    }

    @Sendable static func recognise(req: Request) async throws -> MemberDTO {
        try await authoriseWrite(req)
        let b = try req.content.decode(RecognitionInput.self)
        return MemberDTO(
            try await MemberLifeService.recognise(req.db, try req.principal(), id: try req.id(), input: b, today: req.clock.today))
    }

    /// POST …/recognition-steps: a step of the recognition file (10–14-KNĐ); the member's life after it.
    @Sendable static func recognitionStep(req: Request) async throws -> MemberLife {
        try await authoriseWrite(req)
        let b = try req.content.decode(RecognitionStepInput.self)
        let member = try await MemberLifeService.recordRecognitionStep(
            req.db, try req.principal(), id: try req.id(), input: b, today: req.clock.today)
        return try await MemberLife.load(req.db, member: member, today: req.clock.today)
    }

    /// GET …/life: the dated periods, the standing today and what waits on a decision (the record page's).
    @Sendable static func life(req: Request) async throws -> MemberLife {
        let member = try await MemberService.find(req.db, try req.principal(), try req.id())
        return try await MemberLife.load(req.db, member: member, today: req.clock.today)
    }

    /// POST …/member-file: the member's file completed, the admission file's last step; the member's life after it.
    @Sendable static func memberFile(req: Request) async throws -> MemberLife {
        try await authoriseWrite(req)
        let b = try req.content.decode(MemberFileInput.self)
        let member = try await RecruitmentService.completeMemberFile(
            req.db, try req.principal(), memberID: try req.id(), input: b, today: req.clock.today)
        return try await MemberLife.load(req.db, member: member, today: req.clock.today)
    }

    /// POST …/documents: a document next to a decision or a step of the member's file
    /// (multipart: file, target, targetId).
    @Sendable static func attachDocument(req: Request) async throws -> Response {
        try await authoriseWrite(req)
        let b = try req.content.decode(FileDocumentInput.self)
        let d = try await FileDocumentService.attach(req.db, try req.principal(), memberID: try req.id(), input: b)
        return try await FileDocumentDTO(d).encodeResponse(status: .created, for: req)
    }

    @Sendable static func document(req: Request) async throws -> Response {
        Downloads.stored(
            try await FileDocumentService.get(req.db, try req.principal(), memberID: try req.id(), id: try req.id("document")))
    }
}
