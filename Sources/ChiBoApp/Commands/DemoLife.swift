import ChiBoCore
import Crypto
import Fluent
import Vapor

/// The demo commune's party life this year, so that every stage shows: sympathisers at several
/// steps, a case whose ceremony is due, an admission ceremony, a recognition and one overdue,
/// a warning, a suspension, a death, a striking-off and a permanent transfer out. Dates are
/// placed relative to `today`; everything goes through the same rules (`MemberHistory`,
/// `AdmissionCase`) as the application's own forms.
enum DemoLife {
    /// The members' events and the recruitment files, before the meetings are generated (so that
    /// their rolls follow).
    static func people(_ db: any Database, cells: [OrgUnit], today: CivilDate, actor: Actor) async throws {
        guard cells.count >= 8 else { return } // not a rule: the demo commune's seventeen cells
        func members(_ i: Int) async throws -> [Member] {
            try await Member.query(on: db).filter(\.$unit.$id == cells[i].id!).sort(\.$sortKey).all()
        }
        let offices = try await UnitOfficer.query(on: db).all()
        let officers = Set(offices.map { $0.$member.id })
        func ordinary(_ list: [Member]) -> [Member] {
            list.filter {
                $0.status == .official && $0.exemptionKind == nil && $0.transferDirection == nil && !officers.contains($0.id!)
            }
        }
        func event(_ m: Member, _ action: String, _ record: DecisionRecord, _ make: (MemberHistory) throws -> StatusChange) async throws {
            try await MemberLifeService.apply(db, actor, member: m, action: action, today: today, record: record, make)
        }
        let yearStart = CivilDate(year: today.year, month: 1, day: 1)!
        func thisYear(_ daysAgo: Int) -> CivilDate { max(yearStart, today.adding(days: -daysAgo)) }

        // A death: the oldest member exempt for age in the second cell.
        let second = try await members(1)
        if let m = second.filter({ $0.exemptionKind == .full && !officers.contains($0.id!) }).min(by: { $0.birthDate < $1.birthDate })
            ?? ordinary(second).first
        {
            try await event(m, "member.leave", DecisionRecord(reason: "Từ trần do tuổi cao", place: nil)) {
                try $0.leaving(.death, on: thisYear(100), today: today)
            }
        }
        // Struck off: the member of the sixth cell who missed the first quarter's meetings
        // without a reason (the rulebook's three months), after the cell's consideration.
        if let m = truant(try await members(5), officers: officers, year: today.year),
            today > CivilDate(year: today.year, month: 4, day: 20)!
        {
            try await event(
                m, "member.leave",
                DecisionRecord(
                    number: "31-QĐ/ĐU", by: "Đảng ủy xã Thượng Lâm", reason: "Bỏ sinh hoạt đảng 3 tháng trong năm không có lý do")
            ) {
                try $0.leaving(.struckOff, on: CivilDate(year: today.year, month: 4, day: 20)!, today: today)
            }
        }
        // A permanent transfer out of the commune.
        let third = ordinary(try await members(2))
        if third.count > 2 {
            try await event(
                third[third.count / 2], "member.leave",
                DecisionRecord(
                    number: "GGT 112-ĐU", by: "Đảng ủy xã Thượng Lâm", place: "Đảng bộ phường Minh Xuân, tỉnh Tuyên Quang",
                    movedOn: thisYear(110))
            ) { try $0.leaving(.transferredOut, on: thisYear(75), today: today) }
        }
        // A member of the fourth cell who moved away three weeks ago: the permanent transfer is due.
        if let m = ordinary(try await members(3)).last {
            m.movedOn = today.adding(days: -21)
            m.movedTo = "Đảng bộ xã Hùng Lợi, huyện Yên Sơn"
            try await m.save(on: db)
        }
        // A suspension while an investigation runs.
        if let m = ordinary(try await members(6)).first {
            try await event(
                m, "member.suspension.set",
                DecisionRecord(
                    number: "45-QĐ/ĐU", by: "Đảng ủy xã Thượng Lâm", reason: "Bị khởi tố, điều tra về vi phạm quy định quản lý đất đai")
            ) {
                try $0.starting(.suspended, detail: SuspensionKind.suspension.rawValue, from: thisYear(50), until: nil, today: today)
            }
        }
        // A warning the cell decided itself.
        if let m = ordinary(try await members(7)).last {
            try await event(
                m, "member.discipline",
                DecisionRecord(by: DecidingBody.cell.rawValue, reason: "Vi phạm quy định về xây dựng nhà ở trên đất nông nghiệp")
            ) {
                try $0.disciplining(.warning, by: .cell, on: thisYear(130), until: nil, today: today)
            }
        }
        // A recognition this year (the probation ended and the committee decided), and one overdue.
        var probationary: [Member] = []
        for i in 1..<cells.count {
            if let m = try await members(i).first(where: { $0.status == .probationary }) { probationary.append(m) }
        }
        if let m = probationary.first {
            m.admissionDate = today.adding(months: -15)
            try await MemberLifeService.rewriteMembership(db, member: m, today: today)
            try await MemberUnitPeriod.query(on: db).filter(\.$member.$id == m.id!).set(\.$fromDate, to: m.admissionDate).update()
            let decided = (MemberHistory(try await MemberLifeService.periods(db, memberID: m.id!).map(\.period)).officialFrom ?? today)
                .adding(days: 20)
            try await event(m, "member.recognition", DecisionRecord(number: "87-QĐ/ĐU", by: "Đảng ủy xã Thượng Lâm", date: decided)) {
                try $0.recognising(decisionDate: decided, today: today).0
            }
        }
        if let m = probationary.dropFirst().first {
            m.admissionDate = today.adding(months: -12).adding(days: -45)
            try await MemberLifeService.rewriteMembership(db, member: m, today: today)
            try await m.save(on: db)
            try await MemberUnitPeriod.query(on: db).filter(\.$member.$id == m.id!).set(\.$fromDate, to: m.admissionDate).update()
        }
        try await recruitment(db, cells: cells, today: today, actor: actor)
    }

