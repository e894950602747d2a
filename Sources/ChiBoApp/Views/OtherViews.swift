import Vapor
import ChiBoCore

enum LoginView {
    static func page(_ ctx: PageContext, username: String, next: String?, errors: [DomainError]) -> HTML {
        let nextField: HTML = next.map { "<input type=\"hidden\" name=\"next\" value=\"\($0)\">" } ?? .empty
        return Layout.page(ctx, title: ctx.t("Đăng nhập", "Log in"), """
        <h1>\(ctx.t("Đăng nhập", "Log in"))</h1>
        \(Layout.errors(ctx, errors))
        <form id="login" class="stack" method="post" action="\(Paths.loginPath)">\(ctx.csrfField)\(nextField)
        \(Layout.field(ctx.t("Tên đăng nhập", "User name"), "<input type=\"text\" name=\"username\" required autocomplete=\"username\" autocapitalize=\"none\" value=\"\(username)\">"))
        \(Layout.field(ctx.t("Mật khẩu", "Password"), "<input type=\"password\" name=\"password\" required autocomplete=\"current-password\">"))
        <button type="submit">\(ctx.t("Đăng nhập", "Log in"))</button>
        </form>
        """)
    }
}

enum HomeView {
    static func page(_ ctx: PageContext, units: [(OrgUnit, MembershipCounts)], ownMember: Member?, canLoadDemo: Bool,
                     notice: String?, meetings: [Meeting], tasks: [MeetingTask]) -> HTML {
        let p = ctx.principal!
        let roleLabel = p.mainRole.map { ctx.label($0) } ?? ""
        let unitBlocks = units.map { u, c -> HTML in
            """
            <section class="scope"><h2><a href="\(Paths.unit(u.id))">\(u.name)</a></h2>\(u.kind.isCell ? HTML(raw: "<p><a class=\"button\" href=\"" + Paths.unitMeetings(u.id) + "\">" + HTML.escape(ctx.t("Sinh hoạt chi bộ", "Meetings")) + "</a></p>") : .empty)
            \(UnitViews.countCards(ctx, c))</section>
            """
        }
        let own: HTML = ownMember.map { "<p><a id=\"my-record\" href=\"\(Paths.member($0.id))\">\(ctx.t("Hồ sơ của tôi", "My record"))</a></p>" } ?? .empty
        let demo: HTML = canLoadDemo ? """
            <form id="load-demo" class="stack" method="post" action="\(Paths.demo)">\(ctx.csrfField)
            <p>\(ctx.t("Cơ sở dữ liệu còn trống. Nạp dữ liệu mẫu của Đảng bộ xã Thượng Lâm (17 chi bộ, 435 đảng viên) để dùng thử?",
                       "The database is empty. Load the demo commune of Thượng Lâm (17 cells, 435 members) to try ChiBo?"))</p>
            \(Layout.field(ctx.t("Mật khẩu cho các tài khoản mẫu", "Password for the demo accounts"), "<input type=\"password\" name=\"password\" required minlength=\"8\" autocomplete=\"new-password\">", hint: ctx.t("Tài khoản: vanphong, kiemtra, bt01…bt17", "Accounts: vanphong, kiemtra, bt01…bt17")))
            <button type="submit">\(ctx.t("Nạp dữ liệu mẫu", "Load the demo"))</button></form>
            """ : .empty
        let today = Today.date()
        let meetingItems = meetings.map { m -> HTML in
            let open: HTML = m.status == .open ? " <span class=\"tag st-open\">\(ctx.t("đang họp: điểm danh", "in session: check in"))</span>" : .empty
            return "<li><a href=\"\(Paths.meeting(m.id))\">\(m.title)</a> — \(m.scheduledTime), \(m.date), \(m.location)\(open)</li>"
        }
        let noticeBlock: HTML = meetings.isEmpty ? .empty
            : "<h2>\(ctx.t("Thông báo sinh hoạt", "Meeting notices"))</h2><ul id=\"notices\">\(meetingItems)</ul>"
        let taskItems = tasks.map { t -> HTML in
            let overdue = t.dueDate < today.iso
            return "<li>\(t.description) — \(ctx.t("hạn", "due")) \(CivilDate(parsing: t.dueDate))\(overdue ? HTML(raw: " <span class=\"tag late\">" + HTML.escape(ctx.t("quá hạn", "overdue")) + "</span>") : .empty)</li>"
        }
        let taskBlock: HTML = tasks.isEmpty ? .empty : "<h2>\(ctx.t("Nhiệm vụ của tôi", "My tasks"))</h2><ul id=\"my-tasks\">\(taskItems)</ul>"
        return Layout.page(ctx, title: ctx.t("Trang chủ", "Home"), """
        <h1>\(ctx.t("Xin chào", "Hello")), \(p.displayName)</h1>
        <p>\(roleLabel)</p>
        \(Layout.notice(notice))
        \(noticeBlock)
        \(taskBlock)
        \(own)
        \(unitBlocks)
        \(demo)
        """)
    }
}

