import Testing

@testable import ChiBoCore

@Suite struct OfficerTests {
    @Test func onlyOfficialMembersHoldOffice() {
        #expect(OfficerRole.mayHold(.official))
        for status in MemberStatus.allCases where status != .official {
            #expect(!OfficerRole.mayHold(status), "\(status)")
        }
    }
}
