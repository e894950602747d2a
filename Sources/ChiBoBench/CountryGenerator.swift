import ChiBoApp
import ChiBoCore
import Fluent
import Foundation
import SQLKit
import Vapor

/// A synthetic but realistic country for benchmarks (issue 4): 34 provinces, about 3,300
/// commune/ward committees, 250,000 cells and 5.6 million members in RULES.md's proportions
/// (2.2% probationary, 18% exempt, 1% temporarily transferred out), and `months` months of
/// regular and thematic meetings with their rolls. Deterministic from the seed; `scale` takes
/// a fraction of it (0.01: about 2,500 cells). Written with bulk inserts, then the statistics
/// counters are rebuilt from the rows.
struct CountryGenerator {
    let scale: Double
    let seed: UInt64
    let months: Int
    let today: CivilDate
    /// Communes written at once, each in its own transaction (`--writers`): PostgreSQL fills both
    /// cores with more than one, SQLite has one writer. The rows are drawn in the same order
    /// whatever the number, so the country is the same.
    var writers = 1

    struct Summary {
        var provinces = 0, communes = 0, cells = 0, members = 0, meetings = 0, attendance = 0
        /// Oversight from above (issue 17): superiors' visits, monthly reports, opinions raised, inspections.
        var visits = 0, reports = 0, issues = 0, inspections = 0
        /// The year's evaluation (issue 18): last year's decided round of each commune, members and cells.
        var evaluations = 0
        var seconds = 0.0, rollupSeconds = 0.0
    }

    static let families = [
        ("Nguyễn", 38), ("Trần", 11), ("Lê", 9), ("Phạm", 7), ("Hoàng", 5), ("Vũ", 4), ("Phan", 4), ("Đặng", 2),
        ("Bùi", 2), ("Đỗ", 2), ("Hồ", 2), ("Ngô", 2), ("Dương", 1), ("Lý", 1), ("Ma", 1), ("Triệu", 1), ("Lò", 1),
    ]
    static let maleGiven = [
        "An", "Bình", "Cường", "Dũng", "Đức", "Giang", "Hải", "Hùng", "Khánh", "Long", "Minh", "Nam", "Phong",
        "Quang", "Sơn", "Thắng", "Toàn", "Trung", "Tuấn", "Việt",
    ]
    static let femaleGiven = [
        "Anh", "Ánh", "Chi", "Dung", "Hà", "Hằng", "Hoa", "Hương", "Lan", "Linh", "Mai", "Ngọc", "Nhung",
        "Phương", "Quỳnh", "Thảo", "Thu", "Trang", "Vân", "Yến",
    ]
    static let maleMiddle = ["Văn", "Đức", "Minh", "Quốc", "Hữu", "Xuân"]
    static let femaleMiddle = ["Thị", "Thị", "Thu", "Ngọc", "Thanh", "Minh"]

