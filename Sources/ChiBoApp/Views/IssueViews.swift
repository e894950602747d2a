import ChiBoCore
import Vapor

/// Opinions and petitions raised at meetings: the meeting's section, an issue's page with its
/// trail, and a unit's list (`IssuesPage`).
enum IssueViews {
    static func statusTag(_ ctx: PageContext, _ i: IssueDTO) -> HTML {
        let overdue: HTML = i.overdue ? " <span class=\"tag late\">\(ctx.t("quá hạn trả lời", "answer overdue"))</span>" : .empty
        return "<span class=\"tag\">\(ctx.label(i.status))</span>\(overdue)"
    }

    static func item(_ ctx: PageContext, _ i: IssueDTO) -> HTML {
        """
        <a href="\(SiteURL.issue(i.id).path)">\(i.text)</a><br><small>\(i.raisedBy.map { $0 + " · " } ?? "")\(ctx.label(i.topic)) · \
        \(ctx.label(i.responder))\(i.status == .open ? " · " + ctx.t("hạn", "due") + " " + i.due.vietnamese : "")</small> \(statusTag(ctx, i))
        """
    }

    /// The meeting's section: what was raised at it, the form to record another, and the answers
    /// to report back to the cell at it.
    static func meetingSection(_ ctx: PageContext, _ p: MeetingPage) -> HTML {
        let id = p.meeting.id
        let list = p.issues.map { i -> HTML in "<li class=\"issue\">\(item(ctx, i))</li>" }
        var form: HTML = .empty
        if p.offers(.raiseIssue) {
            let members = p.roll.map { r -> HTML in "<option value=\"\(r.memberId.uuidString)\">\(r.fullName)</option>" }
            form = """
                <details><summary>\(ctx.t("Ghi ý kiến, kiến nghị", "Record an opinion"))</summary>
                <form id="raise-issue" class="stack" method="post" action="\(SiteURL.meetingAction(id, .issues).path)">\(ctx.csrfField)
                \(Layout.field(ctx.t("Nội dung ý kiến, kiến nghị", "The opinion or petition"), "<textarea name=\"text\" rows=\"3\" maxlength=\"2000\" required></textarea>"))
                \(Layout.field(ctx.t("Của", "From"), "<select name=\"origin\">\(Layout.options(IssueOrigin.allCases, selected: IssueOrigin.member.rawValue, ctx))</select>"))
                \(Layout.field(ctx.t("Đảng viên nêu", "Raised by member"), "<select name=\"memberId\"><option value=\"\">—</option>\(members)</select>"))
                \(Layout.field(ctx.t("Hoặc họ tên người nêu", "Or the name of who raised it"), "<input type=\"text\" name=\"raisedBy\" maxlength=\"100\">"))
                \(Layout.field(ctx.t("Lĩnh vực", "Concerns"), "<select name=\"topic\">\(Layout.options(IssueTopic.allCases, selected: IssueTopic.other.rawValue, ctx))</select>"))
                \(Layout.field(ctx.t("Nơi trả lời", "To be answered by"), "<select name=\"responder\">\(Layout.options(IssueResponder.allCases, selected: IssueResponder.cell.rawValue, ctx))</select>"))
                <button type="submit">\(ctx.t("Ghi ý kiến", "Record"))</button></form></details>
                """
        }
        var report: HTML = .empty
        if !p.issuesToReport.isEmpty {
            let items = p.issuesToReport.map { i -> HTML in
                """
                <li class="to-report">\(item(ctx, i))
                <form class="report-issue" method="post" action="\(SiteURL.issueSteps(i.id).path)">\(ctx.csrfField)
                <input type="hidden" name="kind" value="reported"><input type="hidden" name="meetingId" value="\(id?.uuidString ?? "")">
                <button type="submit" class="secondary">\(ctx.t("Đã thông báo lại tại buổi này", "Reported back at this meeting"))</button></form></li>
                """
            }
            report =
                "<h3>\(ctx.t("Trả lời cần thông báo lại chi bộ", "Answers to report back"))</h3><ul id=\"issues-to-report\">\(items)</ul>"
        }
        return """
            <h2>\(ctx.t("Ý kiến, kiến nghị", "Opinions and petitions"))</h2>
            <ul id="issues">\(list)</ul>\(form)\(report)
            """
    }

