import Crypto
import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import ChiBoApp
@testable import ChiBoCore

/// The locked record nobody can quietly rewrite: the chain covers the meeting's documents and the
/// signer's account (hash input version 2, version 1 records still verifying), `verify` reports
/// every break, and the anchor kept outside the database catches deleted records and older backups.
@Suite struct RecordTrustTests {
    static let pdf = Array("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".utf8)

    /// Locks a meeting of `cell` over the API (its secretary `secretary`, the members `present`
    /// present, the first chairing, the last taking the minutes), with a document when asked.
    func lockMeeting(
        _ app: Application, secretary: String, cell: UUID, present: [(UUID, String)], document: Bool = false
    ) async throws -> UUID {
        let sec = try await APIClient.login(app, secretary)
        let today = app.clock.today
        let created = try await sec.send(
            .POST, "/api/v1/units/\(cell)/meetings",
            json: #"{"kind":"regular","date":"\#(today.iso)","time":"07:30","location":"Nhà văn hóa"}"#)
        #expect(created.status == .created)
        let id = try created.json()["id"] as! String
        #expect(try await sec.send(.POST, "/api/v1/meetings/\(id)/open").status == .ok)
        for (member, _) in present {
            #expect(
                try await sec.send(.PUT, "/api/v1/meetings/\(id)/attendance/\(member)", json: #"{"attendance":"present"}"#).status == .ok)
        }
        if document {
            let account = try await Account.query(on: app.db).filter(\.$username == secretary).first()!
            let p = try await Principal.load(accountID: account.id!, today: app.clock.today, on: app.db)!
            _ = try await AttachmentService.add(
                app.db, p, meetingID: UUID(uuidString: id)!, upload: Upload(filename: "du-thao.pdf", bytes: Self.pdf))
        }
        #expect(try await sec.send(.POST, "/api/v1/meetings/\(id)/end").status == .ok)
        #expect(
            try await sec.send(
                .PATCH, "/api/v1/meetings/\(id)/minutes",
                json: #"{"chairName":"\#(present.first!.1)","secretaryName":"\#(present.last!.1)","qualityScore":85}"#
            ).status == .ok)
        #expect(try await sec.send(.POST, "/api/v1/meetings/\(id)/approve").status == .ok)
        return UUID(uuidString: id)!
    }

    func cellAMeeting(_ app: Application, _ f: Fixture, document: Bool = false) async throws -> UUID {
        try await lockMeeting(
            app, secretary: "seca", cell: f.cellA, present: [(f.an, "Nguyễn Văn An"), (f.anh, "Đỗ Thị Ánh")], document: document)
    }

    @Test func theChainCoversTheDocumentsAndTheSignersAccount() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let id = try await cellAMeeting(app, f, document: true)
            let record = try await LockedRecord.query(on: app.db).filter(\.$meeting.$id == id).first()!
            let seca = try await Account.query(on: app.db).filter(\.$username == "seca").first()!
            #expect(record.hashVersion == 2)
            #expect(record.signerAccountID == seca.id)
            let snap = try JSONDecoder().decode(MinutesService.Snapshot.self, from: Data(record.content.utf8))
            #expect(snap.attachments?.map(\.sha256) == [SHA256.hash(data: Self.pdf).hex])
            #expect(try await MinutesService.verify(app.db).problems.isEmpty)

            // The document's bytes replaced after locking, its stored hash too: detected.
            let sql = app.db as! any SQLDatabase
            let forged = Array("%PDF-1.4\n% forged\n%%EOF\n".utf8)
            try await sql.raw(
                "UPDATE attachments SET data = \(bind: Data(forged)), sha256 = \(bind: SHA256.hash(data: forged).hex) WHERE meeting_id = \(bind: id)"
            ).run()
            let problems = try await MinutesService.verify(app.db).problems
            #expect(problems.map(\.what) == ["the meeting's documents differ from those locked with the minutes"])
            #expect(problems.first?.unit == "CB01 Chi bộ thôn Nà Thuôn")
            try await sql.raw("UPDATE attachments SET data = \(bind: Data(Self.pdf)) WHERE meeting_id = \(bind: id)").run()
            #expect(try await MinutesService.verify(app.db).problems.isEmpty)

            // Another account named as the signer: the hash no longer matches.
            let staff = try await Account.query(on: app.db).filter(\.$username == "staff").first()!
            try await sql.raw("UPDATE locked_records SET signer_account_id = \(bind: staff.id!) WHERE meeting_id = \(bind: id)").run()
            #expect(try await MinutesService.verify(app.db).problems.map(\.what) == ["content changed after locking"])
        }
    }

    @Test func recordsLockedBeforeVersionTwoKeepVerifying() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let id = try await cellAMeeting(app, f)
            // Rewritten as the version before M024 locked it: no documents in the content, no
            // account, version 1's hash input.
            let r = try await LockedRecord.query(on: app.db).filter(\.$meeting.$id == id).first()!
            var snap = try JSONDecoder().decode(MinutesService.Snapshot.self, from: Data(r.content.utf8))
            snap.attachments = nil
            r.content = try MinutesService.canonical(snap)
            #expect(!r.content.contains("attachments"))
            r.hashVersion = nil
            r.signerAccountID = nil
            r.hash = MinutesService.hash(
                prev: r.prevHash, content: r.content, signedBy: r.signedBy, signedOn: r.signedOn, docNumber: r.docNumber)
            try await r.save(on: app.db)
            #expect(try await MinutesService.verify(app.db).problems.isEmpty)
            // A version 2 record after it, in the same chain.
            let second = try await cellAMeeting(app, f, document: true)
            let next = try await LockedRecord.query(on: app.db).filter(\.$meeting.$id == second).first()!
            #expect(next.hashVersion == 2 && next.prevHash == r.hash)
            #expect(try await MinutesService.verify(app.db).problems.isEmpty)
            // The old record's signer changed: still detected under version 1.
            let signer = r.signedBy
            r.signedBy = "Người khác"
            try await r.save(on: app.db)
            #expect(try await MinutesService.verify(app.db).problems.map(\.what) == ["content changed after locking"])
            // Claiming version 2 for the old record does not make it verify either.
            r.signedBy = signer
            r.hashVersion = 2
            try await r.save(on: app.db)
            #expect(try await MinutesService.verify(app.db).problems.count >= 1)
        }
    }

    @Test func verifyReportsEveryBreakItFinds() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            let a = try await cellAMeeting(app, f)
            let b = try await lockMeeting(app, secretary: "secb", cell: f.cellB, present: [(f.binh, "Lò Văn Bình")])
            #expect(try await MinutesService.verify(app.db).problems.isEmpty)
            let sql = app.db as! any SQLDatabase
            try await sql.raw("UPDATE meetings SET chair_name = 'Kẻ giả mạo' WHERE id = \(bind: a)").run()
            try await sql.raw("UPDATE locked_records SET signed_on = '2026-01-01' WHERE meeting_id = \(bind: b)").run()
            try await sql.raw("UPDATE meetings SET status = 'ended' WHERE id = \(bind: b)").run()
            let problems = try await MinutesService.verify(app.db).problems
            #expect(Set(problems.map(\.unitID)) == [f.cellA, f.cellB])
            #expect(problems.contains { $0.unitID == f.cellA && $0.what == "the meeting's tables differ from the locked minutes" })
            #expect(problems.contains { $0.unitID == f.cellB && $0.what == "content changed after locking" })
            #expect(problems.contains { $0.unitID == f.cellB && $0.what == "the meeting is no longer locked (ended)" })
        }
    }

    @Test func deletingTheNewestRecordsIsDetectedAgainstTheAnchor() async throws {
        try await withApp { app in
            let f = try await Fixture.make(app)
            _ = try await cellAMeeting(app, f)
            let newest = try await cellAMeeting(app, f)
            _ = try await lockMeeting(app, secretary: "secb", cell: f.cellB, present: [(f.binh, "Lò Văn Bình")])
            let key = SymmetricKey(data: Data(repeating: 7, count: 32))
            let heads = try await RecordAnchor.heads(app.db, at: Date())
            #expect(heads.map(\.code) == ["CB01", "CB02"] && heads.map(\.sequence) == [2, 1])
            let file = try heads.map { try RecordAnchor.line($0, key: key) }.joined(separator: "\n")
            let (anchored, unreadable) = RecordAnchor.parse(file, key: key)
            #expect(anchored.count == 2 && unreadable.isEmpty)
            #expect(try await MinutesService.verify(app.db, anchor: anchored).problems.isEmpty)

            // The newest minutes removed without a trace in the chain: the meeting set back to
            // ended, its record deleted. The chain alone still verifies; the anchor does not.
            let sql = app.db as! any SQLDatabase
            try await sql.raw("DELETE FROM locked_records WHERE meeting_id = \(bind: newest)").run()
            try await sql.raw("UPDATE meetings SET status = 'ended' WHERE id = \(bind: newest)").run()
            #expect(try await MinutesService.verify(app.db).problems.isEmpty)
            let problems = try await MinutesService.verify(app.db, anchor: anchored).problems
            #expect(problems.count == 1)
            #expect(problems.first?.unitID == f.cellA && problems.first?.sequence == 2)
            #expect(problems.first?.description.contains("CB01 Chi bộ thôn Nà Thuôn") == true)
            #expect(problems.first?.what.contains("ends at 1") == true)

            // A chain rewritten from its first record (hashes recomputed): the anchor's hash differs.
            let cb02 = try await LockedRecord.query(on: app.db).filter(\.$unit.$id == f.cellB).first()!
            cb02.signedOn = "2026-01-01"
            cb02.hash = MinutesService.expectedHash(cb02)!
            try await cb02.save(on: app.db)
            let rewritten = try await MinutesService.verify(app.db, anchor: anchored).problems
            #expect(rewritten.contains { $0.unitID == f.cellB && $0.what.contains("the chain was rewritten") })

            // The anchor file itself: an edited line or one without its signature is refused.
            let edited = file.replacingOccurrences(of: "\"sequence\":2", with: "\"sequence\":1")
            #expect(RecordAnchor.parse(edited, key: key).problems.count == 1)
            let unsigned = try heads.map { try RecordAnchor.line($0, key: nil) }.joined(separator: "\n")
            #expect(RecordAnchor.parse(unsigned, key: key).problems.count == 2)
            #expect(RecordAnchor.parse(unsigned, key: nil).heads.count == 2)
        }
    }

    @Test func anOlderBackupRestoredIsDetectedAgainstTheAnchor() async throws {
        try await withApp { app in
            guard case .sqlite(let path) = app.chibo.database else { return } // PostgreSQL: scripts/durability.py
            let f = try await Fixture.make(app)
            _ = try await cellAMeeting(app, f)
            let backup = FileManager.default.temporaryDirectory.appendingPathComponent("older-\(UUID()).sqlite").path
            defer { try? FileManager.default.removeItem(atPath: backup) }
            try SQLiteFile.copy(from: path, to: backup, createTarget: true)
            try SQLiteFile.checkBackup(backup)
            _ = try await cellAMeeting(app, f)
            let anchored = try await RecordAnchor.heads(app.db, at: Date())
            #expect(try await MinutesService.verify(app.db, anchor: anchored).problems.isEmpty)
            // The older backup put back over the database: its chains verify on their own, not
            // against the anchor, which names the unit.
            #expect(try SQLiteFile.tableCount(path) > 0)
            try SQLiteFile.copy(from: backup, to: path, createTarget: false)
            #expect(try await LockedRecord.query(on: app.db).count() == 1)
            #expect(try await MinutesService.verify(app.db).problems.isEmpty)
            let problems = try await MinutesService.verify(app.db, anchor: anchored).problems
            #expect(problems.map(\.unit) == ["CB01 Chi bộ thôn Nà Thuôn"])
        }
    }

    @Test func maintenanceCommandsTakeTheDatabaseAsTheyFindIt() {
        for command in ["verify", "backup", "restore", "anchor"] {
            #expect(!CommandPlan.migratesFirst(command, autoMigrate: true))
            #expect(!CommandPlan.preparesDatabase(command))
        }
        #expect(CommandPlan.migratesFirst("serve", autoMigrate: true))
        #expect(CommandPlan.migratesFirst("demo", autoMigrate: true))
        #expect(!CommandPlan.migratesFirst("serve", autoMigrate: false))
        #expect(!CommandPlan.migratesFirst("migrate", autoMigrate: true))
        #expect(CommandPlan.preparesDatabase("serve"))
    }
}
