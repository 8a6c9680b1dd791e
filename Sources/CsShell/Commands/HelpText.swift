import CsCore

/// The text of Get-Help, generated from a cmdlet's metadata in the layout of PowerShell's help views
/// (HelpV3 format): headings at column 0, bodies indented 4, parameter details indented 8, the
/// Required?/Position?/… labels padded to 29 characters (powershell-language.md §5.6). Text, syntax
/// lines included, wraps to the output width with continuation lines at the same indentation
/// (Help_format_ps1xml frames, ComplexWriter); example code does not wrap.
enum HelpText {
    typealias Line = FormatBlock.TextLine

    enum View: String {
        case normal = "Default", detailed = "Detailed", full = "Full", examples = "Examples"
    }

    static let commonParametersText = "This cmdlet supports the common parameters: Verbose, Debug, ErrorAction, ErrorVariable, WarningAction, WarningVariable, OutBuffer, PipelineVariable, and OutVariable. For more information, see about_CommonParameters (https://go.microsoft.com/fwlink/?LinkID=113216)."

    /// The lines of a cmdlet's help in one view.
    static func lines(_ m: CmdletMetadata, view: View, registry: CommandRegistry) -> [Line] {
        var out: [Line] = [Line(0, "")]
        func heading(_ h: String) { out.append(Line(0, h)) }
        func blank(_ n: Int = 1) { for _ in 0..<n { out.append(Line(0, "")) } }
        func paragraphs(_ text: String, indent: Int) {
            for (i, p) in text.components(separatedBy: "\n\n").enumerated() {
                if i > 0 { blank() }
                for l in p.components(separatedBy: "\n") { out.append(Line(indent, l)) }
            }
        }
        func remarks() {
            heading("REMARKS")
            out.append(Line(4, "To see the examples, type: \"get-help \(m.name) -examples\"."))
            out.append(Line(4, "For more information, type: \"get-help \(m.name) -detailed\"."))
            out.append(Line(4, "For technical information, type: \"get-help \(m.name) -full\"."))
            blank()
        }
        let h = m.help
        heading("NAME"); out.append(Line(4, m.name)); blank()
        heading("SYNOPSIS"); paragraphs(h.synopsis, indent: 4); blank(2)
        if view == .examples {
            out.append(contentsOf: examples(m))
            return out
        }
        heading("SYNTAX")
        for s in CommandDiscovery.syntaxLines(m) { out.append(Line(4, s)); blank() }
        blank()
        heading("DESCRIPTION"); paragraphs(h.description.isEmpty ? h.synopsis : h.description, indent: 4); blank(2)
        switch view {
        case .normal:
            relatedLinks(m, registry: registry, into: &out); blank()
            remarks()
        case .detailed, .full:
            heading("PARAMETERS")
            for p in helpParameters(m) {
                out.append(Line(4, parameterHeading(p)))
                if !p.description.isEmpty { paragraphs(p.description, indent: 8) }
                blank()
                if view == .full { out.append(contentsOf: attributeBlock(p, indent: 8)); blank() }
            }
            out.append(Line(4, "<CommonParameters>"))
            out.append(Line(8, commonParametersText))
            blank()
            if view == .full {
                heading("INPUTS"); paragraphs(h.inputs, indent: 4); blank(2)
                heading("OUTPUTS"); paragraphs(h.outputs, indent: 4); blank(2)
                if !m.aliases.isEmpty { heading("ALIASES"); for a in m.aliases { out.append(Line(4, a)) }; blank(2) }
                if !h.notes.isEmpty { heading("NOTES"); paragraphs(h.notes, indent: 4); blank(2) }
            }
            out.append(contentsOf: examples(m))
            if view == .full {
                relatedLinks(m, registry: registry, into: &out); blank()
            } else {
                remarks()
            }
        case .examples:
            break
        }
        return out
    }

    /// The EXAMPLES section: a dashed title per example, the code, the remarks.
    static func examples(_ m: CmdletMetadata) -> [Line] {
        guard !m.help.examples.isEmpty else { return [] }
        var out = [Line(0, "EXAMPLES")]
        for (i, e) in m.help.examples.enumerated() {
            let title = e.title.lowercased().hasPrefix("example") ? e.title : "Example \(i + 1): \(e.title)"
            out.append(Line(4, "-------- \(title) --------", wrap: false))
            out.append(Line(0, ""))
            for l in e.code.components(separatedBy: "\n") { out.append(Line(4, l, wrap: false)) }
            out.append(Line(0, ""))
            for l in e.remarks.components(separatedBy: "\n") { out.append(Line(4, l)) }
            out.append(Line(0, ""))
        }
        out.append(Line(0, ""))
        return out
    }

