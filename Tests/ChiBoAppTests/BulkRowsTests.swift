import ChiBoCore
import Fluent
import Foundation
import Testing

@testable import ChiBoApp

/// The import writes members and their periods many to a statement (`BulkRow`), past Fluent's
/// per-model reflection: each type's columns are its model's every field, and a row written so
/// reads back equal to the model it came from.
@Suite struct BulkRowsTests {
    @Test func theColumnsAreEveryFieldOfTheModel() {
        func check<M: BulkRow>(_: M.Type) {
            #expect(M.bulkColumns.count == Set(M.bulkColumns).count, "\(M.schema): a column twice")
            #expect(Set(M.bulkColumns) == Set(M.keys.map(\.description)), "\(M.schema)")
        }
        check(Member.self)
        check(MemberUnitPeriod.self)
        check(MemberStatusPeriod.self)
    }

    @Test func aRowWrittenInBulkReadsBackAsItsModel() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let source = try #require(try await Member.find(f.an, on: app.db))
            let member = Member(
                id: UUID(), unitID: f.cellB,
                facts: MemberFacts(
                    fullName: "Hoàng Thị Ngọc", birthDate: source.birthDate, gender: .female, cardNumber: "99000111",
                    admissionDate: source.admissionDate, officialDate: source.officialDate, status: source.status, phone: "0912 345 678"))
            member.ethnicity = "Tày"
            member.homeTown = "Cao Bằng"
            member.exemptionKind = .temporary
            member.exemptionDate = CivilDate(year: 2026, month: 3, day: 2)
            member.exemptionReason = "Đi làm xa"
            member.transferDirection = .outgoing
            member.transferFrom = CivilDate(year: 2026, month: 4, day: 1)
            member.transferUntil = CivilDate(year: 2026, month: 10, day: 1)
            member.transferPlace = "Hà Nội"
            member.leftDate = CivilDate(year: 2026, month: 11, day: 1)
            member.leftKind = .struckOff
            member.movedOn = CivilDate(year: 2026, month: 9, day: 1)
            member.movedTo = "Đà Nẵng"
            let unitPeriod = MemberUnitPeriod(memberID: member.id!, unitID: f.cellB, from: member.admissionDate, note: "Nhập danh sách")
            unitPeriod.id = UUID()
            unitPeriod.untilDate = CivilDate(year: 2026, month: 11, day: 1)
            let status = MemberStatusPeriod(
                memberID: member.id!,
                StatusPeriod(.exempt, detail: "temporary", from: member.admissionDate, until: CivilDate(year: 2026, month: 5, day: 1)))
            status.id = UUID()
            status.reason = "Đi làm xa"
            status.place = "Hà Nội"
            status.decidedBy = "Đảng ủy xã"
            status.decisionNumber = "12-QĐ/ĐU"
            status.decisionDate = CivilDate(year: 2026, month: 2, day: 20)
            try await [member].insertRows(on: app.db)
            try await [unitPeriod].insertRows(on: app.db)
            try await [status].insertRows(on: app.db)

            func fields(_ model: some Model) throws -> NSDictionary {
                let json = try JSONSerialization.jsonObject(with: try JSONEncoder().encode(model)) as! [String: Any]
                return json.filter { !["createdAt", "updatedAt"].contains($0.key) } as NSDictionary
            }
            let member2 = try #require(try await Member.find(member.id, on: app.db))
            #expect(try fields(member2) == fields(member))
            #expect(member2.createdAt != nil && member2.updatedAt != nil)
            #expect(try fields(#require(try await MemberUnitPeriod.find(unitPeriod.id, on: app.db))) == fields(unitPeriod))
            let status2 = try #require(try await MemberStatusPeriod.find(status.id, on: app.db))
            #expect(try fields(status2) == fields(status))
            #expect(status2.createdAt != nil)
        }
    }
}
