import CsCmdlets

/// One command the shell can run: a cmdlet type, its metadata, and the binder's tables for it
/// (built the first time the cmdlet runs).
final class CommandEntry {
    let type: any Cmdlet.Type
    let metadata: CmdletMetadata
    var name: String { metadata.name }
    private(set) lazy var plan = BindingPlan(metadata)

    init(type: any Cmdlet.Type, metadata: CmdletMetadata) {
        self.type = type
        self.metadata = metadata
    }
}

/// The cmdlets and their aliases, looked up ignoring case; also the enum types the cmdlets declare
/// (so `[PartnerType]"fed"` and `-is [TlsNegotiation]` resolve).
final class CommandRegistry {
    private var byName: [String: CommandEntry] = [:]
    private var aliasTargets: [String: String] = [:]
    private(set) var aliases: [(alias: String, target: String)] = []
    private(set) var enumTypes: [String: PSEnumType] = [:]
    private(set) var entries: [CommandEntry] = []

    init(_ cmdlets: [any Cmdlet.Type]) {
        for t in cmdlets { register(t) }
        // Sorted once, after all are in (start-up cost).
        entries = entries.map { ($0.name.caseFoldedKey, $0) }.sorted { $0.0 < $1.0 }.map(\.1)
        for e in [PSEnumType.actionPreference, PSEnumType.confirmImpact] { registerEnum(e) }
    }

    private func register(_ t: any Cmdlet.Type) {
        let m = t.metadata
        let entry = CommandEntry(type: t, metadata: m)
        byName[m.name.caseFoldedKey] = entry
        entries.append(entry)
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
