import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import ChiBoApp
@testable import ChiBoBench
@testable import ChiBoCore

@Suite struct RollupTests {
    static let today = CivilDate(year: 2026, month: 11, day: 22)!

    /// Every unit's stored counters against a from-scratch recomputation over the raw rows: the
    /// cells' own counters recomputed and summed over each subtree; and the derived figures of
    /// several periods against the naive report.
    func check(_ app: Application, _ context: String, periods: [ReportPeriod]) async throws {
        let sql = app.db as! any SQLDatabase
        let units = try await OrgUnit.query(on: app.db).all()
        let cells = units.filter { $0.kind.isCell }.map { $0.id! }
        let activities = try await StatisticsService.activities(sql, cells: cells, from: nil, to: nil)
        let closure = try await UnitClosure.query(on: app.db).all()
        var expected: [UUID: [String: FigureRow]] = [:]
        for c in closure where cells.contains(c.$descendant.id) {
            expected[c.$ancestor.id, default: [:]] = (expected[c.$ancestor.id] ?? [:]) + (activities[c.$descendant.id]?.rows() ?? [:])
        }
        let stored = try await RollupService.stored(sql, units: units.map { $0.id! })
        for u in units {
            let want = (expected[u.id!] ?? [:]).filter { !$0.value.isZero }
            let have = (stored[u.id!] ?? [:]).filter { !$0.value.isZero }
            #expect(want == have, "\(context): counters of \(u.name) (\(u.code))")
            for p in periods {
                let fromRollup = CellFigures.derive(rows: have, period: p, today: Self.today)
                let naive = try await StatisticsService.naive(app.db, unitID: u.id!, period: p, today: Self.today).total
                #expect(fromRollup == naive, "\(context): \(u.name) \(p.label(.en))")
            }
        }
    }

