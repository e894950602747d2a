import ChiBoCore
import Vapor

enum AuditView {
    static func page(_ ctx: PageContext, _ entries: [AuditDTO], first: String? = nil, next: String? = nil) -> HTML {
        var pager: [HTML] = []
        if let first { pager.append("<a href=\"\(first)\">← \(ctx.t("Mới nhất", "Newest"))</a>") }
        if let next { pager.append("<a id=\"next-page\" href=\"\(next)\">\(ctx.t("Cũ hơn", "Older")) →</a>") }
        let rows = entries.map { e -> HTML in
            """
            <tr><td>\(e.at.formatted(.iso8601))</td><td>\(e.username)</td><td>\(e.action)</td>\
            <td><details><summary>\(e.entity)</summary><pre>\(e.before ?? "")</pre><pre>\(e.after ?? "")</pre></details></td></tr>
            """
        }
        return Layout.page(
            ctx, title: ctx.t("Nhật ký thay đổi", "Audit log"),
            """
            <h1>\(ctx.t("Nhật ký thay đổi", "Audit log"))</h1>
            \(Layout.table(id: "audit", head: [ctx.t("Thời điểm (UTC)", "When (UTC)"), ctx.t("Người thực hiện", "Who"), ctx.t("Thao tác", "Action"), ctx.t("Trước / sau", "Before / after")], rows: rows))
            <div class="pager">\(pager)</div>
            """)
    }
}
