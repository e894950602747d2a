import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import ChiBoApp
@testable import ChiBoCore

/// A cell's party fees month by month over the API and the page: recorded together, refused
/// whole, in the statistics, and feeding the striking-off rule.
@Suite struct FeeTests {
    @Test func aCellRecordsItsFeesAndTheStatisticsFollow() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let sec = try await APIClient.login(app, "seca")
            for month in ["2026-08", "2026-09", "2026-10"] {
                let res = try await sec.send(
                    .PUT, "/api/v1/units/\(f.cellA!)/fees",
                    json: #"""
                        {"month":"\#(month)","entries":[
                          {"memberId":"\#(f.an!)","amount":49600,"paid":true,"paidOn":"\#(month)-05"},
                          {"memberId":"\#(f.anh!)","amount":30000,"paid":false}]}
                        """#)
                #expect(res.status == .ok, "\(res.body.string)")
            }
            let sheet = try await sec.send(.GET, "/api/v1/units/\(f.cellA!)/fees?month=2026-10").json()
            #expect(sheet["collected"] as? Int == 49600)
            #expect(sheet["unpaid"] as? Int == 1)
            // Refused whole: a negative amount, and a member of another cell.
            let bad = try await sec.send(
                .PUT, "/api/v1/units/\(f.cellA!)/fees",
                json: #"""
                    {"month":"2026-11","entries":[
                      {"memberId":"\#(f.an!)","amount":49600,"paid":true},
                      {"memberId":"\#(f.anh!)","amount":-5,"paid":true}]}
                    """#)
            #expect(bad.status == .unprocessableEntity)
            let other = try await sec.send(
                .PUT, "/api/v1/units/\(f.cellA!)/fees", json: #"{"month":"2026-11","entries":[{"memberId":"\#(f.binh!)","amount":1000}]}"#)
            #expect(other.status == .unprocessableEntity)
            let twice = try await sec.send(
                .PUT, "/api/v1/units/\(f.cellA!)/fees",
                json: #"{"month":"2026-11","entries":[{"memberId":"\#(f.an!)","amount":1000},{"memberId":"\#(f.an!)","amount":2000}]}"#)
            #expect(twice.status == .unprocessableEntity)
            let badDay = try await sec.send(
                .PUT, "/api/v1/units/\(f.cellA!)/fees",
                json: #"{"month":"2026-11","entries":[{"memberId":"\#(f.an!)","amount":1000,"paid":true,"paidOn":"2026-02-30"}]}"#)
            #expect(badDay.status == .unprocessableEntity)
            #expect(try await PartyFee.query(on: app.db).filter(\.$month == "2026-11").count() == 0, "nothing half-written")
            #expect(
                try await sec.send(.GET, "/api/v1/units/\(f.cellA!)/fees?month=2026-13").status == .unprocessableEntity)
            let secb = try await APIClient.login(app, "secb")
            #expect(try await secb.send(.GET, "/api/v1/units/\(f.cellA!)/fees").status == .notFound)

            let staff = try await APIClient.login(app, "staff")
            let stats = try await staff.send(.GET, "/api/v1/units/\(f.commune!)/statistics?period=year&year=2026").json()
            let total = stats["total"] as? [String: Any]
            let life = total?["partyLife"] as? [String: Any]
            #expect(life?["feesCollected"] as? Int == 3 * 49600)
            #expect(life?["feesUnpaid"] as? Int == 3)
            #expect(total?["membersAtStrikeOffRule"] as? Int == 1, "three unpaid months in the year")
        }
    }

    @Test func theSecretarysFeePage() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let b = Browser(app)
            _ = try await b.login("seca")
            let page = try await b.get("/units/\(f.cellA!)/fees?month=2026-10")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("id=\"fees-form\""))
            let id = f.an!.uuidString, anh = f.anh!.uuidString
            let saved = try await b.post(
                "/units/\(f.cellA!)/fees",
                [
                    "month": "2026-10", "amount.\(id)": "49600", "relief.\(id)": "none", "paid.\(id)": "true", "amount.\(anh)": "0",
                    "relief.\(anh)": "exempt", "paidOn": "2026-10-05",
                ])
            #expect(saved.status == .seeOther)
            #expect(try await b.get("/units/\(f.cellA!)/fees?month=2026-10").body.string.contains("49.600 đ"))
            let refused = try await b.post(
                "/units/\(f.cellA!)/fees", ["month": "2026-10", "amount.\(anh)": "5000", "relief.\(anh)": "exempt"])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("miễn đóng"))
        }
    }
}
