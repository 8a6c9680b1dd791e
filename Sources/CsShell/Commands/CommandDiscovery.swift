import CsCore
import CsLanguage

/// What Get-Command and Get-Help know about commands: the session's cmdlets, aliases and functions,
/// their CommandInfo objects, and the one generator of syntax lines both cmdlets print.
enum CommandDiscovery {
    /// System.Management.Automation.CommandTypes (a flags enum; these are its single values and All).
    static let commandTypes = PSEnumType(
        name: "CommandTypes", fullName: "System.Management.Automation.CommandTypes",
        members: ["Alias", "Function", "Filter", "Cmdlet", "ExternalScript", "Application", "Script", "Configuration", "All"],
        values: [1, 2, 4, 8, 16, 32, 64, 256, 383], isFlags: true)

    /// One command found in the session.
    enum Command {
        case cmdlet(CommandEntry)
        case alias(name: String, target: CommandEntry)
        case function(FunctionInfo)

        var name: String {
            switch self {
            case let .cmdlet(e): return e.name
            case let .alias(n, _): return n
            case let .function(f): return f.name
            }
        }

        var typeName: String {
            switch self {
            case .cmdlet: return "Cmdlet"
            case .alias: return "Alias"
            case let .function(f): return f.ast.isFilter ? "Filter" : "Function"
            }
        }

        var commandType: PSEnumValue { CommandDiscovery.commandTypes.member(named: typeName)! }

        /// The cmdlet behind the command (an alias's target).
        var entry: CommandEntry? {
            switch self {
            case let .cmdlet(e), let .alias(_, e): return e
            case .function: return nil
            }
        }

        var module: String {
            switch self {
            case let .cmdlet(e): return e.metadata.module
            case .alias, .function: return ""
            }
        }
    }

    /// Every command, aliases first, then functions, then cmdlets, each group by name (the order
    /// Get-Command lists them in).
    static func all(_ session: Session) -> [Command] {
        let registry = session.registry
        var out: [Command] = []
        for a in registry.aliases.sorted(by: { $0.alias.lowercased() < $1.alias.lowercased() }) {
            if let e = registry.resolve(a.target) { out.append(.alias(name: a.alias, target: e)) }
        }
        for f in session.functions.values.sorted(by: { $0.name.lowercased() < $1.name.lowercased() }) { out.append(.function(f)) }
        for e in registry.entries { out.append(.cmdlet(e)) }
        return out
    }

    /// The command a name denotes exactly (function, then cmdlet, then alias, as the shell resolves it).
    static func find(_ name: String, _ session: Session) -> Command? {
        if let f = session.functions[name.caseFoldedKey] { return .function(f) }
        let registry = session.registry
        if let target = registry.aliasTarget(name), let e = registry.resolve(target) {
            let spelled = registry.aliases.first { $0.alias.equalsIgnoringCase(name) }?.alias ?? name
            return .alias(name: spelled, target: e)
        }
        if let e = registry.resolve(name) { return .cmdlet(e) }
        return nil
    }

    /// `gcm` → `gcm -> Get-Command`.
    static func displayName(alias: String, target: String) -> String { "\(alias) -> \(target)" }

    // MARK: Syntax (Get-Command -Syntax and Get-Help's SYNTAX)

    /// One line per parameter set, in the order the sets are declared: `Verb-Noun <parameters>`.
    static func syntaxLines(_ m: CmdletMetadata) -> [String] {
        m.parameterSetNames.map { m.name + " " + parameterSetSyntax(m, set: $0) }
    }

