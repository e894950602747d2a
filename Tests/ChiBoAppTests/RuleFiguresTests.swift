import ChiBoCore
import Foundation
import Testing

/// Every figure a rule uses comes from the rulebook: no comparison or fallback in the application
/// (`Sources/ChiBoApp`, the demo's data aside) is written with a number the rulebook holds; a line
/// that means another number says so with `// not a rule: …`. ChiBoCore, where the rules are
/// applied to the rulebook's figures, is held by its own tests.
@Suite struct RuleFiguresTests {
    /// Every whole number of the rulebook in force on a day of each version, 3 and above.
    static func figures() -> Set<Int> {
        var found: Set<Int> = []
        func walk(_ value: Any) {
            if let n = value as? Int {
                if n >= 3 { found.insert(n) }
                return
            }
            if let n = value as? Int? {
                if let n { walk(n) }
                return
            }
            for child in Mirror(reflecting: value).children { walk(child.value) }
        }
        for year in [2018, 2022, 2024, 2025, 2026] {
            let r = Rulebook.inForce(on: CivilDate(year: year, month: 12, day: 31)!)
            for section in [r.meetings, r.votes, r.membership, r.evaluation, r.documents, r.local] as [Any] { walk(section) }
        }
        return found
    }

    @Test func noRuleFigureIsWrittenOutsideTheRulebook() throws {
        let figures = Self.figures()
        #expect(figures.isSuperset(of: [15, 85, 90, 12]))
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folders = ["Sources/ChiBoApp"]
        let skip = ["OpenAPIDocument.swift", "DemoLoader.swift", "DemoMeetings.swift"]
        let pattern = try Regex(#"(\?\?|[<>]=?|[=!]=)\s*(\d+)(?![\d._])"#)
        var offenders: [String] = []
        for folder in folders {
            let files = FileManager.default.enumerator(at: root.appendingPathComponent(folder), includingPropertiesForKeys: nil)!
                .compactMap { $0 as? URL }
                .filter { $0.pathExtension == "swift" && !skip.contains($0.lastPathComponent) }
            for file in files {
                for (n, line) in try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
                    .enumerated()
                where !line.contains("// not a rule") {
                    var code = String(line)
                    if let comment = code.range(of: "//") { code = String(code[..<comment.lowerBound]) }
                    code = code.replacing(/"(?:[^"\\]|\\.)*"/, with: "\"\"")
                    for match in code.matches(of: pattern) {
                        if let number = Int(match.output[2].substring ?? ""), figures.contains(number) {
                            offenders.append("\(file.lastPathComponent):\(n + 1): \(code.trimmingCharacters(in: .whitespaces))")
                        }
                    }
                }
            }
        }
        #expect(offenders == [])
    }
}
