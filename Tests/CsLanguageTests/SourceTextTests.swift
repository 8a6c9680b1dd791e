import Testing
@testable import CsLanguage

@Test func lineAndColumnOfOffsets() {
    let s = SourceText("ab\ncd\r\nef")
    #expect(s.location(of: 0) == (1, 1))
    #expect(s.location(of: 4) == (2, 2))
    #expect(s.location(of: 7) == (3, 1))
    #expect(s.lineText(2) == "cd")
}
