import Testing
import VaporTesting
@testable import ChiBoApp
@Test func placeholderApp() { #expect(true) }
