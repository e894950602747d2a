import ChiBoCore
import Vapor

/// The monthly reports (trực báo): a unit's page (`ReportsPage`) and one report with its answer.
enum ReportViews {
    static func stateTag(_ ctx: PageContext, _ code: String, daysLate: Int?) -> HTML {
        let state = MonthlyReportState(code: code, daysLate: daysLate) ?? .notYetDue
        let late = state.code == "late" || state == .missing
        return "<span class=\"tag\(late ? " late" : "")\">\(ctx.label(state))</span>"
    }

    static func monthLabel(_ key: String) -> String {
        guard let m = ReportPeriod.YearMonth(parsing: key) else { return key }
        return "\(m.month < 10 ? "0" : "")\(m.month)/\(m.year)"
    }

    static func tally(_ ctx: PageContext, _ t: MonthlyReportTally) -> HTML {
        """
        \(ctx.t("Đúng hạn", "On time")) <strong>\(t.onTime)</strong> · \(ctx.t("nộp muộn", "late")) \(t.late) · \
        \(ctx.t("chưa nộp, quá hạn", "missing")) <strong>\(t.missing)</strong> · \(ctx.t("còn trong hạn", "still in time")) \(t.due)
        """
    }

    static func page(_ ctx: PageContext, _ p: ReportsPage, errors: [DomainError] = [], form: ReportInput? = nil) -> HTML {
        p.isCell ? cellPage(ctx, p, errors: errors, form: form) : committeePage(ctx, p)
    }

    static func cellPage(_ ctx: PageContext, _ p: ReportsPage, errors: [DomainError], form: ReportInput?) -> HTML {
        let title = ctx.t("Trực báo hằng tháng", "Monthly reports")
        let lines = p.months.filter { $0.state != "not_yet_due" }.reversed().map { l -> HTML in
            let link: HTML =
                l.report.map { r in HTML(raw: "<a href=\"\(SiteURL.report(r.id).path)\">\(HTML.escape(ctx.t("Xem", "Open")))</a>") }
                ?? .empty
            return
                "<tr class=\"report-month \(l.state)\"><td>\(monthLabel(l.month))</td><td>\(l.due)</td><td>\(stateTag(ctx, l.state, daysLate: l.daysLate))</td><td>\(link)</td></tr>"
        }
        let writing = p.months.first { $0.month == p.month }?.report
        func value(_ section: MonthlyReportSection) -> String {
            if let form {
                switch section {
                case .membersThinking: return form.membersThinking ?? ""
                case .publicOpinion: return form.publicOpinion ?? ""
                case .hotIssues: return form.hotIssues ?? ""
                case .results: return form.results ?? ""
                case .proposals: return form.proposals ?? ""
                }
            }
            return writing?.text(section) ?? ""
        }
        let sections = MonthlyReportSection.allCases.map { s -> HTML in
            Layout.field(ctx.label(s), "<textarea name=\"\(s.field)\" rows=\"3\" maxlength=\"4000\">\(value(s))</textarea>")
        }
        let open = p.months.filter { $0.state != "not_yet_due" && $0.report?.answer == nil }.map(\.month)
        let options = open.reversed().map { m -> HTML in
            "<option value=\"\(m)\"\(m == (form?.month ?? p.month) ? " selected" : "")>\(monthLabel(m))</option>"
        }
        let submit: HTML =
            p.canSubmit && !open.isEmpty
            ? """
            <h2>\(ctx.t("Gửi báo cáo", "Submit a report"))</h2>
            <form id="report-form" class="stack" method="post" action="\(SiteURL.unitReports(p.unit.id).path)">\(ctx.csrfField)
            \(Layout.field(ctx.t("Tháng báo cáo", "Month"), "<select name=\"month\">\(options)</select>"))
            \(sections)
            \(Layout.field(ctx.t("Số vụ việc nổi cộm", "Pressing incidents"), "<input type=\"number\" name=\"hotIssueCount\" min=\"0\" max=\"999\" inputmode=\"numeric\" value=\"\(form?.hotIssueCount ?? writing.map { String($0.hotIssueCount) } ?? "0")\">"))
            \(Layout.field(ctx.t("Số đề xuất, kiến nghị", "Proposals"), "<input type=\"number\" name=\"proposalCount\" min=\"0\" max=\"999\" inputmode=\"numeric\" value=\"\(form?.proposalCount ?? writing.map { String($0.proposalCount) } ?? "0")\">"))
            <button type="submit">\(ctx.t("Gửi Đảng ủy", "Send to the committee"))</button></form>
            """ : .empty
        return Layout.page(
            ctx, title: title,
            """
            <p class="crumbs"><a href="\(SiteURL.unit(p.unit.id).path)">← \(p.unit.name)</a></p>
            <h1>\(title) · \(p.year)</h1>
            \(Layout.errors(ctx, errors))
            <p id="reports-due">\(ctx.t("Hạn nộp: ngày", "Due on day")) \(p.dueDay) \(ctx.t("hằng tháng (quy định địa phương)", "of each month (local rule)")). \(tally(ctx, p.total))</p>
            \(lines.isEmpty ? .empty : Layout.table(id: "report-months", head: [ctx.t("Tháng", "Month"), ctx.t("Hạn", "Due"), ctx.t("Tình trạng", "State"), ""], rows: Array(lines)))
            \(submit)
            """)
    }

