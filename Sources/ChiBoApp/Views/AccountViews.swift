import ChiBoCore
import Vapor

enum AccountViews {
    static func list(
        _ ctx: PageContext, _ accounts: [AccountDTO], unitNames: [UUID: String], first: Bool = false, next: String? = nil
    ) -> HTML {
        var pager: [HTML] = []
        if first { pager.append("<a href=\"\(SiteURL.accounts().path)\">← \(ctx.t("Trang đầu", "First page"))</a>") }
        if let next {
            pager.append("<a id=\"next-page\" href=\"\(SiteURL.accounts(after: next).path)\">\(ctx.t("Trang sau", "Next page")) →</a>")
        }
        let rows = accounts.map { a -> HTML in
            let r = a.roles.filter { $0.endedOn.flatMap(CivilDate.init(parsing:)).map { $0 > ctx.today } ?? true }.map { g -> HTML in
                "<div>\(ctx.label(g.role))\(g.unitId.map { " — " + (unitNames[$0] ?? "") } ?? ctx.t(" — toàn hệ thống", " — everywhere"))</div>"
            }
            return
                "<tr class=\"account\"><td><a href=\"\(SiteURL.account(a.id).path)\">\(a.username)</a></td><td>\(a.displayName)</td><td>\(r)</td><td>\(a.active ? ctx.t("Hoạt động", "Active") : ctx.t("Khóa", "Locked"))</td></tr>"
        }
        return Layout.page(
            ctx, title: ctx.t("Tài khoản", "Accounts"),
            """
            <h1>\(ctx.t("Tài khoản", "Accounts"))</h1>
            <div class="actions"><a class="button" href="\(SiteURL.newAccount().path)">\(ctx.t("Tạo tài khoản", "New account"))</a></div>
            \(Layout.table(id: "accounts", head: [ctx.t("Tên đăng nhập", "User name"), ctx.t("Tên", "Name"), ctx.t("Vai trò", "Roles"), ctx.t("Trạng thái", "State")], rows: rows))
            <div class="pager">\(pager)</div>
            """)
    }

    static func form(_ ctx: PageContext, values v: AccountInput, units: [UnitDTO], roles: [Role], errors: [DomainError]) -> HTML {
        let unitOptions = units.map { u -> HTML in
            "<option value=\"\(u.id)\"\(HTML.attr("selected", u.id?.uuidString.lowercased() == v.unitId?.lowercased()))>\(String(repeating: "· ", count: u.depth))\(u.name)</option>"
        }
        let member: HTML = v.memberId.map { "<input type=\"hidden\" name=\"memberId\" value=\"\($0)\">" } ?? .empty
        return Layout.page(
            ctx, title: ctx.t("Tạo tài khoản", "New account"),
            """
            <h1>\(ctx.t("Tạo tài khoản", "New account"))</h1>
            \(Layout.errors(ctx, errors))
            <form id="account-form" class="stack" method="post" action="\(SiteURL.accounts().path)">\(ctx.csrfField)\(member)
            \(Layout.field(ctx.t("Tên đăng nhập", "User name"), "<input type=\"text\" name=\"username\" required autocapitalize=\"none\" value=\"\(v.username)\">"))
            \(Layout.field(ctx.t("Tên hiển thị", "Display name"), "<input type=\"text\" name=\"displayName\" maxlength=\"100\" value=\"\(v.displayName)\">"))
            \(Layout.field(ctx.t("Mật khẩu", "Password"), "<input type=\"password\" name=\"password\" required minlength=\"8\" autocomplete=\"new-password\">"))
            \(Layout.field(ctx.t("Vai trò", "Role"), "<select name=\"role\" required>\(Layout.options(roles, selected: v.role, ctx))</select>"))
            \(Layout.field(ctx.t("Phạm vi (tổ chức và cấp dưới)", "Scope (unit and everything under it)"), "<select name=\"unitId\" required>\(unitOptions)</select>"))
            <button type="submit">\(ctx.t("Tạo", "Create"))</button>
            </form>
            """)
    }

