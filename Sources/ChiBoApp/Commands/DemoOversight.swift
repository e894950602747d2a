import ChiBoCore
import Fluent
import Vapor

/// The demo commune's oversight from above: four members of the commune's party committee, each
/// following a share of the cells (seed 000: "phân công mỗi đồng chí … phụ trách chi bộ"), who
/// attend one meeting of each of their cells a quarter, speak, and evaluate it; one cell went
/// without a visit last quarter, and a few evaluations are a band below the cell's own.
enum DemoOversight {
    /// A committee member who attends cells' meetings.
    struct Visitor: Sendable {
        let accountID: UUID
        let name: String
        let position: String
        let levelID: UUID
    }

    static let positions = [
        "Phó Bí thư Thường trực Đảng ủy xã", "Ủy viên Ban Thường vụ, Chủ tịch UBND xã",
        "Ủy viên Ban Chấp hành, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy", "Ủy viên Ban Chấp hành Đảng ủy xã",
    ]

    static let remarks = [
        "Đề nghị chi bộ tiếp tục nắm chắc tình hình tư tưởng đảng viên, nhất là đảng viên cao tuổi; "
            + "nghị quyết tháng tới cần phân công cụ thể từng đồng chí.",
        "Ghi nhận chi bộ chuẩn bị nội dung chu đáo; đề nghị tăng cường phê bình và tự phê bình, "
            + "đôn đốc đảng viên đóng đảng phí đúng kỳ.",
        "Đề nghị chi bộ quan tâm công tác phát triển đảng viên, bồi dưỡng quần chúng ưu tú; "
            + "các kiến nghị của nhân dân về đường giao thông sẽ được báo cáo Đảng ủy.",
    ]

    /// The committee members with accounts: official members of the commune's cells who hold no
    /// office in their cell, the first of each of four cells.
    static func committee(_ demo: DemoCommune) -> [(username: String, member: DemoMember, position: String)] {
        var picked: [(String, DemoMember, String)] = []
        var cellsUsed: Set<String> = []
        for m in demo.members
        where m.officerRole == nil && m.status == .official && m.exemption == nil && m.transfer == nil
            && !cellsUsed.contains(m.unitKey) && picked.count < positions.count
        {
            cellsUsed.insert(m.unitKey)
            let n = picked.count + 1
            picked.append(("uv0\(n)", m, positions[n - 1]))
        }
        return picked
    }

    /// The provincial committee member who follows the first cell beside the commune's (`tinhuy01`).
    static let provincialLiaison = "Hoàng Văn Thành"

    /// Assigns each cell the commune committee member who follows it, and the first cell also a
    /// provincial committee member from March; returns the commune's visitor of each cell.
    static func liaisons(
        _ db: any Database, demo: DemoCommune, cells: [OrgUnit], commune: UUID, province: UUID, from: CivilDate
    ) async throws -> [UUID: Visitor] {
        let committee = committee(demo)
        guard !committee.isEmpty else { return [:] }
        var out: [UUID: Visitor] = [:]
        for (i, cell) in cells.enumerated() {
            // Never their own cell: uv0n is a member of CB0n.
            let c = committee[(i + 1) % committee.count]
            let accountID = DemoLoader.id("account:" + c.username)
            let l = UnitLiaison()
            l.$unit.id = cell.id!
            l.$account.id = accountID
            l.$level.id = commune
            l.fromDate = from
            try await l.create(on: db)
            if i == 0 {
                let p = UnitLiaison()
                p.$unit.id = cell.id!
                p.$account.id = DemoLoader.id("account:tinhuy01")
                p.$level.id = province
                p.fromDate = CivilDate(year: from.year, month: 3, day: 1)!
                try await p.create(on: db)
            }
            out[cell.id!] = Visitor(accountID: accountID, name: c.member.fullName, position: c.position, levelID: commune)
        }
        return out
    }

    /// The visitor attends the first meeting of each quarter; cell 12 had no one last quarter.
    static func attends(cellIndex: Int, month: Int, today: CivilDate) -> Bool {
        guard month % 3 == 1 else { return false }
        let lastQuarterStart = ((today.month - 1) / 3 - 1) * 3 + 1
        return !(cellIndex == 11 && month == lastQuarterStart)
    }

