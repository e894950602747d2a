import ChiBoCore
import Fluent
import Vapor

/// The minutes and the resolution of a locked meeting as official documents (RULES.md, "Documents"),
/// built from the locked snapshot so that what is printed is what was approved.
enum MeetingDocuments {
    struct Context {
        let snapshot: MinutesService.Snapshot
        /// The meeting's day.
        let date: CivilDate
        let superior: String
        let issuer: String
        let place: String
        let cellSecretary: String?
        let amendments: [MinutesService.Amendment]
    }

    static func context(_ db: any Database, _ principal: Principal, meetingID: UUID) async throws -> Context {
        let m = try await MeetingService.find(db, principal, meetingID)
        guard m.status.minutesLocked, let snap = try await MinutesService.locked(db, meetingID: meetingID) else {
            throw DomainError(
                .conflict, code: "documents.notLocked",
                vi: "Văn bản chỉ có sau khi chi bộ thông qua biên bản.",
                en: "The documents exist once the cell has approved the minutes.")
        }
        let amendments = try await MinutesService.records(db, meetingID: meetingID).filter { $0.kind == .amendment }
            .compactMap { try? JSONDecoder().decode(MinutesService.Amendment.self, from: Data($0.content.utf8)) }
        return Context(
            snapshot: snap, date: m.date, superior: snap.superior, issuer: snap.unitName, place: snap.place,
            cellSecretary: snap.cellSecretary, amendments: amendments)
    }

    static func number(_ text: String?) -> DocumentNumber? {
        guard let text, text.hasPrefix("Số ") else { return nil }
        return DocumentNumber.parse(text)
    }

    static func clock(_ iso: String?) -> String {
        guard let t = iso.flatMap(LocalDateTime.init(parsing:)) else { return "" }
        return "\(t.hour) giờ \(t.minute < 10 ? "0" : "")\(t.minute)"
    }

    static func subtitle(_ m: MeetingDTO, date: CivilDate) -> String {
        let period = "tháng \(date.month < 10 ? "0" : "")\(date.month) năm \(date.year)"
        switch m.kind {
        case .regular, .model: return "Sinh hoạt chi bộ định kỳ \(period)"
        case .thematic: return "Sinh hoạt chuyên đề \(period)" + (m.theme.map { ": \($0)" } ?? "")
        case .combined: return "Sinh hoạt chi bộ định kỳ kết hợp chuyên đề \(period)" + (m.theme.map { ": \($0)" } ?? "")
        case .extraordinary: return "Sinh hoạt chi bộ bất thường ngày \(date.vietnamese)"
        case .committee: return "Họp chi ủy ngày \(date.vietnamese)"
        }
    }

    /// The locked roll as the rules read it.
    static func rollMembers(_ s: MinutesService.Snapshot) -> [RollMember] {
        s.roll.map {
            RollMember(status: $0.status, exempt: $0.exempt, transfer: $0.transfer, suspended: $0.suspended, attendance: $0.attendance)
        }
    }

    /// Room for a name to be written by hand.
    static let blank = "………………………"

    /// The chair and the meeting secretary as printed. A name the locked roll lists as absent is not
    /// printed (the line is left for the cell to fill in by hand): a document must not name as its
    /// signer someone its own list of absentees names. The approval refuses such minutes now; older
    /// records may hold them.
    static func signers(_ s: MinutesService.Snapshot) -> (chair: String?, secretary: String?) {
        let lines = s.roll.map { MinutesSigners.Line(fullName: $0.fullName, attendance: $0.attendance) }
        func shown(_ name: String?) -> String? {
            guard let name = name?.nilIfEmpty, !MinutesSigners.listedAbsent(name, roll: lines, unmarkedIsAbsent: true) else { return nil }
            return name
        }
        return (shown(s.meeting.chairName), shown(s.meeting.secretaryName))
    }

    static func names(_ lines: [RollEntryDTO], reasons: Bool) -> String {
        lines.map { line in
            var text = "đồng chí \(line.fullName)"
            if reasons {
                switch line.attendance {
                case .excused: text += " (có lý do" + (line.reason.map { ": \($0)" } ?? "") + ")"
                case .unexcused, nil: text += " (không lý do)"
                case .present, .late: break
                }
            } else if let reason = line.reason {
                text += " (\(reason))"
            }
            return text
        }.joined(separator: "; ")
    }

    static func paragraphs(_ text: String?) -> [Block] {
        (text ?? "").split(whereSeparator: \.isNewline).map { .paragraph(String($0).trimmingCharacters(in: .whitespaces)) }
            .filter { if case .paragraph(let p) = $0 { return !p.isEmpty } else { return true } }
    }

    static func taskTable(_ s: MinutesService.Snapshot) -> Block? {
        guard !s.tasks.isEmpty else { return nil }
        let names = Dictionary(s.roll.map { ($0.memberId, $0.fullName) }, uniquingKeysWith: { a, _ in a })
        let rows = s.tasks.enumerated().map { i, t in
            ["\(i + 1)", t.description, names[t.memberId] ?? "", t.dueDate.vietnamese]
        }
        return .table(header: ["TT", "Nhiệm vụ", "Người thực hiện", "Thời hạn"], rows: rows)
    }