    static func own(_ ctx: PageContext, errors: [DomainError], notice: String?) -> HTML {
        let p = ctx.principal!
        let grants = p.grants.map { g -> HTML in "<li>\(ctx.label(g.role))</li>" }
        return Layout.page(
            ctx, title: ctx.t("Tài khoản của tôi", "My account"),
            """
            <h1>\(p.displayName)</h1>
            <p>\(ctx.t("Tên đăng nhập", "User name")): <strong>\(p.username)</strong></p>
            <ul>\(grants)</ul>
            <p><a id="sessions-link" href="\(SiteURL.ownSessions.path)">\(ctx.t("Các phiên đăng nhập", "Login sessions"))</a></p>
            \(Layout.notice(notice))
            \(Layout.errors(ctx, errors))
            <h2>\(ctx.t("Đổi mật khẩu", "Change password"))</h2>
            <form id="password-form" class="stack" method="post" action="\(SiteURL.accountPassword(p.accountID).path)">\(ctx.csrfField)
            \(Layout.field(ctx.t("Mật khẩu hiện tại", "Current password"), "<input type=\"password\" name=\"currentPassword\" required autocomplete=\"current-password\">"))
            \(Layout.field(ctx.t("Mật khẩu mới", "New password"), "<input type=\"password\" name=\"password\" required minlength=\"8\" autocomplete=\"new-password\">"))
            <button type="submit">\(ctx.t("Đổi mật khẩu", "Change password"))</button></form>
            """)
    }

    /// One's own login sessions, each with a button that ends it.
    static func sessions(_ ctx: PageContext, _ page: SessionsPage) -> HTML {
        func when(_ d: Date) -> String {
            let l = LocalDateTime.now(secondsSince1970: d.timeIntervalSince1970)
            return l.date.vietnamese + " " + String(format: "%02d:%02d", l.hour, l.minute)
        }
        let rows = page.rows.map { r -> HTML in
            let label = r.current ? ctx.t("Đăng xuất", "Log out") : ctx.t("Kết thúc", "End")
            let end: HTML =
                "<form method=\"post\" action=\"\(SiteURL.ownSessionEnd(r.id).path)\">\(ctx.csrfField)<button type=\"submit\" class=\"link\">\(label)</button></form>"
            let tag: HTML = r.current ? " <span class=\"tag\">\(ctx.t("phiên này", "this session"))</span>" : .empty
            return """
                <tr><td>\(when(r.createdAt))\(tag)</td><td>\(when(r.lastSeenAt))</td><td>\(when(r.expiresAt))</td>\
                <td>\(r.ip)</td><td>\(r.userAgent)</td><td>\(end)</td></tr>
                """
        }
        let head = [
            ctx.t("Đăng nhập lúc", "Logged in"), ctx.t("Dùng lần cuối", "Last used"), ctx.t("Hết hạn", "Expires"),
            ctx.t("Địa chỉ", "Address"), ctx.t("Trình duyệt", "Browser"), "",
        ]
        let intro = ctx.t(
            "Mỗi lần đăng nhập trên một trình duyệt là một phiên. Phiên tự kết thúc khi không dùng hoặc hết hạn; đổi mật khẩu kết thúc mọi phiên khác.",
            "Each login in a browser is a session. A session ends when left unused or at its limit; changing the password ends every other one."
        )
        return Layout.page(
            ctx, title: ctx.t("Các phiên đăng nhập", "Login sessions"),
            """
            <h1>\(ctx.t("Các phiên đăng nhập", "Login sessions"))</h1>
            <p>\(intro)</p>
            \(Layout.table(id: "sessions", head: head, rows: rows))
            <p><a href="\(SiteURL.ownAccount.path)">← \(ctx.t("Tài khoản của tôi", "My account"))</a></p>
            """)
    }