    @Test(arguments: [UInt64(20261122), 7, 42])
    func rollUpsEqualARecomputationAfterRandomChanges(seed: UInt64) async throws {
        try await withApp { app in
            var rng = SplitMix64(seed: seed)
            let f = try await Fixture.make(app)
            let admin = try await Fixture.admin(app)
            let db = app.db
            // A cell straight under the province, and one more in the first commune.
            let cellP = try await UnitService.create(
                db, admin, parentID: f.province,
                draft: UnitDraft(
                    name: "Chi bộ Văn phòng", code: "CB09", kind: "cell", cellType: CellType.agency.rawValue, termLabel: "2025–2030",
                    termStart: "2025-05-10"), today: app.clock.today
            ).id!
            let cellC = try await UnitService.create(
                db, admin, parentID: f.commune,
                draft: UnitDraft(
                    name: "Chi bộ thôn Khuổi Ích", code: "CB03", kind: "cell", cellType: CellType.ruralVillage.rawValue,
                    termLabel: "2025–2030", termStart: "2025-05-10"), today: app.clock.today
            ).id!
            var cells = [f.cellA!, f.cellB!, f.cellE!, cellP, cellC]
            var members: [UUID] = [f.an, f.anh, f.binh, f.em]
            var card = 23_000_000
            for cell in cells {
                for _ in 0..<Int.random(in: 2...5, using: &rng) {
                    card += 1
                    let m = try await MemberService.create(
                        db, admin, unitID: cell,
                        draft: MemberDraft(
                            fullName: "Nguyễn Văn Thử \(card)", birthDate: "1980-01-01", gender: "male", cardNumber: String(card),
                            admissionDate: "2000-01-01", officialDate: "2001-01-01", status: "official"), today: Self.today)
                    members.append(m.id!)
                }
            }
            var ended: [UUID] = []
            var openTasks: [UUID] = []
            let attendance = ["present", "late", "excused", "unexcused"]
            let periods: [ReportPeriod] = [
                .year(2026), .quarter(2026, 2), .month(2026, 3), try .custom(from: .init(2025, 11), to: .init(2026, 4)),
            ]

            for step in 0..<24 {
                switch Int.random(in: 0..<10, using: &rng) {
                case 0...4:
                    // A meeting held on a past day, with a roll call, sometimes cut short.
                    let cell = cells.randomElement(using: &rng)!
                    let date = CivilDate(year: 2026, month: Int.random(in: 1...10, using: &rng), day: Int.random(in: 1...28, using: &rng))!
                    let kind = Int.random(in: 0..<3, using: &rng) == 0 ? "thematic" : "regular"
                    let m = try await MeetingService.create(
                        db, admin, unitID: cell,
                        draft: MeetingDraft(
                            kind: kind, title: kind == "thematic" ? "Chuyên đề" : nil,
                            theme: kind == "thematic" ? "Học tập và làm theo" : nil,
                            date: date.iso, time: "19:30", location: "Nhà văn hóa"))
                    _ = try await MeetingService.open(db, admin, id: m.id!, now: LocalDateTime(date: date, hour: 19, minute: 30)!)
                    for entry in try await MeetingService.roll(db, meetingID: m.id!) where Bool.random(using: &rng) {
                        let a = attendance.randomElement(using: &rng)!
                        _ = try await MeetingService.mark(
                            db, admin, meetingID: m.id!, memberID: entry.$member.id, attendance: a,
                            reason: a == "excused" ? "Ốm" : nil)
                    }
                    if Int.random(in: 0..<5, using: &rng) > 0 {
                        let short = Bool.random(using: &rng)
                        _ = try await MeetingService.end(
                            db, admin, id: m.id!, now: LocalDateTime(date: date, hour: short ? 20 : 21, minute: short ? 0 : 45)!)
                        ended.append(m.id!)
                        let present = try await Member.query(on: db).filter(\.$unit.$id == cell).all().map { $0.id! }
                        if Bool.random(using: &rng),
                            let who = try await MeetingService.roll(db, meetingID: m.id!).first(where: { present.contains($0.$member.id) })
                        {
                            let due = date.adding(days: Int.random(in: 1...90, using: &rng))
                            let t = try await TaskService.assign(
                                db, admin, meetingID: m.id!, memberID: who.$member.id,
                                description: "Vận động hội viên", dueDate: due.iso, today: app.clock.today)
                            openTasks.append(t.id!)
                        }
                    }
                case 5:
                    // A correction to the roll of a meeting already over.
                    guard let id = ended.randomElement(using: &rng),
                        let entry = try await MeetingService.roll(db, meetingID: id).randomElement(using: &rng)
                    else { continue }
                    let a = attendance.randomElement(using: &rng)!
                    _ = try await MeetingService.mark(
                        db, admin, meetingID: id, memberID: entry.$member.id, attendance: a,
                        reason: a == "excused" ? "Đi làm ăn xa" : nil)
                case 6:
                    // A member moves to another cell.
                    let id = members.randomElement(using: &rng)!
                    let member = try await MemberService.find(db, admin, id)
                    guard member.leftDate == nil, let to = cells.filter({ $0 != member.$unit.id }).randomElement(using: &rng) else {
                        continue
                    }
                    _ = try await MemberService.move(db, admin, id: id, toUnitID: to, date: Self.today, note: nil, today: Self.today)
                case 7:
                    // A cell moves to the other commune (or back).
                    let cell = [f.cellB!, cellC].randomElement(using: &rng)!
                    let unit = try await OrgUnit.find(cell, on: db)!
                    let to = unit.$parent.id == f.commune ? f.commune2! : f.commune!
                    _ = try await UnitService.move(db, admin, id: cell, newParentID: to, date: Self.today)
                case 8:
                    // An exemption, a new cell, a party-life event (suspension, death), or a sympathiser.
                    let branch = Int.random(in: 0..<4, using: &rng)
                    if branch == 2 {
                        let id = members.randomElement(using: &rng)!
                        if Bool.random(using: &rng) {
                            _ = try? await MemberLifeService.suspend(
                                db, admin, id: id,
                                input: SuspensionInput(
                                    kind: "detention", from: "2026-0\(Int.random(in: 1...9, using: &rng))-10", until: nil,
                                    reason: "Bị tạm giam", decisionNumber: nil, decidedBy: nil), today: Self.today)
                        } else {
                            _ = try? await MemberLifeService.leave(
                                db, admin, id: id,
                                input: LeavingInput(
                                    kind: "death", date: "2026-0\(Int.random(in: 1...9, using: &rng))-20", reason: nil, decisionNumber: nil,
                                    decidedBy: nil, place: nil), today: Self.today)
                        }
                    } else if branch == 3 {
                        let cell = cells.randomElement(using: &rng)!
                        _ = try? await RecruitmentService.add(
                            db, admin, unitID: cell,
                            input: SympathiserInput(
                                fullName: "Hà Văn Nam", birthDate: "1999-03-03", gender: "male", phone: nil, helperId: nil, listedOn: nil,
                                note: nil), today: Self.today)
                    } else if branch == 0 {
                        let id = members.randomElement(using: &rng)!
                        if (try await MemberService.find(db, admin, id)).exemptionKind == nil {
                            _ = try await MemberLifeService.exempt(
                                db, admin, id: id,
                                input: ExemptionInput(kind: "temporary", decisionDate: "2026-06-01", reason: "Ốm dài ngày"),
                                today: Self.today)
                        }
                    } else {
                        card += 1
                        let c = try await UnitService.create(
                            db, admin, parentID: f.commune2,
                            draft: UnitDraft(
                                name: "Chi bộ thôn Mới \(card)", code: "CB\(card % 100)", kind: "cell",
                                cellType: CellType.ruralVillage.rawValue,
                                termLabel: "2025–2030", termStart: "2025-05-10"), today: Self.today
                        ).id!
                        cells.append(c)
                    }
                default:
                    // A task done.
                    guard !openTasks.isEmpty else { continue }
                    let id = openTasks.remove(at: Int.random(in: 0..<openTasks.count, using: &rng))
                    _ = try await TaskService.close(db, admin, taskID: id, outcome: "done", report: "Đã xong", today: Self.today)
                }
                if step % 6 == 5 { try await check(app, "seed \(seed) step \(step)", periods: periods) }
            }
            try await check(app, "seed \(seed) end", periods: periods)
            // A rebuild from the raw rows changes nothing.
            let sql = app.db as! any SQLDatabase
            let before = try await RollupService.stored(sql, units: try await OrgUnit.query(on: db).all().map { $0.id! })
            try await RollupService.rebuild(app.db)
            let after = try await RollupService.stored(sql, units: try await OrgUnit.query(on: db).all().map { $0.id! })
            #expect(before.mapValues { $0.filter { !$0.value.isZero } } == after.mapValues { $0.filter { !$0.value.isZero } })
        }
    }
}