    func run(_ db: any Database, log: @escaping (String) -> Void) async throws -> Summary {
        let started = Date()
        let sql = db as! any SQLDatabase
        var rng = SplitMix64(seed: seed)
        // Oversight draws from its own stream: the country's members and meetings stay what they were.
        var orng = SplitMix64(seed: seed ^ 0x0E_17)
        // The evaluation too: last year's classification, decided.
        var erng = SplitMix64(seed: seed ^ 0x0E_18)
        var eids = SequentialIDs(seed: seed ^ 0x0E_18)
        let lastYear = today.year - 1
        func level() -> String {
            let r = erng.unit()
            return r < 0.15 ? "excellent" : r < 0.85 ? "good" : r < 0.98 ? "completed" : "not_completed"
        }
        var ids = SequentialIDs(seed: seed)
        var s = Summary()
        let provinces = 34
        let communes = max(provinces, Int((3300 * scale).rounded()))
        let cells = max(communes, Int((250_000 * scale).rounded()))
        // The months of meetings: the `months` whole months before this one.
        let thisMonth = today.year * 12 + today.month - 1
        let span = (thisMonth - months..<thisMonth).map { ReportPeriod.YearMonth($0 / 12, $0 % 12 + 1) }
        let country = ids.next()
        try await insert(
            sql, "units", ["id", "parent_id", "name", "search_name", "code", "kind", "cell_type", "term_label", "term_start", "depth"],
            [
                [
                    country, UUID?.none, "Đảng bộ toàn quốc (dữ liệu mô phỏng)", "dang bo toan quoc", "TQ", "province", String?.none,
                    "2025–2030", "2025-10-01", 0,
                ]
            ])
        try await insert(sql, "unit_closure", ["id", "ancestor_id", "descendant_id", "depth"], [[ids.next(), country, country, 0]])
        var card = 10_000_000
        try await withThrowingTaskGroup(of: Void.self) { group in
            var inFlight = 0
            for p in 0..<provinces {
                let province = ids.next()
                let pCommunes = communes / provinces + (p < communes % provinces ? 1 : 0)
                let provinceClosure: [[any Encodable & Sendable]] = [
                    [ids.next(), province, province, 0], [ids.next(), country, province, 1],
                ]
                try await db.write { tx in
                    let sql = tx as! any SQLDatabase
                    try await insert(
                        sql, "units",
                        ["id", "parent_id", "name", "search_name", "code", "kind", "cell_type", "term_label", "term_start", "depth"],
                        [
                            [
                                province, country, "Đảng bộ tỉnh số \(p + 1)", "dang bo tinh so \(p + 1)", "T\(p + 1)", "province",
                                String?.none,
                                "2025–2030", "2025-10-01", 1,
                            ]
                        ])
                    try await insert(sql, "unit_closure", ["id", "ancestor_id", "descendant_id", "depth"], provinceClosure)
                }
                for c in 0..<pCommunes {
                    let communeIndex = s.communes
                    let commune = ids.next()
                    let cCells = cells / communes + (communeIndex < cells % communes ? 1 : 0)
                    var units: [[any Encodable & Sendable]] = [
                        [
                            commune, province, "Đảng bộ xã số \(c + 1), tỉnh \(p + 1)",
                            "dang bo xa so \(c + 1), tinh \(p + 1)", "X\(c + 1)", "grassroots", String?.none,
                            "2025–2030", "2025-08-01", 2,
                        ]
                    ]
                    var closure: [[any Encodable & Sendable]] = [
                        [ids.next(), commune, commune, 0], [ids.next(), province, commune, 1], [ids.next(), country, commune, 2],
                    ]
                    var members: [[any Encodable & Sendable]] = []
                    var history: [[any Encodable & Sendable]] = []
                    var statuses: [[any Encodable & Sendable]] = []
                    var meetings: [[any Encodable & Sendable]] = []
                    var roll: [[any Encodable & Sendable]] = []
                    var guests: [[any Encodable & Sendable]] = []
                    var visits: [[any Encodable & Sendable]] = []
                    var reports: [[any Encodable & Sendable]] = []
                    var issues: [[any Encodable & Sendable]] = []
                    var issueSteps: [[any Encodable & Sendable]] = []
                    var inspections: [[any Encodable & Sendable]] = []
                    var remedies: [[any Encodable & Sendable]] = []
                    let round = eids.next()
                    let rounds: [[any Encodable & Sendable]] = [
                        [
                            round, commune, "year", "\(lastYear)-01-01", "\(lastYear)-12-31", lastYear, "published", "\(lastYear)-12-05",
                            "90-QĐ/ĐU", "\(lastYear)-12-20", "\(lastYear)-12-26",
                        ]
                    ]
                    var memberEvaluations: [[any Encodable & Sendable]] = []
                    var orgEvaluations: [[any Encodable & Sendable]] = []
                    var cellIDs: [UUID] = []
                    for k in 0..<cCells {
                        let cell = ids.next()
                        cellIDs.append(cell)
                        units.append([
                            cell, commune, "Chi bộ số \(k + 1)", "chi bo so \(k + 1)", "CB\(CivilDate.pad(k + 1, 2))", "cell",
                            rng.chance(0.7) ? "rural_village" : "urban_residential", "2025–2027", "2025-05-01", 3,
                        ])
                        closure += [
                            [ids.next(), cell, cell, 0], [ids.next(), commune, cell, 1], [ids.next(), province, cell, 2],
                            [ids.next(), country, cell, 3],
                        ]
                        // 20–30 members a typical cell; some small, some large: 22.4 on average.
                        let size = rng.chance(0.12) ? rng.int(8...15) : rng.int(18...30)
                        var people: [(id: UUID, name: String, sort: String, status: String, exempt: Bool, transfer: String?)] = []
                        for _ in 0..<size {
                            card += 1
                            let female = rng.chance(0.4)
                            let name =
                                "\(rng.weighted(Self.families)) \(rng.pick(female ? Self.femaleMiddle : Self.maleMiddle)) \(rng.pick(female ? Self.femaleGiven : Self.maleGiven))"
                            let probationary = rng.chance(0.022)
                            let exemption: String? = !probationary && rng.chance(0.184) ? (rng.chance(0.85) ? "full" : "temporary") : nil
                            let transfer: String? = exemption == nil && rng.chance(0.01) ? TransferDirection.outgoing.rawValue : nil
                            let admission = CivilDate(
                                year: probationary ? today.year : rng.int(1965...2024), month: rng.int(1...12), day: rng.int(1...28))!
                            let id = ids.next()
                            members.append([
                                id, cell, name, VietnameseText.fold(name), VietnameseText.sortKey(fullName: name),
                                CivilDate(year: admission.year - rng.int(20...35), month: rng.int(1...12), day: rng.int(1...28))!.iso,
                                female ? "female" : "male", String(card), admission.iso,
                                probationary
                                    ? String?.none : CivilDate(year: admission.year + 1, month: admission.month, day: admission.day)!.iso,
                                probationary ? "probationary" : "official", exemption,
                                exemption.map { _ in "2024-01-15" }, exemption.map { _ in "Tuổi cao, sức yếu" }, transfer,
                                transfer.map { _ in "2026-01-01" },
                            ])
                            history.append([ids.next(), id, cell, admission.iso])
                            // The dated periods the roll of a new meeting reads (MemberHistory.opening's).
                            if probationary {
                                statuses.append([ids.next(), id, "probationary", String?.none, admission.iso, String?.none])
                            } else {
                                let official = CivilDate(year: admission.year + 1, month: admission.month, day: admission.day)!
                                statuses.append([
                                    ids.next(), id, "probationary", String?.none, admission.iso, official.adding(days: -1).iso,
                                ])
                                statuses.append([ids.next(), id, "official", String?.none, official.iso, String?.none])
                            }
                            if let exemption {
                                statuses.append([ids.next(), id, "exempt", exemption, "2024-01-15", String?.none])
                            }
                            if let transfer {
                                statuses.append([ids.next(), id, "transfer", transfer, "2026-01-01", String?.none])
                            }
                            people.append(
                                (
                                    id, name, VietnameseText.sortKey(fullName: name), probationary ? "probationary" : "official",
                                    exemption != nil, transfer
                                ))
                        }
                        for p in people where p.transfer == nil {
                            let l = level()
                            memberEvaluations.append([eids.next(), round, p.id, cell, p.name, p.sort, "2C", false, l, l, l])
                        }
                        let cellLevel = level()
                        orgEvaluations.append([eids.next(), round, cell, false, cellLevel, cellLevel])
                        // A regular meeting every month (a few missed), a thematic one most quarters.
                        for ym in span {
                            var kinds: [String] = []
                            if !rng.chance(0.03) { kinds.append("regular") }
                            if ym.month % 3 == 2 && rng.chance(0.9) { kinds.append("thematic") }
                            for kind in kinds {
                                let date = CivilDate(
                                    year: ym.year, month: ym.month, day: kind == "regular" ? rng.int(3...10) : rng.int(15...25))!
                                let short = rng.chance(0.04)
                                let endMinute = short ? rng.int(0...40) : rng.int(100...150)
                                let notified = CivilDate(dayNumber: date.dayNumber - (rng.chance(0.05) ? 0 : rng.int(2...5)))
                                let id = ids.next()
                                let start = LocalDateTime(date: date, hour: 19, minute: 30)!
                                let end = LocalDateTime(date: date, hour: 19 + (30 + endMinute) / 60, minute: (30 + endMinute) % 60)!
                                meetings.append([
                                    id, cell, kind,
                                    kind == "regular" ? "Sinh hoạt chi bộ tháng \(ym.month)/\(ym.year)" : "Sinh hoạt chuyên đề",
                                    kind == "regular" ? String?.none : "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
                                    date.iso, "19:30", "Nhà văn hóa", "ended", notified.iso, start.iso, end.iso,
                                ])
                                // A commune committee member at the quarter's first regular meeting, most quarters.
                                if kind == "regular" && ym.month % 3 == 1 && orng.chance(0.8) {
                                    let guest = ids.next()
                                    guests.append([guest, id, "Ủy viên Đảng ủy xã", "Đảng ủy viên", true])
                                    let score = orng.int(60...98)
                                    visits.append([
                                        ids.next(), id, cell, date.iso, guest, commune, "Ủy viên Đảng ủy xã", "Đảng ủy viên",
                                        "Đề nghị chi bộ phân công cụ thể.", score,
                                        MeetingQuality.from(score: score, local: LocalSettings()).rawValue,
                                        date.adding(days: 1).iso,
                                    ])
                                }
                                // Now and then an opinion of the public, followed to its answer.
                                if kind == "regular" && orng.chance(0.08) {
                                    let issue = ids.next()
                                    let r = orng.unit()
                                    let escalated = r < 0.5
                                    let answered = r < 0.8 ? date.adding(days: orng.int(3...20)) : nil
                                    let reported = answered.flatMap { a in r < 0.6 ? a.adding(days: 30) : nil }
                                    let responder = escalated ? "grassroots_committee" : "cell"
                                    let status = reported != nil ? "closed" : answered != nil ? "answered" : "open"
                                    issues.append([
                                        issue, cell, id, "public_opinion", "infrastructure", "Đề nghị sửa đường liên thôn.", date.iso,
                                        responder,
                                        status, escalated, date.iso, date.adding(days: 21).iso, answered?.iso, answered.map { _ in 10 },
                                        reported?.iso,
                                    ])
                                    issueSteps.append([ids.next(), issue, 0, "raised", "cell", date.iso, String?.none])
                                    var position = 1
                                    if escalated {
                                        issueSteps.append([
                                            ids.next(), issue, position, "escalated", "grassroots_committee", date.iso, String?.none,
                                        ])
                                        position += 1
                                    }
                                    if let answered {
                                        issueSteps.append([
                                            ids.next(), issue, position, "answered", String?.none, answered.iso, "Đã có kế hoạch sửa.",
                                        ])
                                        position += 1
                                    }
                                    if let reported {
                                        issueSteps.append([
                                            ids.next(), issue, position, "reported", String?.none, reported.iso, String?.none,
                                        ])
                                    }
                                }
                                for person in people {
                                    let r = rng.unit()
                                    let attendance: String =
                                        person.exempt || person.transfer != nil
                                        ? (r < 0.2 ? "present" : "excused")
                                        : r < 0.91 ? "present" : r < 0.94 ? "late" : r < 0.985 ? "excused" : "unexcused"
                                    roll.append([
                                        ids.next(), id, person.id, person.name, person.sort, person.status, person.exempt, person.transfer,
                                        false,
                                        attendance, attendance == "excused" ? "Đi làm ăn xa" : String?.none, false,
                                    ])
                                }
                            }
                        }
                        // The secretary's monthly report, mostly on time.
                        for ym in span where orng.chance(0.95) {
                            let due = MonthlyReportRules.due(month: ym, dueDay: 25) // not a rule: the rulebook's default, for the data set
                            let submitted = orng.chance(0.1) ? due.adding(days: orng.int(1...6)) : due.adding(days: -orng.int(0...10))
                            reports.append([
                                ids.next(), cell, ym.key, "Đảng viên an tâm.", "Nhân dân phấn khởi.", "Hoàn thành nhiệm vụ tháng.", 0,
                                orng.chance(0.3) ? 1 : 0, "dang vien an tam nhan dan phan khoi hoan thanh nhiem vu thang", submitted.iso,
                            ])
                        }
                        s.cells += 1
                    }
                    // The commune's inspection committee: two cells supervised on the first half of the span.
                    if let first = span.first, span.count > 6 { // not a rule: a plan needs months behind it
                        for _ in 0..<min(2, cellIDs.count) {
                            let target = orng.pick(cellIDs)
                            let inspection = ids.next()
                            let concludedOn = CivilDate(year: span[6].year, month: span[6].month, day: 20)!
                            inspections.append([
                                inspection, commune, "inspection_committee", first.year, "thematic_supervision", target,
                                "Việc chấp hành nội dung sinh hoạt chi bộ", CivilDate(year: first.year, month: first.month, day: 1)!.iso,
                                span[5].lastDay.iso, CivilDate(year: span[6].year, month: span[6].month, day: 5)!.iso, concludedOn.iso,
                                "concluded", "Cần phân công nhiệm vụ cụ thể.", concludedOn.iso, "Ủy ban Kiểm tra",
                            ])
                            remedies.append([
                                ids.next(), inspection, 0, "Phân công cụ thể.", concludedOn.adding(days: 40).iso,
                                concludedOn.adding(days: 20).iso,
                            ])
                            remedies.append([
                                ids.next(), inspection, 1, "Chi ủy họp trước kỳ.", concludedOn.adding(days: 60).iso, String?.none,
                            ])
                        }
                    }
                    s.members += members.count
                    s.meetings += meetings.count
                    s.attendance += roll.count
                    s.visits += visits.count
                    s.reports += reports.count
                    s.issues += issues.count
                    s.inspections += inspections.count
                    s.evaluations += memberEvaluations.count
                    s.communes += 1
                    let (u, cl, mb, mh, mt, rl, ms) = (units, closure, members, history, meetings, roll, statuses)
                    let (gs, vs, rp, iss, ist, ins, rms) = (guests, visits, reports, issues, issueSteps, inspections, remedies)
                    let (er, me, oe) = (rounds, memberEvaluations, orgEvaluations)
                    if inFlight >= writers {
                        try await group.next()
                        inFlight -= 1
                    }
                    inFlight += 1
                    group.addTask {
                        try await db.write { tx in
                            let sql = tx as! any SQLDatabase
                            try await insert(
                                sql, "units",
                                [
                                    "id", "parent_id", "name", "search_name", "code", "kind", "cell_type", "term_label", "term_start",
                                    "depth",
                                ], u)
                            try await insert(sql, "unit_closure", ["id", "ancestor_id", "descendant_id", "depth"], cl)
                            try await insert(
                                sql, "members",
                                [
                                    "id", "unit_id", "full_name", "search_name", "sort_key", "birth_date", "gender", "card_number",
                                    "admission_date", "official_date", "status", "exemption_kind", "exemption_date",
                                    "exemption_reason", "transfer_direction", "transfer_from",
                                ], mb)
                            try await insert(sql, "member_unit_periods", ["id", "member_id", "unit_id", "from_date"], mh)
                            try await insert(
                                sql, "member_status_periods", ["id", "member_id", "kind", "detail", "from_date", "until_date"], ms)
                            try await insert(
                                sql, "meetings",
                                [
                                    "id", "unit_id", "kind", "title", "theme", "scheduled_date", "scheduled_time", "location",
                                    "status", "notified_on", "started_at", "ended_at",
                                ], mt)
                            try await insert(
                                sql, "meeting_attendance",
                                [
                                    "id", "meeting_id", "member_id", "full_name", "sort_key", "status", "exempt",
                                    "transfer_direction", "suspended", "attendance", "reason", "self_checkin",
                                ], rl)
                            try await insert(sql, "meeting_guests", ["id", "meeting_id", "name", "position", "from_superior"], gs)
                            try await insert(
                                sql, "superior_visits",
                                [
                                    "id", "meeting_id", "unit_id", "meeting_date", "guest_id", "level_unit_id", "visitor_name",
                                    "visitor_position",
                                    "remarks", "score", "quality", "evaluated_on",
                                ], vs)
                            try await insert(
                                sql, "monthly_reports",
                                [
                                    "id", "unit_id", "month", "members_thinking", "public_opinion", "results", "hot_issue_count",
                                    "proposal_count",
                                    "search_text", "submitted_on",
                                ], rp)
                            try await insert(
                                sql, "raised_issues",
                                [
                                    "id", "unit_id", "meeting_id", "origin", "topic", "text", "raised_on", "responder", "status",
                                    "escalated",
                                    "since",
                                    "due", "answered_on", "answer_days", "reported_on",
                                ], iss)
                            try await insert(
                                sql, "raised_issue_steps", ["id", "issue_id", "position", "kind", "responder", "date", "note"], ist)
                            try await insert(
                                sql, "inspections",
                                [
                                    "id", "unit_id", "body", "year", "kind", "target_unit_id", "content", "review_from", "review_to",
                                    "start_on",
                                    "end_on", "status", "conclusion", "concluded_on", "concluded_by",
                                ], ins)
                            try await insert(
                                sql, "inspection_remedies", ["id", "inspection_id", "position", "content", "due", "done_on"], rms)
                            try await insert(
                                sql, "evaluation_rounds",
                                [
                                    "id", "unit_id", "kind", "first_day", "last_day", "year", "status", "opened_on", "decision_number",
                                    "decision_on",
                                    "published_on",
                                ], er)
                            try await insert(
                                sql, "member_evaluations",
                                [
                                    "id", "round_id", "member_id", "unit_id", "full_name", "sort_key", "form", "residence_needed",
                                    "cell_level",
                                    "appraised_level", "final_level",
                                ], me)
                            try await insert(
                                sql, "org_evaluations", ["id", "round_id", "unit_id", "collective_disciplined", "level", "final_level"], oe)
                        }
                    }
                }
                s.provinces += 1
                log(
                    "province \(p + 1)/\(provinces): \(s.communes) communes, \(s.cells) cells, \(s.members) members, \(s.attendance) roll entries, \(Int(Date().timeIntervalSince(started)))s"
                )
            }
            try await group.waitForAll()
        }
        let rollupStart = Date()
        if sql.dialect.name == "postgresql" {
            // The planner's statistics for the tables just filled, before the counters read them.
            try await sql.raw("ANALYZE").run()
        }
        let step = SendableLog(log)
        try await db.write { tx in
            try await RollupService.rebuild(tx) { done, all in
                if done % 25_000 == 0 || done == all {
                    step("statistics counters: \(done)/\(all) cells, \(Int(Date().timeIntervalSince(rollupStart)))s")
                }
            }
        }
        s.rollupSeconds = Date().timeIntervalSince(rollupStart)
        s.seconds = Date().timeIntervalSince(started)
        return s
    }

