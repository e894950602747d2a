import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import ChiBoApp
@testable import ChiBoCore

/// Training and contests for cell secretaries over the API and the pages: a course, its attendees
/// and certificates, a contest and its results, the commune's list of secretaries without
/// training, a member's own section, the scope, the audit log and the counters.
@Suite struct TrainingAppTests {
    func codes(_ res: TestingHTTPResponse) throws -> [String] {
        let error = try res.json()["error"] as? [String: Any]
        let fields = (error?["fields"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
        return fields.isEmpty ? [(error?["code"] as? String) ?? ""] : fields
    }

    /// An and Bình are the secretaries of cells A and B, Em of commune 2's cell.
    func officers(_ app: Application, _ f: Fixture) async throws {
        let admin = try await Fixture.admin(app)
        let from = CivilDate(year: 2025, month: 5, day: 10)!
        for (unit, member) in [(f.cellA!, f.an!), (f.cellB!, f.binh!), (f.cellE!, f.em!)] {
            try await UnitService.setOfficer(app.db, admin, unitID: unit, memberID: member, role: .secretary, from: from)
        }
    }

    /// The stored counters of `unit` for the year equal the figures recomputed from the raw rows.
    func countersHold(_ app: Application, _ unit: UUID) async throws -> TrainingFigures {
        let today = app.clock.today
        let naive = try await StatisticsService.naive(app.db, unitID: unit, period: .year(2026), today: today)
        let stored = try await RollupService.stored(app.db as! any SQLDatabase, units: [unit])[unit] ?? [:]
        let derived = CellFigures.derive(rows: stored, period: .year(2026), today: today)
        #expect(naive.total.training == derived.training)
        #expect(naive.total == derived)
        return derived.training
    }

    @Test func aCourseFromItsRecordToTheCertificates() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            try await officers(app, f)
            let staff = try await APIClient.login(app, "staff")
            let path = "/api/v1/units/\(f.commune!)/courses"
            let body = #"""
                {"kind":"party_work","topic":"Kỹ năng tổ chức sinh hoạt chi bộ","organiser":"Đảng ủy xã Thượng Lâm",
                 "location":"Hội trường xã","startOn":"2026-03-02","endOn":"2026-03-06"}
                """#

            // Every problem at once; not a cell's; not the secretary's nor the inspector's to record.
            let bad = try await staff.send(.POST, path, json: #"{"kind":"x","topic":" ","startOn":"2026-03-06","endOn":"2026-03-02"}"#)
            #expect(bad.status == .unprocessableEntity)
            #expect(try codes(bad) == ["kind.invalid", "topic.required", "organiser.required", "endOn.order"])
            let dates = try await staff.send(.POST, path, json: #"{"kind":"workshop","topic":"x","organiser":"y","startOn":"30/02/2026"}"#)
            #expect(try codes(dates) == ["startOn.invalid", "endOn.required"])
            let cell = try await staff.send(.POST, "/api/v1/units/\(f.cellA!)/courses", json: body)
            #expect(try codes(cell) == ["unit.cell"])
            #expect(try await APIClient.login(app, "seca").send(.POST, path, json: body).status == .notFound)
            let inspector = try await APIClient.login(app, "inspector")
            #expect(try await inspector.send(.POST, path, json: body).status == .forbidden)
            #expect(try await Course.query(on: app.db).count() == 0)

            let created = try await staff.send(.POST, path, json: body)
            #expect(created.status == .created, "\(created.body.string)")
            let page = try created.json()
            let course = (page["course"] as? [String: Any])?["id"] as! String
            let candidates = page["candidates"] as? [[String: Any]] ?? []
            #expect(candidates.prefix(2).compactMap { $0["office"] as? String } == ["secretary", "secretary"])
            #expect(Set(candidates.compactMap { $0["id"] as? String }) == Set([f.an, f.anh, f.binh].map { $0!.uuidString }))

            // Before: both secretaries without training, in Vietnamese order (An before Bình).
            let training = "/api/v1/units/\(f.commune!)/training?year=2026"
            var year = try await staff.send(.GET, training).json()
            #expect((year["untrained"] as? [[String: Any]])?.compactMap { $0["fullName"] as? String } == ["Nguyễn Văn An", "Lò Văn Bình"])
            #expect(year["secretaries"] as? Int == 2 && year["recentYears"] as? Int == TrainingRules.recentYears)
            #expect((year["courses"] as? [[String: Any]])?.count == 1)
            // The secretaries' names and training are not the inspector's to read (issue 17).
            #expect(try await inspector.send(.GET, training).status == .forbidden)

            // Attendees: members of the commune's cells only, once each.
            let attendees = "/api/v1/courses/\(course)/attendees"
            #expect(try codes(try await staff.send(.POST, attendees, json: #"{"members":[]}"#)) == ["members.required"])
            #expect(try codes(try await staff.send(.POST, attendees, json: #"{"members":"not-a-uuid"}"#)) == ["members.invalid"])
            let outside = try await staff.send(.POST, attendees, json: #"{"members":["\#(f.an!)","\#(f.em!)"]}"#)
            #expect(try codes(outside) == ["members.invalid"])
            let added = try await staff.send(.POST, attendees, json: #"{"members":["\#(f.an!)","\#(f.anh!)"]}"#)
            #expect(added.status == .ok, "\(added.body.string)")
            #expect((try added.json()["attendees"] as? [[String: Any]])?.count == 2)
            #expect(try await staff.send(.POST, attendees, json: #"{"members":"\#(f.an!)"}"#).status == .conflict)
            #expect(try await inspector.send(.POST, attendees, json: #"{"members":["\#(f.binh!)"]}"#).status == .forbidden)

            // Results: a certificate only for a completed course, dated from its end to today.
            let an = "/api/v1/courses/\(course)/attendees/\(f.an!)"
            let notCompleted = try await staff.send(.POST, an, json: #"{"completed":false,"certificateNumber":"12/GCN"}"#)
            #expect(try codes(notCompleted) == ["certificate.notCompleted"])
            let early = try await staff.send(
                .POST, an, json: #"{"completed":true,"certificateNumber":"12/GCN","certificateDate":"2026-03-01"}"#)
            #expect(try codes(early) == ["certificateDate.range"])
            let message = ((try early.json()["error"] as? [String: Any])?["fields"] as? [[String: Any]])?.first?["message"] as? String
            #expect(message == "Ngày cấp chứng nhận phải từ ngày kết thúc lớp học (06/03/2026) đến hôm nay.")
            #expect(
                try codes(try await staff.send(.POST, "/api/v1/courses/\(course)/attendees/\(f.binh!)", json: "{}")) == [
                    "attendee.notFound"
                ])
            let done = try await staff.send(
                .POST, an, json: #"{"completed":true,"certificateNumber":"12/GCN","certificateDate":"2026-03-09"}"#)
            #expect(done.status == .ok, "\(done.body.string)")
            let row = (try done.json()["attendees"] as? [[String: Any]])?.first { $0["memberId"] as? String == f.an!.uuidString }
            #expect(row?["completed"] as? Bool == true && row?["certificateDate"] as? String == "2026-03-09")

            // After: Bình alone is without training; the figures count An's completion at cell A.
            year = try await staff.send(.GET, training).json()
            #expect((year["untrained"] as? [[String: Any]])?.compactMap { $0["fullName"] as? String } == ["Lò Văn Bình"])
            #expect((year["figures"] as? [String: Any])?["completed"] as? Int == 1)
            #expect(try await countersHold(app, f.commune).completed == 1)
            #expect(try await countersHold(app, f.cellA).completed == 1)

            // The member's own section, and Bình's warning; the secretary of cell A reads An's, without a link.
            let own = try await staff.send(.GET, "/api/v1/members/\(f.an!)/training").json()
            let courses = own["courses"] as? [[String: Any]] ?? []
            #expect(courses.first?["certificateNumber"] as? String == "12/GCN" && own["withoutTraining"] as? Bool == false)
            #expect(try await staff.send(.GET, "/api/v1/members/\(f.binh!)/training").json()["withoutTraining"] as? Bool == true)
            let seca = try await APIClient.login(app, "seca")
            let asSecretary = try await seca.send(.GET, "/api/v1/members/\(f.an!)/training").json()
            #expect((asSecretary["courses"] as? [[String: Any]])?.first?["readable"] as? Bool == false)
            #expect(try await seca.send(.GET, "/api/v1/members/\(f.binh!)/training").status == .notFound)
            #expect(try await seca.send(.GET, "/api/v1/courses/\(course)").status == .notFound)

            // An moves to cell B: the completion follows them; the counters still equal a recomputation.
            let admin = try await Fixture.admin(app)
            _ = try await MemberService.move(
                app.db, admin, id: f.an, toUnitID: f.cellB, date: CivilDate(year: 2026, month: 11, day: 1)!, note: nil,
                today: app.clock.today)
            #expect(try await countersHold(app, f.cellB).completed == 1)
            #expect(try await countersHold(app, f.cellA).completed == 0)

            let actions = try await AuditEntry.query(on: app.db).filter(\.$entity == "course").all()
            #expect(Set(actions.map(\.action)) == ["course.create", "course.attendees", "course.result"])
            // The attendees' entry is in their cell's log.
            #expect(actions.contains { $0.action == "course.attendees" && $0.unitID == f.cellA })
        }
    }

    @Test func aContestWithItsEntrantsAndPrizes() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            try await officers(app, f)
            let staff = try await APIClient.login(app, "staff")
            let path = "/api/v1/units/\(f.commune!)/contests"
            let bad = try await staff.send(.POST, path, json: #"{"name":"","year":2026,"startOn":"2026-12-30","endOn":"2027-01-02"}"#)
            #expect(try codes(bad) == ["name.required", "startOn.year"])

            // A contest still to come: entrants, but no results yet.
            let coming = try await staff.send(
                .POST, path, json: #"{"name":"Hội thi Bí thư chi bộ giỏi (vòng 2)","startOn":"2026-12-10","endOn":"2026-12-11"}"#)
            #expect(coming.status == .created, "\(coming.body.string)")
            let next = (try coming.json()["contest"] as? [String: Any])?["id"] as! String
            #expect(try await staff.send(.POST, "/api/v1/contests/\(next)/entrants", json: #"{"members":["\#(f.an!)"]}"#).status == .ok)
            let tooSoon = try await staff.send(.POST, "/api/v1/contests/\(next)/entrants/\(f.an!)", json: #"{"prize":"first"}"#)
            #expect(try codes(tooSoon) == ["prize.notEnded"])

            let held = try await staff.send(
                .POST, path, json: #"{"name":"Hội thi Bí thư chi bộ giỏi năm 2026","startOn":"2026-09-15","endOn":"2026-09-16"}"#)
            let contest = (try held.json()["contest"] as? [String: Any])?["id"] as! String
            let entrants = "/api/v1/contests/\(contest)/entrants"
            // Only the cells' secretaries and deputies enter.
            let member = try await staff.send(.POST, entrants, json: #"{"members":["\#(f.anh!)"]}"#)
            #expect(try codes(member) == ["members.notSecretary"])
            let other = try await staff.send(.POST, entrants, json: #"{"members":["\#(f.em!)"]}"#)
            #expect(try codes(other) == ["members.notSecretary"])
            #expect(try await staff.send(.POST, entrants, json: #"{"members":["\#(f.an!)","\#(f.binh!)"]}"#).status == .ok)
            let wrong = try await staff.send(.POST, "\(entrants)/\(f.binh!)", json: #"{"prize":"gold"}"#)
            #expect(try codes(wrong) == ["prize.invalid"])
            #expect(try await staff.send(.POST, "\(entrants)/\(f.binh!)", json: #"{"prize":"participated"}"#).status == .ok)
            let first = try await staff.send(.POST, "\(entrants)/\(f.an!)", json: #"{"prize":"first","note":"Xử lý tình huống tốt."}"#)
            #expect(first.status == .ok, "\(first.body.string)")
            let page = try first.json()
            #expect((page["entrants"] as? [[String: Any]])?.compactMap { $0["prize"] as? String } == ["first", "participated"])
            #expect((page["contest"] as? [String: Any])?["prizes"] as? Int == 1)
            #expect((page["candidates"] as? [[String: Any]])?.isEmpty == true)

            // The year's figures: three entries (one in December), one prize; equal to a recomputation.
            let figures = try await countersHold(app, f.commune)
            #expect(figures.contestEntrants == 3 && figures.contestPrizes == 1)
            let stats = try await staff.send(.GET, "/api/v1/units/\(f.commune!)/statistics?period=year&year=2026").json()
            #expect(((stats["total"] as? [String: Any])?["training"] as? [String: Any])?["contestPrizes"] as? Int == 1)
            let mine = try await staff.send(.GET, "/api/v1/members/\(f.an!)/training").json()
            #expect((mine["contests"] as? [[String: Any]])?.compactMap { $0["prize"] as? String } == ["first"])

            // Outside the scope: another commune's staff finds nothing; a member of cell A may read
            // the cell but not its people's training; the inspector reads, but records nothing.
            let admin = try await Fixture.admin(app)
            _ = try await AccountService.create(
                app.db, admin, hasher: app.password.async(on: app.threadPool, hopTo: app.eventLoopGroup.any()),
                .init(
                    username: "staff2", password: Fixture.password, displayName: "Văn phòng xã Lăng Can", memberID: nil,
                    role: Role.committeeStaff.rawValue, unitID: f.commune2))
            let staff2 = try await APIClient.login(app, "staff2")
            #expect(try await staff2.send(.GET, "/api/v1/contests/\(contest)").status == .notFound)
            #expect(try await staff2.send(.GET, "/api/v1/units/\(f.commune!)/training").status == .notFound)
            #expect(try await staff2.send(.POST, entrants, json: #"{"members":["\#(f.em!)"]}"#).status == .notFound)
            // An, the cell's secretary here, holds the secretary's role from the office: Ánh is the plain member.
            _ = try await AccountService.create(
                app.db, admin, hasher: app.password.async(on: app.threadPool, hopTo: app.eventLoopGroup.any()),
                .init(
                    username: "dv.anh", password: Fixture.password, displayName: "Đỗ Thị Ánh", memberID: f.anh,
                    role: Role.member.rawValue, unitID: f.cellA))
            let dv = try await APIClient.login(app, "dv.anh")
            #expect(try await dv.send(.GET, "/api/v1/units/\(f.cellA!)/training").status == .forbidden)
            #expect(try await dv.send(.GET, "/api/v1/contests/\(contest)").status == .notFound)
            let inspector = try await APIClient.login(app, "inspector")
            // The inspector's role reads no member's prize (issue 17).
            #expect(try await inspector.send(.GET, "/api/v1/contests/\(contest)").status == .forbidden)
            #expect(try await inspector.send(.POST, "\(entrants)/\(f.an!)", json: #"{"prize":"second"}"#).status == .forbidden)

            let actions = Set(try await AuditEntry.query(on: app.db).filter(\.$entity == "contest").all().map(\.action))
            #expect(actions == ["contest.create", "contest.entrants", "contest.result"])
        }
    }

    @Test func aFormAndABodyAreOneInput() throws {
        func form<T: Decodable>(_ type: T.Type, _ body: String) throws -> T { try URLEncodedFormDecoder().decode(type, from: body) }
        func json<T: Decodable>(_ type: T.Type, _ body: String) throws -> T { try JSONDecoder().decode(type, from: Data(body.utf8)) }
        let id = UUID()
        #expect(try form(MembersInput.self, "members[]=\(id)&members[]=").ids() == [id])
        #expect(try json(MembersInput.self, #"{"members":["\#(id)"]}"#).ids() == [id])
        #expect(try json(MembersInput.self, #"{"members":"\#(id)"}"#).ids() == [id])
        #expect(try json(MembersInput.self, "{}").ids() == [])
        let certificate = CourseAttendance(
            completed: true, certificateNumber: "1/GCN", certificateDate: CivilDate(year: 2026, month: 3, day: 9))
        #expect(
            try form(AttendanceInput.self, "completed=true&certificateNumber=1%2FGCN&certificateDate=2026-03-09").attendance()
                == certificate)
        #expect(
            try json(AttendanceInput.self, #"{"completed":true,"certificateNumber":"1/GCN","certificateDate":"2026-03-09"}"#).attendance()
                == certificate)
        #expect(try form(AttendanceInput.self, "certificateNumber=&certificateDate=").attendance() == CourseAttendance(completed: false))
        let date = #expect(throws: DomainError.self) { try json(AttendanceInput.self, #"{"certificateDate":"31/02/2026"}"#).attendance() }
        #expect(date?.code == "certificateDate.invalid")
        #expect(try form(ContestResultInput.self, "prize=third&note=").result().prize == .third)
        #expect(
            try json(ContestInput.self, #"{"name":"Hội thi","startOn":"2026-09-15","endOn":"2026-09-16"}"#).draft(
                today: CivilDate(year: 2026, month: 11, day: 22)!
            ).year == 2026)
    }

    @Test func thePagesAtTheCommuneAndOnTheMembersRecord() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            try await officers(app, f)
            let b = Browser(app)
            _ = try await b.login("staff")
            #expect(try await b.get("/units/\(f.commune!)").body.string.contains("id=\"training-link\""))
            let list = try await b.get("/units/\(f.commune!)/training?year=2026").body.string
            #expect(list.contains("id=\"new-course\"") && list.contains("id=\"new-contest\""))
            #expect(list.contains("<span id=\"untrained-count\">2/2</span>"))

            // A refused course shows its errors in Vietnamese and what was typed.
            let refused = try await b.post(
                "/units/\(f.commune!)/courses",
                ["kind": "workshop", "topic": "", "organiser": "Ban Tổ chức Huyện ủy", "startOn": "2026-10-05", "endOn": "2026-10-01"])
            #expect(refused.status == .unprocessableEntity)
            let text = refused.body.string
            #expect(text.contains("Chưa nhập chủ đề lớp học.") && text.contains("Ngày kết thúc lớp học không được trước ngày khai giảng."))
            #expect(text.contains("value=\"Ban Tổ chức Huyện ủy\""))
            let saved = try await b.post(
                "/units/\(f.commune!)/courses",
                [
                    "kind": "workshop", "topic": "Tập huấn ghi biên bản sinh hoạt chi bộ", "organiser": "Ban Tổ chức Huyện ủy",
                    "startOn": "2026-10-05", "endOn": "2026-10-06",
                ])
            #expect(saved.status == .seeOther || saved.status == .found, "\(saved.body.string)")
            let course = try #require(try await Course.query(on: app.db).first())
            #expect(try await b.get("/courses/\(course.id!)").body.string.contains("id=\"add-attendees\""))
            _ = try await b.post("/courses/\(course.id!)/attendees", ["members[]": f.binh.uuidString])
            let early = try await b.post(
                "/courses/\(course.id!)/attendees/\(f.binh!)",
                ["completed": "true", "certificateNumber": "5/GCN", "certificateDate": "2026-10-01"])
            #expect(early.status == .unprocessableEntity)
            #expect(early.body.string.contains("Ngày cấp chứng nhận phải từ ngày kết thúc lớp học (06/10/2026) đến hôm nay."))
            let done = try await b.post(
                "/courses/\(course.id!)/attendees/\(f.binh!)",
                ["completed": "true", "certificateNumber": "5/GCN", "certificateDate": "2026-10-08"])
            #expect(done.status == .seeOther || done.status == .found, "\(done.body.string)")
            #expect(try await b.get("/courses/\(course.id!)").body.string.contains("chứng nhận số 5/GCN ngày 08/10/2026"))
            let after = try await b.get("/units/\(f.commune!)/training?year=2026").body.string
            #expect(after.contains("<span id=\"untrained-count\">1/2</span>") && after.contains("Nguyễn Văn An"))
            #expect(try await b.get("/units/\(f.commune!)/statistics").body.string.contains("id=\"tr-completed\""))

            // The member's record: the course, and for An (never trained) the warning.
            let binh = try await b.get("/members/\(f.binh!)").body.string
            #expect(binh.contains("Tập huấn ghi biên bản sinh hoạt chi bộ") && !binh.contains("id=\"needs-training\""))
            #expect(try await b.get("/members/\(f.an!)").body.string.contains("id=\"needs-training\""))

            // A cell's secretary has no training page link on the cell, no forms on the commune's.
            let sec = Browser(app)
            _ = try await sec.login("seca")
            #expect(!(try await sec.get("/units/\(f.cellA!)").body.string.contains("id=\"training-link\"")))
            #expect(try await sec.get("/units/\(f.commune!)/training").status == .notFound)
            #expect(try await sec.get("/courses/\(course.id!)").status == .notFound)
        }
    }

    @Test func theDemoCommuneHasItsCourseContestAndTwoSecretariesWithoutTraining() async throws {
        try await withApp { app in
            _ = try await DemoLoader.load(
                on: app.db, passwordHash: try app.password.hash("demo-password"), actor: Actor(system: "test"), today: app.clock.today,
                force: false)
            let commune = DemoLoader.id("unit:thuong-lam")
            let admin = try await Fixture.admin(app)
            let page = try await TrainingPage.load(app.db, admin, unitID: commune, year: 2026, today: app.clock.today)
            #expect(page.untrained.count == 2 && page.untrained.allSatisfy { $0.office == .secretary && $0.lastTrainedOn == nil })
            #expect(Set(page.untrained.map(\.cellId)) == [DemoLoader.id("unit:cb10"), DemoLoader.id("unit:cb15")])
            #expect(page.courses.count == 1 && page.contests.count == 1)
            #expect(page.courses[0].completed == (page.secretaries ?? 0) - 2)
            #expect(page.contests[0].prizes > 0 && page.figures.contestPrizes == page.contests[0].prizes)
            #expect(page.figures.completed == page.courses[0].completed)
            #expect(try await countersHold(app, commune) == page.figures)
        }
    }

    /// Above a commune the page reads what it shows (issue 20): each direct sub-unit's figures, and
    /// at most a page of the untrained, from at most `walk` cells, flagged when it may not be whole.
    @Test func aProvinceListsSomeCellsSecretariesAndEachSubUnitsFigures() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            try await officers(app, f)
            let admin = try await Fixture.admin(app)
            let today = app.clock.today
            let whole = try await TrainingPage.load(app.db, admin, unitID: f.province!, year: 2026, today: today)
            #expect(Set(whole.untrained.map(\.fullName)) == ["Nguyễn Văn An", "Lò Văn Bình", "Hà Thị Em"])
            #expect(!whole.untrainedCut && whole.secretaries == nil)
            #expect(Set(whole.subUnits.map { "\($0.unitId) \($0.cells)" }) == ["\(f.commune!) 2", "\(f.commune2!) 1"])

            // Two cells walked of three: a part, said so.
            let part = try await TrainingPage.load(app.db, admin, unitID: f.province!, year: 2026, today: today, walk: 2)
            #expect(part.untrainedCut && part.untrained.count == 2)

            // The commune keeps its whole list, counted, without sub-units.
            let commune = try await TrainingPage.load(app.db, admin, unitID: f.commune!, year: 2026, today: today)
            #expect(!commune.untrainedCut && commune.subUnits.isEmpty && commune.secretaries == 2 && commune.untrained.count == 2)

            let b = Browser(app)
            _ = try await b.login("admin")
            let html = try await b.get("/units/\(f.province!)/training").body.string
            #expect(html.contains("id=\"training-subunits\"") && html.contains("<span id=\"untrained-count\">3</span>"))
            #expect(!html.contains("id=\"untrained-cut\""))
            let api = try await APIClient.login(app, "admin")
            let json = try await api.send(.GET, "/api/v1/units/\(f.province!)/training?year=2026").json()
            #expect(json["untrainedCut"] as? Bool == false && json["secretaries"] == nil)
            #expect((json["subUnits"] as? [[String: Any]])?.count == 2)
        }
    }

    /// The error of a refused search, in the language asked for.
    func searchError(_ app: Application, _ path: String, language: String) async throws -> (HTTPStatus, String, String) {
        let api = try await APIClient.login(app, "admin")
        var out: (HTTPStatus, String, String) = (.ok, "", "")
        try await app.testing().test(
            .GET, path,
            beforeRequest: { req in
                req.headers.bearerAuthorization = BearerAuthorization(token: api.token)
                req.headers.replaceOrAdd(name: .acceptLanguage, value: language)
            },
            afterResponse: { res in
                out = (
                    res.status, try res.content.get(String.self, at: "error", "code"),
                    try res.content.get(String.self, at: "error", "message")
                )
            })
        return out
    }

    /// Above `SubtreeChoice.listedCells` cells (here forced to none) a course and a contest search
    /// whom to add, by name (diacritics folded), card number or, for a contest, a cell's name or
    /// code, instead of listing the subtree; a text searches whatever the size; a small unit keeps
    /// its whole list; only the chosen ids are checked when added.
    @Test func aLargeUnitsCourseAndContestSearchWhomToAdd() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            try await officers(app, f)
            let admin = try await Fixture.admin(app)
            let today = app.clock.today
            let api = try await APIClient.login(app, "admin")
            let made = try await api.send(
                .POST, "/api/v1/units/\(f.province!)/courses",
                json:
                    #"{"kind":"party_work","topic":"Nghiệp vụ công tác đảng","organiser":"Ban Tổ chức Tỉnh ủy","startOn":"2026-03-02","endOn":"2026-03-06"}"#
            )
            #expect(made.status == .created, "\(made.body.string)")
            let small = try made.json()
            let course = try #require(UUID(uuidString: (small["course"] as? [String: Any])?["id"] as? String ?? ""))
            // A small province: every member of its cells listed, the secretaries first, no search.
            #expect(small["candidateSearch"] == nil)
            let listed = (small["candidates"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
            #expect(Set(listed) == Set([f.an, f.anh, f.binh, f.em].map { $0!.uuidString }) && listed.last == f.anh!.uuidString)

            // Above the bound: nothing read before a text; then whom the text finds, secretaries first.
            let before = try await CoursePage.load(app.db, admin, id: course, today: today, listedCells: 0)
            #expect(before.candidates.isEmpty && before.candidateSearch == ChoiceSearch(q: nil, more: false))
            let van = try await CoursePage.load(app.db, admin, id: course, today: today, q: "văn", listedCells: 0)
            #expect(Set(van.candidates.map(\.id)) == [f.an, f.binh] && van.candidates.allSatisfy { $0.office == .secretary })
            let thi = try await CoursePage.load(app.db, admin, id: course, today: today, q: "thi", listedCells: 0)
            #expect(thi.candidates.map(\.id) == [f.em, f.anh] && thi.candidates.map(\.office) == [.secretary, nil])
            #expect(thi.candidates.first?.cellName == "Chi bộ thôn Nà Đông")
            let card = try await CoursePage.load(app.db, admin, id: course, today: today, q: "22000002", listedMembers: 0)
            #expect(card.candidates.map(\.id) == [f.anh] && card.candidateSearch?.q == "22000002")

            // The API twin: `q` searches (folded diacritics), whatever the size; the taken are not offered.
            let path = "/api/v1/courses/\(course)"
            let lo = try await api.send(.GET, "\(path)?q=l%C3%B2%20van").json()
            #expect((lo["candidates"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == [f.binh!.uuidString])
            #expect((lo["candidateSearch"] as? [String: Any])?["q"] as? String == "lò van")
            #expect(try await api.send(.POST, "\(path)/attendees", json: #"{"members":["\#(f.binh!)"]}"#).status == .ok)
            let taken = try await api.send(.GET, "\(path)?q=lo%20van").json()
            #expect((taken["candidates"] as? [[String: Any]])?.isEmpty == true)

            // Outside the scope: the commune's course finds no one of commune 2, nor adds them.
            let staff = try await APIClient.login(app, "staff")
            let local = try await staff.send(
                .POST, "/api/v1/units/\(f.commune!)/courses",
                json: #"{"kind":"workshop","topic":"Tập huấn","organiser":"Đảng ủy xã","startOn":"2026-03-02","endOn":"2026-03-06"}"#)
            let localID = (try local.json()["course"] as? [String: Any])?["id"] as! String
            let em = try await staff.send(.GET, "/api/v1/courses/\(localID)?q=ha%20thi%20em").json()
            #expect((em["candidates"] as? [[String: Any]])?.isEmpty == true)
            let outside = try await staff.send(.POST, "/api/v1/courses/\(localID)/attendees", json: #"{"members":["\#(f.em!)"]}"#)
            #expect(try codes(outside) == ["members.invalid"])
            #expect(try await staff.send(.GET, "\(path)?q=em").status == .notFound)

            // A contest: secretaries and deputies only, found by their names or their cells' names or codes.
            let contestMade = try await api.send(
                .POST, "/api/v1/units/\(f.province!)/contests",
                json: #"{"name":"Hội thi Bí thư chi bộ giỏi","startOn":"2026-09-15","endOn":"2026-09-16"}"#)
            let contest = try #require(UUID(uuidString: (try contestMade.json()["contest"] as? [String: Any])?["id"] as? String ?? ""))
            let whole = try await ContestPage.load(app.db, admin, id: contest, today: today)
            #expect(whole.candidateSearch == nil && Set(whole.candidates.map(\.id)) == [f.an, f.binh, f.em])
            let none = try await ContestPage.load(app.db, admin, id: contest, today: today, listedCells: 0)
            #expect(none.candidates.isEmpty && none.candidateSearch == ChoiceSearch(q: nil, more: false))
            let byCell = try await ContestPage.load(app.db, admin, id: contest, today: today, q: "Nà Thuôn", listedCells: 0)
            #expect(byCell.candidates.map(\.id) == [f.an])
            let byCode = try await ContestPage.load(app.db, admin, id: contest, today: today, q: "cb01", listedCells: 0)
            #expect(Set(byCode.candidates.map(\.id)) == [f.an, f.em])
            let byName = try await ContestPage.load(app.db, admin, id: contest, today: today, q: "do thi anh", listedCells: 0)
            #expect(byName.candidates.isEmpty, "Ánh is no secretary")
            let json = try await api.send(.GET, "/api/v1/contests/\(contest)?q=em").json()
            #expect((json["candidates"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == [f.em!.uuidString])
            // Only the chosen ids are checked: a member who is no secretary, one of another province are refused.
            let entrants = "/api/v1/contests/\(contest)/entrants"
            #expect(try codes(try await api.send(.POST, entrants, json: #"{"members":["\#(f.anh!)"]}"#)) == ["members.notSecretary"])
            #expect(try await api.send(.POST, entrants, json: #"{"members":["\#(f.an!)","\#(f.em!)"]}"#).status == .ok)
            #expect(Set(try await ContestEntrant.query(on: app.db).all().map(\.$cell.id)) == [f.cellA, f.cellE])

            // Bad input: a clear error in the reader's language, never a 500; the page keeps its state.
            let symbols = try await searchError(app, "\(path)?q=%25%25%25", language: "vi")
            #expect(symbols == (.unprocessableEntity, "q.invalid", "Gõ họ tên, số thẻ đảng viên hoặc tên chi bộ để tìm."))
            let long = String(repeating: "a", count: SubtreeChoice.maxQuery + 1)
            let english = try await searchError(app, "/api/v1/contests/\(contest)?q=\(long)", language: "en")
            #expect(
                english == (.unprocessableEntity, "q.tooLong", "The search is too long (at most \(SubtreeChoice.maxQuery) characters)."))
            let b = Browser(app)
            _ = try await b.login("admin")
            let refused = try await b.get("/courses/\(course)?q=%25%25")
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Gõ họ tên, số thẻ đảng viên hoặc tên chi bộ để tìm."))
            #expect(refused.body.string.contains("id=\"attendees\""))

            // The page: a GET form that keeps working without JavaScript, its results as boxes to tick.
            let page = try await b.get("/courses/\(course)?q=nguyen").body.string
            #expect(page.contains("<form id=\"candidate-search\" class=\"search\" method=\"get\""))
            #expect(
                page.contains("value=\"nguyen\"") && page.contains("id=\"candidate-results\"")
                    && page.contains(f.an!.uuidString.lowercased()))
            #expect(page.contains("gõ họ tên (có dấu hoặc không dấu) hoặc số thẻ đảng viên"))
            let nobody = try await b.get("/contests/\(contest)?q=zzz").body.string
            #expect(nobody.contains("id=\"candidate-none\"") && nobody.contains("id=\"candidate-search\""))
            // Without a text a small unit's page is as it was: the list, no search box.
            let plain = try await b.get("/contests/\(contest)").body.string
            #expect(!plain.contains("id=\"candidate-search\"") && plain.contains("id=\"candidate-officers\""))
        }
    }
}
