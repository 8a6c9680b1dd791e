import Testing
@testable import CsLanguage

/// Comment-based help found and read from source text (PowerShell's HelpCommentsParser rules, as
/// ScriptHelp.Tests.ps1 exercises them end to end), and `#requires` statements.
@Suite struct CommentHelpTests {
    private func function(_ text: String) throws -> (FunctionAst, SourceText) {
        let source = SourceText(text)
        let ast = try Parser.parse(source)
        guard case let .functionDefinition(f)? = ast.statements.first(where: { if case .functionDefinition = $0 { return true } else { return false } }) else {
            Issue.record("no function in \(text)")
            throw ParseError(errorId: "none", message: "none", range: .empty)
        }
        return (f, source)
    }

    @Test func blockBeforeTheFunctionWithAtMostOneBlankLine() throws {
        let (f, s) = try function("<#\n.SYNOPSIS\n  Near.\n#>\n\nfunction f { }")
        // A section keeps the blank lines after its text (help trims them when it shows the text).
        #expect(CommentHelp.forFunction(f, source: s)?.synopsis == "Near.\n\n")
        let (g, t) = try function("<#\n.SYNOPSIS\n  Far.\n#>\n\n\nfunction g { }")
        #expect(CommentHelp.forFunction(g, source: t) == nil)
    }

    @Test func sectionsLoseTheFirstLinesIndentationAndLinksAreTrimmed() throws {
        let (f, s) = try function("function f {\n  # .DESCRIPTION\n  #    One\n  #\n  #        two\n  # .LINK\n  #    https://x.example/a\n}")
        let help = CommentHelp.forFunction(f, source: s)
        #expect(help?.description == "One\n\n    two\n")
        #expect(help?.links == ["https://x.example/a"])
    }

    @Test func anUnknownKeywordOrStrayTextIsNotHelp() throws {
        let (f, s) = try function("function f {\n  # .SYNOPSIS\n  #   x\n  # .NOSUCH\n}")
        #expect(CommentHelp.forFunction(f, source: s) == nil)
        let (g, t) = try function("function g {\n  # some words\n  # .SYNOPSIS\n  #   x\n}")
        #expect(CommentHelp.forFunction(g, source: t) == nil)
    }

    @Test func parameterCommentsAndParameterSections() throws {
        let (f, s) = try function("function f {\n  <#\n  .SYNOPSIS\n  s\n  .PARAMETER b\n  from the section\n  #>\n  param(\n    # a help\n    $a,\n    <# ignored #> $b\n  )\n}")
        let help = try #require(CommentHelp.forFunction(f, source: s))
        #expect(help.parameterDescription("a", index: 0) == "a help\n")
        #expect(help.parameterDescription("B", index: 1) == "from the section\n\n")
    }

    @Test func examplePromptCodeAndRemarks() {
        #expect(CommentHelp.exampleParts("PS> Get-X\nmore\n\nWhat it does.\n") == ("PS>", "Get-X\nmore", "What it does.\n"))
        #expect(CommentHelp.exampleParts("Get-X\n") == ("PS > ", "Get-X", ""))
    }

    @Test func requiresVersionIsReadAndABadFormIsAParseError() throws {
        #expect(try ScriptRequirements.scan(SourceText("#requires -Version 7.1\n1"))?.version == [7, 1])
        #expect(try ScriptRequirements.scan(SourceText("# requires is only a word here\n1")) == nil)
        for bad in ["#requiresX", "#requires -version 1.", "#requires -version A", "#requires -nosuch 1", "#requires version 1"] {
            #expect(throws: ParseError.self, "\(bad)") { try ScriptRequirements.scan(SourceText(bad + "\n1")) }
        }
    }
}
