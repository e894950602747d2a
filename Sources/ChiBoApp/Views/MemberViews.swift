import ChiBoCore
import Vapor

/// Pages of members: list and search, record, forms.
enum MemberViews {
    static func tags(_ m: MemberDTO, _ ctx: PageContext) -> HTML {
        var t: [HTML] = []
        if m.status == .probationary { t.append("<span class=\"tag prob\">\(ctx.label(MemberStatus.probationary))</span>") }
        if let e = m.exemption?.kind {
            t.append("<span class=\"tag ex\">\(e == .full ? ctx.t("Miễn SH", "Exempt") : ctx.t("Tạm miễn", "Temp. exempt"))</span>")
        }
        if let d = m.transfer?.direction {
            t.append(
                "<span class=\"tag tr\">\(d == .outgoing ? ctx.t("SH tạm thời đi", "Away") : ctx.t("SH tạm thời đến", "Visiting"))</span>")
        }
        return HTML.join(t)
    }

    /// The members table: one `tr.member` a member.
    static func table(_ ctx: PageContext, _ members: [MemberDTO], unitNames: [UUID: String], showUnit: Bool = true) -> HTML {
        let rows = members.map { m -> HTML in
            let unit: HTML = showUnit ? "<td class=\"member-unit\">\(unitNames[m.unitId] ?? "")</td>" : .empty
            return """
                <tr class="member"><td><a class="member-link" href="\(SiteURL.member(m.id).path)">\(m.fullName)</a>\(tags(m, ctx))</td>\
                \(unit)<td>\(CivilDate(parsing: m.birthDate))</td></tr>
                """
        }
        var head = [ctx.t("Họ và tên", "Full name")]
        if showUnit { head.append(ctx.t("Chi bộ", "Cell")) }
        head.append(ctx.t("Ngày sinh", "Born"))
        return Layout.table(id: "members", head: head, rows: rows)
    }

    static func searchPage(
        _ ctx: PageContext, q: String, unit: UnitDTO?, members: [MemberDTO], total: Int?, next: String?, later: Bool,
        unitNames: [UUID: String], canAdd: Bool
    ) -> HTML {
        let title = ctx.t("Đảng viên", "Members")
        let scope: HTML =
            unit.map { "<p class=\"crumbs\">\(ctx.t("Trong", "In")) <a href=\"\(SiteURL.unit($0.id).path)\">\($0.name)</a></p>" } ?? .empty
        let unitField: HTML = unit.map { "<input type=\"hidden\" name=\"unit\" value=\"\($0.id)\">" } ?? .empty
        var pager: [HTML] = []
        if later {
            pager.append("<a href=\"\(SiteURL.members(q: q, unit: unit?.id).path)\">← \(ctx.t("Trang đầu", "First page"))</a>")
        }
        if let next {
            pager.append(
                "<a id=\"next-page\" href=\"\(SiteURL.members(q: q, unit: unit?.id, after: next).path)\">\(ctx.t("Trang sau", "Next page")) →</a>"
            )
        }
        // The total comes from the counters; a search is not counted (it would read every match).
        let count: String
        if let total {
            count = ctx.t("Tổng số \(total) đảng viên", "\(total) members in all")
        } else if next == nil && !later {
            count = ctx.t("Tìm thấy \(members.count) đảng viên", "Found \(members.count) members")
        } else {
            count = ctx.t(
                "Đang xem \(members.count) đảng viên, theo thứ tự khớp nhất", "Showing \(members.count) members, best matches first")
        }
        let add: HTML =
            canAdd && unit?.kind.isCell == true
            ? "<div class=\"actions\"><a class=\"button\" id=\"add-member\" href=\"\(SiteURL.newMember(unit: unit?.id).path)\">\(ctx.t("Thêm đảng viên", "Add a member"))</a></div>"
            : .empty
        return Layout.page(
            ctx, title: title,
            """
            <h1>\(title)</h1>
            \(scope)
            <form id="member-search" class="search" method="get" action="\(SiteURL.members().path)">
            \(unitField)<input type="search" name="q" value="\(q)" placeholder="\(ctx.t("Tìm theo tên hoặc số thẻ, gõ có dấu hoặc không dấu", "Search by name or card number, with or without diacritics"))" aria-label="\(ctx.t("Tìm kiếm", "Search"))">
            <button type="submit">\(ctx.t("Tìm", "Search"))</button>
            </form>
            <p id="result-count">\(count)</p>
            \(add)
            \(table(ctx, members, unitNames: unitNames))
            <div class="pager">\(pager)</div>
            """)
    }

