import ChiBoCore
import Vapor

/// Pages of the party tree: the tree, a unit, its forms.
enum UnitViews {
    static func countCards(_ ctx: PageContext, _ c: MembershipCounts) -> HTML {
        func card(_ id: String, _ n: Int, _ label: String) -> HTML {
            "<div class=\"card\" id=\"count-\(id)\"><div class=\"n\">\(n)</div><div class=\"l\">\(label)</div></div>"
        }
        return """
            <div class="cards">
            \(card("total", c.total, ctx.t("Tổng số đảng viên", "Members")))
            \(card("official", c.official, ctx.t("Chính thức", "Official")))
            \(card("probationary", c.probationary, ctx.t("Dự bị", "Probationary")))
            \(card("exempt", c.exemptFull, ctx.t("Miễn sinh hoạt", "Exempt")))
            \(card("exempt-temporary", c.exemptTemporary, ctx.t("Tạm miễn", "Temporarily exempt")))
            \(card("transferred-out", c.transferredOut, ctx.t("SH tạm thời đi", "Temporarily away")))
            \(card("transferred-in", c.transferredIn, ctx.t("SH tạm thời đến (không tính)", "Visiting (not counted)")))
            </div>
            """
    }

    static func treePage(_ ctx: PageContext, roots: [UnitBranch], canCreateRoot: Bool) -> HTML {
        let items = roots.map { branch -> HTML in
            let root = branch.unit
            let kids = branch.children.map { c -> HTML in
                "<li><a href=\"\(SiteURL.unit(c.id).path)\">\(c.name)</a> <small>\(c.code)</small></li>"
            }
            return "<li><a href=\"\(SiteURL.unit(root.id).path)\"><strong>\(root.name)</strong></a><ul class=\"tree\">\(kids)</ul></li>"
        }
        let create: HTML =
            canCreateRoot
            ? "<div class=\"actions\"><a class=\"button\" href=\"\(SiteURL.newUnit(parent: nil).path)\">\(ctx.t("Thêm tổ chức cấp cao nhất", "Add a top-level unit"))</a></div>"
            : .empty
        let empty: HTML = roots.isEmpty ? "<p>\(ctx.t("Chưa có tổ chức nào.", "No units yet."))</p>" : .empty
        return Layout.page(
            ctx, title: ctx.t("Tổ chức", "Units"),
            """
            <h1>\(ctx.t("Tổ chức đảng", "Party organisation"))</h1>
            \(empty)
            <ul class="tree" id="unit-tree">\(items)</ul>
            \(create)
            """)
    }

