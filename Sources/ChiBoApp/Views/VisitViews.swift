import ChiBoCore
import Vapor

/// GET /units/{id}/visits: superiors at the cells' meetings over a year, from `VisitsPage`.
enum VisitViews {
    static func page(_ ctx: PageContext, _ p: VisitsPage) -> HTML {
        let title = ctx.t("Cấp trên dự sinh hoạt chi bộ", "Superiors at cell meetings")
        let t = p.total
        let rows = p.rows.map { r -> HTML in
            let f = r.figures
            let now: HTML =
                switch r.visitedThisWindow {
                case .some(true): "<span class=\"tag\">\(ctx.t("đã dự", "visited"))</span>"
                case .some(false): "<span class=\"tag late\">\(ctx.t("chưa dự", "not yet"))</span>"
                case nil: "—"
                }
            return """
                <tr class="\(f.windowsMissed > 0 ? "late" : "")"><td><a href="\(SiteURL.unitVisits(r.unit.id, year: p.year).path)">\(r.unit.name)</a>\
                \(r.liaison.map { HTML(raw: "<br><small>\(HTML.escape(ctx.t("Phụ trách", "Follows it"))): \(HTML.escape($0))</small>") } ?? .empty)</td>\
                <td>\(f.visits)</td><td>\(f.evaluated)</td><td>\(f.differing)</td><td>\(f.windowsMissed)/\(f.windowsDue)</td><td>\(now)</td></tr>
                """
        }
        let visits = p.visits.map { v -> HTML in
            let evaluation: HTML =
                if let score = v.score, let q = v.quality {
                    "\(score) · \(ctx.label(q))\(v.comparison.map { c in HTML(raw: c.differs ? " <span class=\"tag late\">\(HTML.escape(ctx.label(c)))</span>" : "") } ?? .empty)"
                } else {
                    "\(ctx.t("chưa đánh giá", "not evaluated"))"
                }
            return """
                <tr class="\(v.comparison?.differs == true ? "differs" : "")"><td><a href="\(SiteURL.meeting(v.meetingId).path)">\(v.date)</a></td>\
                <td>\(p.cellNames[v.unitId.uuidString] ?? "")</td><td>\(v.visitorName)<br><small>\(v.levelName)</small></td><td>\(evaluation)</td></tr>
                """
        }
        let more: HTML =
            p.visitsTotal > p.visits.count
            ? "<p>\(ctx.t("Hiển thị", "Showing")) \(p.visits.count)/\(p.visitsTotal) \(ctx.t("lượt gần nhất", "latest"))</p>" : .empty
        return Layout.page(
            ctx, title: title,
            """
            <p class="crumbs"><a href="\(SiteURL.unit(p.unit.id).path)">← \(p.unit.name)</a></p>
            <h1>\(title) · \(p.year)</h1>
            <p class="pager"><a href="\(SiteURL.unitVisits(p.unit.id, year: p.year - 1).path)">← \(p.year - 1)</a> \
            <a href="\(SiteURL.unitVisits(p.unit.id, year: p.year + 1).path)">\(p.year + 1) →</a></p>
            <p id="visits-summary">\(ctx.t("Lượt dự", "Visits")): <strong>\(t.visits)</strong> · \(ctx.t("đã đánh giá", "evaluated")) \(t.evaluated) \
            · \(ctx.t("khác chi bộ tự đánh giá", "differing from the cells' own")) \(t.differing) · \
            \(ctx.t("kỳ chưa có cấp trên dự", "windows without a visit")) <strong>\(t.windowsMissed)</strong>/\(t.windowsDue) \
            (\(ctx.t("quy định địa phương", "local rule")): \(ctx.label(p.window).lowercased()))</p>
            \(p.rows.isEmpty ? .empty : Layout.table(
                id: "visit-units",
                head: [ctx.t("Đơn vị", "Unit"), ctx.t("Lượt dự", "Visits"), ctx.t("Đánh giá", "Evaluated"),
                    ctx.t("Khác chi bộ tự đánh giá", "Differs"), ctx.t("Kỳ chưa có cấp trên dự", "Missed"), ctx.t("Kỳ này", "This window")],
                rows: rows))
            <h2>\(ctx.t("Các lượt dự trong năm", "The year's visits"))</h2>
            \(p.visits.isEmpty ? HTML(raw: "<p>\(HTML.escape(ctx.t("Chưa có lượt dự nào.", "No visits yet.")))</p>") : Layout.table(
                id: "visit-list",
                head: [ctx.t("Ngày", "Date"), ctx.t("Chi bộ", "Cell"), ctx.t("Người dự", "Visitor"), ctx.t("Đánh giá", "Evaluation")],
                rows: visits))
            \(more)
            """)
    }
}
