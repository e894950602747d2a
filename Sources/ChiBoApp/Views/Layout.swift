import ChiBoCore
import Vapor

/// The one layout every page uses: header with navigation, language switch and account.
enum Layout {
    /// `refresh`: seconds after which the browser loads the page again (an import being written).
    static func page(_ ctx: PageContext, title: String, refresh: Int? = nil, _ content: HTML) -> HTML {
        let nav: HTML
        if let p = ctx.principal {
            var links: [HTML] = [
                link(SiteURL.home.path, ctx.t("Trang chủ", "Home"), ctx),
                link(SiteURL.units.path, ctx.t("Tổ chức", "Units"), ctx),
            ]
            if p.grants.contains(where: { $0.role.allows(.readMembers) }) {
                links.append(link(SiteURL.members().path, ctx.t("Đảng viên", "Members"), ctx))
            }
            if p.grants.contains(where: { $0.role.allows(.manageAccounts) }) {
                links.append(link(SiteURL.accounts().path, ctx.t("Tài khoản", "Accounts"), ctx))
            }
            if p.grants.contains(where: { $0.role.allows(.readAudit) }) {
                links.append(link(SiteURL.audit().path, ctx.t("Nhật ký", "Audit log"), ctx))
            }
            links.append(link(SiteURL.rulebook.path, ctx.t("Quy định", "Rulebook"), ctx))
            if p.isGlobalAdmin {
                links.append(link(SiteURL.holidays().path, ctx.t("Ngày nghỉ", "Holidays"), ctx))
            }
            nav = """
                <nav id="nav">\(links)</nav>
                <div class="account"><a id="whoami" href="\(SiteURL.ownAccount.path)">\(p.username)</a>
                <form id="logout" method="post" action="\(SiteURL.logout.path)">\(ctx.csrfField)<button type="submit" class="link">\(ctx.t("Đăng xuất", "Log out"))</button></form></div>
                """
        } else {
            nav = "<nav id=\"nav\"><a href=\"\(SiteURL.login().path)\">\(ctx.t("Đăng nhập", "Log in"))</a></nav>"
        }
        return """
            <!doctype html>
            <html lang="\(ctx.language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title) · ChiBo</title>\(refresh.map { HTML(raw: "\n<meta http-equiv=\"refresh\" content=\"\($0)\">") } ?? .empty)
            <link rel="stylesheet" href="\(SiteURL.css.path)">
            </head>
            <body>
            <header>
            <div class="top"><a class="brand" href="\(SiteURL.home.path)">ChiBo</a>
            <span class="lang"><a id="lang-vi" href="\(SiteURL.language("vi", back: ctx.path).path)"\(HTML.attr("aria-current=\"true\"", ctx.language == .vi))>VI</a> · <a id="lang-en" href="\(SiteURL.language("en", back: ctx.path).path)"\(HTML.attr("aria-current=\"true\"", ctx.language == .en))>EN</a></span></div>
            \(nav)
            </header>
            <main>
            \(content)
            </main>
            </body>
            </html>
            """
    }