    /// One issue: its trail, and what its holder may do next.
    static func page(_ ctx: PageContext, _ p: IssuePage, errors: [DomainError] = []) -> HTML {
        let i = p.issue
        let title = ctx.t("Ý kiến, kiến nghị", "Opinion or petition")
        let steps = (i.steps ?? []).map { s -> HTML in
            let kind = IssueStep.Kind(code: s.kind, responder: s.responder)
            return
                "<li class=\"step\">\(s.date) — \(kind.map { ctx.label($0) } ?? s.kind)\(s.note.map { HTML(raw: "<br>" + HTML.escape($0)) } ?? .empty)</li>"
        }
        var actions: [HTML] = []
        if !p.escalateTo.isEmpty {
            actions.append(
                """
                <form id="escalate-issue" class="stack" method="post" action="\(SiteURL.issueSteps(i.id).path)">\(ctx.csrfField)
                <input type="hidden" name="kind" value="escalated">
                \(Layout.field(ctx.t("Chuyển lên", "Pass up to"), "<select name=\"responder\">\(Layout.options(p.escalateTo, selected: p.escalateTo.first?.rawValue, ctx))</select>"))
                \(Layout.field(ctx.t("Lý do", "Why"), "<input type=\"text\" name=\"note\" maxlength=\"2000\">"))
                <button type="submit" class="secondary">\(ctx.t("Chuyển lên cấp trên", "Pass up"))</button></form>
                """)
        }
        if p.canAnswer {
            actions.append(
                """
                <form id="answer-issue" class="stack" method="post" action="\(SiteURL.issueSteps(i.id).path)">\(ctx.csrfField)
                <input type="hidden" name="kind" value="answered">
                \(Layout.field(ctx.t("Trả lời của", "Answer of") + " " + ctx.label(i.responder), "<textarea name=\"note\" rows=\"3\" maxlength=\"2000\" required></textarea>"))
                \(Layout.field(ctx.t("Ngày trả lời", "Answered on"), "<input type=\"date\" name=\"date\" value=\"\(ctx.today.iso)\" max=\"\(ctx.today.iso)\">"))
                <button type="submit">\(ctx.t("Ghi trả lời", "Record the answer"))</button></form>
                """)
        }
        return Layout.page(
            ctx, title: title,
            """
            <p class="crumbs"><a href="\(SiteURL.meeting(i.meetingId).path)">← \(i.unitName) · \(i.raisedOn)</a></p>
            <h1>\(title)</h1>
            \(Layout.errors(ctx, errors))
            <p id="issue-text">\(i.text)</p>
            <p id="issue-state">\(statusTag(ctx, i)) · \(ctx.t("Nơi trả lời", "Answered by")): <strong>\(ctx.label(i.responder))</strong> · \
            \(ctx.t("hạn", "due")) \(i.due)\(i.answerDays.map { HTML(raw: " · " + HTML.escape(ctx.t("trả lời sau", "answered in")) + " \($0) " + HTML.escape(ctx.t("ngày làm việc", "working days"))) } ?? .empty)</p>
            <p>\(i.raisedBy.map { $0 + " · " } ?? "")\(ctx.label(i.origin)) · \(ctx.label(i.topic))</p>
            <h2>\(ctx.t("Quá trình giải quyết", "Its course"))</h2>
            <ol id="issue-steps">\(steps)</ol>
            \(actions)
            """)
    }

    /// "Showing 100/250", or "the latest 100 of more than 100" where a large subtree's are not counted.
    static func shown(_ ctx: PageContext, _ p: IssuesPage) -> HTML {
        if p.moreThanTotal {
            return HTML(
                raw: "<p id=\"issues-shown\">\(HTML.escape(ctx.t("Hiển thị", "Showing"))) \(p.issues.count) "
                    + "\(HTML.escape(ctx.t("trong số hơn", "of more than"))) \(p.total)</p>")
        }
        guard p.total > p.issues.count else { return .empty }
        return HTML(raw: "<p id=\"issues-shown\">\(HTML.escape(ctx.t("Hiển thị", "Showing"))) \(p.issues.count)/\(p.total)</p>")
    }

    /// A unit's issues: its figures and the list, overdue first.
    static func list(_ ctx: PageContext, _ p: IssuesPage) -> HTML {
        let title = ctx.t("Ý kiến, kiến nghị", "Opinions and petitions")
        let o = p.figures
        let filters = [
            ("open", ctx.t("Đang chờ trả lời", "Open")), ("answered", ctx.t("Chờ thông báo lại", "To report back")),
            ("closed", ctx.t("Đã xong", "Closed")), ("all", ctx.t("Tất cả", "All")),
        ]
        .map { k, label -> HTML in
            k == p.status ? "<strong>\(label)</strong>" : "<a href=\"\(SiteURL.unitIssues(p.unit.id, status: k).path)\">\(label)</a>"
        }
        let rows = p.issues.map { i -> HTML in
            "<tr class=\"issue\(i.overdue ? " late" : "")\"><td>\(item(ctx, i))</td><td>\(i.unitName)</td><td>\(i.raisedOn)</td></tr>"
        }
        let average = o.issueAnswerTenths.map { "\($0 / 10),\($0 % 10)" } ?? "—"
        return Layout.page(
            ctx, title: title,
            """
            <p class="crumbs"><a href="\(SiteURL.unit(p.unit.id).path)">← \(p.unit.name)</a></p>
            <h1>\(title)</h1>
            <p id="issues-summary">\(ctx.t("Năm", "Year")) \(p.year): \(ctx.t("đã nêu", "raised")) <strong>\(o.issuesRaised)</strong>, \
            \(ctx.t("chuyển lên cấp trên", "passed up")) \(o.issuesEscalated), \(ctx.t("đã trả lời", "answered")) \(o.issuesAnswered) \
            (\(ctx.t("bình quân", "on average")) \(average) \(ctx.t("ngày làm việc", "working days"))), \(ctx.t("đã thông báo lại", "reported back")) \(o.issuesClosed). \
            \(ctx.t("Đang chờ trả lời", "Open now")): <strong>\(o.issuesOpen)</strong>, \(ctx.t("quá hạn", "overdue")) <strong>\(o.issuesOverdue)</strong>.</p>
            <p class="pager">\(HTML.join(filters, separator: " · "))</p>
            \(p.issues.isEmpty ? HTML(raw: "<p>\(HTML.escape(ctx.t("Không có ý kiến nào.", "None.")))</p>") : Layout.table(id: "issue-list", head: [ctx.t("Ý kiến", "Opinion"), ctx.t("Chi bộ", "Cell"), ctx.t("Ngày nêu", "Raised")], rows: rows))
            \(shown(ctx, p))
            """)
    }
}
