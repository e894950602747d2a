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

    static func populate(_ db: any Database, cells: [OrgUnit], today: CivilDate, actor: Actor) async throws -> Int {
        // Deterministic, so the demo is the same on every machine.
        var rng = SplitMix64(seed: 0xC41B0_2026)
        var count = 0
        let rules = Rulebook.inForce(on: today)
        for (index, cell) in cells.enumerated() {
            let members = try await Member.query(on: db).filter(\.$unit.$id == cell.id!).sort(\.$sortKey).all()
            let officers = try await UnitOfficer.query(on: db).filter(\.$unit.$id == cell.id!).with(\.$member).all()
            let chair = officers.first { $0.role == .secretary }?.member.fullName ?? members.first?.fullName ?? ""
            let clerk = officers.first { $0.role == .deputy }?.member.fullName ?? members.dropFirst().first?.fullName ?? ""
            // Cell 4 missed a month; cell 9 missed the last completed quarter's thematic meeting.
            for month in 1..<today.month {
                if index == 3 && month == max(1, today.month - 2) { continue }
                let date = CivilDate(year: today.year, month: month, day: 5 + index % 10)!
                // The last completed quarter of cell 9 had no thematic meeting.
                let missedQuarter = index == 8 && (month - 1) / 3 == (today.month - 1) / 3 - 1
                let kind: MeetingKind = month % 3 == 2 && !missedQuarter ? .combined : .regular
                try await held(
                    db, cell: cell, kind: kind, date: date, members: members, chair: chair, clerk: clerk, rng: &rng,
                    index: index, today: today, rules: rules, actor: actor)
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
        _ db: any Database, cell: OrgUnit, kind: MeetingKind, date: CivilDate, members: [Member], chair: String,
        clerk: String, rng: inout SplitMix64, index: Int, today: CivilDate, rules: Rulebook, actor: Actor
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
        m.chairName = chair
        m.secretaryName = clerk
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
            ? members.last {
                $0.status == .official && $0.exemptionKind == nil && $0.transferDirection == nil
                    && $0.admissionDate < CivilDate(year: date.year, month: 1, day: 1)!
            }?.id
            : nil
        for a in roll where a.transfer != .outgoing {
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
        let items = AgendaTemplate.items(for: kind, theme: m.theme).enumerated().map { i, title in
            let item = AgendaItem()
            item.$meeting.id = m.id!
            item.position = i + 1
            item.title = title
            return item
        }
        try await items.create(on: db)
        let base = VoteBase.compute(roll.map(\.rollMember))
        let v = Vote()
        v.$meeting.id = m.id!
        v.kind = VoteKind.resolution
        v.subject = "Thông qua nghị quyết tháng \(date.month)"
        v.mode = .hands
        v.status = .closed
        v.attempt = 1
        let tally = Tally(inFavour: base.votersPresent, against: 0, abstain: 0)
        let outcome = try VoteOutcome.decide(kind: .resolution, roll: roll.map(\.rollMember), tally: tally, rules: rules.votes)
        v.inFavour = tally.inFavour
        v.against = 0
        v.abstain = 0
        v.base = outcome.base.base
        v.explanation = outcome.explanation(.vi)
        v.passed = outcome.passed
        try await v.create(on: db)
        let workers = members.filter { $0.exemptionKind == nil && $0.transferDirection == nil }
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
        }
        // Approved and locked at the meeting, numbered in the cell's term.
        let bb = try await MinutesService.nextNumber(db, unit: cell, type: "BB")
        let nq = try await MinutesService.nextNumber(db, unit: cell, type: "NQ")
        m.status = MeetingStatus.locked
        try await m.save(on: db)
        let snap = try await MinutesService.snapshot(db, meeting: m, numbers: (bb.text, nq.text))
        _ = try await MinutesService.append(
            db, unitID: cell.id!, meetingID: m.id!, kind: .minutes,
            content: try MinutesService.canonical(snap), signedBy: chair, signedOn: date,
            docNumber: bb.text + " | " + nq.text)
    }
}
