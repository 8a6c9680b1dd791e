import CsCore
import Foundation

/// The .NET types a session knows, by every name a script may use for them: full names, names
/// without `System.`, PowerShell's accelerators (`int`, `hashtable`, `regex`), arrays (`int[]`) and
/// generics (`List[int]`, `Dictionary[string,int]`, `List[[int]]`). Each type is made once.
final class TypeTable {
    private var byName: [String: DotNetType] = [:]
    private let enums: (String) -> PSEnumType?

    init(enums: @escaping (String) -> PSEnumType?) {
        self.enums = enums
        for spec in TypeTable.catalog { define(spec) }
    }

    // MARK: Resolution

    /// The type a name denotes, or nil when there is none.
    func resolve(_ raw: String) -> DotNetType? {
        var name = raw.trimmingCharacters(in: .whitespaces)
        if name.hasPrefix("[") && name.hasSuffix("]") && !name.hasSuffix("[]") { name = String(name.dropFirst().dropLast()) }
        let key = name.caseFoldedKey
        if let t = byName[key] { return t }
        if let t = resolveComposite(name) {
            byName[key] = t
            return t
        }
        return nil
    }

    private func lookup(_ name: String) -> DotNetType? {
        let key = name.caseFoldedKey
        if let t = byName[key] { return t }
        if !key.hasPrefix("system."), let t = byName["system." + key] { return t }
        if let e = enums(key) { return enumType(e) }
        return nil
    }

    private func resolveComposite(_ name: String) -> DotNetType? {
        if let t = lookup(name) { return t }
        // T[] and T[,] (a multi-dimensional array is treated as a one-dimensional one).
        if name.hasSuffix("]"), let open = Self.matchingOpen(name), open > name.startIndex {
            let inner = name[name.index(after: open)..<name.index(before: name.endIndex)]
            let base = String(name[..<open]).trimmingCharacters(in: .whitespaces)
            if inner.allSatisfy({ $0 == "," || $0 == " " }) {
                guard let element = resolve(base) else { return nil }
                return arrayType(element)
            }
            // Generic arguments: List[int], Dictionary[string, int], List[[int]], List`1[int].
            guard let args = Self.splitGenericArguments(String(inner)) else { return nil }
            var argTypes: [DotNetType] = []
            for a in args {
                guard let t = resolve(a) else { return nil }
                argTypes.append(t)
            }
            let plain = base.split(separator: "`").first.map(String.init) ?? base
            return genericType(plain, argTypes)
        }
        return nil
    }

    /// The index of the `[` matching the final `]`.
    private static func matchingOpen(_ s: String) -> String.Index? {
        var depth = 0
        var i = s.endIndex
        while i > s.startIndex {
            i = s.index(before: i)
            if s[i] == "]" { depth += 1 } else if s[i] == "[" {
                depth -= 1
                if depth == 0 { return i }
            }
        }
        return nil
    }

    /// `string, int` / `[string], [int]` → ["string", "int"]; nil when unbalanced.
    private static func splitGenericArguments(_ s: String) -> [String]? {
        var parts: [String] = []
        var depth = 0
        var current = ""
        for c in s {
            if c == "[" { depth += 1 } else if c == "]" { depth -= 1 }
            if depth < 0 { return nil }
            if c == "," && depth == 0 {
                parts.append(current)
                current = ""
            } else {
                current.append(c)
            }
        }
        if depth != 0 { return nil }
        parts.append(current)
        return parts.map { p in
            var t = p.trimmingCharacters(in: .whitespaces)
            if t.hasPrefix("[") && t.hasSuffix("]") { t = String(t.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces) }
            // An assembly-qualified argument: keep the type name.
            if let comma = t.firstIndex(of: ","), !t.contains("[") { t = String(t[..<comma]) }
            return t
        }.filter { !$0.isEmpty }
    }

    // MARK: Constructed types

