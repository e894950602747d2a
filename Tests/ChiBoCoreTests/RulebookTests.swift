import Testing

@testable import ChiBoCore

@Suite struct RulebookTests {
    @Test func picksTheVersionInForceOnADate() {
        let before = Rulebook.inForce(on: CivilDate(year: 2025, month: 10, day: 27)!)
        let after = Rulebook.inForce(on: CivilDate(year: 2025, month: 10, day: 28)!)
        #expect(before.meetings.source.document == "HD 12-HD/BTCTW")
        #expect(after.meetings.source.document == "HD 42-HD/BTCTW")
        #expect(after.votes.source.document == "QĐ 232-QĐ/TW")
        #expect(before.versionID != after.versionID)
    }

    @Test func everySectionNamesItsSource() {
        let r = Rulebook.inForce(on: CivilDate(year: 2026, month: 6, day: 1)!)
        for s in r.sources {
            #expect(!s.document.isEmpty)
            #expect(!s.title.isEmpty)
            #expect(s.effective <= r.date)
        }
        #expect(r.meetings.minimumMinutes == 90)
        #expect(r.meetings.combinedMinimumMinutes == 120)
        #expect(r.membership.probationMonths == 12)
        #expect(r.local.attendanceTargetPercent == 90)
    }

    @Test func thresholdsUseExactIntegerArithmetic() {
        let half = Threshold(1, 2, inclusive: false)
        #expect(!half.isMet(votes: 5, base: 10))
        #expect(half.isMet(votes: 6, base: 10))
        #expect(half.isMet(votes: 5, base: 9))
        #expect(half.minimumVotes(base: 10) == 6)
        let twoThirds = Threshold(2, 3, inclusive: true)
        #expect(twoThirds.isMet(votes: 6, base: 9))
        #expect(!twoThirds.isMet(votes: 5, base: 9))
        #expect(twoThirds.minimumVotes(base: 10) == 7)
        #expect(!twoThirds.isMet(votes: 0, base: 0))
    }
}

@Suite struct MemberRulesTests {
    let today = CivilDate(year: 2026, month: 11, day: 22)!

    func draft(_ change: (inout MemberDraft) -> Void = { _ in }) -> MemberDraft {
        var d = MemberDraft(
            fullName: "  Nguyễn   Văn An ", birthDate: "15/03/1970", gender: "male", cardNumber: "22000001",
            admissionDate: "1995-06-01", officialDate: "1996-06-01", status: "official", phone: "0912 345 678")
        change(&d)
        return d
    }

    func codes(_ d: MemberDraft) -> [String] {
        do {
            _ = try d.validated(today: today)
            return []
        } catch {
            return error.errors.map(\.code)
        }
    }

    @Test func acceptsAndNormalisesAGoodRecord() throws {
        let facts = try draft().validated(today: today)
        #expect(facts.fullName == "Nguyễn Văn An")
        #expect(facts.searchName == "nguyen van an")
        #expect(facts.phone == "0912345678")
        #expect(facts.status == .official)
    }

    @Test func reportsEveryMissingFieldAtOnce() {
        let c = codes(MemberDraft())
        #expect(c.contains("fullName.required"))
        #expect(c.contains("birthDate.required"))
        #expect(c.contains("admissionDate.required"))
        #expect(c.contains("gender.required"))
    }

    @Test func rejectsImpossibleAndFutureDates() {
        #expect(codes(draft { $0.birthDate = "30/02/1970" }) == ["birthDate.invalid"])
        #expect(codes(draft { $0.admissionDate = "2027-01-01" }).contains("admissionDate.future"))
    }

    @Test func officialDateMustFollowProbation() {
        #expect(codes(draft { $0.officialDate = "1995-01-01" }) == ["officialDate.beforeProbationEnds"])
        #expect(codes(draft { $0.officialDate = "1996-05-31" }) == ["officialDate.beforeProbationEnds"])
        #expect(codes(draft { $0.status = "probationary" }) == ["officialDate.probationary"])
        #expect(codes(draft { $0.officialDate = nil }) == ["officialDate.required"])
    }

