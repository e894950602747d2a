import ChiBoCore
import Fluent
import Vapor

/// Votes at a meeting: put a question, count hands or let members vote from their phones,
/// decide against the base of the roll with the rulebook's threshold.
enum VoteService {
    static func escalateAfter(_ m: Meeting) -> Int {
        Rulebook.inForce(on: m.date).votes.escalateAfterFailures
    }

    static func votes(_ db: any Database, meetingID: UUID) async throws -> [Vote] {
        try await Vote.query(on: db).filter(\.$meeting.$id == meetingID).sort(\.$createdAt).all()
    }

    static func open(
        _ db: any Database, _ principal: Principal, meetingID: UUID, kind raw: String?, subject: String?,
        subjectMemberID: UUID?, mode: String?
    ) async throws -> Vote {
        let m = try await MeetingService.editable(db, principal, meetingID, for: .vote)
        guard let kind = raw.flatMap(VoteKind.init(rawValue:)) else {
            throw DomainError(.invalid, code: "kind.invalid", vi: "Chọn loại biểu quyết.", en: "Choose the kind of vote.", field: "kind")
        }
        guard let how = mode.map(VoteMode.init(rawValue:)) ?? .hands else {
            throw DomainError(
                .invalid, code: "mode.invalid", vi: "Hình thức biểu quyết không hợp lệ.", en: "Unknown voting mode.", field: "mode")
        }
        if how == .phones && !MeetingCommand.voteByPhone.allowed.contains(m.status) {
            throw DomainError(
                .conflict, code: "mode.closedMeeting", vi: "Biểu quyết trên điện thoại chỉ khi đang họp.",
                en: "Phone voting is only possible while the meeting is open.")
        }
        var text = VietnameseText.normalizeName(subject ?? "")
        if let subjectMemberID {
            guard let member = try await Member.find(subjectMemberID, on: db), member.$unit.id == m.$unit.id else {
                throw DomainError(
                    .invalid, code: "subjectMemberId.notInCell", vi: "Đảng viên được biểu quyết không thuộc chi bộ.",
                    en: "The member voted on is not in this cell.", field: "subjectMemberId")
            }
            if kind == .recognition && member.status != .probationary {
                throw DomainError(
                    .invalid, code: "subjectMemberId.notProbationary", vi: "Chỉ xét công nhận chính thức cho đảng viên dự bị.",
                    en: "Only a probationary member can be recognised as official.", field: "subjectMemberId")
            }
            if text.isEmpty { text = "\(kind.label(.vi)): \(member.fullName)" }
        }
        if text.isEmpty { throw DomainError.required("subject", vi: "nội dung biểu quyết", en: "Subject") }
        if text.count > 500 {
            throw DomainError(.invalid, code: "subject.tooLong", vi: "Nội dung quá dài.", en: "Too long.", field: "subject")
        }
        if try await Vote.query(on: db).filter(\.$meeting.$id == meetingID).filter(\.$status == .open).first() != nil {
            throw DomainError(
                .conflict, code: "vote.alreadyOpen", vi: "Đang có một biểu quyết chưa kết thúc.",
                en: "Another vote is still open.")
        }
        let folded = VietnameseText.fold(text)
        let earlier = try await Vote.query(on: db).join(Meeting.self, on: \Vote.$meeting.$id == \Meeting.$id)
            .filter(Meeting.self, \.$unit.$id == m.$unit.id).filter(\.$kind == kind).filter(\.$status == .closed).all()
            .filter { v in
                subjectMemberID != nil ? v.$subjectMember.id == subjectMemberID : VietnameseText.fold(v.subject) == folded
            }
        let subjectText = text
        return try await db.write { tx in
            try await MeetingService.hold(tx, meetingID, for: .vote)
            let v = Vote()
            v.$meeting.id = meetingID
            v.kind = kind
            v.subject = subjectText
            v.$subjectMember.id = subjectMemberID
            v.mode = how
            v.status = .open
            v.attempt = earlier.filter { $0.passed == false }.count + 1
            try await v.create(on: tx)
            try await Audit.record(
                tx, Actor(principal), action: "vote.open", entity: "meeting", id: meetingID, unit: m.$unit.id,
                after: ["subject": subjectText, "kind": kind.rawValue, "mode": how.rawValue])
            return v
        }
    }

    static func vote(
        _ db: any Database, _ principal: Principal, meetingID: UUID, voteID: UUID, for action: Action
    ) async throws -> (Meeting, Vote) {
        let m =
            action == .runMeetings
            ? try await MeetingService.editable(db, principal, meetingID)
            : try await MeetingService.find(db, principal, meetingID)
        guard let v = try await Vote.find(voteID, on: db), v.$meeting.id == meetingID else { throw DomainError.notFound("vote") }
        return (m, v)
    }

