import ChiBoCore
import Vapor

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
        let meetings = section(
            ctx.t("Sinh hoạt chi bộ", "Meetings"), m.source,
            [
                (ctx.t("Sinh hoạt thường kỳ", "Regular meeting every"), "\(m.regularEveryMonths) \(ctx.t("tháng", "month(s)"))"),
                (ctx.t("Sinh hoạt chuyên đề, mỗi quý ít nhất", "Thematic meetings a quarter, at least"), "\(m.thematicPerQuarter)"),
                (ctx.t("Thời gian tối thiểu", "Minimum length"), "\(m.minimumMinutes) \(ctx.t("phút", "min"))"),
                (
                    ctx.t("Khi kết hợp chuyên đề và thường kỳ", "Combined thematic and regular"),
                    "\(m.combinedMinimumMinutes) \(ctx.t("phút", "min"))"
                ),
                (
                    ctx.t("Gửi tài liệu trước ít nhất", "Documents sent at least"),
                    "\(m.documentsDaysBefore) \(ctx.t("ngày", "day(s) before"))"
                ),
                (ctx.t("Tỷ lệ dự sinh hoạt phải trên", "Attendance above"), "\(m.attendanceAbovePercent)%"),
                (ctx.t("Vắng có lý do liên tiếp tối đa", "Excused absences in a row, at most"), "\(m.maxConsecutiveExcusedAbsences)"),
                (ctx.t("Chỉ tiêu địa phương về tỷ lệ dự", "Local attendance target"), "\(r.local.attendanceTargetPercent)%"),
            ])
        let votes = section(
            ctx.t("Biểu quyết", "Votes"), v.source,
            [
                (ctx.t("Nghị quyết thông thường", "Ordinary resolution"), v.ordinary.label(ctx.language)),
                (
                    ctx.t("Kết nạp đảng viên", "Admission"),
                    v.admission.label(ctx.language) + ctx.t(" số đảng viên chính thức", " of official members")
                ),
                (
                    ctx.t("Công nhận đảng viên chính thức", "Official recognition"),
                    v.recognition.label(ctx.language) + ctx.t(" số đảng viên chính thức", " of official members")
                ),
                (ctx.t("Khiển trách, cảnh cáo", "Reprimand, warning"), v.discipline.label(ctx.language)),
                (ctx.t("Đề nghị khai trừ", "Proposing expulsion"), v.expulsionProposal.label(ctx.language)),
                (ctx.t("Báo cáo cấp trên sau số lần không đạt", "Escalate after failed votes"), "\(v.escalateAfterFailures)"),
                (
                    ctx.t("Đảng viên dự bị biểu quyết", "Probationary members vote"),
                    v.probationaryMembersVote ? ctx.t("Có", "Yes") : ctx.t("Không", "No")
                ),
            ])
        let membership = section(
            ctx.t("Đảng viên", "Membership"), s.source,
            [
                (ctx.t("Thời gian dự bị", "Probation"), "\(s.probationMonths) \(ctx.t("tháng", "months"))"),
                (ctx.t("Tuổi kết nạp", "Admission age"), "\(s.admissionMinimumAge)–\(s.admissionMaximumAge)"),
                (
                    ctx.t("Tổ chức lễ kết nạp trong", "Ceremony within"),
                    "\(s.ceremonyWithinWorkingDays) \(ctx.t("ngày làm việc", "working days"))"
                ),
                (
                    ctx.t("Xét công nhận chính thức trong", "Recognition considered within"),
                    "\(s.recognitionWithinWorkingDays) \(ctx.t("ngày làm việc", "working days"))"
                ),
                (ctx.t("Người giới thiệu", "Introducers"), "\(s.introducersRequired)"),
                (
                    ctx.t("Xóa tên: bỏ sinh hoạt/không đóng đảng phí trong năm", "Struck off: months missed in a year"),
                    "\(s.strikeOffMonthsInYear) \(ctx.t("tháng", "months"))"
                ),
                (
                    ctx.t("Chuyển sinh hoạt chính thức trong", "Permanent transfer within"),
                    "\(s.permanentTransferWorkingDays) \(ctx.t("ngày làm việc", "working days"))"
                ),
            ])
        let evaluation = section(
            ctx.t("Đánh giá, xếp loại", "Annual evaluation"), e.source,
            [
                (ctx.t("Hoàn thành xuất sắc", "Excellent"), "≥ \(e.excellentFrom)"),
                (ctx.t("Hoàn thành tốt", "Good"), "\(e.goodFrom)–<\(e.excellentFrom)"),
                (ctx.t("Hoàn thành", "Completed"), "\(e.completedFrom)–<\(e.goodFrom)"),
                (
                    ctx.t("Tỷ lệ xuất sắc tối đa trong số hoàn thành tốt", "Excellent cap, share of good"),
                    "\(r.local.excellentCapPercentOfGood)%"
                ),
            ])
        let documents = section(
            ctx.t("Thể thức văn bản", "Document format"), d.source,
            [
                (ctx.t("Phông chữ", "Font"), d.font),
                (
                    ctx.t("Lề trên/dưới/trái/phải (mm)", "Margins top/bottom/left/right (mm)"),
                    "\(d.marginTopMM)/\(d.marginBottomMM)/\(d.marginLeftMM)/\(d.marginRightMM)"
                ),
                (ctx.t("Loại văn bản", "Document types"), d.documentTypes.joined(separator: ", ")),
            ])
        return Layout.page(
            ctx, title: ctx.t("Quy định", "Rulebook"),
            """
            <h1>\(ctx.t("Quy định áp dụng ngày", "Rules in force on")) \(r.date.vietnamese)</h1>
            <form class="search" method="get" action="\(SiteURL.rulebook.path)"><input type="date" name="date" value="\(r.date.iso)"><button type="submit">\(ctx.t("Xem", "Show"))</button></form>
            \(meetings)
            \(votes)
            \(membership)
            \(evaluation)
            \(documents)
            """)
    }
}