enum AccountViews {
    static func list(_ ctx: PageContext, _ accounts: [(Account, [AccountRole])], unitNames: [UUID: String]) -> HTML {
        let rows = accounts.map { a, roles -> HTML in
            let r = roles.map { g -> HTML in
                "<div>\(ctx.label(g.role))\(g.$unit.id.map { " — " + (unitNames[$0] ?? "") } ?? ctx.t(" — toàn hệ thống", " — everywhere"))</div>"
            }
            return "<tr class=\"account\"><td>\(a.username)</td><td>\(a.displayName)</td><td>\(r)</td><td>\(a.active ? ctx.t("Hoạt động", "Active") : ctx.t("Khóa", "Locked"))</td></tr>"
        }
        return Layout.page(ctx, title: ctx.t("Tài khoản", "Accounts"), """
        <h1>\(ctx.t("Tài khoản", "Accounts"))</h1>
        <div class="actions"><a class="button" href="\(Paths.newAccount())">\(ctx.t("Tạo tài khoản", "New account"))</a></div>
        \(Layout.table(id: "accounts", head: [ctx.t("Tên đăng nhập", "User name"), ctx.t("Tên", "Name"), ctx.t("Vai trò", "Roles"), ctx.t("Trạng thái", "State")], rows: rows))
        """)
    }

    struct FormValues: Content {
        var username: String?
        var password: String?
        var displayName: String?
        var role: String?
        var unitId: String?
        var memberId: String?
    }

