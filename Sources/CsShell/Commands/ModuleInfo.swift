import CsCore

/// The modules of a session as Get-Module and `Import-Module -PassThru` show them (PSModuleInfo):
/// the shell's own (Microsoft.PowerShell.Utility, …) and the domain modules (Lync), all built in.
struct ModuleInfo {
    static let typeName = "System.Management.Automation.PSModuleInfo"

    let name: String
    /// Other names `Import-Module` accepts for it (Lync's SkypeForBusiness).
    let importNames: [String]
    let commands: [String]

    /// Every module of the registry, by name.
    static func all(_ registry: CommandRegistry) -> [ModuleInfo] {
        var commands: [String: (name: String, list: [String])] = [:]
        for e in registry.entries {
            let m = e.metadata.module
            commands[m.caseFoldedKey, default: (m, [])].list.append(e.name)
        }
        for d in registry.domainModules where commands[d.name.caseFoldedKey] == nil { commands[d.name.caseFoldedKey] = (d.name, []) }
        return commands.values.sorted { $0.name.caseFoldedKey < $1.name.caseFoldedKey }.map { m in
            let importNames = registry.domainModules.first { $0.name.equalsIgnoringCase(m.name) }?.importNames ?? []
            return ModuleInfo(name: m.name, importNames: importNames, commands: m.list.sorted { $0.caseFoldedKey < $1.caseFoldedKey })
        }
    }

    /// The module a name (or one of its import names) denotes.
    static func find(_ name: String, in registry: CommandRegistry) -> ModuleInfo? {
        all(registry).first { $0.name.equalsIgnoringCase(name) || $0.importNames.contains { $0.equalsIgnoringCase(name) } }
    }

    var isDomainModule: Bool { !name.hasPrefix("Microsoft.PowerShell.") }

    /// The PSModuleInfo object.
    var object: PSValue {
        let exported = PSHashtable(ordered: true)
        for c in commands { exported[.string(c)] = .string(c) }
        let o = PSObject(typeNames: [ModuleInfo.typeName, "System.Object"], properties: [
            ("Name", .string(name)),
            ("Path", .string("")),
            ("Description", .string(isDomainModule ? "\(name) cmdlets, built into csshell." : "")),
            ("ModuleType", .string(isDomainModule ? "Binary" : "Manifest")),
            ("Version", .string(isDomainModule ? Shell.version : "7.0.0.0")),
            ("PreRelease", .null),
            ("ExportedCommands", .hashtable(exported)),
        ])
        o.toStringOverride = name
        return .object(o)
    }

    /// PowerShell's table view of modules (PowerShellCore.format.ps1xml's "Module").
    static func register(in r: inout FormatViewRegistry) {
        r.register(.table(TableView(columns: [
            .property("ModuleType", alignment: .left, width: 10),
            .property("Version", alignment: .left, width: 10),
            .property("PreRelease", alignment: .left, width: 10),
            .property("Name", alignment: .left, width: 35),
            FormatColumn(label: "ExportedCommands", alignment: .left) { v in
                guard case let .hashtable(h) = FormatValue.property("ExportedCommands", of: v) else { return .null }
                return .array(h.keys)
            },
        ])), for: typeName)
    }
}