    /// Records the visit at a held meeting (before its minutes are locked: the remarks are in
    /// them) with the visitor's evaluation, near the cell's own score or, now and then, lower.
    static func visit(
        _ db: any Database, _ v: Visitor, meeting m: Meeting, seed: Int, rules: Rulebook
    ) async throws {
        // Its own stream, so that the rest of the demo draws the same numbers with or without visits.
        var rng = SplitMix64(seed: 0x0E_2026 &+ UInt64(seed))
        let guest = MeetingGuest()
        guest.$meeting.id = m.id!
        guest.name = v.name
        guest.position = v.position
        guest.fromSuperior = true
        try await guest.create(on: db)
        let own = m.qualityScore ?? 80
        let target = max(0, min(100, rng.chance(0.12) ? own - 18 : own + rng.int(-4...3)))
        var points: [RubricCriterion: Int?] = [:]
        var given = 0
        for c in RubricCriterion.allCases {
            let p = c.maxPoints * target / MeetingEvaluation.fullMarks
            points[c] = p
            given += p
        }
        // What the rounding left goes to the criteria in order, up to their maximum.
        var rest = target - given
        for c in RubricCriterion.allCases where rest > 0 {
            let room = c.maxPoints - (points[c]! ?? 0)
            let add = min(room, rest)
            points[c] = (points[c]! ?? 0) + add
            rest -= add
        }
        let visit = SuperiorVisit()
        visit.$meeting.id = m.id!
        visit.$unit.id = m.$unit.id
        visit.meetingDate = m.date
        visit.$guest.id = guest.id!
        visit.$level.id = v.levelID
        visit.$account.id = v.accountID
        visit.visitorName = v.name
        visit.visitorPosition = v.position
        visit.remarks = remarks[rng.int(0...(remarks.count - 1))]
        visit.apply(try MeetingEvaluation(points: points), local: rules.local)
        visit.assessment =
            visit.score! < own - 10
            ? "Nội dung còn chung chung, chưa đi sâu vào việc khó của thôn; đảng viên ít phát biểu."
            : "Buổi sinh hoạt đúng trình tự, nội dung thiết thực."
        visit.evaluatedOn = m.date.adding(days: 1)
        try await visit.create(on: db)
    }
}

extension DemoOversight {
    static let thinking = [
        "Đảng viên an tâm, phấn khởi; một số đảng viên cao tuổi lo lắng về chế độ chính sách.",
        "Tư tưởng đảng viên ổn định, tin tưởng vào sự lãnh đạo của Đảng ủy.",
        "Đảng viên quan tâm đến việc sáp nhập thôn và bố trí cán bộ thôn.",
    ]
    static let opinion = [
        "Nhân dân phấn khởi với việc làm đường bê tông liên thôn; mong sớm có điện chiếu sáng.",
        "Một số hộ phản ánh giá phân bón tăng, tiêu thụ nông sản khó khăn.",
        "Nhân dân đồng tình với chủ trương xây dựng nông thôn mới nâng cao.",
    ]
    static let results = [
        "Hoàn thành thu đảng phí; vận động 12 hộ hiến đất làm đường.",
        "Tổ chức ra quân vệ sinh môi trường; hoàn thành tiêm chủng cho trẻ em.",
        "Giúp đỡ 2 hộ nghèo làm nhà; duy trì sinh hoạt đúng kỳ.",
    ]

