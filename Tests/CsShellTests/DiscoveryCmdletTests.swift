// Get-Command, Get-Help and Get-Member (powershell-language.md §5.6, §2.7). The CommandInfo table
// has the view's widths 15 / 50 / 10; syntax follows about_Command_Syntax (`[-Name] <T>` positional
// mandatory, `[[-Name] <T>]` positional optional, `-Name <T>` named mandatory, `[-Name <T>]` named
// optional, `[-Switch]`, `{A | B}` enum choices, `[<CommonParameters>]` last), one line per
// parameter set the binder knows; help sections are headings at column 0 with bodies indented 4.

import CsCore
import Foundation
import Testing
@testable import CsShell
@testable import CsXmpp

@Suite struct DiscoveryCmdletTests {
    func run(_ script: String, width: Int = 120) -> ShellRun { ShellHarness.run(script, width: width, store: { InMemoryXmppStore() }) }

    static func row(_ t: String, _ n: String, _ v: String, _ s: String) -> String {
        func pad(_ x: String, _ w: Int) -> String { x + String(repeating: " ", count: max(0, w - x.count)) }
        var line = pad(t, 15) + " " + pad(n, 50) + " " + pad(v, 10) + " " + s
        while line.hasSuffix(" ") { line.removeLast() }
        return line
    }

    static let header = "\n" + row("CommandType", "Name", "Version", "Source") + "\n" + row("-----------", "----", "-------", "------") + "\n"

    // MARK: Get-Command

