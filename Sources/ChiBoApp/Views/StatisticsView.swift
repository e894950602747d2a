import ChiBoCore
import Vapor

extension ReportPeriod {
    /// The query string that selects this period.
    var query: String {
        switch kind {
        case .year: return "period=year&year=\(first.year)"
        case .quarter: return "period=quarter&year=\(first.year)&quarter=\((first.month - 1) / 3 + 1)"
        case .month: return "period=month&year=\(first.year)&month=\(first.month)"
        case .custom: return "period=custom&from=\(first.key)&to=\(last.key)"
        }
    }

    /// The period of the same kind just before (-1) or after (+1); nil for a custom one.
    func shifted(_ by: Int) -> ReportPeriod? {
        switch kind {
        case .year: return (2000...2100).contains(first.year + by) ? .year(first.year + by) : nil
        case .quarter:
            let q = (first.year * 4 + (first.month - 1) / 3) + by
            return (2000...2100).contains(q / 4) ? .quarter(q / 4, q % 4 + 1) : nil
        case .month:
            let m = first.year * 12 + first.month - 1 + by
            return (2000...2100).contains(m / 12) ? .month(m / 12, m % 12 + 1) : nil
        case .custom: return nil
        }
    }
}

/// A unit's statistics for a period: its figures in the seeds' words, charts, and a table of its
/// sub-units that drills down to the cells and then to their meetings.
enum StatisticsView {
    static func rate(_ f: CellFigures) -> String { f.attendancePermille.map { "\($0 / 10),\($0 % 10)%" } ?? "—" }

    /// Attendance per sub-unit as horizontal bars, with the rule's 85% and the local target's lines.
    static func chart(_ ctx: PageContext, _ r: StatisticsPage) -> HTML {
        let rows = r.rows.filter { $0.figures.attendancePermille != nil }
        guard !rows.isEmpty else { return .empty }
        let width = 340, label = 120, bar = width - label - 10, h = 16
        let rule = r.rulebook.meetings.attendanceAbovePercent, target = r.local.attendanceTargetPercent
        let lines = [rule, target].map { p -> HTML in
            let x = label + bar * p / 100
            return
                "<line x1=\"\(x)\" y1=\"0\" x2=\"\(x)\" y2=\"\(rows.count * h + 4)\" stroke=\"#a50e0e\" stroke-dasharray=\"3 2\"/><text x=\"\(x - 10)\" y=\"\(rows.count * h + 16)\" font-size=\"10\">\(p)%</text>"
        }
        let bars = rows.enumerated().map { i, row -> HTML in
            let u = row.unit, f = row.figures
            let w = bar * (f.attendancePermille ?? 0) / 1000
            let color = f.attendanceAbove(target) == true ? "#2e7d32" : f.attendanceAbove(rule) == true ? "#f9a825" : "#c62828"
            let name = u.name.replacingOccurrences(of: "Chi bộ ", with: "")
            return
                "<text x=\"0\" y=\"\(i * h + 12)\" font-size=\"11\">\(String(name.prefix(17)))</text><rect x=\"\(label)\" y=\"\(i * h + 2)\" width=\"\(w)\" height=\"\(h - 4)\" fill=\"\(color)\"><title>\(u.name): \(rate(f))</title></rect>"
        }
        return """
            <figure><svg id="attendance-chart" role="img" aria-label="\(ctx.t("Tỷ lệ dự sinh hoạt theo đơn vị", "Attendance by unit"))" viewBox="0 0 \(width) \(rows.count * h + 20)" width="100%">\(bars)\(lines)</svg>
            <figcaption><small>\(ctx.t("Tỷ lệ đảng viên dự sinh hoạt; vạch: \(rule)% (quy định) và \(target)% (chỉ tiêu địa phương)", "Attendance; lines: \(rule)% (rule) and \(target)% (local target)"))</small></figcaption></figure>
            """
    }

