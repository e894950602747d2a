import ChiBoCore
import Vapor

/// GET /units/{id}/settings: the unit's local settings in force, where each comes from, and its own dated values.
enum SettingsViews {
    static func shown(_ ctx: PageContext, _ key: LocalSettingKey, _ raw: String) -> String {
        if key == .superiorVisitEvery { return VisitWindow(rawValue: raw).map { ctx.label($0) } ?? raw }
        if key == .disciplineCellUpTo || key == .disciplineGrassrootsUpTo {
            return DisciplineKind(rawValue: raw).map { ctx.label($0) } ?? raw
        }
        return raw.isEmpty ? ctx.t("không đặt", "none") : raw
    }

    static func page(_ ctx: PageContext, _ p: SettingsPage, errors: [DomainError] = []) -> HTML {
        let title = ctx.t("Quy định địa phương", "Local settings")
        let rows = p.lines.map { l -> HTML in
            let source =
                l.setBy.map { "\($0), \(ctx.t("từ", "from")) \(l.from?.vietnamese ?? "")" }
                ?? ctx.t("mặc định toàn quốc", "national default")
            return
                "<tr class=\"setting\"><td>\(ctx.label(l.key))</td><td><strong>\(shown(ctx, l.key, l.value))</strong></td><td>\(source)</td></tr>"
        }
        let own = p.own.map { o -> HTML in
            "<li>\(ctx.label(o.key)): \(shown(ctx, o.key, o.value)) — \(ctx.t("từ", "from")) \(o.from) (\(o.setBy))</li>"
        }
        let form: HTML =
            p.canSet
            ? """
            <h2>\(ctx.t("Đặt quy định", "Set a value"))</h2>
            <form id="set-setting" class="stack" method="post" action="\(SiteURL.unitSettings(p.unit.id).path)">\(ctx.csrfField)
            \(Layout.field(ctx.t("Thiết lập", "Setting"), "<select name=\"key\">\(Layout.options(LocalSettingKey.allCases, selected: nil, ctx))</select>"))
            \(Layout.field(ctx.t("Giá trị", "Value"), "<input type=\"text\" name=\"value\" maxlength=\"12\">", hint: ctx.t("Số; với tần suất cấp trên dự: month, quarter hoặc year; với mức kỷ luật: reprimand, warning, removal hoặc expulsion", "A number; for the visit frequency: month, quarter or year; for discipline: reprimand, warning, removal or expulsion")))
            \(Layout.field(ctx.t("Áp dụng từ ngày", "From"), "<input type=\"date\" name=\"from\" value=\"\(ctx.today.iso)\">"))
            <button type="submit">\(ctx.t("Lưu", "Save"))</button></form>
            """ : .empty
        return Layout.page(
            ctx, title: title,
            """
            <p class="crumbs"><a href="\(SiteURL.unit(p.unit.id).path)">← \(p.unit.name)</a></p>
            <h1>\(title)</h1>
            \(Layout.errors(ctx, errors))
            <p>\(ctx.t("Các đơn vị trực thuộc áp dụng quy định này trừ khi tự đặt quy định riêng.", "The units below follow these unless they set their own."))</p>
            \(Layout.table(id: "settings", head: [ctx.t("Thiết lập", "Setting"), ctx.t("Đang áp dụng", "In force"), ctx.t("Do", "Set by")], rows: rows))
            \(p.own.isEmpty ? .empty : HTML(raw: "<h2>\(HTML.escape(ctx.t("Quy định của đơn vị", "This unit's values")))</h2>"))<ul id="own-settings">\(own)</ul>
            \(form)
            """)
    }
}