    @Test func getCommandTable() {
        #expect(run("Get-Command Get-Help").out == Self.header + Self.row("Cmdlet", "Get-Help", "7.5.0", "Microsoft.PowerShell.Core") + "\n\n")
        #expect(run("Get-Command gcm").out == Self.header + Self.row("Alias", "gcm -> Get-Command", "", "") + "\n\n")
        #expect(run("Get-Command -Noun CsXmppAllowedPartner | ForEach-Object Name").lines
                == ["Get-CsXmppAllowedPartner", "New-CsXmppAllowedPartner", "Remove-CsXmppAllowedPartner", "Set-CsXmppAllowedPartner", "Test-CsXmppAllowedPartner"])
        #expect(run("Get-Command -Verb ConvertTo | ForEach-Object Name").lines == ["ConvertTo-Csv", "ConvertTo-Json"])
        // Wildcard names match aliases too; aliases come first.
        #expect(run("Get-Command g? | ForEach-Object { $_.CommandType.ToString() + ' ' + $_.Name }").lines == ["Alias gc", "Alias gm", "Alias gv"])
        #expect(run("Get-Command -Name *json* -CommandType Cmdlet | ForEach-Object Name").lines == ["ConvertFrom-Json", "ConvertTo-Json"])
        #expect(run("Get-Command -Module Lync | Measure-Object | ForEach-Object Count").lines == ["15"],
                "the eight XMPP cmdlets, the federation configuration's export and import, Export-CsConfiguration and Import-CsConfiguration, and the three change history cmdlets")
        #expect(run("(Get-Command Format-List).ImplementingType").lines == ["Microsoft.PowerShell.Commands.FormatListCommand"])
        #expect(run("(Get-Command fl).ResolvedCommandName; (Get-Command fl).Definition").lines == ["Format-List", "Format-List"])
        #expect(run("(Get-Command Get-Member).Parameters.Keys -contains 'MemberType'").lines == ["True"])
    }

    @Test func getCommandListsEverythingWithTheRequiredAliases() {
        let r = run("Get-Command | ForEach-Object { $_.Name }")
        for name in ["?", "where", "%", "foreach", "select", "sort", "measure", "fl", "ft", "gcm", "gm", "h", "gc", "help",
                     "Where-Object", "ForEach-Object", "Select-Object", "Sort-Object", "Measure-Object", "Group-Object", "Write-Output",
                     "Write-Host", "Write-Warning", "Write-Error", "Format-List", "Format-Table", "Out-String", "Out-File", "ConvertTo-Json",
                     "ConvertFrom-Json", "ConvertTo-Csv", "ConvertFrom-Csv", "Export-Csv", "Import-Csv", "Get-Content", "Get-Help",
                     "Get-Command", "Get-Member", "Get-History"] {
            #expect(r.lines.contains(name), "missing \(name)")
        }
        #expect(r.lines.first == "%")
    }

    @Test func getCommandNotFoundIsNonTerminating() {
        let r = run("Get-Command Nope-Thing, Get-Help | ForEach-Object Name; 'after'")
        #expect(r.lines == ["Get-Help", "after"])
        #expect(r.err.hasPrefix("Get-Command : The term 'Nope-Thing' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again.\n"))
        #expect(r.err.contains("+ CategoryInfo          : ObjectNotFound: (Nope-Thing:String) [Get-Command], CommandNotFoundException"))
        #expect(r.err.contains("+ FullyQualifiedErrorId : CommandNotFoundException,Microsoft.PowerShell.Commands.GetCommandCommand"))
        #expect(r.status == 1)
        // A wildcard that matches nothing is not an error.
        #expect(run("Get-Command Nope-*").err == "")
    }

    @Test func syntaxNotation() {
        let r = run("Get-Command Get-Member -Syntax")
        #expect(r.out == "\nGet-Member [[-Name] <string[]>] [-InputObject <psobject>] [-MemberType {AliasProperty | CodeProperty | Property | NoteProperty | ScriptProperty | Properties | PropertySet | Method | CodeMethod | ScriptMethod | Methods | ParameterizedProperty | MemberSet | Event | Dynamic | InferredProperty | All}] [-View {Extended | Adapted | Base | All}] [-Static] [-Force] [<CommonParameters>]\n\n")
        // Mandatory positional, named mandatory, WhatIf/Confirm for ShouldProcess cmdlets.
        #expect(run("Get-Command Remove-CsXmppAllowedPartner -Syntax").lines
                == ["", "Remove-CsXmppAllowedPartner [-Identity] <XdsGlobalRelativeIdentity> [-Force] [-WhatIf] [-Confirm] [<CommonParameters>]", ""])
        #expect(run("Get-Command Out-File -Syntax").lines.filter { !$0.isEmpty } == [
            "Out-File [-FilePath] <string> [[-Encoding] <Encoding>] [-Append] [-Force] [-NoClobber] [-Width <int>] [-NoNewline] [-InputObject <psobject>] [-WhatIf] [-Confirm] [<CommonParameters>]",
            "Out-File [[-Encoding] <Encoding>] -LiteralPath <string> [-Append] [-Force] [-NoClobber] [-Width <int>] [-NoNewline] [-InputObject <psobject>] [-WhatIf] [-Confirm] [<CommonParameters>]",
        ])
        #expect(run("Get-Command gm -Syntax").lines.first == "gm (alias) -> Get-Member")
    }

    @Test func newPartnerSyntaxFollowsTheBindersTwoSets() {
        let lines = run("Get-Command New-CsXmppAllowedPartner -Syntax").lines.filter { !$0.isEmpty }
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix("New-CsXmppAllowedPartner [-Identity] <XdsGlobalRelativeIdentity> [-InMemory] "))
        #expect(lines[1].hasPrefix("New-CsXmppAllowedPartner -Domain <string> [-InMemory] "))
        #expect(!lines[0].contains("-Domain") && !lines[1].contains("-Identity"))
        for l in lines {
            #expect(l.contains("[-PartnerType {Federated | PublicVerified | PublicUnverified}]"))
            #expect(l.contains("[-TlsNegotiation {Required | Optional | NotSupported}]"))
            #expect(l.hasSuffix("[-WhatIf] [-Confirm] [<CommonParameters>]"))
        }
        // The binder agrees: the two sets cannot be combined, and each alone binds.
        #expect(run("New-CsXmppAllowedPartner -Identity a.com -Domain a.com").err.contains("AmbiguousParameterSet"))
        #expect(run("New-CsXmppAllowedPartner -Domain b.com -InMemory | ForEach-Object Identity").lines == ["b.com"])
        #expect(run("New-CsXmppAllowedPartner c.com -InMemory | ForEach-Object Identity").lines == ["c.com"])
    }

    /// Every set's syntax line names exactly the parameters the binder puts in that set.
    @Test func syntaxLinesMatchTheBindersSetsForEveryCmdlet() {
        for m in ShellHarness.allMetadata {
            let lines = CommandDiscovery.syntaxLines(m)
            #expect(lines.count == m.parameterSetNames.count, "\(m.name)")
            for (set, line) in zip(m.parameterSetNames, lines) {
                #expect(line.hasPrefix(m.name + " "))
                #expect(line.hasSuffix("[<CommonParameters>]"))
                let named = Set(line.split(separator: " ").compactMap { word -> String? in
                    let w = word.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
                    return w.hasPrefix("-") && w.count > 1 ? String(w.dropFirst()) : nil
                })
                var expected = Set(m.parameters(in: set).filter { !$0.dontShow }.map(\.name))
                if m.supportsShouldProcess { expected.formUnion(["WhatIf", "Confirm"]) }
                #expect(named == expected, "\(m.name) set \(set)")
                for p in m.parameters(in: set) where !p.dontShow {
                    let spec = p.spec(in: set)!
                    #expect(line.contains(CommandDiscovery.parameterText(p, spec)), "\(m.name) \(p.name)")
                }
            }
        }
    }

    // MARK: Get-Help

    @Test func helpDefaultView() {
        let r = run("Get-Help Out-Null", width: 300)
        #expect(r.out == """

            NAME
                Out-Null

            SYNOPSIS
                Hides the output instead of sending it down the pipeline or displaying it.


            SYNTAX
                Out-Null [-InputObject <psobject>] [<CommonParameters>]


            DESCRIPTION
                Sends output to NULL, in effect, removing it from the pipeline and preventing the output from being displayed on screen.


            RELATED LINKS
                Get-Command

            REMARKS
                To see the examples, type: "get-help Out-Null -examples".
                For more information, type: "get-help Out-Null -detailed".
                For technical information, type: "get-help Out-Null -full".


            """)
        // The alias `help` and `-?` give the same text.
        #expect(run("help Out-Null", width: 300).out == r.out)
        #expect(run("Out-Null -?", width: 300).out == r.out)
        // In a pipeline, `-?` shows the help once and drops the input.
        #expect(run("1, 2, 3 | Out-Null -?", width: 300).out == r.out)
        // Help text wraps at the width, indented, syntax lines too (as PowerShell's help view does).
        let narrow = run("Get-Help Out-Null", width: 40).lines
        #expect(narrow.contains("    Hides the output instead of sending"))
        #expect(narrow.contains("    Out-Null [-InputObject <psobject>]"))
        #expect(narrow.contains("    [<CommonParameters>]"))
    }

    @Test func helpFullHasTheParameterBlock() {
        let r = run("Get-Help Out-Null -Full", width: 300)
        let block = """
                -InputObject <psobject>
                    Specifies the object to be sent to null (discarded).

                    Required?                    false
                    Position?                    named
                    Default value                None
                    Accept pipeline input?       True (ByValue)
                    Accept wildcard characters?  false

                <CommonParameters>
            """
        #expect(r.out.contains("\nPARAMETERS\n" + block))
        for section in ["NAME", "SYNOPSIS", "SYNTAX", "DESCRIPTION", "PARAMETERS", "INPUTS", "OUTPUTS", "EXAMPLES", "RELATED LINKS"] {
            #expect(r.lines.contains(section), "\(section)")
        }
        #expect(r.out.contains("    -------- Example 1: Delete output --------\n\n    Get-CsXmppAllowedPartner | Out-Null\n\n    Nothing is displayed.\n"))
        // Positional, mandatory, by-property-name, wildcards, and defaults from the metadata.
        let p = run("Get-Help Get-Command -Parameter Name").out
        #expect(p == "\n-Name <string[]>\n    Specifies an array of names. This cmdlet gets only commands that have the specified name. Wildcard characters are\n    permitted.\n\n    Required?                    false\n    Position?                    0\n    Default value                None\n    Accept pipeline input?       True (ByValue, ByPropertyName)\n    Accept wildcard characters?  true\n\n")
        let d = run("Get-Help ConvertTo-Json -Parameter Depth, InputObject").out
        #expect(d.contains("    Default value                2\n"))
        #expect(d.contains("    Required?                    true\n    Position?                    0\n"))
    }

    @Test func helpViewsAndListings() {
        let detailed = run("Get-Help Get-Content -Detailed").lines
        #expect(detailed.contains("PARAMETERS") && detailed.contains("    -Raw [<SwitchParameter>]") && detailed.contains("EXAMPLES"))
        #expect(!detailed.contains { $0.contains("Required?") })
        let examples = run("Get-Help Get-Content -Examples").lines
        #expect(examples.contains("EXAMPLES") && !examples.contains("SYNTAX"))
        #expect(run("Get-Help Get-Content -Parameter *").lines.filter { $0.hasPrefix("-") }.count
                == GetContentCommand.metadata.parameters.count)
        let none = run("Get-Help Get-Content -Parameter Nope")
        #expect(none.err.hasPrefix("Get-Help : No parameter matches criteria Nope."))
        // A name matching several commands lists them (HelpInfoShort view: 33 / 9 / 25 wide).
        let list = run("Get-Help *-CsXmppAllowedPartner | ForEach-Object Name").lines
        #expect(list == ["Get-CsXmppAllowedPartner", "New-CsXmppAllowedPartner", "Remove-CsXmppAllowedPartner", "Set-CsXmppAllowedPartner", "Test-CsXmppAllowedPartner"])
        let table = run("Get-Help *-Json").lines
        #expect(table[1] == "Name                              Category  Module                    Synopsis")
        #expect(table[3].hasPrefix("ConvertFrom-Json                  Cmdlet    Microsoft.PowerShell.Uti… Converts a JSON-formatted"))
        // An alias shows its command's help; properties for scripts.
        #expect(run("Get-Help gm").lines[2] == "    Get-Member")
        #expect(run("(Get-Help Get-Member).Synopsis").lines == ["Gets the properties and methods of objects."])
        let missing = run("Get-Help Nope-Thing; 'after'")
        #expect(missing.lines == ["after"])
        #expect(missing.err.hasPrefix("Get-Help : Get-Help could not find Nope-Thing in a help file in this session."))
        #expect(run("Get-Help").lines.contains("TOPIC"))
    }

    /// Every registered cmdlet has full help generated from its metadata, and its SYNTAX section is
    /// what Get-Command -Syntax prints.
    @Test func helpWorksForEveryCmdlet() {
        for m in ShellHarness.allMetadata {
            #expect(!m.help.synopsis.isEmpty && !m.help.examples.isEmpty, "\(m.name)")
            let full = run("Get-Help \(m.name) -Full", width: 1000)
            #expect(full.err == "", "\(m.name): \(full.err)")
            for section in ["NAME", "SYNOPSIS", "SYNTAX", "DESCRIPTION", "PARAMETERS", "INPUTS", "OUTPUTS", "EXAMPLES", "RELATED LINKS"] {
                #expect(full.lines.contains(section), "\(m.name) \(section)")
            }
            for p in m.parameters where !p.dontShow {
                #expect(full.lines.contains { $0.hasPrefix("    -\(p.name) ") }, "\(m.name) -\(p.name)")
            }
            let lines = full.lines
            let start = lines.firstIndex(of: "SYNTAX")! + 1
            let end = lines.firstIndex(of: "DESCRIPTION")!
            let helpSyntax = lines[start..<end].filter { !$0.isEmpty }.map { String($0.dropFirst(4)) }
            let gcmSyntax = run("Get-Command \(m.name) -Syntax", width: 1000).lines.filter { !$0.isEmpty }
            #expect(helpSyntax == gcmSyntax, "\(m.name)")
            #expect(gcmSyntax == CommandDiscovery.syntaxLines(m))
            #expect(run("Get-Help \(m.name)").lines.contains("REMARKS"))
        }
    }

    // MARK: Get-Member

    @Test func getMemberOfACustomObject() {
        let r = run("[pscustomobject]@{Name='abc'; N=1} | Get-Member")
        #expect(r.out == """

               TypeName: System.Management.Automation.PSCustomObject

            Name        MemberType   Definition
            ----        ----------   ----------
            Equals      Method       bool Equals(System.Object obj)
            GetHashCode Method       int GetHashCode()
            GetType     Method       type GetType()
            ToString    Method       string ToString()
            N           NoteProperty int N=1
            Name        NoteProperty string Name=abc


            """)
        #expect(run("[pscustomobject]@{L=1,2; Z=$null; D=2.5; B=$true; H=@{}} | Get-Member -MemberType NoteProperty | ForEach-Object Definition").lines
                == ["bool B=True", "double D=2.5", "hashtable H=System.Collections.Hashtable", "Object[] L=System.Object[]", "object Z=null"])
    }

    @Test func getMemberOfPartners() {
        let r = run("New-CsXmppAllowedPartner a.com -WarningAction SilentlyContinue; $p = Get-CsXmppAllowedPartner; ($p | Get-Member -MemberType Property | ForEach-Object { $_.Name + ': ' + $_.Definition })")
        #expect(r.lines == [
            "AdditionalDomains: string[] AdditionalDomains {get;set;}",
            "ConnectionLimit: uint32 ConnectionLimit {get;set;}",
            "Description: string Description {get;set;}",
            "Domain: string Domain {get;}",
            "EnableKeepAlive: bool EnableKeepAlive {get;set;}",
            "Identity: string Identity {get;}",
            "PartnerType: PartnerType PartnerType {get;set;}",
            "ProxyFqdn: string ProxyFqdn {get;set;}",
            "SaslNegotiation: SaslNegotiation SaslNegotiation {get;set;}",
            "SupportDialbackNegotiation: bool SupportDialbackNegotiation {get;set;}",
            "TlsNegotiation: TlsNegotiation TlsNegotiation {get;set;}",
        ])
        #expect(run("New-CsXmppAllowedPartner a.com -WarningAction SilentlyContinue; Get-CsXmppAllowedPartner | Get-Member | Select-Object -First 1 | ForEach-Object TypeName").lines
                == [XmppAllowedPartner.typeName])
    }

    @Test func getMemberFiltersAndTypes() {
        // One block per distinct type, in the order the types arrive.
        #expect(run("1, 'a', 2, 'b' | Get-Member -Name Length, CompareTo | ForEach-Object { $_.TypeName + ' ' + $_.Name }").lines
                == ["System.Int32 CompareTo", "System.String CompareTo", "System.String Length"])
        #expect(run("'a' | Get-Member -MemberType Property | ForEach-Object Definition").lines == ["int Length {get;}"])
        #expect(run("'a' | Get-Member -MemberType Properties | ForEach-Object Name").lines == ["Length"])
        #expect(run("'a' | Get-Member -Name To*er | ForEach-Object Name").lines == ["ToLower", "ToUpper"])
        #expect(run("Get-Member -InputObject @(1, 2) -Name Count | ForEach-Object { $_.TypeName; $_.MemberType.ToString(); $_.Definition }").lines
                == ["System.Object[]", "AliasProperty", "Count = Length"])
        #expect(run("@{a=1} | Get-Member -Name Keys | ForEach-Object Definition").lines == ["System.Collections.ICollection Keys {get;}"])
        #expect(run("'a' | Get-Member -Static -Name IsNullOrEmpty | ForEach-Object Definition").lines == ["static bool IsNullOrEmpty(string value)"])
        #expect(run("[pscustomobject]@{a=1} | Get-Member -Force -Name psobject | ForEach-Object MemberType | ForEach-Object ToString").lines == ["MemberSet"])
        let none = run("@() | Get-Member")
        #expect(none.err.hasPrefix("Get-Member : You must specify an object for the Get-Member cmdlet."))
        #expect(none.err.contains("NoObjectInGetMember,Microsoft.PowerShell.Commands.GetMemberCommand"))
    }
}
