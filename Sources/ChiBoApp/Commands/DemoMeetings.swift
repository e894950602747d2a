import ChiBoCore
import Fluent
import Vapor

/// The demo commune's meetings this year: held and locked month by month, with a few cells that
/// missed a month or a quarter's thematic meeting, tasks done and open, and next month planned.
enum DemoMeetings {
    static let themes = [
        "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        "Chuyển đổi số trong thôn, bản", "Xây dựng nông thôn mới nâng cao", "Phòng, chống thiên tai mùa mưa lũ",
    ]
    static let taskTexts = [
        "Vận động các hộ tham gia làm đường bê tông liên thôn", "Tuyên truyền phòng, chống cháy rừng",
        "Nắm tình hình tư tưởng đảng viên cao tuổi", "Đôn đốc thu quỹ khuyến học", "Vận động tiêm chủng cho trẻ em",
        "Theo dõi, giúp đỡ quần chúng ưu tú phấn đấu vào Đảng", "Kiểm tra vệ sinh môi trường khu dân cư",
    ]
    static let absenceReasons = ["Đi làm ăn xa", "Ốm", "Việc gia đình", "Đi công tác"]

    static func populate(
        _ db: any Database, cells: [OrgUnit], today: CivilDate, actor: Actor, visitors: [UUID: DemoOversight.Visitor] = [:]
    ) async throws -> Int {
        // Deterministic, so the demo is the same on every machine.
        var rng = SplitMix64(seed: 0xC41B0_2026)
        var count = 0
        let rules = Rulebook.inForce(on: today)
        for (index, cell) in cells.enumerated() {
            let members = try await Member.query(on: db).filter(\.$unit.$id == cell.id!).sort(\.$sortKey).all()
            let officers = try await UnitOfficer.query(on: db).filter(\.$unit.$id == cell.id!).all()
            // Cell 4 missed a month; cell 9 missed the last completed quarter's thematic meeting.
            for month in 1..<today.month {
                if index == 3 && month == max(1, today.month - 2) { continue }
                let date = CivilDate(year: today.year, month: month, day: 5 + index % 10)!
                // The last completed quarter of cell 9 had no thematic meeting.
                let missedQuarter = index == 8 && (month - 1) / 3 == (today.month - 1) / 3 - 1
                let kind: MeetingKind = month % 3 == 2 && !missedQuarter ? .combined : .regular
                let visitor = DemoOversight.attends(cellIndex: index, month: month, today: today) ? visitors[cell.id!] : nil
                try await held(
                    db, cell: cell, kind: kind, date: date, members: members, officers: officers, rng: &rng,
                    index: index, today: today, rules: rules, actor: actor, visitor: visitor)
                count += 1
            }
            // Next month is planned, and announced for the first cells.
            let next = today.adding(days: 10)
            let planned = Meeting()
            planned.$unit.id = cell.id!
            planned.kind = MeetingKind.regular
            planned.title = "Sinh hoạt thường kỳ tháng \(next.month)/\(next.year)"
            planned.date = next
            planned.scheduledTime = "19:30"
            planned.location =
                cell.cellType == .ruralVillage
                ? "Nhà văn hóa \(cell.name.replacingOccurrences(of: "Chi bộ ", with: ""))" : "Hội trường cơ quan"
            planned.status = (index < 6 ? MeetingStatus.notified : .planned)
            planned.notifiedOn = index < 6 ? today : nil
            planned.draftContent = "Đánh giá kết quả tháng \(today.month); triển khai nhiệm vụ tháng \(next.month)."
            try await planned.create(on: db)
        }
        return count
    }

