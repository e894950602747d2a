import ChiBoCore
import Fluent
import SQLKit
import Vapor

/// Recruitment: a cell's sympathisers, their admission files step by step (checked by
/// `AdmissionCase`), and the ceremony that opens their member record. Every write is scoped to
/// the cell's members' writers, in one transaction with its audit entry.
enum RecruitmentService {
    /// The holiday calendar with the administrator's corrections.
    static func calendar(_ db: any Database) async throws -> HolidayCalendar {
        HolidayCalendar.vietnam(overrides: try await HolidayOverride.query(on: db).all().map(\.day))
    }

    static func find(_ db: any Database, _ principal: Principal, _ id: UUID, for action: Action = .readMembers) async throws -> Sympathiser
    {
        guard let s = try await Sympathiser.find(id, on: db) else { throw DomainError.notFound("sympathiser") }
        if try await Scope.allows(principal, action, unit: s.$unit.id, on: db) { return s }
        if action != .readMembers, try await Scope.allows(principal, .readMembers, unit: s.$unit.id, on: db) {
            throw DomainError.forbidden()
        }
        throw DomainError.notFound("sympathiser")
    }

    /// Before a write's body is read (issue 19): the account may write this sympathiser's file —
    /// not found outside the scope, forbidden inside it without the right. It is the least right
    /// the file's forms need; the committee's steps are checked again for their own right.
    static func authoriseWrite(_ db: any Database, _ principal: Principal, _ id: UUID) async throws {
        _ = try await find(db, principal, id, for: .writeMembers)
    }

    static func steps(_ db: any Database, _ ids: [UUID]) async throws -> [UUID: [AdmissionStepRecord]] {
        guard !ids.isEmpty else { return [:] }
        let rows = try await AdmissionStepRecord.query(on: db).filter(\.$sympathiser.$id ~~ ids).with(\.$introducer).all()
        return Dictionary(grouping: rows.sorted { ($0.date, $0.createdAt ?? .distantPast) < ($1.date, $1.createdAt ?? .distantPast) }) {
            $0.$sympathiser.id
        }
    }

    /// Puts a sympathiser on a cell's list, with the member assigned to help.
    static func add(
        _ db: any Database, _ principal: Principal, unitID: UUID, input: SympathiserInput, today: CivilDate
    ) async throws -> Sympathiser {
        let unit = try await MemberService.requireCell(db, principal, unitID)
        let c = try input.read(today: today)
        if let helper = c.helperID {
            guard let m = try await Member.find(helper, on: db), m.$unit.id == unit.id, m.leftDate == nil else {
                throw DomainError(
                    .invalid, code: "helperId.notInCell", vi: "Người giúp đỡ phải là đảng viên của chi bộ.",
                    en: "The helper must be a member of the cell.", field: "helperId")
            }
        }
        return try await db.write { tx in
            let s = Sympathiser()
            s.$unit.id = unitID
            s.fullName = c.fullName
            s.searchName = VietnameseText.fold(c.fullName)
            s.sortKey = VietnameseText.sortKey(fullName: c.fullName)
            s.birthDate = c.birthDate
            s.gender = c.gender
            s.phone = c.phone
            s.$helper.id = c.helperID
            s.listedOn = c.listedOn
            s.status = .active
            s.note = c.note
            try await s.create(on: tx)
            try await Audit.record(
                tx, Actor(principal), action: "sympathiser.add", entity: "sympathiser", id: s.id, unit: unitID, before: String?.none,
                after: SympathiserDTO(s, helperName: nil))
            return s
        }
    }

    /// Records a step of the file. The ceremony opens the member record: probationary from that
    /// day, admitted (party seniority) from the decision's date.
    static func record(
        _ db: any Database, _ principal: Principal, id: UUID, input: AdmissionStepInput, today: CivilDate
    ) async throws -> Sympathiser {
        let c = try input.read()
        // The committee's resolution and the admission decision are the committee's to record.
        let s = try await find(db, principal, id, for: c.step.committeeRecords ? .recordDecisions : .writeMembers)
        return try await record(db, principal, s, c, today: today)
    }

    /// The member's file completed (1-HSĐV, 2-HSĐV), recorded on the new member's page: the last
    /// step of the admission file they came through, by whoever writes the member's record.
    static func completeMemberFile(
        _ db: any Database, _ principal: Principal, memberID: UUID, input: MemberFileInput, today: CivilDate
    ) async throws -> Member {
        let member = try await MemberService.find(db, principal, memberID, for: .writeMembers)
        let c = try input.read()
        guard let s = try await Sympathiser.query(on: db).filter(\.$member.$id == memberID).first() else {
            throw DomainError(
                .invalid, code: "member.noAdmissionFile", vi: "Đảng viên này không được kết nạp qua hồ sơ trên hệ thống.",
                en: "This member was not admitted through a file kept here.")
        }
        _ = try await record(db, principal, s, c, today: today)
        return member
    }

