import CsCore

/// A .NET type as a script sees it: the target of a cast, of `-is` and `-as`, of `[T]::Member` and
/// New-Object, what `GetType()` returns. Each type exists once per session (TypeTable), so type objects
/// compare by identity (`$x.GetType() -eq [int]`).
final class DotNetType {
    enum Kind {
        /// A type the value model converts to (numbers, string, bool, dates, enums, hashtable, …).
        case value(PSType)
        /// `T[]`
        case array(DotNetType)
        /// ArrayList, List[T], Collection[T], Stack[T], Queue[T], HashSet[T].
        case list(PSList.Kind)
        /// Hashtable, OrderedDictionary, Dictionary[K, V] (also SortedDictionary, as a dictionary).
        case dictionary(DictionaryKind)
        case psCustomObject
        /// System.Type (and RuntimeType).
        case type
        /// An exception type (ExceptionTypes knows the hierarchy).
        case exception
        /// A type whose members the shell implements (Math, Convert, IO.Path, Regex, Guid, …); it may
        /// have instances (Regex, Guid, StringBuilder), represented as objects of that type name.
        case known
    }

    enum DictionaryKind { case hashtable, ordered, generic, sorted }

    let fullName: String
    let name: String
    let namespace: String
    /// PowerShell's spelling: `int`, `string[]`, `System.Collections.Generic.List[int]`.
    let psName: String
    let genericArguments: [DotNetType]
    let baseType: DotNetType?
    /// Interfaces and other names `-is` accepts besides the base types (full names).
    let interfaces: [String]
    let kind: Kind
    let isValueType: Bool
    let isAbstract: Bool
    /// The class a script defined (`class Name { … }`), when this is one.
    var scriptClass: ScriptClass?

    init(fullName: String, psName: String? = nil, genericArguments: [DotNetType] = [], baseType: DotNetType?, interfaces: [String] = [],
         kind: Kind, isValueType: Bool = false, isAbstract: Bool = false) {
        self.fullName = fullName
        let plain = fullName.split(separator: "[", maxSplits: 1).first.map(String.init) ?? fullName
        let parts = plain.split(separator: ".")
        self.name = fullName.hasSuffix("[]") ? (fullName.split(separator: ".").last.map(String.init) ?? fullName) : (parts.last.map(String.init) ?? plain)
        self.namespace = parts.dropLast().joined(separator: ".")
        self.psName = psName ?? fullName
        self.genericArguments = genericArguments
        self.baseType = baseType
        self.interfaces = interfaces
        self.kind = kind
        self.isValueType = isValueType
        self.isAbstract = isAbstract
    }

    /// The value-model type this converts with, when it is one.
    var psType: PSType? {
        switch kind {
        case let .value(t): return t
        case let .array(e): return e.psType.map { .array($0) } ?? .array(.object)
        default: return nil
        }
    }

    var isGeneric: Bool { !genericArguments.isEmpty }
    var isArray: Bool { if case .array = kind { return true } else { return false } }
    var isEnum: Bool { if case .value(.enumeration) = kind { return true } else { return false } }

    /// The type itself, its base types and its interfaces, as full names (for `-is` and catch).
    var assignableNames: [String] {
        var names: [String] = []
        var t: DotNetType? = self
        while let x = t {
            names.append(x.fullName)
            names += x.interfaces
            t = x.baseType
        }
        return names
    }

    /// .NET's Type.ToString(): the full name, generic arguments in brackets (`System.Collections.Generic.List`1[System.Int32]`).
    var dotNetString: String {
        guard isGeneric else { return fullName }
        let plain = fullName.split(separator: "[", maxSplits: 1).first.map(String.init) ?? fullName
        return plain + "[" + genericArguments.map(\.dotNetString).joined(separator: ",") + "]"
    }

    /// The type as an object (`[int]` written alone, `$x.GetType()`), made once.
    private(set) lazy var object: PSObject = {
        let o = PSObject(typeNames: ["System.RuntimeType", "System.Reflection.TypeInfo", "System.Type", "System.Reflection.MemberInfo", "System.Object"],
                         properties: [
                            ("Name", .string(name)), ("FullName", .string(fullName)), ("Namespace", .string(namespace)),
                            ("BaseType", baseType.map { .object($0.object) } ?? .null),
                            ("IsGenericType", .bool(isGeneric)), ("IsArray", .bool(isArray)), ("IsEnum", .bool(isEnum)),
                            ("IsValueType", .bool(isValueType)), ("IsClass", .bool(!isValueType)), ("IsInterface", .bool(false)),
                            ("IsAbstract", .bool(isAbstract)), ("IsPublic", .bool(true)),
                            ("IsSerializable", .bool(fullName != PSObject.customTypeName)),
                            ("UnderlyingSystemType", .null),
                         ])
        o.toStringOverride = psName
        o.native = self
        return o
    }()

    /// The type behind a type object, if `v` is one.
    static func of(_ v: PSValue) -> DotNetType? {
        guard case let .object(o) = v else { return nil }
        return o.native as? DotNetType
    }
}
