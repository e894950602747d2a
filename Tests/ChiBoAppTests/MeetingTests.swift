import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import ChiBoApp
@testable import ChiBoCore

/// A cell's meeting from plan to locked minutes, over the API.
@Suite struct MeetingTests {
    func body(_ res: TestingHTTPResponse) throws -> [String: Any] { try res.json() }

    @Test func aWholeMeetingFromPlanToLockedMinutes() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let admin = try await Fixture.admin(app)
            // Ánh (probationary) gets an account to check in from her phone.
            _ = try await AccountService.create(
                app.db, admin, hasher: app.password.async(on: app.threadPool, hopTo: app.eventLoopGroup.any()),
                .init(
                    username: "dv.anh", password: Fixture.password, displayName: nil, memberID: f.anh,
                    role: "member", unitID: f.cellA))
            let sec = try await APIClient.login(app, "seca")
            let today = app.clock.today

            // Plan the year: 12 regular meetings and the quarters' thematic ones.
            let plan = try await sec.send(
                .POST, "/api/v1/units/\(f.cellA!)/meetings/plan",
                json:
                    #"{"year":\#(today.year + 1),"day":5,"time":"19:30","location":"Nhà văn hóa thôn","themes":["Học tập Chỉ thị 05","Chuyển đổi số",null,"Xây dựng nông thôn mới"]}"#
            )
            #expect(plan.status == .ok)
            #expect((try body(plan)["items"] as? [[String: Any]])?.count == 15)
            let again = try await sec.send(.POST, "/api/v1/units/\(f.cellA!)/meetings/plan", json: #"{"year":\#(today.year + 1),"day":5}"#)
            #expect((try body(again)["items"] as? [[String: Any]])?.count == 0)

            // Today's meeting, announced late (the same day): a warning, not a refusal.
            let created = try await sec.send(
                .POST, "/api/v1/units/\(f.cellA!)/meetings",
                json: #"{"kind":"regular","date":"\#(today.iso)","time":"07:30","location":"Nhà văn hóa"}"#)
            #expect(created.status == .created)
            let id = try body(created)["id"] as! String
            let notice = try await sec.send(.POST, "/api/v1/meetings/\(id)/notify")
            #expect(try body(notice)["late"] as? Bool == true)

            // Another cell's secretary cannot see it.
            let secb = try await APIClient.login(app, "secb")
            #expect(try await secb.send(.GET, "/api/v1/meetings/\(id)").status == .notFound)

            // Open: the roll comes from membership on the day; the agenda from the template.
            let opened = try body(try await sec.send(.POST, "/api/v1/meetings/\(id)/open"))
            let roll = opened["roll"] as? [[String: Any]] ?? []
            #expect(roll.count == 2)
            #expect((opened["agenda"] as? [[String: Any]])?.count == 10)
            let code = opened["checkinCode"] as! String

            // Ánh checks in from her phone: a wrong code is refused, the right one works.
            let anh = try await APIClient.login(app, "dv.anh")
            #expect(
                try await anh.send(.POST, "/api/v1/meetings/\(id)/checkin", json: #"{"code":"999999x"}"#).status == .unprocessableEntity)
            let checked = try await anh.send(.POST, "/api/v1/meetings/\(id)/checkin", json: #"{"code":"\#(code)"}"#)
            #expect(checked.status == .ok)
            #expect(["present", "late"].contains(try body(checked)["attendance"] as? String))
            #expect(try await anh.send(.GET, "/api/v1/meetings/\(id)").status == .ok)
            #expect(try body(try await anh.send(.GET, "/api/v1/meetings/\(id)"))["checkinCode"] == nil)

            // The secretary marks An present, records a guest, a speech and a conclusion.
            let mark = try await sec.send(.PUT, "/api/v1/meetings/\(id)/attendance/\(f.an!)", json: #"{"attendance":"excused"}"#)
            #expect(mark.status == .unprocessableEntity) // a reason is needed
            #expect(
                try await sec.send(.PUT, "/api/v1/meetings/\(id)/attendance/\(f.an!)", json: #"{"attendance":"present"}"#).status == .ok)
            #expect(
                try await sec.send(
                    .POST, "/api/v1/meetings/\(id)/guests",
                    json: #"{"name":"Ma Thị Hòa","position":"Đảng ủy viên, phụ trách chi bộ","fromSuperior":true}"#
                ).status == .created)
            let items = try body(try await sec.send(.GET, "/api/v1/meetings/\(id)"))["agenda"] as! [[String: Any]]
            let item = items[3]["id"] as! String
            #expect(
                try await sec.send(
                    .POST, "/api/v1/meetings/\(id)/agenda/\(item)/speeches",
                    json: #"{"memberId":"\#(f.an!)","content":"Đề nghị sửa đường liên thôn trước mùa mưa."}"#
                ).status == .created)
            #expect(
                try await sec.send(
                    .PUT, "/api/v1/meetings/\(id)/agenda/\(item)/conclusion",
                    json: #"{"conclusion":"Giao đồng chí An báo cáo xã."}"#
                ).status == .noContent)

            // Vote: only An (official, present) counts; Ánh is probationary.
            let vote = try body(
                try await sec.send(
                    .POST, "/api/v1/meetings/\(id)/votes", json: #"{"kind":"resolution","subject":"Thông qua nghị quyết tháng"}"#))
            let voteID = vote["id"] as! String
            let over = try await sec.send(.POST, "/api/v1/meetings/\(id)/votes/\(voteID)/tally", json: #"{"inFavour":2,"against":0}"#)
            #expect(over.status == .unprocessableEntity)
            let decided = try body(
                try await sec.send(.POST, "/api/v1/meetings/\(id)/votes/\(voteID)/tally", json: #"{"inFavour":1,"against":0}"#))
            #expect(decided["passed"] as? Bool == true)
            #expect(decided["base"] as? Int == 1)
            #expect((decided["explanation"] as? String)?.contains("Đạt") == true)

            // A task for An, on his own list.
            let due = today.adding(days: 30).iso
            let task = try await sec.send(
                .POST, "/api/v1/meetings/\(id)/tasks",
                json: #"{"memberId":"\#(f.an!)","description":"Vận động đóng góp làm đường","dueDate":"\#(due)"}"#)
            #expect(task.status == .created)

            // End, fill the minutes, approve: numbered and locked.
            #expect(try await sec.send(.POST, "/api/v1/meetings/\(id)/approve").status == .conflict)
            let ended = try body(try await sec.send(.POST, "/api/v1/meetings/\(id)/end"))
            #expect((ended["meeting"] as? [String: Any])?["status"] as? String == "ended")
            #expect(try await anh.send(.POST, "/api/v1/meetings/\(id)/checkin", json: #"{"code":"\#(code)"}"#).status == .conflict)
            let missing = try await sec.send(.POST, "/api/v1/meetings/\(id)/approve")
            #expect(missing.status == .unprocessableEntity)
            #expect(
                try await sec.send(
                    .PATCH, "/api/v1/meetings/\(id)/minutes",
                    json: """
                        {"startedAt":"\(today.iso)T07:30","endedAt":"\(today.iso)T08:30","chairName":"Nguyễn Văn An","secretaryName":"Đỗ Thị Ánh","qualityScore":85,"results":"Hoàn thành các chỉ tiêu tháng.","nextTasks":"Làm đường liên thôn."}
                        """
                ).status == .ok)
            let locked = try body(try await sec.send(.POST, "/api/v1/meetings/\(id)/approve"))
            let meeting = locked["meeting"] as! [String: Any]
            #expect(meeting["status"] as? String == "locked")
            #expect(meeting["quality"] as? String == "fair")
            #expect((locked["duration"] as? [String: Any])?["minutes"] as? Int == 60)
            let records = locked["records"] as! [[String: Any]]
            #expect(records.count == 1)
            #expect(records[0]["docNumber"] as? String == "Số 01-BB/CB01 | Số 01-NQ/CB01")

            // Locked: edits are refused and nothing changes.
            #expect(try await sec.send(.PATCH, "/api/v1/meetings/\(id)/minutes", json: #"{"chairName":"Người khác"}"#).status == .conflict)
            #expect(
                try await sec.send(.PUT, "/api/v1/meetings/\(id)/attendance/\(f.an!)", json: #"{"attendance":"unexcused"}"#).status
                    == .conflict)
            #expect(try await Meeting.find(UUID(uuidString: id), on: app.db)?.chairName == "Nguyễn Văn An")

            // An amendment is chained after the minutes; the chain verifies.
            let amendment = try await sec.send(
                .POST, "/api/v1/meetings/\(id)/amendments", json: #"{"text":"Đính chính: thời gian kết thúc 08 giờ 40."}"#)
            #expect(amendment.status == .created)
            #expect(try body(amendment)["prevHash"] as? String == records[0]["hash"] as? String)
            #expect(try await MinutesService.verify(app.db).problems.isEmpty)

            // Tampering is detected, in the record or in the meeting's tables.
            let sql = app.db as! any SQLDatabase
            try await sql.raw("UPDATE meetings SET chair_name = 'Kẻ giả mạo' WHERE id = \(bind: UUID(uuidString: id)!)").run()
            #expect(try await MinutesService.verify(app.db).problems.count == 1)
            try await sql.raw("UPDATE locked_records SET content = replace(content, 'Nguyễn Văn An', 'Người khác') WHERE sequence = 1")
                .run()
            #expect(try await MinutesService.verify(app.db).problems.count >= 2)
        }
    }

    @Test func phoneVotesCountOnlyEligibleMembers() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let admin = try await Fixture.admin(app)
            let hasher = app.password.async(on: app.threadPool, hopTo: app.eventLoopGroup.any())
            _ = try await AccountService.create(
                app.db, admin, hasher: hasher,
                .init(
                    username: "dv.anh", password: Fixture.password,
                    displayName: nil, memberID: f.anh, role: "member", unitID: f.cellA))
            let sec = try await APIClient.login(app, "seca")
            let created = try await sec.send(
                .POST, "/api/v1/units/\(f.cellA!)/meetings", json: #"{"kind":"regular","date":"\#(app.clock.today.iso)"}"#)
            let id = try created.json()["id"] as! String
            let code = try (try await sec.send(.POST, "/api/v1/meetings/\(id)/open")).json()["checkinCode"] as! String
            let an = try await APIClient.login(app, "dv.an")
            let anh = try await APIClient.login(app, "dv.anh")
            #expect(try await an.send(.POST, "/api/v1/meetings/\(id)/checkin", json: #"{"code":"\#(code)"}"#).status == .ok)
            #expect(try await anh.send(.POST, "/api/v1/meetings/\(id)/checkin", json: #"{"code":"\#(code)"}"#).status == .ok)
            let vote = try
                (try await sec.send(
                    .POST, "/api/v1/meetings/\(id)/votes",
                    json: #"{"kind":"recognition","subjectMemberId":"\#(f.anh!)","mode":"phones"}"#)).json()
            let voteID = vote["id"] as! String
            #expect(
                try await an.send(.POST, "/api/v1/meetings/\(id)/votes/\(voteID)/ballots", json: #"{"choice":"for"}"#).status == .noContent)
            #expect(
                try await anh.send(.POST, "/api/v1/meetings/\(id)/votes/\(voteID)/ballots", json: #"{"choice":"for"}"#).status == .forbidden
            )
            let closed = try (try await sec.send(.POST, "/api/v1/meetings/\(id)/votes/\(voteID)/close")).json()
            #expect(closed["inFavour"] as? Int == 1)
            #expect(closed["passed"] as? Bool == true)
            #expect(closed["subject"] as? String == "Công nhận đảng viên chính thức: Đỗ Thị Ánh")
        }
    }

    @Test func aVoteFailingThreeTimesIsFlaggedForEscalation() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let sec = try await APIClient.login(app, "seca")
            var last: [String: Any] = [:]
            for _ in 1...3 {
                let created = try await sec.send(
                    .POST, "/api/v1/units/\(f.cellA!)/meetings", json: #"{"kind":"extraordinary","date":"\#(app.clock.today.iso)"}"#)
                let id = try created.json()["id"] as! String
                _ = try await sec.send(.POST, "/api/v1/meetings/\(id)/open")
                _ = try await sec.send(.PUT, "/api/v1/meetings/\(id)/attendance/\(f.an!)", json: #"{"attendance":"present"}"#)
                let vote = try
                    (try await sec.send(
                        .POST, "/api/v1/meetings/\(id)/votes",
                        json: #"{"kind":"discipline","subject":"Kỷ luật khiển trách đồng chí X"}"#)).json()
                last = try
                    (try await sec.send(
                        .POST, "/api/v1/meetings/\(id)/votes/\(vote["id"] as! String)/tally",
                        json: #"{"inFavour":0,"against":1}"#)).json()
            }
            #expect(last["attempt"] as? Int == 3)
            #expect(last["escalate"] as? Bool == true)
        }
    }

    @Test func voteCalculatorReplaysCharterCases() async throws {
        try await withApp { app in
            // 12 official: 8 present, 1 absent with reason, 1 absent without, 1 exempt absent, 1 away; 2 probationary present.
            let roll = """
                [\(Array(repeating: #"{"status":"official","exempt":false,"suspended":false,"attendance":"present"}"#, count: 8).joined(separator: ",")),
                 {"status":"official","exempt":false,"suspended":false,"attendance":"excused"},
                 {"status":"official","exempt":false,"suspended":false,"attendance":"unexcused"},
                 {"status":"official","exempt":true,"suspended":false,"attendance":"excused"},
                 {"status":"official","exempt":false,"transfer":"out","suspended":false},
                 {"status":"probationary","exempt":false,"suspended":false,"attendance":"present"},
                 {"status":"probationary","exempt":false,"suspended":false,"attendance":"present"}]
                """
            var result: [String: Any] = [:]
            try await app.testing().test(
                .POST, "/api/v1/votes/calculate",
                beforeRequest: { req in
                    req.headers.contentType = .json
                    req.body = ByteBuffer(string: #"{"kind":"admission","roll":\#(roll),"inFavour":6,"against":2}"#)
                },
                afterResponse: { res in
                    #expect(res.status == .ok)
                    result = try res.json()
                })
            #expect(result["base"] as? Int == 9) // 12 − 1 away − 1 exempt absent − 1 excused
            #expect(result["minimumInFavour"] as? Int == 6)
            #expect(result["passed"] as? Bool == true)
            try await app.testing().test(
                .POST, "/api/v1/votes/calculate",
                beforeRequest: { req in
                    req.headers.contentType = .json
                    req.body = ByteBuffer(string: #"{"kind":"resolution","roll":\#(roll),"inFavour":9,"against":0}"#)
                },
                afterResponse: { res in
                    #expect(res.status == .unprocessableEntity) // only 8 official members present may vote
                })
        }
    }
}

/// The same cycle through the pages a secretary and a member use.
@Suite struct MeetingPageTests {
    @Test func secretaryRunsAMeetingAndAMemberChecksInFromThePhone() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let today = app.clock.today
            let sec = Browser(app)
            _ = try await sec.login("seca")
            let list = try await sec.get("/units/\(f.cellA!)/meetings")
            #expect(list.status == .ok)
            #expect(list.body.string.contains("id=\"obligations\""))
            let bad = try await sec.post("/units/\(f.cellA!)/meetings", ["kind": "thematic", "date": today.iso])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("Chưa nhập chủ đề sinh hoạt chuyên đề."))
            let made = try await sec.post(
                "/units/\(f.cellA!)/meetings",
                [
                    "kind": "regular", "date": today.iso, "time": "19:30",
                    "location": "Nhà văn hóa thôn Nà Thuôn",
                ])
            #expect(made.status == .seeOther)
            let path = made.headers.first(name: .location)!
            _ = try await sec.get(path)
            let notified = try await sec.post(path + "/notify", [:])
            #expect(notified.body.string.contains("Đã thông báo, nhưng muộn"))
            // The member sees the notice on the home page.
            let member = Browser(app)
            _ = try await member.login("dv.an")
            #expect(try await member.get("/").body.string.contains("id=\"notices\""))
            _ = try await sec.post(path + "/open", [:])
            let page = try await sec.get(path).body.string
            let code = String(page[page.range(of: "id=\"checkin-code\"><small>Mã điểm danh</small><div>")!.upperBound...].prefix(6))
            // Check-in from the member's phone.
            _ = try await member.get(path)
            let wrong = try await member.post(path + "/checkin", ["code": "000000" == code ? "111111" : "000000"])
            #expect(wrong.status == .unprocessableEntity)
            #expect(wrong.body.string.contains("Mã điểm danh không đúng."))
            let right = try await member.post(path + "/checkin", ["code": code])
            #expect(right.body.string.contains("Đã điểm danh."))
            // The secretary records the probationary member's absence with a reason, then ends and approves.
            _ = try await sec.get(path)
            let noReason = try await sec.post(path + "/attendance", ["a.\(f.anh!)": "excused", "rest": "present"])
            #expect(noReason.status == .unprocessableEntity)
            #expect(noReason.body.string.contains("Chưa nhập lý do vắng của Đỗ Thị Ánh."))
            let mark = try await sec.post(
                path + "/attendance", ["a.\(f.anh!)": "excused", "r.\(f.anh!)": "Đi công tác", "rest": "present"])
            #expect(mark.status == .seeOther)
            let roll = try await MeetingService.roll(app.db, meetingID: UUID(uuidString: String(path.dropFirst("/meetings/".count)))!)
            #expect(roll.map { $0.attendance?.rawValue }.sorted { ($0 ?? "") < ($1 ?? "") } == ["excused", "present"])
            _ = try await sec.post(path + "/end", [:])
            _ = try await sec.get(path)
            let refused = try await sec.post(path + "/approve", [:])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Chưa nhập người chủ trì."))
            _ = try await sec.post(
                path + "/minutes", ["chairName": "Nguyễn Văn An", "secretaryName": "Nguyễn Văn An", "qualityScore": "92"])
            let approved = try await sec.post(path + "/approve", [:])
            #expect(approved.status == .seeOther)
            let locked = try await sec.get(path).body.string
            #expect(locked.contains("Biên bản đã thông qua"))
            #expect(locked.contains("Số 01-BB/CB01"))
            #expect(!locked.contains("id=\"minutes-form\""))
            // Another cell's secretary gets nothing.
            let other = Browser(app)
            _ = try await other.login("secb")
            #expect(try await other.get(path).status == .notFound)
        }
    }
}
