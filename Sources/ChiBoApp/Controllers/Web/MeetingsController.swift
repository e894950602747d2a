import Fluent
import Vapor
import ChiBoCore

/// /units/{id}/meetings and /meetings/{id}: the meeting cycle in the browser.
struct MeetingsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("units", ":id", "meetings", use: list)
        routes.post("units", ":id", "meetings", use: create)
        routes.post("units", ":id", "meetings", "plan", use: plan)
        let m = routes.grouped("meetings", ":id")
        m.get(use: show)
        m.post("edit", use: edit)
        m.post("notify", use: notify)
        m.post("open", use: open)
        m.post("end", use: end)
        m.post("cancel", use: cancel)
        m.post("approve", use: approve)
        m.post("minutes", use: minutes)
        m.post("amendments", use: amend)
        m.post("checkin", use: checkIn)
        m.post("guests", use: guest)
        m.post("agenda", use: addItem)
        m.post("attendance", use: markAll)
        m.post("attendance", ":member", use: mark)
        m.post("agenda", ":item", "speeches", use: speech)
        m.post("agenda", ":item", "conclusion", use: conclusion)
        m.post("votes", use: openVote)
        m.post("votes", ":vote", "tally", use: tally)
        m.post("votes", ":vote", "close", use: closeVote)
        m.post("votes", ":vote", "ballot", use: ballot)
        m.post("tasks", use: assign)
        m.get("print", use: printView)
        m.get("minutes.docx", use: minutesDocx)
        m.get("resolution.docx", use: resolutionDocx)
        m.get("invite.ics", use: invite)
        m.on(.POST, "attachments", body: .collect(maxSize: "6mb"), use: upload)
        m.get("attachments", ":attachment", use: download)
        routes.post("tasks", ":id", "close", use: closeTask)
    }

    @Sendable func printView(req: Request) async throws -> HTMLPage {
        let id = try req.id()
        let c = try await MeetingDocuments.context(req.db, try req.principal(), meetingID: id)
        return HTMLPage(OfficialDocumentView.page(await req.pageContext(), title: c.snapshot.meeting.title,
                                                  documents: [MeetingDocuments.minutes(c), MeetingDocuments.resolution(c)],
                                                  back: Paths.meeting(id)))
    }

    @Sendable func minutesDocx(req: Request) async throws -> Response {
        try await Self.docx(req, kind: "bien-ban")
    }

    @Sendable func resolutionDocx(req: Request) async throws -> Response {
        try await Self.docx(req, kind: "nghi-quyet")
    }

    static func docx(_ req: Request, kind: String) async throws -> Response {
        let c = try await MeetingDocuments.context(req.db, try req.principal(), meetingID: try req.id())
        let doc = kind == "bien-ban" ? MeetingDocuments.minutes(c) : MeetingDocuments.resolution(c)
        let bytes = MeetingDocuments.docx(doc, date: doc.date)
        return Downloads.file(bytes, type: AttachmentRules.Kind.docx.mimeType, name: MeetingDocuments.filename(kind, c))
    }

    @Sendable func invite(req: Request) async throws -> Response {
        try await Self.ics(req)
    }

    static func ics(_ req: Request) async throws -> Response {
        let m = try await MeetingService.find(req.db, try req.principal(), try req.id())
        let unit = try await OrgUnit.find(m.$unit.id, on: req.db)
        return Downloads.file(Array(MeetingDocuments.ics(m, unitName: unit?.name ?? "").utf8), type: "text/calendar; charset=utf-8",
                              name: "sinh-hoat-\(m.scheduledDate).ics")
    }

    struct UploadForm: Content {
        var file: File?
    }

    @Sendable func upload(req: Request) async throws -> Response {
        let form = try req.content.decode(UploadForm.self)
        return try await act(req) { p, id in
            guard let file = form.file else {
                throw DomainError(.invalid, code: "file.required", vi: "Chưa chọn tệp.", en: "No file chosen.", field: "file")
            }
            _ = try await AttachmentService.add(req.db, p, meetingID: id, filename: file.filename, bytes: Array(buffer: file.data))
            return nil
        }
    }

    @Sendable func download(req: Request) async throws -> Response {
        AttachmentService.response(try await AttachmentService.get(req.db, try req.principal(), meetingID: try req.id(),
                                                                   id: try req.id("attachment")))
    }

    // MARK: List

    func renderList(_ req: Request, unitID: UUID, year: Int?, errors: [DomainError] = []) async throws -> HTMLPage {
        let principal = try req.principal()
        let unit = try await UnitService.find(req.db, principal, unitID, for: .readMeetings)
        let y = year ?? Today.date().year
        let canRun = try await Scope.allows(principal, .runMeetings, unit: unitID, on: req.db) && unit.kind.isCell
        return HTMLPage(MeetingViews.list(await req.pageContext(), unit: unit, year: y,
                                          meetings: try await MeetingService.list(req.db, unitID: unitID, year: y),
                                          obligations: try await MeetingService.obligations(req.db, unitID: unitID, year: y, today: Today.date()),
                                          tasks: try await TaskService.open(req.db, unitID: unitID), canRun: canRun, errors: errors),
                        status: errors.isEmpty ? .ok : .unprocessableEntity)
    }

    @Sendable func list(req: Request) async throws -> HTMLPage {
        let year = (try? req.query.get(Int.self, at: "year")).flatMap { (2000...2100).contains($0) ? $0 : nil }
        return try await renderList(req, unitID: try req.id(), year: year)
    }

    struct MeetingForm: Content {
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
        let unitID = try req.id()
        let form = try req.content.decode(MeetingForm.self)
        switch try await req.attempt({ try await MeetingService.create(req.db, try req.principal(), unitID: unitID, draft: form.draft) }) {
        case .success(let m): return req.redirect(to: Paths.meeting(m.id))
        case .failure(let f): return try await renderList(req, unitID: unitID, year: nil, errors: f.errors).encodeResponse(for: req)
        }
    }

    struct PlanForm: Content {
        var year: Int?
        var day: Int?
        var time: String?
        var location: String?
        var theme1: String?
        var theme2: String?
        var theme3: String?
        var theme4: String?
    }

    @Sendable func plan(req: Request) async throws -> Response {
        let unitID = try req.id()
        let form = try req.content.decode(PlanForm.self)
        let year = form.year ?? Today.date().year
        switch try await req.attempt({
            try await MeetingService.planYear(req.db, try req.principal(), unitID: unitID, year: year, day: form.day ?? 5,
                                              time: form.time ?? "19:30", location: form.location ?? "",
                                              themes: [form.theme1, form.theme2, form.theme3, form.theme4])
        }) {
        case .success: return req.redirect(to: Paths.unitMeetings(unitID, year: year))
        case .failure(let f): return try await renderList(req, unitID: unitID, year: year, errors: f.errors).encodeResponse(for: req)
        }
    }

    // MARK: The meeting page

    func render(_ req: Request, _ id: UUID, errors: [DomainError] = [], notice: String? = nil) async throws -> HTMLPage {
        let principal = try req.principal()
        let m = try await MeetingService.find(req.db, principal, id)
        guard let unit = try await OrgUnit.find(m.$unit.id, on: req.db) else { throw DomainError.notFound() }
        let rules = Rulebook.inForce(on: m.date ?? Today.date())
        let roll = try await MeetingService.roll(req.db, meetingID: id)
        var duration: DurationCheck?
        if let s = m.startedAt.flatMap(LocalDateTime.init(parsing:)), let e = m.endedAt.flatMap(LocalDateTime.init(parsing:)) {
            duration = .check(kind: m.kind, minutes: e.minutesSinceEpoch - s.minutesSinceEpoch, rules: rules.meetings)
        }
        let noticeLate = m.notifiedOn.flatMap(CivilDate.init(parsing:)).flatMap { n in
            m.date.map { NoticeRules.isLate(notified: n, meeting: $0, rules: rules.meetings) }
        } ?? false
        let votes = try await VoteService.votes(req.db, meetingID: id)
        var myBallots: [UUID: String] = [:]
        if let memberID = principal.memberID {
            for b in try await MemberVote.query(on: req.db).filter(\.$member.$id == memberID).filter(\.$vote.$id ~~ votes.compactMap(\.id)).all() {
                myBallots[b.$vote.id] = b.choice
            }
        }
        // Tasks of earlier meetings still open: "results of last month's resolution".
        let carried = m.status == .locked ? [] : try await TaskService.open(req.db, unitID: unit.id!).filter { $0.$meeting.id != id }
        let page = MeetingViews.Page(
            meeting: m, unit: unit, roll: roll, summary: AttendanceSummary.compute(roll.map(\.rollMember)),
            guests: try await MeetingGuest.query(on: req.db).filter(\.$meeting.$id == id).all(),
            agenda: try await MeetingService.agenda(req.db, meetingID: id), votes: votes,
            tasks: try await TaskService.forMeeting(req.db, meetingID: id), carriedTasks: carried,
            attachments: try await AttachmentService.list(req.db, meetingID: id),
            records: try await MinutesService.records(req.db, meetingID: id), duration: duration, noticeLate: noticeLate,
            canRun: try await Scope.allows(principal, .runMeetings, unit: unit.id!, on: req.db),
            myRow: roll.first { $0.$member.id == principal.memberID }, myBallots: myBallots,
            escalateAfter: rules.votes.escalateAfterFailures, errors: errors, notice: notice)
        return HTMLPage(MeetingViews.page(await req.pageContext(), page), status: errors.isEmpty ? .ok : .unprocessableEntity)
    }

    @Sendable func show(req: Request) async throws -> HTMLPage {
        try await render(req, try req.id())
    }

    /// Runs an action from the meeting page; its errors are shown on the page.
    func act(_ req: Request, notice: String? = nil, _ body: @escaping (Principal, UUID) async throws -> String?) async throws -> Response {
        let principal = try req.principal()
        let id = try req.id()
        switch try await req.attempt({ try await body(principal, id) }) {
        case .success(let message):
            if let message = message ?? notice {
                return try await render(req, id, notice: message).encodeResponse(for: req)
            }
            return req.redirect(to: Paths.meeting(id))
        case .failure(let f):
            return try await render(req, id, errors: f.errors).encodeResponse(for: req)
        }
    }

    @Sendable func edit(req: Request) async throws -> Response {
        let form = try req.content.decode(MeetingForm.self)
        return try await act(req) { p, id in _ = try await MeetingService.update(req.db, p, id: id, draft: form.draft); return nil }
    }

    @Sendable func notify(req: Request) async throws -> Response {
        try await act(req) { p, id in
            let (_, late) = try await MeetingService.notify(req.db, p, id: id)
            return late ? req.language == .vi ? "Đã thông báo, nhưng muộn: tài liệu phải gửi trước ít nhất 1 ngày."
                : "Announced, but late: documents must go out at least a day before."
                : req.language == .vi ? "Đã thông báo tới đảng viên và đại diện cấp ủy cấp trên." : "Members and the superior's representative are notified."
        }
    }

    @Sendable func open(req: Request) async throws -> Response {
        try await act(req) { p, id in _ = try await MeetingService.open(req.db, p, id: id); return nil }
    }

    @Sendable func end(req: Request) async throws -> Response {
        try await act(req) { p, id in _ = try await MeetingService.end(req.db, p, id: id); return nil }
    }

    @Sendable func cancel(req: Request) async throws -> Response {
        try await act(req) { p, id in _ = try await MeetingService.cancel(req.db, p, id: id); return nil }
    }

    @Sendable func approve(req: Request) async throws -> Response {
        try await act(req) { p, id in _ = try await MinutesService.approve(req.db, p, id: id); return nil }
    }

    struct MinutesForm: Content {
        var startedAt: String?
        var endedAt: String?
        var chairName: String?
        var secretaryName: String?
        var results: String?
        var nextTasks: String?
        var qualityScore: String?
        var feesCollected: String?
    }

    @Sendable func minutes(req: Request) async throws -> Response {
        let f = try req.content.decode(MinutesForm.self)
        return try await act(req) { p, id in
            var score: Int?
            if let raw = f.qualityScore?.trimmingCharacters(in: .whitespaces), !raw.isEmpty {
                guard let s = Int(raw) else {
                    throw DomainError(.invalid, code: "qualityScore.invalid", vi: "Điểm chất lượng là số từ 0 đến 100.",
                                      en: "The quality score is a number from 0 to 100.", field: "qualityScore")
                }
                score = s
            }
            _ = try await MeetingService.setMinutes(req.db, p, id: id, facts: .init(
                startedAt: f.startedAt, endedAt: f.endedAt, chairName: f.chairName, secretaryName: f.secretaryName, results: f.results,
                nextTasks: f.nextTasks, qualityScore: score, feesCollected: f.feesCollected))
            return nil
        }
    }

    struct TextForm: Content {
        var text: String?
        var code: String?
        var title: String?
        var conclusion: String?
        var choice: String?
    }

    @Sendable func amend(req: Request) async throws -> Response {
        let f = try req.content.decode(TextForm.self)
        return try await act(req) { p, id in _ = try await MinutesService.amend(req.db, p, id: id, text: f.text); return nil }
    }

    @Sendable func checkIn(req: Request) async throws -> Response {
        let f = try req.content.decode(TextForm.self)
        return try await act(req) { p, id in
            _ = try await MeetingService.checkIn(req.db, p, writer: req.application.checkIns, meetingID: id, code: f.code)
            return req.language == .vi ? "Đã điểm danh." : "Checked in."
        }
    }

    struct GuestForm: Content {
        var name: String?
        var position: String?
        var fromSuperior: String?
    }

    @Sendable func guest(req: Request) async throws -> Response {
        let f = try req.content.decode(GuestForm.self)
        return try await act(req) { p, id in
            _ = try await MeetingService.addGuest(req.db, p, meetingID: id, name: f.name, position: f.position,
                                                  fromSuperior: f.fromSuperior == "true" || f.fromSuperior == "on")
            return nil
        }
    }

    @Sendable func addItem(req: Request) async throws -> Response {
        let f = try req.content.decode(TextForm.self)
        return try await act(req) { p, id in _ = try await MeetingService.addAgendaItem(req.db, p, meetingID: id, title: f.title); return nil }
    }

    struct MarkForm: Content {
        var attendance: String?
        var reason: String?
    }

    @Sendable func mark(req: Request) async throws -> Response {
        let f = try req.content.decode(MarkForm.self)
        let member = try req.id("member")
        return try await act(req) { p, id in
            _ = try await MeetingService.mark(req.db, p, meetingID: id, memberID: member, attendance: f.attendance, reason: f.reason)
            return nil
        }
    }

    @Sendable func markAll(req: Request) async throws -> Response {
        let fields = try req.content.decode([String: String].self)
        var entries: [(UUID, String?, String?)] = []
        for (key, value) in fields where key.hasPrefix("a.") {
            guard let member = UUID(uuidString: String(key.dropFirst(2))) else { continue }
            entries.append((member, value, fields["r." + key.dropFirst(2)]))
        }
        return try await act(req) { p, id in
            try await MeetingService.markMany(req.db, p, meetingID: id, entries: entries, restPresent: fields["rest"] == "present")
            return nil
        }
    }

    struct SpeechForm: Content {
        var memberId: String?
        var speaker: String?
        var content: String?
    }

    @Sendable func speech(req: Request) async throws -> Response {
        let f = try req.content.decode(SpeechForm.self)
        let item = try req.id("item")
        return try await act(req) { p, id in
            _ = try await MeetingService.addSpeech(req.db, p, meetingID: id, itemID: item, memberID: f.memberId.flatMap { UUID(uuidString: $0) },
                                                   speaker: f.speaker, content: f.content)
            return nil
        }
    }

    @Sendable func conclusion(req: Request) async throws -> Response {
        let f = try req.content.decode(TextForm.self)
        let item = try req.id("item")
        return try await act(req) { p, id in
            try await MeetingService.setConclusion(req.db, p, meetingID: id, itemID: item, conclusion: f.conclusion)
            return nil
        }
    }

    struct VoteForm: Content {
        var kind: String?
        var subject: String?
        var subjectMemberId: String?
        var mode: String?
        var inFavour: String?
        var against: String?
        var abstain: String?
    }

    @Sendable func openVote(req: Request) async throws -> Response {
        let f = try req.content.decode(VoteForm.self)
        return try await act(req) { p, id in
            _ = try await VoteService.open(req.db, p, meetingID: id, kind: f.kind, subject: f.subject,
                                           subjectMemberID: f.subjectMemberId.flatMap { UUID(uuidString: $0) }, mode: f.mode)
            return nil
        }
    }

    @Sendable func tally(req: Request) async throws -> Response {
        let f = try req.content.decode(VoteForm.self)
        let vote = try req.id("vote")
        return try await act(req) { p, id in
            func n(_ s: String?, _ field: String) throws -> Int {
                let t = (s ?? "").trimmingCharacters(in: .whitespaces)
                if t.isEmpty && field == "abstain" { return 0 }
                guard let v = Int(t) else {
                    throw DomainError(.invalid, code: "tally.invalid", vi: "Số phiếu phải là số nguyên.", en: "Vote counts are whole numbers.",
                                      field: field)
                }
                return v
            }
            _ = try await VoteService.record(req.db, p, meetingID: id, voteID: vote,
                                             tally: Tally(inFavour: try n(f.inFavour, "inFavour"), against: try n(f.against, "against"),
                                                          abstain: try n(f.abstain, "abstain")))
            return nil
        }
    }

    @Sendable func closeVote(req: Request) async throws -> Response {
        let vote = try req.id("vote")
        return try await act(req) { p, id in _ = try await VoteService.close(req.db, p, meetingID: id, voteID: vote); return nil }
    }

    @Sendable func ballot(req: Request) async throws -> Response {
        let f = try req.content.decode(TextForm.self)
        let vote = try req.id("vote")
        return try await act(req) { p, id in
            try await VoteService.cast(req.db, p, meetingID: id, voteID: vote, choice: f.choice)
            return req.language == .vi ? "Đã ghi nhận biểu quyết của bạn." : "Your vote is recorded."
        }
    }

    struct TaskForm: Content {
        var memberId: String?
        var description: String?
        var dueDate: String?
        var outcome: String?
        var report: String?
        var back: String?
    }

    @Sendable func assign(req: Request) async throws -> Response {
        let f = try req.content.decode(TaskForm.self)
        return try await act(req) { p, id in
            _ = try await TaskService.assign(req.db, p, meetingID: id, memberID: f.memberId.flatMap { UUID(uuidString: $0) },
                                             description: f.description, dueDate: f.dueDate)
            return nil
        }
    }

    @Sendable func closeTask(req: Request) async throws -> Response {
        let principal = try req.principal()
        let f = try req.content.decode(TaskForm.self)
        let task = try await TaskService.close(req.db, principal, taskID: try req.id(), outcome: f.outcome, report: f.report)
        return req.redirect(to: Paths.safeBack(f.back) ?? Paths.member(task.$member.id))
    }
}
