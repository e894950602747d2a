import Foundation
import Testing

@testable import ChiBoCore

/// Several levels follow a cell: one member of each committee above it at a time.
@Suite struct LiaisonsTests {
    let commune = UUID(), district = UUID(), province = UUID(), elsewhere = UUID()
    var ancestors: [UUID] { [commune, district, province] }

    @Test func theLevelIsTheNearestCommitteeAboveTheCellWhereTheAccountHoldsARole() {
        #expect(LiaisonRules.level(roleUnits: [commune], ancestors: ancestors) == commune)
        #expect(LiaisonRules.level(roleUnits: [province, district], ancestors: ancestors) == district)
        #expect(LiaisonRules.level(roleUnits: [elsewhere, province], ancestors: ancestors) == province)
        #expect(LiaisonRules.level(roleUnits: [elsewhere], ancestors: ancestors) == nil, "not above the cell")
        #expect(LiaisonRules.level(roleUnits: [], ancestors: ancestors) == nil)
        #expect(LiaisonRules.level(roleUnits: [nil], ancestors: ancestors) == province, "the whole installation: the top")
        #expect(LiaisonRules.level(roleUnits: [nil, district], ancestors: ancestors) == district)
    }

    @Test func aNewAssignmentEndsOnlyItsOwnCommittees() {
        let current = [(id: 1, level: commune), (id: 2, level: province)]
        #expect(LiaisonRules.replaced(current: current, by: commune) == [1])
        #expect(LiaisonRules.replaced(current: current, by: province) == [2])
        #expect(LiaisonRules.replaced(current: current, by: district) == [])
    }

    @Test func theNearestCommitteeIsListedFirst() {
        let items = [(name: "tỉnh", level: province), (name: "xã", level: commune), (name: "huyện", level: district)]
        #expect(LiaisonRules.ordered(items, level: \.level, ancestors: ancestors).map(\.name) == ["xã", "huyện", "tỉnh"])
    }
}
