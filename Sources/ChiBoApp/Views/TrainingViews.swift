import ChiBoCore
import Vapor

/// Training and contests for cell secretaries: a unit's year (`TrainingPage`), a course
/// (`CoursePage`), a contest (`ContestPage`), and the section of a member's page (`MemberTraining`).
enum TrainingViews {
    static func list(
        _ ctx: PageContext, _ p: TrainingPage, errors: [DomainError] = [], course: CourseInput? = nil, contest: ContestInput? = nil
    ) -> HTML {
        let title = ctx.t("Bồi dưỡng, hội thi", "Training and contests")
        let y = p.year
        let f = p.figures
        let untrainedRows = p.untrained.map { s -> HTML in
            """
            <tr class="untrained"><td><a href="\(SiteURL.member(s.memberId).path)">\(s.fullName)</a><br><small>\(ctx.label(s.office))</small></td>\
            <td>\(s.cellName)</td><td>\(s.lastTrainedOn.map { $0.vietnamese } ?? ctx.t("Chưa có", "None"))</td></tr>
            """
        }
        let untrained: HTML =
            p.untrained.isEmpty && p.untrainedCut
            ? "<p id=\"untrained-none\">\(ctx.t("Ở các chi bộ đã xem, mọi bí thư, phó bí thư đều đã được bồi dưỡng trong \(p.recentYears) năm qua.", "In the cells looked at, every secretary and deputy has been trained in the last \(p.recentYears) years."))</p>"
            : p.untrained.isEmpty
                ? "<p id=\"untrained-none\">\(ctx.t("Mọi bí thư, phó bí thư chi bộ đều đã được bồi dưỡng trong \(p.recentYears) năm qua.", "Every cell secretary and deputy has been trained in the last \(p.recentYears) years."))</p>"
                : Layout.table(
                    id: "untrained", head: [ctx.t("Họ và tên", "Name"), ctx.t("Chi bộ", "Cell"), ctx.t("Lần gần nhất", "Last course")],
                    rows: untrainedRows)
        // Above a commune: at most a page, from some of the cells; each sub-unit's page lists its own.
        let cut: HTML =
            p.untrainedCut
            ? "<p id=\"untrained-cut\" class=\"muted\">\(ctx.t("Danh sách chỉ gồm một phần (tối đa \(TrainingPage.pageSize) người, ở một số chi bộ). Mở trang bồi dưỡng của từng đơn vị trực thuộc dưới đây để xem đủ danh sách.", "This list is only a part (at most \(TrainingPage.pageSize) people, in some of the cells). Open a sub-unit's training page below to see its whole list."))</p>"
            : .empty
        let subRows = p.subUnits.map { u -> HTML in
            """
            <tr class="training-subunit"><td><a href="\(SiteURL.unitTraining(u.unitId, year: y).path)">\(u.name)</a></td>\
            <td class="num">\(u.cells)</td><td class="num">\(u.figures.completed)</td>\
            <td class="num">\(u.figures.contestEntrants) (\(u.figures.contestPrizes))</td></tr>
            """
        }
        let subUnits: HTML =
            p.subUnits.isEmpty
            ? .empty
            : """
            <h2>\(ctx.t("Đơn vị trực thuộc", "Sub-units"))</h2>
            \(Layout.table(id: "training-subunits", head: [ctx.t("Đơn vị", "Unit"), ctx.t("Chi bộ", "Cells"), ctx.t("Hoàn thành bồi dưỡng", "Courses completed"), ctx.t("Dự thi (đạt giải)", "Entrants (prizes)")], rows: subRows))
            """
        let counted: String = p.secretaries.map { "\(p.untrained.count)/\($0)" } ?? "\(p.untrained.count)\(p.untrainedCut ? "+" : "")"
        let courseRows = p.courses.map { c -> HTML in
            """
            <tr class="course"><td><a href="\(SiteURL.course(c.id).path)">\(c.topic)</a><br><small>\(c.startOn) – \(c.endOn) · \(c.organiser)</small></td>\
            <td class="num">\(c.completed)/\(c.attendees)</td></tr>
            """
        }
        let contestRows = p.contests.map { c -> HTML in
            """
            <tr class="contest"><td><a href="\(SiteURL.contest(c.id).path)">\(c.name)</a><br><small>\(c.startOn) – \(c.endOn)</small></td>\
            <td class="num">\(c.entrants) (\(c.prizes))</td></tr>
            """
        }
        let none = HTML(raw: "<p>\(HTML.escape(ctx.t("Chưa có.", "None yet.")))</p>")
        var forms: HTML = .empty
        if p.canManage {
            let kind = course?.kind ?? CourseKind.partyWork.rawValue
            forms = """
                <h2>\(ctx.t("Thêm", "Add"))</h2>
                <details\(course == nil ? "" : " open")><summary>\(ctx.t("Thêm lớp bồi dưỡng, tập huấn", "Add a course"))</summary>
                <form id="new-course" class="stack" method="post" action="\(SiteURL.unitCourses(p.unit.id).path)">\(ctx.csrfField)
                \(Layout.field(ctx.t("Loại lớp", "Kind"), "<select name=\"kind\">\(Layout.options(CourseKind.allCases, selected: kind, ctx))</select>"))
                \(Layout.field(ctx.t("Chủ đề", "Topic"), "<input type=\"text\" name=\"topic\" maxlength=\"\(CourseDraft.maxTopicLength)\" required value=\"\(course?.topic ?? "")\">"))
                \(Layout.field(ctx.t("Đơn vị tổ chức", "Organiser"), "<input type=\"text\" name=\"organiser\" maxlength=\"\(CourseDraft.maxOrganiserLength)\" required value=\"\(course?.organiser ?? p.unit.name)\">"))
                \(Layout.field(ctx.t("Địa điểm", "Location"), "<input type=\"text\" name=\"location\" maxlength=\"\(CourseDraft.maxLocationLength)\" value=\"\(course?.location ?? "")\">"))
                \(Layout.field(ctx.t("Khai giảng", "First day"), "<input type=\"date\" name=\"startOn\" required value=\"\(course?.startOn ?? "")\">"))
                \(Layout.field(ctx.t("Kết thúc", "Last day"), "<input type=\"date\" name=\"endOn\" required value=\"\(course?.endOn ?? "")\">"))
                <button type="submit">\(ctx.t("Thêm lớp", "Add the course"))</button></form></details>
                <details\(contest == nil ? "" : " open")><summary>\(ctx.t("Thêm hội thi", "Add a contest"))</summary>
                <form id="new-contest" class="stack" method="post" action="\(SiteURL.unitContests(p.unit.id).path)">\(ctx.csrfField)
                <input type="hidden" name="year" value="\(y)">
                \(Layout.field(ctx.t("Tên hội thi", "Name"), "<input type=\"text\" name=\"name\" maxlength=\"\(ContestDraft.maxNameLength)\" required value=\"\(contest?.name ?? "Hội thi Bí thư chi bộ giỏi năm \(y)")\">"))
                \(Layout.field(ctx.t("Từ ngày", "From"), "<input type=\"date\" name=\"startOn\" required value=\"\(contest?.startOn ?? "")\">"))
                \(Layout.field(ctx.t("Đến ngày", "To"), "<input type=\"date\" name=\"endOn\" required value=\"\(contest?.endOn ?? "")\">"))
                <button type="submit">\(ctx.t("Thêm hội thi", "Add the contest"))</button></form></details>
                """
        }
        return Layout.page(
            ctx, title: title,
            """
            <p class="crumbs"><a href="\(SiteURL.unit(p.unit.id).path)">← \(p.unit.name)</a></p>
            <h1>\(title) · \(y)</h1>
            <p class="pager"><a href="\(SiteURL.unitTraining(p.unit.id, year: y - 1).path)">← \(y - 1)</a> \
            <a href="\(SiteURL.unitTraining(p.unit.id, year: y + 1).path)">\(y + 1) →</a></p>
            \(Layout.errors(ctx, errors))
            <p id="training-summary">\(ctx.t("Lượt hoàn thành bồi dưỡng", "Courses completed")): <strong>\(f.completed)</strong> · \
            \(ctx.t("lượt dự thi", "contest entries")) \(f.contestEntrants), \(ctx.t("đạt giải", "with a prize")) \(f.contestPrizes)</p>
            <h2>\(ctx.t("Bí thư, phó bí thư chưa được bồi dưỡng", "Secretaries without training")) (\(p.recentYears) \(ctx.t("năm qua", "years"))): \
            <span id="untrained-count">\(counted)</span></h2>
            \(untrained)\(cut)
            \(subUnits)
            <h2>\(ctx.t("Lớp bồi dưỡng, tập huấn", "Courses"))</h2>
            \(p.courses.isEmpty ? none : Layout.table(id: "course-list", head: [ctx.t("Lớp", "Course"), ctx.t("Hoàn thành", "Completed")], rows: courseRows))
            <h2>\(ctx.t("Hội thi", "Contests"))</h2>
            \(p.contests.isEmpty ? none : Layout.table(id: "contest-list", head: [ctx.t("Hội thi", "Contest"), ctx.t("Dự thi (đạt giải)", "Entrants (prizes)")], rows: contestRows))
            \(forms)
            """)
    }