@Suite struct CountryGeneratorTests {
    @Test func aSmallCountryIsDeterministicAndItsRollUpsEqualTheRawRows() async throws {
        try await withApp { app in
            let today = CivilDate(year: 2026, month: 11, day: 22)!
            let s = try await CountryGenerator(scale: 0.0002, seed: 7, months: 12, today: today).run(app.db) { _ in }
            #expect(s.provinces == 34 && s.communes == 34 && s.cells == 50)
            #expect(s.members > 50 * 15 && s.meetings > 50 * 12)
            var ids = SequentialIDs(seed: 7)
            let national = ids.next()
            #expect(try await OrgUnit.find(national, on: app.db)?.code == "TQ")
            let sql = app.db as! any SQLDatabase
            let province = try await OrgUnit.query(on: app.db).filter(\.$parent.$id == national).sort(\.$code).first()!
            for unit in [national, province.id!] {
                for p: ReportPeriod in [.year(2026), .year(2025), .quarter(2026, 1), .month(2025, 12)] {
                    let stored = try await RollupService.stored(sql, units: [unit], keys: p.keys, overdueBefore: today)[unit] ?? [:]
                    let naive = try await StatisticsService.naive(app.db, unitID: unit, period: p, today: today).total
                    #expect(CellFigures.derive(rows: stored, period: p, today: today) == naive)
                }
            }
            let year = try await StatisticsService.naive(app.db, unitID: national, period: .year(2026), today: today).total
            #expect(year.cells == 50 && year.members.total == s.members - year.members.transferredIn)
            // RULES.md's proportions, roughly: a few probationary, about a sixth exempt, attendance about 90%.
            #expect(year.members.probationary * 100 < year.members.total * 6)
            #expect((10...30).contains((year.members.exemptFull + year.members.exemptTemporary) * 100 / year.members.total))
            #expect((850...990).contains(year.attendancePermille ?? 0))
            #expect(year.regularLate > 0 && year.meetingsTooShort > 0)
            // Oversight from above is in the data set and in the figures compared above.
            #expect(s.visits > 0 && s.reports > 0 && s.issues > 0 && s.inspections > 0)
            let o = year.oversight
            #expect(o.visits > 0 && o.evaluated == o.visits && o.reports.onTime > 0 && o.issuesRaised > 0 && o.inspectionsConcluded > 0)
            // Last year's classification, decided: every member and cell of it counted once.
            let last = try await StatisticsService.naive(app.db, unitID: national, period: .year(2025), today: today).total.classification
            #expect(s.evaluations > 0 && last.members == s.evaluations && last.cells == 50)
            #expect(last.membersExcellent > 0 && last.membersGood > last.membersExcellent)
        }
    }

