import ChiBoCore
import Vapor

enum LoginView {
    static func page(_ ctx: PageContext, username: String, next: String?, errors: [DomainError]) -> HTML {
        let nextField: HTML = next.map { "<input type=\"hidden\" name=\"next\" value=\"\($0)\">" } ?? .empty
        return Layout.page(
            ctx, title: ctx.t("Đăng nhập", "Log in"),
            """
            <h1>\(ctx.t("Đăng nhập", "Log in"))</h1>
            \(Layout.errors(ctx, errors))
            <form id="login" class="stack" method="post" action="\(SiteURL.login().path)">\(ctx.csrfField)\(nextField)
            \(Layout.field(ctx.t("Tên đăng nhập", "User name"), "<input type=\"text\" name=\"username\" required autocomplete=\"username\" autocapitalize=\"none\" value=\"\(username)\">"))
            \(Layout.field(ctx.t("Mật khẩu", "Password"), "<input type=\"password\" name=\"password\" required autocomplete=\"current-password\">"))
            <button type="submit">\(ctx.t("Đăng nhập", "Log in"))</button>
            </form>
            """)
    }
}
