import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import ChiBoApp
@testable import ChiBoCore

/// The demo commune's year has people at every stage of party life, its statistics show them,
/// and they agree with a recomputation from the rows.
@Suite struct DemoLifeTests {
    @Test func theDemoYearHasEveryStage() async throws {
        try await withApp { app in
            let today = app.clock.today
            _ = try await DemoLoader.load(on: app.db, passwordHash: "x", actor: Actor(system: "test"), today: today, force: false)
            let commune = DemoLoader.id("unit:thuong-lam")
            let year = ReportPeriod.year(today.year)
            let stored = try await RollupService.stored(app.db as! any SQLDatabase, units: [commune])[commune] ?? [:]
            let figures = CellFigures.derive(rows: stored, period: year, today: today)
            let naive = try await StatisticsService.naive(app.db, unitID: commune, period: year, today: today).total
            #expect(figures == naive)
            let p = figures.partyLife
            let page = try await RecruitmentPage.load(
                app.db, Fixture.admin(app), unitID: commune, today: today, language: .vi)
            #expect(page.cases.count == 5)
            #expect(page.cases.contains { $0.deadline != nil && $0.deadline?.overdue == false })
            #expect(page.recognitions.contains { $0.deadline?.overdue == true }, "an overdue recognition is listed")
            #expect(page.transfers.count == 1 && page.transfers.first?.deadline.overdue == false, "a move away, its transfer due")
            let out = try #require(try await Member.query(on: app.db).filter(\.$leftKind == .transferredOut).first())
            #expect(out.movedOn != nil && out.movedOn! < out.leftDate!, "the transfer out came after the move")

            // The one who died is on no roll after the day; the new member only from the ceremony.
            let dead = try #require(try await Member.query(on: app.db).filter(\.$leftKind == .death).first())
            let after = try await MeetingAttendance.query(on: app.db).filter(\.$member.$id == dead.id!).join(
                Meeting.self, on: \MeetingAttendance.$meeting.$id == \Meeting.$id
            )
            .filter(Meeting.self, \.$date >= dead.leftDate!).count()
            #expect(after == 0)
            let admitted = try #require(
                try await Sympathiser.query(on: app.db).filter(\.$status == .admitted).filter(\.$fullName == "Hoàng Văn Tuấn").first())
            let ceremony = try #require(
                try await AdmissionStepRecord.query(on: app.db).filter(\.$sympathiser.$id == admitted.id!)
                    .filter(\.$step == .ceremony).first())
            let early = try await MeetingAttendance.query(on: app.db).filter(\.$member.$id == admitted.$member.id!)
                .join(Meeting.self, on: \MeetingAttendance.$meeting.$id == \Meeting.$id).filter(Meeting.self, \.$date < ceremony.date)
                .count()
            #expect(early == 0)
            let resolution = try #require(
                try await AdmissionStepRecord.query(on: app.db).filter(\.$sympathiser.$id == admitted.id!)
                    .filter(\.$step == .cellResolution).first())
            #expect(resolution.voteID != nil, "the cell's resolution is its admission vote")
            // The admitted member's file is complete (the admission's last step), the decision's scan on it.
            let memberFile = try await AdmissionStepRecord.query(on: app.db).filter(\.$sympathiser.$id == admitted.id!)
                .filter(\.$step == .memberFile).first()
            #expect(memberFile.map { $0.date > ceremony.date } == true)
            #expect(page.memberFiles.map(\.fullName) == ["Lường Thị Nga"], "admitted twelve days ago, her file still to complete")
            let scan = try await FileDocument.query(on: app.db).filter(\.$sympathiser.$id == admitted.id!).all()
            #expect(scan.count == 1 && scan.first?.target == .admissionStep && scan.first?.contentType == "application/pdf")

            // The three-months rule's drill-down names the truant, already struck off.
            _ = try await Fixture.admin(app)
            let b = Browser(app)
            _ = try await b.login("admin")
            let cb06 = try await b.get("/units/\(DemoLoader.id("unit:cb06"))/statistics").body.string
            #expect(cb06.contains("id=\"strike-off\""))
            #expect(cb06.contains("đã ra khỏi Đảng"))
        }
    }
}
