import Fluent
import SQLKit
import Testing
import Vapor

@testable import ChiBoApp

@Suite struct ConfigTests {
    @Test func sqliteSynchronousIsFullUnlessAskedForNormal() throws {
        #expect(try AppConfig.fromEnvironment([:]).sqliteSynchronousFull == true)
        #expect(try AppConfig.fromEnvironment(["CHIBO_SQLITE_SYNCHRONOUS": "FULL"]).sqliteSynchronousFull == true)
        #expect(try AppConfig.fromEnvironment(["CHIBO_SQLITE_SYNCHRONOUS": "normal"]).sqliteSynchronousFull == false)
        #expect(throws: ConfigError.self) { try AppConfig.fromEnvironment(["CHIBO_SQLITE_SYNCHRONOUS": "off"]) }
    }

    @Test func theSQLiteDatabaseIsAFile() throws {
        #expect(
            try AppConfig.fromEnvironment(["CHIBO_DATABASE_PATH": "/var/lib/chibo/chibo.sqlite"]).database
                == .sqlite(path: "/var/lib/chibo/chibo.sqlite"))
        for path in [":memory:", "file:chibo.sqlite?mode=rwc"] {
            #expect(throws: ConfigError.self) { try AppConfig.fromEnvironment(["CHIBO_DATABASE_PATH": path]) }
        }
    }

    @Test func everyPooledSQLiteConnectionCommitsWithTheChosenMode() async throws {
        try await withApp { app in
            guard case .sqlite = app.chibo.database else { return }
            for loop in app.eventLoopGroup.makeIterator() {
                let db = app.databases.database(.sqlite, logger: app.logger, on: loop)!
                let mode = try await db.withConnection { c in
                    try await (c as! any SQLDatabase).raw("PRAGMA synchronous").first()!.decode(column: "synchronous", as: Int.self)
                }
                #expect(mode == 1, "NORMAL is 1")
            }
        }
    }
}
