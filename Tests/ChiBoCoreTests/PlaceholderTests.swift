import Testing
@testable import ChiBoCore
@Test func placeholder() { #expect(true) }