    /// The secretaries' monthly reports this year: on time mostly, a few days late now and then,
    /// cell 16's last month missing; the committee answered those before last month.
    static func reports(_ db: any Database, cells: [OrgUnit], today: CivilDate, answeredBy: String) async throws {
        var rng = SplitMix64(seed: 0x7B_2026)
        for (index, cell) in cells.enumerated() {
            for month in 1..<today.month {
                let ym = ReportPeriod.YearMonth(today.year, month)
                if index == 15 && month == today.month - 1 { continue } // not a rule: the demo's missing report
                let due = MonthlyReportRules.due(month: ym, dueDay: ReportService.dueDay(ym))
                let late = index % 6 == 2 && rng.chance(0.4)
                let submitted = late ? due.adding(days: rng.int(1...4)) : due.adding(days: -rng.int(0...6))
                guard submitted <= today else { continue }
                var texts: [MonthlyReportSection: String] = [
                    .membersThinking: thinking[rng.int(0...(thinking.count - 1))],
                    .publicOpinion: opinion[rng.int(0...(opinion.count - 1))],
                    .results: results[rng.int(0...(results.count - 1))],
                ]
                let hot = rng.chance(0.15) ? 1 : 0
                if hot > 0 { texts[.hotIssues] = "Tranh chấp ranh giới đất giữa hai hộ, đã hòa giải ở thôn." }
                let proposals = rng.chance(0.3) ? 1 : 0
                if proposals > 0 { texts[.proposals] = "Đề nghị xã hỗ trợ kinh phí sửa chữa nhà văn hóa thôn." }
                let r = MonthlyReport()
                r.$unit.id = cell.id!
                r.apply(MonthlyReportDraft(month: ym, texts: texts, hotIssueCount: hot, proposalCount: proposals))
                r.submittedOn = submitted
                if month < today.month - 1 {
                    r.answer = "Đảng ủy ghi nhận; đề nghị chi bộ tiếp tục nắm chắc tình hình, báo cáo kịp thời."
                    r.answeredOn = submitted.adding(days: 7)
                    r.answeredBy = answeredBy
                }
                try await r.create(on: db)
            }
        }
    }
}

extension DemoOversight {
    /// One demo issue: raised at a cell's meeting of `month`, then its steps (escalations,
    /// answer, report back at the cell's meeting of a later month), each `days` after the previous.
    struct DemoIssue {
        let cell: Int
        let month: Int
        let origin: IssueOrigin
        let topic: IssueTopic
        let text: String
        let steps: [(kind: IssueStep.Kind, days: Int, note: String?)]
        /// The month of the meeting the answer is reported back at, if it is.
        let reportedMonth: Int?
    }

    static func demoIssues(today: CivilDate) -> [DemoIssue] {
        let last = today.month - 1
        return [
            DemoIssue(
                cell: 0, month: 3, origin: .publicOpinion, topic: .infrastructure,
                text: "Đường liên thôn đoạn qua Nà Thuôn bị sạt lở sau mưa lũ, đề nghị sửa chữa trước mùa mưa.",
                steps: [
                    (.escalated(to: .grassrootsCommittee), 2, "Vượt khả năng của chi bộ."),
                    (.escalated(to: .localGovernment), 5, "Đảng ủy chuyển UBND xã bố trí kinh phí."),
                    (.answered, 12, "UBND xã đã bố trí kinh phí, khởi công sửa chữa trong tháng 4."),
                ], reportedMonth: 4),
            DemoIssue(
                cell: 1, month: 9, origin: .member, topic: .partyBuilding,
                text: "Đề nghị chi bộ phân công đảng viên trẻ kèm cặp quần chúng ưu tú.",
                steps: [(.answered, 0, "Chi bộ phân công đồng chí phó bí thư theo dõi.")], reportedMonth: 10),
            DemoIssue(
                cell: 2, month: last - 1, origin: .publicOpinion, topic: .landEnvironment,
                text: "Nhân dân phản ánh việc khai thác cát trái phép trên suối.",
                steps: [(.escalated(to: .grassrootsCommittee), 3, "Cần lực lượng của xã.")], reportedMonth: nil),
            DemoIssue(
                cell: 6, month: 8, origin: .publicOpinion, topic: .socialPolicy,
                text: "Đề nghị xem xét chế độ cho người có công chưa được hưởng.",
                steps: [
                    (.escalated(to: .grassrootsCommittee), 3, nil), (.escalated(to: .higherLevel), 6, "Thuộc thẩm quyền cấp tỉnh."),
                    (.answered, 30, "Sở Lao động – Thương binh và Xã hội đã tiếp nhận hồ sơ, đang thẩm định."),
                ], reportedMonth: nil),
            DemoIssue(
                cell: 4, month: last, origin: .member, topic: .economy,
                text: "Đề nghị hỗ trợ giống ngô cho các hộ bị thiệt hại do mưa đá.", steps: [], reportedMonth: nil),
        ]
    }