    /// Month by month: the share of cells that held their regular meeting (bar) and attendance (dot).
    static func monthsChart(_ ctx: PageContext, _ r: StatisticsPage) -> HTML {
        guard r.monthly.count > 1 else { return .empty }
        let step = 300 / r.monthly.count, height = 100
        let parts = r.monthly.enumerated().map { i, m -> HTML in
            let (ym, f) = m
            let held = f.cells > 0 ? f.regularHeld * 100 / f.cells : 0
            let x = 30 + i * step
            let dot: HTML =
                f.attendancePermille.map {
                    "<circle cx=\"\(x + step / 2)\" cy=\"\(height - $0 * height / 1000 + 5)\" r=\"3\" fill=\"#1565c0\"><title>\(rate(f))</title></circle>"
                } ?? .empty
            return """
                <rect x="\(x + 2)" y="\(height - held * height / 100 + 5)" width="\(step - 4)" height="\(held * height / 100)" fill="#9e9e9e"><title>\(ym.month)/\(ym.year): \(f.regularHeld)/\(f.cells)</title></rect>\(dot)\
                <text x="\(x + step / 2 - 5)" y="\(height + 20)" font-size="10">\(ym.month)</text>
                """
        }
        return """
            <figure><svg id="months-chart" role="img" aria-label="\(ctx.t("Theo tháng", "By month"))" viewBox="0 0 340 \(height + 26)" width="100%">\
            <line x1="30" y1="5" x2="330" y2="5" stroke="#ddd"/><text x="0" y="10" font-size="10">100%</text>\
            <line x1="30" y1="\(height + 5)" x2="330" y2="\(height + 5)" stroke="#999"/><text x="0" y="\(height + 8)" font-size="10">0</text>\(parts)</svg>
            <figcaption><small>\(ctx.t("Cột: tỷ lệ chi bộ đã sinh hoạt thường kỳ trong tháng; chấm: tỷ lệ đảng viên dự", "Bars: cells that held their regular meeting; dots: attendance"))</small></figcaption></figure>
            """
    }

    static func periodForm(_ ctx: PageContext, _ r: StatisticsPage) -> HTML {
        let p = r.period
        func option(_ k: ReportPeriod.Kind, _ vi: String, _ en: String) -> HTML {
            "<option value=\"\(k.rawValue)\"\(p.kind == k ? " selected" : "")>\(ctx.t(vi, en))</option>"
        }
        let quarter = (p.first.month - 1) / 3 + 1
        return """
            <details id="period-choice"><summary>\(ctx.t("Chọn kỳ báo cáo", "Choose the period"))</summary>
            <form method="get" action="\(SiteURL.unitStatistics(r.unit.id).path)" class="period" id="period-form">
            <label>\(ctx.t("Kỳ", "Period")) <select name="period">\(option(.month, "Tháng", "Month"))\(option(.quarter, "Quý", "Quarter"))\(option(.year, "Năm", "Year"))\(option(.custom, "Tùy chọn", "Custom"))</select></label>
            <label>\(ctx.t("Năm", "Year")) <input name="year" type="number" min="2000" max="2100" value="\(p.first.year)" inputmode="numeric"></label>
            <label>\(ctx.t("Tháng", "Month")) <input name="month" type="number" min="1" max="12" value="\(p.first.month)" inputmode="numeric"></label>
            <label>\(ctx.t("Quý", "Quarter")) <input name="quarter" type="number" min="1" max="4" value="\(quarter)" inputmode="numeric"></label>
            <label>\(ctx.t("Từ tháng", "From")) <input name="from" type="month" value="\(p.first.key)"></label>
            <label>\(ctx.t("Đến tháng", "To")) <input name="to" type="month" value="\(p.last.key)"></label>
            <button type="submit">\(ctx.t("Xem", "Show"))</button></form></details>
            """
    }

