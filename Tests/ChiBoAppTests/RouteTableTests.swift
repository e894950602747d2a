import ChiBoCore
import Foundation
import Testing
import Vapor

@testable import ChiBoApp

/// The route table (`SiteURL`, `routes.swift`): every address is registered, every registered
/// route is an address, and links are built from it, never spelled by hand.
@Suite struct RouteTableTests {
    @Test func everyAddressIsRegisteredAndEveryRouteIsAnAddress() async throws {
        try await withApp { app in
            let registered = Set(app.routes.all.map { "/" + $0.path.map(\.description).joined(separator: "/") })
            let addresses = Set(SiteURL.all.map(\.patternString))
            #expect(registered.subtracting(addresses).sorted() == [], "routes registered without a SiteURL")
            #expect(addresses.subtracting(registered).sorted() == [], "SiteURLs with no route")
            #expect(SiteURL.all.count == addresses.count, "two SiteURLs with one pattern")
        }
    }

    @Test func linksAreBuiltFromTheTable() {
        let id = UUID(uuidString: "0190A1B2-0000-7000-8000-000000000001")!
        let v = UUID(uuidString: "0190A1B2-0000-7000-8000-000000000002")!
        #expect(SiteURL.meeting(id).path == "/meetings/0190a1b2-0000-7000-8000-000000000001")
        #expect(SiteURL.meeting(.key).patternString == "/meetings/:id")
        #expect(SiteURL.vote(id, vote: v, .tally).path == "/meetings/\(id.lowercased)/votes/\(v.lowercased)/tally")
        #expect(SiteURL.meetingFile(id, .minutesDocx).path == "/meetings/\(id.lowercased)/minutes.docx")
        #expect(SiteURL.memberAction(id, .exemptionEnd).path == "/members/\(id.lowercased)/exemption/end")
        #expect(
            SiteURL.unitStatistics(id, .year(2026), format: .csv).path == "/units/\(id.lowercased)/statistics.csv?period=year&year=2026")
        #expect(SiteURL.members(q: "Nguyễn Văn", after: "eyJ0Ijox").path == "/members?q=Nguy%E1%BB%85n%20V%C4%83n&after=eyJ0Ijox")
        #expect(SiteURL.members(q: "", after: "").path == "/members")
        #expect(SiteURL.login(next: "//evil.example").path == "/login")
        #expect(SiteURL.login(next: "/units?a=1&b=2").path == "/login?next=/units%3Fa%3D1%26b%3D2")
        #expect(SiteURL.api(.unitStatistics(id, period: "year")).path == "/api/v1/units/\(id.lowercased)/statistics?period=year")
        #expect(SiteURL.home.path == "/")
    }

    /// No page spells an address of its own: a path literal in an HTML attribute or a redirect
    /// would be a link the route table does not know.
    @Test func noSourceSpellsAnAddress() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/ChiBoApp")
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" && !$0.lastPathComponent.hasPrefix("SiteURL") }
        #expect(files.count > 20)
        let spelled = try Regex(#"(href|action)=\\?"/|redirect\(to: "/"#)
        var offenders: [String] = []
        for file in files {
            for (n, line) in try String(contentsOf: file, encoding: .utf8).split(separator: "\n").enumerated()
            where line.contains(spelled) {
                offenders.append("\(file.lastPathComponent):\(n + 1)")
            }
        }
        #expect(offenders == [])
    }
}
