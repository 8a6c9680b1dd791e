import Testing
@testable import CsLanguage

@Test func lineAndColumnOfOffsets() {
    let s = SourceText("ab\ncd\r\nef")
    #expect(s.location(of: 0) == (1, 1))
    #expect(s.location(of: 4) == (2, 2))
    #expect(s.location(of: 7) == (3, 1))
    #expect(s.lineText(2) == "cd")
}

@Test func redactedRangesAreMaskedInLines() {
    let s = SourceText("a 'xy' b\nc 'zz'").redacting([SourceRange(2, 6), SourceRange(11, 15)])
    #expect(s.lineText(1) == "a **** b")
    #expect(s.lineText(2) == "c ****")
    #expect(s.text == "a 'xy' b\nc 'zz'")
    #expect(SourceText("plain").redacting([]).redactions.isEmpty)
}