    static func held(
        _ db: any Database, cell: OrgUnit, kind: MeetingKind, date: CivilDate, members: [Member], officers: [UnitOfficer],
        rng: inout SplitMix64, index: Int, today: CivilDate, rules: Rulebook, actor: Actor,
        visitor: DemoOversight.Visitor? = nil
    ) async throws {
        let m = Meeting()
        m.$unit.id = cell.id!
        m.kind = kind
        m.theme = kind.isThematic ? themes[(date.month / 3) % themes.count] : nil
        m.title = kind.label(.vi) + " tháng \(date.month)/\(date.year)" + (m.theme.map { ": \($0)" } ?? "")
        m.date = date
        m.scheduledTime = "19:30"
        m.location = "Nhà văn hóa"
        m.status = MeetingStatus.ended
        m.notifiedOn = date.adding(days: rng.chance(0.9) ? -3 : 0)
        m.startedAt = LocalDateTime(date: date, hour: 19, minute: 30)!
        let minutes = (kind == .combined ? 125 : 95) - (rng.chance(0.12) ? 35 : 0)
        m.endedAt = LocalDateTime(date: date, hour: 19 + (30 + minutes) / 60, minute: (30 + minutes) % 60)!
        m.results =
            "Chi bộ đã lãnh đạo hoàn thành các nhiệm vụ tháng \(date.month); đảng viên gương mẫu tham gia các phong trào ở địa phương."
        m.nextTasks = "Tiếp tục thực hiện các chỉ tiêu kinh tế – xã hội; chăm lo công tác xây dựng Đảng."
        m.qualityScore = rng.int(72...96)
        m.quality = MeetingQuality.from(score: m.qualityScore!, local: rules.local)
        m.feesCollected = "Đã thu đủ đảng phí tháng \(date.month)"
        try await m.create(on: db)
        let roll = MeetingService.rollRows(
            meetingID: m.id!, members: try await MeetingService.rollMembers(db, unitID: cell.id!, on: date))
        // In cell 6 one official member missed the first quarter's three meetings without a
        // reason: the rulebook's striking-off case, for the statistics to show and drill into.
        let truant =
            index == 5 && date.month <= 3
            ? DemoLife.truant(members, officers: Set(officers.map { $0.$member.id }), year: date.year)?.id : nil
        // Away and suspended members are not expected: their line stays unmarked.
        for a in roll where a.transfer != .outgoing && !a.suspended {
            let status: AttendanceStatus
            if a.exempt {
                status = rng.chance(0.2) ? .present : .excused
            } else {
                let r = rng.int(1...100)
                status = r <= 86 ? .present : r <= 90 ? .late : r <= 98 ? .excused : .unexcused
            }
            a.attendance = (a.$member.id == truant ? .unexcused : status)
            let reason =
                status == .excused ? (a.exempt ? "Tuổi cao, sức yếu" : absenceReasons[rng.int(0...(absenceReasons.count - 1))]) : nil
            a.reason = a.$member.id == truant ? nil : reason
        }
        if !roll.isEmpty { try await roll.create(on: db) }
        // The chair and the meeting secretary are chosen among the members present: the cell's
        // secretary, then the deputy, then the committee, then any official member.
        let (chair, clerk) = signers(roll: roll, officers: officers)
        m.chairName = chair?.fullName
        m.secretaryName = clerk?.fullName
        let v = try await closedVote(
            db, meetingID: m.id!, kind: .resolution, subject: "Thông qua nghị quyết tháng \(date.month)",
            roll: roll.map(\.rollMember), rules: rules)
        try await DemoLife.admissionVote(db, meeting: m, roll: roll, rules: rules)
        let workers = members.filter { $0.exemptionKind == nil && $0.transferDirection == nil }
        var task: MeetingTask?
        if !workers.isEmpty {
            let t = MeetingTask()
            t.$unit.id = cell.id!
            t.$meeting.id = m.id!
            t.$member.id = workers[rng.int(0...(workers.count - 1))].id!
            t.description = taskTexts[rng.int(0...(taskTexts.count - 1))]
            t.dueDate = date.adding(days: 25)
            let old = date.month < today.month - 1
            t.status = old && rng.chance(0.85) ? .done : .open
            t.report = t.status == .done ? "Đã hoàn thành" : nil
            t.closedOn = t.status == .done ? date.adding(days: 20) : nil
            try await t.create(on: db)
            task = t
        }
        if let visitor { try await DemoOversight.visit(db, visitor, meeting: m, seed: index * 100 + date.month, rules: rules) }
        try await minuteBook(
            db, meeting: m, roll: roll, chair: chair, clerk: clerk, vote: v,
            task: task.map { t in (t, workers.first { $0.id == t.$member.id }) },
            index: index)
        // Approved and locked at the meeting, numbered in the cell's term.
        let bb = try await MinutesService.nextNumber(db, unit: cell, type: "BB")
        let nq = try await MinutesService.nextNumber(db, unit: cell, type: "NQ")
        m.status = MeetingStatus.locked
        try await m.save(on: db)
        let snap = try await MinutesService.snapshot(db, meeting: m, numbers: (bb.text, nq.text))
        _ = try await MinutesService.append(
            db, unitID: cell.id!, meetingID: m.id!, kind: .minutes,
            content: try MinutesService.canonical(snap), signedBy: chair?.fullName ?? "", signerAccountID: nil, signedOn: date,
            docNumber: bb.text + " | " + nq.text)
    }