    /// The boxes of secretaries and deputies, and a list of the other members, to add to a course or contest.
    static func candidates(_ ctx: PageContext, _ all: [TrainingCandidate], others: Bool) -> HTML {
        let officers = all.filter { $0.office != nil }.map { c -> HTML in
            """
            <label class="inline"><input type="checkbox" name="members[]" value="\(c.id)"> \(c.fullName) <small>\(c.office.map { ctx.label($0) } ?? "") · \(c.cellName)</small></label>
            """
        }
        let rest = all.filter { $0.office == nil }.map { c -> HTML in "<option value=\"\(c.id)\">\(c.fullName) · \(c.cellName)</option>" }
        let box: HTML =
            officers.isEmpty
            ? .empty
            : "<fieldset id=\"candidate-officers\"><legend>\(ctx.t("Bí thư, phó bí thư chi bộ", "Cell secretaries and deputies"))</legend>\(officers)</fieldset>"
        let select: HTML =
            others && !rest.isEmpty
            ? Layout.field(
                ctx.t("Đảng viên khác", "Another member"),
                "<select name=\"members[]\"><option value=\"\">—</option>\(rest)</select>") : .empty
        return "\(box)\(select)"
    }

    /// The people a search found (`ChoiceSearch`), each a box to tick.
    static func found(_ ctx: PageContext, _ all: [TrainingCandidate]) -> HTML {
        let items = all.map { c -> HTML in
            """
            <label class="inline"><input type="checkbox" name="members[]" value="\(c.id)"> \(c.fullName) <small>\(c.office.map { ctx.label($0) + " · " } ?? "")\(c.cellName)</small></label>
            """
        }
        return "<fieldset id=\"candidate-results\"><legend>\(ctx.t("Kết quả tìm kiếm", "Search results"))</legend>\(items)</fieldset>"
    }

