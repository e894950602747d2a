import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import ChiBoApp
@testable import ChiBoCore

/// A small known world: province P → commune C → cells A and B, a second commune D → cell E;
/// members in A, B and E; accounts for every role. Password of every account: "matkhau123".
struct Fixture {
    static let password = "matkhau123"

    var province: UUID!
    var commune: UUID!
    var cellA: UUID!
    var cellB: UUID!
    var commune2: UUID!
    var cellE: UUID!
    /// "Nguyễn Văn An" in A (official), "Đỗ Thị Ánh" in A (probationary), "Lò Văn Bình" in B, "Hà Thị Em" in E.
    var an: UUID!
    var anh: UUID!
    var binh: UUID!
    var em: UUID!

    static func admin(_ app: Application) async throws -> Principal {
        if let account = try await Account.query(on: app.db).filter(\.$username == "admin").first() {
            return try await Principal.load(accountID: account.id!, today: app.clock.today, on: app.db)!
        }
        let account = Account(username: "admin", passwordHash: try app.password.hash(password), displayName: "Admin", memberID: nil)
        try await account.create(on: app.db)
        try await AccountRole(accountID: account.id!, role: .administrator, unitID: nil).create(on: app.db)
        return try await Principal.load(accountID: account.id!, today: app.clock.today, on: app.db)!
    }

    static func make(_ app: Application) async throws -> Fixture {
        let db = app.db
        let admin = try await admin(app)
        var f = Fixture()
        func unit(_ parent: UUID?, _ name: String, _ code: String, _ kind: UnitKind, _ type: CellType? = nil) async throws -> UUID {
            try await UnitService.create(
                db, admin, parentID: parent,
                draft: UnitDraft(
                    name: name, code: code, kind: kind.rawValue, cellType: type?.rawValue, termLabel: "2025–2030",
                    termStart: "2025-05-10"), today: app.clock.today
            ).id!
        }
        f.province = try await unit(nil, "Đảng bộ tỉnh Tuyên Quang", "TU", .province)
        f.commune = try await unit(f.province, "Đảng bộ xã Thượng Lâm", "ĐU", .grassroots)
        f.cellA = try await unit(f.commune, "Chi bộ thôn Nà Thuôn", "CB01", .cell, .ruralVillage)
        f.cellB = try await unit(f.commune, "Chi bộ thôn Bản Chợ", "CB02", .cell, .ruralVillage)
        f.commune2 = try await unit(f.province, "Đảng bộ xã Lăng Can", "ĐU", .grassroots)
        f.cellE = try await unit(f.commune2, "Chi bộ thôn Nà Đông", "CB01", .cell, .ruralVillage)
        func member(_ cell: UUID, _ name: String, _ card: String, official: Bool = true) async throws -> UUID {
            try await MemberService.create(
                db, admin, unitID: cell,
                draft: MemberDraft(
                    fullName: name, birthDate: "1970-03-15", gender: name.contains("Thị") ? "female" : "male", cardNumber: card,
                    admissionDate: official ? "1995-06-01" : "2026-01-10", officialDate: official ? "1996-06-01" : nil,
                    status: official ? "official" : "probationary"), today: CivilDate(year: 2026, month: 11, day: 1)!
            ).id!
        }
        f.an = try await member(f.cellA, "Nguyễn Văn An", "22000001")
        f.anh = try await member(f.cellA, "Đỗ Thị Ánh", "22000002", official: false)
        f.binh = try await member(f.cellB, "Lò Văn Bình", "22000003")
        f.em = try await member(f.cellE, "Hà Thị Em", "22000004")
        func account(_ username: String, _ role: Role, _ unit: UUID, member: UUID? = nil) async throws {
            _ = try await AccountService.create(
                db, admin, hasher: app.password.async(on: app.threadPool, hopTo: app.eventLoopGroup.any()),
                .init(
                    username: username, password: password, displayName: username,
                    memberID: member, role: role.rawValue, unitID: unit))
        }
        try await account("staff", .committeeStaff, f.commune)
        try await account("inspector", .inspector, f.commune)
        try await account("seca", .cellSecretary, f.cellA)
        try await account("secb", .cellSecretary, f.cellB)
        try await account("dv.an", .member, f.cellA, member: f.an)
        return f
    }
}

/// A browser-like client: keeps cookies, reads the CSRF token from pages, posts forms.
final class Browser: @unchecked Sendable {
    let app: Application
    var cookies = HTTPCookies()
    var csrf = ""

    init(_ app: Application) { self.app = app }

    @discardableResult
    func get(_ path: String) async throws -> TestingHTTPResponse {
        var result: TestingHTTPResponse!
        try await app.testing().test(
            .GET, path,
            beforeRequest: { req in
                req.headers.cookie = self.cookies
            },
            afterResponse: { res in
                self.absorb(res)
                result = res
            })
        return result
    }

    @discardableResult
    func post(_ path: String, _ form: [String: String], withCSRF: Bool = true) async throws -> TestingHTTPResponse {
        var fields = form
        if withCSRF { fields["_csrf"] = csrf }
        var result: TestingHTTPResponse!
        try await app.testing().test(
            .POST, path,
            beforeRequest: { req in
                req.headers.cookie = self.cookies
                req.headers.contentType = .urlEncodedForm
                req.body = ByteBuffer(string: fields.map { "\(Self.enc($0.key))=\(Self.enc($0.value))" }.joined(separator: "&"))
            },
            afterResponse: { res in
                self.absorb(res)
                result = res
            })
        return result
    }

    func login(_ username: String, password: String = Fixture.password) async throws -> TestingHTTPResponse {
        try await get("/login")
        return try await post("/login", ["username": username, "password": password])
    }

    private func absorb(_ res: TestingHTTPResponse) {
        for (name, value) in res.headers.setCookie?.all ?? [:] { cookies[name] = value }
        let body = res.body.string
        if let r = body.range(of: "name=\"_csrf\" value=\"") {
            let rest = body[r.upperBound...]
            if let end = rest.firstIndex(of: "\"") { csrf = String(rest[..<end]) }
        }
    }

    static func enc(_ s: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return s.addingPercentEncoding(withAllowedCharacters: allowed) ?? s
    }
}

/// An API client with a bearer token.
struct APIClient {
    let app: Application
    let token: String

    static func login(_ app: Application, _ username: String, password: String = Fixture.password) async throws -> APIClient {
        var token = ""
        try await app.testing().test(
            .POST, "/api/v1/auth/token",
            beforeRequest: { req in
                try req.content.encode(["username": username, "password": password])
            },
            afterResponse: { res in
                #expect(res.status == .ok)
                token = try res.content.get(String.self, at: "token")
            })
        return APIClient(app: app, token: token)
    }

    @discardableResult
    func send(_ method: HTTPMethod, _ path: String, json: String? = nil) async throws -> TestingHTTPResponse {
        var result: TestingHTTPResponse!
        try await app.testing().test(
            method, path,
            beforeRequest: { req in
                req.headers.bearerAuthorization = BearerAuthorization(token: token)
                if let json {
                    req.headers.contentType = .json
                    req.body = ByteBuffer(string: json)
                }
            }, afterResponse: { res in result = res })
        return result
    }
}

extension TestingHTTPResponse {
    func json() throws -> [String: Any] {
        (try JSONSerialization.jsonObject(with: Data(body.string.utf8)) as? [String: Any]) ?? [:]
    }
}
