import CsCore

/// Resolves a typed parameter name to a declared or common parameter, as PowerShell's
/// MergedCommandParameterMetadata.GetMatchingParameter does: exact name or alias first, then a unique
/// prefix, with a declared parameter beating common ones.
struct ParameterNameMatcher {
    enum Match {
        case found(ParameterMetadata, isCommon: Bool)
        case notFound
        /// Several parameters match; their names in metadata order.
        case ambiguous([String])
    }

    let declared: [ParameterMetadata]
    let common: [ParameterMetadata]

    init(declared: [ParameterMetadata], common: [ParameterMetadata]) {
        self.declared = declared
        self.common = common
    }

    init(metadata: CmdletMetadata) {
        self.init(declared: metadata.parameters, common: CommonParameters.parameters(for: metadata))
    }

    func match(_ typed: String) -> Match {
        for p in declared where p.name.equalsIgnoringCase(typed) || p.aliases.contains(where: { $0.equalsIgnoringCase(typed) }) {
            return .found(p, isCommon: false)
        }
        for p in common where p.name.equalsIgnoringCase(typed) || p.aliases.contains(where: { $0.equalsIgnoringCase(typed) }) {
            return .found(p, isCommon: true)
        }
        let d = declared.filter { $0.name.hasPrefixIgnoringCase(typed) || $0.aliases.contains(where: { $0.hasPrefixIgnoringCase(typed) }) }
        let c = common.filter { $0.name.hasPrefixIgnoringCase(typed) || $0.aliases.contains(where: { $0.hasPrefixIgnoringCase(typed) }) }
        if d.count + c.count == 1 { return d.first.map { .found($0, isCommon: false) } ?? .found(c[0], isCommon: true) }
        if d.count == 1 { return .found(d[0], isCommon: false) }
        if d.isEmpty && c.isEmpty { return .notFound }
        return .ambiguous(d.map(\.name) + c.map(\.name))
    }
}