    /// A course's or a contest's whole list of whom to add (a small unit), with the adding form:
    /// `form` is its id and action, `button` its label.
    static func listed(
        _ ctx: PageContext, _ all: [TrainingCandidate], others: Bool, summary: String, form: (id: String, action: String),
        button: String, open: Bool
    ) -> HTML {
        """
        <details\(open ? " open" : "")><summary>\(summary)</summary>
        <form id="\(form.id)" class="stack" method="post" action="\(form.action)">\(ctx.csrfField)
        \(candidates(ctx, all, others: others))
        <button type="submit">\(button)</button></form></details>
        """
    }

    /// A course's or a contest's search of whom to add (`ChoiceSearch`), with the form adding those
    /// found; `form` is the adding form's id and action, `button` its label.
    static func searched(
        _ ctx: PageContext, _ s: ChoiceSearch, _ found: [TrainingCandidate], page: String, summary: String, placeholder: String,
        help: String, none: String, form: (id: String, action: String), button: String, open: Bool
    ) -> HTML {
        let results: HTML =
            found.isEmpty
            ? (s.q == nil ? .empty : "<p id=\"candidate-none\">\(none)</p>")
            : """
            <form id="\(form.id)" class="stack" method="post" action="\(form.action)">\(ctx.csrfField)
            \(Self.found(ctx, found))
            <button type="submit">\(button)</button></form>
            """
        return """
            <details id="candidate-search-box"\(open || s.q != nil ? " open" : "")><summary>\(summary)</summary>
            \(ChoiceSearchViews.form(ctx, id: "candidate-search", action: page, search: s, placeholder: placeholder, help: help))
            \(results)</details>
            """
    }