    /// A file is open for its steps until the ceremony; an admitted member's file only for its last step.
    static func checkOpen(_ s: Sympathiser, for step: AdmissionStep) throws {
        guard s.status == .active || (s.status == .admitted && step == .memberFile) else {
            throw DomainError(
                .invalid, code: "sympathiser.closed", vi: "Hồ sơ này đã kết thúc (\(s.status.label(.vi).lowercased())).",
                en: "This file is closed (\(s.status.label(.en).lowercased())).")
        }
    }

    private static func record(
        _ db: any Database, _ principal: Principal, _ s: Sympathiser, _ c: AdmissionStepInput.Checked, today: CivilDate
    ) async throws -> Sympathiser {
        let id = s.id!
        try checkOpen(s, for: c.step)
        let rows = try await steps(db, [id])[id] ?? []
        var file = AdmissionCase(birthDate: s.birthDate, steps: rows.map(\.recorded))
        if c.step == .introduction, let introducer = c.introducerID {
            if file.steps.contains(where: { $0.introducer == introducer.uuidString }) {
                throw DomainError(
                    .invalid, code: "introducerId.again", vi: "Đảng viên này đã giới thiệu người vào Đảng này.",
                    en: "This member already introduced the person.", field: "introducerId")
            }
            guard let m = try await Member.find(introducer, on: db),
                try await Scope.allows(principal, .readMembers, unit: m.$unit.id, on: db)
            else { throw DomainError.notFound("member") }
            let standing = try await MemberLifeService.histories(db, memberIDs: [introducer])[introducer]?.standing(on: c.date)
            try AdmissionCase.checkIntroducer(official: standing?.status == .official, knownSince: c.knownSince, on: c.date)
        }
        if c.step == .introduction && c.youthUnion && file.steps.contains(where: { $0.step == .introduction && $0.introducer == nil }) {
            throw DomainError(
                .invalid, code: "introducerId.again", vi: "Đã có giới thiệu của Đoàn Thanh niên.",
                en: "The Youth Union's introduction is already recorded.", field: "introducerId")
        }
        try file.check(c.step, on: c.date, today: today)
        if c.step == .cellResolution {
            // The cell's resolution is its vote (≥ 2/3 of the base).
            guard let voteID = c.voteID else {
                throw DomainError(
                    .invalid, code: "voteId.required", vi: "Chọn biểu quyết kết nạp của chi bộ (cần ít nhất 2/3 tán thành).",
                    en: "Choose the cell's admission vote (it needs two thirds in favour).", field: "voteId")
            }
            try await checkVote(db, voteID, cell: s.$unit.id)
        }
        file.steps.append(RecordedStep(c.step, on: c.date, introducer: c.introducerID?.uuidString))
        let decision = rows.first { $0.step == .decision }
        let introducerKey = c.introducerID?.uuidString
        return try await db.write { tx in
            // The file's row held for the transaction, then checked again as it stands: a step sent
            // twice (a double tap on the ceremony) is refused the second time, not written twice.
            try await tx.holdRow("sympathisers", id)
            guard let current = try await Sympathiser.find(id, on: tx) else { throw DomainError.notFound("sympathiser") }
            try checkOpen(current, for: c.step)
            let fresh = AdmissionCase(birthDate: s.birthDate, steps: (try await steps(tx, [id])[id] ?? []).map(\.recorded))
            if let introducerKey, fresh.steps.contains(where: { $0.introducer == introducerKey }) {
                throw DomainError(
                    .invalid, code: "introducerId.again", vi: "Đảng viên này đã giới thiệu người vào Đảng này.",
                    en: "This member already introduced the person.", field: "introducerId")
            }
            try fresh.check(c.step, on: c.date, today: today)
            if let voteID = c.voteID, c.step == .cellResolution { try await checkVote(tx, voteID, cell: s.$unit.id) }
            let row = AdmissionStepRecord()
            row.$sympathiser.id = id
            row.step = c.step
            row.date = c.date
            row.documentNumber = c.documentNumber
            row.note = c.note ?? (c.youthUnion ? "Đoàn TNCS Hồ Chí Minh giới thiệu" : nil)
            row.$introducer.id = c.introducerID
            row.knownSince = c.knownSince
            row.voteID = c.voteID
            try await row.create(on: tx)
            if c.step == .ceremony, let decision {
                let member = try await admit(
                    tx, current, decided: decision.date, decisionNumber: decision.documentNumber, ceremony: c.date)
                try await Audit.record(
                    tx, Actor(principal), action: "member.admit", entity: "member", id: member.id, unit: s.$unit.id,
                    before: String?.none, after: MemberDTO(member))
            }
            try await syncAwaitingFile(tx, id)
            // The member's file is audited on the member it completes.
            let memberID = c.step == .memberFile ? current.$member.id : nil
            try await Audit.record(
                tx, Actor(principal), action: memberID == nil ? "sympathiser.step" : "member.file",
                entity: memberID == nil ? "sympathiser" : "member", id: memberID ?? id, unit: s.$unit.id,
                before: String?.none, after: AdmissionStepDTO(row, introducerName: nil))
            return current
        }
    }