    static func page(_ ctx: PageContext, _ p: UnitPage) -> HTML {
        let u = p.unit
        let crumbs = p.ancestors.map { a -> HTML in "<a href=\"\(SiteURL.unit(a.id).path)\">\(a.name)</a> › " }
        let kind: String = u.cellType.map { ctx.label($0) } ?? ctx.label(u.kind)
        let officerRows = p.officers.map { o -> HTML in
            let end: HTML =
                p.canManage
                ? "<form method=\"post\" action=\"\(SiteURL.unitOfficerEnd(u.id, officer: o.id).path)\">\(ctx.csrfField)<input type=\"hidden\" name=\"until\" value=\"\(ctx.today.iso)\"><button type=\"submit\" class=\"secondary\">\(ctx.t("Thôi", "End"))</button></form>"
                : .empty
            let name: HTML = p.canReadMembers ? "<a href=\"\(SiteURL.member(o.memberId).path)\">\(o.fullName)</a>" : "\(o.fullName)"
            return
                "<tr class=\"officer\"><td>\(ctx.label(o.role))</td><td>\(name)</td><td>\(CivilDate(parsing: o.from))</td><td>\(end)</td></tr>"
        }
        let childItems = p.children.map { c -> HTML in
            "<li><a href=\"\(SiteURL.unit(c.id).path)\">\(c.name)</a> <small>\(c.code)</small></li>"
        }
        let childrenBlock: HTML =
            u.kind.isCell
            ? .empty
            : """
            <h2>\(ctx.t("Tổ chức trực thuộc", "Units under it")) (\(p.children.count))</h2>
            <ul class="tree" id="children">\(childItems)</ul>
            """
        var actions: [HTML] = []
        if u.kind.isCell {
            actions.append(
                "<a class=\"button\" id=\"meetings-link\" href=\"\(SiteURL.unitMeetings(u.id).path)\">\(ctx.t("Sinh hoạt chi bộ", "Meetings"))</a>"
            )
        } else {
            actions.append(
                "<a class=\"button\" id=\"statistics-link\" href=\"\(SiteURL.unitStatistics(u.id).path)\">\(ctx.t("Thống kê", "Statistics"))</a>"
            )
        }
        actions.append(
            "<a class=\"button\" id=\"visits-link\" href=\"\(SiteURL.unitVisits(u.id).path)\">\(ctx.t("Cấp trên dự sinh hoạt", "Superiors' visits"))</a>"
        )
        if p.canReadMembers {
            actions.append(
                "<a class=\"button\" href=\"\(SiteURL.members(unit: u.id).path)\">\(ctx.t("Tìm đảng viên", "Search members"))</a>")
            actions.append(
                "<a class=\"button\" id=\"recruitment-link\" href=\"\(SiteURL.unitRecruitment(u.id).path)\">\(ctx.t("Phát triển đảng viên", "Recruitment"))</a>"
            )
        }
        // Committee staff bring the member list in, and take it out, in the import's columns.
        if p.canManage {
            actions.append(
                "<a class=\"button\" id=\"import-link\" href=\"\(SiteURL.unitImport(u.id).path)\">\(ctx.t("Nhập, xuất danh sách", "Import, export the list"))</a>"
            )
        }
        if p.canReadMembers && u.kind.isCell {
            actions.append(
                "<a class=\"button\" id=\"fees-link\" href=\"\(SiteURL.unitFees(u.id).path)\">\(ctx.t("Đảng phí", "Party fees"))</a>")
        }
        // The same accounts run meetings and read the monthly reports (secretaries, committee staff).
        if p.canWriteMembers {
            actions.append(
                "<a class=\"button\" id=\"reports-link\" href=\"\(SiteURL.unitReports(u.id).path)\">\(ctx.t("Trực báo", "Monthly reports"))</a>"
            )
            actions.append(
                "<a class=\"button\" id=\"issues-link\" href=\"\(SiteURL.unitIssues(u.id).path)\">\(ctx.t("Ý kiến, kiến nghị", "Opinions raised"))</a>"
            )
        }
        if p.canManage {
            actions.append(
                "<a class=\"button secondary\" id=\"settings-link\" href=\"\(SiteURL.unitSettings(u.id).path)\">\(ctx.t("Quy định địa phương", "Local settings"))</a>"
            )
        }
        actions.append(
            "<a class=\"button\" id=\"models-link\" href=\"\(SiteURL.unitModels(u.id).path)\">\(ctx.t("Sinh hoạt điểm", "Model meetings"))</a>"
        )
        actions.append(
            "<a class=\"button\" id=\"evaluations-link\" href=\"\(SiteURL.unitEvaluations(u.id).path)\">\(ctx.t("Đánh giá, xếp loại", "Evaluation"))</a>"
        )
        if p.canInspect {
            actions.append(
                "<a class=\"button\" id=\"inspections-link\" href=\"\(SiteURL.unitInspections(u.id).path)\">\(ctx.t("Kiểm tra, giám sát", "Inspection"))</a>"
            )
        }
        if p.canReadMembers && !u.kind.isCell {
            actions.append(
                "<a class=\"button\" id=\"training-link\" href=\"\(SiteURL.unitTraining(u.id).path)\">\(ctx.t("Bồi dưỡng, hội thi", "Training and contests"))</a>"
            )
        }
        if p.canWriteMembers && u.kind.isCell {
            actions.append(
                "<a class=\"button\" id=\"add-member\" href=\"\(SiteURL.newMember(unit: u.id).path)\">\(ctx.t("Thêm đảng viên", "Add a member"))</a>"
            )
        }
        if p.canManage {
            actions.append("<a class=\"button secondary\" href=\"\(SiteURL.unitAction(u.id, .edit).path)\">\(ctx.t("Sửa", "Edit"))</a>")
            if !u.kind.isCell {
                actions.append(
                    "<a class=\"button secondary\" href=\"\(SiteURL.newUnit(parent: u.id).path)\">\(ctx.t("Thêm tổ chức trực thuộc", "Add a unit under it"))</a>"
                )
            }
        }
        var manage: HTML = .empty
        if p.canManage {
            let memberOptions = p.officerCandidates.map { m -> HTML in
                "<option value=\"\(m.id)\">\(m.fullName)</option>"
            }
            let targets = p.moveTargets.map { t -> HTML in "<option value=\"\(t.id)\">\(t.name)</option>" }
            let move: HTML =
                targets.isEmpty
                ? .empty
                : """
                <details><summary>\(ctx.t("Chuyển sang đơn vị cấp trên khác", "Move under another parent"))</summary>
                <form id="move-unit" class="stack" method="post" action="\(SiteURL.unitAction(u.id, .move).path)">\(ctx.csrfField)
                \(Layout.field(ctx.t("Trực thuộc", "New parent"), "<select name=\"parentId\" required>\(targets)</select>"))
                \(Layout.field(ctx.t("Ngày chuyển", "Date"), "<input type=\"date\" name=\"effectiveDate\" required value=\"\(ctx.today.iso)\">"))
                <button type="submit">\(ctx.t("Chuyển", "Move"))</button></form></details>
                """
            // A larger committee's members are searched by name or card number, none listed before a text.
            var search: HTML = .empty
            var member: HTML = "<select name=\"memberId\" required>\(memberOptions)</select>"
            if let s = p.officerSearch {
                search = ChoiceSearchViews.form(
                    ctx, id: "officer-search", action: SiteURL.unit(u.id).path, search: s,
                    placeholder: ctx.t("Họ tên hoặc số thẻ đảng viên", "A member's name or card number"),
                    help: ctx.t(
                        "Có nhiều đảng viên trực thuộc nên không liệt kê hết: gõ họ tên (có dấu hoặc không dấu) hoặc số thẻ để chọn; mỗi lần hiện tối đa \(SubtreeChoice.results) người.",
                        "There are too many members below to list: type a name (with or without diacritics) or a card number to choose; at most \(SubtreeChoice.results) are shown at a time."
                    ))
                if p.officerCandidates.isEmpty {
                    member = ChoiceSearchViews.nothingToChoose(
                        s, id: "officer-hint",
                        beforeSearch: ctx.t("Tìm đảng viên ở ô tìm kiếm phía trên.", "Search for a member in the box above."),
                        noMatch: ctx.t("Không có đảng viên chính thức nào khớp.", "No full member matches."))
                }
            }
            manage = """
                <details\(p.officerSearch?.q != nil ? " open" : "")><summary>\(ctx.t("Bổ nhiệm cấp ủy", "Appoint an officer"))</summary>
                \(search)
                <form id="set-officer" class="stack" method="post" action="\(SiteURL.unitAction(u.id, .officers).path)">\(ctx.csrfField)
                \(Layout.field(ctx.t("Đảng viên", "Member"), member))
                \(Layout.field(ctx.t("Chức vụ", "Office"), "<select name=\"role\" required>\(Layout.options(OfficerRole.allCases, selected: nil, ctx))</select>"))
                \(Layout.field(ctx.t("Từ ngày", "From"), "<input type=\"date\" name=\"from\" required value=\"\(ctx.today.iso)\">"))
                <button type="submit">\(ctx.t("Lưu", "Save"))</button></form></details>
                \(move)
                """
        }
        let memberList: HTML =
            p.canReadMembers && u.kind.isCell
            ? """
            <h2>\(ctx.t("Danh sách đảng viên", "Members")) (\(p.members.count))</h2>
            \(MemberViews.table(ctx, p.members, unitNames: [:], showUnit: false))
            """ : .empty
        let lateRows = p.lateBelow.map { row -> HTML in
            let c = row.unit
            // A cell: its meetings and the periods late; a committee: its page and how many cells it holds.
            let link = c.kind.isCell ? SiteURL.unitMeetings(c.id).path : SiteURL.unit(c.id).path
            let detail = c.kind.isCell ? row.periods.joined(separator: ", ") : "\(row.cells) \(ctx.t("chi bộ", "cells"))"
            return
                "<tr class=\"cell-due\"><td><a href=\"\(link)\">\(c.name)</a></td><td class=\"num\">\(row.lateCount)</td><td>\(detail)</td></tr>"
        }
        let lateBlock: HTML =
            p.lateBelow.isEmpty
            ? .empty
            : """
            <h2>\(ctx.t("Sinh hoạt quá hạn năm nay", "Late meetings this year"))</h2>
            \(Layout.table(id: "cells-late", head: [ctx.t("Đơn vị", "Unit"), ctx.t("Số kỳ quá hạn", "Late"), ctx.t("Kỳ", "Periods")], rows: lateRows))
            """
        let liaisonForm: HTML =
            p.canManage && !p.liaisonCandidates.isEmpty
            ? """
            <details><summary>\(ctx.t("Phân công cấp ủy viên phụ trách", "Assign a superior's representative"))</summary>
            <p class="hint">\(ctx.t("Mỗi cấp ủy cấp trên phân công một đồng chí; phân công mới thay người cùng cấp.", "One member of each committee above; a new assignment replaces the same committee's."))</p>
            <form id="set-liaison" class="stack" method="post" action="\(SiteURL.unitAction(u.id, .liaison).path)">\(ctx.csrfField)
            \(Layout.field(ctx.t("Cán bộ cấp trên", "Superior committee member"), "<select name=\"accountId\" required>\(p.liaisonCandidates.map { a -> HTML in "<option value=\"\(a.id)\">\(a.displayName) (\(a.username))</option>" })</select>"))
            \(Layout.field(ctx.t("Từ ngày", "From"), "<input type=\"date\" name=\"from\" required value=\"\(ctx.today.iso)\">"))
            <button type="submit">\(ctx.t("Phân công", "Assign"))</button></form></details>
            """ : .empty
        let liaisonRows = p.liaisons.map { l -> HTML in
            let end: HTML =
                p.liaisonsEndable.contains(l.id)
                ? "<form method=\"post\" action=\"\(SiteURL.unitLiaisonEnd(u.id, liaison: l.id).path)\">\(ctx.csrfField)<input type=\"hidden\" name=\"until\" value=\"\(ctx.today.iso)\"><button type=\"submit\" class=\"secondary\">\(ctx.t("Thôi", "End"))</button></form>"
                : .empty
            return
                "<tr class=\"liaison\"><td>\(l.levelName ?? "")</td><td>\(l.displayName)</td><td>\(CivilDate(parsing: l.from))</td><td>\(end)</td></tr>"
        }
        let liaisonList: HTML =
            p.liaisons.isEmpty
            ? "<p id=\"liaison\">\(ctx.t("Chưa phân công", "Not assigned"))</p>"
            : Layout.table(
                id: "liaisons", head: [ctx.t("Cấp ủy", "Committee"), ctx.t("Họ và tên", "Name"), ctx.t("Từ", "Since"), ""],
                rows: liaisonRows)
        let liaisonBlock: HTML =
            u.kind.isCell
            ? """
            <h2>\(ctx.t("Cấp ủy viên cấp trên phụ trách", "Followed from above by"))</h2>
            \(liaisonList)
            \(liaisonForm)
            """ : .empty
        let term: HTML = u.termLabel.isEmpty ? .empty : " · \(ctx.t("Nhiệm kỳ", "Term")) \(u.termLabel)"
        return Layout.page(
            ctx, title: u.name,
            """
            <p class="crumbs">\(crumbs)</p>
            <h1 id="unit-name">\(u.name)</h1>
            <p>\(kind) · \(ctx.t("Ký hiệu", "Code")) <strong>\(u.code)</strong>\(term)</p>
            \(Layout.errors(ctx, p.errors))
            \(countCards(ctx, p.counts))
            <div class="actions">\(actions)</div>
            <h2>\(ctx.t("Cấp ủy", "Officers"))</h2>
            \(Layout.table(id: "officers", head: [ctx.t("Chức vụ", "Office"), ctx.t("Họ và tên", "Name"), ctx.t("Từ", "Since"), ""], rows: officerRows))
            \(liaisonBlock)
            \(manage)
            \(lateBlock)
            \(childrenBlock)
            \(memberList)
            """)
    }

