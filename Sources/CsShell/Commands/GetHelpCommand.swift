import CsCore
import CsLanguage
import Foundation

/// Get-Help (and `Cmdlet -?`): shows a cmdlet's help, generated from its metadata: NAME, SYNOPSIS,
/// SYNTAX (the lines Get-Command -Syntax prints), DESCRIPTION, RELATED LINKS and REMARKS; -Detailed
/// and -Full add the parameters and examples, -Full the inputs, outputs and notes; -Examples and
/// -Parameter show only those. A name with wildcards that matches several commands lists them.
final class GetHelpCommand: ShellCmdlet {
    static let helpInfoShort = FormatTypeNames.helpInfoShort

    static let metadata = CmdletMetadata(
        verb: "Get", noun: "Help", className: "Microsoft.PowerShell.Commands.GetHelpCommand",
        module: "Microsoft.PowerShell.Core", aliases: ["help"],
        parameters: [
            ParameterMetadata("Name", .string, sets: [ParameterSetSpec(position: 0, pipeline: .byPropertyName)],
                              description: "Gets help about the specified command. Enter the name of a cmdlet or alias. Wildcard characters are permitted: a name that matches several commands lists them.",
                              acceptsWildcards: true),
            ParameterMetadata("Full", .switchParameter, sets: [ParameterSetSpec("AllUsersView")],
                              description: "Displays the entire help article for a cmdlet: parameter descriptions and attributes, inputs, outputs, notes, examples and related links."),
            ParameterMetadata("Detailed", .switchParameter, sets: [ParameterSetSpec("DetailedView", mandatory: true)],
                              description: "Adds parameter descriptions and examples to the basic help display."),
            ParameterMetadata("Examples", .switchParameter, sets: [ParameterSetSpec("Examples", mandatory: true)],
                              description: "Displays only the name, synopsis, and examples."),
            ParameterMetadata("Parameter", .array(.string), sets: [ParameterSetSpec("Parameters", mandatory: true)],
                              description: "Displays only the detailed descriptions of the specified parameters. Wildcards are permitted; * shows every parameter.",
                              acceptsWildcards: true),
            ParameterMetadata("Component", .array(.string), description: "Gets help only for commands whose comment-based help names this component (.COMPONENT). Wildcards are permitted.",
                              acceptsWildcards: true),
            ParameterMetadata("Functionality", .array(.string), description: "Gets help only for commands whose comment-based help names this functionality (.FUNCTIONALITY). Wildcards are permitted.",
                              acceptsWildcards: true),
            ParameterMetadata("Role", .array(.string), description: "Gets help only for commands whose comment-based help names this user role (.ROLE). Wildcards are permitted.",
                              acceptsWildcards: true),
        ],
        defaultParameterSet: "AllUsersView",
        help: CmdletHelp(
            synopsis: "Displays information about csshell commands.",
            description: "The Get-Help cmdlet displays information about cmdlets: what they do, their syntax (one line per parameter set, the same lines Get-Command -Syntax prints), their parameters and examples. All of it is generated from each cmdlet's own metadata, so it always matches what the parameter binder accepts.\n\nTyping -? after a command name (New-CsXmppAllowedPartner -?) is the same as Get-Help New-CsXmppAllowedPartner.",
            examples: [
                CmdletExample("Example 1: Basic help about a cmdlet", code: "Get-Help New-CsXmppAllowedPartner",
                              remarks: "Displays the name, synopsis, syntax and description of New-CsXmppAllowedPartner."),
                CmdletExample("Example 2: Everything about a cmdlet", code: "Get-Help Set-CsXmppAllowedPartner -Full",
                              remarks: "Adds the parameters with their attributes, the inputs, outputs and examples."),
                CmdletExample("Example 3: One parameter", code: "Get-Help New-CsXmppAllowedPartner -Parameter TlsNegotiation",
                              remarks: "Describes the TlsNegotiation parameter."),
                CmdletExample("Example 4: Help with -?", code: "Get-CsXmppAllowedPartner -?", remarks: "The same as Get-Help Get-CsXmppAllowedPartner."),
            ],
            inputs: "None. You can't pipe objects to this cmdlet, except objects with a Name property.",
            outputs: "MamlCommandHelpInfo, HelpInfoShort",
            relatedLinks: ["Get-Command", "Get-Member"]),
        outputTypes: ["MamlCommandHelpInfo", helpInfoShort])

