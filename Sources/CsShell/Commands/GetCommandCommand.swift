import CsCore
import Foundation

/// Get-Command: lists the session's cmdlets, aliases and functions (CmdletInfo, AliasInfo and
/// FunctionInfo objects, shown by the CommandInfo view), filtered by name, verb, noun, module or
/// command type; -Syntax prints each command's syntax, one line per parameter set.
final class GetCommandCommand: ShellCmdlet {
    static let metadata = CmdletMetadata(
        verb: "Get", noun: "Command", className: "Microsoft.PowerShell.Commands.GetCommandCommand",
        module: "Microsoft.PowerShell.Core", aliases: ["gcm"],
        parameters: [
            ParameterMetadata("Name", .array(.string), sets: [ParameterSetSpec("AllCommandSet", position: 0, pipeline: [.byValue, .byPropertyName])],
                              validations: [.notNullOrEmpty], description: "Specifies an array of names. This cmdlet gets only commands that have the specified name. Wildcard characters are permitted.",
                              acceptsWildcards: true),
            ParameterMetadata("Verb", .array(.string), sets: [ParameterSetSpec("CmdletSet", pipeline: .byPropertyName)],
                              description: "Specifies an array of command verbs. This cmdlet gets cmdlets and functions whose names have the specified verbs. Wildcard characters are permitted.",
                              acceptsWildcards: true),
            ParameterMetadata("Noun", .array(.string), sets: [ParameterSetSpec("CmdletSet", pipeline: .byPropertyName)],
                              description: "Specifies an array of command nouns. This cmdlet gets cmdlets and functions whose names have the specified nouns. Wildcard characters are permitted.",
                              acceptsWildcards: true),
            ParameterMetadata("Module", .array(.string), aliases: ["PSSnapin"], sets: [ParameterSetSpec(pipeline: .byPropertyName)],
                              description: "Specifies an array of modules. This cmdlet gets the commands that came from the specified modules (Microsoft.PowerShell.Core, Microsoft.PowerShell.Utility, Microsoft.PowerShell.Management, Lync). Wildcard characters are permitted.",
                              acceptsWildcards: true),
            ParameterMetadata("ExcludeModule", .array(.string), sets: [ParameterSetSpec(pipeline: .byPropertyName)],
                              description: "Specifies an array of modules whose commands this cmdlet leaves out. Wildcard characters are permitted.",
                              acceptsWildcards: true),
            ParameterMetadata("CommandType", .array(.enumeration(CommandDiscovery.commandTypes)), aliases: ["Type"],
                              sets: [ParameterSetSpec("AllCommandSet", pipeline: .byPropertyName)],
                              description: "Specifies the types of commands that this cmdlet gets: Alias, Cmdlet, Function (or All)."),
            ParameterMetadata("TotalCount", .int32, description: "Specifies the number of commands to get."),
            ParameterMetadata("Syntax", .switchParameter,
                              description: "Indicates that this cmdlet gets only the syntax of the command: one line per parameter set. For an alias, the alias and the syntax of the command it runs."),
            ParameterMetadata("UseFuzzyMatch", .switchParameter,
                              description: "Indicates that this cmdlet gets the commands whose names are near -Name (Damerau-Levenshtein distance), nearest first, each with its distance as Score."),
            ParameterMetadata("FuzzyMinimumDistance", .uint32,
                              description: "With -UseFuzzyMatch, the largest distance from -Name that a command's name may have.", defaultValue: "5"),
            ParameterMetadata("ShowCommandInfo", .switchParameter,
                              description: "Indicates that this cmdlet displays command information: for each command an object with its Name, ModuleName, Module, CommandType, Definition and ParameterSets (each with its parameters)."),
            ParameterMetadata("All", .switchParameter, description: "Indicates that this cmdlet gets all commands, including commands of the same type that have the same name."),
        ],
        defaultParameterSet: "CmdletSet",
        help: CmdletHelp(
            synopsis: "Gets all commands.",
            description: "The Get-Command cmdlet gets all commands of the session: cmdlets, aliases and functions. Without parameters it lists every command. With -Name it gets the commands with that name (wildcards are permitted); -Verb and -Noun select cmdlets and functions by the parts of their names. A name that matches no command, and has no wildcard characters, is an error.\n\nGet-Command -Syntax prints the syntax of each command, one line per parameter set, in the notation Get-Help uses.",
            examples: [
                CmdletExample("Example 1: Get the XMPP partner cmdlets", code: "Get-Command -Noun CsXmppAllowedPartner",
                              remarks: "Gets the New, Set, Get, Remove and Test cmdlets for XMPP allowed partners."),
                CmdletExample("Example 2: Get the syntax of a cmdlet", code: "Get-Command New-CsXmppAllowedPartner -Syntax",
                              remarks: "Prints one syntax line for each parameter set of New-CsXmppAllowedPartner."),
                CmdletExample("Example 3: Find commands by name", code: "Get-Command *-Csv",
                              remarks: "Gets the commands whose names end in -Csv."),
            ],
            inputs: "System.String", outputs: "System.Management.Automation.CommandInfo, System.String",
            relatedLinks: ["Get-Help", "Get-Member"]),
        outputTypes: [FormatTypeNames.aliasInfo, FormatTypeNames.cmdletInfo, FormatTypeNames.functionInfo, "System.String"])

