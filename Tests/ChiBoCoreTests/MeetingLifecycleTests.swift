import Foundation
import Testing

@testable import ChiBoCore

@Suite struct MeetingLifecycleTests {
    @Test func theMeetingMovesOnlyForward() {
        #expect(MeetingCommand.notify.next(from: .planned) == .notified)
        #expect(MeetingCommand.notify.next(from: .notified) == .notified)
        #expect(MeetingCommand.open.next(from: .notified) == .open)
        #expect(MeetingCommand.end.next(from: .open) == .ended)
        #expect(MeetingCommand.approve.next(from: .ended) == .locked)
        #expect(MeetingCommand.cancel.next(from: .planned) == .cancelled)
        // No way back, and nothing after a cancellation.
        #expect(MeetingCommand.open.next(from: .ended) == nil)
        #expect(MeetingCommand.end.next(from: .notified) == nil)
        #expect(MeetingCommand.approve.next(from: .open) == nil)
        #expect(MeetingCommand.cancel.next(from: .open) == nil)
        for command in MeetingCommand.allCases {
            #expect(command.next(from: .cancelled) == nil, "\(command) on a cancelled meeting")
        }
        // Every status but `cancelled` is reached from `planned`.
        var reached: Set<MeetingStatus> = [.planned]
        for _ in 0..<5 {
            for s in reached { for c in MeetingCommand.allCases { if let n = c.next(from: s) { reached.insert(n) } } }
        }
        #expect(reached == Set(MeetingStatus.allCases))
    }

    @Test func lockedMinutesTakeOnlyAnAmendment() throws {
        // A superior's evaluation is their own record, not part of the minutes: it may follow them.
        for command in MeetingCommand.allCases where command != .amend && command != .evaluateVisit {
            let error = #expect(throws: DomainError.self) { try command.check(.locked) }
            #expect(error?.code == "meeting.locked")
        }
        try MeetingCommand.amend.check(.locked)
        try MeetingCommand.evaluateVisit.check(.locked)
        #expect(throws: DomainError.self) { try MeetingCommand.recordVisit.check(.locked) }
        #expect(throws: DomainError.self) { try MeetingCommand.evaluateVisit.check(.notified) }
        let error = #expect(throws: DomainError.self) { try MeetingCommand.amend.check(.ended) }
        #expect(error?.code == "meeting.notLocked")
    }

    @Test func theRollAndTheVotesBelongToTheMeetingItself() throws {
        for command: MeetingCommand in [.markAttendance, .vote, .recordSpeech, .assignTask, .writeMinutes] {
            try command.check(.open)
            try command.check(.ended)
            let error = #expect(throws: DomainError.self) { try command.check(.notified) }
            #expect(error?.code == "meeting.status")
            #expect(error?.message(.vi).contains("(hiện: Đã thông báo)") == true)
            #expect(error?.message(.en).contains("(now: Notified)") == true)
        }
        // Members tap and vote on their phones only while the meeting is open.
        try MeetingCommand.checkIn.check(.open)
        try MeetingCommand.voteByPhone.check(.open)
        #expect(throws: DomainError.self) { try MeetingCommand.checkIn.check(.ended) }
        #expect(throws: DomainError.self) { try MeetingCommand.voteByPhone.check(.ended) }
        let cancelled = #expect(throws: DomainError.self) { try MeetingCommand.edit.check(.cancelled) }
        #expect(cancelled?.code == "meeting.cancelled")
    }

    @Test func checkInFiguresComeFromTheRulebook() {
        var local = LocalSettings()
        let rules = CheckInRules(local)
        #expect(rules.lateAfterMinutes == local.checkInLateAfterMinutes)
        let d = CivilDate(year: 2026, month: 3, day: 4)!
        let opened = LocalDateTime(date: d, hour: 19, minute: 0)!
        let onTime = LocalDateTime(date: d, hour: 19, minute: local.checkInLateAfterMinutes)!
        let late = LocalDateTime(date: d, hour: 19, minute: local.checkInLateAfterMinutes + 1)!
        #expect(rules.attendance(opened: opened, now: onTime) == .present)
        #expect(rules.attendance(opened: opened, now: late) == .late)
        #expect(rules.attendance(opened: nil, now: late) == .present)

        local.checkInLateAfterMinutes = 30
        #expect(CheckInRules(local).attendance(opened: opened, now: late) == .present)

        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let justNow = now.addingTimeInterval(-1)
        let longAgo = now.addingTimeInterval(-rules.windowSeconds - 1)
        #expect(!rules.isHeldBack(failures: rules.wrongCodesAllowed - 1, lastFailure: justNow, now: now))
        #expect(rules.isHeldBack(failures: rules.wrongCodesAllowed, lastFailure: justNow, now: now))
        #expect(!rules.isHeldBack(failures: rules.wrongCodesAllowed, lastFailure: longAgo, now: now))
        #expect(CheckInRules.matches(sent: "123 456", expected: "123456"))
        #expect(!CheckInRules.matches(sent: "123457", expected: "123456"))
        #expect(!CheckInRules.matches(sent: "", expected: nil))
    }
}
