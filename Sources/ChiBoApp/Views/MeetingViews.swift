import ChiBoCore
import Vapor

/// Pages of the meeting cycle.
enum MeetingViews {
    static func statusTag(_ s: MeetingStatus, _ ctx: PageContext) -> HTML {
        "<span class=\"tag st-\(s.rawValue)\">\(ctx.label(s))</span>"
    }

    static func dueCell(_ label: String, _ state: DueState, _ ctx: PageContext) -> HTML {
        "<span class=\"due due-\(state.rawValue)\" title=\"\(ctx.label(state))\">\(label)</span>"
    }

    static func obligations(_ ctx: PageContext, _ o: MeetingObligations) -> HTML {
        let months = o.months.map { dueCell("T\($0.month)", $0.state, ctx) }
        let quarters = o.quarters.map { dueCell("Q\($0.quarter): \($0.held)/\($0.required)", $0.state, ctx) }
        let late: HTML =
            o.lateCount > 0
            ? "<p class=\"warn\" id=\"late-count\">\(ctx.t("Quá hạn", "Late")): \(o.lateCount)</p>"
            : "<p id=\"late-count\">\(ctx.t("Không có kỳ sinh hoạt quá hạn.", "Nothing late."))</p>"
        return """
            <div class="obligations" id="obligations"><div class="months">\(months)</div><div class="quarters">\(quarters)</div>\(late)
            <small>\(ctx.t("Xanh: đã sinh hoạt · Vàng: chưa đến hạn · Đỏ: quá hạn", "Green: held · Yellow: due · Red: late"))</small></div>
            """
    }

    static func list(
        _ ctx: PageContext, unit: UnitDTO, year: Int, meetings: [MeetingRow], obligations o: MeetingObligations,
        tasks: [TaskRow], canRun: Bool, errors: [DomainError]
    ) -> HTML {
        let today = ctx.today
        let rows = meetings.map { m -> HTML in
            "<tr class=\"meeting\"><td>\(m.date)<br><small>\(m.time)</small></td><td><a href=\"\(SiteURL.meeting(m.id).path)\">\(m.title)</a><br><small>\(ctx.label(m.kind))</small></td><td>\(statusTag(m.status, ctx))</td></tr>"
        }
        let taskRows = tasks.map { row -> HTML in
            let t = row.task
            return
                "<tr class=\"task\(t.overdue ? " overdue" : "")\"><td>\(t.description)</td><td>\(row.memberName)</td><td>\(t.dueDate)\(t.overdue ? HTML(raw: " <span class=\"tag late\">\(HTML.escape(ctx.t("quá hạn", "overdue")))</span>") : .empty)</td></tr>"
        }
        let kinds = Layout.options(MeetingKind.allCases, selected: MeetingKind.regular.rawValue, ctx)
        let forms: HTML =
            canRun
            ? """
            <details><summary>\(ctx.t("Thêm buổi sinh hoạt", "Schedule a meeting"))</summary>
            <form id="new-meeting" class="stack" method="post" action="\(SiteURL.unitMeetings(unit.id).path)">\(ctx.csrfField)
            \(Layout.field(ctx.t("Loại", "Kind"), "<select name=\"kind\">\(kinds)</select>"))
            \(Layout.field(ctx.t("Chủ đề (sinh hoạt chuyên đề)", "Theme (thematic)"), "<input type=\"text\" name=\"theme\" maxlength=\"300\">"))
            \(Layout.field(ctx.t("Ngày", "Date"), "<input type=\"date\" name=\"date\" required value=\"\(today.iso)\">"))
            \(Layout.field(ctx.t("Giờ", "Time"), "<input type=\"time\" name=\"time\" value=\"19:30\">"))
            \(Layout.field(ctx.t("Địa điểm", "Place"), "<input type=\"text\" name=\"location\" maxlength=\"200\" placeholder=\"Nhà văn hóa thôn\">"))
            <button type="submit">\(ctx.t("Thêm", "Add"))</button></form></details>
            <details><summary>\(ctx.t("Lập kế hoạch sinh hoạt cả năm", "Plan the year"))</summary>
            <form id="plan-year" class="stack" method="post" action="\(SiteURL.unitMeetingsPlan(unit.id).path)">\(ctx.csrfField)
            \(Layout.field(ctx.t("Năm", "Year"), "<input type=\"number\" name=\"year\" min=\"2000\" max=\"2100\" value=\"\(year)\">"))
            \(Layout.field(ctx.t("Ngày sinh hoạt hằng tháng", "Monthly meeting day"), "<input type=\"number\" name=\"day\" min=\"1\" max=\"28\" value=\"5\">"))
            \(Layout.field(ctx.t("Giờ", "Time"), "<input type=\"time\" name=\"time\" value=\"19:30\">"))
            \(Layout.field(ctx.t("Địa điểm", "Place"), "<input type=\"text\" name=\"location\" maxlength=\"200\" placeholder=\"Nhà văn hóa thôn\">"))
            \(Layout.field(ctx.t("Chuyên đề quý I", "Theme, quarter 1"), "<input type=\"text\" name=\"themes[]\" maxlength=\"300\">"))
            \(Layout.field(ctx.t("Chuyên đề quý II", "Theme, quarter 2"), "<input type=\"text\" name=\"themes[]\" maxlength=\"300\">"))
            \(Layout.field(ctx.t("Chuyên đề quý III", "Theme, quarter 3"), "<input type=\"text\" name=\"themes[]\" maxlength=\"300\">"))
            \(Layout.field(ctx.t("Chuyên đề quý IV", "Theme, quarter 4"), "<input type=\"text\" name=\"themes[]\" maxlength=\"300\">"))
            <button type="submit">\(ctx.t("Lập kế hoạch", "Plan"))</button></form></details>
            """ : .empty
        return Layout.page(
            ctx, title: ctx.t("Sinh hoạt chi bộ", "Meetings"),
            """
            <p class="crumbs"><a href="\(SiteURL.unit(unit.id).path)">← \(unit.name)</a></p>
            <h1>\(ctx.t("Sinh hoạt chi bộ năm", "Meetings in")) \(year)</h1>
            <p class="pager"><a href="\(SiteURL.unitMeetings(unit.id, year: year - 1).path)">← \(year - 1)</a> <a href="\(SiteURL.unitMeetings(unit.id, year: year + 1).path)">\(year + 1) →</a></p>
            \(Layout.errors(ctx, errors))
            \(obligations(ctx, o))
            \(forms)
            \(Layout.table(id: "meetings", head: [ctx.t("Ngày", "Date"), ctx.t("Buổi sinh hoạt", "Meeting"), ctx.t("Trạng thái", "Status")], rows: rows))
            <h2>\(ctx.t("Nhiệm vụ đang thực hiện", "Open tasks")) (\(tasks.count))</h2>
            \(Layout.table(id: "open-tasks", head: [ctx.t("Nhiệm vụ", "Task"), ctx.t("Người thực hiện", "Member"), ctx.t("Hạn", "Due")], rows: taskRows))
            """)
    }
}