    static func course(_ ctx: PageContext, _ p: CoursePage, errors: [DomainError] = []) -> HTML {
        let c = p.course
        let items = p.attendees.map { a -> HTML in
            let certificate: HTML =
                a.certificateNumber.map { n in
                    " · \(ctx.t("chứng nhận số", "certificate no.")) \(n)\(a.certificateDate.map { d in HTML(raw: " \(HTML.escape(ctx.t("ngày", "of"))) \(d.vietnamese)") } ?? .empty)"
                } ?? .empty
            let state: HTML =
                a.completed
                ? "<span class=\"tag ok\">\(ctx.t("Hoàn thành", "Completed"))</span>\(certificate)"
                : "<span class=\"tag\">\(ctx.t("Chưa hoàn thành", "Not completed"))</span>"
            let form: HTML =
                p.canManage && p.ended
                ? """
                <details class="result"\(a.completed ? "" : " open")><summary>\(ctx.t("Kết quả, chứng nhận", "Result, certificate"))</summary>
                <form class="stack attendance-result" method="post" action="\(SiteURL.courseAttendee(c.id, member: a.memberId).path)">\(ctx.csrfField)
                <label class="check"><input type="checkbox" name="completed" value="true"\(HTML.attr("checked", a.completed))> \(ctx.t("Hoàn thành lớp học", "Completed the course"))</label>
                \(Layout.field(ctx.t("Số chứng nhận", "Certificate no."), "<input type=\"text\" name=\"certificateNumber\" maxlength=\"\(CourseAttendance.maxCertificateLength)\" value=\"\(a.certificateNumber ?? "")\">"))
                \(Layout.field(ctx.t("Ngày cấp", "Dated"), "<input type=\"date\" name=\"certificateDate\" min=\"\(c.endOn.iso)\" max=\"\(ctx.today.iso)\" value=\"\(a.certificateDate?.iso ?? "")\">"))
                <button type="submit" class="small">\(ctx.t("Lưu", "Save"))</button></form></details>
                """ : .empty
            return """
                <li class="attendee"><a href="\(SiteURL.member(a.memberId).path)">\(a.fullName)</a> <small>\(a.cellName)</small> — \(state)\(form)</li>
                """
        }
        let add: HTML =
            p.canManage && p.candidateSearch != nil
            ? searched(
                ctx, p.candidateSearch!, p.candidates, page: SiteURL.course(c.id).path, summary: ctx.t("Thêm học viên", "Add attendees"),
                placeholder: ctx.t("Họ tên hoặc số thẻ đảng viên", "Name or party card number"),
                help: ctx.t(
                    "Các chi bộ trực thuộc có nhiều đảng viên nên không liệt kê hết: gõ họ tên (có dấu hoặc không dấu) hoặc số thẻ đảng viên để tìm người cần thêm; mỗi lần hiện tối đa \(SubtreeChoice.results) người, bí thư, phó bí thư chi bộ trước.",
                    "The cells below have too many members to list: type a name (with or without diacritics) or a party card number to find whom to add; at most \(SubtreeChoice.results) people are shown at a time, cell secretaries and deputies first."
                ),
                none: ctx.t("Không tìm thấy đảng viên nào khớp ở các chi bộ trực thuộc.", "No member of the cells below matches."),
                form: ("add-attendees", SiteURL.courseAttendees(c.id).path), button: ctx.t("Thêm vào lớp", "Add to the course"),
                open: !errors.isEmpty)
            : p.canManage && !p.candidates.isEmpty
                ? listed(
                    ctx, p.candidates, others: true, summary: ctx.t("Thêm học viên", "Add attendees"),
                    form: ("add-attendees", SiteURL.courseAttendees(c.id).path), button: ctx.t("Thêm vào lớp", "Add to the course"),
                    open: !errors.isEmpty) : .empty
        let notEnded: HTML =
            p.canManage && !p.ended
            ? "<p id=\"course-not-ended\">\(ctx.t("Lớp học chưa kết thúc; ghi nhận hoàn thành và chứng nhận từ ngày", "The course has not ended; completion and certificates from")) \(c.endOn).</p>"
            : .empty
        return Layout.page(
            ctx, title: c.topic,
            """
            <p class="crumbs"><a href="\(SiteURL.unitTraining(c.unitId, year: c.year).path)">← \(c.unitName) · \(c.year)</a></p>
            <h1>\(c.topic)</h1>
            \(Layout.errors(ctx, errors))
            <p id="course-kind">\(ctx.label(c.kind))</p>
            <dl class="facts"><dt>\(ctx.t("Đơn vị tổ chức", "Organiser"))</dt><dd>\(c.organiser)</dd>\
            \(c.location.map { l in HTML(raw: "<dt>\(HTML.escape(ctx.t("Địa điểm", "Location")))</dt><dd>\(HTML.escape(l))</dd>") } ?? .empty)\
            <dt>\(ctx.t("Thời gian", "When"))</dt><dd>\(c.startOn) – \(c.endOn)</dd>\
            <dt>\(ctx.t("Hoàn thành", "Completed"))</dt><dd id="course-completed">\(c.completed)/\(c.attendees)</dd></dl>
            <h2>\(ctx.t("Học viên", "Attendees"))</h2>
            \(p.attendees.isEmpty ? HTML(raw: "<p>\(HTML.escape(ctx.t("Chưa có học viên.", "No attendees yet.")))</p>") : .empty)
            <ul id="attendees" class="people">\(items)</ul>
            \(notEnded)
            \(add)
            """)
    }

