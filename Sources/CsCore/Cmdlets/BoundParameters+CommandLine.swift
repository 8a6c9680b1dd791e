// The command line that binds a set of parameters, for a command that ran without one (records such
// as a change history keep it).

extension BoundParameters {
    /// What a secret parameter's value shows as (ParameterMetadata.isSecret), as in the shell's masked
    /// source lines.
    public static let secretMask = "********"

    /// `Name -Param value …` for the parameters in binding order, typed as PowerShell reads them back:
    /// text in single quotes (a quote doubled), numbers and enum names bare, `$true`/`$false`/`$null`,
    /// a list as `'a','b'`, a list modifier as `@{Add=…; Remove=…}`, a switch as `-Force` (or
    /// `-Force:$false`). A secret parameter's value other than `$null` is masked.
    public func commandLine(_ metadata: CmdletMetadata) -> String {
        var words = [metadata.name]
        for name in boundNames {
            let p = metadata.parameter(named: name)
            let shown = p?.name ?? name
            if let m = listModifier(name) {
                words.append("-\(shown) \(p?.isSecret == true ? Self.secretMask : Self.argument(m))")
                continue
            }
            guard let value = self[name] else { continue }
            if p?.type == .switchParameter, case let .bool(on) = value {
                words.append(on ? "-\(shown)" : "-\(shown):$false")
            } else if p?.isSecret == true, !value.isNull {
                words.append("-\(shown) \(Self.secretMask)")
            } else {
                words.append("-\(shown) \(Self.argument(value))")
            }
        }
        return words.joined(separator: " ")
    }

    /// A value as a command argument.
    static func argument(_ value: PSValue) -> String {
        switch value {
        case .null: return "$null"
        case let .bool(b): return b ? "$true" : "$false"
        case .int, .double, .number, .enumValue: return PSConvert.toString(value)
        case .array, .list:
            let items = value.asList
            return items.isEmpty ? "@()" : items.map(element).joined(separator: ",")
        default: return quoted(PSConvert.toString(value))
        }
    }

    private static func element(_ value: PSValue) -> String {
        switch value {
        case .array, .list: return "@(\(argument(value)))"
        default: return argument(value)
        }
    }

    private static func argument(_ m: PSListModifier) -> String {
        if m.replaces { return m.replace.isEmpty ? "$null" : argument(.array(m.replace)) }
        var entries: [String] = []
        if !m.add.isEmpty { entries.append("Add=\(argument(.array(m.add)))") }
        if !m.remove.isEmpty { entries.append("Remove=\(argument(.array(m.remove)))") }
        return "@{\(entries.joined(separator: "; "))}"
    }

    /// Text in single quotes, each single quote (also the typographic ones PowerShell reads as such)
    /// doubled, as PowerShell's CodeGeneration.EscapeSingleQuotedStringContent does.
    static func quoted(_ text: String) -> String {
        var s = "'"
        for c in text.unicodeScalars {
            s.unicodeScalars.append(c)
            if c == "'" || (0x2018...0x201B).contains(c.value) { s.unicodeScalars.append(c) }
        }
        return s + "'"
    }
}