    static func form(_ ctx: PageContext, values v: FormValues, units: [OrgUnit], roles: [Role], errors: [DomainError]) -> HTML {
        let unitOptions = units.map { u -> HTML in
            "<option value=\"\(u.id)\"\(HTML.attr("selected", u.id?.uuidString.lowercased() == v.unitId?.lowercased()))>\(String(repeating: "· ", count: u.depth))\(u.name)</option>"
        }
        let member: HTML = v.memberId.map { "<input type=\"hidden\" name=\"memberId\" value=\"\($0)\">" } ?? .empty
        return Layout.page(ctx, title: ctx.t("Tạo tài khoản", "New account"), """
        <h1>\(ctx.t("Tạo tài khoản", "New account"))</h1>
        \(Layout.errors(ctx, errors))
        <form id="account-form" class="stack" method="post" action="\(Paths.accounts)">\(ctx.csrfField)\(member)
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
        return Layout.page(ctx, title: ctx.t("Tài khoản của tôi", "My account"), """
        <h1>\(p.displayName)</h1>
        <p>\(ctx.t("Tên đăng nhập", "User name")): <strong>\(p.username)</strong></p>
        <ul>\(grants)</ul>
        \(Layout.notice(notice))
        \(Layout.errors(ctx, errors))
        <h2>\(ctx.t("Đổi mật khẩu", "Change password"))</h2>
        <form id="password-form" class="stack" method="post" action="\(Paths.accountPassword(p.accountID))">\(ctx.csrfField)
        \(Layout.field(ctx.t("Mật khẩu hiện tại", "Current password"), "<input type=\"password\" name=\"currentPassword\" required autocomplete=\"current-password\">"))
        \(Layout.field(ctx.t("Mật khẩu mới", "New password"), "<input type=\"password\" name=\"password\" required minlength=\"8\" autocomplete=\"new-password\">"))
        <button type="submit">\(ctx.t("Đổi mật khẩu", "Change password"))</button></form>
        """)
    }
}

enum RulebookView {
    static func page(_ ctx: PageContext, _ r: Rulebook) -> HTML {
        func section(_ title: String, _ source: RuleSource, _ rows: [(String, String)]) -> HTML {
            let trs = rows.map { k, v -> HTML in "<tr><td>\(k)</td><td class=\"num\">\(v)</td></tr>" }
            return """
            <h2>\(title)</h2>
            <p class="source">\(source.document) — \(source.title) (\(ctx.t("hiệu lực từ", "in force from")) \(source.effective.vietnamese))</p>
            \(Layout.table(id: "rules-\(source.document.filter { $0.isLetter || $0.isNumber })", head: [ctx.t("Quy định", "Rule"), ctx.t("Giá trị", "Value")], rows: trs))
            """
        }
        let m = r.meetings, v = r.votes, s = r.membership, e = r.evaluation, d = r.documents
        return Layout.page(ctx, title: ctx.t("Quy định", "Rulebook"), """
        <h1>\(ctx.t("Quy định áp dụng ngày", "Rules in force on")) \(r.date.vietnamese)</h1>
        <form class="search" method="get" action="\(Paths.rulebook)"><input type="date" name="date" value="\(r.date.iso)"><button type="submit">\(ctx.t("Xem", "Show"))</button></form>
        \(section(ctx.t("Sinh hoạt chi bộ", "Meetings"), m.source, [
            (ctx.t("Sinh hoạt thường kỳ", "Regular meeting every"), "\(m.regularEveryMonths) \(ctx.t("tháng", "month(s)"))"),
            (ctx.t("Sinh hoạt chuyên đề, mỗi quý ít nhất", "Thematic meetings a quarter, at least"), "\(m.thematicPerQuarter)"),
            (ctx.t("Thời gian tối thiểu", "Minimum length"), "\(m.minimumMinutes) \(ctx.t("phút", "min"))"),
            (ctx.t("Khi kết hợp chuyên đề và thường kỳ", "Combined thematic and regular"), "\(m.combinedMinimumMinutes) \(ctx.t("phút", "min"))"),
            (ctx.t("Gửi tài liệu trước ít nhất", "Documents sent at least"), "\(m.documentsDaysBefore) \(ctx.t("ngày", "day(s) before"))"),
            (ctx.t("Tỷ lệ dự sinh hoạt phải trên", "Attendance above"), "\(m.attendanceAbovePercent)%"),
            (ctx.t("Vắng có lý do liên tiếp tối đa", "Excused absences in a row, at most"), "\(m.maxConsecutiveExcusedAbsences)"),
            (ctx.t("Chỉ tiêu địa phương về tỷ lệ dự", "Local attendance target"), "\(r.local.attendanceTargetPercent)%"),
        ]))
        \(section(ctx.t("Biểu quyết", "Votes"), v.source, [
            (ctx.t("Nghị quyết thông thường", "Ordinary resolution"), v.ordinary.label(ctx.language)),
            (ctx.t("Kết nạp đảng viên", "Admission"), v.admission.label(ctx.language) + ctx.t(" số đảng viên chính thức", " of official members")),
            (ctx.t("Công nhận đảng viên chính thức", "Official recognition"), v.recognition.label(ctx.language) + ctx.t(" số đảng viên chính thức", " of official members")),
            (ctx.t("Khiển trách, cảnh cáo", "Reprimand, warning"), v.discipline.label(ctx.language)),
            (ctx.t("Đề nghị khai trừ", "Proposing expulsion"), v.expulsionProposal.label(ctx.language)),
            (ctx.t("Báo cáo cấp trên sau số lần không đạt", "Escalate after failed votes"), "\(v.escalateAfterFailures)"),
            (ctx.t("Đảng viên dự bị biểu quyết", "Probationary members vote"), v.probationaryMembersVote ? ctx.t("Có", "Yes") : ctx.t("Không", "No")),
        ]))
        \(section(ctx.t("Đảng viên", "Membership"), s.source, [
            (ctx.t("Thời gian dự bị", "Probation"), "\(s.probationMonths) \(ctx.t("tháng", "months"))"),
            (ctx.t("Tuổi kết nạp", "Admission age"), "\(s.admissionMinimumAge)–\(s.admissionMaximumAge)"),
            (ctx.t("Tổ chức lễ kết nạp trong", "Ceremony within"), "\(s.ceremonyWithinWorkingDays) \(ctx.t("ngày làm việc", "working days"))"),
            (ctx.t("Xét công nhận chính thức trong", "Recognition considered within"), "\(s.recognitionWithinWorkingDays) \(ctx.t("ngày làm việc", "working days"))"),
            (ctx.t("Người giới thiệu", "Introducers"), "\(s.introducersRequired)"),
            (ctx.t("Xóa tên: bỏ sinh hoạt/không đóng đảng phí trong năm", "Struck off: months missed in a year"), "\(s.strikeOffMonthsInYear) \(ctx.t("tháng", "months"))"),
            (ctx.t("Chuyển sinh hoạt chính thức trong", "Permanent transfer within"), "\(s.permanentTransferWorkingDays) \(ctx.t("ngày làm việc", "working days"))"),
        ]))
        \(section(ctx.t("Đánh giá, xếp loại", "Annual evaluation"), e.source, [
            (ctx.t("Hoàn thành xuất sắc", "Excellent"), "≥ \(e.excellentFrom)"),
            (ctx.t("Hoàn thành tốt", "Good"), "\(e.goodFrom)–<\(e.excellentFrom)"),
            (ctx.t("Hoàn thành", "Completed"), "\(e.completedFrom)–<\(e.goodFrom)"),
            (ctx.t("Tỷ lệ xuất sắc tối đa trong số hoàn thành tốt", "Excellent cap, share of good"), "\(r.local.excellentCapPercentOfGood)%"),
        ]))
        \(section(ctx.t("Thể thức văn bản", "Document format"), d.source, [
            (ctx.t("Phông chữ", "Font"), d.font),
            (ctx.t("Lề trên/dưới/trái/phải (mm)", "Margins top/bottom/left/right (mm)"), "\(d.marginTopMM)/\(d.marginBottomMM)/\(d.marginLeftMM)/\(d.marginRightMM)"),
            (ctx.t("Loại văn bản", "Document types"), d.documentTypes.joined(separator: ", ")),
        ]))
        """)
    }
}

enum AuditView {
    static func page(_ ctx: PageContext, _ entries: [AuditEntry]) -> HTML {
        let rows = entries.map { e -> HTML in
            """
            <tr><td>\(e.at.formatted(.iso8601))</td><td>\(e.username)</td><td>\(e.action)</td>\
            <td><details><summary>\(e.entity)</summary><pre>\(e.before ?? "")</pre><pre>\(e.after ?? "")</pre></details></td></tr>
            """
        }
        return Layout.page(ctx, title: ctx.t("Nhật ký thay đổi", "Audit log"), """
        <h1>\(ctx.t("Nhật ký thay đổi", "Audit log"))</h1>
        \(Layout.table(id: "audit", head: [ctx.t("Thời điểm (UTC)", "When (UTC)"), ctx.t("Người thực hiện", "Who"), ctx.t("Thao tác", "Action"), ctx.t("Trước / sau", "Before / after")], rows: rows))
        """)
    }
}
