import Testing
@testable import CsCmdlets

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
