import Fluent
import FluentPostgresDriver
import Foundation
import SQLKit
import Testing
import Vapor

@testable import ChiBoApp
@testable import ChiBoCore

/// M028 (access follows office) on a database an older version filled: migrated up to M027,
/// its rows written as that version wrote them (raw SQL, its columns only), then the rest of
/// the migrations run as an upgrade runs them. Existing roles are linked to their holders'
/// offices, a secretary already replaced loses the role on the successor's first day, and the
/// one-account index is made unless two active accounts of one member stand in its way.
@Suite struct AccessMigrationTests {
    /// An empty database of its own (not the migrated template), removed afterwards.
    func withEmptyDatabase(_ body: (AppConfig) async throws -> Void) async throws {
        let name = "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        if let url = TestDatabase.postgresURL {
            try await TestDatabase.admin(url) { sql in try await sql.raw("CREATE DATABASE \(ident: name)").run() }
            var failure: (any Error)?
            do {
                try await body(AppConfig(database: .postgres(url: TestDatabase.url(url, database: name)), autoMigrate: false))
            } catch { failure = error }
            try? await TestDatabase.admin(url) { sql in try await sql.raw("DROP DATABASE IF EXISTS \(ident: name) WITH (FORCE)").run() }
            if let failure { throw failure }
        } else {
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("\(name).sqlite").path
            var config = AppConfig(database: .sqlite(path: path), autoMigrate: false)
            config.sqliteSynchronousFull = false
            var failure: (any Error)?
            do { try await body(config) } catch { failure = error }
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            if let failure { throw failure }
        }
    }

    /// What the old version left: a province, a commune, cells A and B; officers, accounts and roles.
    struct OldData {
        let province = UUID(), commune = UUID(), cellA = UUID(), cellB = UUID()
        /// Sáu: deputy then secretary of A, replaced by Bảy on 2025-06-15.
        let sau = UUID(), bay = UUID()
        /// Tư: deputy of B now. Tám: on the commune's committee now. Mười: on it until 2024.
        let tu = UUID(), tam = UUID(), muoi = UUID()
        /// Năm: a plain member of A with an account; Chín: a member of B, two accounts if `twoAccounts`.
        let nam = UUID(), chin = UUID()
        let sauDeputy = UUID(), sauSecretary = UUID(), baySecretary = UUID(), tuDeputy = UUID(), tamCommittee = UUID()
        let muoiCommittee = UUID()
        /// Roles by account user name and role.
        var roles: [String: UUID] = [:]

        mutating func write(_ sql: any SQLDatabase, twoAccounts: Bool) async throws {
            let units: [(UUID, UUID?, String, String, String?, Int)] = [
                (province, nil, "Đảng bộ tỉnh Tuyên Quang", "province", nil, 0),
                (commune, province, "Đảng bộ xã Thượng Lâm", "grassroots", nil, 1),
                (cellA, commune, "Chi bộ thôn Nà Thuôn", "cell", "rural_village", 2),
                (cellB, commune, "Chi bộ thôn Bản Chợ", "cell", "rural_village", 2),
            ]
            for (id, parent, name, kind, type, depth) in units {
                try await sql.raw(
                    """
                    INSERT INTO units (id, parent_id, name, search_name, code, kind, cell_type, term_label, term_start, depth)
                    VALUES (\(bind: id), \(bind: parent), \(bind: name), \(bind: VietnameseText.fold(name)), \(bind: "U\(depth)"),
                            \(bind: kind), \(bind: type), '2020–2025', '2020-05-10', \(bind: depth))
                    """
                ).run()
            }
            let ancestors: [UUID: [UUID]] = [
                province: [province], commune: [commune, province], cellA: [cellA, commune, province], cellB: [cellB, commune, province],
            ]
            for (unit, line) in ancestors {
                for (depth, ancestor) in line.enumerated() {
                    try await sql.raw(
                        """
                        INSERT INTO unit_closure (id, ancestor_id, descendant_id, depth)
                        VALUES (\(bind: UUID()), \(bind: ancestor), \(bind: unit), \(bind: depth))
                        """
                    ).run()
                }
            }
            let members: [(UUID, UUID, String)] = [
                (sau, cellA, "Hoàng Văn Sáu"), (bay, cellA, "Ma Thị Bảy"), (nam, cellA, "Lục Văn Năm"), (tu, cellB, "Nông Văn Tư"),
                (tam, cellA, "Triệu Thị Tám"), (muoi, cellB, "Vi Văn Mười"), (chin, cellB, "Hà Văn Chín"),
            ]
            for (n, (id, cell, name)) in members.enumerated() {
                try await sql.raw(
                    """
                    INSERT INTO members (id, unit_id, full_name, search_name, sort_key, birth_date, gender, card_number,
                                         admission_date, official_date, status)
                    VALUES (\(bind: id), \(bind: cell), \(bind: name), \(bind: VietnameseText.fold(name)), \(bind: VietnameseText.sortKey(fullName: name)),
                            '1970-03-15', 'male', \(bind: "2200010\(n)"), '1995-06-01', '1996-06-01', 'official')
                    """
                ).run()
            }
            let offices: [(UUID, UUID, UUID, String, String, String?)] = [
                (sauDeputy, cellA, sau, "deputy", "2015-05-10", "2020-05-10"),
                (sauSecretary, cellA, sau, "secretary", "2020-05-10", "2025-06-15"),
                (baySecretary, cellA, bay, "secretary", "2025-06-15", nil),
                (tuDeputy, cellB, tu, "deputy", "2020-05-10", nil),
                (tamCommittee, commune, tam, "committee_member", "2020-05-10", nil),
                (muoiCommittee, commune, muoi, "committee_member", "2015-05-10", "2024-01-01"),
            ]
            for (id, unit, member, role, from, until) in offices {
                try await sql.raw(
                    """
                    INSERT INTO unit_officers (id, unit_id, member_id, role, from_date, until_date)
                    VALUES (\(bind: id), \(bind: unit), \(bind: member), \(bind: role), \(bind: from), \(bind: until))
                    """
                ).run()
            }
            // Accounts: a user name, its member, its roles (role, unit).
            var accounts: [(String, UUID?, [(String, UUID)])] = [
                ("bt.sau", sau, [("member", cellA), ("cell_secretary", cellA)]),
                ("bt.bay", bay, [("member", cellA), ("cell_secretary", cellA)]),
                ("pbt.tu", tu, [("cell_secretary", cellB)]),
                ("uv.tam", tam, [("committee_staff", commune)]),
                ("uv.muoi", muoi, [("committee_staff", commune)]),
                ("dv.nam", nam, [("member", cellA)]),
                // A secretary's role held without any office of the cell's (given by hand).
                ("vanthu", nil, [("cell_secretary", cellB)]),
                ("dv.chin", chin, [("member", cellB)]),
            ]
            if twoAccounts { accounts.append(("dv.chin2", chin, [("member", cellB)])) }
            for (username, member, grants) in accounts {
                let account = UUID()
                try await sql.raw(
                    """
                    INSERT INTO accounts (id, username, password_hash, display_name, member_id, active)
                    VALUES (\(bind: account), \(bind: username), 'x', \(bind: username), \(bind: member), \(bind: true))
                    """
                ).run()
                for (role, unit) in grants {
                    let id = UUID()
                    roles["\(username) \(role)"] = id
                    try await sql.raw(
                        "INSERT INTO account_roles (id, account_id, role, unit_id) VALUES (\(bind: id), \(bind: account), \(bind: role), \(bind: unit))"
                    ).run()
                }
            }
        }
    }

    @Test(arguments: [false, true])
    func m028LinksRolesToOfficesAndEndsThoseOfReplacedSecretaries(twoAccounts: Bool) async throws {
        try await withEmptyDatabase { config in
            let app = try await makeTestApp(config, migrate: false)
            do {
                try await ChiBoApp.Migrations.migrate(app, before: "M028_AccessFollowsOffice")
                let sql = app.db as! any SQLDatabase
                // The old version's schema: no end, no office on a role.
                await #expect(throws: (any Error).self) { try await sql.raw("SELECT ended_on FROM account_roles").run() }
                var old = OldData()
                try await old.write(sql, twoAccounts: twoAccounts)

                try await app.autoMigrate()
                try await app.prepareDatabase()

                func role(_ key: String) async throws -> AccountRole {
                    try #require(try await AccountRole.find(try #require(old.roles[key]), on: app.db), "\(key)")
                }
                // Sáu, replaced by Bảy: his secretary's role is tied to his latest office of the cell
                // and ends on the successor's first day; his member's role stays.
                let sau = try await role("bt.sau cell_secretary")
                #expect(sau.officerID == old.sauSecretary)
                #expect(sau.endedOn == CivilDate(parsing: "2025-06-15"))
                #expect(sau.endReason == .termEnded)
                let sauMember = try await role("bt.sau member")
                #expect(sauMember.officerID == nil && sauMember.endedOn == nil)
                // Bảy, the secretary now: linked to her office, held.
                let bay = try await role("bt.bay cell_secretary")
                #expect(bay.officerID == old.baySecretary && bay.endedOn == nil && bay.endReason == nil)
                // A deputy holds the cell secretary's role by the deputy's office.
                let tu = try await role("pbt.tu cell_secretary")
                #expect(tu.officerID == old.tuDeputy && tu.endedOn == nil)
                // The committee's staff: linked to an open office at the commune; a staffer whose
                // office ended before keeps the role unlinked (staff need not be officers).
                let tam = try await role("uv.tam committee_staff")
                #expect(tam.officerID == old.tamCommittee && tam.endedOn == nil)
                let muoi = try await role("uv.muoi committee_staff")
                #expect(muoi.officerID == nil && muoi.endedOn == nil)
                // Roles without an office are left as they were.
                let vanthu = try await role("vanthu cell_secretary")
                #expect(vanthu.officerID == nil && vanthu.endedOn == nil)
                let nam = try await role("dv.nam member")
                #expect(nam.officerID == nil && nam.endedOn == nil)

                // The replaced secretary can no longer act as one; the successor can.
                let today = app.clock.today
                func grants(_ username: String) async throws -> [Role] {
                    let id = try #require(try await Account.query(on: app.db).filter(\.$username == username).first()?.id)
                    return try #require(try await Principal.load(accountID: id, today: today, on: app.db)).grants.map(\.role)
                }
                #expect(try await grants("bt.sau") == [.member])
                #expect(Set(try await grants("bt.bay")) == [.member, .cellSecretary])
                #expect(try await grants("pbt.tu") == [.cellSecretary])

                // One account per member: the index exists when the data allowed it.
                let chinAccounts = try await Account.query(on: app.db).filter(\.$member.$id == old.chin).filter(\.$active == true).count()
                #expect(chinAccounts == (twoAccounts ? 2 : 1), "the migration deactivates no account")
                let third = Account(username: "dv.bay2", passwordHash: "x", displayName: "x", memberID: old.bay)
                if twoAccounts {
                    // Without the index, a second account written past the application still stands…
                    try await third.create(on: app.db)
                    try await third.delete(on: app.db)
                } else {
                    await #expect(throws: (any Error).self, "the index refuses a second active account") {
                        try await third.create(on: app.db)
                    }
                }
                // …and the application refuses one either way.
                let admin = try await Fixture.admin(app)
                let hasher = app.password.async(on: app.threadPool, hopTo: app.eventLoopGroup.any())
                do {
                    _ = try await AccountService.create(
                        app.db, admin, hasher: hasher,
                        .init(
                            username: "dv.bay3", password: Fixture.password, displayName: nil, memberID: old.bay,
                            role: Role.member.rawValue, unitID: old.cellA))
                    Issue.record("a second account for Bảy was made")
                } catch let error as DomainError {
                    #expect(error.code == "memberId.hasAccount")
                }
            } catch {
                try? await app.asyncShutdown()
                throw error
            }
            try await app.asyncShutdown()
        }
    }
}
