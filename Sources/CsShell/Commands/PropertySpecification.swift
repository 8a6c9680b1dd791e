import CsCmdlets

/// A property as Select-Object, Sort-Object, Group-Object and Measure-Object take it: a name (with
/// wildcards), a script block, or a calculated-property hashtable `@{Name=…; Expression=…}`.
struct PropertySpecification {
    enum Source {
        case name(String)
        case pattern(WildcardPattern)
        case script(any PSScriptBlock)
    }

    var label: String?
    var source: Source
    /// Sort-Object's per-key direction (`@{Expression=…; Descending=$true}`).
    var descending: Bool?

    /// Reads `-Property` values. `allowedKeys` lists the hashtable keys the cmdlet accepts beyond the name and expression.
    static func parse(_ value: PSValue?, allowedKeys: Set<String> = []) throws -> [PropertySpecification] {
        guard let value else { return [] }
        var out: [PropertySpecification] = []
        for item in value.asList {
            switch item {
            case let .scriptBlock(sb):
                out.append(PropertySpecification(label: sb.text.trimmingASCIISpaces(), source: .script(sb)))
            case let .hashtable(h):
                var spec = PropertySpecification(label: nil, source: .name(""))
                var sawExpression = false
                for (k, v) in h.entries {
                    let key = PSConvert.toString(k).lowercased()
                    switch key {
                    case "name", "n", "label", "l":
                        spec.label = PSConvert.toString(v)
                    case "expression", "e":
                        sawExpression = true
                        if case let .scriptBlock(sb) = v { spec.source = .script(sb) } else { spec.source = .name(PSConvert.toString(v)) }
                    case "ascending", "a" where allowedKeys.contains("ascending"):
                        spec.descending = !PSConvert.isTrue(v)
                    case "descending", "d" where allowedKeys.contains("descending"):
                        spec.descending = PSConvert.isTrue(v)
                    default:
                        if allowedKeys.contains(key) { continue }
                        throw ErrorRecord(message: "The \"\(PSConvert.toString(k))\" key is not valid.", errorId: "DictionaryKeyIllegal",
                                          category: .InvalidArgument, exceptionType: "System.NotSupportedException")
                    }
                }
                if !sawExpression {
                    if let l = spec.label { spec.source = .name(l) } else {
                        throw ErrorRecord(message: "The \"Expression\" key is missing.", errorId: "DictionaryKeyMandatoryEntry",
                                          category: .InvalidArgument, exceptionType: "System.NotSupportedException")
                    }
                }
                if spec.label == nil, case let .name(n) = spec.source { spec.label = n }
                out.append(spec)
            default:
                let s = PSConvert.toString(item)
                out.append(PropertySpecification(label: nil, source: WildcardPattern.hasWildcards(s) ? .pattern(WildcardPattern(s)) : .name(s)))
            }
        }
        return out
    }

    /// The (name, value) pairs this specification gives for an object; nil value means the property is missing.
    func values(of input: PSValue, _ runtime: any CommandRuntime) throws -> [(String, PSValue?)] {
        switch source {
        case let .name(n):
            return [(label ?? n, input.member(n))]
        case let .pattern(p):
            return PropertySpecification.propertyNames(of: input).filter { p.matches($0) }.map { ($0, input.member($0)) }
        case let .script(sb):
            return [(label ?? sb.text, try runtime.evaluate(sb, dollarUnder: input))]
        }
    }

    /// An object's property names, in order (hashtable keys for a hashtable).
    static func propertyNames(of v: PSValue) -> [String] {
        switch v {
        case let .object(o): return o.properties.map(\.name)
        case let .hashtable(h): return h.keys.map { PSConvert.toString($0) }
        case .string: return ["Length"]
        default: return []
        }
    }
}