    /// Bulk insert in statements of at most ~30,000 bound values (SQLite's limit is 32,766).
    private func insert(_ sql: any SQLDatabase, _ table: String, _ columns: [String], _ rows: [[any Encodable & Sendable]]) async throws {
        let per = max(1, 30_000 / columns.count)
        for start in stride(from: 0, to: rows.count, by: per) {
            var insert = sql.insert(into: table).columns(columns)
            for row in rows[start..<min(start + per, rows.count)] { insert = insert.values(row) }
            try await insert.run()
        }
    }
}

/// The generator's log line writer, handed to the rebuild's progress from inside its transaction.
private struct SendableLog: @unchecked Sendable {
    let write: (String) -> Void
    init(_ write: @escaping (String) -> Void) { self.write = write }
    func callAsFunction(_ line: String) { write(line) }
}

/// The generator's identifiers, in the order it makes them: UUID version 7's layout with a
/// 48-bit counter where the time would be, then bits of the seed. Every index on an id grows at
/// its end, as with time-ordered ids, instead of taking one random page per row: with random
/// ids each commune's commit rewrote a page of the roll's primary-key index per roll entry, and
/// the national set wrote some 35 times its own size and slowed down as it grew.
struct SequentialIDs {
    private var counter: UInt64 = 0
    private let tail: UInt64