    /// The sixth cell's member who misses the first quarter's meetings without a reason (the
    /// meetings' generator marks them so; the striking-off follows): an official member admitted
    /// before the year, neither exempt nor away, who holds no office.
    static func truant(_ members: [Member], officers: Set<UUID>, year: Int) -> Member? {
        members.last {
            $0.status == .official && $0.exemptionKind == nil && $0.transferDirection == nil
                && $0.admissionDate < CivilDate(year: year, month: 1, day: 1)! && !officers.contains($0.id!)
        }
    }

    /// Sympathisers: two admitted this year (the ceremony opened their record), one with their
    /// member's file completed and one whose file the cell has still to complete; one whose
    /// ceremony is due, others at earlier steps.
    static func recruitment(_ db: any Database, cells: [OrgUnit], today: CivilDate, actor: Actor) async throws {
        let people: [(cell: Int, name: String, born: String, gender: Gender, steps: Int, ceremonyDaysAgo: Int?)] = [
            (0, "Hoàng Văn Tuấn", "1996-05-14", .male, 10, 60),
            (1, "Ma Thị Hạnh", "1999-10-02", .female, 8, nil),
            (2, "Lộc Văn Dũng", "1994-01-23", .male, 5, nil),
            (3, "Nông Thị Thu", "2000-07-30", .female, 2, nil),
            (4, "Triệu Văn Khánh", "1998-12-11", .male, 1, nil),
            (6, "Chu Thị Lan", "1997-03-08", .female, 0, nil),
            // Admitted twelve days ago: the cell has still to complete her member's file.
            (7, "Lường Thị Nga", "2000-02-19", .female, 9, 12),
        ]
        let calendar = try await RecruitmentService.calendar(db)
        for p in people where p.cell < cells.count {
            let cell = cells[p.cell]
            let members = try await Member.query(on: db).filter(\.$unit.$id == cell.id!).filter(\.$status == .official)
                .filter(\.$leftDate == nil).filter(\.$transferDirection == nil).sort(\.$sortKey).all()
            guard members.count >= 2 else { continue }
            let s = Sympathiser()
            s.$unit.id = cell.id!
            s.fullName = p.name
            s.searchName = VietnameseText.fold(p.name)
            s.sortKey = VietnameseText.sortKey(fullName: p.name)
            s.birthDate = CivilDate(parsing: p.born)!
            s.gender = p.gender
            s.$helper.id = members[0].id
            s.status = .active
            // The file's days, counted back from the last step (the ceremony, or the decision
            // 26 working days ago for the case whose ceremony is due within the week).
            let ceremony = AdmissionStep.allCases.firstIndex(of: .ceremony)!
            let decided = p.steps == ceremony
            let held = p.steps > ceremony
            let last = p.ceremonyDaysAgo.map { today.adding(days: -$0) } ?? (decided ? calendar.addingWorkingDays(-26, to: today) : today)
            let offsets = [-300, -240, -235, -230, -229, -215, -200, -180, 0]
            let anchor = held ? last : decided ? last.adding(days: 180) : today.adding(days: -20)
            s.listedOn = anchor.adding(days: -330)
            try await s.create(on: db)
            var file = AdmissionCase(birthDate: s.birthDate, steps: [])
            let order: [(AdmissionStep, String?)] = [
                (.course, "GCN 15/TTCT"), (.application, nil), (.personalHistory, nil), (.introduction, nil), (.introduction, nil),
                (.residence, nil), (.cellResolution, "NQ 02-NQ/CB"), (.committeeResolution, "NQ 18-NQ/ĐU"), (.decision, "125-QĐ/ĐU"),
                (.ceremony, nil), (.memberFile, nil),
            ]
            let count = p.steps == 0 ? 0 : p.steps + 1
            for (i, (step, number)) in order.prefix(count).enumerated() {
                // The member's file completed three weeks after the ceremony.
                let day =
                    step == .memberFile
                    ? last.adding(days: 21)
                    : step == .ceremony
                        ? last
                        : step == .decision
                            ? (decided ? last : last.adding(days: -20)) : anchor.adding(days: offsets[min(i, offsets.count - 1)])
                let row = AdmissionStepRecord()
                row.$sympathiser.id = s.id!
                row.step = step
                row.date = day
                row.documentNumber = number
                if step == .introduction {
                    let introducer = members[step == order[i - 1].0 ? 1 : 0]
                    row.$introducer.id = introducer.id
                    row.knownSince = min(introducer.admissionDate, day.adding(months: -24))
                }
                try file.check(step, on: day, today: today)
                file.steps.append(row.recorded)
                try await row.create(on: db)
                if step == .decision && held { try await decisionScan(db, sympathiser: s.id!, step: row.id!, actor: actor) }
            }
            if file.done(.ceremony), let decision = file.date(of: .decision) {
                _ = try await RecruitmentService.admit(db, s, decided: decision, decisionNumber: "125-QĐ/ĐU", ceremony: last)
            }
            try await RecruitmentService.syncAwaitingFile(db, s.id!)
        }
    }