    required init() {}

    func process(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        let session = runtime.session
        guard let name = p.string("Name"), !name.isEmpty else {
            // The synopsis of the help-system topic is its whole text, as PowerShell's default.help.txt is.
            runtime.writeObject(helpObject(name: "default", category: "HelpFile",
                                           synopsis: HelpText.overview.map { String(repeating: " ", count: $0.indent) + $0.text }.joined(separator: "\n"),
                                           lines: HelpText.overview, extra: []))
            return
        }
        let view: HelpText.View = p.isPresent("Full") ? .full : p.isPresent("Detailed") ? .detailed : p.isPresent("Examples") ? .examples : .normal
        func notFound() throws {
            try runtime.writeError(ErrorRecord(message: "Get-Help could not find \(name) in a help file in this session.",
                                               errorId: "HelpNotFound", category: .ResourceUnavailable, target: .string(name),
                                               exceptionType: "System.Management.Automation.HelpNotFoundException"))
        }
        let filters = [("Component", p.strings("Component")), ("Functionality", p.strings("Functionality")), ("Role", p.strings("Role"))]
        /// Does comment-based help pass -Component, -Functionality and -Role?
        func passesFilters(_ help: CommentHelpInfo?) -> Bool {
            for (key, patterns) in filters {
                guard let patterns else { continue }
                let value: String? = key == "Component" ? help?.component : key == "Role" ? help?.role : help?.functionality
                guard let value, patterns.contains(where: { WildcardPattern($0).matches(value) }) else { return false }
            }
            return true
        }
        if let path = Self.scriptPath(name) {
            guard case let .success(text) = ScriptFile.read(path),
                  let parsed = try? ParsedScript(SourceText(text, file: path), registry: session.registry) else { return try notFound() }
            let block = ScriptBlock(ast: parsed.ast, source: parsed.source)
            let help = CommentHelp.forScript(parsed.ast, source: parsed.source)
            guard passesFilters(help) else { return try notFound() }
            let declaration = try runtime.scriptDeclaration(block, name: path)
            runtime.writeObject(ScriptHelp.object(name: path, category: "ExternalScript", metadata: declaration.metadata,
                                                  advanced: declaration.advanced, parameters: parsed.ast.parameters, source: parsed.source,
                                                  help: help, view: view))
            return
        }
        var matches: [CommandDiscovery.Command] = []
        if WildcardPattern.hasWildcards(name) {
            let pattern = WildcardPattern(name)
            matches = CommandDiscovery.all(session).filter { pattern.matches($0.name) }
        } else if let c = CommandDiscovery.find(name, session) {
            matches = [c]
        }
        if matches.isEmpty { return try notFound() }
        if matches.count > 1 {
            for c in matches { runtime.writeObject(shortInfo(c)) }
            return
        }
        let command = matches[0]
        // A pattern that finds one alias: the alias's help (AliasHelpInfo), which names its command.
        if WildcardPattern.hasWildcards(name), case let .alias(alias, target) = command {
            let o = PSObject(typeNames: ["AliasHelpInfo", "HelpInfo", "System.Object"],
                             properties: [("Name", .string(alias)), ("Category", .string("Alias")), ("Synopsis", .string(target.name))])
            o.native = FormatBlock(text: [FormatBlock.TextLine(0, ""), FormatBlock.TextLine(0, "NAME"), FormatBlock.TextLine(4, alias),
                                          FormatBlock.TextLine(0, ""), FormatBlock.TextLine(0, "SYNOPSIS"), FormatBlock.TextLine(4, target.name),
                                          FormatBlock.TextLine(0, "")])
            runtime.writeObject(.object(o))
            return
        }
        guard let entry = command.entry else {
            if case let .function(f) = command {
                let help = CommentHelp.forFunction(f.ast, source: f.source)
                guard passesFilters(help) else { return try notFound() }
                // `.FORWARDHELPTARGETNAME`: the help of another command.
                if let target = help?.forwardHelpTargetName, !target.equalsIgnoringCase(f.name), let c = CommandDiscovery.find(target, session),
                   let e = c.entry {
                    return try writeCmdletHelp(e.metadata, p, view: view, runtime)
                }
                let declaration = try runtime.scriptDeclaration(f.block, name: f.name)
                if let patterns = p.strings("Parameter") {
                    return try writeParameterHelp(patterns, declaration.metadata, positionBase: 1, runtime)
                }
                runtime.writeObject(ScriptHelp.object(name: f.name, category: f.ast.isFilter ? "Filter" : "Function", metadata: declaration.metadata,
                                                      advanced: declaration.advanced, parameters: f.parameters, source: f.source,
                                                      help: help, view: view))
            }
            return
        }
        guard passesFilters(nil) else { return try notFound() }
        try writeCmdletHelp(entry.metadata, p, view: view, runtime)
    }