    init(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        // Oversight draws from its own stream: the country's members and meetings stay what they were.
        var orng = SplitMix64(seed: seed ^ 0x0E_17)
        tail = rng.next()
    }

    mutating func next() -> UUID {
        counter += 1
        var b = [UInt8](repeating: 0, count: 16)
        for i in 0..<6 { b[i] = UInt8(truncatingIfNeeded: counter >> (8 * (5 - i))) }
        for i in 0..<8 { b[8 + i] = UInt8(truncatingIfNeeded: tail >> (8 * i)) }
        b[6] = 0x70
        b[8] = (b[8] & 0x3F) | 0x80
        return UUID(uuid: (b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]))
    }
}

/// `chibo country`: generates the national data set into an empty database.
struct CountryCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "scale", help: "Fraction of the country (default 1: 3,300 communes, 250,000 cells, about 5.6 million members)")
        var scale: Double?
        @Option(name: "seed", help: "Seed of the generator (default 2026); the same seed gives the same country")
        var seed: Int?
        @Option(name: "months", help: "Months of meetings, ending with the last whole month (default 12)")
        var months: Int?
        @Option(
            name: "writers",
            help: "Communes written at once (default 3 on PostgreSQL, 1 on SQLite, which has one writer)")
        var writers: Int?
    }

    var help: String { "Generates a synthetic country (units, members, 12 months of meetings) into an empty database, for benchmarks" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let scale = signature.scale ?? 1
        let months = signature.months ?? 12
        guard scale > 0, scale <= 1, (1...36).contains(months), (1...16).contains(signature.writers ?? 1) else {
            context.console.error("--scale must be in (0, 1], --months in 1...36 and --writers in 1...16.")
            throw Abort(.badRequest)
        }
        if try await OrgUnit.query(on: app.db).count() > 0 {
            context.console.error(
                "The database already holds units; generate the country into an empty database (a new file, or a new PostgreSQL database).")
            throw Abort(.conflict)
        }
        let postgres = (app.db as? any SQLDatabase)?.dialect.name == "postgresql"
        var generator = CountryGenerator(
            scale: scale, seed: UInt64(signature.seed ?? 2026), months: months, today: context.application.clock.today)
        generator.writers = postgres ? signature.writers ?? 3 : 1
        let s = try await generator.run(app.db) { context.console.print($0) }
        context.console.print(
            """
            Generated \(s.provinces) provinces, \(s.communes) communes, \(s.cells) cells, \(s.members) members, \
            \(s.meetings) meetings, \(s.attendance) roll entries, \(s.visits) superiors' visits, \(s.reports) monthly reports, \
            \(s.issues) opinions raised, \(s.inspections) inspections, \(s.evaluations) members evaluated in \(String(format: "%.1f", s.seconds)) s \
            (statistics counters: \(String(format: "%.1f", s.rollupSeconds)) s).
            """)
    }
}