    /// Decides a vote from a tally and closes it.
    static func decide(_ db: any Database, _ principal: Principal, meeting m: Meeting, vote v: Vote, tally: Tally) async throws -> Vote {
        let roll = try await MeetingService.roll(db, meetingID: m.id!).map(\.rollMember)
        let rules = Rulebook.inForce(on: m.date).votes
        let outcome = try VoteOutcome.decide(kind: v.kind, roll: roll, tally: tally, rules: rules)
        return try await db.write { tx in
            try await MeetingService.hold(tx, m.id!, for: .vote)
            v.inFavour = tally.inFavour
            v.against = tally.against
            v.abstain = tally.abstain
            v.base = outcome.base.base
            v.explanation = outcome.explanation(.vi)
            v.passed = outcome.passed
            v.status = .closed
            try await v.save(on: tx)
            try await Audit.record(
                tx, Actor(principal), action: "vote.decide", entity: "meeting", id: m.id, unit: m.$unit.id,
                after: ["subject": v.subject, "explanation": outcome.explanation(.vi)])
            return v
        }
    }

    /// A show of hands counted by the secretary.
    static func record(_ db: any Database, _ principal: Principal, meetingID: UUID, voteID: UUID, tally: Tally) async throws -> Vote {
        let (m, v) = try await vote(db, principal, meetingID: meetingID, voteID: voteID, for: .runMeetings)
        guard v.status == .open else {
            throw DomainError(.conflict, code: "vote.closed", vi: "Biểu quyết đã kết thúc.", en: "The vote is closed.")
        }
        if v.mode == .phones {
            throw DomainError(
                .conflict, code: "vote.phones", vi: "Biểu quyết này do đảng viên bấm trên điện thoại; hãy kết thúc biểu quyết.",
                en: "Members vote on this one from their phones; close the vote instead.")
        }
        return try await decide(db, principal, meeting: m, vote: v, tally: tally)
    }

    /// A member votes from their phone while the vote is open; probationary and visiting members cannot.
    static func cast(_ db: any Database, _ principal: Principal, meetingID: UUID, voteID: UUID, choice: String?) async throws {
        let (m, v) = try await vote(db, principal, meetingID: meetingID, voteID: voteID, for: .readMeetings)
        guard MeetingCommand.voteByPhone.allowed.contains(m.status), v.status == .open, v.mode == .phones else {
            throw DomainError(
                .conflict, code: "vote.notOpen", vi: "Biểu quyết không mở để bấm trên điện thoại.",
                en: "This vote is not open for phone voting.")
        }
        guard let c = choice.flatMap(BallotChoice.init(rawValue:)) else {
            throw DomainError(
                .invalid, code: "choice.invalid", vi: "Chọn tán thành, không tán thành hoặc không biểu quyết.",
                en: "Choose for, against or abstain.", field: "choice")
        }
        guard let memberID = principal.memberID,
            let row = try await MeetingAttendance.query(on: db).filter(\.$meeting.$id == meetingID).filter(\.$member.$id == memberID)
                .first()
        else {
            throw DomainError(
                .forbidden, code: "vote.notOnRoll", vi: "Bạn không có trong danh sách buổi sinh hoạt.",
                en: "You are not on this meeting's roll.")
        }
        guard row.rollMember.votesHere else {
            throw DomainError(
                .forbidden, code: "vote.notEligible",
                vi: "Bạn không có quyền biểu quyết ở đây (đảng viên dự bị, sinh hoạt tạm thời, hoặc chưa điểm danh có mặt).",
                en: "You may not vote here (probationary, visiting, or not checked in as present).")
        }
        try await db.write { tx in
            try await MeetingService.hold(tx, meetingID, for: .voteByPhone)
            if let existing = try await MemberVote.query(on: tx).filter(\.$vote.$id == voteID).filter(\.$member.$id == memberID).first() {
                existing.choice = c
                try await existing.save(on: tx)
            } else {
                let mv = MemberVote()
                mv.$vote.id = voteID
                mv.$member.id = memberID
                mv.choice = c
                try await mv.create(on: tx)
            }
            // Who voted is recorded; what they chose stays in the ballot.
            try await Audit.record(
                tx, Actor(principal), action: "vote.ballot", entity: "meeting", id: meetingID, unit: m.$unit.id,
                after: ["voteId": voteID.uuidString, "memberId": memberID.uuidString])
        }
    }

    /// Closes a phone vote: the members' votes are the tally.
    static func close(_ db: any Database, _ principal: Principal, meetingID: UUID, voteID: UUID) async throws -> Vote {
        let (m, v) = try await vote(db, principal, meetingID: meetingID, voteID: voteID, for: .runMeetings)
        guard v.status == .open, v.mode == .phones else {
            throw DomainError(.conflict, code: "vote.notOpen", vi: "Biểu quyết không mở.", en: "The vote is not open.")
        }
        // Only ballots of members who may still vote count (one marked absent since has no vote).
        let eligible = Set(try await MeetingService.roll(db, meetingID: meetingID).filter { $0.rollMember.votesHere }.map { $0.$member.id })
        let ballots = try await MemberVote.query(on: db).filter(\.$vote.$id == voteID).all().filter { eligible.contains($0.$member.id) }
        let tally = Tally(
            inFavour: ballots.filter { $0.choice == .inFavour }.count,
            against: ballots.filter { $0.choice == .against }.count,
            abstain: ballots.filter { $0.choice == .abstain }.count)
        return try await decide(db, principal, meeting: m, vote: v, tally: tally)
    }
}
