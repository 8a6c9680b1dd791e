import CsCore

/// One command the shell can run: a cmdlet type, its metadata, and the binder's tables for it
/// (built the first time the cmdlet runs).
final class CommandEntry {
    let kind: CmdletKind
    let metadata: CmdletMetadata
    var name: String { metadata.name }
    private(set) lazy var plan = BindingPlan(metadata)

    init(kind: CmdletKind) {
        self.kind = kind
        self.metadata = kind.metadata
    }
}

/// The cmdlets and their aliases, looked up ignoring case; also the enum types the cmdlets declare
/// (so an enum a module's parameter uses resolves in `[Type]"x"` and `-is [Type]`), the object types
/// the modules declare, the services the modules lend and the module names `Import-Module` accepts.
final class CommandRegistry {
    private var byName: [String: CommandEntry] = [:]
    private var aliasTargets: [String: String] = [:]
    private(set) var aliases: [(alias: String, target: String)] = []
    private(set) var enumTypes: [String: PSEnumType] = [:]
    private(set) var entries: [CommandEntry] = []
    private(set) var services: [ServiceRegistration] = []
    /// The views the modules declare for their types.
    private(set) var views: [DeclaredView] = []
    /// Module names (case-folded) that are built in, so `Import-Module` of them succeeds.
    private(set) var moduleNames: Set<String> = []
    /// The domain modules: the name Get-Command shows and the other names `Import-Module` accepts.
    private(set) var domainModules: [(name: String, importNames: [String])] = []
    /// The object types the modules declare, by case-folded type name.
    private(set) var types: [String: PSTypeDescriptor] = [:]
    /// The cmdlets with a secret parameter (ParameterMetadata.isSecret), in registration order.
    private(set) var entriesWithSecrets: [CommandEntry] = []
    /// The .NET types scripts can name, the modules' enums among them.
    private(set) lazy var dotNetTypes = TypeTable { [unowned self] in self.enumTypes[$0] }

    init(shell: [any ShellCmdlet.Type], modules: [ShellModule]) {
        for t in shell { register(.shell(t)) }
        for m in modules {
            for t in m.cmdlets { register(.module(t)) }
            services += m.services
            views += m.views
            for t in m.types { types[t.typeName.caseFoldedKey] = t }
            for n in [m.name] + m.importNames { moduleNames.insert(n.caseFoldedKey) }
            domainModules.append((m.name, m.importNames))
        }
        // Sorted once, after all are in (start-up cost).
        entries = entries.map { ($0.name.caseFoldedKey, $0) }.sorted { $0.0 < $1.0 }.map(\.1)
        for e in [PSEnumType.actionPreference, PSEnumType.confirmImpact, .dayOfWeek, .dateTimeKind, .displayHint] + KnownEnums.all { registerEnum(e) }
    }

    private func register(_ kind: CmdletKind) {
        let entry = CommandEntry(kind: kind)
        let m = entry.metadata
        byName[m.name.caseFoldedKey] = entry
        entries.append(entry)
        if m.parameters.contains(where: \.isSecret) { entriesWithSecrets.append(entry) }
        for a in m.aliases {
            aliasTargets[a.caseFoldedKey] = m.name
            aliases.append((a, m.name))
        }
        for p in m.parameters { collectEnums(p.type) }
    }

    private func collectEnums(_ t: PSType) {
        switch t {
        case let .enumeration(e): registerEnum(e)
        case let .array(x), let .listModifier(x): collectEnums(x)
        default: break
        }
    }

    func registerEnum(_ e: PSEnumType) {
        enumTypes[e.name.caseFoldedKey] = e
        enumTypes[e.fullName.caseFoldedKey] = e
    }

    /// The command a name or alias denotes.
    func resolve(_ name: String) -> CommandEntry? {
        let k = name.caseFoldedKey
        if let e = byName[k] { return e }
        if let target = aliasTargets[k] { return byName[target.caseFoldedKey] }
        return nil
    }

    /// The alias's target name, when `name` is an alias.
    func aliasTarget(_ name: String) -> String? { aliasTargets[name.caseFoldedKey] }
}