    /// The demo's issues, written with their steps and cached facts (the rules check each step).
    static func issues(_ db: any Database, cells: [OrgUnit], today: CivilDate, actor: Actor) async throws {
        let calendar = try await RecruitmentService.calendar(db)
        for d in demoIssues(today: today) where d.cell < cells.count && d.month >= 1 {
            let cell = cells[d.cell]
            func meeting(in month: Int) async throws -> Meeting? {
                let first = CivilDate(year: today.year, month: month, day: 1)!
                let last = ReportPeriod.YearMonth(today.year, month).lastDay
                return try await Meeting.query(on: db).filter(\.$unit.$id == cell.id!).filter(\.$date >= first).filter(\.$date <= last)
                    .filter(\.$status == .locked).first()
            }
            guard let raisedAt = try await meeting(in: d.month) else { continue }
            var trail = try RaisedIssueTrail.raise(
                on: raisedAt.date, responder: .cell, origin: d.origin, topic: d.topic, text: d.text, today: today)
            var date = raisedAt.date
            for s in d.steps {
                date = date.adding(days: s.days)
                trail = try trail.adding(IssueStep(s.kind, on: date, note: s.note), today: today)
            }
            var reportedAt: Meeting?
            if let m = d.reportedMonth, let at = try await meeting(in: m), at.date >= date {
                trail = try trail.adding(IssueStep(.reported, on: at.date), today: today)
                reportedAt = at
            }
            let issue = RaisedIssue()
            issue.$unit.id = cell.id!
            issue.$meeting.id = raisedAt.id!
            issue.origin = trail.origin
            issue.topic = trail.topic
            issue.text = trail.text
            issue.raisedOn = trail.raisedOn
            issue.cache(trail, calendar: calendar, workingDays: try await IssueService.answerDays(db, cellID: cell.id!, on: trail.since))
            try await issue.create(on: db)
            for (position, step) in trail.steps.enumerated() {
                let s = RaisedIssueStep()
                s.$issue.id = issue.id!
                s.position = position
                s.kind = step.kind.code
                s.responder = step.kind.responder
                s.date = step.date
                s.note = step.note
                s.$meeting.id = position == 0 ? raisedAt.id : (step.kind == .reported ? reportedAt?.id : nil)
                try await s.create(on: db)
            }
        }
    }
}

extension DemoOversight {
    /// The inspection committee's plan for the year (seeds 000, 003: "kiểm tra, giám sát việc chấp
    /// hành nội dung sinh hoạt"): CB03 supervised on its first half-year, concluded with two
    /// remedies (one done); CB08 in progress with a finding; CB12 still to come.
    static func inspections(_ db: any Database, cells: [OrgUnit], commune: UUID, today: CivilDate) async throws {
        guard cells.count > 11, today.month > 8 else { return } // not a rule: the demo needs CB12 and a past July
        let team = [DemoLoader.id("account:kiemtra"), DemoLoader.id("account:uv04")]
        let y = today.year
        func day(_ m: Int, _ d: Int) -> CivilDate { CivilDate(year: y, month: m, day: d)! }
        let content = "Việc chấp hành nội dung, quy trình sinh hoạt định kỳ, sinh hoạt chuyên đề của chi bộ"
        func item(
            _ cell: OrgUnit, _ kind: InspectionKind, review: (CivilDate, CivilDate), work: (CivilDate, CivilDate)
        ) async throws
            -> Inspection
        {
            let i = Inspection()
            i.$unit.id = commune
            i.body = .inspectionCommittee
            i.year = y
            i.kind = kind
            i.$target.id = cell.id!
            i.content = content
            (i.reviewFrom, i.reviewTo) = review
            (i.startOn, i.endOn) = work
            i.status = .planned
            try await i.create(on: db)
            for account in team {
                let t = InspectionTeamMember()
                t.$inspection.id = i.id!
                t.$account.id = account
                try await t.create(on: db)
            }
            return i
        }
        func finding(_ i: Inspection, _ date: CivilDate, _ text: String) async throws {
            let f = InspectionFinding()
            f.$inspection.id = i.id!
            f.$account.id = team[0]
            f.author = "Ủy ban Kiểm tra Đảng ủy xã"
            f.date = date
            f.text = text
            try await f.create(on: db)
        }

        let first = try await item(cells[2], .thematicSupervision, review: (day(1, 1), day(6, 30)), work: (day(7, 6), day(7, 17)))
        try await finding(
            first, day(7, 15),
            "Chi bộ sinh hoạt đủ 6 kỳ; nội dung còn chung, ít thảo luận; 2 kỳ chưa ghi rõ phân công nhiệm vụ trong nghị quyết.")
        let remedies = [
            Remedy(content: "Nghị quyết hằng tháng phân công nhiệm vụ cụ thể cho từng đảng viên.", due: day(8, 31), doneOn: day(8, 10)),
            Remedy(content: "Chi ủy họp chuẩn bị nội dung trước mỗi kỳ sinh hoạt, có biên bản.", due: day(12, 31)),
        ]
        try InspectionRules.checkConclusion(
            text: "Đề nghị chi bộ khắc phục", on: day(7, 20), startOn: first.startOn, findings: 1, remedies: remedies, today: today)
        first.conclusion = "Chi bộ cơ bản chấp hành quy định về sinh hoạt; cần đổi mới nội dung, phân công nhiệm vụ cụ thể hơn."
        first.concludedOn = day(7, 20)
        first.concludedBy = "Ủy ban Kiểm tra Đảng ủy xã"
        first.status = .concluded
        try await first.save(on: db)
        for (n, r) in remedies.enumerated() {
            let m = InspectionRemedy()
            m.$inspection.id = first.id!
            m.position = n
            m.content = r.content
            m.due = r.due
            m.doneOn = r.doneOn
            m.doneReport = r.doneOn == nil ? nil : "Từ tháng 8 nghị quyết có bảng phân công nhiệm vụ."
            m.doneBy = r.doneOn == nil ? nil : "Bí thư chi bộ"
            try await m.create(on: db)
        }

        let second = try await item(cells[7], .regularSupervision, review: (day(7, 1), day(9, 30)), work: (day(10, 12), day(12, 15)))
        try await finding(second, day(10, 14), "Chi bộ sinh hoạt đều; thông báo nội dung họp cho đảng viên còn muộn.")
        second.status = .inProgress
        try await second.save(on: db)

        _ = try await item(cells[11], .organisationInspection, review: (day(1, 1), day(11, 30)), work: (day(12, 1), day(12, 20)))
    }
}