    func arrayType(_ element: DotNetType) -> DotNetType {
        let key = (element.fullName + "[]").caseFoldedKey
        if let t = byName[key] { return t }
        let t = DotNetType(fullName: element.fullName + "[]", psName: element.psName + "[]", baseType: lookup("System.Array"),
                           interfaces: TypeTable.listInterfaces, kind: .array(element))
        byName[key] = t
        return t
    }

    func enumType(_ e: PSEnumType) -> DotNetType {
        let key = e.fullName.caseFoldedKey
        if let t = byName[key] { return t }
        let t = DotNetType(fullName: e.fullName, baseType: lookup("System.Enum"), interfaces: TypeTable.scalarInterfaces,
                           kind: .value(.enumeration(e)), isValueType: true)
        byName[key] = t
        byName[e.name.caseFoldedKey] = byName[e.name.caseFoldedKey] ?? t
        return t
    }

    /// A type a script defines (`class` or `enum`): it replaces an earlier one of the same name.
    func defineScriptType(_ t: DotNetType) {
        byName[t.fullName.caseFoldedKey] = t
    }

    /// The type of a script's enum (a new one on each definition).
    func defineScriptEnum(_ e: PSEnumType) -> DotNetType {
        let t = DotNetType(fullName: e.fullName, baseType: lookup("System.Enum"), interfaces: TypeTable.scalarInterfaces,
                           kind: .value(.enumeration(e)), isValueType: true)
        byName[e.fullName.caseFoldedKey] = t
        return t
    }

    /// The type of an object whose type names the table may not know (a VerboseRecord, a cmdlet's
    /// output type): the first known name, or a type made for the first name with the next ones as its
    /// bases.
    func objectType(_ typeNames: [String]) -> DotNetType? {
        guard let first = typeNames.first else { return nil }
        if let t = lookup(first) { return t }
        let t = DotNetType(fullName: first, baseType: objectType(Array(typeNames.dropFirst())), kind: .known)
        byName[first.caseFoldedKey] = t
        return t
    }

    /// A generic type of the ones the shell implements, with its arguments; nil for an unknown one or
    /// the wrong number of arguments.
    func genericType(_ name: String, _ args: [DotNetType]) -> DotNetType? {
        var plain = name.caseFoldedKey
        if !plain.hasPrefix("system.") { plain = "system." + plain }
        guard let g = TypeTable.generics.first(where: { $0.names.contains(plain) || $0.names.contains(plain.replacingOccurrences(of: "system.", with: "")) }),
              g.arity == args.count else { return nil }
        let argText = args.map { "[\($0.fullName), \(TypeTable.assembly)]" }.joined(separator: ",")
        let fullName = "\(g.fullName)`\(g.arity)[\(argText)]"
        if let t = byName[fullName.caseFoldedKey] { return t }
        let ps = g.fullName + "[" + args.map(\.psName).joined(separator: ",") + "]"
        let t = DotNetType(fullName: fullName, psName: ps, genericArguments: args, baseType: lookup("System.Object"),
                           interfaces: g.interfaces, kind: g.kind)
        byName[fullName.caseFoldedKey] = t
        return t
    }

    // MARK: Catalog

    private func define(_ spec: TypeSpec) {
        let t = DotNetType(fullName: spec.fullName, psName: spec.psName, baseType: spec.base.flatMap { lookup($0) },
                           interfaces: spec.interfaces, kind: spec.kind, isValueType: spec.isValueType, isAbstract: spec.isAbstract)
        byName[spec.fullName.caseFoldedKey] = t
        for a in spec.aliases { byName[a.caseFoldedKey] = t }
    }

    struct TypeSpec {
        var fullName: String
        var aliases: [String] = []
        var psName: String? = nil
        var base: String? = "System.Object"
        var interfaces: [String] = []
        var kind: DotNetType.Kind = .known
        var isValueType = false
        var isAbstract = false
    }