    /// One account for the staff managing it: its roles held and ended, deactivating it, ending a role.
    static func account(_ ctx: PageContext, _ p: AccountPage, errors: [DomainError]) -> HTML {
        func day(_ iso: String?) -> String { iso.flatMap(CivilDate.init(parsing:))?.vietnamese ?? "" }
        let rows = p.roles.map { r -> HTML in
            let scope = r.unitName ?? (r.unitId == nil ? ctx.t("Toàn hệ thống", "Everywhere") : "")
            let origin: HTML = r.fromOffice ? " <span class=\"tag\">\(ctx.t("theo chức vụ", "from office"))</span>" : ""
            let state: HTML
            if r.held {
                let reasons = Layout.options(RoleEndReason.allCases, selected: RoleEndReason.revoked.rawValue, ctx)
                state = """
                    \(r.endedOn.map { ctx.t("Đến ngày ", "Until ") + day($0) } ?? ctx.t("Đang giữ", "Held"))
                    <form class="stack end-role" method="post" action="\(SiteURL.accountRoleEnd(p.id, role: r.id).path)">\(ctx.csrfField)
                    \(Layout.field(ctx.t("Ngày thôi", "End date"), "<input type=\"date\" name=\"on\" required value=\"\(ctx.today.iso)\">"))
                    \(Layout.field(ctx.t("Lý do", "Reason"), "<select name=\"reason\">\(reasons)</select>"))
                    <button type="submit" class="secondary">\(ctx.t("Kết thúc vai trò", "End the role"))</button></form>
                    """
            } else {
                let why = r.endReason.map { ctx.label($0) } ?? ""
                let by = r.endedBy.map { ctx.t(" — bởi ", " — by ") + $0 } ?? ""
                state = "<span class=\"ended\">\(ctx.t("Đã thôi từ ", "Ended on ") + day(r.endedOn))</span><br><small>\(why)\(by)</small>"
            }
            return
                "<tr class=\"role\(r.held ? "" : " ended")\"><td>\(ctx.label(r.role))\(origin)</td><td>\(scope)</td><td>\(state)</td></tr>"
        }
        let member: HTML =
            p.memberId.map { "<p>\(ctx.t("Đảng viên", "Member")): <a href=\"\(SiteURL.member($0).path)\">\(p.memberName ?? "")</a></p>" }
            ?? .empty
        let state =
            p.active
            ? ctx.t("Hoạt động", "Active") + " — "
                + ctx.t("\(p.sessions) phiên đăng nhập, \(p.tokens) khóa API", "\(p.sessions) login sessions, \(p.tokens) API tokens")
            : ctx.t("Đã khóa: không đăng nhập được", "Deactivated: cannot sign in")
        let deactivate: HTML =
            p.canDeactivate
            ? """
            <form id="deactivate-form" method="post" action="\(SiteURL.accountAction(p.id, .deactivate).path)">\(ctx.csrfField)\
            <button type="submit" class="danger">\(ctx.t("Khóa tài khoản", "Deactivate the account"))</button></form>
            <p><small>\(ctx.t("Khóa tài khoản kết thúc ngay mọi phiên đăng nhập và khóa API của tài khoản.", "Deactivating ends the account's login sessions and API tokens at once."))</small></p>
            """ : .empty
        let reactivate: HTML =
            p.canReactivate
            ? """
            <form id="reactivate-form" method="post" action="\(SiteURL.accountAction(p.id, .reactivate).path)">\(ctx.csrfField)\
            <button type="submit" class="secondary">\(ctx.t("Mở lại tài khoản", "Reactivate the account"))</button></form>
            """ : .empty
        return Layout.page(
            ctx, title: p.username,
            """
            <p><a href="\(SiteURL.accounts().path)">← \(ctx.t("Tài khoản", "Accounts"))</a></p>
            <h1>\(p.displayName)</h1>
            <p>\(ctx.t("Tên đăng nhập", "User name")): <strong>\(p.username)</strong></p>
            \(member)
            <p id="account-state">\(state)</p>
            \(Layout.errors(ctx, errors))
            \(deactivate)\(reactivate)
            <h2>\(ctx.t("Vai trò", "Roles"))</h2>
            \(Layout.table(id: "roles", head: [ctx.t("Vai trò", "Role"), ctx.t("Phạm vi", "Scope"), ctx.t("Thời hạn", "Term")], rows: rows))
            """)
    }
}