    /// Keeps `sympathisers.awaiting_file_since` (M037) true to the file's steps: the ceremony's day
    /// while an admitted member's file is not complete, else null. The recruitment page walks
    /// the files awaited by it, in its order.
    static func syncAwaitingFile(_ db: any Database, _ id: UUID) async throws {
        try await (db as! any SQLDatabase).raw(
            """
            UPDATE sympathisers SET awaiting_file_since = CASE
                WHEN status = \(bind: SympathiserStatus.admitted.rawValue) AND NOT EXISTS (SELECT 1 FROM admission_steps f
                    WHERE f.sympathiser_id = sympathisers.id AND f.step = \(bind: AdmissionStep.memberFile.rawValue))
                THEN (SELECT MAX(a.date) FROM admission_steps a
                    WHERE a.sympathiser_id = sympathisers.id AND a.step = \(bind: AdmissionStep.ceremony.rawValue))
                END
            WHERE id = \(bind: id)
            """
        ).run()
    }

    /// The ceremony opens the member record (in the caller's transaction): admitted (party
    /// seniority) from the decision, in the cell and probationary from the ceremony; the file is closed as admitted.
    static func admit(
        _ tx: any Database, _ s: Sympathiser, decided: CivilDate, decisionNumber: String?, ceremony: CivilDate
    ) async throws -> Member {
        let member = Member(
            unitID: s.$unit.id,
            facts: MemberFacts(
                fullName: s.fullName, birthDate: s.birthDate, gender: s.gender, cardNumber: nil, admissionDate: decided,
                officialDate: nil, status: .probationary, phone: s.phone))
        try await member.create(on: tx)
        try await MemberUnitPeriod(memberID: member.id!, unitID: s.$unit.id, from: ceremony, note: "Kết nạp").create(on: tx)
        let period = MemberStatusPeriod(memberID: member.id!, StatusPeriod(.probationary, from: ceremony))
        period.decisionNumber = decisionNumber
        period.decisionDate = decided
        period.reason = "Kết nạp đảng viên"
        try await period.create(on: tx)
        s.$member.id = member.id
        s.status = .admitted
        try await s.save(on: tx)
        return member
    }

    /// Closes a file without admission (moved away, withdrew, not proposed).
    static func drop(_ db: any Database, _ principal: Principal, id: UUID, reason: String?) async throws -> Sympathiser {
        let s = try await find(db, principal, id, for: .writeMembers)
        guard s.status == .active else {
            throw DomainError(.invalid, code: "sympathiser.closed", vi: "Hồ sơ này đã kết thúc.", en: "This file is closed.")
        }
        let why = try Read.text(reason, "reason", max: 500, vi: "Lý do", en: "Reason", required: true)
        return try await db.write { tx in
            s.status = .dropped
            s.note = [s.note, why].compactMap { $0 }.joined(separator: " — ")
            try await s.save(on: tx)
            try await Audit.record(
                tx, Actor(principal), action: "sympathiser.drop", entity: "sympathiser", id: id, unit: s.$unit.id,
                before: String?.none, after: SympathiserDTO(s, helperName: nil))
            return s
        }
    }

    /// The cell's admission vote: passed, of this cell, and not yet the resolution of another file.
    static func checkVote(_ db: any Database, _ voteID: UUID, cell: UUID) async throws {
        guard let vote = try await Vote.query(on: db).filter(\.$id == voteID).with(\.$meeting).first(),
            vote.kind == .admission, vote.meeting.$unit.id == cell
        else {
            throw DomainError(
                .invalid, code: "voteId.notAdmission", vi: "Biểu quyết đã chọn không phải biểu quyết kết nạp của chi bộ.",
                en: "The vote chosen is not the cell's admission vote.", field: "voteId")
        }
        guard vote.passed == true else {
            throw DomainError(
                .invalid, code: "voteId.notPassed", vi: "Biểu quyết kết nạp chưa đạt (cần ít nhất 2/3 tán thành).",
                en: "The admission vote did not pass (two thirds needed).", field: "voteId")
        }
        if try await AdmissionStepRecord.query(on: db).filter(\.$voteID == voteID).first() != nil {
            throw DomainError(
                .invalid, code: "voteId.used", vi: "Biểu quyết này đã dùng cho hồ sơ khác.", en: "This vote is used by another file.",
                field: "voteId")
        }
    }
}