    static func link(_ href: String, _ text: String, _ ctx: PageContext) -> HTML {
        let current = href == "/" ? ctx.path == "/" : ctx.path.hasPrefix(href)
        return "<a href=\"\(href)\"\(HTML.attr("class=\"current\"", current))>\(text)</a>"
    }

    /// A box listing problems with a submission.
    static func errors(_ ctx: PageContext, _ errors: [DomainError]) -> HTML {
        guard !errors.isEmpty else { return .empty }
        let items = errors.map { e -> HTML in "<li>\(e.message(ctx.language))</li>" }
        return
            "<div class=\"errors\" role=\"alert\" id=\"errors\"><strong>\(ctx.t("Chưa lưu được:", "Not saved:"))</strong><ul>\(items)</ul></div>"
    }

    static func notice(_ text: String?) -> HTML {
        guard let text, !text.isEmpty else { return .empty }
        return "<div class=\"notice\" role=\"status\" id=\"notice\">\(text)</div>"
    }

    /// A table that scrolls sideways inside itself on a narrow screen, never the page.
    static func table(id: String, head: [String], rows: [HTML]) -> HTML {
        let th = head.map { h -> HTML in "<th>\(h)</th>" }
        return "<div class=\"table-wrap\"><table id=\"\(id)\"><thead><tr>\(th)</tr></thead><tbody>\(rows)</tbody></table></div>"
    }

    /// A share as a whole percentage, rounded ("25%").
    static func percent(_ n: Int, of total: Int) -> String {
        total == 0 ? "" : "\((n * 200 + total) / (2 * total))%"
    }

    static func field(_ label: String, _ control: HTML, hint: String? = nil) -> HTML {
        let h: HTML = hint.map { "<small>\($0)</small>" } ?? .empty
        return "<label>\(label)\(control)\(h)</label>"
    }

    static func options<T: Labelled & RawRepresentable>(_ all: [T], selected: String?, _ ctx: PageContext, blank: String? = nil) -> HTML
    where T.RawValue == String {
        var out: [HTML] = blank.map { ["<option value=\"\">\($0)</option>"] } ?? []
        out += all.map { v -> HTML in
            "<option value=\"\(v.rawValue)\"\(HTML.attr("selected", v.rawValue == selected))>\(v.label(ctx.language))</option>"
        }
        return HTML.join(out)
    }

    /// The site's only script (`/app.js`): the print page's "In" link prints. Pages carry no inline
    /// script, which the Content-Security-Policy forbids.
    static let script = """
        document.addEventListener("click", function (e) {
          var t = e.target && e.target.closest ? e.target.closest("[data-print]") : null;
          if (t) { e.preventDefault(); window.print(); }
        });

        """

    static let css = """
        *{box-sizing:border-box}
        code{overflow-wrap:anywhere}
        body{margin:0;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:#1b1b1b;background:#f6f4f0}
        header{background:#a50e0e;color:#fff;padding:.4rem .75rem}
        header a{color:#fff}
        .top{display:flex;justify-content:space-between;align-items:center}
        .brand{font-weight:700;font-size:1.2rem;text-decoration:none}
        .lang a{text-decoration:none;padding:0 .2rem}.lang a[aria-current]{font-weight:700;text-decoration:underline}
        nav{display:flex;flex-wrap:wrap;gap:.2rem .8rem;margin:.3rem 0}
        nav a{text-decoration:none;padding:.15rem 0}nav a.current{border-bottom:2px solid #ffd54f}
        .account{display:flex;gap:.6rem;align-items:center;font-size:.9rem;flex-wrap:wrap}
        .account form{margin:0}
        button.link{background:none;border:none;color:#fff;text-decoration:underline;padding:0;font:inherit;cursor:pointer;min-height:0}
        main{padding:.75rem;max-width:60rem;margin:0 auto}
        h1{font-size:1.35rem;margin:.3rem 0 .6rem}h2{font-size:1.1rem;margin:1.2rem 0 .4rem}
        a{color:#8a0c0c}
        .table-wrap{overflow-x:auto;max-width:100%;background:#fff;border:1px solid #ddd;border-radius:6px}
        table{border-collapse:collapse;width:100%}
        th,td{padding:.4rem .5rem;border-bottom:1px solid #eee;text-align:left;vertical-align:top}
        th{background:#faf5ee;font-size:.85rem;white-space:nowrap}
        td.num,th.num{text-align:right}
        form.stack{display:grid;gap:.6rem;background:#fff;padding:.75rem;border:1px solid #ddd;border-radius:6px}
        label{display:grid;gap:.2rem;font-weight:600;font-size:.95rem}
        label small{font-weight:400;color:#555}
        input,select,textarea{font:inherit;padding:.45rem;border:1px solid #aaa;border-radius:4px;width:100%;max-width:100%;background:#fff}
        button,.button{font:inherit;background:#a50e0e;color:#fff;border:none;border-radius:4px;padding:.55rem 1rem;cursor:pointer;text-decoration:none;display:inline-block;min-height:44px}
        .button.secondary,button.secondary{background:#555}
        .errors{background:#fdecea;border:1px solid #e0a3a0;padding:.5rem .75rem;border-radius:6px;margin:.5rem 0}
        .errors ul{margin:.3rem 0 0;padding-left:1.2rem}
        .notice{background:#e8f5e9;border:1px solid #9ccc9f;padding:.5rem .75rem;border-radius:6px;margin:.5rem 0}
        .cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(9rem,1fr));gap:.5rem}
        .card{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.5rem .6rem}
        .card .n{font-size:1.5rem;font-weight:700}.card .l{font-size:.85rem;color:#444}
        .crumbs{font-size:.9rem;margin:.2rem 0}
        .actions{display:flex;flex-wrap:wrap;gap:.5rem;margin:.5rem 0}
        details{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.5rem .75rem;margin:.5rem 0}
        summary{cursor:pointer;font-weight:600}
        dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem .8rem;background:#fff;padding:.6rem;border:1px solid #ddd;border-radius:6px}
        dl.facts dt{font-weight:600;color:#444}dl.facts dd{margin:0}
        .tag{display:inline-block;font-size:.78rem;padding:0 .35rem;border-radius:3px;background:#eee;margin-left:.2rem}
        .tag.prob{background:#fff3cd}.tag.ex{background:#e3f2fd}.tag.tr{background:#ede7f6}
        ul.tree{list-style:none;padding-left:1rem}ul.tree li{margin:.2rem 0}
        .pager{display:flex;gap:1rem;margin:.6rem 0}
        form.search{display:flex;gap:.4rem;margin:.5rem 0}form.search input{flex:1}
        .due{display:inline-block;padding:.15rem .35rem;margin:.1rem;border-radius:4px;font-size:.85rem;background:#fff3cd}
        .due-held{background:#c8e6c9}.due-late,.due.overdue{background:#ffcdd2;font-weight:700}
        label.check{display:flex;align-items:center;gap:.5rem;font-weight:400}label.check input{width:auto}
        .months,.quarters{display:flex;flex-wrap:wrap}
        .warn{color:#a50e0e;font-weight:700}
        .tag.late{background:#ffcdd2}.tag.ok{background:#c8e6c9}
        .tag.st-open{background:#c8e6c9}.tag.st-locked{background:#e0e0e0}.tag.st-notified{background:#fff3cd}
        .code{background:#fff;border:2px solid #a50e0e;border-radius:8px;text-align:center;padding:.5rem;margin:.5rem 0}
        .code div{font-size:2.6rem;font-weight:700;letter-spacing:.3rem}
        .pre{white-space:pre-wrap}
        form.mark,form.tally{display:flex;flex-wrap:wrap;gap:.3rem;align-items:center}
        form.mark select,form.mark input{width:auto;flex:1 1 8rem}
        form.tally label{flex:1 1 5rem;font-weight:400;font-size:.85rem}
        label.inline{display:flex;gap:.4rem;align-items:center;font-weight:400}label.inline input{width:auto}
        button.small{min-height:36px;padding:.3rem .6rem}
        tr.overdue td{background:#fff0f0}
        ol#agenda>li{margin:.6rem 0}
        ul.people{list-style:none;padding:0}ul.people>li{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.5rem .6rem;margin:.4rem 0}
        ul.people details{border:none;padding:0;margin:.3rem 0 0}
        ul.docs{margin:.3rem 0;padding-left:1.1rem;font-size:.9rem}
        details.attach{border:none;padding:0;margin:.3rem 0 0;background:none}details.attach summary{font-weight:400;font-size:.9rem}
        form.doc-upload{display:flex;flex-wrap:wrap;gap:.3rem;align-items:center;margin-top:.3rem}form.doc-upload input[type=file]{flex:1 1 12rem}
        @media print{header,.actions,form,details{display:none}body{background:#fff}}
        @media (max-width:400px){dl.facts{grid-template-columns:1fr}dl.facts dd{margin-bottom:.3rem}}
        """
}

enum ErrorView {
    static func page(_ ctx: PageContext, status: HTTPStatus, errors: [DomainError]) -> HTML {
        let title: String
        switch status {
        case .notFound: title = ctx.t("Không tìm thấy", "Not found")
        case .forbidden: title = ctx.t("Không được phép", "Not allowed")
        case .unauthorized: title = ctx.t("Cần đăng nhập", "Please log in")
        case .tooManyRequests: title = ctx.t("Thử lại sau", "Try again later")
        case .internalServerError: title = ctx.t("Đã có lỗi", "Something went wrong")
        default: title = ctx.t("Yêu cầu không hợp lệ", "Invalid request")
        }
        let messages = errors.map { e -> HTML in "<p>\(e.message(ctx.language))</p>" }
        return Layout.page(
            ctx, title: title,
            """
            <h1>\(title)</h1>
            \(messages)
            <p><a href="\(SiteURL.home.path)">\(ctx.t("Về trang chủ", "Back to the home page"))</a></p>
            """)
    }
}
