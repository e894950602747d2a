import Vapor
import ChiBoCore

/// Statistics of a committee's cells: a table that drills down to each cell's meetings, a chart.
enum StatisticsView {
    static func rate(_ f: CellFigures) -> String { f.attendancePermille.map { "\($0 / 10),\($0 % 10)%" } ?? "—" }

    /// Attendance per cell as horizontal bars, with the rule's 85% and the local target's lines.
    static func chart(_ ctx: PageContext, _ r: StatisticsService.Report) -> HTML {
        let rows = r.cells.filter { $0.1.attendancePermille != nil }
        guard !rows.isEmpty else { return .empty }
        let width = 340, label = 120, bar = width - label - 10, h = 16
        let rule = r.rulebook.meetings.attendanceAbovePercent, target = r.rulebook.local.attendanceTargetPercent
        let lines = [rule, target].map { p -> HTML in
            let x = label + bar * p / 100
            return "<line x1=\"\(x)\" y1=\"0\" x2=\"\(x)\" y2=\"\(rows.count * h + 4)\" stroke=\"#a50e0e\" stroke-dasharray=\"3 2\"/><text x=\"\(x - 10)\" y=\"\(rows.count * h + 16)\" font-size=\"10\">\(p)%</text>"
        }
        let bars = rows.enumerated().map { i, row -> HTML in
            let (u, f) = row
            let p = f.attendancePermille ?? 0
            let w = bar * p / 1000
            let color = f.attendanceAbove(target) == true ? "#2e7d32" : f.attendanceAbove(rule) == true ? "#f9a825" : "#c62828"
            let name = u.name.replacingOccurrences(of: "Chi bộ ", with: "")
            return "<text x=\"0\" y=\"\(i * h + 12)\" font-size=\"11\">\(String(name.prefix(20)))</text><rect x=\"\(label)\" y=\"\(i * h + 2)\" width=\"\(w)\" height=\"\(h - 4)\" fill=\"\(color)\"><title>\(u.name): \(rate(f))</title></rect>"
        }
        return """
        <figure><svg id="attendance-chart" role="img" aria-label="\(ctx.t("Tỷ lệ dự sinh hoạt theo chi bộ", "Attendance by cell"))" viewBox="0 0 \(width) \(rows.count * h + 20)" width="100%">\(bars)\(lines)</svg>
        <figcaption><small>\(ctx.t("Tỷ lệ đảng viên dự sinh hoạt; vạch: \(rule)% (quy định) và \(target)% (chỉ tiêu địa phương)", "Attendance; lines: \(rule)% (rule) and \(target)% (local target)"))</small></figcaption></figure>
        """
    }

    static func page(_ ctx: PageContext, _ r: StatisticsService.Report) -> HTML {
        let rule = r.rulebook.meetings.attendanceAbovePercent, target = r.rulebook.local.attendanceTargetPercent
        func row(_ u: OrgUnit, _ f: CellFigures, total: Bool) -> HTML {
            let below: HTML = f.attendanceAbove(rule) == false ? " <span class=\"tag late\">&lt;\(rule)%</span>"
                : f.attendanceAbove(target) == false ? " <span class=\"tag\">&lt;\(target)%</span>" : .empty
            let name: HTML = total ? "<strong>\(ctx.t("Toàn đảng bộ", "All cells"))</strong>" : "<a href=\"\(Paths.unitMeetings(u.id, year: r.year))\">\(u.name)</a>"
            return """
            <tr class="\(total ? "total" : "cell-stats")"><td>\(name)</td><td class="num">\(f.members.total)</td><td class="num">\(f.regularHeld)</td>\
            <td class="num">\(f.regularLate)</td><td class="num">\(f.thematicQuartersLate)</td><td class="num">\(rate(f))\(below)</td>\
            <td class="num">\(f.attendance.unexcused)</td><td class="num">\(f.membersAtStrikeOffRule)</td><td class="num">\(f.meetingsTooShort)</td>\
            <td class="num">\(f.noticesLate)</td><td class="num">\(f.tasksOverdue)/\(f.tasksOpen)</td></tr>
            """
        }
        let rows = r.cells.map { row($0.0, $0.1, total: false) } + [row(r.unit, r.total, total: true)]
        let t = r.total
        let belowRule = r.cells.filter { $0.1.attendanceAbove(rule) == false }.count
        let belowTarget = r.cells.filter { $0.1.attendanceAbove(target) == false }.count
        return Layout.page(ctx, title: ctx.t("Thống kê", "Statistics"), """
        <p class="crumbs"><a href="\(Paths.unit(r.unit.id))">← \(r.unit.name)</a></p>
        <h1>\(ctx.t("Thống kê năm", "Statistics for")) \(r.year)</h1>
        <p class="pager"><a href="/units/\(r.unit.id)/statistics?year=\(r.year - 1)">← \(r.year - 1)</a> <a href="/units/\(r.unit.id)/statistics?year=\(r.year + 1)">\(r.year + 1) →</a> <a id="csv" href="/units/\(r.unit.id)/statistics.csv?year=\(r.year)">CSV</a></p>
        <p id="summary">\(r.cells.count) \(ctx.t("chi bộ", "cells")), \(t.members.total) \(ctx.t("đảng viên, trong đó", "members:")) \(t.members.official) \(ctx.t("chính thức", "official")), \(t.members.probationary) \(ctx.t("dự bị", "probationary")), \(t.members.exemptFull + t.members.exemptTemporary) \(ctx.t("miễn sinh hoạt", "exempt")). \
        \(ctx.t("Tỷ lệ dự sinh hoạt", "Attendance")) \(rate(t)); \(belowRule) \(ctx.t("chi bộ dưới", "cells below")) \(rule)%, \(belowTarget) \(ctx.t("chi bộ dưới", "cells below")) \(target)%.</p>
        \(chart(ctx, r))
        \(Layout.table(id: "statistics", head: [ctx.t("Chi bộ", "Cell"), ctx.t("Đảng viên", "Members"), ctx.t("SH thường kỳ", "Regular held"),
                                               ctx.t("Tháng quá hạn", "Months late"), ctx.t("Quý chuyên đề quá hạn", "Thematic quarters late"),
                                               ctx.t("Tỷ lệ dự", "Attendance"), ctx.t("Vắng không lý do", "Absent, no reason"),
                                               ctx.t("ĐV vắng không lý do ≥3 tháng", "Members absent ≥3 months"), ctx.t("Buổi quá ngắn", "Too short"),
                                               ctx.t("Thông báo muộn", "Late notices"), ctx.t("Nhiệm vụ quá hạn/mở", "Tasks overdue/open")], rows: rows))
        <p><small>\(ctx.t("Tính theo", "Computed under")) \(r.rulebook.meetings.source.document) · \(r.rulebook.versionID)</small></p>
        """)
    }
}
