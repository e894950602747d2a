import ChiBoCore
import Vapor

/// Inspection and supervision: a unit's plan for a year (`InspectionsPage`) and one item (`InspectionPage`).
enum InspectionViews {
    static func statusTag(_ ctx: PageContext, _ s: InspectionStatus) -> HTML {
        "<span class=\"tag\(s == .concluded ? " late" : "")\">\(ctx.label(s))</span>"
    }

    static func list(_ ctx: PageContext, _ p: InspectionsPage, errors: [DomainError] = []) -> HTML {
        let title = ctx.t("Kiểm tra, giám sát", "Inspection and supervision")
        let o = p.figures
        let rows = p.items.map { i -> HTML in
            """
            <tr class="inspection"><td><a href="\(SiteURL.inspection(i.id).path)">\(i.targetName)</a><br><small>\(ctx.label(i.kind)) · \(ctx.label(i.body))</small></td>\
            <td>\(i.startOn) – \(i.endOn)</td><td>\(statusTag(ctx, i.status))</td></tr>
            """
        }
        let cells = p.cells.map { c -> HTML in "<option value=\"\(c.id.uuidString)\">\(c.name)</option>" }
        let team = p.teamChoices.map { a -> HTML in
            "<label class=\"inline\"><input type=\"checkbox\" name=\"team[]\" value=\"\(a.id.uuidString)\"> \(a.name)</label>"
        }
        let y = p.year
        // Below a large unit the target is searched by name or code, nothing listed before a text.
        var search: HTML = .empty
        var target: HTML = "<select name=\"targetUnitId\">\(cells)</select>"
        if let s = p.cellSearch {
            search = ChoiceSearchViews.form(
                ctx, id: "cell-search", action: SiteURL.unitInspections(p.unit.id).path, search: s, hidden: [("year", String(y))],
                placeholder: ctx.t("Tên hoặc mã chi bộ", "A cell's name or code"),
                help: ctx.t(
                    "Có nhiều chi bộ trực thuộc nên không liệt kê hết: gõ tên chi bộ (có dấu hoặc không dấu) hoặc mã chi bộ để chọn đối tượng; mỗi lần hiện tối đa \(SubtreeChoice.results) chi bộ.",
                    "There are too many cells below to list: type a cell's name (with or without diacritics) or its code to pick the target; at most \(SubtreeChoice.results) cells are shown at a time."
                ))
            if p.cells.isEmpty {
                target = ChoiceSearchViews.nothingToChoose(
                    s, id: "target-hint", beforeSearch: ctx.t("Tìm chi bộ ở ô tìm kiếm phía trên.", "Search for a cell in the box above."),
                    noMatch: ctx.t("Không có chi bộ nào khớp.", "No cell matches."))
            }
        }
        let cut: HTML =
            p.cellsCut && p.cellSearch == nil
            ? "<p id=\"cells-cut\" class=\"muted\">\(ctx.t("Danh sách chọn chỉ gồm \(InspectionsPage.cellChoices) chi bộ trong số các chi bộ trực thuộc.", "The list offers only \(InspectionsPage.cellChoices) of the cells below."))</p>"
            : .empty
        let open = !errors.isEmpty || p.cellSearch?.q != nil
        let form: HTML =
            p.canPlan
            ? """
            <details\(open ? " open" : "")><summary>\(ctx.t("Thêm vào kế hoạch", "Add to the plan"))</summary>
            \(search)
            <form id="new-inspection" class="stack" method="post" action="\(SiteURL.unitInspections(p.unit.id).path)">\(ctx.csrfField)
            <input type="hidden" name="year" value="\(y)">
            \(Layout.field(ctx.t("Hình thức", "Kind"), "<select name=\"kind\">\(Layout.options(InspectionKind.allCases, selected: InspectionKind.thematicSupervision.rawValue, ctx))</select>"))
            \(Layout.field(ctx.t("Chủ thể", "By"), "<select name=\"body\">\(Layout.options(InspectionBody.allCases, selected: InspectionBody.inspectionCommittee.rawValue, ctx))</select>"))
            \(Layout.field(ctx.t("Đối tượng (chi bộ)", "Cell"), target))\(cut)
            \(Layout.field(ctx.t("Nội dung", "Content"), "<textarea name=\"content\" rows=\"3\" maxlength=\"2000\" required>Việc chấp hành nội dung, quy trình sinh hoạt định kỳ, sinh hoạt chuyên đề của chi bộ</textarea>"))
            \(Layout.field(ctx.t("Thời kỳ kiểm tra từ", "Period under review from"), "<input type=\"date\" name=\"reviewFrom\" value=\"\(y)-01-01\" required>"))
            \(Layout.field(ctx.t("đến", "to"), "<input type=\"date\" name=\"reviewTo\" required>"))
            \(Layout.field(ctx.t("Tiến hành từ", "Work from"), "<input type=\"date\" name=\"startOn\" required>"))
            \(Layout.field(ctx.t("đến", "to"), "<input type=\"date\" name=\"endOn\" required>"))
            <fieldset><legend>\(ctx.t("Đoàn kiểm tra, giám sát", "The team"))</legend>\(team)</fieldset>
            <button type="submit">\(ctx.t("Thêm vào kế hoạch", "Add to the plan"))</button></form></details>
            """ : .empty
        return Layout.page(
            ctx, title: title,
            """
            <p class="crumbs"><a href="\(SiteURL.unit(p.unit.id).path)">← \(p.unit.name)</a></p>
            <h1>\(title) · \(y)</h1>
            <p class="pager"><a href="\(SiteURL.unitInspections(p.unit.id, year: y - 1).path)">← \(y - 1)</a> \
            <a href="\(SiteURL.unitInspections(p.unit.id, year: y + 1).path)">\(y + 1) →</a></p>
            \(Layout.errors(ctx, errors))
            <p id="inspections-summary">\(ctx.t("Trong kế hoạch", "In the plan")): <strong>\(p.items.count)</strong> · \
            \(ctx.t("đã kết luận", "concluded")) \(o.inspectionsConcluded) · \(ctx.t("yêu cầu khắc phục đã xong", "remedies done")) \(o.remediesDone) · \
            \(ctx.t("đang mở", "open")) \(o.remediesOpen), \(ctx.t("quá hạn", "overdue")) <strong>\(o.remediesOverdue)</strong></p>
            \(p.items.isEmpty ? HTML(raw: "<p>\(HTML.escape(ctx.t("Chưa có nội dung nào.", "Nothing planned yet.")))</p>") : Layout.table(id: "inspection-list", head: [ctx.t("Đối tượng", "Target"), ctx.t("Thời gian", "When"), ctx.t("Tình trạng", "State")], rows: rows))
            \(form)
            """)
    }