    /// A show of hands at a demo meeting: every official member present in favour, decided by the
    /// rulebook (`VoteOutcome`), stored closed.
    static func closedVote(
        _ db: any Database, meetingID: UUID, kind: VoteKind, subject: String, roll: [RollMember], rules: Rulebook
    ) async throws -> Vote {
        let tally = Tally(inFavour: VoteBase.compute(roll).votersPresent, against: 0, abstain: 0)
        let outcome = try VoteOutcome.decide(kind: kind, roll: roll, tally: tally, rules: rules.votes)
        let v = Vote()
        v.$meeting.id = meetingID
        v.kind = kind
        v.subject = subject
        v.mode = .hands
        v.status = .closed
        v.attempt = 1
        v.inFavour = tally.inFavour
        v.against = 0
        v.abstain = 0
        v.base = outcome.base.base
        v.explanation = outcome.explanation(.vi)
        v.passed = outcome.passed
        try await v.create(on: db)
        return v
    }

    /// The chair and the meeting secretary among the members of the cell present: officers first
    /// (secretary, deputy, committee members), then official members in the roll's order.
    static func signers(roll: [MeetingAttendance], officers: [UnitOfficer]) -> (MeetingAttendance?, MeetingAttendance?) {
        let rank: [OfficerRole: Int] = [.secretary: 0, .deputy: 1, .committeeMember: 2]
        let office = Dictionary(officers.map { ($0.$member.id, rank[$0.role] ?? rank.count) }, uniquingKeysWith: min)
        let here = roll.enumerated().filter { _, a in
            a.attendance?.attended == true && a.transfer == nil && !a.suspended && !a.exempt && a.status == .official
        }
        let ordered = here.sorted { ((office[$0.1.$member.id] ?? rank.count), $0.0) < ((office[$1.1.$member.id] ?? rank.count), $1.0) }
            .map(\.1)
        let chair = ordered.first
        return (chair, ordered.dropFirst().first)
    }

