import ChiBoCore
import Vapor

/// The search box of a choice from a large subtree (`ChoiceSearch`, issue 20): a GET form that works
/// without JavaScript on a narrow phone, keeping the page's other state in hidden fields, with how
/// to find someone and whether more matched than are shown.
enum ChoiceSearchViews {
    static func form(
        _ ctx: PageContext, id: String, action: String, search: ChoiceSearch, hidden: [(String, String)] = [], placeholder: String,
        help: String
    ) -> HTML {
        let fields = hidden.map { field -> HTML in "<input type=\"hidden\" name=\"\(field.0)\" value=\"\(field.1)\">" }
        let more: HTML =
            search.more
            ? "<p class=\"muted choice-more\">\(ctx.t("Còn người hoặc chi bộ khác khớp: gõ cụ thể hơn (đủ họ tên, số thẻ hoặc mã chi bộ) để thu hẹp.", "More match than are shown: type more precisely (a full name, a card number or a cell's code)."))</p>"
            : .empty
        return """
            <form id="\(id)" class="search" method="get" action="\(action)">\(fields)
            <input type="search" name="q" value="\(search.q ?? "")" maxlength="\(SubtreeChoice.maxQuery)" placeholder="\(placeholder)" aria-label="\(ctx.t("Tìm kiếm", "Search"))">
            <button type="submit">\(ctx.t("Tìm", "Search"))</button></form>
            <p class="muted choice-help">\(help)</p>\(more)
            """
    }

    /// What a form shows in place of its list when a search offers nothing to choose: where to
    /// search before a text is given, or that nothing matched.
    static func nothingToChoose(_ search: ChoiceSearch, id: String, beforeSearch: String, noMatch: String) -> HTML {
        "<span class=\"muted\" id=\"\(id)\">\(search.q == nil ? beforeSearch : noMatch)</span>"
    }
}