    /// The admission decision's scan on the admitted member's file (a one-page PDF).
    static func decisionScan(_ db: any Database, sympathiser: UUID, step: UUID, actor: Actor) async throws {
        let pdf = Array(
            """
            %PDF-1.4
            1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj
            2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj
            3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj
            trailer<</Root 1 0 R>>
            %%EOF

            """.utf8)
        let doc = FileDocument()
        doc.filename = "Quyet-dinh-ket-nap-125-QD-DU.pdf"
        doc.contentType = AttachmentRules.Kind.pdf.mimeType
        doc.size = pdf.count
        doc.sha256 = SHA256.hash(data: pdf).hex
        doc.data = Data(pdf)
        doc.uploadedBy = actor.username
        doc.$sympathiser.id = sympathiser
        doc.target = .admissionStep
        doc.targetID = step
        try await doc.create(on: db)
    }

    /// At a meeting being generated (before it is locked): the admission vote, when a file of
    /// the cell waits for its resolution between the residence's comments and the committee's.
    static func admissionVote(_ db: any Database, meeting: Meeting, roll: [MeetingAttendance], rules: Rulebook) async throws {
        let waiting = try await AdmissionStepRecord.query(on: db).filter(\.$step == .cellResolution).filter(\.$voteID == nil)
            .join(Sympathiser.self, on: \AdmissionStepRecord.$sympathiser.$id == \Sympathiser.$id)
            .filter(Sympathiser.self, \.$unit.$id == meeting.$unit.id).with(\.$sympathiser).all()
        for step in waiting {
            let file = try await AdmissionStepRecord.query(on: db).filter(\.$sympathiser.$id == step.$sympathiser.id).all()
            guard let after = file.first(where: { $0.step == .residence })?.date,
                let before = file.first(where: { $0.step == .committeeResolution })?.date,
                after <= meeting.date, meeting.date <= before
            else { continue }
            let members = roll.map(\.rollMember)
            guard VoteBase.compute(members).votersPresent > 0 else { continue }
            let vote = try await DemoMeetings.closedVote(
                db, meetingID: meeting.id!, kind: .admission, subject: "Đề nghị kết nạp quần chúng \(step.sympathiser.fullName) vào Đảng",
                roll: members, rules: rules)
            step.voteID = vote.id
            step.date = meeting.date
            try await step.save(on: db)
        }
    }