    static func page(_ ctx: PageContext, _ r: StatisticsPage) -> HTML {
        let rule = r.rulebook.meetings.attendanceAbovePercent, target = r.local.attendanceTargetPercent
        func row(_ u: UnitDTO, _ f: CellFigures, total: Bool) -> HTML {
            let below: HTML =
                f.attendanceAbove(rule) == false
                ? " <span class=\"tag late\">&lt;\(rule)%</span>"
                : f.attendanceAbove(target) == false ? " <span class=\"tag\">&lt;\(target)%</span>" : .empty
            let name: HTML =
                total
                ? "<strong>\(ctx.t("Tổng", "Total"))</strong>" : "<a href=\"\(SiteURL.unitStatistics(u.id, r.period).path)\">\(u.name)</a>"
            return """
                <tr class="\(total ? "total" : "unit-stats")"><td>\(name)</td><td class="num">\(f.cells)</td><td class="num">\(f.members.total)</td>\
                <td class="num">\(f.regularHeld)/\(f.regularDue)</td><td class="num">\(f.regularLate)</td><td class="num">\(f.thematicQuartersLate)</td>\
                <td class="num">\(rate(f))\(below)</td><td class="num">\(f.attendance.unexcused)</td><td class="num">\(f.membersAtStrikeOffRule)</td>\
                <td class="num">\(f.meetingsTooShort)</td><td class="num">\(f.noticesOnTime)/\(f.meetingsHeld)</td><td class="num">\(f.tasksOverdue)/\(f.tasksOpen)</td></tr>
                """
        }
        let t = r.total
        let belowRule = r.rows.filter { $0.figures.attendanceAbove(rule) == false }
        let belowTarget = r.rows.filter { $0.figures.attendanceAbove(target) == false }
        let pager: [HTML] = [
            r.period.shifted(-1).map {
                "<a href=\"\(SiteURL.unitStatistics(r.unit.id, $0).path)\">← \($0.label(ctx.language))</a> " as HTML
            },
            r.period.shifted(1).map {
                "<a href=\"\(SiteURL.unitStatistics(r.unit.id, $0).path)\">\($0.label(ctx.language)) →</a> " as HTML
            },
        ]
        .compactMap { $0 }
        func pct(_ a: Int, _ b: Int) -> String { b > 0 ? "\(a * 100 / b)%" : "—" }
        let belowList: HTML =
            belowRule.isEmpty && belowTarget.isEmpty
            ? .empty
            : """
            <p id="below-target">\(ctx.t("Dưới \(target)%:", "Below \(target)%:")) \(HTML.join(belowTarget.map { "<a href=\"\(SiteURL.unitStatistics($0.unit.id, r.period).path)\">\($0.unit.name)</a> (\(rate($0.figures)))" as HTML }, separator: ", "))</p>
            """
        let table: HTML =
            r.rows.isEmpty
            ? .empty
            : Layout.table(
                id: "statistics",
                head: [
                    ctx.t("Đơn vị", "Unit"), ctx.t("Chi bộ", "Cells"), ctx.t("Đảng viên", "Members"),
                    ctx.t("SH thường kỳ (đạt/đến hạn)", "Regular held/due"),
                    ctx.t("Tháng quá hạn", "Months late"), ctx.t("Quý chuyên đề quá hạn", "Thematic quarters late"),
                    ctx.t("Tỷ lệ dự", "Attendance"), ctx.t("Vắng không lý do", "Absent, no reason"),
                    ctx.t("ĐV bỏ SH, không đóng ĐP ≥3 tháng", "Members out ≥3 months"), ctx.t("Buổi quá ngắn", "Too short"),
                    ctx.t("Tài liệu đúng hạn/buổi", "Documents on time/meetings"), ctx.t("Nhiệm vụ quá hạn/mở", "Tasks overdue/open"),
                ],
                rows: r.rows.map { row($0.unit, $0.figures, total: false) } + [row(r.unit, r.total, total: true)])
        return Layout.page(
            ctx, title: ctx.t("Thống kê", "Statistics"),
            """
            <p class="crumbs"><a href="\(SiteURL.unit(r.unit.id).path)">← \(r.unit.name)</a></p>
            <h1>\(ctx.t("Thống kê", "Statistics")) · \(r.period.label(ctx.language))</h1>
            \(periodForm(ctx, r))
            <p class="pager">\(pager)<a id="csv" href="\(SiteURL.unitStatistics(r.unit.id, r.period, format: .csv).path)">CSV</a> <a id="xlsx" href="\(SiteURL.unitStatistics(r.unit.id, r.period, format: .xlsx).path)">Excel</a></p>
            <p id="summary">\(t.cells) \(ctx.t("chi bộ", "cells")), \(t.members.total) \(ctx.t("đảng viên, trong đó", "members:")) \(t.members.official) \(ctx.t("chính thức", "official")), \
            \(t.members.probationary) \(ctx.t("dự bị", "probationary")), \(t.members.exemptFull + t.members.exemptTemporary) \(ctx.t("miễn sinh hoạt", "exempt")), \
            \(t.members.transferredOut) \(ctx.t("chuyển sinh hoạt tạm thời đi", "temporarily transferred out")).</p>
            <ul id="key-figures">
            <li>\(ctx.t("Tỷ lệ đảng viên tham gia sinh hoạt", "Attendance")): <strong>\(rate(t))</strong>; \(belowRule.count) \(ctx.t("đơn vị dưới", "units below")) \(rule)%, \(belowTarget.count) \(ctx.t("đơn vị dưới", "units below")) \(target)%</li>
            <li>\(ctx.t("Sinh hoạt thường kỳ", "Regular meetings")): \(t.regularHeld) \(ctx.t("lượt chi bộ-tháng đã tổ chức", "cell-months held")); \(t.regularDue) \(ctx.t("đến hạn", "due")), \(t.regularLate) \(ctx.t("quá hạn", "late")) (\(pct(t.regularDue - t.regularLate, t.regularDue)) \(ctx.t("đạt", "met")))</li>
            <li>\(ctx.t("Sinh hoạt chuyên đề", "Thematic meetings")): \(t.thematicQuartersHeld) \(ctx.t("lượt chi bộ-quý đạt", "cell-quarters met")), \(t.thematicQuartersLate) \(ctx.t("quá hạn", "late"))</li>
            <li>\(ctx.t("Buổi sinh hoạt", "Meetings held")): \(t.meetingsHeld); \(ctx.t("tài liệu gửi đúng hạn", "documents sent on time")) \(t.noticesOnTime) (\(pct(t.noticesOnTime, t.meetingsHeld))); \(ctx.t("ngắn hơn quy định", "shorter than the rule")) \(t.meetingsTooShort)</li>
            <li>\(ctx.t("Lượt vắng không lý do", "Absences without reason")): \(t.attendance.unexcused); \(ctx.t("đảng viên bỏ sinh hoạt hoặc không đóng đảng phí từ 3 tháng trong năm", "members absent without reason or not paying fees in 3 months of the year")): <strong>\(t.membersAtStrikeOffRule)</strong></li>
            <li>\(ctx.t("Nhiệm vụ đang mở", "Open tasks")): \(t.tasksOpen), \(ctx.t("quá hạn", "overdue")) \(t.tasksOverdue)</li>
            </ul>
            \(partyLife(ctx, t.partyLife))
            \(oversight(ctx, r.unit.id, t.oversight))
            \(classification(ctx, r))
            \(training(ctx, r.unit.id, t.training))
            \(belowList)
            \(chart(ctx, r))
            \(monthsChart(ctx, r))
            \(table)
            \(drillDown(ctx, r))
            \(localSettings(ctx, r))
            <p><small>\(ctx.t("Tính theo", "Computed under")) \(r.rulebook.meetings.source.document) · \(r.rulebookVersions.joined(separator: ", ")) · \(ctx.t("số liệu đến ngày", "as of")) \(r.today.vietnamese)</small></p>
            """)
    }