    private var params = BoundParameters()
    private var found: [CommandDiscovery.Command] = []
    private var seen = Set<String>()
    private var scripts: [PSValue] = []
    private var scored: [(CommandDiscovery.Command, Int)] = []

    required init() {}

    func begin(_ p: BoundParameters, _ runtime: any ShellRuntime) throws { params = p }

    func process(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        let all = CommandDiscovery.all(runtime.session)
        var candidates = all
        if let verbs = p.strings("Verb") {
            let patterns = verbs.map { WildcardPattern($0) }
            candidates = candidates.filter { c in verbAndNoun(c).map { vn in patterns.contains { $0.matches(vn.verb) } } ?? false }
        }
        if let nouns = p.strings("Noun") {
            let patterns = nouns.map { WildcardPattern($0) }
            candidates = candidates.filter { c in verbAndNoun(c).map { vn in patterns.contains { $0.matches(vn.noun) } } ?? false }
        }
        if let modules = p.strings("Module") {
            let patterns = modules.map { WildcardPattern($0) }
            candidates = candidates.filter { c in patterns.contains { $0.matches(c.module) } }
        }
        if let modules = p.strings("ExcludeModule") {
            let patterns = modules.map { WildcardPattern($0) }
            candidates = candidates.filter { c in !patterns.contains { $0.matches(c.module) } }
        }
        if let types = p["CommandType"]?.asList.compactMap({ v -> String? in if case let .enumValue(e) = v { return e.name } else { return nil } }),
           !types.contains("All") {
            candidates = candidates.filter { types.contains($0.typeName) }
        }
        if p.isPresent("UseFuzzyMatch"), let names = p.strings("Name") {
            let limit = p.int("FuzzyMinimumDistance") ?? 5
            for name in names {
                for c in candidates {
                    let d = Self.distance(name.lowercased(), c.name.lowercased())
                    if d <= limit, seen.insert(c.typeName + ":" + c.name.caseFoldedKey).inserted { scored.append((c, d)) }
                }
            }
            return
        }
        if let names = p.strings("Name") {
            for name in names {
                if WildcardPattern.hasWildcards(name) {
                    let pattern = WildcardPattern(name)
                    for c in candidates where pattern.matches(c.name) { add(c) }
                } else if let c = CommandDiscovery.find(name, runtime.session), candidates.contains(where: { same($0, c) }) {
                    add(c)
                } else if let path = GetHelpCommand.scriptPath(name) {
                    scripts.append(Self.externalScriptInfo(path))
                } else {
                    try runtime.writeError(.commandNotFound(name))
                }
            }
        } else {
            for c in candidates { add(c) }
        }
    }

    func end(_ runtime: any ShellRuntime) throws {
        if params.isPresent("UseFuzzyMatch") {
            // Nearest first; each command with its distance as Score.
            for (c, d) in scored.enumerated().sorted(by: { ($0.element.1, $0.offset) < ($1.element.1, $1.offset) }).map(\.element) {
                let info = CommandDiscovery.info(c)
                if case let .object(o) = info { o.addProperty("Score", .int(d)) }
                runtime.writeObject(info)
            }
            return
        }
        var results = found
        let names = params.strings("Name") ?? []
        if names.isEmpty || names.contains(where: WildcardPattern.hasWildcards) {
            // Listings come in Get-Command's order: by command type, then name.
            let rank = ["Alias": 0, "Function": 1, "Filter": 1, "Cmdlet": 2]
            results = results.enumerated().sorted { a, b in
                let ra = rank[a.element.typeName] ?? 3, rb = rank[b.element.typeName] ?? 3
                if ra != rb { return ra < rb }
                let na = a.element.name.lowercased(), nb = b.element.name.lowercased()
                return na != nb ? na < nb : a.offset < b.offset
            }.map(\.element)
        }
        for script in scripts { runtime.writeObject(script) }
        if let n = params.int("TotalCount"), n >= 0 { results = Array(results.prefix(n)) }
        for c in results {
            if params.isPresent("ShowCommandInfo") {
                runtime.writeObject(Self.showCommandInfo(c))
            } else if params.isPresent("Syntax") {
                var text = ""
                var lines = CommandDiscovery.syntax(c)
                if case let .alias(name, e) = c {
                    // An alias's syntax lines are written with the alias: `del [-Path] <string[]> …`.
                    text += "\(name) (alias) -> \(e.name)\n"
                    lines = lines.map { $0.hasPrefix(e.name) ? name + $0.dropFirst(e.name.count) : $0 }
                }
                for line in lines { text += "\n" + line + "\n" }
                runtime.writeObject(.string(text))
            } else {
                runtime.writeObject(CommandDiscovery.info(c))
            }
        }
    }