    /// Party fees collected at each month's meeting: the ordinary rate on a pension or a salary,
    /// members of fifty years exempt; the first quarter's truant paid nothing for those months.
    static func fees(_ db: any Database, cells: [OrgUnit], today: CivilDate) async throws {
        let officers = Set(try await UnitOfficer.query(on: db).all().map { $0.$member.id })
        var rows: [PartyFee] = []
        for (index, cell) in cells.enumerated() {
            let meetings = try await Meeting.query(on: db).filter(\.$unit.$id == cell.id!).filter(\.$status == .locked).all()
            let members = try await Member.query(on: db).filter(\.$unit.$id == cell.id!).sort(\.$sortKey).all()
            let truantID = index == 5 ? truant(members, officers: officers, year: today.year)?.id : nil // not a rule: the sixth cell
            for month in 1..<today.month {
                let ym = ReportPeriod.YearMonth(today.year, month)
                let first = CivilDate(year: today.year, month: month, day: 1)!
                let meeting = meetings.first { $0.date.year == today.year && $0.date.month == month }
                for m in try await FeeService.members(db, cellID: cell.id!, month: ym) {
                    let fee = PartyFee()
                    fee.$unit.id = cell.id!
                    fee.$member.id = m.id!
                    fee.month = ym.key
                    let retired = m.birthDate.years(until: first) >= 60 // not a rule: the demo's retirees draw a pension
                    fee.relief = PartyFees.exemptBySeniority(admission: m.admissionDate, month: first) ? .exempt : .none
                    fee.amount =
                        fee.relief == .exempt
                        ? 0 : retired ? PartyFees.ordinary(pension: 5_200_000, on: first) : PartyFees.ordinary(salary: 4_960_000, on: first)
                    let unpaid = m.id == truantID && month <= 3 // not a rule: the first quarter
                    fee.paidOn = fee.relief == .exempt || unpaid ? nil : (meeting?.date ?? ym.lastDay)
                    fee.meetingID = unpaid ? nil : meeting?.id
                    rows.append(fee)
                }
            }
        }
        for start in stride(from: 0, to: rows.count, by: 200) {
            try await Array(rows[start..<min(start + 200, rows.count)]).create(on: db)
        }
    }
}
