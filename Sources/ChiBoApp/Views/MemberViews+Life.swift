import ChiBoCore
import Vapor

/// A member's party life on the record page: the dated periods, and the forms of the events
/// (suspension, discipline, recognition, leaving).
extension MemberViews {
    /// The detail of a period in words ("Tạm miễn sinh hoạt", "Từ trần", …).
    static func detail(_ p: StatusPeriodDTO, _ ctx: PageContext) -> String {
        let period = StatusPeriod(p.kind, detail: p.detail, from: CivilDate(parsing: p.from) ?? ctx.today)
        let labelled: (any Labelled)? =
            period.exemption ?? period.transfer ?? period.suspension ?? period.discipline ?? period.leaving
        return labelled.map { $0.label(ctx.language) } ?? ""
    }

    /// The documents beside one of the record's periods or steps, with the form to attach one
    /// for whoever records it.
    static func documents(_ ctx: PageContext, _ page: MemberPage, _ target: DocumentTarget, _ id: UUID?) -> HTML {
        let m = page.member.id
        let may = id.map { page.attachable.contains($0) } ?? false
        return FileDocumentViews.beside(
            ctx, page.life.documents, target: target, targetID: id, upload: may ? SiteURL.memberAction(m, .documents) : nil,
            download: { SiteURL.memberDocument(m, document: $0) })
    }

    /// The admission file the member came through (its steps and documents), with the member's
    /// file (1-HSĐV, 2-HSĐV) to complete after the ceremony.
    static func admissionFile(_ ctx: PageContext, _ page: MemberPage) -> HTML {
        guard let file = page.life.admission else { return .empty }
        let rows = file.steps.map { r -> HTML in
            let number: HTML = r.documentNumber.map { "<br><small>\(ctx.t("Số ", "No. "))\($0)</small>" } ?? .empty
            return """
                <tr class="admission-step \(r.step.rawValue)"><td>\(ctx.label(r.step))\(r.form.map { " (\($0))" } ?? "")\(number)\
                \(documents(ctx, page, .admissionStep, r.id))</td><td>\(CivilDate(parsing: r.date))</td></tr>
                """
        }
        var complete: HTML = .empty
        if file.awaitingMemberFile {
            let today = ctx.today.iso
            complete =
                page.canWrite
                ? """
                <form id="member-file" class="stack" method="post" action="\(SiteURL.memberAction(page.member.id, .memberFile).path)">\(ctx.csrfField)
                <p class="due">\(ctx.t("Chi bộ hoàn thiện hồ sơ đảng viên (lý lịch đảng viên, phiếu đảng viên) và chuyển cấp ủy", "The cell completes the member's file (personal record, member's card) and hands it to the committee"))</p>
                \(Layout.field(ctx.t("Ngày hoàn thiện hồ sơ đảng viên", "Date the member's file was completed"), "<input type=\"date\" name=\"date\" required max=\"\(today)\" value=\"\(today)\">"))
                \(Layout.field(ctx.t("Số văn bản", "Document number"), "<input type=\"text\" name=\"documentNumber\" maxlength=\"60\">"))
                \(Layout.field(ctx.t("Ghi chú", "Note"), "<input type=\"text\" name=\"note\" maxlength=\"500\">"))
                <button type="submit">\(ctx.t("Ghi nhận hồ sơ đảng viên", "Record the member's file"))</button></form>
                """
                : "<p class=\"due\" id=\"member-file-due\">\(ctx.t("Hồ sơ đảng viên chưa hoàn thiện", "The member's file is not yet complete"))</p>"
        }
        return """
            <h2>\(ctx.t("Hồ sơ kết nạp", "Admission file"))</h2>
            \(Layout.table(id: "admission-file", head: [ctx.t("Bước", "Step"), ctx.t("Ngày", "Date")], rows: rows))
            \(complete)
            """
    }

