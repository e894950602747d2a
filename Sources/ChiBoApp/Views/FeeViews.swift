import ChiBoCore
import Vapor

/// A cell's party fees for a month: a line a member, the amount, the relief, paid or not.
enum FeeViews {
    /// "1.250.000": thousands grouped with dots, as Vietnamese amounts are written.
    static func money(_ n: Int) -> String {
        let digits = Array(String(abs(n)))
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(".") }
            out.append(d)
        }
        return (n < 0 ? "-" : "") + out
    }

    static func page(_ ctx: PageContext, _ s: FeeSheet, errors: [DomainError] = [], notice: String? = nil) -> HTML {
        let title = ctx.t("Đảng phí", "Party fees")
        guard let month = ReportPeriod.YearMonth(parsing: s.month) else { return .empty }
        let previous = month.adding(months: -1), next = month.adding(months: 1)
        let rows = s.lines.map { l -> HTML in
            let id = l.memberId.uuidString
            let amount: HTML =
                s.canWrite
                ? "<input type=\"number\" name=\"amount.\(id)\" min=\"0\" step=\"1000\" value=\"\(l.amount)\" inputmode=\"numeric\" aria-label=\"\(ctx.t("Số tiền", "Amount"))\">"
                : "\(money(l.amount))"
            let relief: HTML =
                s.canWrite
                ? "<select name=\"relief.\(id)\" aria-label=\"\(ctx.t("Miễn, giảm", "Relief"))\">\(Layout.options(FeeRelief.allCases, selected: l.relief.rawValue, ctx))</select>"
                : "\(ctx.label(l.relief))"
            let paid: HTML =
                s.canWrite
                ? "<input type=\"checkbox\" name=\"paid.\(id)\" value=\"true\"\(l.paidOn != nil ? " checked" : "") aria-label=\"\(ctx.t("Đã nộp", "Paid"))\">"
                : "\(l.paidOn.flatMap(CivilDate.init(parsing:)).map { $0.vietnamese } ?? "—")"
            let unpaid = l.recorded && l.paidOn == nil && l.relief != .exempt
            return
                "<tr class=\"fee\(unpaid ? " unpaid" : "")\"><td>\(l.fullName)</td><td>\(amount)</td><td>\(relief)</td><td>\(paid)</td></tr>"
        }
        let form: HTML =
            s.canWrite
            ? """
            <form id="fees-form" method="post" action="\(SiteURL.unitFees(s.unit.id).path)">\(ctx.csrfField)
            <input type="hidden" name="month" value="\(s.month)">
            \(Layout.table(id: "fees", head: [ctx.t("Họ và tên", "Name"), ctx.t("Số tiền (đồng)", "Amount (đ)"), ctx.t("Miễn, giảm", "Relief"), ctx.t("Đã nộp", "Paid")], rows: rows))
            \(Layout.field(ctx.t("Ngày thu", "Collected on"), "<input type=\"date\" name=\"paidOn\" value=\"\(min(ctx.today, month.lastDay).iso)\" max=\"\(ctx.today.iso)\">"))
            <button type="submit">\(ctx.t("Lưu", "Save"))</button></form>
            """
            : Layout.table(
                id: "fees",
                head: [
                    ctx.t("Họ và tên", "Name"), ctx.t("Số tiền (đồng)", "Amount (đ)"), ctx.t("Miễn, giảm", "Relief"),
                    ctx.t("Ngày nộp", "Paid on"),
                ],
                rows: rows)
        return Layout.page(
            ctx, title: title,
            """
            <p class="crumbs"><a href="\(SiteURL.unit(s.unit.id).path)">← \(s.unit.name)</a></p>
            <h1>\(title) · \(ctx.t("tháng", "month")) \(month.month)/\(month.year)</h1>
            <p class="pager"><a href="\(SiteURL.unitFees(s.unit.id, month: previous.key).path)">← \(previous.month)/\(previous.year)</a> \
            <a href="\(SiteURL.unitFees(s.unit.id, month: next.key).path)">\(next.month)/\(next.year) →</a></p>
            \(Layout.notice(notice))
            \(Layout.errors(ctx, errors))
            <p id="fees-summary">\(ctx.t("Đã thu", "Collected")): <strong>\(money(s.collected)) đ</strong>; \(ctx.t("chưa nộp", "unpaid")): <strong>\(s.unpaid)</strong> \(ctx.t("đảng viên", "members"))</p>
            <p><small>\(ctx.t("Mức đóng: 1% tiền lương đóng bảo hiểm xã hội, 0,5% lương hưu; miễn khi đủ 50 năm tuổi Đảng, hộ nghèo, bệnh hiểm nghèo; giảm 30%, 50%, 70% theo quy định.", "Rate: 1% of the insured salary, 0.5% of a pension; exempt after 50 years of membership, for poor households and catastrophic illness; reductions of 30, 50 or 70%."))</small></p>
            \(form)
            """)
    }
}
