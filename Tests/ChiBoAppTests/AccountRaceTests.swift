import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import ChiBoApp
@testable import ChiBoCore

/// One account per member under a race (issue 19): many requests for an account for the same
/// member at the same moment. On PostgreSQL they pass the application's check together and the
/// partial unique index (M028) refuses all but one; the refusal must be the check's own 409 and
/// message, not the database's error. On SQLite the writers queue and the check refuses them.
@Suite struct AccountRaceTests {
    static let concurrent = 12

    struct Answer: Sendable {
        let status: UInt
        let code: String?
        let message: String?
    }

    func send(_ api: APIClient, _ body: String, language: String) async throws -> Answer {
        var answer = Answer(status: 0, code: nil, message: nil)
        try await api.app.testing().test(
            .POST, "/api/v1/accounts",
            beforeRequest: { req in
                req.headers.bearerAuthorization = BearerAuthorization(token: api.token)
                req.headers.replaceOrAdd(name: .acceptLanguage, value: language)
                req.headers.contentType = .json
                req.body = ByteBuffer(string: body)
            },
            afterResponse: { res in
                let error = (try? res.json())?["error"] as? [String: Any]
                answer = Answer(status: res.status.code, code: error?["code"] as? String, message: error?["message"] as? String)
            })
        return answer
    }

    @Test func manyAccountsForOneMemberAtOnceMakeOneAndRefuseTheRestWith409() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let staff = try await APIClient.login(app, "staff")
            // Ánh (cell A) and Bình (cell B) have no account yet; each gets a burst of requests.
            for (member, cell) in [(f.anh!, f.cellA!), (f.binh!, f.cellB!)] {
                let auditBefore = try await AuditEntry.query(on: app.db).filter(\.$action == "account.create").count()
                let answers = try await withThrowingTaskGroup(of: Answer.self) { group in
                    for i in 0..<Self.concurrent {
                        // Each with its own user name: only the member's index can refuse them.
                        let body =
                            #"{"username":"race.\#(member.uuidString.prefix(8).lowercased()).\#(i)","password":"matkhau123","memberId":"\#(member)","role":"member","unitId":"\#(cell)"}"#
                        group.addTask { try await send(staff, body, language: i.isMultiple(of: 2) ? "vi" : "en") }
                    }
                    return try await group.reduce(into: [Answer]()) { $0.append($1) }
                }
                #expect(answers.filter { $0.status == 201 }.count == 1, "\(answers.map(\.status))")
                let refused = answers.filter { $0.status != 201 }
                #expect(refused.count == Self.concurrent - 1)
                for r in refused {
                    #expect(r.status == 409, "\(r.status) \(r.code ?? "") \(r.message ?? "")")
                    #expect(r.code == "memberId.hasAccount", "\(r.code ?? "") \(r.message ?? "")")
                    let message = r.message ?? ""
                    #expect(message.contains("Mỗi đảng viên chỉ có một tài khoản") || message.contains("A member has one account only"))
                }
                #expect(refused.contains { ($0.message ?? "").contains("Mỗi đảng viên chỉ có một tài khoản") })
                #expect(refused.contains { ($0.message ?? "").contains("A member has one account only") })
                let accounts = try await Account.query(on: app.db).filter(\.$member.$id == member).all()
                #expect(accounts.count == 1 && accounts.allSatisfy(\.active))
                let roles = try await AccountRole.query(on: app.db).filter(\.$account.$id == accounts.first!.id!).count()
                #expect(roles == 1, "no role left over from a refused request")
                let auditAfter = try await AuditEntry.query(on: app.db).filter(\.$action == "account.create").count()
                #expect(auditAfter == auditBefore + 1)
            }
        }
    }

    /// Reopening a member's old account while new ones are made for the member: one active account remains.
    @Test func reopeningAndCreatingAtOnceLeaveOneActiveAccount() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let staff = try await APIClient.login(app, "staff")
            let old = try #require(try await Account.query(on: app.db).filter(\.$username == "dv.an").first()?.id)
            #expect(try await staff.send(.POST, "/api/v1/accounts/\(old)/deactivate").status == .ok)
            let answers = try await withThrowingTaskGroup(of: Answer.self) { group in
                for i in 0..<Self.concurrent {
                    if i == Self.concurrent / 2 {
                        group.addTask {
                            let res = try await staff.send(.POST, "/api/v1/accounts/\(old)/reactivate")
                            let error = (try? res.json())?["error"] as? [String: Any]
                            return Answer(status: res.status.code, code: error?["code"] as? String, message: error?["message"] as? String)
                        }
                    } else {
                        let body =
                            #"{"username":"dv.an.\#(i)","password":"matkhau123","memberId":"\#(f.an!)","role":"member","unitId":"\#(f.cellA!)"}"#
                        group.addTask { try await send(staff, body, language: "vi") }
                    }
                }
                return try await group.reduce(into: [Answer]()) { $0.append($1) }
            }
            #expect(answers.filter { $0.status < 300 }.count == 1, "\(answers.map(\.status))")
            for r in answers where r.status >= 300 {
                #expect(r.status == 409, "\(r.status) \(r.code ?? "")")
                #expect(r.code == "memberId.hasAccount", "\(r.code ?? "")")
            }
            #expect(try await Account.query(on: app.db).filter(\.$member.$id == f.an!).filter(\.$active == true).count() == 1)
        }
    }
}
