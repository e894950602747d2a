import ChiBoCore
import Fluent
import Vapor

/// POST /meetings/{id}/visits and /meetings/{id}/visits/{visit}/evaluation: a superior at the meeting.
extension MeetingsController {
    @Sendable static func recordVisit(req: Request) async throws -> Response {
        let f = try req.content.decode(VisitInput.self)
        return try await act(req) { p, id in
            _ = try await VisitService.record(req.db, p, meetingID: id, input: f)
            return req.language == .vi ? "Đã ghi nhận đồng chí dự sinh hoạt." : "Your attendance is recorded."
        }
    }

    @Sendable static func evaluateVisit(req: Request) async throws -> Response {
        let f = try req.content.decode(EvaluationInput.self)
        let visit = try req.id("visit")
        return try await act(req) { p, id in
            let v = try await VisitService.evaluate(req.db, p, meetingID: id, visitID: visit, input: f, today: req.clock.today)
            let band = v.quality.map { req.language == .vi ? $0.label(.vi) : $0.label(.en) } ?? ""
            return req.language == .vi
                ? "Đã lưu đánh giá: \(v.score ?? 0) điểm, \(band)." : "Evaluation saved: \(v.score ?? 0) points, \(band)."
        }
    }
}