    static func committeePage(_ ctx: PageContext, _ p: ReportsPage) -> HTML {
        let title = ctx.t("Trực báo của các chi bộ", "The cells' monthly reports")
        let month = ReportPeriod.YearMonth(parsing: p.month)!
        let previous = month.adding(months: -1), next = month.adding(months: 1)
        let rows = p.rows.map { r -> HTML in
            let state: HTML
            if r.unit.kind.isCell {
                if let report = r.report {
                    state =
                        "\(stateTag(ctx, report.state, daysLate: report.daysLate)) <a href=\"\(SiteURL.report(report.id).path)\">\(ctx.t("Xem", "Open"))</a>\(report.answer == nil ? .empty : HTML(raw: " <span class=\"tag\">\(HTML.escape(ctx.t("đã trả lời", "answered")))</span>"))"
                } else {
                    state = stateTag(ctx, r.tally.missing > 0 ? "missing" : r.tally.due > 0 ? "due" : "not_yet_due", daysLate: nil)
                }
            } else {
                state = tally(ctx, r.tally)
            }
            return
                "<tr class=\"report-unit\"><td><a href=\"\(SiteURL.unitReports(r.unit.id, month: p.month, q: p.q).path)\">\(r.unit.name)</a></td><td>\(state)</td></tr>"
        }
        let found = p.found.map { r -> HTML in
            "<li><a href=\"\(SiteURL.report(r.id).path)\">\(r.unitName) · \(monthLabel(r.month))</a></li>"
        }
        let results: HTML = p.q == nil ? .empty : searchResults(ctx, p, found: HTML.join(found))
        return Layout.page(
            ctx, title: title,
            """
            <p class="crumbs"><a href="\(SiteURL.unit(p.unit.id).path)">← \(p.unit.name)</a></p>
            <h1>\(title) · \(ctx.t("tháng", "month")) \(monthLabel(p.month))</h1>
            <p class="pager"><a href="\(SiteURL.unitReports(p.unit.id, month: previous.key).path)">← \(monthLabel(previous.key))</a> \
            <a href="\(SiteURL.unitReports(p.unit.id, month: next.key).path)">\(monthLabel(next.key)) →</a></p>
            <p id="reports-summary">\(ctx.t("Hạn nộp: ngày", "Due on day")) \(p.dueDay). \(tally(ctx, p.total))</p>
            \(Layout.table(id: "report-units", head: [ctx.t("Đơn vị", "Unit"), ctx.t("Báo cáo", "Report")], rows: rows))
            <form id="report-search-form" class="stack" method="get" action="\(SiteURL.unitReports(p.unit.id).path)">
            <input type="hidden" name="month" value="\(p.month)">
            \(Layout.field(ctx.t("Tìm trong nội dung báo cáo", "Search the reports"), "<input type=\"search\" name=\"q\" value=\"\(p.q ?? "")\" maxlength=\"100\">"))
            <button type="submit" class="secondary">\(ctx.t("Tìm", "Search"))</button></form>
            \(results)
            """)
    }

    /// What the search found: "Found: 12", "Showing 50/120" or "Showing 50 of more than 50" with the
    /// next page; where a large subtree's search stopped at its bound without filling a page, how far
    /// it looked, the link to search older reports and the advice to search within a unit below.
    static func searchResults(_ ctx: PageContext, _ p: ReportsPage, found: HTML) -> HTML {
        let heading =
            p.foundMoreThanTotal
            ? "\(ctx.t("Hiển thị", "Showing")) \(p.found.count) \(ctx.t("trong số hơn", "of more than")) \(p.foundTotal)"
            : p.foundTotal > p.found.count
                ? "\(ctx.t("Hiển thị", "Showing")) \(p.found.count)/\(p.foundTotal)" : "\(ctx.t("Kết quả tìm", "Found")): \(p.foundTotal)"
        var bound: HTML = .empty
        if let through = p.searchedThrough, let n = p.searchedReports {
            let text = ctx.t(
                "Đã tìm trong \(n) trực báo, đến các trực báo tháng \(monthLabel(through)). Chọn một đơn vị bên dưới để tìm hẹp hơn, hoặc tìm tiếp trong các trực báo cũ hơn.",
                "Searched \(n) reports, back to those of \(monthLabel(through)). Choose a unit below to search within it, or search the older reports."
            )
            bound = "<p id=\"report-search-bound\">\(text)</p>"
        }
        var pager: HTML = .empty
        if let next = p.next {
            let label = p.searchedThrough == nil ? ctx.t("Trang sau", "Next page") : ctx.t("Tìm tiếp", "Search older reports")
            let href = SiteURL.unitReports(p.unit.id, month: p.month, q: p.q, after: next).path
            pager = "<p class=\"pager\"><a id=\"report-search-next\" href=\"\(href)\">\(label) →</a></p>"
        }
        return "<h2 id=\"report-search-total\">\(heading)</h2><ul id=\"report-search\">\(found)</ul>\(bound)\(pager)"
    }

    static func report(_ ctx: PageContext, _ r: ReportDTO, canAnswer: Bool, errors: [DomainError], notice: String?) -> HTML {
        let title = ctx.t("Trực báo tháng", "Monthly report") + " " + monthLabel(r.month)
        let sections = MonthlyReportSection.allCases.compactMap { s -> HTML? in
            r.text(s).map { "<h2>\(ctx.label(s))</h2><p class=\"report-text\">\($0)</p>" }
        }
        let answer: HTML
        if let a = r.answer {
            answer = """
                <h2>\(ctx.t("Đảng ủy trả lời", "The committee's answer"))</h2>
                <p id="report-answer">\(a)</p><p><small>\(r.answeredBy ?? "") · \(r.answeredOn.map { $0.vietnamese } ?? "")</small></p>
                """
        } else if canAnswer {
            answer = """
                <h2>\(ctx.t("Trả lời", "Answer"))</h2>
                <form id="answer-form" class="stack" method="post" action="\(SiteURL.reportAnswer(r.id).path)">\(ctx.csrfField)
                \(Layout.field(ctx.t("Nội dung trả lời của Đảng ủy", "The committee's answer"), "<textarea name=\"answer\" rows=\"4\" maxlength=\"4000\" required></textarea>"))
                <button type="submit">\(ctx.t("Gửi trả lời", "Send the answer"))</button></form>
                """
        } else {
            answer = "<p>\(ctx.t("Đảng ủy chưa trả lời.", "Not answered yet."))</p>"
        }
        return Layout.page(
            ctx, title: title,
            """
            <p class="crumbs"><a href="\(SiteURL.unitReports(r.unitId, month: r.month).path)">← \(r.unitName)</a></p>
            <h1>\(title)</h1>
            \(Layout.errors(ctx, errors))\(Layout.notice(notice))
            <p id="report-state">\(ctx.t("Nộp ngày", "Submitted on")) \(r.submittedOn) (\(ctx.t("hạn", "due")) \(r.due)) \(stateTag(ctx, r.state, daysLate: r.daysLate))</p>
            <p>\(ctx.t("Vụ việc nổi cộm", "Pressing incidents")): \(r.hotIssueCount) · \(ctx.t("đề xuất, kiến nghị", "proposals")): \(r.proposalCount)</p>
            \(sections)
            \(answer)
            """)
    }
}
