import ChiBoCore
import Vapor

enum HomeView {
    static func page(
        _ ctx: PageContext, units: [UnitSummary], ownMember: MemberDTO?, canLoadDemo: Bool,
        notice: String?, meetings: [MeetingRow], tasks: [TaskDTO], issues: [IssueDTO] = [], evaluations: [OwnEvaluation] = []
    ) -> HTML {
        let p = ctx.principal!
        let roleLabel = p.mainRole.map { ctx.label($0) } ?? ""
        let unitBlocks = units.map { s -> HTML in
            let u = s.unit
            return """
                <section class="scope"><h2><a href="\(SiteURL.unit(u.id).path)">\(u.name)</a></h2>\(u.kind.isCell ? HTML(raw: "<p><a class=\"button\" href=\"" + SiteURL.unitMeetings(u.id).path + "\">" + HTML.escape(ctx.t("Sinh hoạt chi bộ", "Meetings")) + "</a></p>") : .empty)
                \(UnitViews.countCards(ctx, s.counts))</section>
                """
        }
        let own: HTML =
            ownMember.map { "<p><a id=\"my-record\" href=\"\(SiteURL.member($0.id).path)\">\(ctx.t("Hồ sơ của tôi", "My record"))</a></p>" }
            ?? .empty
        let demo: HTML =
            canLoadDemo
            ? """
            <form id="load-demo" class="stack" method="post" action="\(SiteURL.demo.path)">\(ctx.csrfField)
            <p>\(ctx.t("Cơ sở dữ liệu còn trống. Nạp dữ liệu mẫu của Đảng bộ xã Thượng Lâm (17 chi bộ, 435 đảng viên) để dùng thử?",
                       "The database is empty. Load the demo commune of Thượng Lâm (17 cells, 435 members) to try ChiBo?"))</p>
            \(Layout.field(ctx.t("Mật khẩu cho các tài khoản mẫu", "Password for the demo accounts"), "<input type=\"password\" name=\"password\" required minlength=\"8\" autocomplete=\"new-password\">", hint: ctx.t("Tài khoản: vanphong, kiemtra, uv01…uv04, bt01…bt17", "Accounts: vanphong, kiemtra, uv01…uv04, bt01…bt17")))
            <button type="submit">\(ctx.t("Nạp dữ liệu mẫu", "Load the demo"))</button></form>
            """ : .empty
        let meetingItems = meetings.map { m -> HTML in
            let open: HTML =
                m.isOpenForCheckIn ? " <span class=\"tag st-open\">\(ctx.t("đang họp: điểm danh", "in session: check in"))</span>" : .empty
            return "<li><a href=\"\(SiteURL.meeting(m.id).path)\">\(m.title)</a> — \(m.time), \(m.date), \(m.location)\(open)</li>"
        }
        let noticeBlock: HTML =
            meetings.isEmpty
            ? .empty
            : "<h2>\(ctx.t("Thông báo sinh hoạt", "Meeting notices"))</h2><ul id=\"notices\">\(meetingItems)</ul>"
        let taskItems = tasks.map { t -> HTML in
            "<li>\(t.description) — \(ctx.t("hạn", "due")) \(t.dueDate)\(t.overdue ? HTML(raw: " <span class=\"tag late\">" + HTML.escape(ctx.t("quá hạn", "overdue")) + "</span>") : .empty)</li>"
        }
        let taskBlock: HTML =
            tasks.isEmpty ? .empty : "<h2>\(ctx.t("Nhiệm vụ của tôi", "My tasks"))</h2><ul id=\"my-tasks\">\(taskItems)</ul>"
        let issueItems = issues.map { i -> HTML in
            "<li><a href=\"\(SiteURL.issue(i.id).path)\">\(i.text)</a> — \(ctx.label(i.status)) (\(ctx.label(i.responder)))</li>"
        }
        let issueBlock: HTML =
            issues.isEmpty
            ? .empty : "<h2>\(ctx.t("Ý kiến, kiến nghị tôi đã nêu", "Opinions I raised"))</h2><ul id=\"my-issues\">\(issueItems)</ul>"
        let evaluationItems = evaluations.map { e -> HTML in
            let state: HTML =
                if let level = e.finalLevel { EvaluationViews.levelTag(ctx, level) } else if e.round.status == .open {
                    HTML(stringLiteral: ctx.label(e.next))
                } else { HTML(stringLiteral: ctx.label(e.round.status)) }
            return "<li><a href=\"\(SiteURL.memberEvaluation(e.id).path)\">\(EvaluationViews.period(ctx, e.round))</a> — \(state)</li>"
        }
        let evaluationBlock: HTML =
            evaluations.isEmpty
            ? .empty : "<h2>\(ctx.t("Kiểm điểm, xếp loại của tôi", "My evaluation"))</h2><ul id=\"my-evaluations\">\(evaluationItems)</ul>"
        return Layout.page(
            ctx, title: ctx.t("Trang chủ", "Home"),
            """
            <h1>\(ctx.t("Xin chào", "Hello")), \(p.displayName)</h1>
            <p>\(roleLabel)</p>
            \(Layout.notice(notice))
            \(noticeBlock)
            \(taskBlock)
            \(issueBlock)
            \(evaluationBlock)
            \(own)
            \(unitBlocks)
            \(demo)
            """)
    }
}