    static func minutes(_ c: Context) -> OfficialDocument {
        let s = c.snapshot, m = s.meeting
        let date = c.date
        let roll = rollMembers(s)
        let figures = RollFigures.compute(roll)
        let summary = AttendanceSummary.compute(roll)
        let (chair, secretary) = signers(s)
        var body: [Block] = [
            .labelled(label: "Thời gian", text: "\(clock(m.startedAt)), ngày \(date.vietnamese)"),
            .labelled(label: "Địa điểm", text: m.location),
        ]
        if !s.guests.isEmpty {
            body.append(
                .labelled(
                    label: "Đại biểu",
                    text: s.guests.map { "đồng chí \($0.name)" + ($0.position.isEmpty ? "" : ", \($0.position)") }
                        .joined(separator: "; ")))
        }
        body.append(.labelled(label: "Chủ trì", text: "đồng chí \(chair ?? blank)"))
        body.append(.labelled(label: "Thư ký", text: "đồng chí \(secretary ?? blank)"))
        body.append(.paragraph(figures.text + "."))
        if let rate = summary.ratePermille {
            body.append(
                .paragraph(
                    "Tỉ lệ dự họp của đảng viên phải dự (không kể đảng viên miễn sinh hoạt, chuyển sinh hoạt tạm thời nơi khác, "
                        + "đình chỉ sinh hoạt): \(summary.present + summary.late)/\(summary.expected), đạt \(rate / 10),\(rate % 10)%."))
        }
        let cell = s.roll.filter { $0.transfer == nil && !$0.suspended }
        let attended: (RollEntryDTO) -> Bool = { $0.attendance == .present || $0.attendance == .late }
        let absent = cell.filter { !$0.exempt && !attended($0) }
        if !absent.isEmpty {
            body.append(.labelled(label: "Đảng viên vắng mặt", text: names(absent, reasons: true)))
        }
        let exemptAbsent = cell.filter { $0.exempt && !attended($0) }
        if !exemptAbsent.isEmpty {
            body.append(.labelled(label: "Đảng viên miễn sinh hoạt không dự họp", text: names(exemptAbsent, reasons: false)))
        }
        let away = s.roll.filter { $0.transfer == .outgoing }
        if !away.isEmpty {
            body.append(.labelled(label: "Đảng viên chuyển sinh hoạt tạm thời nơi khác", text: names(away, reasons: false)))
        }
        let suspended = s.roll.filter { $0.transfer == nil && $0.suspended }
        if !suspended.isEmpty {
            body.append(.labelled(label: "Đảng viên đình chỉ sinh hoạt", text: names(suspended, reasons: false)))
        }
        if let visitors = figures.visitorsText {
            let present = s.roll.filter { $0.transfer == .incoming && attended($0) }
            body.append(.paragraph(visitors + ": " + names(present, reasons: false) + "."))
        }
        body.append(.heading("NỘI DUNG"))
        for item in s.agenda {
            body.append(.heading("\(item.position). \(item.title)"))
            for sp in item.speeches { body.append(.paragraph("Đồng chí \(sp.speaker) phát biểu:\n\(sp.content)")) }
            if let k = item.conclusion { body.append(.labelled(label: "Kết luận", text: k)) }
        }
        for v in s.visits ?? [] {
            body.append(
                .paragraph(
                    "Đồng chí \(v.name)\(v.position.isEmpty ? "" : ", " + v.position), đại diện \(v.level), phát biểu:\n\(v.remarks)"))
        }
        if !s.votes.isEmpty {
            body.append(.heading("BIỂU QUYẾT"))
            for v in s.votes {
                body.append(
                    .paragraph(
                        "\(v.subject): tán thành \(v.inFavour ?? 0), không tán thành \(v.against ?? 0), không biểu quyết \(v.abstain ?? 0). "
                            + (v.explanation ?? "")))
            }
        }
        if let table = taskTable(s) {
            body.append(.heading("PHÂN CÔNG NHIỆM VỤ"))
            body.append(table)
        }
        if let q = m.quality, let score = m.qualityScore {
            body.append(.labelled(label: "Chi bộ tự đánh giá chất lượng buổi sinh hoạt", text: "\(q.label(.vi)) (\(score) điểm)."))
        }
        body.append(
            .paragraph(
                "Buổi sinh hoạt kết thúc lúc \(clock(m.endedAt)) cùng ngày. Biên bản đã được đọc lại trước chi bộ và được chi bộ thông qua."
            ))
        for amendment in c.amendments {
            body.append(
                .labelled(
                    label: "Đính chính ngày \(CivilDate(parsing: amendment.date)?.vietnamese ?? amendment.date) (\(amendment.signedBy))",
                    text: amendment.text))
        }
        return OfficialDocument(
            superior: c.superior, issuer: c.issuer, number: number(s.minutesNumber), place: c.place, date: date,
            title: "Biên bản", subtitle: subtitle(m, date: date), body: body,
            signatures: SignatureBlock.minutes(chair: chair ?? "", secretary: secretary ?? ""),
            recipients: [])
    }

