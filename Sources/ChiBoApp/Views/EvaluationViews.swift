import ChiBoCore
import Vapor

/// The year's evaluation: a unit's rounds (`EvaluationsPage`), a round (`EvaluationRoundPage`), a
/// member's evaluation (`MemberEvaluationPage`), an organisation's (`OrgEvaluationPage`).
enum EvaluationViews {
    static func levelTag(_ ctx: PageContext, _ l: EvaluationLevel?) -> HTML {
        guard let l else { return "<span class=\"muted\">—</span>" }
        return "<span class=\"tag\(l == .notCompleted ? " late" : "")\">\(ctx.label(l))</span>"
    }

    static func period(_ ctx: PageContext, _ r: EvaluationRoundDTO) -> String {
        r.kind == .year ? ctx.t("Năm", "Year") + " \(r.year)" : "\(ctx.label(r.kind)) \(r.firstDay.vietnamese) – \(r.lastDay.vietnamese)"
    }

    static func list(_ ctx: PageContext, _ p: EvaluationsPage, errors: [DomainError] = []) -> HTML {
        let title = ctx.t("Đánh giá, xếp loại chất lượng", "The year's evaluation")
        let rows = p.rounds.map { r -> HTML in
            """
            <tr class="round"><td><a href="\(SiteURL.evaluation(r.id).path)">\(period(ctx, r))</a><br><small>\(r.unitName)</small></td>\
            <td>\(ctx.label(r.status))</td><td>\(r.decisionNumber.map { "Số " + $0 } ?? "")</td></tr>
            """
        }
        let form: HTML =
            p.canOpen
            ? """
            <details\(errors.isEmpty ? "" : " open")><summary>\(ctx.t("Mở đợt đánh giá", "Open a round"))</summary>
            <form id="open-round" class="stack" method="post" action="\(SiteURL.unitEvaluations(p.unit.id).path)">\(ctx.csrfField)
            \(Layout.field(ctx.t("Kỳ đánh giá", "Period"), "<select name=\"kind\">\(Layout.options(EvaluationPeriodKind.allCases, selected: EvaluationPeriodKind.year.rawValue, ctx))</select>"))
            \(Layout.field(ctx.t("Năm", "Year"), "<input type=\"number\" name=\"year\" value=\"\(p.year)\" min=\"2000\" max=\"2100\">", hint: ctx.t("Cho kỳ hằng năm.", "For a yearly round.")))
            \(Layout.field(ctx.t("Từ ngày", "From"), "<input type=\"date\" name=\"firstDay\">", hint: ctx.t("Cho kỳ khác năm.", "For other periods.")))
            \(Layout.field(ctx.t("Đến ngày", "To"), "<input type=\"date\" name=\"lastDay\">"))
            <button type="submit">\(ctx.t("Mở đợt đánh giá", "Open the round"))</button></form></details>
            """ : .empty
        return Layout.page(
            ctx, title: title,
            """
            <p class="crumbs"><a href="\(SiteURL.unit(p.unit.id).path)">← \(p.unit.name)</a></p>
            <h1>\(title)</h1>
            \(Layout.errors(ctx, errors))
            \(p.rounds.isEmpty ? HTML(raw: "<p>\(HTML.escape(ctx.t("Chưa có đợt đánh giá nào.", "No round yet.")))</p>") : Layout.table(id: "round-list", head: [ctx.t("Kỳ", "Period"), ctx.t("Tình trạng", "State"), ctx.t("Quyết định", "Decision")], rows: rows))
            \(form)
            """)
    }