    static func contest(_ ctx: PageContext, _ p: ContestPage, errors: [DomainError] = []) -> HTML {
        let c = p.contest
        let items = p.entrants.map { e -> HTML in
            let result: HTML =
                e.prize.map { prize in
                    HTML(raw: "<span class=\"tag\(prize.isPrize ? " ok" : "")\">\(HTML.escape(ctx.label(prize)))</span>")
                } ?? "<span class=\"tag\">\(ctx.t("Chưa có kết quả", "No result yet"))</span>"
            let note: HTML = e.note.map { "<br><small>\($0)</small>" } ?? .empty
            let form: HTML =
                p.canManage && p.ended
                ? """
                <details class="result"\(e.prize == nil ? " open" : "")><summary>\(ctx.t("Ghi kết quả", "Record the result"))</summary>
                <form class="stack entrant-result" method="post" action="\(SiteURL.contestEntrant(c.id, member: e.memberId).path)">\(ctx.csrfField)
                \(Layout.field(ctx.t("Kết quả", "Result"), "<select name=\"prize\">\(Layout.options(ContestPrize.allCases, selected: e.prize?.rawValue, ctx, blank: "—"))</select>"))
                \(Layout.field(ctx.t("Ghi chú", "Note"), "<input type=\"text\" name=\"note\" maxlength=\"\(TrainingRules.maxNoteLength)\" value=\"\(e.note ?? "")\">"))
                <button type="submit" class="small">\(ctx.t("Lưu", "Save"))</button></form></details>
                """ : .empty
            return """
                <li class="entrant"><a href="\(SiteURL.member(e.memberId).path)">\(e.fullName)</a> <small>\(ctx.label(e.office)) · \(e.cellName)</small> — \(result)\(note)\(form)</li>
                """
        }
        let add: HTML =
            p.canManage && p.candidateSearch != nil
            ? searched(
                ctx, p.candidateSearch!, p.candidates, page: SiteURL.contest(c.id).path, summary: ctx.t("Thêm thí sinh", "Add entrants"),
                placeholder: ctx.t("Họ tên, số thẻ, tên hoặc mã chi bộ", "Name, card number, cell's name or code"),
                help: ctx.t(
                    "Có nhiều chi bộ trực thuộc nên không liệt kê hết bí thư, phó bí thư: gõ họ tên hoặc số thẻ đảng viên của người dự thi, hoặc tên, mã chi bộ (ví dụ \"thôn Nà Thuôn\") để hiện bí thư, phó bí thư của chi bộ đó; mỗi lần hiện tối đa \(SubtreeChoice.results) người.",
                    "There are too many cells below to list every secretary and deputy: type the entrant's name or party card number, or a cell's name or code, to show that cell's secretary and deputy; at most \(SubtreeChoice.results) people are shown at a time."
                ),
                none: ctx.t(
                    "Không tìm thấy bí thư, phó bí thư chi bộ nào khớp ở các chi bộ trực thuộc.",
                    "No secretary or deputy of the cells below matches."),
                form: ("add-entrants", SiteURL.contestEntrants(c.id).path), button: ctx.t("Thêm thí sinh", "Add the entrants"),
                open: !errors.isEmpty)
            : p.canManage && !p.candidates.isEmpty
                ? listed(
                    ctx, p.candidates, others: false, summary: ctx.t("Thêm thí sinh", "Add entrants"),
                    form: ("add-entrants", SiteURL.contestEntrants(c.id).path), button: ctx.t("Thêm thí sinh", "Add the entrants"),
                    open: !errors.isEmpty) : .empty
        let notEnded: HTML =
            p.canManage && !p.ended
            ? "<p id=\"contest-not-ended\">\(ctx.t("Hội thi chưa kết thúc; ghi kết quả từ ngày", "The contest has not ended; results from")) \(c.endOn).</p>"
            : .empty
        return Layout.page(
            ctx, title: c.name,
            """
            <p class="crumbs"><a href="\(SiteURL.unitTraining(c.unitId, year: c.year).path)">← \(c.unitName) · \(c.year)</a></p>
            <h1>\(c.name)</h1>
            \(Layout.errors(ctx, errors))
            <dl class="facts"><dt>\(ctx.t("Thời gian", "When"))</dt><dd>\(c.startOn) – \(c.endOn)</dd>\
            <dt>\(ctx.t("Thí sinh", "Entrants"))</dt><dd id="contest-entrants">\(c.entrants)</dd>\
            <dt>\(ctx.t("Đạt giải", "Prizes"))</dt><dd id="contest-prizes">\(c.prizes)</dd></dl>
            <h2>\(ctx.t("Thí sinh và kết quả", "Entrants and results"))</h2>
            \(p.entrants.isEmpty ? HTML(raw: "<p>\(HTML.escape(ctx.t("Chưa có thí sinh.", "No entrants yet.")))</p>") : .empty)
            <ul id="entrants" class="people">\(items)</ul>
            \(notEnded)
            \(add)
            """)
    }