    /// "Quá trình đảng viên": one row a period, newest first.
    static func life(_ ctx: PageContext, _ page: MemberPage) -> HTML {
        let rows = page.life.periods.reversed().map { p -> HTML in
            let what = detail(p, ctx)
            var notes: [String] = []
            if let by = p.decidedBy { notes.append(DecidingBody(rawValue: by).map { ctx.label($0) } ?? by) }
            if let n = p.decisionNumber { notes.append(ctx.t("Số ", "No. ") + n) }
            if let d = p.decisionDate.flatMap(CivilDate.init(parsing:)), d.iso != p.from {
                notes.append(ctx.t("ngày ", "dated ") + d.vietnamese)
            }
            if let place = p.place { notes.append(place) }
            if let reason = p.reason { notes.append(reason) }
            let small: HTML = notes.isEmpty ? .empty : "<br><small>\(notes.joined(separator: " · "))</small>"
            let until: HTML =
                p.kind == .left ? "" : "\(p.until.flatMap(CivilDate.init(parsing:)).map { $0.vietnamese } ?? ctx.t("nay", "now"))"
            return """
                <tr class="period \(p.kind.rawValue)"><td>\(ctx.label(p.kind))\(what.isEmpty ? "" : ": " + what)\(small)\
                \(documents(ctx, page, .statusPeriod, p.id))</td>\
                <td>\(CivilDate(parsing: p.from))</td><td>\(until)</td></tr>
                """
        }
        var due: HTML = .empty
        if let ends = page.life.probationEnds.flatMap(CivilDate.init(parsing:)), let official = page.life.officialFrom {
            let overdue = ends < ctx.today
            due = """
                <p class="due\(overdue ? " overdue" : "")" id="probation-due">\(ctx.t("Hết 12 tháng dự bị ngày", "Probation ends on")) \(ends)\
                 — \(ctx.t("xét công nhận chính thức từ ngày", "recognition from")) \(CivilDate(parsing: official))</p>
                """
        }
        // A move away: the permanent transfer's deadline, or how late it came.
        var moved: HTML = .empty
        if let move = page.member.moved, let on = CivilDate(parsing: move.date) {
            let place: HTML = move.place.map { " \(ctx.t("đến", "to")) \($0)" } ?? .empty
            var state: HTML = .empty
            if let due = page.life.transferDue.flatMap(CivilDate.init(parsing:)) {
                state = """
                     — \(ctx.t("hạn chuyển sinh hoạt đảng chính thức", "permanent transfer due")) \(due)\
                    \(page.life.transferOverdue ? ctx.t(" (quá hạn)", " (overdue)") : "")<br><small class="who">\(ctx.t("Cấp ủy cơ sở giới thiệu chuyển sinh hoạt", "The grassroots committee issues the transfer"))</small>
                    """
            } else if let late = page.life.transferLateDays {
                state = " — \(ctx.t("chuyển sinh hoạt chậm \(late) ngày làm việc", "transferred \(late) working days late"))"
            }
            moved = """
                <p class="due\(page.life.transferOverdue ? " overdue" : "")" id="moved-away">\
                \(ctx.t("Chuyển nơi ở, nơi công tác ngày", "Moved away on")) \(on)\(place)\(state)</p>
                """
        }
        // The recognition file (10–14-KNĐ) so far, with its documents, for everyone who reads the record.
        let stepRows = page.life.recognitionSteps.map { r -> HTML in
            """
            <tr class="recognition-step"><td>\(ctx.label(r.step)) (\(r.form))\(r.documentNumber.map { " — " + $0 } ?? "")\
            \(documents(ctx, page, .recognitionStep, r.id))</td><td>\(CivilDate(parsing: r.date))</td></tr>
            """
        }
        let recognition: HTML =
            stepRows.isEmpty
            ? .empty
            : """
            <h2>\(ctx.t("Hồ sơ công nhận đảng viên chính thức", "Recognition file"))</h2>
            \(Layout.table(id: "recognition-steps", head: [ctx.t("Bước", "Step"), ctx.t("Ngày", "Date")], rows: stepRows))
            """
        // Documents whose step or period is no longer on the record (a corrected record), kept readable.
        let shown = Set(
            page.life.periods.compactMap(\.id) + page.life.recognitionSteps.compactMap(\.id)
                + (page.life.admission?.steps.compactMap(\.id) ?? []))
        let others = page.life.documents.filter { !shown.contains($0.targetId) }.map { d -> HTML in
            "<li>\(FileDocumentViews.link(SiteURL.memberDocument(page.member.id, document: d.id).path, d.filename, size: d.size))</li>"
        }
        let other: HTML =
            others.isEmpty
            ? .empty : "<h2>\(ctx.t("Tài liệu khác", "Other documents"))</h2><ul class=\"docs\" id=\"other-documents\">\(others)</ul>"
        return """
            <h2>\(ctx.t("Quá trình đảng viên", "Party life"))</h2>
            \(due)
            \(moved)
            \(Layout.table(id: "status-history", head: [ctx.t("Tình trạng", "Status"), ctx.t("Từ", "From"), ctx.t("Đến", "Until")], rows: Array(rows)))
            \(recognition)
            \(admissionFile(ctx, page))
            \(other)
            """
    }