    /// What a page of the minute book says: who spoke on each item of the agenda and what the
    /// chair concluded. Drawn from a generator of the meeting's own, so that the attendance drawn
    /// from the commune's generator stays as it was.
    static func minuteBook(
        _ db: any Database, meeting m: Meeting, roll: [MeetingAttendance], chair: MeetingAttendance?, clerk: MeetingAttendance?,
        vote: Vote, task: (MeetingTask, Member?)?, index: Int
    ) async throws {
        var rng = SplitMix64(seed: 0x5EEC_4E5_2026 ^ UInt64(index) << 16 ^ UInt64(m.date.month))
        let date = m.date
        let present = roll.filter { $0.attendance?.attended == true }
        let others = present.filter { $0 !== chair && $0 !== clerk && !$0.exempt }
        var speeches: [(item: Int, who: MeetingAttendance, content: String)] = []
        /// A member present, other than the chair and the secretary, who has not yet spoken on the item.
        func anyone(_ item: Int) -> MeetingAttendance? {
            let pool = others.isEmpty ? present : others
            let fresh = pool.filter { p in !speeches.contains { $0.item == item && $0.who === p } }
            let from = fresh.isEmpty ? pool : fresh
            return from.isEmpty ? nil : rng.pick(from)
        }
        let previous = date.month == 1 ? 12 : date.month - 1
        let next = date.month == 12 ? 1 : date.month + 1
        let figures = RollFigures.compute(roll.map(\.rollMember))
        let clerkName = clerk.map { "đồng chí \($0.fullName)" } ?? "một đồng chí"
        let titles = AgendaTemplate.items(for: m.kind, theme: m.theme)
        var items: [AgendaItem] = []
        for (i, title) in titles.enumerated() {
            let item = AgendaItem()
            item.$meeting.id = m.id!
            item.position = i + 1
            item.title = title
            func say(_ who: MeetingAttendance?, _ content: String) {
                if let who { speeches.append((i, who, content)) }
            }
            if i == 0 {
                say(
                    chair,
                    "Tuyên bố lý do, giới thiệu chương trình buổi sinh hoạt. Báo cáo số lượng: \(figures.text). "
                        + "\(m.feesCollected ?? "Đã thu đảng phí").")
                item.conclusion = "Chi bộ thống nhất chương trình sinh hoạt; cử \(clerkName) làm thư ký buổi sinh hoạt."
            } else if i == titles.count - 1 {
                say(
                    chair,
                    "Kết luận buổi sinh hoạt: khen các đồng chí tích cực phát biểu, hoàn thành tốt nhiệm vụ được giao; "
                        + "nhắc nhở đảng viên vắng mặt tìm hiểu lại nội dung buổi sinh hoạt.")
                say(clerk, "Đọc lại biên bản buổi sinh hoạt trước chi bộ; các đồng chí không có ý kiến bổ sung.")
                item.conclusion =
                    "Chi bộ biểu quyết thông qua nghị quyết: tán thành \(vote.inFavour ?? 0)/\(vote.base ?? 0) đảng viên được tính; "
                    + "tự đánh giá buổi sinh hoạt đạt loại \(m.quality?.label(.vi) ?? "—"); biên bản được thông qua."
            } else if title.hasPrefix("Trình bày chuyên đề") {
                say(
                    anyone(i),
                    "Trình bày chuyên đề \u{201C}\(m.theme ?? "")\u{201D}: nêu thực trạng ở địa phương, nguyên nhân của những hạn chế "
                        + "và các giải pháp chi bộ cần lãnh đạo thực hiện trong thời gian tới.")
                item.conclusion = "Chi bộ nắm được nội dung chuyên đề do chi ủy chuẩn bị."
            } else if title == "Thảo luận chuyên đề" {
                say(anyone(i), rng.pick(Self.themeRemarks))
                say(anyone(i), rng.pick(Self.themeRemarks))
                item.conclusion = "Các ý kiến thống nhất với nội dung chuyên đề và bổ sung nhiều giải pháp sát thực tế."
            } else if title == "Kết luận chuyên đề" {
                say(chair, "Tiếp thu các ý kiến, chi ủy hoàn thiện chuyên đề, gửi đảng viên nghiên cứu và báo cáo Đảng ủy xã.")
                item.conclusion = "Chi bộ thống nhất nội dung chuyên đề; giao chi ủy hoàn thiện, báo cáo cấp trên."
            } else if title.hasPrefix("Thông tin thời sự") {
                say(chair, rng.pick(Self.news) + " (tháng \(date.month)/\(date.year)).")
                item.conclusion = "Đảng viên nắm vững thông tin, tuyên truyền đến gia đình và nhân dân."
            } else if title.hasPrefix("Tình hình tư tưởng") {
                say(anyone(i), rng.pick(Self.morale))
                item.conclusion = "Tư tưởng đảng viên ổn định; chi ủy tiếp tục nắm tình hình, kịp thời động viên đảng viên gặp khó khăn."
            } else if title.hasPrefix("Kết quả thực hiện nghị quyết") {
                say(
                    chair,
                    "Đánh giá kết quả thực hiện nghị quyết tháng \(previous): các nhiệm vụ trọng tâm cơ bản hoàn thành; "
                        + rng.pick(Self.shortfalls) + " còn chậm.")
                say(anyone(i), rng.pick(Self.results))
                item.conclusion =
                    "Chi bộ đánh giá hoàn thành nghị quyết tháng \(previous); những việc còn chậm chuyển sang thực hiện trong tháng \(date.month)."
            } else if title.hasPrefix("Học tập và làm theo") {
                say(anyone(i), rng.pick(Self.example))
                item.conclusion = "Mỗi đảng viên gắn việc làm theo gương Bác với một việc làm cụ thể; chi ủy kiểm tra việc thực hiện."
            } else if title.hasPrefix("Ý kiến phản ánh") {
                say(anyone(i), rng.pick(Self.feedback))
                if rng.chance(0.5) { say(anyone(i), rng.pick(Self.feedback)) }
                item.conclusion = "Chi bộ tổng hợp ý kiến, báo cáo Đảng ủy xã; giao các đoàn thể phối hợp giải quyết những việc trong thôn."
            } else if title.hasPrefix("Nhiệm vụ tháng tới") {
                let what = task?.0.description ?? "Thực hiện các nhiệm vụ trọng tâm"
                say(
                    chair,
                    "Triển khai nhiệm vụ từ nay đến kỳ sinh hoạt tháng \(next): \(what.prefix(1).lowercased() + what.dropFirst()); "
                        + "tiếp tục thực hiện các chỉ tiêu kinh tế – xã hội và công tác xây dựng Đảng.")
                if let task {
                    item.conclusion =
                        "Giao đồng chí \(task.1?.fullName ?? "") thực hiện: \(task.0.description); thời hạn \(task.0.dueDate.vietnamese)."
                } else {
                    item.conclusion = "Chi ủy phân công cụ thể cho từng đảng viên."
                }
            } else if title.hasPrefix("Thảo luận, phê bình") {
                say(anyone(i), rng.pick(Self.selfCriticism))
                say(anyone(i), "Đề nghị chi ủy nhắc nhở đảng viên đóng đảng phí đúng hạn và tham gia sinh hoạt đầy đủ.")
                item.conclusion = "Chi bộ ghi nhận tinh thần tự phê bình nghiêm túc; đảng viên khắc phục ngay những hạn chế đã nêu."
            } else if title.hasPrefix("Ý kiến của đại diện cấp ủy") {
                say(chair, "Truyền đạt ý kiến chỉ đạo của Đảng ủy xã: " + rng.pick(Self.directions))
                item.conclusion = "Chi bộ tiếp thu ý kiến chỉ đạo của cấp ủy cấp trên, đưa vào nghị quyết tháng."
            } else {
                say(anyone(i), "Thống nhất với nội dung được trình bày.")
                item.conclusion = "Chi bộ thống nhất nội dung."
            }
            items.append(item)
        }
        try await items.create(on: db)
        var position: [Int: Int] = [:]
        let rows = speeches.map { said in
            let s = Speech()
            s.$item.id = items[said.item].id!
            s.speaker = said.who.fullName
            s.$member.id = said.who.$member.id
            s.content = said.content
            position[said.item, default: 0] += 1
            s.position = position[said.item]!
            return s
        }
        if !rows.isEmpty { try await rows.create(on: db) }
    }