    /// Recruitment and party life over the period: sympathisers now, admissions, recognitions,
    /// suspensions, measures, and leavers by the way they left.
    static func partyLife(_ ctx: PageContext, _ p: PartyLifeFigures) -> HTML {
        func item(_ label: String, _ n: Int, _ id: String) -> HTML { "<li id=\"pl-\(id)\">\(label): <strong>\(n)</strong></li>" }
        let left: [HTML] = [
            (LeavingKind.death, p.leftDeath), (.struckOff, p.leftStruckOff), (.expelled, p.leftExpelled), (.request, p.leftRequest),
            (.transferredOut, p.leftTransferredOut),
        ].map { k, n in "\(ctx.label(k)) \(n)" }
        return """
            <h2>\(ctx.t("Công tác đảng viên", "Party membership"))</h2>
            <ul id="party-life">
            \(item(ctx.t("Quần chúng ưu tú đang bồi dưỡng", "Sympathisers in progress"), p.sympathisers, "sympathisers"))
            \(item(ctx.t("Kết nạp đảng viên mới", "Admitted"), p.admitted, "admitted"))
            \(item(ctx.t("Công nhận đảng viên chính thức", "Recognised as official"), p.recognised, "recognised"))
            \(item(ctx.t("Đình chỉ sinh hoạt, tạm giam", "Suspended or detained"), p.suspensions, "suspensions"))
            \(item(ctx.t("Kỷ luật", "Disciplined"), p.disciplined, "disciplined"))
            <li id="pl-fees">\(ctx.t("Đảng phí đã thu", "Party fees collected")): <strong>\(FeeViews.money(p.feesCollected)) đ</strong>; \(ctx.t("lượt đảng viên chưa nộp", "member-months unpaid")): \(p.feesUnpaid)</li>
            <li id="pl-left">\(ctx.t("Ra khỏi Đảng", "Left the party")): <strong>\(p.left)</strong> (\(HTML.join(left, separator: ", ")))</li>
            </ul>
            """
    }

