/// Checks cmdlet declarations, the author's mistakes apart from the user's (as swift-argument-parser's
/// validators check its declarations): names, aliases, positions, sets, pipeline binding, help. Run
/// over the whole catalogue by a test, so a new cmdlet cannot ship a malformed declaration.
public enum CmdletMetadataValidator {
    /// What is wrong with one declaration; empty when it is well formed.
    public static func problems(in m: CmdletMetadata) -> [String] {
        var found: [String] = []
        func problem(_ text: String) { found.append("\(m.name): \(text)") }

        if m.verb.isEmpty || m.noun.isEmpty { problem("verb and noun must not be empty") }
        if m.className.isEmpty { problem("no implementing class name") }
        if m.module.isEmpty { problem("no module name") }
        if m.help.synopsis.isEmpty { problem("no help synopsis") }
        if m.help.description.isEmpty { problem("no help description") }
        if m.help.examples.isEmpty { problem("no help example") }
        for e in m.help.examples where e.code.isEmpty || e.remarks.isEmpty || e.title.isEmpty {
            problem("help example '\(e.title)' lacks a title, code or remarks")
        }

        var seen = Set<String>()
        for p in m.parameters {
            for n in [p.name] + p.aliases {
                if !seen.insert(n.caseFoldedKey).inserted { problem("duplicate parameter name or alias '\(n)'") }
                if CommonParameters.isCommon(n) || commonAliases.contains(n.caseFoldedKey) {
                    problem("'\(n)' clashes with a common parameter")
                }
            }
            if p.description.isEmpty { problem("-\(p.name) has no help text") }
            if p.sets.isEmpty { problem("-\(p.name) belongs to no parameter set") }
            if p.isSwitch && p.sets.contains(where: { $0.position != nil }) { problem("switch -\(p.name) has a position") }
            let setNames = p.sets.map(\.name)
            if Set(setNames).count != setNames.count { problem("-\(p.name) lists a parameter set twice") }
        }
        if let d = m.defaultParameterSet, !m.parameterSetNames.contains(d) { problem("default parameter set '\(d)' has no parameter") }
        for set in m.parameterSetNames {
            let inSet = m.parameters(in: set)
            let positions = inSet.compactMap { $0.spec(in: set)?.position }
            if Set(positions).count != positions.count { problem("[\(set)] two parameters share a position") }
            let byValue = inSet.filter { $0.spec(in: set)?.pipeline.contains(.byValue) == true }
            if byValue.count > 1 { problem("[\(set)] more than one parameter takes pipeline input by value") }
            let remaining = inSet.filter { $0.spec(in: set)?.remainingArguments == true }
            if remaining.count > 1 { problem("[\(set)] more than one parameter takes the remaining arguments") }
        }
        return found
    }

    /// What is wrong with a catalogue: each declaration's problems, and command names or aliases that
    /// two cmdlets claim.
    public static func problems(inCatalogue catalogue: [CmdletMetadata]) -> [String] {
        var found = catalogue.flatMap(problems(in:))
        var owners: [String: String] = [:]
        for m in catalogue {
            for n in [m.name] + m.aliases {
                if let other = owners[n.caseFoldedKey] {
                    found.append("\(m.name): the name '\(n)' is also \(other)'s")
                } else {
                    owners[n.caseFoldedKey] = m.name
                }
            }
        }
        return found
    }

    private static let commonAliases: Set<String> = Set((CommonParameters.all + CommonParameters.shouldProcess).flatMap(\.aliases).map(\.caseFoldedKey))
}