    static let assembly = "System.Private.CoreLib, Version=9.0.0.0, Culture=neutral, PublicKeyToken=7cec85d7bea7798e"
    static let scalarInterfaces = ["System.IComparable", "System.IFormattable", "System.IConvertible"]
    static let listInterfaces = ["System.Collections.IList", "System.Collections.ICollection", "System.Collections.IEnumerable"]
    static let dictionaryInterfaces = ["System.Collections.IDictionary", "System.Collections.ICollection", "System.Collections.IEnumerable"]

    struct GenericSpec {
        var fullName: String
        var names: [String]
        var arity: Int
        var kind: DotNetType.Kind
        var interfaces: [String]
    }

    static var generics: [GenericSpec] { [
        GenericSpec(fullName: "System.Collections.Generic.List", names: ["system.collections.generic.list", "collections.generic.list", "system.list", "list"],
                    arity: 1, kind: .list(.list), interfaces: listInterfaces),
        GenericSpec(fullName: "System.Collections.ObjectModel.Collection",
                    names: ["system.collections.objectmodel.collection", "collections.objectmodel.collection"],
                    arity: 1, kind: .list(.collection), interfaces: listInterfaces),
        GenericSpec(fullName: "System.Collections.Generic.Stack", names: ["system.collections.generic.stack", "collections.generic.stack", "system.stack", "stack"],
                    arity: 1, kind: .list(.stack), interfaces: ["System.Collections.ICollection", "System.Collections.IEnumerable"]),
        GenericSpec(fullName: "System.Collections.Generic.Queue", names: ["system.collections.generic.queue", "collections.generic.queue", "system.queue", "queue"],
                    arity: 1, kind: .list(.queue), interfaces: ["System.Collections.ICollection", "System.Collections.IEnumerable"]),
        GenericSpec(fullName: "System.Collections.Generic.HashSet", names: ["system.collections.generic.hashset", "collections.generic.hashset", "system.hashset", "hashset"],
                    arity: 1, kind: .list(.hashSet), interfaces: ["System.Collections.ICollection", "System.Collections.IEnumerable"]),
        GenericSpec(fullName: "System.Collections.Generic.Dictionary",
                    names: ["system.collections.generic.dictionary", "collections.generic.dictionary", "system.dictionary", "dictionary"],
                    arity: 2, kind: .dictionary(.generic), interfaces: dictionaryInterfaces),
        GenericSpec(fullName: "System.Collections.Generic.SortedDictionary",
                    names: ["system.collections.generic.sorteddictionary", "collections.generic.sorteddictionary", "sorteddictionary"],
                    arity: 2, kind: .dictionary(.sorted), interfaces: dictionaryInterfaces),
        GenericSpec(fullName: "System.Nullable", names: ["system.nullable", "nullable"], arity: 1, kind: .known, interfaces: []),
    ] }