    /// The local settings the figures used, each with where it came from.
    static func localSettings(_ ctx: PageContext, _ r: StatisticsPage) -> HTML {
        let keys: [LocalSettingKey] = [.attendanceTargetPercent, .superiorVisitEvery, .monthlyReportDueDay, .issueAnswerWorkingDays]
        let items = keys.map { k -> HTML in
            let raw = k.value(in: r.local)
            let shown = k == .superiorVisitEvery ? (VisitWindow(rawValue: raw).map { ctx.label($0) } ?? raw) : raw
            let source =
                r.localSources[k].map { "\($0.unitName), \(ctx.t("từ", "from")) \($0.from.vietnamese)" } ?? ctx.t("mặc định", "default")
            return "<li>\(ctx.label(k)): <strong>\(shown)</strong> (\(source))</li>"
        }
        return """
            <details id="local-settings"><summary>\(ctx.t("Quy định địa phương đã dùng", "Local settings used"))</summary>
            <ul>\(items)</ul><p><a href="\(SiteURL.unitSettings(r.unit.id).path)">\(ctx.t("Thiết lập", "Settings"))</a></p></details>
            """
    }

    /// Oversight from above over the period: superiors at the cells' meetings against the local frequency.
    static func oversight(_ ctx: PageContext, _ unit: UUID?, _ o: OversightFigures) -> HTML {
        """
        <h2>\(ctx.t("Kiểm tra, giám sát của cấp trên", "Oversight from above"))</h2>
        <ul id="oversight">
        <li id="ov-visits">\(ctx.t("Lượt cấp trên dự sinh hoạt chi bộ", "Superiors' visits to cell meetings")): <strong>\(o.visits)</strong>; \(ctx.t("đã đánh giá", "evaluated")) \(o.evaluated), \(ctx.t("khác chi bộ tự đánh giá", "differing from the cells' own")) \(o.differing)</li>
        <li id="ov-missed">\(ctx.t("Lượt chi bộ chưa có cấp trên dự", "Cell-windows without a visit")) (\(ctx.label(o.window).lowercased())): <strong>\(o.windowsMissed)</strong>/\(o.windowsDue) <a href="\(SiteURL.unitVisits(unit).path)">\(ctx.t("Xem chi tiết", "Details"))</a></li>
        <li id="ov-reports">\(ctx.t("Trực báo của bí thư chi bộ", "Secretaries' monthly reports")): \(ctx.t("đúng hạn", "on time")) <strong>\(o.reports.onTime)</strong>, \(ctx.t("muộn", "late")) \(o.reports.late), \(ctx.t("chưa nộp, quá hạn", "missing")) <strong>\(o.reports.missing)</strong>; \(ctx.t("vụ việc nổi cộm", "pressing incidents")) \(o.hotIssues), \(ctx.t("đề xuất, kiến nghị", "proposals")) \(o.proposals) <a href="\(SiteURL.unitReports(unit).path)">\(ctx.t("Xem", "Open"))</a></li>
        <li id="ov-issues">\(ctx.t("Ý kiến, kiến nghị nêu tại sinh hoạt", "Opinions raised at meetings")): <strong>\(o.issuesRaised)</strong>, \(ctx.t("chuyển lên cấp trên", "passed up")) \(o.issuesEscalated), \(ctx.t("đã trả lời", "answered")) \(o.issuesAnswered), \(ctx.t("đã thông báo lại", "reported back")) \(o.issuesClosed); \(ctx.t("đang chờ trả lời", "open")) \(o.issuesOpen), \(ctx.t("quá hạn", "overdue")) <strong>\(o.issuesOverdue)</strong> <a href="\(SiteURL.unitIssues(unit).path)">\(ctx.t("Xem", "Open"))</a></li>
        <li id="ov-inspections">\(ctx.t("Kiểm tra, giám sát đã kết luận", "Inspections concluded")): <strong>\(o.inspectionsConcluded)</strong>; \(ctx.t("yêu cầu khắc phục đã xong", "remedies done")) \(o.remediesDone), \(ctx.t("đang mở", "open")) \(o.remediesOpen), \(ctx.t("quá hạn", "overdue")) <strong>\(o.remediesOverdue)</strong></li>
        </ul>
        """
    }

