import Testing
@testable import CsLanguage

/// AstWalker reaches commands and hashtables wherever they are nested.
struct AstWalkerTests {
    @Test func visitsNestedCommandsAssignmentsAndHashtables() throws {
        let text = """
            a 1 | b { c }; $x = "$(d)"; if (e) { f } else { @(g) }
            function h { param($p = (i)) begin { j } end { k } }
            try { l } catch { m } finally { n }; switch (o) { { p } { q } default { r } }
            foreach ($y in s) { t }; while (u) { v }; do { w } until (x); for ($i = y; z; aa) { bb }
            & { cc } @{ k = (dd) }; ee > $(ff)
            """
        let ast = try Parser.parse(SourceText(text))
        var commands: [String] = []
        var assignments = 0
        var hashtables = 0
        AstWalker(command: { c in
            if case let .name(n, _) = c.name { commands.append(n) } else { commands.append("&") }
        }, assignment: { _ in assignments += 1 }, hashtable: { _ in hashtables += 1 }).walk(ast)
        #expect(commands == ["a", "b", "c", "d", "e", "f", "g", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r",
                             "s", "t", "u", "v", "w", "x", "y", "z", "aa", "bb", "&", "cc", "dd", "ee", "ff"])
        #expect(assignments == 2)
        #expect(hashtables == 1)
    }
}
