import Testing

@testable import ChiBoCore

@Suite struct VoteTests {
    let rules = Rulebook.inForce(on: CivilDate(year: 2026, month: 6, day: 1)!).votes

    func roll(
        official present: Int, excused: Int = 0, unexcused: Int = 0, probationaryPresent: Int = 0,
        exemptAbsent: Int = 0, exemptPresent: Int = 0, away: Int = 0, visiting: Int = 0, suspended: Int = 0
    ) -> [RollMember] {
        Array(repeating: RollMember(status: .official, attendance: .present), count: present)
            + Array(repeating: RollMember(status: .official, attendance: .excused), count: excused)
            + Array(repeating: RollMember(status: .official, attendance: .unexcused), count: unexcused)
            + Array(repeating: RollMember(status: .probationary, attendance: .present), count: probationaryPresent)
            + Array(repeating: RollMember(status: .official, exempt: true, attendance: .excused), count: exemptAbsent)
            + Array(repeating: RollMember(status: .official, exempt: true, attendance: .present), count: exemptPresent)
            + Array(repeating: RollMember(status: .official, transfer: .outgoing, attendance: nil), count: away)
            + Array(repeating: RollMember(status: .official, transfer: .incoming, attendance: .present), count: visiting)
            + Array(repeating: RollMember(status: .official, suspended: true, attendance: .unexcused), count: suspended)
    }

    @Test func baseFollowsTheRegulation() {
        let b = VoteBase.compute(
            roll(
                official: 20, excused: 2, unexcused: 1, probationaryPresent: 3, exemptAbsent: 4,
                exemptPresent: 1, away: 1, visiting: 2, suspended: 1))
        // official of the cell: 20 + 2 + 1 + 4 + 1 + 1 + 1 = 30; minus away 1, exempt absent 4, suspended 1, excused 2
        #expect(b.officialMembers == 30)
        #expect(b.base == 22)
        #expect(b.votersPresent == 21) // 20 present + 1 exempt who came
        #expect(
            b.explanation(.vi)
                == "30 − 1 (chuyển sinh hoạt tạm thời) − 4 (miễn sinh hoạt, vắng mặt) − 1 (đình chỉ sinh hoạt hoặc bị tạm giam) − 2 (vắng có lý do) = 22"
        )
    }

    @Test func resolutionNeedsMoreThanHalf() throws {
        let r = roll(official: 10)
        #expect(
            try VoteOutcome.decide(kind: .resolution, roll: r, tally: Tally(inFavour: 5, against: 5, abstain: 0), rules: rules).passed
                == false)
        #expect(try VoteOutcome.decide(kind: .resolution, roll: r, tally: Tally(inFavour: 6, against: 4, abstain: 0), rules: rules).passed)
        // Absent without reason stay in the base: 6 of 10 present, 6 in favour of a base of 12 is not enough.
        let withAbsent = roll(official: 10, unexcused: 2)
        #expect(
            try VoteOutcome.decide(kind: .resolution, roll: withAbsent, tally: Tally(inFavour: 6, against: 4, abstain: 0), rules: rules)
                .passed == false)
        #expect(
            try VoteOutcome.decide(kind: .resolution, roll: withAbsent, tally: Tally(inFavour: 7, against: 3, abstain: 0), rules: rules)
                .passed)
    }

    @Test func admissionNeedsTwoThirds() throws {
        let r = roll(official: 9, excused: 3) // base 9
        let six = try VoteOutcome.decide(kind: .admission, roll: r, tally: Tally(inFavour: 6, against: 3, abstain: 0), rules: rules)
        #expect(six.passed)
        #expect(six.minimumInFavour == 6)
        let five = try VoteOutcome.decide(kind: .admission, roll: r, tally: Tally(inFavour: 5, against: 4, abstain: 0), rules: rules)
        #expect(!five.passed)
        #expect(five.explanation(.vi).hasSuffix("Không đạt."))
    }

    @Test func probationaryAndVisitingMembersDoNotVote() {
        let r = roll(official: 5, probationaryPresent: 3, visiting: 2)
        #expect(throws: ValidationErrors.self) {
            try VoteOutcome.decide(kind: .resolution, roll: r, tally: Tally(inFavour: 6, against: 0, abstain: 0), rules: rules)
        }
    }

    @Test func aTallyLargerThanTheBaseIsRefused() {
        do {
            _ = try VoteOutcome.decide(
                kind: .resolution, roll: roll(official: 4), tally: Tally(inFavour: 5, against: 0, abstain: 0), rules: rules)
            Issue.record("expected an error")
        } catch {
            #expect(error.errors.map(\.code) == ["tally.overBase"])
        }
        #expect(throws: ValidationErrors.self) {
            try VoteOutcome.decide(
                kind: .resolution, roll: roll(official: 4), tally: Tally(inFavour: -1, against: 0, abstain: 0), rules: rules)
        }
    }

    @Test func nearEveryThreshold() throws {
        for base in 1...40 {
            let r = roll(official: base)
            for kind in VoteKind.allCases {
                for yes in 0...base {
                    let outcome = try VoteOutcome.decide(
                        kind: kind, roll: r, tally: Tally(inFavour: yes, against: base - yes, abstain: 0), rules: rules)
                    // Independently of Threshold: the Charter's words as a fraction.
                    let share = Double(yes) / Double(base)
                    let expected =
                        [.admission, .recognition, .expulsionProposal].contains(kind)
                        ? share >= 2.0 / 3.0 - 1e-12 : share > 0.5
                    #expect(outcome.passed == expected, "\(kind) \(yes)/\(base)")
                }
            }
        }
    }
}