    @Test func admissionAgeFollowsTheRulebook() {
        #expect(
            codes(
                draft {
                    $0.birthDate = "1980-01-01"
                    $0.admissionDate = "1997-06-01"
                    $0.officialDate = "1998-06-01"
                })
                == ["admissionDate.tooYoung"])
        #expect(
            codes(
                draft {
                    $0.birthDate = "1950-01-01"
                    $0.admissionDate = "2024-06-01"
                    $0.officialDate = "2025-06-01"
                })
                == ["admissionDate.tooOld"])
    }

    @Test func cardAndPhoneFormats() {
        #expect(codes(draft { $0.cardNumber = "12AB" }) == ["cardNumber.invalid"])
        #expect(codes(draft { $0.cardNumber = "" }) == [])
        #expect(codes(draft { $0.phone = "call me" }) == ["phone.invalid"])
    }

    @Test func messagesAreInBothLanguages() {
        do {
            _ = try MemberDraft().validated(today: today)
            Issue.record("expected errors")
        } catch {
            for e in error.errors {
                #expect(!e.vi.isEmpty && !e.en.isEmpty && e.vi != e.en)
            }
        }
    }

    @Test func exemptionAndTransferChecks() throws {
        let admission = CivilDate(year: 1995, month: 6, day: 1)!
        #expect(throws: ValidationErrors.self) {
            try MemberEvents.validateExemption(
                kind: "full", decisionDate: "1990-01-01", reason: "Tuổi cao", admission: admission, today: today)
        }
        let (k, _, r) = try MemberEvents.validateExemption(
            kind: "full", decisionDate: "2024-01-01", reason: " Tuổi cao ",
            admission: admission, today: today)
        #expect(k == .full && r == "Tuổi cao")
        #expect(throws: ValidationErrors.self) {
            try MemberEvents.validateTransfer(
                direction: "out", from: "2026-05-01", until: "2026-04-01", place: "Bắc Ninh", admission: admission)
        }
    }
}

@Suite struct TreeAndAccessTests {
    @Test func cellsSitUnderCommittees() {
        #expect(throws: DomainError.self) { try TreeRules.check(child: .cell, parent: nil) }
        #expect(throws: DomainError.self) { try TreeRules.check(child: .cell, parent: .cell) }
        #expect(throws: DomainError.self) { try TreeRules.check(child: .province, parent: .grassroots) }
        #expect(throws: Never.self) { try TreeRules.check(child: .cell, parent: .province) } // a cell directly under a higher committee
        #expect(throws: Never.self) { try TreeRules.check(child: .subcommittee, parent: .grassroots) }
    }

    @Test func unitDraftNeedsACellTypeForCells() {
        #expect(throws: ValidationErrors.self) { try UnitDraft(name: "Chi bộ 1", code: "CB", kind: "cell").validated() }
        #expect(throws: ValidationErrors.self) {
            try UnitDraft(name: "Chi bộ 1", code: "C B", kind: "cell", cellType: "agency").validated()
        }
        #expect(throws: Never.self) { try UnitDraft(name: "Chi bộ 1", code: "CB", kind: "cell", cellType: "agency").validated() }
    }

    @Test func rolesAllowWhatTheySay() {
        #expect(Role.cellSecretary.allows(.writeMembers))
        #expect(!Role.cellSecretary.allows(.manageUnits))
        #expect(!Role.inspector.allows(.writeMembers))
        #expect(!Role.inspector.allows(.readMembers))
        #expect(!Role.member.allows(.readMembers))
        #expect(!Role.committeeStaff.grantable.contains(.administrator))
    }

    @Test func transferredInMembersAreListedNotCounted() {
        var c = MembershipCounts()
        c.add(status: .official, exemption: nil, transfer: nil, count: 20)
        c.add(status: .probationary, exemption: nil, transfer: nil, count: 2)
        c.add(status: .official, exemption: .full, transfer: nil, count: 5)
        c.add(status: .official, exemption: nil, transfer: .outgoing, count: 1)
        c.add(status: .official, exemption: nil, transfer: .incoming, count: 3)
        #expect(c.total == 28)
        #expect(c.official == 26)
        #expect(c.probationary == 2)
        #expect(c.exemptFull == 5)
        #expect(c.transferredOut == 1)
        #expect(c.transferredIn == 3)
    }
}
