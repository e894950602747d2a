import Foundation
import Testing

@testable import ChiBoCore

@Suite struct RoleTermsTests {
    let d = CivilDate(year: 2026, month: 10, day: 15)!

    @Test func anOfficeGivesItsRole() {
        #expect(RoleTerms.role(of: .secretary, atCell: true) == .cellSecretary)
        #expect(RoleTerms.role(of: .deputy, atCell: true) == .cellSecretary)
        #expect(RoleTerms.role(of: .committeeMember, atCell: true) == nil)
        #expect(RoleTerms.role(of: .secretary, atCell: false) == .committeeStaff)
        #expect(RoleTerms.role(of: .committeeMember, atCell: false) == .committeeStaff)
    }

    @Test func aRoleHoldsUntilTheDayBeforeItsEnd() {
        let r = HeldRole(id: "r", role: .cellSecretary, unit: "cell", endedOn: d)
        #expect(r.holds(on: d.adding(days: -1)))
        #expect(!r.holds(on: d))
        #expect(!r.holds(on: d.adding(days: 1)))
        #expect(HeldRole(id: "r", role: .member, unit: "cell").holds(on: d))
    }

    @Test func theEndOfAnOfficeEndsOnlyTheRoleThatCameFromIt() {
        let roles = [
            HeldRole(id: "secretary", role: .cellSecretary, unit: "cell", officer: "office"),
            HeldRole(id: "byHand", role: .cellSecretary, unit: "other", officer: nil),
            HeldRole(id: "member", role: .member, unit: "cell"),
            HeldRole(id: "otherOffice", role: .committeeStaff, unit: "committee", officer: "office2"),
        ]
        let outcome = RoleTerms.apply(.officeEnded(officer: "office", on: d), to: roles)
        #expect(outcome.end == [.init(role: "secretary", on: d, reason: .termEnded)])
        #expect(outcome.grant.isEmpty)
    }

    @Test func leavingEndsEveryRoleStillHeldOnTheDay() {
        let earlier = d.adding(days: -30)
        let roles = [
            HeldRole(id: "member", role: .member, unit: "cell"),
            HeldRole(id: "staff", role: .committeeStaff, unit: "committee", officer: "o"),
            HeldRole(id: "old", role: .cellSecretary, unit: "cell", endedOn: earlier),
            HeldRole(id: "later", role: .inspector, unit: "committee", endedOn: d.adding(days: 30)),
        ]
        let outcome = RoleTerms.apply(.left(on: d), to: roles)
        #expect(outcome.end.map(\.role) == ["member", "staff", "later"])
        #expect(outcome.end.allSatisfy { $0.on == d && $0.reason == .left })
    }

    @Test func aMoveEndsTheOldCellsRolesAndTheMemberRoleFollows() {
        let roles = [
            HeldRole(id: "member", role: .member, unit: "old"),
            HeldRole(id: "secretary", role: .cellSecretary, unit: "old", officer: "o"),
            HeldRole(id: "staff", role: .committeeStaff, unit: "committee"),
        ]
        let outcome = RoleTerms.apply(.moved(from: "old", to: "new", on: d), to: roles)
        #expect(outcome.end.map(\.role) == ["member", "secretary"])
        #expect(outcome.end.allSatisfy { $0.reason == .moved && $0.on == d })
        #expect(outcome.grant.map { $0.role } == [.member])
        #expect(outcome.grant.map { $0.unit } == ["new"])
        // Already a member there: nothing granted twice; no member role at the old cell: none follows.
        let there = roles + [HeldRole(id: "m2", role: .member, unit: "new")]
        #expect(RoleTerms.apply(.moved(from: "old", to: "new", on: d), to: there).grant.isEmpty)
        #expect(RoleTerms.apply(.moved(from: "old", to: "new", on: d), to: [roles[1]]).grant.isEmpty)
    }
}