    static func relatedLinks(_ m: CmdletMetadata, registry: CommandRegistry, into out: inout [Line]) {
        out.append(Line(0, "RELATED LINKS"))
        var links = m.help.relatedLinks
        if links.isEmpty {
            links = registry.entries.filter { $0.metadata.noun == m.noun && $0.name != m.name }.map(\.name)
        }
        if links.isEmpty { links = ["Get-Command"] }
        for l in links { out.append(Line(4, l)) }
    }

    /// The parameters help documents: the declared ones (not hidden), then WhatIf and Confirm.
    static func helpParameters(_ m: CmdletMetadata) -> [ParameterMetadata] {
        m.parameters.filter { !$0.dontShow } + (m.supportsShouldProcess ? CommonParameters.shouldProcess : [])
    }

    /// `-Name <type>`; a switch is `-Name [<SwitchParameter>]`.
    static func parameterHeading(_ p: ParameterMetadata) -> String {
        p.isSwitch ? "-\(p.name) [<SwitchParameter>]" : "-\(p.name) <\(p.type.syntaxName)>"
    }

    /// Required? / Position? / Default value / Accept pipeline input? / Accept wildcard characters?
    /// `positionBase`: 0 for cmdlets (as their help files number positions), 1 for script commands
    /// (as comment-based help numbers them).
    static func attributeBlock(_ p: ParameterMetadata, indent: Int, positionBase: Int = 0) -> [Line] {
        let specs = p.sets
        let required = specs.contains { $0.mandatory }
        let position = specs.compactMap(\.position).min().map { String($0 + positionBase) } ?? "named"
        var pipeline: [String] = []
        if specs.contains(where: { $0.pipeline.contains(.byValue) }) { pipeline.append("ByValue") }
        if specs.contains(where: { $0.pipeline.contains(.byPropertyName) }) { pipeline.append("ByPropertyName") }
        if specs.contains(where: { $0.remainingArguments }) { pipeline.append("FromRemainingArguments") }
        let defaultValue = p.defaultValue ?? (p.isSwitch ? "False" : "None")
        func row(_ label: String, _ value: String) -> Line {
            Line(indent, label + String(repeating: " ", count: max(1, 29 - label.count)) + value, wrap: false)
        }
        return [
            row("Required?", required ? "true" : "false"),
            row("Position?", position),
            row("Default value", defaultValue),
            row("Accept pipeline input?", pipeline.isEmpty ? "False" : "True (\(pipeline.joined(separator: ", ")))"),
            row("Accept wildcard characters?", p.acceptsWildcards ? "true" : "false"),
        ]
    }

    /// Get-Help -Parameter: each matching parameter, its description and attribute block.
    static func parameterLines(_ ps: [ParameterMetadata], _ m: CmdletMetadata, positionBase: Int = 0) -> [Line] {
        var out: [Line] = []
        for p in ps {
            out.append(Line(0, ""))
            out.append(Line(0, parameterHeading(p)))
            if !p.description.isEmpty { out.append(Line(4, p.description)) }
            out.append(Line(0, ""))
            out.append(contentsOf: attributeBlock(p, indent: 4, positionBase: positionBase))
            out.append(Line(0, ""))
        }
        return out
    }

    /// Get-Help with no name.
    static let overview: [Line] = [
        Line(0, ""),
        Line(0, "TOPIC"), Line(4, "csshell Help System"), Line(0, ""),
        Line(0, "SHORT DESCRIPTION"), Line(4, "Displays help about csshell cmdlets and concepts."), Line(0, ""),
        Line(0, "LONG DESCRIPTION"),
        Line(4, "csshell help describes the cmdlets of the shell: the XMPP partner cmdlets of Lync Server 2013 and the PowerShell cmdlets that work with them."),
        Line(0, ""),
        Line(4, "Get-Help <cmdlet-name>             displays help about a cmdlet, for example: Get-Help New-CsXmppAllowedPartner.", wrap: false),
        Line(4, "Get-Help <cmdlet-name> -Examples   shows its examples.", wrap: false),
        Line(4, "Get-Help <cmdlet-name> -Full       shows everything, including the parameters.", wrap: false),
        Line(4, "Get-Help <cmdlet-name> -Parameter <name>   describes one parameter.", wrap: false),
        Line(4, "<cmdlet-name> -?                   is the same as Get-Help <cmdlet-name>.", wrap: false),
        Line(4, "Get-Help *Xmpp*                    lists the commands whose names match.", wrap: false),
        Line(4, "Get-Command                        lists every command.", wrap: false),
        Line(0, ""),
    ]
}
