import CsCore

/// Type names in `[type]` casts, `-is` / `-as` and `[Type]::Member`: PowerShell's accelerators
/// (`int`, `string`, `bool`, `pscustomobject`, …), .NET full names, and the enum types cmdlets declare.
enum TypeResolver {
    /// A cast target.
    struct Target {
        let fullName: String
        let convert: (PSValue, String) throws -> PSValue

        func convert(_ v: PSValue, ofs: String) throws -> PSValue { try convert(v, ofs) }
    }

    private static let accelerators: [String: PSType] = [
        "int": .int32, "int32": .int32, "system.int32": .int32,
        "long": .int64, "int64": .int64, "system.int64": .int64,
        "uint32": .uint32, "uint": .uint32, "system.uint32": .uint32,
        "double": .double, "system.double": .double, "float": .double, "single": .double, "decimal": .double,
        "system.single": .double, "system.decimal": .double,
        "string": .string, "system.string": .string,
        "bool": .bool, "boolean": .bool, "system.boolean": .bool,
        "switch": .switchParameter, "system.management.automation.switchparameter": .switchParameter,
        "object": .object, "system.object": .object, "psobject": .psObject, "system.management.automation.psobject": .psObject,
        "hashtable": .hashtable, "system.collections.hashtable": .hashtable,
        "scriptblock": .scriptBlock, "system.management.automation.scriptblock": .scriptBlock,
        "array": .array(.object), "object[]": .array(.object), "system.object[]": .array(.object),
        "datetime": .dateTime, "system.datetime": .dateTime, "timespan": .timeSpan, "system.timespan": .timeSpan,
    ]

    static func psType(_ name: String, registry: CommandRegistry) -> PSType? {
        var n = name.lowercased()
        if n.hasPrefix("[") && n.hasSuffix("]") { n = String(n.dropFirst().dropLast()) }
        if let t = accelerators[n] { return t }
        if n.hasSuffix("[]"), let e = psType(String(n.dropLast(2)), registry: registry) { return .array(e) }
        if let e = registry.enumTypes[n] { return .enumeration(e) }
        return nil
    }

    static func resolve(_ name: String, registry: CommandRegistry) -> Target? {
        let n = name.lowercased()
        if n == "char" || n == "system.char" {
            return Target(fullName: "System.Char") { v, _ in
                if case let .int(i) = v, let u = Unicode.Scalar(i) { return .string(String(Character(u))) }
                let s = PSConvert.toString(v)
                guard s.count == 1 else {
                    throw PSConversionError(valueText: s, targetType: "System.Char", kind: .fromValue(inner: "String must be exactly one character long."))
                }
                return .string(s)
            }
        }
        if n == "pscustomobject" {
            return Target(fullName: PSObject.customTypeName) { v, _ in
                if case let .hashtable(h) = v { return .object(PSObject(properties: h.entries.map { (PSConvert.toString($0.key), $0.value) })) }
                return v
            }
        }
        guard let t = psType(name, registry: registry) else { return nil }
        return Target(fullName: t.fullName) { v, ofs in
            if case .string = t, case .array = v { return .string(PSConvert.toString(v, ofs: ofs)) }
            return try PSConvert.convert(v, to: t, ofs: ofs)
        }
    }

    /// A type as a value (`[int]` alone): an object with Name and FullName.
    static func typeObject(_ name: String, registry: CommandRegistry) -> PSValue? {
        let full: String
        let n = name.lowercased()
        if let t = resolve(name, registry: registry) { full = t.fullName }
        else if ["math", "system.math"].contains(n) { full = "System.Math" }
        else if ["enum", "system.enum"].contains(n) { full = "System.Enum" }
        else if ["environment", "system.environment"].contains(n) { full = "System.Environment" }
        else if ["regex", "system.text.regularexpressions.regex"].contains(n) { full = "System.Text.RegularExpressions.Regex" }
        else if ["ordered"].contains(n) { full = "System.Collections.Specialized.OrderedDictionary" }
        else { return nil }
        return .object(typeValue(full))
    }

    static func typeValue(_ full: String) -> PSObject {
        let short = full.split(separator: ".").last.map(String.init) ?? full
        let o = PSObject(typeNames: ["System.RuntimeType", "System.Type", "System.Object"], properties: [
            ("Name", .string(short)), ("FullName", .string(full)),
            ("Namespace", .string(full.split(separator: ".").dropLast().joined(separator: "."))),
        ])
        o.toStringOverride = full
        return o
    }

    /// `-is`: the value's type or one of its bases.
    static func isInstance(_ v: PSValue, of typeName: String) -> Bool {
        let n = typeName.lowercased()
        if n == "system.object" { return !v.isNull }
        switch v {
        case .null: return false
        case .string: return n == "system.string"
        case let .int(i):
            if n == "system.valuetype" { return true }
            return n == "system.int32" ? Int(Int32.min)...Int(Int32.max) ~= i : n == "system.int64" && !(Int(Int32.min)...Int(Int32.max) ~= i)
        case .double: return n == "system.double" || n == "system.valuetype"
        case .bool: return n == "system.boolean" || n == "system.valuetype"
        case let .enumValue(e): return n == e.type.fullName.lowercased() || n == "system.enum"
        case .array: return n == "system.object[]" || n == "system.array"
        case let .hashtable(h): return n == "system.collections.hashtable" ? !h.isOrdered : n == "system.collections.specialized.ordereddictionary" && h.isOrdered
        case .scriptBlock: return n == "system.management.automation.scriptblock"
        case .dateTime: return n == "system.datetime" || n == "system.valuetype"
        case .timeSpan: return n == "system.timespan" || n == "system.valuetype"
        case let .object(o):
            if n == "system.management.automation.psobject" || n == "system.management.automation.pscustomobject" && o.isCustomObject { return true }
            return o.typeNames.contains { $0.lowercased() == n || $0.lowercased().hasSuffix("." + n) }
        }
    }
}