    static func capLine(_ ctx: PageContext, _ c: CapFlag) -> HTML {
        let label =
            switch c.step {
            case "self": ctx.t("Tự xếp loại", "Self-assessed")
            case "cell": ctx.t("Chi bộ đề xuất", "Proposed by the cells")
            case "appraisal": ctx.t("Cấp ủy thẩm định", "Appraised")
            case "final": ctx.t("Quyết định", "Decided")
            default: ctx.t("Tổ chức đảng", "Organisations")
            }
        return
            "<li class=\"cap\(c.broken ? " over" : "")\" data-step=\"\(c.step)\">\(label): \(ctx.language == .vi ? c.vi : c.en)\(c.broken ? HTML(raw: " <span class=\"tag late\">\(HTML.escape(ctx.t("vượt tỷ lệ", "over the share")))</span>") : .empty)</li>"
    }

    static func round(_ ctx: PageContext, _ p: EvaluationRoundPage, errors: [DomainError] = []) -> HTML {
        let r = p.round
        let title = ctx.t("Đánh giá, xếp loại", "Evaluation") + " · " + period(ctx, r)
        let members = p.members.map { m -> HTML in
            """
            <tr class="member-evaluation"><td><a href="\(SiteURL.memberEvaluation(m.id).path)">\(m.name)</a><br><small>\(m.unitName) · \(m.form.rawValue)</small></td>\
            <td>\(levelTag(ctx, m.selfLevel))</td><td>\(levelTag(ctx, m.cellLevel))</td><td>\(levelTag(ctx, m.finalLevel ?? m.appraisedLevel))</td>\
            <td><small>\(ctx.label(m.next))</small></td></tr>
            """
        }
        let orgs = p.organisations.map { o -> HTML in
            """
            <tr class="org-evaluation"><td><a href="\(SiteURL.orgEvaluation(o.id).path)">\(o.unitName)</a></td>\
            <td>\(levelTag(ctx, o.selfLevel))</td><td>\(levelTag(ctx, o.finalLevel ?? o.level))</td></tr>
            """
        }
        // Several cells: a line per cell, each opening its members (a commune's 400 rows do not fit a phone).
        let byCell = p.cell == nil && p.cells.count > 1
        let summaries = p.summaries.map { c -> HTML in
            """
            <tr class="cell-summary"><td><a href="\(SiteURL.evaluation(r.id, cell: c.unitId).path)">\(c.name)</a></td><td>\(c.members)</td>\
            <td>\(c.pending)</td><td>\(c.excellent)</td><td>\(c.good)</td><td>\(c.completed)</td><td>\(c.notCompleted)</td></tr>
            """
        }
        var actions: [HTML] = []
        if p.canAppraise && p.pending > 0 {
            actions.append(
                """
                <form id="appraise-all" method="post" action="\(SiteURL.evaluationAction(r.id, .appraiseAll).path)">\(ctx.csrfField)
                <button type="submit" class="secondary">\(ctx.t("Thẩm định theo đề xuất của chi bộ", "Appraise as the cells proposed"))</button></form>
                """)
        }
        if p.canDecide {
            actions.append(
                """
                <details\(errors.isEmpty ? "" : " open")><summary>\(ctx.t("Quyết định công nhận kết quả", "Decide"))</summary>
                <form id="decide-round" class="stack" method="post" action="\(SiteURL.evaluationAction(r.id, .decision).path)">\(ctx.csrfField)
                \(Layout.field(ctx.t("Số quyết định", "Number"), "<input type=\"text\" name=\"decisionNumber\" placeholder=\"125-QĐ/ĐU\" maxlength=\"40\" required>"))
                \(Layout.field(ctx.t("Ngày quyết định", "Decided on"), "<input type=\"date\" name=\"decisionOn\" value=\"\(ctx.today.iso)\" max=\"\(ctx.today.iso)\">"))
                <button type="submit">\(ctx.t("Quyết định", "Decide"))</button></form></details>
                """)
        }
        if p.canPublish {
            actions.append(
                """
                <form id="publish-round" class="stack" method="post" action="\(SiteURL.evaluationAction(r.id, .publication).path)">\(ctx.csrfField)
                \(Layout.field(ctx.t("Ngày công khai", "Published on"), "<input type=\"date\" name=\"publishedOn\" value=\"\(ctx.today.iso)\" max=\"\(ctx.today.iso)\">"))
                <button type="submit">\(ctx.t("Công khai kết quả", "Publish the results"))</button></form>
                """)
        }
        let files: HTML =
            p.canPrint
            ? """
            <p id="round-files">\(r.status == .open ? HTML.empty : HTML(raw: "<a href=\"\(SiteURL.evaluationFile(r.id, .decisionDocx).path)\">\(HTML.escape(ctx.t("Quyết định (.docx)", "Decision (.docx)")))</a> · "))\
            <a href="\(SiteURL.evaluationFile(r.id, .reportDocx).path)">\(ctx.t("Báo cáo (.docx)", "Report (.docx)"))</a> · \
            <a href="\(SiteURL.evaluationFile(r.id, .resultsXlsx).path)">\(ctx.t("Danh sách (.xlsx)", "Results (.xlsx)"))</a></p>
            """ : .empty
        let decision: HTML =
            r.decisionNumber.map { n in
                HTML(
                    raw:
                        "<p id=\"decision\">\(HTML.escape(ctx.t("Quyết định số", "Decision no."))) \(HTML.escape(n)), \(r.decisionOn?.vietnamese ?? "")\(r.publishedOn.map { " · " + HTML.escape(ctx.t("công khai", "published")) + " " + $0.vietnamese } ?? "")</p>"
                )
            } ?? .empty
        return Layout.page(
            ctx, title: title,
            """
            <p class="crumbs"><a href="\(SiteURL.unitEvaluations(r.unitId).path)">← \(r.unitName)</a></p>
            <h1>\(title)</h1>
            \(Layout.errors(ctx, errors))
            <p id="round-state">\(ctx.label(r.status)) · \(r.firstDay.vietnamese) – \(r.lastDay.vietnamese)</p>
            \(decision)
            <h2>\(ctx.t("Tỷ lệ “Hoàn thành xuất sắc”", "The share of “Excellent”")) (≤ \(p.share)% \(ctx.t("số “Hoàn thành tốt”", "of “Good”")))</h2>
            <ul id="caps">\(HTML.join(p.caps.map { capLine(ctx, $0) }))\(p.organisationCap.map { capLine(ctx, $0) } ?? .empty)</ul>
            \(files)
            \(actions)
            \(p.cell != nil && p.cells.count > 1 ? HTML(raw: "<p id=\"round-all\"><a href=\"\(SiteURL.evaluation(r.id).path)\">← \(HTML.escape(ctx.t("Tất cả chi bộ", "Every cell")))</a></p>") : .empty)
            <h2>\(ctx.t("Đảng viên", "Members")) (\(p.total))</h2>
            \(byCell ? Layout.table(id: "round-cells-summary", head: [ctx.t("Chi bộ", "Cell"), ctx.t("Đảng viên", "Members"), ctx.t("Chưa thẩm định", "Not appraised"), "HTXS", "HTT", "HT", "KHT"], rows: summaries) : Layout.table(id: "round-members", head: [ctx.t("Đảng viên", "Member"), ctx.t("Tự xếp loại", "Self"), ctx.t("Chi bộ đề xuất", "Cell"), ctx.t("Cấp ủy", "Committee"), ctx.t("Bước tiếp", "Next")], rows: members))
            \(byCell ? .empty : pager(ctx, p))
            \(p.organisations.isEmpty ? .empty : HTML(raw: "<h2>\(HTML.escape(ctx.t("Tổ chức đảng", "Organisations")))</h2>"))
            \(p.organisations.isEmpty ? .empty : Layout.table(id: "round-orgs", head: [ctx.t("Tổ chức đảng", "Organisation"), ctx.t("Tự xếp loại", "Self"), ctx.t("Cấp trên xếp loại", "Rated")], rows: orgs))
            """)
    }

    /// The links between pages of a round's members: back to the first, on to the next.
    static func pager(_ ctx: PageContext, _ p: EvaluationRoundPage) -> HTML {
        var links: [HTML] = []
        if p.later {
            links.append("<a href=\"\(SiteURL.evaluation(p.round.id, cell: p.cell).path)\">← \(ctx.t("Trang đầu", "First page"))</a>")
        }
        if let next = p.next {
            links.append(
                "<a id=\"next-page\" href=\"\(SiteURL.evaluation(p.round.id, cell: p.cell, after: next).path)\">\(ctx.t("Trang sau", "Next page")) →</a>"
            )
        }
        return links.isEmpty ? .empty : "<div class=\"pager\">\(links)</div>"
    }

    /// The form of a step with a score and a level (the ceiling's levels only).
    static func levelForm(
        _ ctx: PageContext, id: String, action: SiteURL, ceiling: EvaluationLevel, score: Bool, textLabel: String, textRequired: Bool,
        extra: HTML = .empty, button: String
    ) -> HTML {
        let levels = EvaluationLevel.descending.filter { $0 <= ceiling }
        return """
            <form id="\(id)" class="stack" method="post" action="\(action.path)">\(ctx.csrfField)
            \(extra)
            \(score ? Layout.field(ctx.t("Điểm (thang 100)", "Score (of 100)"), "<input type=\"number\" name=\"score\" min=\"0\" max=\"100\" required>") : .empty)
            \(Layout.field(ctx.t("Mức xếp loại", "Level"), "<select name=\"level\">\(Layout.options(levels, selected: nil, ctx))</select>"))
            \(levels.contains(.excellent) ? Layout.field(ctx.t("Tỷ lệ tiêu chí, chỉ tiêu vượt mức (%)", "Criteria and targets exceeded (%)"), "<input type=\"number\" name=\"exceedingPercent\" min=\"0\" max=\"100\">", hint: ctx.t("Bắt buộc khi xếp “Hoàn thành xuất sắc”.", "Required for “Excellent”.")) : .empty)
            \(Layout.field(textLabel, "<textarea name=\"text\" rows=\"4\" maxlength=\"4000\"\(textRequired ? " required" : "")></textarea>"))
            <button type="submit">\(button)</button></form>
            """
    }

    static func step(_ ctx: PageContext, id: String, _ title: String, _ s: MemberEvaluationPage.Step?) -> HTML {
        guard let s, let on = s.on else { return .empty }
        let level: HTML = s.level.map { levelTag(ctx, $0) } ?? .empty
        let score =
            (s.score.map { " · \($0) " + ctx.t("điểm", "points") } ?? "")
            + (s.exceeding.map { " · " + ctx.t("vượt mức", "exceeded") + " \($0)%" } ?? "")
        return """
            <section id="\(id)"><h3>\(title)</h3><p>\(level)\(score)</p>\(s.text.map { HTML(raw: "<p>" + HTML.escape($0) + "</p>") } ?? .empty)\
            <p><small>\(s.by ?? "") · \(on.vietnamese)</small></p></section>
            """
    }

    static func member(_ ctx: PageContext, _ p: MemberEvaluationPage, errors: [DomainError] = []) -> HTML {
        let f = p.facts
        let title = p.name
        let caps = p.caps.map { c -> HTML in "<li class=\"level-cap\">\(ctx.language == .vi ? c.vi : c.en)</li>" }
        var forms: [HTML] = []
        if p.canSelf {
            let formChoice = Layout.field(
                ctx.t("Mẫu tự kiểm điểm", "Form"),
                "<select name=\"form\">\(Layout.options(SelfAssessmentForm.allCases, selected: p.form.rawValue, ctx))</select>")
            forms.append(
                levelForm(
                    ctx, id: "self-assessment", action: .memberEvaluationStep(p.id, .selfAssessment), ceiling: p.ceiling, score: true,
                    textLabel: ctx.t("Tự kiểm điểm: ưu điểm, khuyết điểm, hướng khắc phục", "Self-assessment"), textRequired: true,
                    extra: formChoice, button: ctx.t("Gửi bản tự kiểm điểm", "Submit the self-assessment")))
        }
        if p.canResidence {
            forms.append(
                """
                <form id="residence-comment" class="stack" method="post" action="\(SiteURL.memberEvaluationStep(p.id, .residence).path)">\(ctx.csrfField)
                \(Layout.field(ctx.t("Nhận xét của chi ủy, chi bộ nơi cư trú", "The residence area's comment"), "<textarea name=\"text\" rows=\"3\" maxlength=\"4000\" required></textarea>"))
                <button type="submit">\(ctx.t("Ghi nhận xét nơi cư trú", "Record the comment"))</button></form>
                """)
        }
        if p.canCell {
            forms.append(
                levelForm(
                    ctx, id: "cell-proposal", action: .memberEvaluationStep(p.id, .cell), ceiling: p.ceiling, score: true,
                    textLabel: ctx.t("Nhận xét của chi bộ", "The cell's comment"), textRequired: true,
                    button: ctx.t("Chi bộ đề xuất", "Propose")))
        }
        if p.canAppraise {
            forms.append(
                levelForm(
                    ctx, id: "appraisal", action: .memberEvaluationStep(p.id, .appraisal), ceiling: p.ceiling, score: false,
                    textLabel: ctx.t("Ý kiến thẩm định (bắt buộc khi khác đề xuất của chi bộ)", "Note (required when it differs)"),
                    textRequired: false, button: ctx.t("Thẩm định", "Appraise")))
        }
        return Layout.page(
            ctx, title: title,
            """
            <p class="crumbs"><a href="\(SiteURL.evaluation(p.round.id).path)">← \(period(ctx, p.round)) · \(p.round.unitName)</a></p>
            <h1>\(title)</h1>
            \(Layout.errors(ctx, errors))
            <p id="evaluation-state">\(p.unitName) · \(ctx.label(p.form)) · <strong>\(ctx.label(p.next))</strong>\(p.finalLevel.map { HTML(raw: " · " + levelTag(ctx, $0).raw) } ?? .empty)</p>
            <h2>\(ctx.t("Những gì đã ghi nhận trong kỳ", "What ChiBo knows of the period"))</h2>
            <dl class="facts" id="facts">\
            <dt>\(ctx.t("Sinh hoạt phải dự", "Meetings expected"))</dt><dd>\(f.meetingsExpected)</dd>\
            <dt>\(ctx.t("Có mặt", "Present"))</dt><dd>\(f.present + f.late)\(f.late > 0 ? " (\(f.late) \(ctx.t("đến muộn", "late")))" : "")</dd>\
            <dt>\(ctx.t("Vắng có lý do", "Absent with reason"))</dt><dd>\(f.excused)</dd>\
            <dt>\(ctx.t("Vắng không lý do", "Absent without reason"))</dt><dd>\(f.unexcused)</dd>\
            <dt>\(ctx.t("Nhiệm vụ đến hạn", "Tasks due"))</dt><dd>\(f.tasksDue): \(ctx.t("đúng hạn", "on time")) \(f.tasksOnTime), \(ctx.t("muộn", "late")) \(f.tasksLate), \(ctx.t("quá hạn chưa xong", "overdue")) \(f.tasksOverdue)</dd>\
            <dt>\(ctx.t("Kỷ luật trong kỳ", "Discipline in the period"))</dt><dd>\(f.measures.isEmpty ? ctx.t("Không", "None") : f.measures.joined(separator: ", "))</dd>\
            <dt>\(ctx.t("Đảng phí", "Party fees"))</dt><dd>\(f.feeMonths) \(ctx.t("tháng, chưa nộp", "months, unpaid")) \(f.feeMonthsUnpaid)</dd></dl>
            \(caps.isEmpty ? .empty : HTML(raw: "<h2>\(HTML.escape(ctx.t("Điều kiện giới hạn mức xếp loại", "What caps the level")))</h2><ul id=\"level-caps\">" + caps.map(\.raw).joined() + "</ul>"))
            <p><small>\(ctx.t("Thang điểm", "Bands")): \(HTML.join(EvaluationLevel.descending.map { HTML(stringLiteral: "\(ctx.label($0)) \(EvaluationLevel.range($0, rules: p.rules))") }, separator: "; "))</small></p>
            \(step(ctx, id: "step-self", ctx.t("Tự kiểm điểm", "Self-assessment"), p.selfAssessment))
            \(step(ctx, id: "step-residence", ctx.t("Nhận xét nơi cư trú", "Residence comment"), p.residence))
            \(step(ctx, id: "step-cell", ctx.t("Chi bộ nhận xét, đề xuất", "The cell's proposal"), p.cell))
            \(step(ctx, id: "step-appraisal", ctx.t("Cấp ủy thẩm định", "Appraisal"), p.appraisal))
            \(forms)
            """)
    }

    static func org(_ ctx: PageContext, _ p: OrgEvaluationPage, errors: [DomainError] = []) -> HTML {
        let f = p.facts
        let caps = p.caps.map { c -> HTML in "<li class=\"level-cap\">\(ctx.language == .vi ? c.vi : c.en)</li>" }
        let memberLevels = EvaluationLevel.descending.map { l -> HTML in "\(ctx.label(l)): \(f.members[l.rawValue] ?? 0)" }
        var forms: [HTML] = []
        if p.canReport {
            forms.append(
                levelForm(
                    ctx, id: "org-report", action: .orgEvaluationAction(p.id, .report), ceiling: p.ceiling, score: true,
                    textLabel: ctx.t("Báo cáo kiểm điểm (mẫu 01)", "The report (form 01)"), textRequired: true,
                    button: ctx.t("Gửi báo cáo", "Submit the report")))
        }
        if p.canRate {
            forms.append(
                levelForm(
                    ctx, id: "org-rating", action: .orgEvaluationAction(p.id, .rating), ceiling: .excellent, score: true,
                    textLabel: ctx.t("Nhận xét của cấp trên", "The superior's comment"), textRequired: false,
                    extra: HTML(
                        raw:
                            "<label class=\"inline\"><input type=\"checkbox\" name=\"collectiveDisciplined\" value=\"true\"\(p.collectiveDisciplined ? " checked" : "")> \(HTML.escape(ctx.t("Tập thể bị kỷ luật trong kỳ", "The collective was disciplined")))</label>"
                    ),
                    button: ctx.t("Xếp loại", "Rate")))
        }
        return Layout.page(
            ctx, title: p.unitName,
            """
            <p class="crumbs"><a href="\(SiteURL.evaluation(p.round.id).path)">← \(period(ctx, p.round)) · \(p.round.unitName)</a></p>
            <h1>\(p.unitName)</h1>
            \(Layout.errors(ctx, errors))
            <p id="org-state">\(levelTag(ctx, p.finalLevel ?? p.rating.level))</p>
            <h2>\(ctx.t("Số liệu trong kỳ", "Figures of the period"))</h2>
            <dl class="facts" id="org-facts">\
            <dt>\(ctx.t("Tháng có sinh hoạt định kỳ", "Months with a regular meeting"))</dt><dd>\(f.regularMonthsHeld)/\(f.months)</dd>\
            <dt>\(ctx.t("Quý có sinh hoạt chuyên đề", "Quarters with a thematic meeting"))</dt><dd>\(f.thematicQuartersHeld)/\(f.quarters)</dd>\
            <dt>\(ctx.t("Cấp trên đánh giá buổi sinh hoạt", "Superiors' evaluations"))</dt><dd>\(f.visitsEvaluated)\(f.visitAverage.map { ", " + ctx.t("bình quân", "average") + " \($0)" } ?? "")</dd>\
            <dt>\(ctx.t("Ý kiến, kiến nghị", "Opinions raised"))</dt><dd>\(f.issuesRaised), \(ctx.t("đã thông báo lại", "closed")) \(f.issuesClosed), \(ctx.t("quá hạn", "overdue")) \(f.issuesOverdue)</dd>\
            <dt>\(ctx.t("Khắc phục sau kiểm tra", "Inspection remedies"))</dt><dd>\(ctx.t("đã xong", "done")) \(f.remediesDone), \(ctx.t("quá hạn", "overdue")) \(f.remediesOverdue)</dd>\
            <dt>\(ctx.t("Kết nạp", "Admitted"))</dt><dd>\(f.admitted)</dd>\
            <dt>\(ctx.t("Đảng viên", "Members")) (\(f.membersTotal))</dt><dd>\(HTML.join(memberLevels, separator: "; "))</dd></dl>
            \(caps.isEmpty ? .empty : HTML(raw: "<ul id=\"level-caps\">" + caps.map(\.raw).joined() + "</ul>"))
            \(step(ctx, id: "step-report", ctx.t("Báo cáo kiểm điểm", "Report"), p.selfReport))
            \(step(ctx, id: "step-rating", ctx.t("Cấp trên xếp loại", "Rating"), p.rating))
            \(forms)
            """)
    }
}
