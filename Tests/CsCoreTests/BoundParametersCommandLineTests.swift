import Testing
@testable import CsCore

/// The command line that binds a set of parameters (what a change history records for a command the
/// Control Panel ran). Quoting follows PowerShell's CodeGeneration.EscapeSingleQuotedStringContent:
/// in single quotes, every single quote (' and the typographic ‘ ’ ‚ ‛ the tokenizer reads as one)
/// doubled; about_Quoting_Rules: nothing else is special inside single quotes.
struct BoundParametersCommandLineTests {
    let metadata = CmdletMetadata(
        verb: "Set", noun: "Example", className: "Example",
        parameters: [
            ParameterMetadata("Name", .string),
            ParameterMetadata("Items", .listModifier(.string)),
            ParameterMetadata("Count", .uint32),
            ParameterMetadata("Enabled", .bool),
            ParameterMetadata("Passphrase", .string, secret: true),
            ParameterMetadata("Force", .switchParameter),
        ],
        help: CmdletHelp(synopsis: ""))

    @Test func textIsSingleQuotedWithEveryKindOfSingleQuoteDoubled() {
        let p = BoundParameters(parameterSetName: ParameterSetSpec.allSets, [("name", .string("O'Brien’s ‘x’ ‚y‛ $home `n \"z\""))])
        #expect(p.commandLine(metadata) == "Set-Example -Name 'O''Brien’’s ‘‘x’’ ‚‚y‛‛ $home `n \"z\"'")
    }

    @Test func valuesAreWrittenAsTheyAreTyped() {
        var p = BoundParameters(parameterSetName: ParameterSetSpec.allSets, [
            ("Count", .int(25)), ("Enabled", .bool(false)), ("Name", .null), ("Force", .bool(true)),
        ])
        p.setListModifier("Items", PSListModifier(replace: [.string("a"), .string("b")], replaces: true))
        #expect(p.commandLine(metadata) == "Set-Example -Count 25 -Enabled $false -Name $null -Force -Items 'a','b'")
        p["Force"] = .bool(false)
        p.setListModifier("Items", PSListModifier(add: [.string("c")], remove: [.string("a"), .string("b")]))
        #expect(p.commandLine(metadata) == "Set-Example -Count 25 -Enabled $false -Name $null -Force:$false -Items @{Add='c'; Remove='a','b'}")
        p.setListModifier("Items", PSListModifier(replaces: true))
        #expect(p.commandLine(metadata).hasSuffix(" -Items $null"))
    }

    @Test func aSecretIsMaskedButClearingItShows() {
        let set = BoundParameters(parameterSetName: ParameterSetSpec.allSets, [("passphrase", .string("s3cret"))])
        #expect(set.commandLine(metadata) == "Set-Example -Passphrase ********")
        let cleared = BoundParameters(parameterSetName: ParameterSetSpec.allSets, [("Passphrase", .null)])
        #expect(cleared.commandLine(metadata) == "Set-Example -Passphrase $null")
    }
}
