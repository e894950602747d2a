import ChiBoCore
import Vapor

/// Model meetings by cell group: a level's year (`ModelsPage`), a cell's models of its group, one model (`ModelPage`).
enum ModelViews {
    static func list(_ ctx: PageContext, _ p: ModelsPage, errors: [DomainError] = []) -> HTML {
        let title = ctx.t("Sinh hoạt điểm", "Model meetings")
        let y = p.year
        var body: [HTML] = []
        if p.isCell {
            let items = p.models.map { m -> HTML in
                "<li class=\"model\"><a href=\"\(SiteURL.model(m.id).path)\">\(m.cellName) · \(m.year)</a> — \(m.unitName)\(m.lessons == nil ? .empty : HTML(raw: " <span class=\"tag\">\(HTML.escape(ctx.t("có bài học kinh nghiệm", "lessons recorded")))</span>"))</li>"
            }
            body.append(
                p.models.isEmpty
                    ? "<p>\(ctx.t("Chưa có chi bộ điểm nào của nhóm.", "No model cell of the group yet."))</p>"
                    : "<ul id=\"group-models\">\(items)</ul>")
        } else {
            let team = p.teamChoices.map { a -> HTML in
                "<label class=\"inline\"><input type=\"checkbox\" name=\"team[]\" value=\"\(a.id.uuidString)\"> \(a.name)</label>"
            }
            let rows = p.rows.map { r -> HTML in
                let chosen: HTML
                if let m = r.model {
                    chosen =
                        "<a href=\"\(SiteURL.model(m.id).path)\">\(m.cellName)</a>\(m.lessons == nil ? .empty : HTML(raw: " <span class=\"tag\">\(HTML.escape(ctx.t("đã rút kinh nghiệm", "lessons drawn")))</span>"))"
                } else if p.canChoose && !r.cells.isEmpty {
                    let cells = r.cells.map { c -> HTML in "<option value=\"\(c.id.uuidString)\">\(c.name)</option>" }
                    chosen = """
                        <details><summary>\(ctx.t("Chọn chi bộ điểm", "Pick the model cell"))</summary>
                        <form class="stack choose-model" method="post" action="\(SiteURL.unitModels(p.unit.id).path)">\(ctx.csrfField)
                        <input type="hidden" name="year" value="\(y)"><input type="hidden" name="group" value="\(r.group.rawValue)">
                        \(Layout.field(ctx.t("Chi bộ", "Cell"), "<select name=\"cellId\">\(cells)</select>"))
                        <fieldset><legend>\(ctx.t("Tổ công tác", "Working group"))</legend>\(team)</fieldset>
                        <button type="submit">\(ctx.t("Chọn", "Pick"))</button></form></details>
                        """
                } else if let search = p.cellSearch {
                    // Found by a search: nothing before a text, or none of the group among those found.
                    chosen =
                        !p.canChoose
                        ? "—"
                        : search.q == nil
                            ? "\(ctx.t("tìm chi bộ ở ô tìm kiếm phía trên", "search for a cell in the box above"))"
                            : "\(ctx.t("không có chi bộ nào của nhóm khớp", "no cell of the group matches"))"
                } else {
                    chosen = r.cells.isEmpty ? "\(ctx.t("không có chi bộ thuộc nhóm", "no cell of the group"))" : "—"
                }
                return "<tr class=\"model-group\"><td>\(ctx.label(r.group))</td><td>\(chosen)</td></tr>"
            }
            if let search = p.cellSearch, p.canChoose {
                body.append(
                    ChoiceSearchViews.form(
                        ctx, id: "cell-search", action: SiteURL.unitModels(p.unit.id).path, search: search, hidden: [("year", String(y))],
                        placeholder: ctx.t("Tên hoặc mã chi bộ", "A cell's name or code"),
                        help: ctx.t(
                            "Có nhiều chi bộ trực thuộc nên không liệt kê hết: gõ tên chi bộ (có dấu hoặc không dấu, ví dụ \"thôn Nà Thuôn\") hoặc mã chi bộ để tìm chi bộ điểm; mỗi lần hiện tối đa \(SubtreeChoice.results) chi bộ, theo nhóm.",
                            "There are too many cells below to list: type a cell's name (with or without diacritics) or its code to find the model cell; at most \(SubtreeChoice.results) cells are shown at a time, by group."
                        )))
            }
            body.append(
                Layout.table(id: "model-groups", head: [ctx.t("Nhóm chi bộ", "Group"), ctx.t("Chi bộ điểm", "Model cell")], rows: rows))
            if p.cellsCut && p.cellSearch == nil {
                body.append(
                    "<p id=\"cells-cut\" class=\"muted\">\(ctx.t("Danh sách chọn chỉ gồm \(ModelsPage.choices) chi bộ trong số các chi bộ trực thuộc.", "The lists offer only \(ModelsPage.choices) of the cells below."))</p>"
                )
            }
        }
        return Layout.page(
            ctx, title: title,
            """
            <p class="crumbs"><a href="\(SiteURL.unit(p.unit.id).path)">← \(p.unit.name)</a></p>
            <h1>\(title) · \(y)</h1>
            <p class="pager"><a href="\(SiteURL.unitModels(p.unit.id, year: y - 1).path)">← \(y - 1)</a> \
            <a href="\(SiteURL.unitModels(p.unit.id, year: y + 1).path)">\(y + 1) →</a></p>
            \(Layout.errors(ctx, errors))
            \(body)
            """)
    }

    static func page(_ ctx: PageContext, _ p: ModelPage, errors: [DomainError] = []) -> HTML {
        let m = p.model
        let title = ctx.t("Sinh hoạt điểm", "Model meeting") + ": " + m.cellName
        let visits = p.visits.map { v -> HTML in
            "<li class=\"visit\">\(v.visitorName) — \(v.score.map { "\($0)/\(MeetingEvaluation.fullMarks)" } ?? ctx.t("chưa đánh giá", "not evaluated"))\(v.quality.map { " · " + ctx.label($0) } ?? "")\(v.assessment.map { HTML(raw: "<br>" + HTML.escape($0)) } ?? .empty)</li>"
        }
        var actions: [HTML] = []
        if p.canSetMeeting && !p.meetingChoices.isEmpty {
            let options = p.meetingChoices.map { r -> HTML in
                "<option value=\"\(r.id?.uuidString ?? "")\"\(r.id == m.meetingId ? " selected" : "")>\(r.date) — \(r.title)</option>"
            }
            actions.append(
                """
                <form id="model-meeting" class="stack" method="post" action="\(SiteURL.modelAction(m.id, .meeting).path)">\(ctx.csrfField)
                \(Layout.field(ctx.t("Buổi sinh hoạt điểm", "The model meeting"), "<select name=\"meetingId\">\(options)</select>"))
                <button type="submit" class="secondary">\(ctx.t("Chọn buổi", "Set the meeting"))</button></form>
                """)
        }
        if p.canRecordLessons {
            actions.append(
                """
                <form id="model-lessons" class="stack" method="post" action="\(SiteURL.modelAction(m.id, .lessons).path)">\(ctx.csrfField)
                \(Layout.field(ctx.t("Nhận xét, bài học kinh nghiệm", "Lessons"), "<textarea name=\"lessons\" rows=\"5\" maxlength=\"4000\" required>\(m.lessons ?? "")</textarea>"))
                <button type="submit">\(ctx.t("Lưu bài học kinh nghiệm", "Save the lessons"))</button></form>
                """)
        }
        return Layout.page(
            ctx, title: title,
            """
            <p class="crumbs"><a href="\(SiteURL.unitModels(m.unitId, year: m.year).path)">← \(m.unitName) · \(m.year)</a></p>
            <h1>\(title)</h1>
            \(Layout.errors(ctx, errors))
            <p>\(ctx.label(m.group)) · \(ctx.t("Tổ công tác", "Working group")): <span id="model-team">\(p.team.joined(separator: ", "))</span></p>
            <p id="model-meeting-link">\(p.meeting.map { r in HTML(raw: "<a href=\"\(SiteURL.meeting(r.id).path)\">\(HTML.escape(r.title))</a> — \(r.date)") } ?? HTML(raw: HTML.escape(ctx.t("Chưa chọn buổi sinh hoạt điểm.", "No model meeting set yet."))))</p>
            <h2>\(ctx.t("Đánh giá của tổ công tác", "The working group's evaluations"))</h2><ul id="model-visits">\(visits)</ul>
            <h2>\(ctx.t("Bài học kinh nghiệm", "Lessons"))</h2>
            <p id="lessons">\(m.lessons ?? ctx.t("Chưa có.", "None yet."))</p>\(m.lessonsBy.map { b in HTML(raw: "<p><small>\(HTML.escape(b)) · \(m.lessonsOn?.vietnamese ?? "")</small></p>") } ?? .empty)
            \(actions)
            """)
    }
}
