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
        let code = text.dropFirst(3)
        let dash = code.split(separator: "-", maxSplits: 1)
        guard dash.count == 2, let seq = Int(dash[0]) else { return nil }
        let slash = dash[1].split(separator: "/", maxSplits: 1)
        guard slash.count == 2 else { return nil }
        return DocumentNumber(sequence: seq, type: String(slash[0]), issuerCode: String(slash[1]))
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

    static func numbers(_ s: MinutesService.Snapshot) -> (Int, Int, Int, AttendanceSummary) {
        let counted = s.roll.filter { $0.transfer != .incoming }
        let summary = AttendanceSummary.compute(
            s.roll.map {
                RollMember(status: $0.status, exempt: $0.exempt, transfer: $0.transfer, attendance: $0.attendance)
            })
        return (
            counted.count, counted.filter { $0.status == .official }.count, counted.filter { $0.status == .probationary }.count, summary
        )
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
        let (total, official, probationary, a) = numbers(s)
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
        body.append(.labelled(label: "Chủ trì", text: "đồng chí \(m.chairName ?? "")"))
        body.append(.labelled(label: "Thư ký", text: "đồng chí \(m.secretaryName ?? "")"))
        let exempt = s.roll.filter { $0.exempt && $0.transfer != .incoming }.count
        body.append(
            .labelled(
                label: "Số lượng đảng viên",
                text:
                    "Tổng số \(total) (chính thức \(official), dự bị \(probationary)); miễn sinh hoạt \(exempt); "
                    + "có mặt \(a.present + a.late)/\(a.expected) đảng viên phải dự; vắng có lý do \(a.excused); vắng không lý do \(a.unexcused)."
            ))
        let absent = s.roll.filter { $0.attendance == .excused || $0.attendance == .unexcused }
        if !absent.isEmpty {
            body.append(
                .labelled(
                    label: "Đảng viên vắng mặt",
                    text: absent.map {
                        "đồng chí \($0.fullName) ("
                            + ($0.attendance == .excused ? "có lý do" + ($0.reason.map { ": \($0)" } ?? "") : "không lý do") + ")"
                    }.joined(separator: "; ")))
        }
        body.append(.heading("NỘI DUNG"))
        for item in s.agenda {
            body.append(.heading("\(item.position). \(item.title)"))
            for sp in item.speeches { body.append(.paragraph("Đồng chí \(sp.speaker) phát biểu:\n\(sp.content)")) }
            if let k = item.conclusion { body.append(.labelled(label: "Kết luận", text: k)) }
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
            signatures: SignatureBlock.minutes(chair: m.chairName ?? "", secretary: m.secretaryName ?? ""),
            recipients: [])
    }

    static func resolution(_ c: Context) -> OfficialDocument {
        let s = c.snapshot, m = s.meeting
        let date = c.date
        let (total, _, _, a) = numbers(s)
        let exempt = s.roll.filter { $0.exempt && $0.transfer != .incoming }.count
        var minutes = ""
        if let st = m.startedAt.flatMap(LocalDateTime.init(parsing:)), let en = m.endedAt.flatMap(LocalDateTime.init(parsing:)) {
            minutes = " trong \(en.minutesSinceEpoch - st.minutesSinceEpoch) phút"
        }
        var body: [Block] = [
            .paragraph(
                "Hôm nay, vào lúc \(clock(m.startedAt)) ngày \(date.vietnamese), tại \(m.location), \(c.issuer) tổ chức "
                    + "\(subtitle(m, date: date).prefix(1).lowercased() + subtitle(m, date: date).dropFirst())\(minutes). "
                    + "Tổng số đảng viên \(total); có mặt \(a.present + a.late); vắng \(a.excused + a.unexcused) "
                    + "(có lý do \(a.excused)); miễn sinh hoạt \(exempt). Chủ trì: đồng chí \(m.chairName ?? ""); "
                    + "thư ký: đồng chí \(m.secretaryName ?? "")."),
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
            body.append(
                .paragraph("Nghị quyết được chi bộ biểu quyết thông qua: tán thành \(v.inFavour ?? 0)/\(v.base ?? 0) đảng viên được tính."))
        }
        return OfficialDocument(
            superior: c.superior, issuer: c.issuer, number: number(s.resolutionNumber), place: c.place, date: date,
            title: "Nghị quyết", subtitle: subtitle(m, date: date), body: body,
            signatures: SignatureBlock.resolution(secretary: c.cellSecretary ?? m.chairName ?? ""),
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