    /// The parameters of one set in PowerShell's display order (CommandParameterSetInfo): positional
    /// ones by position, then named mandatory ones, then the other named ones in declaration order
    /// (WhatIf and Confirm last), then `[<CommonParameters>]`.
    static func parameterSetSyntax(_ m: CmdletMetadata, set: String) -> String {
        var positional: [(Int, ParameterMetadata, ParameterSetSpec)] = []
        var mandatory: [(ParameterMetadata, ParameterSetSpec)] = []
        var named: [(ParameterMetadata, ParameterSetSpec)] = []
        for p in m.parameters where !p.dontShow {
            guard let spec = p.spec(in: set) else { continue }
            if let pos = spec.position { positional.append((pos, p, spec)) }
            else if spec.mandatory { mandatory.append((p, spec)) }
            else { named.append((p, spec)) }
        }
        if m.supportsShouldProcess { for p in CommonParameters.shouldProcess { named.append((p, ParameterSetSpec())) } }
        let ordered = positional.enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }.map { ($0.element.1, $0.element.2) }
            + mandatory + named
        var parts = ordered.map { parameterText($0.0, $0.1) }
        parts.append("[<CommonParameters>]")
        return parts.joined(separator: " ")
    }

    /// `[-Name] <string>`, `[[-Name] <string>]`, `-Name <string>`, `[-Name <string>]`, `[-Switch]`.
    static func parameterText(_ p: ParameterMetadata, _ spec: ParameterSetSpec) -> String {
        if p.isSwitch { return spec.mandatory ? "-\(p.name)" : "[-\(p.name)]" }
        let type = typeText(p.type)
        switch (spec.mandatory, spec.position != nil) {
        case (true, true): return "[-\(p.name)] \(type)"
        case (true, false): return "-\(p.name) \(type)"
        case (false, true): return "[[-\(p.name)] \(type)]"
        case (false, false): return "[-\(p.name) \(type)]"
        }
    }

    /// A parameter's value in syntax: `<string[]>`, or the choices of an enum, `{A | B | C}`.
    static func typeText(_ t: PSType) -> String {
        switch t {
        case let .enumeration(e): return "{" + e.members.joined(separator: " | ") + "}"
        case let .array(.enumeration(e)): return typeText(.enumeration(e))
        default: return "<\(t.syntaxName)>"
        }
    }

    /// A script function's syntax: its parameters, positional in order (`[-Switch]` for switches).
    static func functionSyntax(_ f: FunctionInfo) -> String {
        var parts = [f.name]
        for p in f.parameters {
            let isSwitch = p.typeName?.lowercased() == "switch" || p.attributes.contains { $0.text.lowercased() == "switch" }
            parts.append(isSwitch ? "[-\(p.name)]" : "[[-\(p.name)] <\(p.typeName ?? "Object")>]")
        }
        return parts.joined(separator: " ")
    }

    /// `Get-Command -Syntax` text for a command, one line per set.
    static func syntax(_ c: Command) -> [String] {
        switch c {
        case let .cmdlet(e): return syntaxLines(e.metadata)
        case let .alias(_, e): return syntaxLines(e.metadata)
        case let .function(f): return [functionSyntax(f)]
        }
    }

    // MARK: CommandInfo objects

    static func version(ofModule module: String) -> String {
        switch module {
        case "Microsoft.PowerShell.Core": return "7.5.0"
        case "Microsoft.PowerShell.Utility", "Microsoft.PowerShell.Management": return "7.0.0.0"
        default: return Shell.version
        }
    }

    /// The object Get-Command writes for a command (CmdletInfo, AliasInfo or FunctionInfo).
    static func info(_ c: Command) -> PSValue {
        switch c {
        case let .cmdlet(e):
            let m = e.metadata
            let o = PSObject(typeNames: [FormatTypeNames.cmdletInfo, FormatTypeNames.commandInfo, "System.Object"], properties: [
                ("CommandType", .enumValue(c.commandType)),
                ("Name", .string(m.name)),
                ("Version", .string(version(ofModule: m.module))),
                ("Source", .string(m.module)),
                ("Verb", .string(m.verb)),
                ("Noun", .string(m.noun)),
                ("ModuleName", .string(m.module)),
                ("ImplementingType", .string(m.className)),
                ("DefaultParameterSet", m.defaultParameterSet.map { .string($0) } ?? .null),
                ("Definition", .string(syntaxLines(m).joined(separator: "\n"))),
                ("OutputType", .array(m.outputTypes.map { .string($0) })),
                ("Parameters", .hashtable(parameters(m))),
                ("ParameterSets", .array(m.parameterSetNames.map { parameterSetInfo(m, $0) })),
            ])
            o.toStringOverride = m.name
            return .object(o)
        case let .alias(name, e):
            let o = PSObject(typeNames: [FormatTypeNames.aliasInfo, FormatTypeNames.commandInfo, "System.Object"], properties: [
                ("CommandType", .enumValue(c.commandType)),
                ("Name", .string(name)),
                ("DisplayName", .string(displayName(alias: name, target: e.name))),
                ("Version", .string("")),
                ("Source", .string("")),
                ("Definition", .string(e.name)),
                ("ReferencedCommand", info(.cmdlet(e))),
                ("ResolvedCommandName", .string(e.name)),
            ])
            o.toStringOverride = name
            return .object(o)
        case let .function(f):
            let o = PSObject(typeNames: [FormatTypeNames.functionInfo, FormatTypeNames.commandInfo, "System.Object"], properties: [
                ("CommandType", .enumValue(c.commandType)),
                ("Name", .string(f.name)),
                ("Version", .string("")),
                ("Source", .string("")),
                ("Definition", .string(f.ast.body.text)),
            ])
            o.toStringOverride = f.name
            return .object(o)
        }
    }

    /// `(Get-Command X).Parameters`: name → ParameterMetadata, common parameters included.
    private static func parameters(_ m: CmdletMetadata) -> PSHashtable {
        let h = PSHashtable(ordered: true)
        for p in m.parameters + CommonParameters.parameters(for: m) {
            let sets = p.sets.map { $0.name }
            h[.string(p.name)] = .object(PSObject(typeNames: ["System.Management.Automation.ParameterMetadata", "System.Object"], properties: [
                ("Name", .string(p.name)),
                ("ParameterType", .string(p.type.fullName)),
                ("ParameterSets", .array(sets.map { .string($0) })),
                ("IsDynamic", .bool(false)),
                ("Aliases", .array(p.aliases.map { .string($0) })),
                ("SwitchParameter", .bool(p.isSwitch)),
            ]))
        }
        return h
    }

    private static func parameterSetInfo(_ m: CmdletMetadata, _ set: String) -> PSValue {
        let o = PSObject(typeNames: ["System.Management.Automation.CommandParameterSetInfo", "System.Object"], properties: [
            ("Name", .string(set)),
            ("IsDefault", .bool(set == m.defaultParameterSet || m.parameterSetNames.count == 1)),
            ("Parameters", .array(m.parameters(in: set).map { .string($0.name) })),
        ])
        o.toStringOverride = parameterSetSyntax(m, set: set)
        return .object(o)
    }
}
