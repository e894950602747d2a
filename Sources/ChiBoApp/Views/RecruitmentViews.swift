import ChiBoCore
import Vapor

/// Recruitment pages: a unit's cases in flight, recognitions due and idle cells; a sympathiser's file.
enum RecruitmentViews {
    static func deadline(_ d: DeadlineDTO?, _ ctx: PageContext, named: Bool = true) -> HTML {
        guard let d else { return .empty }
        let what = named ? d.what + ": " : ""
        return
            "<span class=\"due\(d.overdue ? " overdue" : "")\" title=\"\(d.who)\">\(what)\(CivilDate(parsing: d.due)) — \(d.state)</span><br><small class=\"who\">\(d.who)</small>"
    }

    static func page(_ ctx: PageContext, _ p: RecruitmentPage, errors: [DomainError] = [], values: SympathiserInput? = nil) -> HTML {
        let title = ctx.t("Phát triển đảng viên", "Recruitment")
        let caseRows = p.cases.map { c -> HTML in
            let next: HTML = c.nextStep.map { "\(ctx.label($0))\(c.nextForm.map { " (\($0))" } ?? "")" } ?? .empty
            let unit: HTML = p.unit.kind.isCell ? .empty : "<br><small>\(c.unitName)</small>"
            let helper: HTML = c.sympathiser.helperName.map { "<br><small>\(ctx.t("Giúp đỡ", "Helper")): \($0)</small>" } ?? .empty
            return """
                <tr class="case\(c.deadline?.overdue == true ? " overdue" : "")"><td><a href="\(SiteURL.sympathiser(c.sympathiser.id).path)">\(c.sympathiser.fullName)</a>\(unit)\(helper)</td>\
                <td>\(next)<br>\(deadline(c.deadline, ctx))</td></tr>
                """
        }
        let transferRows = p.transfers.map { r -> HTML in
            let unit: HTML = p.unit.kind.isCell ? .empty : "<br><small>\(r.unitName)</small>"
            let place: HTML = r.place.map { "<br><small>\($0)</small>" } ?? .empty
            return """
                <tr class="transfer\(r.deadline.overdue ? " overdue" : "")"><td><a href="\(SiteURL.member(r.memberId).path)">\(r.fullName)</a>\(unit)\(place)</td>\
                <td>\(CivilDate(parsing: r.movedOn))</td><td>\(deadline(r.deadline, ctx, named: false))</td></tr>
                """
        }
        let recognitionRows = p.recognitions.map { r -> HTML in
            let unit: HTML = p.unit.kind.isCell ? .empty : "<br><small>\(r.unitName)</small>"
            // Once the cell has voted, the committee acts: recognition, or striking off.
            let voted: HTML =
                r.cellVote.map { day in
                    let outcome =
                        r.cellVotePassed == true
                        ? ctx.t("Chi bộ đề nghị công nhận — chờ cấp ủy quyết định", "The cell proposes recognition — for the committee")
                        : ctx.t("Chi bộ không đề nghị công nhận — cấp ủy quyết định xóa tên", "Not proposed — the committee strikes off")
                    return
                        "<span class=\"voted\(r.cellVotePassed == true ? "" : " failed")\">\(outcome) (\(CivilDate(parsing: day)))</span>"
                } ?? .empty
            return """
                <tr class="recognition\(r.deadline?.overdue == true ? " overdue" : "")"><td><a href="\(SiteURL.member(r.memberId).path)">\(r.fullName)</a>\(unit)</td>\
                <td>\(CivilDate(parsing: r.officialFrom))</td><td>\(deadline(r.deadline, ctx, named: false))\(voted)</td></tr>
                """
        }
        let fileRows = p.memberFiles.map { r -> HTML in
            let unit: HTML = p.unit.kind.isCell ? .empty : "<br><small>\(r.unitName)</small>"
            return """
                <tr class="member-file"><td><a href="\(SiteURL.member(r.memberId).path)">\(r.fullName)</a>\(unit)</td>\
                <td>\(CivilDate(parsing: r.ceremony).map { $0.vietnamese } ?? "")</td></tr>
                """
        }
        let idleRows = p.idleCells.map { c -> HTML in
            "<tr class=\"idle\"><td><a href=\"\(SiteURL.unitRecruitment(c.unitId).path)\">\(c.name)</a></td><td>\(c.lastAdmission.flatMap(CivilDate.init(parsing:)).map { $0.vietnamese } ?? ctx.t("Chưa có", "None"))</td></tr>"
        }
        // Above a commune, the units under it with their idle cells; a commune's or a cell's, the cells.
        let idle: HTML =
            RecruitmentPage.countsBelow(p.unit.kind)
            ? Layout.table(
                id: "idle-by-unit",
                head: [ctx.t("Đơn vị trực thuộc", "Unit below"), ctx.t("Chi bộ", "Cells"), ctx.t("Chi bộ không kết nạp", "Idle cells")],
                rows: p.idleByUnit.map { u -> HTML in
                    "<tr class=\"idle-unit\"><td><a href=\"\(SiteURL.unitRecruitment(u.unitId).path)\">\(u.name)</a></td><td>\(u.cells)</td><td>\(u.idleCells)</td></tr>"
                })
            : Layout.table(
                id: "idle-cells", head: [ctx.t("Chi bộ", "Cell"), ctx.t("Lần kết nạp gần nhất", "Last admission")], rows: idleRows)
        var add: HTML = .empty
        if p.canWrite {
            let v = values ?? SympathiserInput()
            let helpers = p.helpers.map { m -> HTML in
                "<option value=\"\(m.id?.uuidString ?? "")\"\(v.helperId == m.id?.uuidString ? " selected" : "")>\(m.fullName)</option>"
            }
            add = """
                <details\(errors.isEmpty ? "" : " open")><summary>\(ctx.t("Thêm quần chúng ưu tú", "Add a sympathiser"))</summary>
                <form id="add-sympathiser" class="stack" method="post" action="\(SiteURL.unitRecruitment(p.unit.id).path)">\(ctx.csrfField)
                \(Layout.field(ctx.t("Họ và tên", "Full name"), "<input type=\"text\" name=\"fullName\" required maxlength=\"100\" value=\"\(v.fullName ?? "")\">"))
                \(Layout.field(ctx.t("Ngày sinh", "Date of birth"), "<input type=\"date\" name=\"birthDate\" required value=\"\(v.birthDate ?? "")\">"))
                \(Layout.field(ctx.t("Giới tính", "Gender"), "<select name=\"gender\" required>\(Layout.options(Gender.allCases, selected: v.gender, ctx, blank: "—"))</select>"))
                \(Layout.field(ctx.t("Điện thoại", "Phone"), "<input type=\"tel\" name=\"phone\" maxlength=\"15\" value=\"\(v.phone ?? "")\">"))
                \(Layout.field(ctx.t("Đảng viên được phân công giúp đỡ", "Member assigned to help"), "<select name=\"helperId\"><option value=\"\">—</option>\(helpers)</select>"))
                \(Layout.field(ctx.t("Ngày đưa vào danh sách", "Listed on"), "<input type=\"date\" name=\"listedOn\" value=\"\(v.listedOn ?? ctx.today.iso)\" max=\"\(ctx.today.iso)\">"))
                <button type="submit">\(ctx.t("Thêm", "Add"))</button></form></details>
                """
        }
        let more: HTML =
            p.casesTotal > p.cases.count
            ? "<p>\(ctx.t("Hiển thị", "Showing")) \(p.cases.count)/\(p.casesTotal)</p>" : .empty
        let cut: HTML =
            p.listsCut
            ? """
            <p class="lists-cut">\(ctx.t("Mỗi danh sách dưới đây hiện nhiều nhất", "Each list below shows at most")) \(p.listLength) \
            \(ctx.t("người; mở một đơn vị trực thuộc để xem đủ danh sách của đơn vị đó.", "people; open a unit below to see its whole list."))</p>
            """ : .empty
        return Layout.page(
            ctx, title: title,
            """
            <p class="crumbs"><a href="\(SiteURL.unit(p.unit.id).path)">← \(p.unit.name)</a></p>
            <h1>\(title)</h1>
            \(Layout.errors(ctx, errors))
            \(add)
            \(cut)
            <h2>\(ctx.t("Quần chúng ưu tú đang bồi dưỡng", "Sympathisers in progress")) (\(p.casesTotal))</h2>
            \(Layout.table(id: "cases", head: [ctx.t("Họ và tên", "Name"), ctx.t("Bước tiếp theo", "Next step")], rows: caseRows))
            \(more)
            <h2>\(ctx.t("Đảng viên dự bị chờ công nhận chính thức", "Probationary members awaiting recognition"))</h2>
            \(Layout.table(id: "recognitions", head: [ctx.t("Họ và tên", "Name"), ctx.t("Chính thức từ", "Official from"), ctx.t("Hạn xét", "Due")], rows: recognitionRows))
            <h2>\(ctx.t("Đảng viên chuyển nơi ở, nơi công tác chờ chuyển sinh hoạt chính thức", "Members who moved, awaiting the permanent transfer"))</h2>
            \(Layout.table(id: "transfers", head: [ctx.t("Họ và tên", "Name"), ctx.t("Ngày chuyển", "Moved on"), ctx.t("Hạn chuyển sinh hoạt", "Due")], rows: transferRows))
            <h2>\(ctx.t("Đảng viên mới chưa hoàn thiện hồ sơ đảng viên", "New members whose file is not complete"))</h2>
            \(Layout.table(id: "member-files", head: [ctx.t("Họ và tên", "Name"), ctx.t("Ngày kết nạp", "Ceremony")], rows: fileRows))
            <h2>\(ctx.t("Chi bộ không kết nạp đảng viên từ", "Cells without an admission for")) \(p.idleYears) \(ctx.t("năm trở lên", "years or more"))</h2>
            \(idle)
            """)
    }