    /// The resolution's line on its own vote: the tally over the base, with the base's arithmetic
    /// (QĐ 24 §9.3.2) from the same roll as the opening paragraph's figures, and the members present
    /// who could vote. A vote taken before the roll changed keeps its own arithmetic.
    static func voteLine(_ v: VoteDTO, roll: [RollMember], figures: RollFigures) -> String {
        let base = VoteBase.compute(roll)
        let arithmetic =
            base.base == v.base
            ? "số đảng viên được tính: \(base.explanation(.vi)); \(figures.votersPresent) đảng viên chính thức có mặt được biểu quyết"
            : "số đảng viên được tính tại thời điểm biểu quyết. \(v.explanation ?? "")"
        return "Nghị quyết được chi bộ biểu quyết thông qua: tán thành \(v.inFavour ?? 0)/\(v.base ?? 0) đảng viên được tính, "
            + "không tán thành \(v.against ?? 0), không biểu quyết \(v.abstain ?? 0) (\(arithmetic))."
    }

    static func resolution(_ c: Context) -> OfficialDocument {
        let s = c.snapshot, m = s.meeting
        let date = c.date
        let roll = rollMembers(s)
        let figures = RollFigures.compute(roll)
        let (chair, secretary) = signers(s)
        var minutes = ""
        if let st = m.startedAt.flatMap(LocalDateTime.init(parsing:)), let en = m.endedAt.flatMap(LocalDateTime.init(parsing:)) {
            minutes = ", trong \(en.minutesSinceEpoch - st.minutesSinceEpoch) phút"
        }
        var opening =
            "Hôm nay, vào lúc \(clock(m.startedAt)) ngày \(date.vietnamese), tại \(m.location), \(c.issuer) tổ chức "
            + "\(subtitle(m, date: date).prefix(1).lowercased() + subtitle(m, date: date).dropFirst())\(minutes). \(figures.text)."
        if let visitors = figures.visitorsText { opening += " \(visitors)." }
        if !s.guests.isEmpty { opening += " Đại biểu dự: \(s.guests.count)." }
        opening += " Chủ trì: đồng chí \(chair ?? blank); thư ký: đồng chí \(secretary ?? blank)."
        var body: [Block] = [
            .paragraph(opening),
            .paragraph("Sau khi thảo luận, chi bộ thống nhất quyết nghị:"),
            .heading("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ"),
        ]
        body += paragraphs(m.results)
        body.append(.heading("II. NHIỆM VỤ THÁNG TỚI"))
        body += paragraphs(m.nextTasks)
        body.append(.heading("III. PHÂN CÔNG THỰC HIỆN"))
        if let table = taskTable(s) { body.append(table) } else { body.append(.paragraph("Chi ủy phân công cụ thể cho từng đảng viên.")) }
        body.append(.heading("IV. TỰ ĐÁNH GIÁ CHẤT LƯỢNG BUỔI SINH HOẠT"))
        if let q = m.quality, let score = m.qualityScore {
            body.append(.labelled(label: "Xếp loại", text: "\(q.label(.vi)) (\(score) điểm)."))
        }
        let resolutionVotes = s.votes.filter { $0.kind == .resolution && $0.passed == true }
        if let v = resolutionVotes.last {
            body.append(.paragraph(voteLine(v, roll: roll, figures: figures)))
        }
        return OfficialDocument(
            superior: c.superior, issuer: c.issuer, number: number(s.resolutionNumber), place: c.place, date: date,
            title: "Nghị quyết", subtitle: subtitle(m, date: date), body: body,
            signatures: SignatureBlock.resolution(secretary: c.cellSecretary ?? chair ?? ""),
            recipients: ["- \(c.superior) (để báo cáo),", "- Đảng viên trong chi bộ,", "- Lưu chi bộ."])
    }

    static func docx(_ doc: OfficialDocument, date: CivilDate) -> [UInt8] {
        DocxWriter.write(doc, rules: Rulebook.inForce(on: date).documents)
    }

    static func filename(_ kind: String, _ c: Context) -> String {
        "\(kind)-\(VietnameseText.fold(c.issuer).replacingOccurrences(of: " ", with: "-"))-\(c.snapshot.meeting.date).docx"
    }

    /// The invitation for a phone calendar.
    static func ics(_ m: Meeting, unitName: String, now: LocalDateTime) -> String {
        let date = m.date
        let (h, mm) = LocalDateTime.time(m.scheduledTime) ?? (19, 30)
        // The invitation's length: the kind's minimum, or a regular meeting's for a kind with none.
        let rules = Rulebook.inForce(on: date).meetings
        let minimum = m.kind.minimumMinutes(rules) ?? rules.minimumMinutes
        return ICalendar.event(
            uid: "meeting-\(m.id!.uuidString.lowercased())@chibo", start: (date, h, mm), durationMinutes: minimum,
            summary: "\(m.title) — \(unitName)", location: m.location,
            description: m.draftContent ?? m.title, stamp: (now.date, now.hour, now.minute))
    }
}