    /// The member page's section: the member's courses and contests.
    static func memberSection(_ ctx: PageContext, _ t: MemberTraining) -> HTML {
        let courses = t.courses.map { c -> HTML in
            let topic: HTML = c.readable ? "<a href=\"\(SiteURL.course(c.courseId).path)\">\(c.topic)</a>" : "\(c.topic)"
            let state: HTML =
                c.completed
                ? "\(ctx.t("Hoàn thành", "Completed"))\(c.certificateNumber.map { n in HTML(raw: HTML.escape(", " + ctx.t("chứng nhận số", "certificate no.") + " " + n)) } ?? .empty)"
                : "\(ctx.t("Chưa hoàn thành", "Not completed"))"
            return
                "<li class=\"member-course\">\(topic)<br><small>\(c.startOn) – \(c.endOn) · \(c.organiser)</small><br>\(state)</li>"
        }
        let contests = t.contests.map { c -> HTML in
            let name: HTML = c.readable ? "<a href=\"\(SiteURL.contest(c.contestId).path)\">\(c.name)</a>" : "\(c.name)"
            return
                "<li class=\"member-contest\">\(name) — \(c.prize.map { ctx.label($0) } ?? ctx.t("chưa có kết quả", "no result yet"))</li>"
        }
        let warn: HTML =
            t.withoutTraining
            ? "<p class=\"warn\" id=\"needs-training\">\(ctx.t("Chưa được bồi dưỡng trong \(t.recentYears) năm qua.", "No training in the last \(t.recentYears) years."))</p>"
            : .empty
        let empty: HTML =
            t.courses.isEmpty && t.contests.isEmpty
            ? "<p>\(ctx.t("Chưa tham gia lớp bồi dưỡng, hội thi nào.", "No course or contest yet."))</p>" : .empty
        return """
            <h2>\(ctx.t("Bồi dưỡng, hội thi", "Training and contests"))</h2>
            \(warn)\(empty)
            \(courses.isEmpty ? HTML.empty : "<ul id=\"member-courses\">\(courses)</ul>")
            \(contests.isEmpty ? HTML.empty : "<ul id=\"member-contests\">\(contests)</ul>")
            """
    }
}