    /// A name that is a script file (a path, or a name ending in .ps1) that exists.
    static func scriptPath(_ name: String) -> String? {
        guard name.contains("/") || name.contains("\\") || name.lowercased().hasSuffix(".ps1") else { return nil }
        let path = FileSystemPath.resolve(name)
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && !isDir.boolValue ? path : nil
    }

    private func writeCmdletHelp(_ m: CmdletMetadata, _ p: BoundParameters, view: HelpText.View, _ runtime: any ShellRuntime) throws {
        if let patterns = p.strings("Parameter") {
            return try writeParameterHelp(patterns, m, runtime)
        }
        runtime.writeObject(helpObject(name: m.name, category: "Cmdlet", synopsis: m.help.synopsis,
                                       lines: HelpText.lines(m, view: view, registry: runtime.session.registry),
                                       extra: [("Syntax", .array(CommandDiscovery.syntaxLines(m).map { .string($0) })),
                                               ("Description", .string(m.help.description)),
                                               ("ModuleName", .string(m.module)),
                                               ("View", .string(view.rawValue))]))
    }

    /// Get-Help -Parameter: one help object per parameter the patterns match (NoParmsFound when one
    /// matches none).
    private func writeParameterHelp(_ patterns: [String], _ m: CmdletMetadata, positionBase: Int = 0, _ runtime: any ShellRuntime) throws {
        var chosen: [ParameterMetadata] = []
        for text in patterns {
            let pattern = WildcardPattern(text)
            let found = HelpText.helpParameters(m).filter { pattern.matches($0.name) }
            if found.isEmpty {
                throw ErrorRecord(message: "No parameter matches criteria \(text).", errorId: "NoParmsFound", category: .InvalidArgument,
                                  target: .string(text), exceptionType: "System.ArgumentException")
            }
            for f in found where !chosen.contains(where: { $0.name == f.name }) { chosen.append(f) }
        }
        for c in chosen {
            let o = PSObject(typeNames: ["MamlCommandHelpInfo#parameter", "System.Object"], properties: [("Name", .string(c.name))])
            o.native = FormatBlock(text: HelpText.parameterLines([c], m, positionBase: positionBase))
            runtime.writeObject(.object(o))
        }
    }

    /// A help object: its properties for scripts (`(Get-Help X).Synopsis`), its text for the console.
    private func helpObject(name: String, category: String, synopsis: String, lines: [FormatBlock.TextLine], extra: [(String, PSValue)]) -> PSValue {
        let o = PSObject(typeNames: ["MamlCommandHelpInfo", "HelpInfo", "System.Object"],
                         properties: [("Name", .string(name)), ("Category", .string(category)), ("Synopsis", .string(synopsis))] + extra)
        o.native = FormatBlock(text: lines)
        return .object(o)
    }

    /// One row of the listing for a name that matches several commands.
    private func shortInfo(_ c: CommandDiscovery.Command) -> PSValue {
        let synopsis: String
        switch c {
        case let .cmdlet(e): synopsis = e.metadata.help.synopsis
        case let .alias(_, e): synopsis = e.name
        case let .function(f): synopsis = CommandDiscovery.functionSyntax(f)
        }
        return .object(PSObject(typeNames: [GetHelpCommand.helpInfoShort, "System.Object"], properties: [
            ("Name", .string(c.name)), ("Category", .string(c.typeName)), ("Module", .string(c.module)), ("Synopsis", .string(synopsis)),
        ]))
    }
}
