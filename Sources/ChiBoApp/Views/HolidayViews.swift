import ChiBoCore
import Vapor

/// The holiday calendar of a year, with the administrator's corrections.
enum HolidayViews {
    static func page(_ ctx: PageContext, _ p: HolidayPage, errors: [DomainError] = []) -> HTML {
        let title = ctx.t("Lịch ngày nghỉ", "Holiday calendar")
        let rows = p.days.map { d -> HTML in
            let remove: HTML =
                d.corrected
                ? """
                <form class="inline" method="post" action="\(SiteURL.holidays(year: p.year).path)">\(ctx.csrfField)\
                <input type="hidden" name="date" value="\(d.date)"><input type="hidden" name="remove" value="true">\
                <button type="submit" class="small secondary">\(ctx.t("Bỏ điều chỉnh", "Remove"))</button></form>
                """
                : .empty
            let source: HTML = d.source.map { "<br><small>\($0)</small>" } ?? .empty
            return """
                <tr class="holiday\(d.corrected ? " corrected" : "")"><td>\(CivilDate(parsing: d.date))</td>\
                <td>\(d.name)\(source)</td><td>\(ctx.label(d.kind))\(remove)</td></tr>
                """
        }
        return Layout.page(
            ctx, title: title,
            """
            <h1>\(title) \(p.year)</h1>
            <p class="pager"><a href="\(SiteURL.holidays(year: p.year - 1).path)">← \(p.year - 1)</a> \
            <a href="\(SiteURL.holidays(year: p.year + 1).path)">\(p.year + 1) →</a></p>
            <p id="working-days">\(ctx.t("Số ngày làm việc trong năm", "Working days in the year")): <strong>\(p.workingDays)</strong></p>
            <p><small>\(ctx.t("Thời hạn \"trong N ngày làm việc\" bỏ qua thứ Bảy, Chủ nhật và các ngày dưới đây. Khi Chính phủ thay đổi lịch nghỉ, điều chỉnh tại đây.", "Deadlines in working days skip weekends and the days below. Correct them here when the government moves a holiday."))</small></p>
            \(Layout.errors(ctx, errors))
            \(Layout.table(id: "holidays", head: [ctx.t("Ngày", "Date"), ctx.t("Tên", "Name"), ctx.t("Loại", "Kind")], rows: rows))
            <h2>\(ctx.t("Điều chỉnh một ngày", "Correct a day"))</h2>
            <form id="holiday-form" class="stack" method="post" action="\(SiteURL.holidays(year: p.year).path)">\(ctx.csrfField)
            \(Layout.field(ctx.t("Ngày", "Date"), "<input type=\"date\" name=\"date\" required>"))
            \(Layout.field(ctx.t("Loại", "Kind"), "<select name=\"kind\" required>\(Layout.options(HolidayKind.allCases, selected: HolidayKind.dayOff.rawValue, ctx))</select>"))
            \(Layout.field(ctx.t("Tên ngày", "Name"), "<input type=\"text\" name=\"name\" required maxlength=\"200\">"))
            \(Layout.field(ctx.t("Văn bản", "Source"), "<input type=\"text\" name=\"source\" maxlength=\"300\">"))
            <button type="submit">\(ctx.t("Lưu", "Save"))</button></form>
            """)
    }
}
