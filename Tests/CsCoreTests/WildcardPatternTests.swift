import Testing
@testable import CsCore

@Test func wildcardsMatchLikePowerShell() {
    #expect(WildcardPattern("*.org").matches("xmpp.contoso.ORG"))
    #expect(!WildcardPattern("*.org").matches("contoso.org.uk"))
    #expect(WildcardPattern("a?c").matches("abc"))
    #expect(WildcardPattern("[a-c]x").matches("Bx"))
    #expect(!WildcardPattern("[!a-c]x").matches("bx"))
    #expect(WildcardPattern("a`*").matches("a*"))
    #expect(!WildcardPattern("a`*").matches("ab"))
    #expect(WildcardPattern("*").matches(""))
    #expect(!WildcardPattern("A*", caseSensitive: true).matches("abc"))
}

/// The byte matcher (ASCII text) and the Character matcher agree, on seeded random patterns and texts
/// over a small alphabet that makes matches likely.
@Test func byteAndCharacterMatchersAgree() {
    var rng = SplitMix64(seed: 0x5EED_CAFE)
    let alphabet = Array("aAbB.-*?[]!`xZ\r\n")
    func random(_ n: Int) -> String { String((0..<Int.random(in: 0...n, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }) }
    for _ in 0..<20_000 {
        let p = WildcardPattern(random(8), caseSensitive: Bool.random(using: &rng))
        let t = random(10)
        #expect(p.matches(t) == p.matchCharacters(t), "pattern \(p.pattern.debugDescription) text \(t.debugDescription)")
    }
    #expect(WildcardPattern("*.org").bytes != nil)
    #expect(WildcardPattern("?é*").bytes == nil)
}

/// A small seeded generator (the standard one cannot be seeded).
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The SQL form of a pattern (PostgreSQL's LIKE with `\` as its escape, and POSIX regular
/// expressions for sets): a name without wildcards is an equality, `%`, `_` and `\` are literal.
@Test func wildcardsBecomeSQLConditions() {
    #expect(WildcardPattern("Contoso.COM").sqlCondition == .equals("contoso.com"))
    #expect(WildcardPattern("*.org").sqlCondition == .like("%.org"))
    #expect(WildcardPattern("a?b*").sqlCondition == .like("a_b%"))
    #expect(WildcardPattern("100%_x\\*").sqlCondition == .like("100\\%\\_x\\\\%"))
    #expect(WildcardPattern("a`*b*").sqlCondition == .like("a*b%"))
    #expect(WildcardPattern("a`*b").sqlCondition == .equals("a*b"))
    #expect(WildcardPattern("host12[34]5.*").sqlCondition == .regex("^host12[34]5\\..*$"))
    #expect(WildcardPattern("[!a-c]?").sqlCondition == .regex("^[^a-c].$"))
    #expect(WildcardPattern("[]^-]x(y)").sqlCondition == .equals("[]^-]x(y)"), "an empty set is literal text")
    #expect(WildcardPattern("[\\^]").sqlCondition == .regex("^[\\\\\\^]$"))
}