    static func sympathiser(_ ctx: PageContext, _ p: SympathiserPage, errors: [DomainError] = []) -> HTML {
        let s = p.sympathiser
        let stepRows = p.steps.map { r -> HTML in
            var notes: [String] = []
            if let n = r.documentNumber { notes.append(ctx.t("Số ", "No. ") + n) }
            if let who = r.introducerName { notes.append(who) }
            if let note = r.note { notes.append(note) }
            let small: HTML = notes.isEmpty ? .empty : "<br><small>\(notes.joined(separator: " · "))</small>"
            let docs = FileDocumentViews.beside(
                ctx, p.documents, target: .admissionStep, targetID: r.id,
                upload: r.id.map { p.attachable.contains($0) } == true ? SiteURL.sympathiserAction(s.id, .documents) : nil,
                download: { SiteURL.sympathiserDocument(s.id, document: $0) })
            return """
                <tr class="step \(r.step.rawValue)"><td>\(ctx.label(r.step))\(r.form.map { " (\($0))" } ?? "")\
                \(small)\(docs)</td><td>\(CivilDate(parsing: r.date))</td></tr>
                """
        }
        var form: HTML = .empty
        if p.canWrite && !p.open.isEmpty {
            let options = p.open.map { step -> HTML in
                "<option value=\"\(step.rawValue)\"\(step == p.nextStep ? " selected" : "")>\(ctx.label(step))\(step.form.map { " (\($0))" } ?? "")</option>"
            }
            let introducers = p.introducers.map { m -> HTML in "<option value=\"\(m.id?.uuidString ?? "")\">\(m.fullName)</option>" }
            let votes = p.admissionVotes.map { v -> HTML in
                "<option value=\"\(v.voteId)\">\(CivilDate(parsing: v.date)) — \(v.explanation ?? "")</option>"
            }
            form = """
                <h2>\(ctx.t("Ghi nhận bước tiếp theo", "Record a step"))</h2>
                <form id="record-step" class="stack" method="post" action="\(SiteURL.sympathiserAction(s.id, .steps).path)">\(ctx.csrfField)
                \(Layout.field(ctx.t("Bước", "Step"), "<select name=\"step\" required>\(options)</select>"))
                \(Layout.field(ctx.t("Ngày", "Date"), "<input type=\"date\" name=\"date\" required max=\"\(ctx.today.iso)\" value=\"\(ctx.today.iso)\">"))
                \(Layout.field(ctx.t("Số văn bản", "Document number"), "<input type=\"text\" name=\"documentNumber\" maxlength=\"60\">"))
                \(Layout.field(ctx.t("Người giới thiệu (bước giới thiệu)", "Introducer (introduction step)"), "<select name=\"introducerId\"><option value=\"\">—</option>\(introducers)</select>"))
                \(Layout.field(ctx.t("Cùng công tác, sinh hoạt từ ngày", "Known since"), "<input type=\"date\" name=\"knownSince\">", hint: ctx.t("Ít nhất 12 tháng trước ngày giới thiệu", "At least 12 months before the introduction")))
                <label class="check"><input type="checkbox" name="youthUnion" value="true"> \(ctx.t("Đoàn Thanh niên giới thiệu (mẫu 4-KNĐ)", "Introduced by the Youth Union (form 4-KNĐ)"))</label>
                \(Layout.field(ctx.t("Biểu quyết kết nạp của chi bộ (bước nghị quyết chi bộ)", "The cell's admission vote"), "<select name=\"voteId\"><option value=\"\">—</option>\(votes)</select>"))
                \(Layout.field(ctx.t("Ghi chú", "Note"), "<input type=\"text\" name=\"note\" maxlength=\"500\">"))
                <button type="submit">\(ctx.t("Ghi nhận", "Record"))</button></form>
                <details><summary>\(ctx.t("Dừng xem xét", "Drop the file"))</summary>
                <form id="drop-sympathiser" class="stack" method="post" action="\(SiteURL.sympathiserAction(s.id, .drop).path)">\(ctx.csrfField)
                \(Layout.field(ctx.t("Lý do", "Reason"), "<input type=\"text\" name=\"reason\" required maxlength=\"500\">"))
                <button type="submit" class="danger">\(ctx.t("Dừng", "Drop"))</button></form></details>
                """
        }
        let late: HTML =
            p.ceremonyLate.map {
                "<p class=\"due overdue\" id=\"ceremony-late\">\(ctx.t("Lễ kết nạp tổ chức chậm", "Ceremony held late by")) \($0) \(ctx.t("ngày làm việc so với thời hạn", "working days"))</p>"
            } ?? .empty
        // Admitted: the member's file is completed on the new member's page.
        let awaiting = s.status == .admitted && p.nextStep == .memberFile
        let member: HTML =
            s.memberId.map {
                """
                <p id="admitted"><a href="\(SiteURL.member($0).path)">\(ctx.t("Hồ sơ đảng viên", "Member record"))</a>\
                \(awaiting ? " — " + ctx.t("chưa hoàn thiện hồ sơ đảng viên (ghi nhận trên trang đảng viên)", "the member's file is not yet complete (recorded on the member's page)") : "")</p>
                """
            } ?? .empty
        return Layout.page(
            ctx, title: s.fullName,
            """
            <p class="crumbs"><a href="\(SiteURL.unitRecruitment(p.unit.id).path)">← \(p.unit.name)</a></p>
            <h1>\(s.fullName)</h1>
            \(Layout.errors(ctx, errors))
            <dl class="facts">
            <dt>\(ctx.t("Ngày sinh", "Born"))</dt><dd>\(CivilDate(parsing: s.birthDate))</dd>
            <dt>\(ctx.t("Tình trạng", "Status"))</dt><dd id="sympathiser-status">\(ctx.label(s.status))</dd>
            <dt>\(ctx.t("Người giúp đỡ", "Helper"))</dt><dd>\(s.helperName ?? "—")</dd>
            <dt>\(ctx.t("Bước tiếp theo", "Next step"))</dt><dd id="next-step">\(p.nextStep.map { ctx.label($0) } ?? "—") \(deadline(p.deadline, ctx))</dd>
            </dl>
            \(member)
            \(late)
            <h2>\(ctx.t("Hồ sơ kết nạp", "Admission file"))</h2>
            \(Layout.table(id: "steps", head: [ctx.t("Bước", "Step"), ctx.t("Ngày", "Date")], rows: stepRows))
            \(form)
            """)
    }
}