    static func page(_ ctx: PageContext, _ page: MemberPage, errors: [DomainError] = [], notice: String? = nil) -> HTML {
        let m = page.member, unit = page.unit, history = page.cells, tasks = page.tasks, canReport = page.canReport
        var facts: [HTML] = [
            "<dt>\(ctx.t("Chi bộ", "Cell"))</dt><dd id=\"member-unit\"><a href=\"\(SiteURL.unit(unit.id).path)\">\(unit.name)</a></dd>",
            "<dt>\(ctx.t("Ngày sinh", "Date of birth"))</dt><dd>\(CivilDate(parsing: m.birthDate))</dd>",
            "<dt>\(ctx.t("Giới tính", "Gender"))</dt><dd>\(ctx.label(m.gender))</dd>",
            "<dt>\(ctx.t("Dân tộc", "Ethnicity"))</dt><dd id=\"member-ethnicity\">\(m.ethnicity ?? "—")</dd>",
            "<dt>\(ctx.t("Quê quán", "Home town"))</dt><dd id=\"member-home-town\">\(m.homeTown ?? "—")</dd>",
            "<dt>\(ctx.t("Số thẻ đảng viên", "Party card"))</dt><dd>\(m.cardNumber ?? "—")</dd>",
            "<dt>\(ctx.t("Ngày vào Đảng", "Admitted"))</dt><dd>\(CivilDate(parsing: m.admissionDate))</dd>",
            "<dt>\(ctx.t("Ngày chính thức", "Official since"))</dt><dd>\(m.officialDate.flatMap(CivilDate.init(parsing:)).map { $0.vietnamese } ?? "—")</dd>",
            "<dt>\(ctx.t("Trạng thái", "Status"))</dt><dd id=\"member-status\">\(m.left.map { ctx.label($0.kind) } ?? ctx.label(m.status))\(page.life.today?.suspension.map { " — " + ctx.label($0) } ?? "")</dd>",
        ]
        if let until = page.life.letterValidUntil.flatMap(CivilDate.init(parsing:)) {
            facts.append(
                "<dt>\(ctx.t("Giấy giới thiệu", "Introduction letter"))</dt><dd id=\"letter-valid\">\(ctx.t("có giá trị đến ngày", "valid until")) \(until)</dd>"
            )
        }
        if let left = m.left {
            facts.append(
                "<dt>\(ctx.t("Ra khỏi Đảng", "Left the party"))</dt><dd id=\"member-left\">\(ctx.label(left.kind)) — \(ctx.t("từ ngày", "on")) \(CivilDate(parsing: left.date))</dd>"
            )
        }
        if let phone = m.phone { facts.append("<dt>\(ctx.t("Điện thoại", "Phone"))</dt><dd><a href=\"tel:\(phone)\">\(phone)</a></dd>") }
        if let e = m.exemption {
            facts.append(
                "<dt>\(ctx.t("Miễn sinh hoạt", "Exemption"))</dt><dd id=\"member-exemption\">\(ctx.label(e.kind)) — \(ctx.t("từ", "since")) \(e.decisionDate.flatMap(CivilDate.init(parsing:))) (\(e.reason ?? ""))</dd>"
            )
        }
        if let tr = m.transfer {
            let until: HTML = tr.until.flatMap(CivilDate.init(parsing:)).map { " \(ctx.t("đến", "until")) \($0)" } ?? .empty
            facts.append(
                "<dt>\(ctx.t("Sinh hoạt tạm thời", "Temporary transfer"))</dt><dd id=\"member-transfer\">\(ctx.label(tr.direction)): \(tr.place ?? "") — \(ctx.t("từ", "from")) \(tr.from.flatMap(CivilDate.init(parsing:)))\(until)</dd>"
            )
        }
        let historyRows = history.map { p -> HTML in
            let note: HTML = p.note.map { "<br><small>\($0)</small>" } ?? .empty
            return
                "<tr><td><a href=\"\(SiteURL.unit(p.unitId).path)\">\(p.unitName)</a>\(note)</td><td>\(CivilDate(parsing: p.from))</td><td>\(p.until.flatMap(CivilDate.init(parsing:)).map { $0.vietnamese } ?? ctx.t("nay", "now"))</td></tr>"
        }
        let today = ctx.today.iso
        var forms: HTML = .empty
        if page.canWrite && m.left == nil {
            let cellOptions = page.moveTargets.map { c -> HTML in
                "<option value=\"\(c.id)\">\(c.code) — \(c.name)</option>"
            }
            let exemption: HTML =
                page.life.running(.exempt) == nil
                ? """
                <details><summary>\(ctx.t("Miễn sinh hoạt", "Exempt from activities"))</summary>
                <form id="exempt-member" class="stack" method="post" action="\(SiteURL.memberAction(m.id, .exemption).path)">\(ctx.csrfField)
                \(Layout.field(ctx.t("Hình thức", "Kind"), "<select name=\"kind\" required>\(Layout.options(ExemptionKind.allCases, selected: nil, ctx))</select>"))
                \(Layout.field(ctx.t("Ngày quyết định", "Decision date"), "<input type=\"date\" name=\"decisionDate\" required max=\"\(today)\">"))
                \(Layout.field(ctx.t("Lý do", "Reason"), "<input type=\"text\" name=\"reason\" required maxlength=\"500\">", hint: ctx.t("Tuổi cao, ốm đau điều trị từ 3 tháng trở lên, đi làm ăn xa…", "Advanced age, illness needing 3+ months of treatment, working far away…")))
                <button type="submit">\(ctx.t("Ghi nhận", "Record"))</button></form></details>
                """
                : """
                <form id="end-exemption" class="inline" method="post" action="\(SiteURL.memberAction(m.id, .exemptionEnd).path)">\(ctx.csrfField)
                \(Layout.field(ctx.t("Ngày cuối cùng được miễn", "Last exempt day"), "<input type=\"date\" name=\"until\" value=\"\(today)\" max=\"\(today)\">"))
                <button type="submit" class="secondary">\(ctx.t("Kết thúc miễn sinh hoạt", "End the exemption"))</button></form>
                """
            let transfer: HTML =
                page.life.running(.transfer) == nil
                ? """
                <details><summary>\(ctx.t("Sinh hoạt tạm thời", "Temporary transfer"))</summary>
                <form id="transfer-member" class="stack" method="post" action="\(SiteURL.memberAction(m.id, .transfer).path)">\(ctx.csrfField)
                \(Layout.field(ctx.t("Chiều", "Direction"), "<select name=\"direction\" required>\(Layout.options(TransferDirection.allCases, selected: nil, ctx))</select>"))
                \(Layout.field(ctx.t("Từ ngày", "From"), "<input type=\"date\" name=\"from\" required>"))
                \(Layout.field(ctx.t("Đến ngày", "Until"), "<input type=\"date\" name=\"until\">", hint: ctx.t("Từ 3 tháng đến dưới 1 năm (đi học: đến 2 năm)", "3 months to under a year (study: up to 2 years)")))
                \(Layout.field(ctx.t("Nơi sinh hoạt tạm thời / nơi đến từ", "Host or home organisation"), "<input type=\"text\" name=\"place\" required maxlength=\"300\">"))
                <button type="submit">\(ctx.t("Ghi nhận", "Record"))</button></form></details>
                """
                : """
                <form id="end-transfer" class="inline" method="post" action="\(SiteURL.memberAction(m.id, .transferEnd).path)">\(ctx.csrfField)
                \(Layout.field(ctx.t("Ngày cuối cùng", "Last day"), "<input type=\"date\" name=\"until\" value=\"\(today)\" max=\"\(today)\">"))
                <button type="submit" class="secondary">\(ctx.t("Kết thúc sinh hoạt tạm thời", "End the temporary transfer"))</button></form>
                """
            let move: HTML =
                page.moveTargets.isEmpty
                ? .empty
                : """
                <details open><summary>\(ctx.t("Chuyển sinh hoạt sang chi bộ khác", "Move to another cell"))</summary>
                <form id="move-member" class="stack" method="post" action="\(SiteURL.memberAction(m.id, .move).path)">\(ctx.csrfField)
                \(Layout.field(ctx.t("Chi bộ mới", "New cell"), "<select name=\"unitId\" required>\(cellOptions)</select>"))
                \(Layout.field(ctx.t("Ngày chuyển", "Date"), "<input type=\"date\" name=\"effectiveDate\" required value=\"\(today)\" max=\"\(today)\">"))
                \(Layout.field(ctx.t("Ghi chú", "Note"), "<input type=\"text\" name=\"note\" maxlength=\"300\">"))
                <button type="submit">\(ctx.t("Chuyển", "Move"))</button>
                </form></details>
                """
            forms = """
                <h2>\(ctx.t("Thao tác", "Actions"))</h2>
                <div class="actions"><a class="button" href="\(SiteURL.memberAction(m.id, .edit).path)">\(ctx.t("Sửa hồ sơ", "Edit record"))</a></div>
                \(move)
                \(exemption)
                \(transfer)
                \(lifeForms(ctx, page))
                """
        }

        let taskRows = tasks.map { t -> HTML in
            let state: HTML
            if t.status == .open && canReport {
                state = """
                    <form class="mark" method="post" action="\(SiteURL.taskClose(t.id).path)">\(ctx.csrfField)
                    <input type="hidden" name="back" value="\(SiteURL.member(m.id).path)">
                    <select name="outcome"><option value="done">\(ctx.t("Đã hoàn thành", "Done"))</option><option value="dropped">\(ctx.t("Thôi thực hiện", "Dropped"))</option></select>
                    <input type="text" name="report" maxlength="2000" placeholder="\(ctx.t("Kết quả / lý do", "Report / reason"))">
                    <button type="submit" class="small">\(ctx.t("Báo cáo", "Report"))</button></form>
                    """
            } else {
                state = "\(ctx.label(t.status))\(t.report.map { HTML(raw: "<br><small>" + HTML.escape($0) + "</small>") } ?? .empty)"
            }
            return "<tr class=\"task\(t.overdue ? " overdue" : "")\"><td>\(t.description)</td><td>\(t.dueDate)</td><td>\(state)</td></tr>"
        }
        let taskBlock: HTML =
            tasks.isEmpty
            ? .empty
            : """
            <h2>\(ctx.t("Nhiệm vụ được phân công", "Assigned tasks"))</h2>
            \(Layout.table(id: "member-tasks", head: [ctx.t("Nhiệm vụ", "Task"), ctx.t("Hạn", "Due"), ctx.t("Tình trạng", "State")], rows: taskRows))
            """
        return Layout.page(
            ctx, title: m.fullName,
            """
            <p class="crumbs"><a href="\(SiteURL.members(unit: unit.id).path)">← \(unit.name)</a></p>
            <h1>\(m.fullName)\(tags(m, ctx))\(page.life.today?.suspension != nil ? "<span class=\"tag ex\">\(ctx.t("Đình chỉ SH", "Suspended"))</span>" as HTML : .empty)</h1>
            \(Layout.notice(notice))
            \(Layout.errors(ctx, errors))
            <dl class="facts">\(facts)</dl>
            \(life(ctx, page))
            <h2>\(ctx.t("Quá trình sinh hoạt", "Cells over time"))</h2>
            \(Layout.table(id: "unit-history", head: [ctx.t("Chi bộ", "Cell"), ctx.t("Từ", "From"), ctx.t("Đến", "Until")], rows: historyRows))
            \(TrainingViews.memberSection(ctx, page.training))
            \(taskBlock)
            \(forms)
            """)
    }