    /// Get-Command -ShowCommandInfo: the command described in plain properties (ShowCommandCommandInfo).
    static func showCommandInfo(_ c: CommandDiscovery.Command) -> PSValue {
        let module = c.module
        var sets: [PSValue] = []
        if let m = c.entry?.metadata {
            for set in m.parameterSetNames {
                let parameters: [PSValue] = (m.parameters(in: set) + CommonParameters.parameters(for: m)).map { p in
                    let spec = p.spec(in: set) ?? p.sets.first ?? ParameterSetSpec()
                    let values: [PSValue]
                    if case let .enumeration(e) = p.type { values = e.members.map { .string($0) } } else { values = [] }
                    return .object(PSObject(properties: [
                        ("Name", .string(p.name)),
                        ("IsMandatory", .bool(spec.mandatory)),
                        ("ValueFromPipeline", .bool(spec.pipeline.contains(.byValue))),
                        ("Position", .int(spec.position ?? Int(Int32.min))),
                        ("ParameterType", .string(p.type.fullName)),
                        ("HasParameterSet", .bool(p.sets.contains { $0.name != ParameterSetSpec.allSets })),
                        ("ValidParamSetValues", .array(values)),
                    ]))
                }
                sets.append(.object(PSObject(properties: [
                    ("Name", .string(set)),
                    ("IsDefault", .bool(set == m.defaultParameterSet || m.parameterSetNames.count == 1)),
                    ("Parameters", .array(parameters)),
                ])))
            }
        }
        let definition = CommandDiscovery.syntax(c).joined(separator: "\n")
        return .object(PSObject(properties: [
            ("Name", .string(c.entry?.name ?? c.name)),
            ("ModuleName", .string(module)),
            ("Module", .object(PSObject(properties: [("Name", .string(module))]))),
            ("CommandType", .string(c.typeName)),
            ("Definition", .string(definition)),
            ("ParameterSets", .array(sets)),
        ]))
    }

    /// The Damerau-Levenshtein distance (optimal string alignment) between two names.
    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var d = Array(repeating: Array(repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in 0...x.count { d[i][0] = i }
        for j in 0...y.count { d[0][j] = j }
        for i in 1...x.count {
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
            }
        }
        return d[x.count][y.count]
    }

    /// A script file as a command (ExternalScriptInfo): its file name, its path as its definition.
    static func externalScriptInfo(_ path: String) -> PSValue {
        let name = (path as NSString).lastPathComponent
        let o = PSObject(typeNames: ["System.Management.Automation.ExternalScriptInfo", FormatTypeNames.commandInfo, "System.Object"], properties: [
            ("CommandType", .enumValue(CommandDiscovery.commandTypes.member(named: "ExternalScript")!)),
            ("Name", .string(name)),
            ("Version", .string("")),
            ("Source", .string(path)),
            ("Path", .string(path)),
            ("Definition", .string(path)),
        ])
        o.toStringOverride = name
        return .object(o)
    }

    private func add(_ c: CommandDiscovery.Command) {
        let key = c.typeName + ":" + c.name.caseFoldedKey
        if seen.insert(key).inserted { found.append(c) }
    }

    /// The verb and noun of a cmdlet, or of a function named Verb-Noun; aliases have none.
    private func verbAndNoun(_ c: CommandDiscovery.Command) -> (verb: String, noun: String)? {
        switch c {
        case let .cmdlet(e): return (e.metadata.verb, e.metadata.noun)
        case let .function(f):
            guard let dash = f.name.firstIndex(of: "-") else { return nil }
            return (String(f.name[..<dash]), String(f.name[f.name.index(after: dash)...]))
        case .alias: return nil
        }
    }

    private func same(_ a: CommandDiscovery.Command, _ b: CommandDiscovery.Command) -> Bool {
        a.typeName == b.typeName && a.name.equalsIgnoringCase(b.name)
    }
}