    /// Communes written three at a time (`--writers`, PostgreSQL's default) make the same country,
    /// row for row, as one at a time: the rows are drawn in one order, only their writing overlaps.
    @Test func writersAtOnceMakeTheSameCountry() async throws {
        let today = CivilDate(year: 2026, month: 11, day: 22)!
        func country(writers: Int) async throws -> [String] {
            var rows: [String] = []
            try await withApp { app in
                var generator = CountryGenerator(scale: 0.0002, seed: 7, months: 3, today: today)
                generator.writers = writers
                _ = try await generator.run(app.db) { _ in }
                let sql = app.db as! any SQLDatabase
                // Each table's ids, references and a text column, in the ids' order.
                for (table, references, text) in [
                    ("units", ["parent_id"], "name"), ("members", ["unit_id"], "full_name"), ("meetings", ["unit_id"], "title"),
                    ("meeting_attendance", ["meeting_id", "member_id"], "attendance"),
                    ("superior_visits", ["meeting_id", "unit_id"], "quality"), ("monthly_reports", ["unit_id"], "month"),
                    ("member_evaluations", ["member_id", "round_id"], "final_level"),
                ] {
                    let columns = (["id"] + references + [text]).joined(separator: ", ")
                    for row in try await sql.raw("SELECT \(unsafeRaw: columns) FROM \(ident: table) ORDER BY id").all() {
                        let ids = try (["id"] + references).map { try row.decode(column: $0, as: UUID?.self)?.uuidString ?? "-" }
                        let value = try row.decode(column: text, as: String?.self) ?? "-"
                        rows.append(([table] + ids + [value]).joined(separator: "|"))
                    }
                }
            }
            return rows
        }
        let one = try await country(writers: 1)
        let three = try await country(writers: 3)
        #expect(one.count > 5_000)
        #expect(one == three)
    }
}

/// Shipped migrations are frozen: they carry their own SQL and column lists, never the
/// application's code, which will change after them.
@Suite struct FrozenMigrationTests {
    /// A row's counters are read as one text value; a value that is not exactly one integer per
    /// counter is refused, never read as zeros.
    @Test func aRowsCountersReadAsOneValue() throws {
        let n = FigureColumn.ordered.count
        let values = (0..<n).map { $0 % 3 == 0 ? -$0 * 1_000_003 : $0 }
        let row = try RollupService.unpack(values.map(String.init).joined(separator: ","))
        #expect(row == FigureRow(values: values))
        for bad in ["", "1,2", (values + [1]).map(String.init).joined(separator: ","), "1,,2", "--1", "1,a"] {
            #expect(throws: (any Error).self) { try RollupService.unpack(bad) }
        }
    }

    @Test func migrationsCallNoApplicationCode() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/ChiBoApp/Migrations")
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)!
            .compactMap { $0 as? URL }.filter { $0.lastPathComponent.hasPrefix("M0") }
        #expect(files.count >= 8)
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for live in ["Service", "ChiBoCore", "FigureColumn", "Rulebook", "allCases", ".rawValue"] {
                #expect(!text.contains(live), "\(file.lastPathComponent) uses \(live)")
            }
        }
    }

    @Test func theCountersTheCodeWritesAreTheColumnsTheMigrationsMade() {
        #expect(
            FigureColumn.ordered.map(\.rawValue) == M006_CreateUnitFigures.columns + M011_PartyLifeFigures.columns + M012_PartyFees.columns
                + M014_SuperiorVisits.columns + M015_MonthlyReports.columns + M016_RaisedIssues.columns
                + M017_Inspections.columns + M020_Evaluations.columns + M021_Training.columns + M033_CellsStarted.columns
                + M037_RecruitmentAtScale.columns)
    }

    /// An installation with cells from before the counters existed gets them after migrating.
    @Test func countersMissingAfterTheMigrationsAreRebuilt() async throws {
        try await withApp { app in
            _ = try await Fixture.make(app)
            let sql = app.db as! any SQLDatabase
            func count() async throws -> Int {
                try await sql.raw("SELECT COUNT(*) AS n FROM unit_figures").first()!.decode(column: "n", as: Int.self)
            }
            let before = try await count()
            #expect(before > 0)
            try await sql.raw("DELETE FROM unit_figures").run()
            try await app.completeMigrations()
            #expect(try await count() == before)
            try await app.completeMigrations()
            #expect(try await count() == before)
        }
    }
}