    static func form(
        _ ctx: PageContext, title: String, action: String, values v: MemberInput, unit: UnitDTO,
        errors: [DomainError], cancel: String, creating: Bool = true
    ) -> HTML {
        let today = ctx.today.iso
        // A permanent transfer in: the history (admission, official dates) comes with the member.
        let transferIn: HTML =
            creating
            ? """
            <details\(v.transferFrom == nil ? "" : " open")><summary>\(ctx.t("Chuyển sinh hoạt chính thức đến", "Permanent transfer in"))</summary>
            \(Layout.field(ctx.t("Chuyển đến từ (tổ chức đảng)", "From (party organisation)"), "<input type=\"text\" name=\"transferFrom\" maxlength=\"300\" value=\"\(v.transferFrom ?? "")\">"))
            \(Layout.field(ctx.t("Số giấy giới thiệu", "Introduction letter number"), "<input type=\"text\" name=\"letterNumber\" maxlength=\"60\" value=\"\(v.letterNumber ?? "")\">"))
            \(Layout.field(ctx.t("Ngày giấy giới thiệu", "Letter date"), "<input type=\"date\" name=\"letterDate\" max=\"\(today)\" value=\"\(v.letterDate ?? "")\">"))
            \(Layout.field(ctx.t("Ngày nộp giấy giới thiệu cho chi bộ", "Presented to the cell on"), "<input type=\"date\" name=\"arrivedOn\" max=\"\(today)\" value=\"\(v.arrivedOn ?? "")\">", hint: ctx.t("Trong 30 ngày kể từ ngày giấy giới thiệu", "Within 30 days of the letter")))
            </details>
            """
            : .empty
        return Layout.page(
            ctx, title: title,
            """
            <p class="crumbs"><a href="\(cancel)">← \(unit.name)</a></p>
            <h1>\(title)</h1>
            \(Layout.errors(ctx, errors))
            <form id="member-form" class="stack" method="post" action="\(action)">\(ctx.csrfField)
            <input type="hidden" name="unitId" value="\(unit.id)">
            \(Layout.field(ctx.t("Họ và tên", "Full name"), "<input type=\"text\" name=\"fullName\" required maxlength=\"100\" value=\"\(v.fullName)\" autocomplete=\"off\">"))
            \(Layout.field(ctx.t("Ngày sinh", "Date of birth"), "<input type=\"date\" name=\"birthDate\" required max=\"\(today)\" value=\"\(v.birthDate)\">"))
            \(Layout.field(ctx.t("Giới tính", "Gender"), "<select name=\"gender\" required>\(Layout.options(Gender.allCases, selected: v.gender, ctx, blank: "—"))</select>"))
            \(Layout.field(ctx.t("Số thẻ đảng viên", "Party card number"), "<input type=\"text\" name=\"cardNumber\" inputmode=\"numeric\" maxlength=\"12\" value=\"\(v.cardNumber)\">", hint: ctx.t("6–12 chữ số; để trống nếu chưa có thẻ", "6–12 digits; blank if no card yet")))
            \(Layout.field(ctx.t("Ngày vào Đảng", "Admission date"), "<input type=\"date\" name=\"admissionDate\" required max=\"\(today)\" value=\"\(v.admissionDate)\">"))
            \(Layout.field(ctx.t("Trạng thái", "Status"), "<select name=\"status\" required>\(Layout.options(MemberStatus.allCases, selected: v.status ?? MemberStatus.official.rawValue, ctx))</select>"))
            \(Layout.field(ctx.t("Ngày chính thức", "Official date"), "<input type=\"date\" name=\"officialDate\" max=\"\(today)\" value=\"\(v.officialDate)\">", hint: ctx.t("Đảng viên dự bị: để trống", "Probationary: leave blank")))
            \(Layout.field(ctx.t("Điện thoại", "Phone"), "<input type=\"tel\" name=\"phone\" maxlength=\"15\" value=\"\(v.phone)\">"))
            \(transferIn)
            <button type="submit">\(ctx.t("Lưu", "Save"))</button>
            </form>
            """)
    }
}
