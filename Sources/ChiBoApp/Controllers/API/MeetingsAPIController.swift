import Fluent
import Vapor
import ChiBoCore

/// /api/v1 for the meeting cycle: plans, meetings, roll, check-in, agenda, votes, tasks, minutes, documents.
struct MeetingsAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.post("votes", "calculate", use: calculate)
        let authed = routes.grouped(RequireToken())
        authed.get("units", ":id", "meetings", use: list)
        authed.post("units", ":id", "meetings", use: create)
        authed.post("units", ":id", "meetings", "plan", use: plan)
        authed.get("units", ":id", "obligations", use: obligations)
        authed.get("units", ":id", "tasks", use: unitTasks)
        authed.get("units", ":id", "statistics", use: statistics)

        let meeting = authed.grouped("meetings", ":id")
        meeting.get(use: detail)
        meeting.patch(use: update)
        meeting.post("notify", use: notify)
        meeting.post("open", use: open)
        meeting.post("end", use: end)
        meeting.post("cancel", use: cancel)
        meeting.patch("minutes", use: minutes)
        meeting.post("approve", use: approve)
        meeting.post("amendments", use: amend)
        meeting.put("attendance", ":member", use: mark)
        meeting.post("guests", use: addGuest)
        meeting.post("agenda", use: addItem)
        meeting.delete("agenda", ":item", use: removeItem)
        meeting.put("agenda", ":item", "conclusion", use: conclusion)
        meeting.post("agenda", ":item", "speeches", use: speech)
        meeting.post("votes", use: openVote)
        meeting.post("votes", ":vote", "tally", use: tally)
        meeting.post("votes", ":vote", "ballots", use: ballot)
        meeting.post("votes", ":vote", "close", use: closeVote)
        meeting.post("tasks", use: assign)
        meeting.on(.POST, "attachments", body: .collect(maxSize: "6mb"), use: upload)
        meeting.get("attachments", ":attachment", use: download)
        meeting.get("minutes.docx") { req in try await MeetingsController.docx(req, kind: "bien-ban") }
        meeting.get("resolution.docx") { req in try await MeetingsController.docx(req, kind: "nghi-quyet") }
        meeting.get("invite.ics") { req in try await MeetingsController.ics(req) }
        authed.post("tasks", ":id", "close", use: closeTask)
    }

    // MARK: Detail

    struct MeetingDetail: Content {
        let meeting: MeetingDTO
        let roll: [RollEntryDTO]
        let attendance: AttendanceSummary
        let guests: [GuestDTO]
        let agenda: [AgendaItemDTO]
        let votes: [VoteDTO]
        let tasks: [TaskDTO]
        let attachments: [AttachmentDTO]
        let duration: DurationCheck?
        let noticeLate: Bool?
        let checkinCode: String?
        let records: [RecordDTO]
        let rulebookVersion: String
    }

    struct RecordDTO: Content {
        let sequence: Int
        let kind: String
        let hash: String
        let prevHash: String
        let signedBy: String
        let signedOn: String
        let docNumber: String?
        let content: String
    }

    static func detail(_ req: Request, _ m: Meeting) async throws -> MeetingDetail {
        let principal = try req.principal()
        let id = m.id!
        let rules = Rulebook.inForce(on: m.date ?? Today.date())
        let roll = try await MeetingService.roll(req.db, meetingID: id)
        let canRun = try await Scope.allows(principal, .runMeetings, unit: m.$unit.id, on: req.db)
        var duration: DurationCheck?
        if let s = m.startedAt.flatMap(LocalDateTime.init(parsing:)), let e = m.endedAt.flatMap(LocalDateTime.init(parsing:)) {
            duration = .check(kind: m.kind, minutes: e.minutesSinceEpoch - s.minutesSinceEpoch, rules: rules.meetings)
        }
        let noticeLate = m.notifiedOn.flatMap(CivilDate.init(parsing:)).flatMap { n in
            m.date.map { NoticeRules.isLate(notified: n, meeting: $0, rules: rules.meetings) }
        }
        let today = Today.date()
        return MeetingDetail(
            meeting: MeetingDTO(m), roll: roll.map(RollEntryDTO.init),
            attendance: AttendanceSummary.compute(roll.map(\.rollMember)),
            guests: try await MeetingGuest.query(on: req.db).filter(\.$meeting.$id == id).all().map(GuestDTO.init),
            agenda: try await MeetingService.agenda(req.db, meetingID: id).map(AgendaItemDTO.init),
            votes: try await VoteService.votes(req.db, meetingID: id).map { VoteDTO($0, escalateAfter: rules.votes.escalateAfterFailures) },
            tasks: try await TaskService.forMeeting(req.db, meetingID: id).map { TaskDTO($0, today: today) },
            attachments: try await AttachmentService.list(req.db, meetingID: id).map(AttachmentDTO.init),
            duration: duration, noticeLate: noticeLate, checkinCode: canRun ? m.checkinCode : nil,
            records: try await MinutesService.records(req.db, meetingID: id).map {
                RecordDTO(sequence: $0.sequence, kind: $0.kind, hash: $0.hash, prevHash: $0.prevHash, signedBy: $0.signedBy,
                          signedOn: $0.signedOn, docNumber: $0.docNumber, content: $0.content)
            },
            rulebookVersion: rules.versionID)
    }

    @Sendable func detail(req: Request) async throws -> MeetingDetail {
        try await Self.detail(req, try await MeetingService.find(req.db, try req.principal(), try req.id()))
    }

    // MARK: Plans and meetings

    struct MeetingList: Content { let items: [MeetingDTO] }

    struct YearQuery: Content { var year: Int? }

    func year(_ req: Request) throws -> Int {
        let y = try req.query.decode(YearQuery.self).year ?? Today.date().year
        guard (2000...2100).contains(y) else {
            throw DomainError(.invalid, code: "year.invalid", vi: "Năm không hợp lệ.", en: "Invalid year.", field: "year")
        }
        return y
    }

    @Sendable func list(req: Request) async throws -> MeetingList {
        let id = try req.id()
        _ = try await UnitService.find(req.db, try req.principal(), id, for: .readMeetings)
        return MeetingList(items: try await MeetingService.list(req.db, unitID: id, year: try year(req)).map(MeetingDTO.init))
    }

    @Sendable func obligations(req: Request) async throws -> MeetingObligations {
        let id = try req.id()
        _ = try await UnitService.find(req.db, try req.principal(), id, for: .readMeetings)
        return try await MeetingService.obligations(req.db, unitID: id, year: try year(req), today: Today.date())
    }

    struct MeetingBody: Content {
        var kind: String?
        var title: String?
        var theme: String?
        var date: String?
        var time: String?
        var location: String?
        var draftContent: String?
        var draftResolution: String?

        var draft: MeetingDraft {
            MeetingDraft(kind: kind, title: title, theme: theme, date: date, time: time, location: location,
                         draftContent: draftContent, draftResolution: draftResolution)
        }
    }

    @Sendable func create(req: Request) async throws -> Response {
        let body = try req.content.decode(MeetingBody.self)
        let m = try await MeetingService.create(req.db, try req.principal(), unitID: try req.id(), draft: body.draft)
        return try await MeetingDTO(m).encodeResponse(status: .created, for: req)
    }

    @Sendable func update(req: Request) async throws -> MeetingDTO {
        let principal = try req.principal()
        let id = try req.id()
        let m = try await MeetingService.editable(req.db, principal, id)
        let b = try req.content.decode(MeetingBody.self)
        let draft = MeetingDraft(kind: b.kind ?? m.kindRaw, title: b.title ?? m.title, theme: b.theme ?? m.theme, date: b.date ?? m.scheduledDate,
                                 time: b.time ?? m.scheduledTime, location: b.location ?? m.location,
                                 draftContent: b.draftContent ?? m.draftContent, draftResolution: b.draftResolution ?? m.draftResolution)
        return MeetingDTO(try await MeetingService.update(req.db, principal, id: id, draft: draft))
    }

    struct PlanBody: Content {
        var year: Int?
        var day: Int?
        var time: String?
        var location: String?
        var themes: [String?]?
    }

    @Sendable func plan(req: Request) async throws -> MeetingList {
        let b = try req.content.decode(PlanBody.self)
        let made = try await MeetingService.planYear(req.db, try req.principal(), unitID: try req.id(), year: b.year ?? Today.date().year,
                                                     day: b.day ?? 5, time: b.time ?? "19:30", location: b.location ?? "",
                                                     themes: b.themes ?? [])
        return MeetingList(items: made.map(MeetingDTO.init))
    }

    struct NotifyResponse: Content {
        let meeting: MeetingDTO
        let late: Bool
        let warning: String?
    }

    @Sendable func notify(req: Request) async throws -> NotifyResponse {
        let (m, late) = try await MeetingService.notify(req.db, try req.principal(), id: try req.id())
        let warning = late ? (req.language == .vi ? "Thông báo muộn: tài liệu phải gửi trước ít nhất 1 ngày." :
                                "Late notice: documents must go out at least 1 day before.") : nil
        return NotifyResponse(meeting: MeetingDTO(m), late: late, warning: warning)
    }

    @Sendable func open(req: Request) async throws -> MeetingDetail {
        let m = try await MeetingService.open(req.db, try req.principal(), id: try req.id())
        return try await Self.detail(req, m)
    }

    @Sendable func end(req: Request) async throws -> MeetingDetail {
        let m = try await MeetingService.end(req.db, try req.principal(), id: try req.id())
        return try await Self.detail(req, m)
    }

    @Sendable func cancel(req: Request) async throws -> MeetingDTO {
        MeetingDTO(try await MeetingService.cancel(req.db, try req.principal(), id: try req.id()))
    }

    struct MinutesBody: Content {
        var startedAt: String?
        var endedAt: String?
        var chairName: String?
        var secretaryName: String?
        var results: String?
        var nextTasks: String?
        var qualityScore: Int?
        var feesCollected: String?
    }

    @Sendable func minutes(req: Request) async throws -> MeetingDTO {
        let b = try req.content.decode(MinutesBody.self)
        return MeetingDTO(try await MeetingService.setMinutes(req.db, try req.principal(), id: try req.id(), facts: .init(
            startedAt: b.startedAt, endedAt: b.endedAt, chairName: b.chairName, secretaryName: b.secretaryName, results: b.results,
            nextTasks: b.nextTasks, qualityScore: b.qualityScore, feesCollected: b.feesCollected)))
    }

    @Sendable func approve(req: Request) async throws -> MeetingDetail {
        let m = try await MinutesService.approve(req.db, try req.principal(), id: try req.id())
        return try await Self.detail(req, m)
    }

    struct AmendBody: Content { var text: String? }

    @Sendable func amend(req: Request) async throws -> Response {
        let b = try req.content.decode(AmendBody.self)
        let r = try await MinutesService.amend(req.db, try req.principal(), id: try req.id(), text: b.text)
        return try await RecordDTO(sequence: r.sequence, kind: r.kind, hash: r.hash, prevHash: r.prevHash, signedBy: r.signedBy,
                                   signedOn: r.signedOn, docNumber: r.docNumber, content: r.content)
            .encodeResponse(status: .created, for: req)
    }

    // MARK: Roll

    struct MarkBody: Content {
        var attendance: String?
        var reason: String?
    }

    @Sendable func mark(req: Request) async throws -> RollEntryDTO {
        let b = try req.content.decode(MarkBody.self)
        return RollEntryDTO(try await MeetingService.mark(req.db, try req.principal(), meetingID: try req.id(), memberID: try req.id("member"),
                                                         attendance: b.attendance, reason: b.reason))
    }


    struct GuestBody: Content {
        var name: String?
        var position: String?
        var fromSuperior: Bool?
    }

    @Sendable func addGuest(req: Request) async throws -> Response {
        let b = try req.content.decode(GuestBody.self)
        let g = try await MeetingService.addGuest(req.db, try req.principal(), meetingID: try req.id(), name: b.name, position: b.position,
                                                  fromSuperior: b.fromSuperior ?? false)
        return try await GuestDTO(g).encodeResponse(status: .created, for: req)
    }

    // MARK: Agenda

    struct ItemBody: Content { var title: String? }

    @Sendable func addItem(req: Request) async throws -> Response {
        let b = try req.content.decode(ItemBody.self)
        let item = try await MeetingService.addAgendaItem(req.db, try req.principal(), meetingID: try req.id(), title: b.title)
        return try await AgendaItemDTO(item).encodeResponse(status: .created, for: req)
    }

    @Sendable func removeItem(req: Request) async throws -> HTTPStatus {
        try await MeetingService.removeAgendaItem(req.db, try req.principal(), meetingID: try req.id(), itemID: try req.id("item"))
        return .noContent
    }

    struct ConclusionBody: Content { var conclusion: String? }

    @Sendable func conclusion(req: Request) async throws -> HTTPStatus {
        let b = try req.content.decode(ConclusionBody.self)
        try await MeetingService.setConclusion(req.db, try req.principal(), meetingID: try req.id(), itemID: try req.id("item"),
                                               conclusion: b.conclusion)
        return .noContent
    }

    struct SpeechBody: Content {
        var memberId: UUID?
        var speaker: String?
        var content: String?
    }

    @Sendable func speech(req: Request) async throws -> Response {
        let b = try req.content.decode(SpeechBody.self)
        let s = try await MeetingService.addSpeech(req.db, try req.principal(), meetingID: try req.id(), itemID: try req.id("item"),
                                                   memberID: b.memberId, speaker: b.speaker, content: b.content)
        return try await SpeechDTO(id: s.id, speaker: s.speaker, memberId: s.$member.id, content: s.content)
            .encodeResponse(status: .created, for: req)
    }

    // MARK: Votes

    struct VoteBody: Content {
        var kind: String?
        var subject: String?
        var subjectMemberId: UUID?
        var mode: String?
    }

    func voteDTO(_ v: Vote, _ req: Request) async throws -> VoteDTO {
        let m = try await Meeting.find(v.$meeting.id, on: req.db)
        return VoteDTO(v, escalateAfter: m.map(VoteService.escalateAfter) ?? 3)
    }

    @Sendable func openVote(req: Request) async throws -> Response {
        let b = try req.content.decode(VoteBody.self)
        let v = try await VoteService.open(req.db, try req.principal(), meetingID: try req.id(), kind: b.kind, subject: b.subject,
                                           subjectMemberID: b.subjectMemberId, mode: b.mode)
        return try await voteDTO(v, req).encodeResponse(status: .created, for: req)
    }

    struct TallyBody: Content {
        var inFavour: Int?
        var against: Int?
        var abstain: Int?
    }

    @Sendable func tally(req: Request) async throws -> VoteDTO {
        let b = try req.content.decode(TallyBody.self)
        guard let f = b.inFavour, let a = b.against else {
            throw DomainError(.invalid, code: "tally.required", vi: "Nhập số tán thành và không tán thành.",
                              en: "Give the numbers in favour and against.", field: "tally")
        }
        let v = try await VoteService.record(req.db, try req.principal(), meetingID: try req.id(), voteID: try req.id("vote"),
                                             tally: Tally(inFavour: f, against: a, abstain: b.abstain ?? 0))
        return try await voteDTO(v, req)
    }

    struct BallotBody: Content { var choice: String? }

    @Sendable func ballot(req: Request) async throws -> HTTPStatus {
        let b = try req.content.decode(BallotBody.self)
        try await VoteService.cast(req.db, try req.principal(), meetingID: try req.id(), voteID: try req.id("vote"), choice: b.choice)
        return .noContent
    }

    @Sendable func closeVote(req: Request) async throws -> VoteDTO {
        try await voteDTO(try await VoteService.close(req.db, try req.principal(), meetingID: try req.id(), voteID: try req.id("vote")), req)
    }

    /// The vote arithmetic alone, on a roll described by the caller: nothing is stored.
    struct CalculateBody: Content {
        var kind: String?
        var date: String?
        var roll: [RollMember]?
        var inFavour: Int?
        var against: Int?
        var abstain: Int?
    }

    struct CalculateResponse: Content {
        let kind: VoteKind
        let base: Int
        let baseExplanation: String
        let votersPresent: Int
        let threshold: String
        let minimumInFavour: Int
        let passed: Bool
        let explanation: String
        let rulebookSource: String
    }

    @Sendable func calculate(req: Request) async throws -> CalculateResponse {
        let b = try req.content.decode(CalculateBody.self)
        guard let kind = b.kind.flatMap(VoteKind.init(rawValue:)) else {
            throw DomainError(.invalid, code: "kind.invalid", vi: "Loại biểu quyết không hợp lệ.", en: "Unknown kind of vote.", field: "kind")
        }
        guard let roll = b.roll, roll.count <= 10_000 else {
            throw DomainError.required("roll", vi: "danh sách đảng viên", en: "roll")
        }
        var date = Today.date()
        if let raw = b.date {
            guard let d = CivilDate(parsing: raw) else { throw DomainError.badDate("date", vi: "Ngày", en: "date") }
            date = d
        }
        let o = try VoteOutcome.decide(kind: kind, roll: roll, tally: Tally(inFavour: b.inFavour ?? 0, against: b.against ?? 0,
                                                                             abstain: b.abstain ?? 0),
                                       rules: Rulebook.inForce(on: date).votes)
        let lang = req.language
        return CalculateResponse(kind: kind, base: o.base.base, baseExplanation: o.base.explanation(lang), votersPresent: o.base.votersPresent,
                                 threshold: o.threshold.label(lang), minimumInFavour: o.minimumInFavour, passed: o.passed,
                                 explanation: o.explanation(lang), rulebookSource: o.rulebookSource)
    }

    // MARK: Attachments

    struct UploadBody: Content { var file: File? }

    @Sendable func upload(req: Request) async throws -> Response {
        let b = try req.content.decode(UploadBody.self)
        guard let file = b.file else {
            throw DomainError(.invalid, code: "file.required", vi: "Chưa gửi tệp (trường file).", en: "No file sent (field file).", field: "file")
        }
        let a = try await AttachmentService.add(req.db, try req.principal(), meetingID: try req.id(), filename: file.filename,
                                                bytes: Array(buffer: file.data))
        return try await AttachmentDTO(a).encodeResponse(status: .created, for: req)
    }

    @Sendable func download(req: Request) async throws -> Response {
        AttachmentService.response(try await AttachmentService.get(req.db, try req.principal(), meetingID: try req.id(),
                                                                   id: try req.id("attachment")))
    }

    // MARK: Statistics

    struct UnitStatistics: Content {
        let unitId: UUID
        let name: String
        let code: String
        let kind: String
        let figures: CellFigures
        let attendancePermille: Int?
    }

    struct PeriodDTO: Content {
        let kind: String
        let from: String
        let to: String
        let label: String
    }

    struct StatisticsResponse: Content {
        let unitId: UUID
        let period: PeriodDTO
        let asOf: String
        let rulebookVersions: [String]
        let total: CellFigures
        let attendancePermille: Int?
        let units: [UnitStatistics]
    }

    @Sendable func statistics(req: Request) async throws -> StatisticsResponse {
        let r = try await StatisticsService.report(req.db, try req.principal(), unitID: try req.id(), period: try StatisticsService.period(req))
        let p = r.period
        return StatisticsResponse(unitId: r.unit.id!, period: PeriodDTO(kind: p.kind.rawValue, from: p.firstDay.iso, to: p.lastDay.iso,
                                                                       label: p.label(req.language)),
                                  asOf: r.today.iso, rulebookVersions: r.rulebookVersions, total: r.total,
                                  attendancePermille: r.total.attendancePermille,
                                  units: r.rows.map { UnitStatistics(unitId: $0.0.id!, name: $0.0.name, code: $0.0.code, kind: $0.0.kind.rawValue,
                                                                     figures: $0.1, attendancePermille: $0.1.attendancePermille) })
    }

    // MARK: Tasks

    struct TaskBody: Content {
        var memberId: UUID?
        var description: String?
        var dueDate: String?
    }

    @Sendable func assign(req: Request) async throws -> Response {
        let b = try req.content.decode(TaskBody.self)
        let t = try await TaskService.assign(req.db, try req.principal(), meetingID: try req.id(), memberID: b.memberId,
                                             description: b.description, dueDate: b.dueDate)
        return try await TaskDTO(t, today: Today.date()).encodeResponse(status: .created, for: req)
    }

    struct CloseTaskBody: Content {
        var outcome: String?
        var report: String?
    }

    @Sendable func closeTask(req: Request) async throws -> TaskDTO {
        let b = try req.content.decode(CloseTaskBody.self)
        return TaskDTO(try await TaskService.close(req.db, try req.principal(), taskID: try req.id(), outcome: b.outcome, report: b.report),
                       today: Today.date())
    }

    struct TaskList: Content { let items: [TaskDTO] }

    @Sendable func unitTasks(req: Request) async throws -> TaskList {
        let id = try req.id()
        _ = try await UnitService.find(req.db, try req.principal(), id, for: .readMeetings)
        let today = Today.date()
        return TaskList(items: try await TaskService.open(req.db, unitID: id).map { TaskDTO($0, today: today) })
    }
}