extension DemoOversight {
    /// The commune's model cells this year (seed 004: "sinh hoạt điểm"): one per group with cells,
    /// each model meeting its October meeting, attended by its working group (the committee member
    /// who follows it visited and evaluated it), lessons drawn for two of them.
    static func models(_ db: any Database, cells: [OrgUnit], commune: UUID, today: CivilDate) async throws {
        guard cells.count > 15, today.month > 10 else { return } // not a rule: the demo's October meetings
        let picks: [(Int, String?)] = [
            (1, "Chuẩn bị nội dung kỹ, chi ủy họp trước; đảng viên phát biểu sôi nổi; nghị quyết phân công rõ người, rõ việc."),
            (12, "Gắn sinh hoạt với nhiệm vụ chuyên môn; cần tránh biến buổi sinh hoạt thành họp giao ban."),
            (13, nil), (15, nil),
        ]
        let committee = DemoOversight.committee(DemoCommune.generate(today: today))
        for (index, lessons) in picks {
            let cell = cells[index]
            guard let type = cell.cellType else { continue }
            let october = try await Meeting.query(on: db).filter(\.$unit.$id == cell.id!)
                .filter(\.$date >= CivilDate(year: today.year, month: 10, day: 1)!)
                .filter(\.$date <= CivilDate(year: today.year, month: 10, day: 31)!).first()
            let m = ModelMeeting()
            m.$unit.id = commune
            m.year = today.year
            m.group = CellGroup.of(type)
            m.$cell.id = cell.id!
            m.$meeting.id = october?.id
            if let lessons, let october {
                m.lessons = lessons
                m.lessonsOn = october.date.adding(days: 3)
                m.lessonsBy = "Tổ công tác Đảng ủy xã"
            }
            try await m.create(on: db)
            let liaison = committee.isEmpty ? nil : committee[(index + 1) % committee.count].username
            for username in Set([liaison, "vanphong"].compactMap { $0 }) {
                let g = ModelMeetingGroupMember()
                g.$model.id = m.id!
                g.$account.id = DemoLoader.id("account:" + username)
                try await g.create(on: db)
            }
        }
    }
}