    /// The year's classification as decided, members and cells by level, this year against the two before.
    static func classification(_ ctx: PageContext, _ r: StatisticsPage) -> HTML {
        let head = [ctx.t("Mức xếp loại", "Level")] + r.classificationYears.map { String($0.year) }
        func rows(cells: Bool) -> [HTML] {
            EvaluationLevel.descending.map { level in
                let counts = r.classificationYears.map { y -> HTML in
                    let n = y.figures.count(level, cells: cells)
                    let total = cells ? y.figures.cells : y.figures.members
                    return "<td>\(n)\(total > 0 ? " (\(Layout.percent(n, of: total)))" : "")</td>"
                }
                return "<tr><th scope=\"row\">\(ctx.label(level))</th>\(HTML.join(counts))</tr>"
            }
        }
        return """
            <h2>\(ctx.t("Đánh giá, xếp loại chất lượng", "The year's evaluation"))</h2>
            <p><a href="\(SiteURL.unitEvaluations(r.unit.id).path)">\(ctx.t("Các đợt đánh giá", "Evaluation rounds"))</a></p>
            <h3>\(ctx.t("Đảng viên", "Members"))</h3>
            \(Layout.table(id: "classification-members", head: head, rows: rows(cells: false)))
            <h3>\(ctx.t("Chi bộ", "Cells"))</h3>
            \(Layout.table(id: "classification-cells", head: head, rows: rows(cells: true)))
            """
    }

    /// Training and contests of the members over the period.
    static func training(_ ctx: PageContext, _ unit: UUID?, _ t: TrainingFigures) -> HTML {
        """
        <h2>\(ctx.t("Bồi dưỡng, hội thi", "Training and contests"))</h2>
        <ul id="training-figures">
        <li id="tr-completed">\(ctx.t("Lượt hoàn thành bồi dưỡng, tập huấn", "Courses completed")): <strong>\(t.completed)</strong> <a href="\(SiteURL.unitTraining(unit).path)">\(ctx.t("Xem", "Open"))</a></li>
        <li id="tr-contests">\(ctx.t("Lượt dự hội thi", "Contest entries")): <strong>\(t.contestEntrants)</strong>, \(ctx.t("đạt giải", "with a prize")) \(t.contestPrizes)</li>
        </ul>
        """
    }

    /// For a cell: the meetings behind its figures, and the members at the striking-off rule.
    static func drillDown(_ ctx: PageContext, _ r: StatisticsPage) -> HTML {
        guard let d = r.cellDetail else { return .empty }
        let meetings = d.meetings.map { m -> HTML in
            "<tr><td><a href=\"\(SiteURL.meeting(m.id).path)\">\(m.date.vietnamese)</a></td><td>\(ctx.label(m.kind))</td><td>\(ctx.label(m.status))</td></tr>"
        }
        // The three-months rule's cases, each a step from the proposal: the member's record has the leaving form.
        let members = d.strikeOff.map { m -> HTML in
            let action: HTML =
                m.left
                ? " — \(ctx.t("đã ra khỏi Đảng", "already out"))"
                : " — <a class=\"propose-strike-off\" href=\"\(SiteURL.member(m.memberID).path)#leave-member\">\(ctx.t("xem xét xóa tên", "consider striking off"))</a>"
            return "<li><a href=\"\(SiteURL.member(m.memberID).path)\">\(m.name)</a>: \(m.months) \(ctx.t("tháng", "months"))\(action)</li>"
        }
        return """
            <h2>\(ctx.t("Các buổi sinh hoạt trong kỳ", "Meetings in the period"))</h2>
            \(Layout.table(id: "period-meetings", head: [ctx.t("Ngày", "Date"), ctx.t("Loại", "Kind"), ctx.t("Trạng thái", "Status")], rows: meetings))
            <h2>\(ctx.t("Đảng viên bỏ sinh hoạt hoặc không đóng đảng phí từ 3 tháng trong năm", "Members absent without reason or not paying fees in 3 months of the year"))</h2>
            <ul id="strike-off">\(members.isEmpty ? "<li>\(ctx.t("Không có", "None"))</li>" as HTML : HTML.join(members))</ul>
            """
    }
}
