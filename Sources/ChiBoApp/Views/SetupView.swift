import ChiBoCore
import Vapor

enum SetupView {
    static func page(_ ctx: PageContext, username: String, errors: [DomainError]) -> HTML {
        Layout.page(
            ctx, title: ctx.t("Cài đặt lần đầu", "First-time setup"),
            """
            <h1>\(ctx.t("Chào mừng đến với ChiBo", "Welcome to ChiBo"))</h1>
            <p>\(ctx.t("Chưa có tài khoản nào. Tạo tài khoản quản trị viên để bắt đầu; sau đó có thể nạp dữ liệu mẫu hoặc nhập tổ chức của mình.",
                   "There is no account yet. Create the administrator to begin; then load the demo or enter your own organisation."))</p>
            \(Layout.errors(ctx, errors))
            <form id="setup" class="stack" method="post" action="\(SiteURL.setup.path)">\(ctx.csrfField)
            \(Layout.field(ctx.t("Tên đăng nhập", "User name"), "<input type=\"text\" name=\"username\" required autocapitalize=\"none\" value=\"\(username)\">"))
            \(Layout.field(ctx.t("Mật khẩu (ít nhất 8 ký tự)", "Password (8 characters or more)"), "<input type=\"password\" name=\"password\" required minlength=\"8\" autocomplete=\"new-password\">"))
            <button type="submit">\(ctx.t("Tạo quản trị viên", "Create the administrator"))</button>
            </form>
            """)
    }
}