    static func form(
        _ ctx: PageContext, title: String, action: String, values v: UnitInput, parent: UnitDTO?,
        editing: Bool, errors: [DomainError]
    ) -> HTML {
        let kindField: HTML =
            editing
            ? .empty
            : Layout.field(
                ctx.t("Cấp", "Kind"),
                "<select name=\"kind\" required>\(Layout.options(UnitKind.allCases, selected: v.kind ?? (parent == nil ? "province" : "cell"), ctx))</select>"
            )
        let parentField: HTML =
            parent.map {
                "<input type=\"hidden\" name=\"parentId\" value=\"\($0.id)\"><p>\(ctx.t("Trực thuộc", "Under")): <strong>\($0.name)</strong></p>"
            } ?? .empty
        return Layout.page(
            ctx, title: title,
            """
            <h1>\(title)</h1>
            \(Layout.errors(ctx, errors))
            <form id="unit-form" class="stack" method="post" action="\(action)">\(ctx.csrfField)
            \(parentField)
            \(Layout.field(ctx.t("Tên", "Name"), "<input type=\"text\" name=\"name\" required maxlength=\"200\" value=\"\(v.name)\">"))
            \(Layout.field(ctx.t("Ký hiệu văn bản", "Document code"), "<input type=\"text\" name=\"code\" required maxlength=\"20\" value=\"\(v.code)\">", hint: ctx.t("Dùng trong số văn bản, ví dụ CB trong “Số 07-NQ/CB”", "Used in document numbers, e.g. CB in “Số 07-NQ/CB”")))
            \(kindField)
            \(Layout.field(ctx.t("Loại hình chi bộ", "Cell type"), "<select name=\"cellType\">\(Layout.options(CellType.allCases, selected: v.cellType, ctx, blank: "—"))</select>", hint: ctx.t("Bắt buộc với chi bộ", "Required for a cell")))
            \(Layout.field(ctx.t("Nhiệm kỳ", "Term"), "<input type=\"text\" name=\"termLabel\" maxlength=\"40\" value=\"\(v.termLabel)\" placeholder=\"2025–2030\">"))
            \(Layout.field(ctx.t("Ngày bắt đầu nhiệm kỳ", "Term start"), "<input type=\"date\" name=\"termStart\" value=\"\(v.termStart)\">"))
            <button type="submit">\(ctx.t("Lưu", "Save"))</button>
            </form>
            """)
    }
}
