import Testing
@testable import CsCore
@testable import CsShell

/// Every cmdlet a session knows, the shell's and the modules', passes the declaration checks of
/// CmdletMetadataValidator (unique names and aliases, positions, sets, help for every parameter,
/// examples), and the checks themselves catch each kind of mistake.
@Suite struct CatalogueValidationTests {
    @Test func theWholeCatalogueIsWellFormed() {
        let all = ShellHarness.allMetadata
        #expect(all.count >= 35)
        #expect(CmdletMetadataValidator.problems(inCatalogue: all) == [])
    }

    @Test func eachKindOfMistakeIsFound() {
        let help = CmdletHelp(synopsis: "s", description: "d", examples: [CmdletExample("Example 1", code: "Do-It", remarks: "r")])
        func metadata(_ params: [ParameterMetadata], aliases: [String] = [], help h: CmdletHelp? = nil) -> CmdletMetadata {
            CmdletMetadata(verb: "Do", noun: "It", className: "DoItCommand", aliases: aliases, parameters: params, help: h ?? help)
        }
        let a = ParameterMetadata("A", .string, position: 0, description: "a")
        #expect(CmdletMetadataValidator.problems(in: metadata([a])) == [])
        let problems = [
            CmdletMetadataValidator.problems(in: metadata([a, ParameterMetadata("a", .string, description: "x")])),
            CmdletMetadataValidator.problems(in: metadata([ParameterMetadata("B", .string, aliases: ["ea"], description: "b")])),
            CmdletMetadataValidator.problems(in: metadata([ParameterMetadata("Verbose", .string, description: "v")])),
            CmdletMetadataValidator.problems(in: metadata([ParameterMetadata("C", .string)])),
            CmdletMetadataValidator.problems(in: metadata([a, ParameterMetadata("D", .string, position: 0, description: "d")])),
            CmdletMetadataValidator.problems(in: metadata([ParameterMetadata("E", .string, pipeline: .byValue, description: "e"),
                                                           ParameterMetadata("F", .string, pipeline: .byValue, description: "f")])),
            CmdletMetadataValidator.problems(in: metadata([a], help: CmdletHelp(synopsis: "s", description: "d", examples: []))),
            CmdletMetadataValidator.problems(in: metadata([ParameterMetadata("G", .switchParameter, position: 1, description: "g")])),
        ]
        for (i, p) in problems.enumerated() { #expect(p.count == 1, "mistake \(i) is reported once: \(p)") }
        let twice = CmdletMetadataValidator.problems(inCatalogue: [metadata([a]), metadata([a])])
        #expect(twice == ["Do-It: the name 'Do-It' is also Do-It's"])
    }
}
