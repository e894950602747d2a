import Testing

@testable import ChiBoCore

/// Party fees (QĐ 01-QĐ/TW, 2026): the ordinary rate, the exemption after fifty years, the checks.
@Suite struct PartyFeeTests {
    let d = { (s: String) in CivilDate(parsing: s)! }

    @Test func theOrdinaryRate() {
        #expect(PartyFees.ordinary(salary: 4_960_000, on: d("2026-03-01")) == 49_600)
        #expect(PartyFees.ordinary(pension: 5_200_000, on: d("2026-03-01")) == 26_000)
        #expect(PartyFees.ordinary(pension: 5_210_050, on: d("2026-03-01")) == 26_100, "rounded up to the hundred dong")
    }

    @Test func fiftyYearsOfMembershipAreExempt() {
        #expect(PartyFees.exemptBySeniority(admission: d("1976-03-01"), month: d("2026-03-01")))
        #expect(!PartyFees.exemptBySeniority(admission: d("1976-03-02"), month: d("2026-03-01")))
    }

    @Test func entriesAreChecked() throws {
        let month = d("2026-10-01"), today = d("2026-11-22")
        #expect(throws: ValidationErrors.self) { try PartyFees.check(amount: -1, relief: .none, paidOn: nil, month: month, today: today) }
        #expect(throws: ValidationErrors.self) {
            try PartyFees.check(amount: 20_000, relief: .exempt, paidOn: nil, month: month, today: today)
        }
        #expect(throws: ValidationErrors.self) {
            try PartyFees.check(amount: 20_000, relief: .none, paidOn: d("2026-12-01"), month: month, today: today)
        }
        let unpaid = try PartyFees.check(amount: 20_000, relief: .reduced50, paidOn: nil, month: month, today: today)
        #expect(unpaid.unpaid)
        #expect(!(try PartyFees.check(amount: 0, relief: .exempt, paidOn: nil, month: month, today: today)).unpaid)
        #expect(FeeRelief.reduced70.percentOwed == 30)
    }
}