    static let news = [
        "Thông tin tình hình kinh tế – xã hội của tỉnh và của xã; phổ biến văn bản mới của Đảng ủy xã về chuyển đổi số",
        "Quán triệt chỉ đạo của Đảng ủy xã về Chương trình mục tiêu quốc gia xây dựng nông thôn mới; thông tin giá nông sản, lịch thời vụ",
        "Thông tin kết quả hội nghị Ban Chấp hành Đảng bộ xã; phổ biến quy định mới về thu, nộp, quản lý đảng phí",
        "Thông tin tình hình thời sự trong nước; tuyên truyền phòng, chống tội phạm ma túy và lừa đảo qua mạng",
    ]
    static let morale = [
        "Đảng viên trong chi bộ yên tâm, tin tưởng vào sự lãnh đạo của Đảng; một số đồng chí cao tuổi sức khỏe giảm, chi ủy đã đến thăm hỏi.",
        "Tư tưởng đảng viên ổn định; có đồng chí băn khoăn về giá vật tư nông nghiệp tăng, đề nghị chi bộ phản ánh lên Đảng ủy xã.",
        "Đảng viên phấn khởi trước kết quả làm đường liên thôn; một số gia đình đảng viên còn khó khăn về việc làm cho con em.",
    ]
    static let shortfalls = [
        "việc vận động các hộ đóng góp ngày công", "việc thu quỹ khuyến học", "việc vệ sinh môi trường khu dân cư",
        "việc cập nhật thông tin đảng viên trên Sổ tay đảng viên điện tử",
    ]
    static let results = [
        "Bổ sung: tổ dân vận đã đến từng hộ vận động, đến nay còn ba hộ chưa tham gia, đề nghị chi ủy tiếp tục giao nhiệm vụ.",
        "Đề nghị đánh giá rõ từng việc đã làm được và chưa làm được, nêu tên đồng chí phụ trách để tháng sau kiểm điểm.",
        "Nhất trí với báo cáo; việc giúp đỡ quần chúng ưu tú đã có tiến bộ, đề nghị sớm cử đi học lớp cảm tình Đảng.",
    ]
    static let example = [
        "Đăng ký làm theo gương Bác: gương mẫu giữ gìn vệ sinh đường làng, giúp đỡ một hộ nghèo trong xóm về giống và kỹ thuật.",
        "Học tập đức tính cần, kiệm, liêm, chính, chí công vô tư; bản thân đăng ký tiết kiệm, không tổ chức cưới hỏi linh đình.",
        "Nêu gương trong gia đình: vận động con cháu chấp hành tốt luật giao thông và không sử dụng pháo nổ.",
    ]
    static let feedback = [
        "Nhân dân phản ánh đoạn đường liên thôn bị sạt lở sau mưa, đề nghị xã sớm khắc phục.",
        "Một số hộ đề nghị được hướng dẫn thủ tục vay vốn ưu đãi để phát triển chăn nuôi.",
        "Đề nghị tăng cường kiểm tra việc đổ rác thải không đúng nơi quy định ở khu vực cầu tràn.",
        "Bà con đề nghị sửa chữa hệ thống đèn chiếu sáng dọc đường vào trường học.",
    ]
    static let selfCriticism = [
        "Tự phê bình: tháng qua việc vận động gia đình tham gia ngày công làm đường còn chậm; hứa khắc phục trong tháng tới.",
        "Tự nhận thấy chưa thường xuyên nắm tình hình các hộ được phân công phụ trách; sẽ đến từng hộ trong tháng tới.",
        "Góp ý đồng chí phụ trách nhóm hộ cần báo cáo chi ủy kịp thời hơn những việc phát sinh trong thôn.",
    ]
    static let directions = [
        "tập trung phòng, chống cháy rừng và bảo vệ rừng đầu nguồn; làm tốt công tác phát triển đảng viên.",
        "đẩy mạnh chuyển đổi số, hướng dẫn đảng viên sử dụng Sổ tay đảng viên điện tử; nâng cao chất lượng sinh hoạt chi bộ.",
        "chăm lo đời sống người có công và hộ nghèo; giữ vững an ninh trật tự trên địa bàn.",
    ]
    static let themeRemarks = [
        "Đề nghị bổ sung giải pháp huy động các hộ khá giúp đỡ hộ nghèo, gắn với trách nhiệm của từng đảng viên.",
        "Nhất trí với nội dung chuyên đề; cần nêu rõ những việc cụ thể chi bộ làm ngay trong quý tới.",
        "Đề nghị phân công đảng viên phụ trách từng nhóm hộ để theo dõi, đôn đốc việc thực hiện.",
        "Cần phối hợp với các đoàn thể để tuyên truyền sâu rộng trong nhân dân.",
    ]
}