    /// The events' forms, for someone who may write the member's record.
    static func lifeForms(_ ctx: PageContext, _ page: MemberPage) -> HTML {
        let m = page.member, today = ctx.today.iso
        let transferDays = Rulebook.inForce(on: ctx.today).membership.permanentTransferWorkingDays
        func votes(_ kinds: [VoteKind]) -> HTML {
            let pending = page.life.pendingVotes.filter { kinds.contains($0.kind) }
            guard !pending.isEmpty else { return .empty }
            let options = pending.map { v -> HTML in
                "<option value=\"\(v.voteId)\">\(ctx.label(v.kind)) — \(CivilDate(parsing: v.date))</option>"
            }
            return Layout.field(
                ctx.t("Biểu quyết của chi bộ", "The cell's vote"),
                "<select name=\"voteId\"><option value=\"\">—</option>\(options)</select>")
        }
        let suspension: HTML =
            !page.canDecide
            ? .empty
            : page.life.running(.suspended) == nil
                ? """
                <details><summary>\(ctx.t("Đình chỉ sinh hoạt, tạm giam", "Suspension or detention"))</summary>
                <form id="suspend-member" class="stack" method="post" action="\(SiteURL.memberAction(m.id, .suspension).path)">\(ctx.csrfField)
                \(Layout.field(ctx.t("Hình thức", "Kind"), "<select name=\"kind\" required>\(Layout.options(SuspensionKind.allCases, selected: nil, ctx))</select>"))
                \(Layout.field(ctx.t("Từ ngày", "From"), "<input type=\"date\" name=\"from\" required max=\"\(today)\">"))
                \(Layout.field(ctx.t("Đến ngày", "Until"), "<input type=\"date\" name=\"until\">", hint: ctx.t("Để trống nếu chưa rõ", "Blank if not known")))
                \(Layout.field(ctx.t("Cơ quan quyết định", "Decided by"), "<input type=\"text\" name=\"decidedBy\" maxlength=\"200\">"))
                \(Layout.field(ctx.t("Số quyết định", "Decision number"), "<input type=\"text\" name=\"decisionNumber\" maxlength=\"60\">"))
                \(Layout.field(ctx.t("Lý do", "Reason"), "<input type=\"text\" name=\"reason\" required maxlength=\"500\">"))
                <button type="submit">\(ctx.t("Ghi nhận", "Record"))</button></form></details>
                """
                : """
                <form id="end-suspension" class="inline" method="post" action="\(SiteURL.memberAction(m.id, .suspensionEnd).path)">\(ctx.csrfField)
                \(Layout.field(ctx.t("Ngày cuối cùng bị đình chỉ", "Last day suspended"), "<input type=\"date\" name=\"until\" value=\"\(today)\" max=\"\(today)\">"))
                <button type="submit" class="secondary">\(ctx.t("Kết thúc đình chỉ sinh hoạt", "End the suspension"))</button></form>
                """
        // The recognition file (10–14-KNĐ) for whoever writes the member's record; the decision
        // (15-KNĐ) for the committee.
        let open = page.life.recognitionOpen.filter { page.canDecide || $0 != .committeeResolution }
        let stepOptions = open.map { step -> HTML in "<option value=\"\(step.rawValue)\">\(ctx.label(step)) (\(step.form))</option>" }
        let stepForm: HTML =
            open.isEmpty
            ? .empty
            : """
            <form id="record-recognition-step" class="stack" method="post" action="\(SiteURL.memberAction(m.id, .recognitionSteps).path)">\(ctx.csrfField)
            \(Layout.field(ctx.t("Bước", "Step"), "<select name=\"step\" required>\(stepOptions)</select>"))
            \(Layout.field(ctx.t("Ngày", "Date"), "<input type=\"date\" name=\"date\" required max=\"\(today)\" value=\"\(today)\">"))
            \(Layout.field(ctx.t("Số văn bản", "Document number"), "<input type=\"text\" name=\"documentNumber\" maxlength=\"60\">"))
            \(votes([.recognition]))
            <button type="submit">\(ctx.t("Ghi nhận bước", "Record the step"))</button></form>
            """
        let decision: HTML =
            !page.canDecide
            ? .empty
            : """
            <form id="recognise-member" class="stack" method="post" action="\(SiteURL.memberAction(m.id, .recognition).path)">\(ctx.csrfField)
            \(votes([.recognition]))
            \(Layout.field(ctx.t("Ngày quyết định công nhận của cấp ủy (15-KNĐ)", "Committee's decision date (15-KNĐ)"), "<input type=\"date\" name=\"decisionDate\" required max=\"\(today)\">", hint: ctx.t("Chính thức tính từ ngày hết 12 tháng dự bị", "Official from the end of the 12 months")))
            \(Layout.field(ctx.t("Số quyết định", "Decision number"), "<input type=\"text\" name=\"decisionNumber\" required maxlength=\"60\">"))
            <button type="submit">\(ctx.t("Ghi nhận quyết định", "Record the decision"))</button></form>
            """
        // The cell did not propose the recognition: the committee strikes the member off on that vote.
        var failed: HTML = .empty
        if let vote = page.life.failedRecognition {
            let form: HTML =
                !page.canDecide
                ? .empty
                : """
                <form id="strike-off-failed" class="stack" method="post" action="\(SiteURL.memberAction(m.id, .leaving).path)">\(ctx.csrfField)
                <input type="hidden" name="kind" value="\(LeavingKind.struckOff.rawValue)"><input type="hidden" name="voteId" value="\(vote.voteId)">
                \(Layout.field(ctx.t("Ngày quyết định xóa tên", "Date of the decision"), "<input type=\"date\" name=\"date\" required min=\"\(vote.date)\" max=\"\(today)\">"))
                \(Layout.field(ctx.t("Số quyết định", "Decision number"), "<input type=\"text\" name=\"decisionNumber\" required maxlength=\"60\">"))
                \(Layout.field(ctx.t("Cơ quan quyết định", "Decided by"), "<input type=\"text\" name=\"decidedBy\" maxlength=\"200\">"))
                \(Layout.field(ctx.t("Lý do", "Reason"), "<input type=\"text\" name=\"reason\" required maxlength=\"500\" value=\"\(ctx.t("Không đủ điều kiện công nhận đảng viên chính thức", "Not recognised as an official member"))\">"))
                <button type="submit" class="danger">\(ctx.t("Quyết định xóa tên", "Strike off"))</button></form>
                """
            failed = """
                <p class="due overdue" id="recognition-failed">\(ctx.t("Chi bộ biểu quyết không đề nghị công nhận chính thức ngày", "The cell voted against the recognition on")) \(CivilDate(parsing: vote.date))\
                 — \(ctx.t("cấp ủy có thẩm quyền quyết định xóa tên", "the competent committee strikes the member off"))</p>
                \(form)
                """
        }
        let recognition: HTML =
            page.life.probationEnds == nil
            ? .empty
            : """
            <details\(page.life.pendingVotes.contains { $0.kind == .recognition } || page.life.failedRecognition != nil ? " open" : "")><summary>\(ctx.t("Công nhận đảng viên chính thức", "Recognition as official"))</summary>
            \(failed)
            \(stepForm)
            \(decision)
            </details>
            """
        let moveAway: HTML =
            page.member.left != nil
            ? .empty
            : """
            <details><summary>\(ctx.t("Chuyển nơi ở, nơi công tác", "Moving away"))</summary>
            <form id="move-away" class="stack" method="post" action="\(SiteURL.memberAction(m.id, .movedAway).path)">\(ctx.csrfField)
            \(Layout.field(ctx.t("Ngày chuyển", "Moved on"), "<input type=\"date\" name=\"movedOn\" required max=\"\(today)\" value=\"\(page.member.moved?.date ?? "")\">", hint: ctx.t("Chuyển sinh hoạt đảng chính thức trong \(transferDays) ngày làm việc", "The permanent transfer is due within \(transferDays) working days")))
            \(Layout.field(ctx.t("Nơi chuyển đến", "Destination"), "<input type=\"text\" name=\"place\" required maxlength=\"300\" value=\"\(page.member.moved?.place ?? "")\">"))
            <button type="submit">\(ctx.t("Ghi nhận", "Record"))</button></form></details>
            """
        return """
            \(suspension)
            \(recognition)
            \(moveAway)
            <details><summary>\(ctx.t("Kỷ luật", "Discipline"))</summary>
            <form id="discipline-member" class="stack" method="post" action="\(SiteURL.memberAction(m.id, .discipline).path)">\(ctx.csrfField)
            \(Layout.field(ctx.t("Hình thức", "Measure"), "<select name=\"kind\" required>\(Layout.options(DisciplineKind.allCases, selected: nil, ctx))</select>"))
            \(Layout.field(ctx.t("Cấp quyết định", "Decided by"), "<select name=\"body\" required>\(Layout.options(page.canDecide ? DecidingBody.allCases : [.cell], selected: nil, ctx))</select>", hint: ctx.t("Chi bộ chỉ quyết định khiển trách, cảnh cáo", "A cell decides only a reprimand or a warning")))
            \(votes([.discipline, .expulsionProposal]))
            \(Layout.field(ctx.t("Ngày quyết định", "Decision date"), "<input type=\"date\" name=\"date\" required max=\"\(today)\">"))
            \(Layout.field(ctx.t("Hiệu lực đến", "In effect until"), "<input type=\"date\" name=\"until\">"))
            \(Layout.field(ctx.t("Số quyết định", "Decision number"), "<input type=\"text\" name=\"decisionNumber\" maxlength=\"60\">"))
            \(Layout.field(ctx.t("Lý do", "Reason"), "<input type=\"text\" name=\"reason\" required maxlength=\"500\">"))
            <button type="submit">\(ctx.t("Ghi nhận", "Record"))</button></form></details>
            <details><summary>\(ctx.t("Ra khỏi Đảng", "Leaving the party"))</summary>
            <form id="leave-member" class="stack" method="post" action="\(SiteURL.memberAction(m.id, .leaving).path)">\(ctx.csrfField)
            \(Layout.field(ctx.t("Hình thức", "Way"), "<select name=\"kind\" required>\(Layout.options(page.canDecide ? LeavingKind.allCases : [.death], selected: nil, ctx))</select>"))
            \(Layout.field(ctx.t("Từ ngày", "On"), "<input type=\"date\" name=\"date\" required max=\"\(today)\">", hint: ctx.t("Ngày quyết định (từ trần: ngày mất)", "The decision's date (death: the day of death)")))
            \(Layout.field(ctx.t("Số quyết định / giấy giới thiệu", "Decision or letter number"), "<input type=\"text\" name=\"decisionNumber\" maxlength=\"60\">"))
            \(Layout.field(ctx.t("Cơ quan quyết định", "Decided by"), "<input type=\"text\" name=\"decidedBy\" maxlength=\"200\">"))
            \(Layout.field(ctx.t("Nơi chuyển đến", "Destination"), "<input type=\"text\" name=\"place\" maxlength=\"300\" value=\"\(page.member.moved?.place ?? "")\">", hint: ctx.t("Khi chuyển sinh hoạt chính thức đi", "For a permanent transfer out")))
            \(Layout.field(ctx.t("Ngày chuyển nơi ở, nơi công tác", "Moved away on"), "<input type=\"date\" name=\"movedOn\" max=\"\(today)\" value=\"\(page.member.moved?.date ?? "")\">", hint: ctx.t("Khi chuyển sinh hoạt chính thức đi: hạn \(transferDays) ngày làm việc từ ngày này", "For a permanent transfer out: due \(transferDays) working days after it")))
            \(Layout.field(ctx.t("Lý do", "Reason"), "<input type=\"text\" name=\"reason\" maxlength=\"500\">"))
            <button type="submit" class="danger">\(ctx.t("Ghi nhận", "Record"))</button></form></details>
            """
    }
}