extension RollMember: Content {}

/// POST /api/v1/meetings/{id}/checkin, outside the token middleware: on a meeting day every member taps
/// at once, so the token's account and the member's roll line are read in the check-in writer's batch,
/// with the other taps of the moment, in one statement. The answers are those of every other route:
/// 401 without a valid token, then the route's own.
struct CheckInAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.post("meetings", ":id", "checkin", use: checkIn)
    }

    struct CheckInBody: Content { var code: String? }

    private static let decoder = JSONDecoder()

    /// The body of a tap sent as JSON, read straight from the request's buffer (the app sends
    /// `application/json`); nil for anything else, which `req.content` then reads or refuses as on
    /// every other route.
    private static func jsonBody(_ req: Request) -> CheckInBody? {
        guard let type = req.headers.first(name: .contentType), type.utf8.starts(with: "application/json".utf8),
              let body = req.body.data else { return nil }
        return try? decoder.decode(CheckInBody.self, from: body)
    }

    @Sendable func checkIn(req: Request) async throws -> RollEntryDTO {
        guard let bearer = req.headers.bearerAuthorization, bearer.token.count <= AccountService.maxTokenLength else {
            throw Abort(.unauthorized)
        }
        let tokenHash = AccountService.hash(bearer.token)
        guard let meetingID = req.parameters.get("id").flatMap(UUID.init(uuidString:)) else {
            guard try await Principal.load(tokenHash: tokenHash, on: req.db) != nil else { throw Abort(.unauthorized) }
            throw DomainError.notFound()
        }
        if let b = Self.jsonBody(req) {
            // The tap is read, checked and written in the check-in writer's next batch.
            switch try await req.application.checkIns.submit(CheckInWriter.Tap(tokenHash: tokenHash, meetingID: meetingID, code: b.code),
                                                             on: req.db) {
            case let .checkedIn(entry): return entry
            case .unauthorized: throw Abort(.unauthorized)
            case let .notWritten(rollID, memberID): return try await MeetingService.checkInNotWritten(req.db, rollID: rollID, memberID: memberID)
            case .ordinary: break
            }
        }
        // Not on the roll, or a body that is not a check-in: the answers of every other route, in their order
        // (401 for a bad token whatever the body, then the route's own).
        guard let caller = try await MeetingService.checkInCaller(req.db, tokenHash: tokenHash, meetingID: meetingID) else {
            throw Abort(.unauthorized)
        }
        let b = try req.content.decode(CheckInBody.self)
        return try await MeetingService.checkIn(req.db, caller, writer: req.application.checkIns, meetingID: meetingID, code: b.code)
    }
}
