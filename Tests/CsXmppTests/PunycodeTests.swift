import Testing
@testable import CsXmpp

/// RFC 3492 §7.1's sample strings and IDNA's best-known A-labels.
@Suite struct PunycodeTests {
    @Test func rfcSamples() {
        // (B) Chinese (simplified): u+4ED6 u+4EEC u+4E3A u+4EC0 u+4E48 u+4E0D u+8BF4 u+4E2D u+6587
        #expect(Punycode.encode("\u{4ED6}\u{4EEC}\u{4E3A}\u{4EC0}\u{4E48}\u{4E0D}\u{8BF4}\u{4E2D}\u{6587}") == "ihqwcrb4cv8a8dqg056pqjye")
        // (A) Arabic (Egyptian)
        #expect(Punycode.encode("\u{0644}\u{064A}\u{0647}\u{0645}\u{0627}\u{0628}\u{062A}\u{0643}\u{0644}\u{0645}\u{0648}\u{0634}\u{0639}\u{0631}\u{0628}\u{064A}\u{061F}")
                == "egbpdaj6bu4bxfgehfvwxn")
    }

    @Test func domains() {
        #expect(Punycode.asciiForm(ofDomain: "bücher.de") == "xn--bcher-kva.de")
        #expect(Punycode.asciiForm(ofDomain: "München.DE") == "xn--mnchen-3ya.de")
        #expect(Punycode.asciiForm(ofDomain: "plain.example") == "plain.example")
    }
}
