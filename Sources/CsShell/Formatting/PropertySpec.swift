import CsCore

/// Which cmdlet a property argument is for; it decides the keys a calculated property may have.
public enum PropertySpecUsage: Sendable {
    /// Format-Table: Name/Label, Expression, FormatString, Width, Alignment.
    case table
    /// Format-List: Name/Label, Expression, FormatString.
    case list
    /// Select-Object: Name/Label, Expression.
    case select
    /// Sort-Object: Expression, Ascending, Descending.
    case sort
    /// Group-Object, Measure-Object: Expression.
    case group
}

/// What a property argument computes: a property name (wildcards allowed when given bare) or a script block.
public enum PropertyExpression {
    case name(String)
    case scriptBlock(any PSScriptBlock)
}

/// One element of a `-Property` argument.
public struct PropertySpec {
    public var expression: PropertyExpression
    /// Name or Label from a calculated property.
    public var label: String?
    public var width: Int?
    public var alignment: FormatAlignment?
    public var formatString: String?
    /// Sort-Object's per-key direction (`@{Expression=…; Descending=$true}`); nil follows -Descending.
    public var descending: Bool?
    /// True for a hashtable entry; its Expression string is a literal name, not a wildcard.
    public var isCalculated: Bool

    public init(expression: PropertyExpression, label: String? = nil, width: Int? = nil, alignment: FormatAlignment? = nil,
                formatString: String? = nil, descending: Bool? = nil, isCalculated: Bool = false) {
        self.expression = expression
        self.label = label
        self.width = width
        self.alignment = alignment
        self.formatString = formatString
        self.descending = descending
        self.isCalculated = isCalculated
    }

    /// Parses a `-Property` argument: a name, a script block, a calculated-property hashtable, or an
    /// array of those. Hashtable keys may be abbreviated (`N`, `L`, `E`, `W`, `A`, `F`…).
    public static func parse(_ argument: PSValue, usage: PropertySpecUsage) throws(FormatError) -> [PropertySpec] {
        var out: [PropertySpec] = []
        for item in argument.asList {
            switch item {
            case .null:
                continue
            case let .scriptBlock(sb):
                out.append(PropertySpec(expression: .scriptBlock(sb)))
            case let .hashtable(h):
                out.append(try parseHashtable(h, usage: usage))
            case .array:
                out.append(contentsOf: try parse(item, usage: usage))
            default:
                out.append(PropertySpec(expression: .name(PSConvert.toString(item))))
            }
        }
        return out
    }

    private static func allowedKeys(_ usage: PropertySpecUsage) -> [String] {
        switch usage {
        case .table: return ["Name", "Label", "Expression", "FormatString", "Width", "Alignment"]
        case .list: return ["Name", "Label", "Expression", "FormatString"]
        case .select: return ["Name", "Label", "Expression"]
        case .sort: return ["Expression", "Ascending", "Descending"]
        case .group: return ["Expression"]
        }
    }

    private static func parseHashtable(_ h: PSHashtable, usage: PropertySpecUsage) throws(FormatError) -> PropertySpec {
        let allowed = allowedKeys(usage)
        var found: [String: PSValue] = [:]
        for (k, v) in h.entries {
            let key = PSConvert.toString(k)
            let matches = allowed.filter { $0.hasPrefixIgnoringCase(key) }
            let match = matches.first { $0.equalsIgnoringCase(key) } ?? (matches.count == 1 ? matches[0] : nil)
            guard !key.isEmpty, let name = match else {
                if matches.count > 1 {
                    throw FormatError("The key '\(key)' is ambiguous. Possible matches include: \(matches.joined(separator: ", ")).", errorId: "DictionaryKeyAmbiguous")
                }
                throw FormatError("Illegal key \(key)", errorId: "DictionaryKeyIllegalKey")
            }
            if found[name] != nil || ((name == "Name" && found["Label"] != nil) || (name == "Label" && found["Name"] != nil)) {
                throw FormatError("The \(name) key is specified more than once.", errorId: "DictionaryKeyDuplicate")
            }
            found[name] = v
        }
        var spec = PropertySpec(expression: .name(""), isCalculated: true)
        for name in ["Name", "Label"] {
            guard let v = found[name] else { continue }
            if case .null = v { throw FormatError("The \(name) key has no value.", errorId: "DictionaryKeyMissingValue") }
            spec.label = PSConvert.toString(v)
        }
        guard let e = found["Expression"] else {
            throw FormatError("The Expression key is missing.", errorId: "DictionaryKeyMandatoryEntry")
        }
        switch e {
        case .null:
            throw FormatError("The Expression key has no value.", errorId: "DictionaryKeyMissingValue")
        case let .scriptBlock(sb):
            spec.expression = .scriptBlock(sb)
        case .string:
            spec.expression = .name(PSConvert.toString(e))
        default:
            throw FormatError("The \"Expression\" key has a type, \(e.typeName ?? "null"), that is not valid; it must be of type System.String or System.Management.Automation.ScriptBlock.", errorId: "DictionaryKeyIllegalValue2")
        }
        // Sort-Object: a key's own direction; Ascending and Descending given with the same value contradict
        // each other and are both ignored.
        switch (found["Ascending"].map(PSConvert.isTrue), found["Descending"].map(PSConvert.isTrue)) {
        case let (a?, d?) where a == d: spec.descending = nil
        case let (a?, _): spec.descending = !a
        case let (nil, d?): spec.descending = d
        case (nil, nil): spec.descending = nil
        }
        if let f = found["FormatString"] {
            guard case .string(let s) = f else {
                throw FormatError("The \"FormatString\" key has a type, \(f.typeName ?? "null"), that is not valid; it must be of type System.String.", errorId: "DictionaryKeyIllegalValue1")
            }
            spec.formatString = s
        }
        if let w = found["Width"] {
            guard case .int(let n) = (PSConvert.toNumber(w) ?? .null), n > 0 else {
                throw FormatError("The Width key has a value that is not valid; it must be a positive integer.", errorId: "FormatTableWidthMustBePositive")
            }
            spec.width = n
        }
        if let a = found["Alignment"] {
            let text = PSConvert.toString(a)
            let names: [(String, FormatAlignment)] = [("Left", .left), ("Center", .center), ("Right", .right)]
            let m = names.filter { $0.0.hasPrefixIgnoringCase(text) }
            guard !text.isEmpty, m.count == 1 else {
                throw FormatError("The Alignment key has a value, \"\(text)\", that is not valid; it must be Left, Center or Right.", errorId: "IllegalAlignmentValue")
            }
            spec.alignment = m[0].1
        }
        return spec
    }
}
