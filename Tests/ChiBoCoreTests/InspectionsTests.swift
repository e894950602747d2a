import Foundation
import Testing

@testable import ChiBoCore

/// Inspection and supervision: an item of the plan, its conclusion and remedies, its status.
@Suite struct InspectionsTests {
    func date(_ iso: String) -> CivilDate { CivilDate(parsing: iso)! }

    func draft(reviewTo: String = "2026-06-30", start: String = "2026-07-06", end: String = "2026-07-17") -> InspectionDraft {
        InspectionDraft(
            kind: .thematicSupervision, content: "Việc chấp hành nội dung sinh hoạt chi bộ", reviewFrom: date("2026-01-01"),
            reviewTo: date(reviewTo), startOn: date(start), endOn: date(end), year: 2026)
    }

    @Test func anItemOfThePlanIsChecked() throws {
        try draft().check()
        var empty = draft()
        empty.content = "  "
        #expect(throws: ValidationErrors.self) { try empty.check() }
        do {
            try draft(reviewTo: "2026-08-01", start: "2027-01-05", end: "2026-12-01").check()
            Issue.record("expected a refusal")
        } catch {
            #expect(Set(error.errors.map(\.code)) == ["endOn.order", "startOn.year"])
        }
        do {
            try draft(reviewTo: "2026-07-20").check()
            Issue.record("expected a refusal")
        } catch {
            #expect(error.errors.map(\.code) == ["reviewTo.afterWork"])
        }
    }

    @Test func aConclusionNeedsFindingsAndRemediesAfterIt() throws {
        let remedies = [Remedy(content: "Phân công cụ thể", due: date("2026-08-31"))]
        try InspectionRules.checkConclusion(
            text: "Kết luận", on: date("2026-07-20"), startOn: date("2026-07-06"), findings: 1, remedies: remedies,
            today: date("2026-11-22"))
        do {
            try InspectionRules.checkConclusion(
                text: nil, on: date("2026-07-01"), startOn: date("2026-07-06"), findings: 0,
                remedies: [Remedy(content: "", due: date("2026-06-30"))], today: date("2026-11-22"))
            Issue.record("expected a refusal")
        } catch {
            #expect(
                error.errors.map(\.code) == [
                    "conclusion.required", "conclusion.noFindings", "concludedOn.range", "remedy.content", "remedy.due",
                ])
        }
        #expect(throws: ValidationErrors.self) {
            try InspectionRules.checkConclusion(
                text: "x", on: date("2026-11-23"), startOn: date("2026-07-06"), findings: 1, remedies: [], today: date("2026-11-22"))
        }
    }

    @Test func aRemedyIsDoneOnceAndOverdueWhenOpenPastItsDeadline() throws {
        let open = Remedy(content: "x", due: date("2026-08-31"))
        #expect(open.isOverdue(today: date("2026-09-01")))
        #expect(!open.isOverdue(today: date("2026-08-31")))
        try InspectionRules.checkDone(open, on: date("2026-08-10"), concludedOn: date("2026-07-20"), today: date("2026-11-22"))
        #expect(throws: ValidationErrors.self) {
            try InspectionRules.checkDone(open, on: date("2026-07-01"), concludedOn: date("2026-07-20"), today: date("2026-11-22"))
        }
        let done = Remedy(content: "x", due: date("2026-08-31"), doneOn: date("2026-08-10"))
        #expect(!done.isOverdue(today: date("2026-12-01")))
        #expect(throws: ValidationErrors.self) {
            try InspectionRules.checkDone(done, on: date("2026-09-10"), concludedOn: date("2026-07-20"), today: date("2026-11-22"))
        }
    }

    @Test func theStatusFollowsWhatWasRecorded() {
        #expect(InspectionStatus.of(findings: 0, concluded: false, remediesOpen: 0) == .planned)
        #expect(InspectionStatus.of(findings: 2, concluded: false, remediesOpen: 0) == .inProgress)
        #expect(InspectionStatus.of(findings: 2, concluded: true, remediesOpen: 1) == .concluded)
        #expect(InspectionStatus.of(findings: 2, concluded: true, remediesOpen: 0) == .closed)
    }

    @Test func theTeamReadsThePeriodUnderReviewOnly() {
        #expect(InspectionRules.covers(reviewFrom: date("2026-01-01"), reviewTo: date("2026-06-30"), meeting: date("2026-06-30")))
        #expect(!InspectionRules.covers(reviewFrom: date("2026-01-01"), reviewTo: date("2026-06-30"), meeting: date("2026-07-01")))
    }

    @Test func theCountersGiveConclusionsAndRemedies() {
        var a = CellActivity()
        a.inspectionsConcluded = [date("2026-07-20")]
        a.remedies = [(date("2026-08-31"), date("2026-08-10")), (date("2026-10-31"), nil), (date("2026-12-31"), nil)]
        let f = CellFigures.derive(rows: a.rows(), period: .year(2026), today: date("2026-11-22"))
        #expect(f.oversight.inspectionsConcluded == 1)
        #expect(f.oversight.remediesDone == 1)
        #expect(f.oversight.remediesOpen == 2)
        #expect(f.oversight.remediesOverdue == 1)
    }

    /// Issue 17: an inspector reads what an item assigns it, nothing more.
    @Test func anInspectorReadsTheCellUnderReviewForThePeriodOnly() {
        let cell = UUID(), other = UUID(), member = UUID(), neighbour = UUID()
        let item = InspectionAssignment(
            targetUnit: cell, targetMember: nil, reviewFrom: date("2026-01-01"), reviewTo: date("2026-06-30"), status: .inProgress)
        #expect(item.readsMeeting(unit: cell, on: date("2026-01-01")))
        #expect(item.readsMeeting(unit: cell, on: date("2026-06-30")))
        #expect(!item.readsMeeting(unit: cell, on: date("2025-12-31")), "before the period under review")
        #expect(!item.readsMeeting(unit: cell, on: date("2026-07-01")), "after it")
        #expect(!item.readsMeeting(unit: other, on: date("2026-03-01")), "another cell")
        #expect(!item.readsMember(member), "an organisation's inspection opens no member's record")

        var onMember = item
        onMember.targetMember = member
        #expect(onMember.readsMember(member))
        #expect(!onMember.readsMember(neighbour), "only the member it concerns")

        var closed = onMember
        closed.status = .closed
        #expect(!closed.readsMeeting(unit: cell, on: date("2026-03-01")), "the access ends with the work")
        #expect(!closed.readsMember(member))
        #expect([closed, item].readMeeting(unit: cell, on: date("2026-03-01")))
        #expect(![closed, item].readMember(member))
        #expect(![InspectionAssignment]().readMeeting(unit: cell, on: date("2026-03-01")))
    }

    /// The role alone reads the units' pages and keeps the plans; no member record, meeting or audit.
    @Test func theInspectorsRoleReadsNoRecordOfItsOwn() {
        #expect(Role.inspector.allows(.readUnit))
        #expect(Role.inspector.allows(.inspect))
        for action in [Action.readMembers, .readMeetings, .readAudit, .writeMembers, .runMeetings, .recordDecisions, .oversee] {
            #expect(!Role.inspector.allows(action), "\(action)")
        }
    }
}