    static func page(_ ctx: PageContext, _ p: InspectionPage, errors: [DomainError] = []) -> HTML {
        let i = p.inspection
        let title = ctx.label(i.kind)
        let meetings = p.meetings.map { m -> HTML in
            "<li><a href=\"\(SiteURL.meeting(m.id).path)\">\(m.title)</a> — \(m.date)</li>"
        }
        let findings = p.findings.map { f -> HTML in "<li class=\"finding\">\(f.date) · \(f.author): \(f.text)</li>" }
        let remedies = p.remedies.map { r -> HTML in
            let state: HTML =
                if let done = r.doneOn {
                    "<span class=\"tag\">\(ctx.t("đã khắc phục", "done")) \(done)</span>\(r.doneReport.map { HTML(raw: "<br>" + HTML.escape($0)) } ?? .empty)"
                } else {
                    "\(ctx.t("hạn", "due")) \(r.due)\(r.overdue ? HTML(raw: " <span class=\"tag late\">\(HTML.escape(ctx.t("quá hạn", "overdue")))</span>") : .empty)"
                }
            let form: HTML =
                p.canReportRemedy && r.doneOn == nil
                ? """
                <form class="stack remedy-done" method="post" action="\(SiteURL.remedyDone(i.id, remedy: r.id).path)">\(ctx.csrfField)
                \(Layout.field(ctx.t("Kết quả khắc phục", "What was done"), "<input type=\"text\" name=\"report\" maxlength=\"2000\">"))
                \(Layout.field(ctx.t("Ngày", "On"), "<input type=\"date\" name=\"doneOn\" value=\"\(ctx.today.iso)\" max=\"\(ctx.today.iso)\">"))
                <button type="submit" class="secondary">\(ctx.t("Đã khắc phục", "Done"))</button></form>
                """ : .empty
            return "<li class=\"remedy\">\(r.content) — \(state)\(form)</li>"
        }
        var actions: [HTML] = []
        if p.canRecordFinding {
            actions.append(
                """
                <form id="add-finding" class="stack" method="post" action="\(SiteURL.inspectionAction(i.id, .findings).path)">\(ctx.csrfField)
                \(Layout.field(ctx.t("Kết quả kiểm tra, giám sát", "Finding"), "<textarea name=\"text\" rows=\"3\" maxlength=\"4000\" required></textarea>"))
                <button type="submit">\(ctx.t("Ghi kết quả", "Record the finding"))</button></form>
                """)
        }
        if p.canConclude {
            let rows = (0..<3).map { n -> HTML in // not a rule: three empty rows on the form
                """
                \(Layout.field(ctx.t("Yêu cầu khắc phục", "Remedy") + " \(n + 1)", "<input type=\"text\" name=\"remedy.\(n).content\" maxlength=\"4000\">"))
                \(Layout.field(ctx.t("Thời hạn", "Deadline"), "<input type=\"date\" name=\"remedy.\(n).due\">"))
                """
            }
            actions.append(
                """
                <details><summary>\(ctx.t("Kết luận", "Conclude"))</summary>
                <form id="conclude-inspection" class="stack" method="post" action="\(SiteURL.inspectionAction(i.id, .conclusion).path)">\(ctx.csrfField)
                \(Layout.field(ctx.t("Kết luận", "Conclusion"), "<textarea name=\"conclusion\" rows=\"4\" maxlength=\"4000\" required></textarea>"))
                \(Layout.field(ctx.t("Ngày kết luận", "Concluded on"), "<input type=\"date\" name=\"concludedOn\" value=\"\(ctx.today.iso)\" max=\"\(ctx.today.iso)\">"))
                \(rows)
                <button type="submit">\(ctx.t("Ban hành kết luận", "Issue the conclusion"))</button></form></details>
                """)
        }
        let conclusion: HTML =
            i.conclusion.map { c in
                HTML(
                    raw:
                        "<h2>\(HTML.escape(ctx.t("Kết luận", "Conclusion")))</h2><p id=\"conclusion\">\(HTML.escape(c))</p><p><small>\(HTML.escape(i.concludedBy ?? "")) · \(i.concludedOn?.vietnamese ?? "")</small></p>"
                )
            } ?? .empty
        return Layout.page(
            ctx, title: title,
            """
            <p class="crumbs"><a href="\(SiteURL.unitInspections(i.unitId, year: i.year).path)">← \(i.unitName) · \(i.year)</a></p>
            <h1>\(title): \(i.targetName)</h1>
            \(Layout.errors(ctx, errors))
            <p id="inspection-state">\(statusTag(ctx, i.status)) · \(ctx.label(i.body))</p>
            <p>\(i.content)</p>
            <dl class="facts"><dt>\(ctx.t("Thời kỳ kiểm tra", "Period under review"))</dt><dd>\(i.reviewFrom) – \(i.reviewTo)</dd>\
            <dt>\(ctx.t("Tiến hành", "Work"))</dt><dd>\(i.startOn) – \(i.endOn)</dd>\
            <dt>\(ctx.t("Đoàn", "Team"))</dt><dd id="team">\(p.team.joined(separator: ", "))</dd></dl>
            <h2>\(ctx.t("Các buổi sinh hoạt trong thời kỳ kiểm tra", "The meetings of the period"))</h2><ul id="review-meetings">\(meetings)</ul>
            <h2>\(ctx.t("Kết quả kiểm tra, giám sát", "Findings"))</h2><ul id="findings">\(findings)</ul>
            \(conclusion)
            \(p.remedies.isEmpty ? .empty : HTML(raw: "<h2>\(HTML.escape(ctx.t("Yêu cầu khắc phục", "Remedies")))</h2>"))<ul id="remedies">\(remedies)</ul>
            \(actions)
            """)
    }
}
