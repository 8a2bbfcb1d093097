import Testing
@testable import SovereignFilter
@Test func smoke() throws { #expect(try Engine().scan("a@b.com").count == 1) }