    static var catalog: [TypeSpec] {
        func number(_ t: PSNumericType, _ extra: [String] = []) -> TypeSpec {
            TypeSpec(fullName: t.fullName, aliases: [t.acceleratorName, t.shortName] + extra, psName: t.acceleratorName, base: "System.ValueType",
                     interfaces: scalarInterfaces, kind: .value(.number(t)), isValueType: true)
        }
        var specs: [TypeSpec] = [
            TypeSpec(fullName: "System.Object", aliases: ["object"], psName: "System.Object", base: nil, kind: .value(.object)),
            TypeSpec(fullName: "System.ValueType", isAbstract: true),
            TypeSpec(fullName: "System.Enum", base: "System.ValueType", interfaces: scalarInterfaces, isAbstract: true),
            TypeSpec(fullName: "System.Array", aliases: ["array"], interfaces: listInterfaces, kind: .value(.array(.object)), isAbstract: true),
            TypeSpec(fullName: "System.String", aliases: ["string"], psName: "string", interfaces: scalarInterfaces + ["System.Collections.IEnumerable"],
                     kind: .value(.string)),
            TypeSpec(fullName: "System.Boolean", aliases: ["bool"], psName: "bool", base: "System.ValueType", interfaces: scalarInterfaces,
                     kind: .value(.bool), isValueType: true),
            TypeSpec(fullName: "System.DateTime", aliases: ["datetime"], psName: "datetime", base: "System.ValueType", interfaces: scalarInterfaces,
                     kind: .value(.dateTime), isValueType: true),
            TypeSpec(fullName: "System.TimeSpan", aliases: ["timespan"], psName: "timespan", base: "System.ValueType",
                     interfaces: ["System.IComparable", "System.IFormattable"], kind: .value(.timeSpan), isValueType: true),
            TypeSpec(fullName: "System.Management.Automation.SwitchParameter", aliases: ["switch"], psName: "switch", base: "System.ValueType",
                     kind: .value(.switchParameter), isValueType: true),
            TypeSpec(fullName: "System.Management.Automation.PSObject", aliases: ["psobject"], psName: "psobject", kind: .value(.psObject)),
            TypeSpec(fullName: "System.Management.Automation.PSCustomObject", aliases: ["pscustomobject"], psName: "System.Management.Automation.PSCustomObject",
                     kind: .psCustomObject),
            TypeSpec(fullName: "System.Management.Automation.ScriptBlock", aliases: ["scriptblock"], psName: "scriptblock", kind: .value(.scriptBlock)),
            TypeSpec(fullName: "System.Collections.Hashtable", aliases: ["hashtable"], psName: "hashtable", interfaces: dictionaryInterfaces,
                     kind: .dictionary(.hashtable)),
            TypeSpec(fullName: "System.Collections.Specialized.OrderedDictionary", aliases: ["ordered"], interfaces: dictionaryInterfaces,
                     kind: .dictionary(.ordered)),
            // What ConvertFrom-Json -AsHashtable makes (PowerShell 7.3+): a Hashtable that keeps its keys' order.
            TypeSpec(fullName: "System.Management.Automation.OrderedHashtable", base: "System.Collections.Hashtable", interfaces: dictionaryInterfaces),
            TypeSpec(fullName: "System.Collections.ArrayList", psName: "System.Collections.ArrayList", interfaces: listInterfaces, kind: .list(.arrayList)),
            TypeSpec(fullName: "System.Collections.Stack", interfaces: ["System.Collections.ICollection", "System.Collections.IEnumerable"], kind: .list(.stack)),
            TypeSpec(fullName: "System.Collections.Queue", interfaces: ["System.Collections.ICollection", "System.Collections.IEnumerable"], kind: .list(.queue)),
            TypeSpec(fullName: "System.Reflection.MemberInfo", isAbstract: true),
            TypeSpec(fullName: "System.Type", aliases: ["type"], psName: "type", base: "System.Reflection.MemberInfo", kind: .type, isAbstract: true),
            TypeSpec(fullName: "System.Reflection.TypeInfo", base: "System.Type", kind: .type, isAbstract: true),
            TypeSpec(fullName: "System.RuntimeType", base: "System.Reflection.TypeInfo", kind: .type),
            TypeSpec(fullName: "System.Void", aliases: ["void"], psName: "void", base: "System.ValueType", isValueType: true),
            TypeSpec(fullName: "System.Math"),
            TypeSpec(fullName: "System.Convert"),
            TypeSpec(fullName: "System.Environment"),
            TypeSpec(fullName: "System.Console"),
            TypeSpec(fullName: "System.BitConverter"),
            TypeSpec(fullName: "System.Guid", aliases: ["guid"], psName: "guid", base: "System.ValueType",
                     interfaces: ["System.IComparable", "System.IFormattable"], isValueType: true),
            TypeSpec(fullName: "System.Version", aliases: ["version"], psName: "version", interfaces: ["System.IComparable"]),
            TypeSpec(fullName: "System.Uri", aliases: ["uri"], psName: "uri"),
            TypeSpec(fullName: "System.Text.RegularExpressions.Regex", aliases: ["regex"], psName: "regex"),
            TypeSpec(fullName: "System.Text.RegularExpressions.RegexOptions", base: "System.Enum", isValueType: true),
            TypeSpec(fullName: "System.Text.RegularExpressions.Match"),
            TypeSpec(fullName: "System.Text.StringBuilder"),
            TypeSpec(fullName: "System.Text.Encoding", isAbstract: true),
            TypeSpec(fullName: "System.IO.Path"),
            TypeSpec(fullName: "System.IO.File"),
            TypeSpec(fullName: "System.IO.Directory"),
            TypeSpec(fullName: "System.IO.FileSystemInfo", isAbstract: true),
            TypeSpec(fullName: "System.IO.FileInfo", base: "System.IO.FileSystemInfo"),
            TypeSpec(fullName: "System.IO.DirectoryInfo", base: "System.IO.FileSystemInfo"),
            TypeSpec(fullName: "System.Globalization.CultureInfo", aliases: ["cultureinfo"], psName: "cultureinfo"),
            TypeSpec(fullName: "System.EventHandler"),
            TypeSpec(fullName: "System.Text.RegularExpressions.MatchEvaluator"),
            TypeSpec(fullName: "System.StringComparison", base: "System.Enum", isValueType: true),
            TypeSpec(fullName: "System.Management.Automation.WildcardPattern", aliases: ["WildcardPattern"]),
            TypeSpec(fullName: "System.Management.Automation.ErrorRecord"),
            TypeSpec(fullName: "System.Management.Automation.InvocationInfo"),
            TypeSpec(fullName: "System.Management.Automation.PSMethod"),
            TypeSpec(fullName: "System.Management.Automation.LanguagePrimitives"),
            TypeSpec(fullName: "System.Management.Automation.PSListModifier", aliases: ["pslistmodifier"]),
            TypeSpec(fullName: "System.Management.Automation.PSCredential", aliases: ["pscredential"]),
            TypeSpec(fullName: "System.Management.Automation.PSVariable", aliases: ["psvariable"]),
            TypeSpec(fullName: "System.Management.Automation.PSNoteProperty", aliases: ["psnoteproperty"]),
            TypeSpec(fullName: "System.Management.Automation.PSScriptMethod", aliases: ["psscriptmethod"]),
            TypeSpec(fullName: "System.Management.Automation.PSScriptProperty", aliases: ["psscriptproperty"]),
            TypeSpec(fullName: "System.Management.Automation.PSAliasProperty", aliases: ["psaliasproperty"]),
            TypeSpec(fullName: "System.Management.Automation.PSReference", aliases: ["ref"], psName: "ref"),
            TypeSpec(fullName: "System.Management.Automation.PSTypeName"),
            TypeSpec(fullName: "System.Management.Automation.Internal.AutomationNull"),
        ]
        specs += PSNumericType.allCases.filter { $0 != .bigInteger }.map { t -> TypeSpec in
            switch t {
            case .int32: return number(t, ["int32"])
            case .int64: return number(t, ["int64"])
            case .int16: return number(t, ["int16"])
            case .uint16: return number(t, ["uint16"])
            case .uint32: return number(t, ["uint32"])
            case .uint64: return number(t, ["uint64"])
            case .single: return number(t, ["single"])
            default: return number(t)
            }
        }
        specs.append(TypeSpec(fullName: "System.Numerics.BigInteger", aliases: ["bigint", "Numerics.BigInteger"], psName: "bigint", base: "System.ValueType",
                              interfaces: ["System.IComparable", "System.IFormattable"], kind: .value(.numeric(.bigInteger)), isValueType: true))
        specs += ExceptionTypes.all.map { e in
            TypeSpec(fullName: e.fullName, aliases: e.aliases, base: e.base, kind: .exception)
        }
        return specs
    }
}
