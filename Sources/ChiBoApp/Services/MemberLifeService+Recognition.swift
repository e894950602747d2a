import ChiBoCore
import Fluent
import SQLKit
import Vapor

/// A probationary member's recognition file before the committee's decision: the self-review,
/// the helper's review, the comments, the cell's resolution through its vote, the committee's.
extension MemberLifeService {
    static func recognitionSteps(_ db: any Database, memberID: UUID) async throws -> [RecognitionStepRecord] {
        try await RecognitionStepRecord.query(on: db).filter(\.$member.$id == memberID).sort(\.$date).all()
    }

    static func recordRecognitionStep(
        _ db: any Database, _ principal: Principal, id: UUID, input: RecognitionStepInput, today: CivilDate
    ) async throws -> Member {
        let (step, date, number, voteID) = try input.read()
        let member = try await MemberService.find(db, principal, id, for: step == .committeeResolution ? .recordDecisions : .writeMembers)
        if step == .cellResolution {
            guard let voteID else {
                throw DomainError(
                    .invalid, code: "voteId.required", vi: "Chọn biểu quyết công nhận chính thức của chi bộ (cần ít nhất 2/3 tán thành).",
                    en: "Choose the cell's recognition vote (two thirds needed).", field: "voteId")
            }
            try await checkVote(db, voteID, kind: .recognition, member: member)
        }
        return try await db.write { tx in
            try await tx.holdRow("members", id)
            guard let officialFrom = MemberHistory(try await periods(tx, memberID: id).map(\.period)).officialFrom else {
                throw DomainError(
                    .invalid, code: "member.notProbationary", vi: "Đảng viên không phải đảng viên dự bị.",
                    en: "The member is not probationary.")
            }
            let done = Dictionary(try await recognitionSteps(tx, memberID: id).map { ($0.step, $0.date) }) { a, _ in a }
            try AdmissionCase.checkRecognitionStep(step, on: date, done: done, officialFrom: officialFrom, today: today)
            let row = RecognitionStepRecord()
            row.$member.id = id
            row.step = step
            row.date = date
            row.documentNumber = number
            row.voteID = step == .cellResolution ? voteID : nil
            try await row.create(on: tx)
            try await Audit.record(
                tx, Actor(principal), action: "member.recognition.step", entity: "member", id: id, unit: member.$unit.id,
                before: String?.none, after: ["step": step.rawValue, "date": date.iso, "form": step.form])
            return member
        }
    }
}
