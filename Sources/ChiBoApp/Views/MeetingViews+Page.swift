import ChiBoCore
import Vapor

/// GET /meetings/{id}: the meeting page, from its page model (`MeetingPage`).
extension MeetingViews {
    static func page(_ ctx: PageContext, _ p: MeetingPage, errors: [DomainError] = [], notice: String? = nil) -> HTML {
        let m = p.meeting
        let id = m.id
        let editable = p.offers(.prepare)
        let live = p.isLive
        var sections: [HTML] = []

        // Facts
        var facts: [HTML] = [
            "<dt>\(ctx.t("Loại", "Kind"))</dt><dd>\(ctx.label(m.kind))</dd>",
            "<dt>\(ctx.t("Thời gian", "When"))</dt><dd>\(m.time), \(p.date)</dd>",
            "<dt>\(ctx.t("Địa điểm", "Place"))</dt><dd>\(m.location)</dd>",
            "<dt>\(ctx.t("Trạng thái", "Status"))</dt><dd id=\"meeting-status\">\(statusTag(m.status, ctx))</dd>",
        ]
        if let theme = m.theme { facts.append("<dt>\(ctx.t("Chủ đề", "Theme"))</dt><dd>\(theme)</dd>") }
        if let n = m.notifiedOn.flatMap(CivilDate.init(parsing:)) {
            let late: HTML =
                p.noticeLate == true
                ? " <span class=\"tag late\" id=\"notice-late\">\(ctx.t("thông báo muộn", "late notice"))</span>" : .empty
            facts.append("<dt>\(ctx.t("Đã thông báo", "Announced"))</dt><dd>\(n)\(late)</dd>")
        }
        if let s = m.startedAt.flatMap(LocalDateTime.init(parsing:)) {
            facts.append("<dt>\(ctx.t("Bắt đầu", "Started"))</dt><dd>\(s.hhmm)</dd>")
        }
        if let e = m.endedAt.flatMap(LocalDateTime.init(parsing:)) {
            facts.append("<dt>\(ctx.t("Kết thúc", "Ended"))</dt><dd>\(e.hhmm)</dd>")
        }
        if let d = p.duration {
            let flag: HTML =
                d.tooShort
                ? " <span class=\"tag late\" id=\"too-short\">\(ctx.t("ngắn hơn quy định", "shorter than the rule")) (\(d.minimum ?? 0) \(ctx.t("phút", "min")))</span>"
                : .empty
            facts.append("<dt>\(ctx.t("Thời lượng", "Length"))</dt><dd id=\"duration\">\(d.minutes) \(ctx.t("phút", "min"))\(flag)</dd>")
        }
        sections.append("<dl class=\"facts\">\(facts)</dl>")

        // Member's own actions: check in, ballots.
        if let me = p.mine, p.offers(.checkIn) {
            if me.attendance?.attended == true {
                sections.append(
                    "<p class=\"notice\" id=\"checked-in\">\(ctx.t("Bạn đã điểm danh", "You are checked in")): \(ctx.label(me.attendance!))</p>"
                )
            } else {
                sections.append(
                    """
                    <form id="checkin" class="stack" method="post" action="\(SiteURL.meetingAction(id, .checkin).path)">\(ctx.csrfField)
                    \(Layout.field(ctx.t("Mã điểm danh do bí thư đọc", "Check-in code from the secretary"), "<input type=\"text\" name=\"code\" inputmode=\"numeric\" autocomplete=\"off\" required maxlength=\"10\">"))
                    <button type="submit">\(ctx.t("Điểm danh", "Check in"))</button></form>
                    """)
            }
            for v in p.votes where v.status == .open && v.mode == .phones {
                let mine: HTML = p.myBallots[v.id!].map { "<p>\(ctx.t("Bạn đã chọn", "Your vote")): \(ctx.label($0))</p>" } ?? .empty
                sections.append(
                    """
                    <form class="stack ballot" method="post" action="\(SiteURL.vote(id, vote: v.id, .ballot).path)">\(ctx.csrfField)
                    <strong>\(v.subject)</strong>\(mine)
                    <div class="actions"><button name="choice" value="for">\(ctx.t("Tán thành", "For"))</button>
                    <button name="choice" value="against" class="secondary">\(ctx.t("Không tán thành", "Against"))</button>
                    <button name="choice" value="abstain" class="secondary">\(ctx.t("Không biểu quyết", "Abstain"))</button></div></form>
                    """)
            }
        }

        // Secretary: the code to show, and the actions of the status.
        if p.isOpenForCheckIn, let code = p.checkinCode {
            sections.append(
                "<div class=\"code\" id=\"checkin-code\"><small>\(ctx.t("Mã điểm danh", "Check-in code"))</small><div>\(code)</div></div>")
        }
        if editable {
            var actions: [HTML] = []
            func button(_ action: SiteURL.MeetingAction, _ label: String, secondary: Bool = false, id formID: String) -> HTML {
                "<form method=\"post\" id=\"\(formID)\" action=\"\(SiteURL.meetingAction(id, action).path)\">\(ctx.csrfField)<button type=\"submit\"\(secondary ? HTML(raw: " class=\"secondary\"") : .empty)>\(label)</button></form>"
            }
            if p.offers(.notify) {
                actions.append(
                    button(
                        .notify, m.notifiedOn == nil ? ctx.t("Gửi thông báo", "Announce") : ctx.t("Thông báo lại", "Announce again"),
                        id: "notify"))
            }
            if p.offers(.open) { actions.append(button(.open, ctx.t("Bắt đầu buổi sinh hoạt", "Open the meeting"), id: "open")) }
            if p.offers(.cancel) { actions.append(button(.cancel, ctx.t("Hủy", "Cancel"), secondary: true, id: "cancel")) }
            if p.offers(.end) { actions.append(button(.end, ctx.t("Kết thúc buổi sinh hoạt", "End the meeting"), id: "end")) }
            if p.offers(.approve) {
                actions.append(
                    button(.approve, ctx.t("Chi bộ thông qua biên bản (khóa)", "The cell approves the minutes (lock)"), id: "approve"))
            }
            sections.append("<div class=\"actions\">\(actions)</div>")
        }
        sections.append(
            "<div class=\"actions\"><a class=\"button secondary\" href=\"\(SiteURL.meetingFile(id, .invite).path)\" id=\"ics\">\(ctx.t("Thêm vào lịch (.ics)", "Add to calendar (.ics)"))</a><a class=\"button secondary\" href=\"\(SiteURL.meetingFile(id, .print).path)\" id=\"print\">\(ctx.t("Bản in", "Print view"))</a></div>"
        )

        // Preparation
        if editable && p.isBeforeTheMeeting {
            sections.append(
                """
                <details\(HTML.attr("open", m.notifiedOn == nil))><summary>\(ctx.t("Chuẩn bị: nội dung và dự thảo nghị quyết", "Preparation: content and draft resolution"))</summary>
                <form id="meeting-form" class="stack" method="post" action="\(SiteURL.meetingAction(id, .edit).path)">\(ctx.csrfField)
                <input type="hidden" name="kind" value="\(m.kind.rawValue)">
                \(Layout.field(ctx.t("Tiêu đề", "Title"), "<input type=\"text\" name=\"title\" maxlength=\"300\" value=\"\(m.title)\">"))
                \(Layout.field(ctx.t("Chủ đề", "Theme"), "<input type=\"text\" name=\"theme\" maxlength=\"300\" value=\"\(m.theme)\">"))
                \(Layout.field(ctx.t("Ngày", "Date"), "<input type=\"date\" name=\"date\" required value=\"\(m.date)\">"))
                \(Layout.field(ctx.t("Giờ", "Time"), "<input type=\"time\" name=\"time\" value=\"\(m.time)\">"))
                \(Layout.field(ctx.t("Địa điểm", "Place"), "<input type=\"text\" name=\"location\" maxlength=\"200\" value=\"\(m.location)\">"))
                \(Layout.field(ctx.t("Dự kiến nội dung", "Draft content"), "<textarea name=\"draftContent\" rows=\"5\">\(m.draftContent)</textarea>"))
                \(Layout.field(ctx.t("Dự thảo nghị quyết", "Draft resolution"), "<textarea name=\"draftResolution\" rows=\"5\">\(m.draftResolution)</textarea>"))
                <button type="submit">\(ctx.t("Lưu", "Save"))</button></form></details>
                """)
        } else if let draft = m.draftContent {
            sections.append("<h2>\(ctx.t("Nội dung dự kiến", "Draft content"))</h2><p class=\"pre\">\(draft)</p>")
        }

        // Attachments
        let files = p.attachments.map { a -> HTML in
            "<li>\(FileDocumentViews.link(SiteURL.attachment(id, a.id).path, a.filename, size: a.size))</li>"
        }
        let upload: HTML =
            editable
            ? """
            <form id="upload" class="stack" method="post" enctype="multipart/form-data" action="\(SiteURL.meetingAction(id, .attachments).path)">\(ctx.csrfField)
            \(Layout.field(ctx.t("Tệp (PDF, DOCX, JPG, PNG; tối đa 5 MB)", "File (PDF, DOCX, JPG, PNG; 5 MB at most)"), FileDocumentViews.fileField(ctx)))
            <button type="submit">\(ctx.t("Tải lên", "Upload"))</button></form>
            """ : .empty
        sections.append("<h2>\(ctx.t("Tài liệu", "Documents"))</h2><ul id=\"attachments\">\(files)</ul>\(upload)")

        // Roll
        if !p.roll.isEmpty {
            let s = p.attendance
            let rate = s.ratePermille.map { "\($0 / 10),\($0 % 10)%" } ?? "—"
            let rows = p.roll.map { a -> HTML in
                var tags: [HTML] = []
                if a.status == .probationary { tags.append("<span class=\"tag prob\">\(ctx.t("Dự bị", "Prob."))</span>") }
                if a.exempt { tags.append("<span class=\"tag ex\">\(ctx.t("Miễn SH", "Exempt"))</span>") }
                if let t = a.transfer {
                    tags.append(
                        "<span class=\"tag tr\">\(t == .incoming ? ctx.t("SH tạm thời đến", "Visiting") : ctx.t("SH tạm thời đi", "Away"))</span>"
                    )
                }
                let state: HTML
                if editable && live {
                    let key = a.memberId.uuidString.lowercased()
                    let options = AttendanceStatus.allCases.map { st -> HTML in
                        "<option value=\"\(st.rawValue)\"\(HTML.attr("selected", a.attendance == st))>\(ctx.label(st))</option>"
                    }
                    state = """
                        <select name="a.\(key)" form="roll-form" aria-label="\(a.fullName)"><option value="">—</option>\(options)</select>
                        <input type="text" name="r.\(key)" form="roll-form" placeholder="\(ctx.t("Lý do vắng", "Reason"))" value="\(a.reason)" maxlength="300">
                        """
                } else {
                    state = "\(a.attendance.map { ctx.label($0) } ?? "—")\(a.reason.map { HTML(raw: " — " + HTML.escape($0)) } ?? .empty)"
                }
                return "<tr class=\"roll\"><td>\(a.fullName)\(tags)\(a.selfCheckin ? HTML(raw: " ✓") : .empty)</td><td>\(state)</td></tr>"
            }
            sections.append(
                """
                <h2>\(ctx.t("Điểm danh", "Attendance"))</h2>
                <p id="attendance-summary">\(ctx.t("Có mặt", "Present")) \(s.present + s.late)/\(s.expected) (\(rate)) · \(ctx.t("vắng có lý do", "excused")) \(s.excused) · \(ctx.t("vắng không lý do", "unexcused")) \(s.unexcused)</p>
                \(Layout.table(id: "roll", head: [ctx.t("Đảng viên", "Member"), ctx.t("Tình trạng", "Attendance")], rows: rows))
                \(editable && live ? HTML(raw: """
                <form id="roll-form" class="actions" method="post" action="\(SiteURL.meetingAction(id, .attendance).path)">\(ctx.csrfField.raw)
                <button type="submit" name="rest" value="">\(HTML.escape(ctx.t("Lưu điểm danh", "Save attendance")))</button>
                <button type="submit" name="rest" value="present" class="secondary">\(HTML.escape(ctx.t("Lưu, người chưa điểm danh là có mặt", "Save; everyone else present")))</button></form>
                """) : .empty)
                """)
        }

        // Guests
        if live || !p.guests.isEmpty {
            let list = p.guests.map { g -> HTML in
                "<li>\(g.name) — \(g.position)\(g.fromSuperior ? HTML(raw: " <span class=\"tag\">\(HTML.escape(ctx.t("cấp trên", "superior")))</span>") : .empty)</li>"
            }
            let form: HTML =
                editable && live
                ? """
                <form id="add-guest" class="stack" method="post" action="\(SiteURL.meetingAction(id, .guests).path)">\(ctx.csrfField)
                \(Layout.field(ctx.t("Họ tên đại biểu", "Guest name"), "<input type=\"text\" name=\"name\" required maxlength=\"100\">"))
                \(Layout.field(ctx.t("Chức vụ", "Position"), "<input type=\"text\" name=\"position\" maxlength=\"200\">"))
                <label class="inline"><input type="checkbox" name="fromSuperior" value="true"> \(ctx.t("Đại diện cấp ủy cấp trên", "Superior committee's representative"))</label>
                <button type="submit">\(ctx.t("Thêm đại biểu", "Add guest"))</button></form>
                """ : .empty
            sections.append("<h2>\(ctx.t("Đại biểu", "Guests"))</h2><ul id=\"guests\">\(list)</ul>\(form)")
        }

        // Superiors at the meeting, their remarks and evaluations.
        if !p.visits.isEmpty || p.offers(.recordVisit) { sections.append(visitsSection(ctx, p)) }
        // Opinions and petitions raised at the meeting; answers to report back.
        if !p.issues.isEmpty || p.offers(.raiseIssue) { sections.append(IssueViews.meetingSection(ctx, p)) }

        // Carried-over tasks: results of last month's resolution.
        if !p.carriedTasks.isEmpty {
            let items = p.carriedTasks.map { t -> HTML in
                "<li>\(t.description) — \(p.memberNames[t.memberId]), \(ctx.t("hạn", "due")) \(t.dueDate)</li>"
            }
            sections.append(
                "<h2>\(ctx.t("Kết quả thực hiện nhiệm vụ kỳ trước (đang mở)", "Last tasks still open"))</h2><ul id=\"carried-tasks\">\(items)</ul>"
            )
        }

        // Agenda with speeches
        if !p.agenda.isEmpty {
            let rollOptions = p.roll.map { a -> HTML in "<option value=\"\(a.memberId)\">\(a.fullName)</option>" }
            let items = p.agenda.map { item -> HTML in
                let speeches = item.speeches.map { s -> HTML in
                    "<li><strong>\(s.speaker):</strong> \(s.content)</li>"
                }
                let conclusion: HTML =
                    item.conclusion.map { "<p class=\"conclusion\"><em>\(ctx.t("Kết luận", "Conclusion")):</em> \($0)</p>" } ?? .empty
                let forms: HTML =
                    editable && live
                    ? """
                    <details><summary>\(ctx.t("Ghi ý kiến, kết luận", "Record speech, conclusion"))</summary>
                    <form class="stack" method="post" action="\(SiteURL.agendaItem(id, item: item.id, .speeches).path)">\(ctx.csrfField)
                    \(Layout.field(ctx.t("Người phát biểu", "Speaker"), "<select name=\"memberId\"><option value=\"\">\(ctx.t("— đại biểu (ghi tên dưới) —", "— a guest (name below) —"))</option>\(rollOptions)</select>"))
                    <input type="text" name="speaker" placeholder="\(ctx.t("Tên đại biểu", "Guest's name"))" maxlength="150">
                    \(Layout.field(ctx.t("Nội dung", "What was said"), "<textarea name=\"content\" rows=\"3\" required></textarea>"))
                    <button type="submit">\(ctx.t("Ghi", "Record"))</button></form>
                    <form class="stack" method="post" action="\(SiteURL.agendaItem(id, item: item.id, .conclusion).path)">\(ctx.csrfField)
                    \(Layout.field(ctx.t("Kết luận của chủ trì", "Chair's conclusion"), "<textarea name=\"conclusion\" rows=\"2\">\(item.conclusion)</textarea>"))
                    <button type="submit">\(ctx.t("Lưu kết luận", "Save conclusion"))</button></form></details>
                    """ : .empty
                return "<li class=\"agenda-item\"><strong>\(item.title)</strong><ul>\(speeches)</ul>\(conclusion)\(forms)</li>"
            }
            let add: HTML =
                editable
                ? """
                <form id="add-item" class="search" method="post" action="\(SiteURL.meetingAction(id, .agenda).path)">\(ctx.csrfField)
                <input type="text" name="title" required maxlength="500" placeholder="\(ctx.t("Thêm nội dung", "Add an item"))"><button type="submit">+</button></form>
                """ : .empty
            sections.append("<h2>\(ctx.t("Chương trình và diễn biến", "Agenda and proceedings"))</h2><ol id=\"agenda\">\(items)</ol>\(add)")
        }

        // Votes
        if live || !p.votes.isEmpty {
            let rows = p.votes.map { v -> HTML in
                var result: HTML
                if v.status == .closed {
                    let escalate: HTML =
                        v.escalate
                        ? " <span class=\"tag late\">\(ctx.t("không đạt lần \(v.attempt): báo cáo cấp trên", "failed \(v.attempt) times: report upward"))</span>"
                        : .empty
                    result =
                        "<span class=\"tag \(v.passed == true ? "ok" : "late")\">\(v.passed == true ? ctx.t("Thông qua", "Passed") : ctx.t("Không đạt", "Not passed"))</span>\(escalate)<br><small>\(v.explanation ?? "")</small>"
                } else if editable && v.mode == .hands {
                    result = """
                        <form class="tally" method="post" action="\(SiteURL.vote(id, vote: v.id, .tally).path)">\(ctx.csrfField)
                        <label>\(ctx.t("Tán thành", "For"))<input type="number" name="inFavour" min="0" required></label>
                        <label>\(ctx.t("Không tán thành", "Against"))<input type="number" name="against" min="0" required></label>
                        <label>\(ctx.t("Không biểu quyết", "Abstain"))<input type="number" name="abstain" min="0" value="0"></label>
                        <button type="submit">\(ctx.t("Ghi kết quả", "Record"))</button></form>
                        """
                } else if editable {
                    result =
                        "<form method=\"post\" action=\"\(SiteURL.vote(id, vote: v.id, .close).path)\">\(ctx.csrfField)<button type=\"submit\">\(ctx.t("Kết thúc biểu quyết", "Close the vote"))</button></form>"
                } else {
                    result = "\(ctx.t("Đang biểu quyết", "Voting"))"
                }
                return "<tr class=\"vote\"><td>\(v.subject)<br><small>\(ctx.label(v.kind))</small></td><td>\(result)</td></tr>"
            }
            let members = p.roll.map { a -> HTML in "<option value=\"\(a.memberId)\">\(a.fullName)</option>" }
            let form: HTML =
                editable && live
                ? """
                <details><summary>\(ctx.t("Đưa ra biểu quyết", "Put to the vote"))</summary>
                <form id="open-vote" class="stack" method="post" action="\(SiteURL.meetingAction(id, .votes).path)">\(ctx.csrfField)
                \(Layout.field(ctx.t("Loại", "Kind"), "<select name=\"kind\">\(Layout.options(VoteKind.allCases, selected: nil, ctx))</select>"))
                \(Layout.field(ctx.t("Nội dung", "Subject"), "<input type=\"text\" name=\"subject\" maxlength=\"500\" placeholder=\"\(ctx.t("Thông qua nghị quyết tháng", "Adopt the month's resolution"))\">"))
                \(Layout.field(ctx.t("Đảng viên được xét (công nhận, kỷ luật)", "Member concerned (recognition, discipline)"), "<select name=\"subjectMemberId\"><option value=\"\">—</option>\(members)</select>"))
                \(Layout.field(ctx.t("Hình thức", "How"), "<select name=\"mode\"><option value=\"hands\">\(ctx.t("Giơ tay, thư ký ghi", "Show of hands"))</option><option value=\"phones\">\(ctx.t("Đảng viên bấm trên điện thoại", "Members vote on their phones"))</option></select>"))
                <button type="submit">\(ctx.t("Biểu quyết", "Vote"))</button></form></details>
                """ : .empty
            sections.append(
                "<h2>\(ctx.t("Biểu quyết", "Votes"))</h2>\(Layout.table(id: "votes", head: [ctx.t("Nội dung", "Subject"), ctx.t("Kết quả", "Result")], rows: rows))\(form)"
            )
        }

        // Tasks assigned
        if live || !p.tasks.isEmpty {
            let rows = p.tasks.map { t -> HTML in
                "<tr class=\"task\"><td>\(t.description)</td><td>\(p.memberNames[t.memberId])</td><td>\(t.dueDate)</td></tr>"
            }
            let members = p.roll.filter { $0.transfer != .incoming }.map { a -> HTML in
                "<option value=\"\(a.memberId)\">\(a.fullName)</option>"
            }
            let form: HTML =
                editable && live
                ? """
                <details><summary>\(ctx.t("Phân công nhiệm vụ", "Assign a task"))</summary>
                <form id="assign-task" class="stack" method="post" action="\(SiteURL.meetingAction(id, .tasks).path)">\(ctx.csrfField)
                \(Layout.field(ctx.t("Đảng viên", "Member"), "<select name=\"memberId\" required>\(members)</select>"))
                \(Layout.field(ctx.t("Nhiệm vụ", "Task"), "<textarea name=\"description\" rows=\"2\" required maxlength=\"2000\"></textarea>"))
                \(Layout.field(ctx.t("Hạn hoàn thành", "Due"), "<input type=\"date\" name=\"dueDate\" required>"))
                <button type="submit">\(ctx.t("Phân công", "Assign"))</button></form></details>
                """ : .empty
            sections.append(
                "<h2>\(ctx.t("Phân công nhiệm vụ", "Assignments"))</h2>\(Layout.table(id: "tasks", head: [ctx.t("Nhiệm vụ", "Task"), ctx.t("Người thực hiện", "Member"), ctx.t("Hạn", "Due")], rows: rows))\(form)"
            )
        }

        // Minutes facts
        if editable && live {
            let quality = m.qualityScore.map(String.init) ?? ""
            sections.append(
                """
                <h2>\(ctx.t("Biên bản và nghị quyết", "Minutes and resolution"))</h2>
                <form id="minutes-form" class="stack" method="post" action="\(SiteURL.meetingAction(id, .minutes).path)">\(ctx.csrfField)
                \(Layout.field(ctx.t("Chủ trì", "Chair"), "<input type=\"text\" name=\"chairName\" maxlength=\"100\" value=\"\(m.chairName)\">"))
                \(Layout.field(ctx.t("Thư ký", "Meeting secretary"), "<input type=\"text\" name=\"secretaryName\" maxlength=\"100\" value=\"\(m.secretaryName)\">"))
                \(Layout.field(ctx.t("Giờ bắt đầu", "Start"), "<input type=\"time\" name=\"startedAt\" value=\"\(m.startedAt.flatMap(LocalDateTime.init(parsing:))?.hhmm)\">"))
                \(Layout.field(ctx.t("Giờ kết thúc", "End"), "<input type=\"time\" name=\"endedAt\" value=\"\(m.endedAt.flatMap(LocalDateTime.init(parsing:))?.hhmm)\">"))
                \(Layout.field(ctx.t("Đảng phí đã thu", "Party fees collected"), "<input type=\"text\" name=\"feesCollected\" maxlength=\"200\" value=\"\(m.feesCollected)\">"))
                \(Layout.field(ctx.t("I. Kết quả (nghị quyết)", "I. Results (resolution)"), "<textarea name=\"results\" rows=\"4\">\(m.results ?? m.draftResolution)</textarea>"))
                \(Layout.field(ctx.t("II. Nhiệm vụ tháng tới", "II. Next month's tasks"), "<textarea name=\"nextTasks\" rows=\"4\">\(m.nextTasks)</textarea>"))
                \(Layout.field(ctx.t("IV. Tự đánh giá chất lượng (điểm 0–100)", "IV. Self-assessed quality (0–100)"), "<input type=\"number\" name=\"qualityScore\" min=\"0\" max=\"100\" value=\"\(quality)\">"))
                <button type="submit">\(ctx.t("Lưu biên bản", "Save the minutes"))</button></form>
                """)
        }

        // Locked: documents, records, amendments
        if p.status.minutesLocked {
            let recs = p.records.map { r -> HTML in
                "<li><strong>\(ctx.label(r.kind)) #\(r.sequence)</strong> \(r.docNumber ?? "") — \(r.signedBy), \(CivilDate(parsing: r.signedOn))<br><code>\(String(r.hash.prefix(16)))…</code>\(r.kind == .amendment ? HTML(raw: "<p class=\"pre\">" + HTML.escape(amendmentText(r.content)) + "</p>") : .empty)</li>"
            }
            let amend: HTML =
                p.offers(.amend)
                ? """
                <details><summary>\(ctx.t("Đính chính biên bản", "Amend the minutes"))</summary>
                <form id="amend" class="stack" method="post" action="\(SiteURL.meetingAction(id, .amendments).path)">\(ctx.csrfField)
                \(Layout.field(ctx.t("Nội dung đính chính (giữ nguyên bản gốc)", "Correction (the original stays)"), "<textarea name=\"text\" rows=\"3\" required></textarea>"))
                <button type="submit">\(ctx.t("Ký và lưu đính chính", "Sign and save"))</button></form></details>
                """ : .empty
            sections.append(
                """
                <h2>\(ctx.t("Văn bản", "Documents"))</h2>
                <div class="actions"><a class="button" id="minutes-docx" href="\(SiteURL.meetingFile(id, .minutesDocx).path)">\(ctx.t("Biên bản (.docx)", "Minutes (.docx)"))</a>
                <a class="button" id="resolution-docx" href="\(SiteURL.meetingFile(id, .resolutionDocx).path)">\(ctx.t("Nghị quyết (.docx)", "Resolution (.docx)"))</a></div>
                <ul id="records">\(recs)</ul>\(amend)
                """)
        }

        return Layout.page(
            ctx, title: m.title,
            """
            <p class="crumbs"><a href="\(SiteURL.unitMeetings(m.unitId, year: p.date.year).path)">← \(p.unitName)</a></p>
            <h1>\(m.title)</h1>
            \(Layout.notice(notice))
            \(Layout.errors(ctx, errors))
            \(sections)
            """)
    }

    static func amendmentText(_ json: String) -> String {
        (try? JSONDecoder().decode(MinutesService.Amendment.self, from: Data(json.utf8)).text) ?? ""
    }

    /// Superiors at the meeting: who came for which committee, their remarks (in the minutes),
    /// their evaluation on the rubric against the cell's own; the forms for the reader's part.
    static func visitsSection(_ ctx: PageContext, _ p: MeetingPage) -> HTML {
        let id = p.meeting.id
        let items = p.visits.map { v -> HTML in
            var parts: [HTML] = [
                "<strong>\(v.visitorName)</strong>\(v.visitorPosition.isEmpty ? "" : ", " + v.visitorPosition) — \(v.levelName)"
            ]
            if let r = v.remarks { parts.append("<p class=\"remarks\">\(ctx.t("Phát biểu", "Remarks")): \(r)</p>") }
            if let score = v.score, let q = v.quality {
                let flag: HTML =
                    v.comparison?.differs == true
                    ? " <span class=\"tag late\">\(ctx.label(v.comparison!))</span>"
                    : v.comparison.map { " <span class=\"tag\">\(ctx.label($0))</span>" } ?? .empty
                parts.append(
                    "<p class=\"evaluation\">\(ctx.t("Cấp trên đánh giá", "Superior's evaluation")): <strong>\(score)</strong>/\(MeetingEvaluation.fullMarks) · \(ctx.label(q))\(flag)</p>"
                )
                if let a = v.assessment { parts.append("<p>\(a)</p>") }
            }
            if let t = v.takenUp { parts.append("<p>\(ctx.t("Tiếp thu, trả lời", "Taken up")): \(t)</p>") }
            if p.evaluable.contains(v.id), p.offers(.evaluateVisit) { parts.append(evaluationForm(ctx, id, v)) }
            return "<li class=\"visit\" id=\"visit-\(v.id.uuidString)\">\(parts)</li>"
        }
        var form: HTML = .empty
        if p.offers(.recordVisit) {
            let levels = p.visitLevels.map { u -> HTML in "<option value=\"\(u.id?.uuidString ?? "")\">\(u.name)</option>" }
            form = """
                <form id="record-visit" class="stack" method="post" action="\(SiteURL.meetingAction(id, .visits).path)">\(ctx.csrfField)
                \(Layout.field(ctx.t("Họ tên", "Name"), "<input type=\"text\" name=\"name\" maxlength=\"100\" value=\"\(ctx.principal?.displayName ?? "")\">"))
                \(Layout.field(ctx.t("Chức vụ", "Position"), "<input type=\"text\" name=\"position\" maxlength=\"200\">"))
                \(Layout.field(ctx.t("Dự với tư cách", "Attending for"), "<select name=\"levelUnitId\">\(levels)</select>"))
                \(Layout.field(ctx.t("Phát biểu chỉ đạo (ghi vào biên bản)", "Remarks (go into the minutes)"), "<textarea name=\"remarks\" rows=\"4\" maxlength=\"4000\"></textarea>"))
                <button type="submit">\(ctx.t("Ghi nhận tôi dự sinh hoạt", "Record my attendance"))</button></form>
                """
        }
        return """
            <h2>\(ctx.t("Cấp trên dự sinh hoạt", "Superiors at the meeting"))</h2>
            <ul id="visits">\(items)</ul>\(form)
            """
    }

    static func evaluationForm(_ ctx: PageContext, _ id: UUID?, _ v: VisitDTO) -> HTML {
        let fields = RubricCriterion.allCases.map { c -> HTML in
            let value = v.points?[c.rawValue].map(String.init) ?? ""
            return Layout.field(
                "\(ctx.label(c)) (0–\(c.maxPoints))",
                "<input type=\"number\" name=\"\(c.rawValue)\" min=\"0\" max=\"\(c.maxPoints)\" inputmode=\"numeric\" required value=\"\(value)\">"
            )
        }
        return """
            <details\(v.score == nil ? " open" : "")><summary>\(ctx.t("Đánh giá buổi sinh hoạt", "Evaluate the meeting"))</summary>
            <form class="stack evaluate-visit" method="post" action="\(SiteURL.visitEvaluation(id, visit: v.id).path)">\(ctx.csrfField)
            \(fields)
            \(Layout.field(ctx.t("Nhận xét", "Assessment"), "<textarea name=\"assessment\" rows=\"3\" maxlength=\"4000\">\(v.assessment ?? "")</textarea>"))
            \(Layout.field(ctx.t("Tiếp thu, trả lời", "Taken up"), "<textarea name=\"takenUp\" rows=\"2\" maxlength=\"4000\">\(v.takenUp ?? "")</textarea>"))
            <button type="submit">\(ctx.t("Lưu đánh giá", "Save evaluation"))</button></form></details>
            """
    }
}
