import CsCore

/// Type names in `[type]` casts, `-is` / `-as` and `[Type]::Member`: PowerShell's accelerators
/// (`int`, `string`, `bool`, `pscustomobject`, …), .NET full names, generics and arrays, and the enum
/// types cmdlets declare (TypeTable knows them); and the conversions a cast to each makes.
enum TypeResolver {
    /// A cast target.
    struct Target {
        let type: DotNetType
        var fullName: String { type.fullName }
        let convert: (PSValue, String) throws -> PSValue

        func convert(_ v: PSValue, ofs: String) throws -> PSValue { try convert(v, ofs) }
    }

    static func type(_ name: String, registry: CommandRegistry) -> DotNetType? {
        registry.dotNetTypes.resolve(name)
    }

    static func resolve(_ name: String, registry: CommandRegistry) -> Target? {
        guard let t = type(name, registry: registry) else { return nil }
        return Target(type: t) { v, ofs in try convert(v, to: t, ofs: ofs, registry: registry) }
    }

    /// A type as a value (`[int]` alone): its type object.
    static func typeObject(_ name: String, registry: CommandRegistry) -> PSValue? {
        type(name, registry: registry).map { .object($0.object) }
    }

    /// The type of a value (`$x.GetType()`).
    static func type(of v: PSValue, registry: CommandRegistry) -> DotNetType? {
        let table = registry.dotNetTypes
        switch v {
        case .null: return nil
        case let .list(l): return table.resolve(l.psTypeName) ?? table.resolve("System.Object")
        case let .hashtable(h): return table.resolve(h.typeName)
        case let .enumValue(e): return table.enumType(e.type)
        case let .object(o):
            if DotNetType.of(v) != nil { return table.resolve("System.RuntimeType") }
            if o.isCustomObject { return table.resolve("System.Management.Automation.PSCustomObject") }
            return table.objectType(o.typeNames) ?? table.resolve("System.Management.Automation.PSCustomObject")
        default:
            return v.typeName.flatMap { table.resolve($0) }
        }
    }

    // MARK: -is

    /// `-is`: the value's type, one of its bases or interfaces.
    static func isInstance(_ v: PSValue, of t: DotNetType, registry: CommandRegistry) -> Bool {
        if v.isNull { return false }
        let n = t.fullName.caseFoldedKey
        if n == "system.object" { return true }
        if case let .object(o) = v {
            if n == "system.management.automation.psobject" { return true }
            if n == "system.management.automation.pscustomobject" { return o.isCustomObject || o.hasEmptyBase }
            if o.typeNames.contains(where: { $0.caseFoldedKey == n }) { return true }
        }
        if case let .array(a) = v, case let .array(element) = t.kind {
            // T[] (other than object[]): every element already of T.
            if element.fullName == "System.Object" { return true }
            return !a.isEmpty && a.allSatisfy { isInstance($0, of: element, registry: registry) }
        }
        guard let own = type(of: v, registry: registry) else { return false }
        return own.assignableNames.contains { $0.caseFoldedKey == n }
    }

    // MARK: Casts

    /// `[type]value`, as LanguagePrimitives.ConvertTo does for the types the shell knows.
    static func convert(_ v: PSValue, to t: DotNetType, ofs: String, registry: CommandRegistry) throws -> PSValue {
        switch t.kind {
        case let .value(pt):
            if case .string = pt, case .array = v { return .string(PSConvert.toString(v, ofs: ofs)) }
            if case .string = pt, case .list = v { return .string(PSConvert.toString(v, ofs: ofs)) }
            if case .array = pt, case let .list(l) = v { return .array(l.enumerated) }
            return try PSConvert.convert(v, to: pt, ofs: ofs)
        case let .array(element):
            if v.isNull { return .null }
            // [char[]]"text": a string is the array of its characters.
            if case let .string(s) = v, case .value(.numeric(.char)) = element.kind { return .array(s.utf16.map { .number(.char($0)) }) }
            let items = v.asList
            var out: [PSValue] = []
            out.reserveCapacity(items.count)
            for x in items { out.append(try convert(x, to: element, ofs: ofs, registry: registry)) }
            return .array(out)
        case let .list(kind):
            if v.isNull { return .null }
            if case let .list(l) = v, l.kind == kind, l.fullName == t.fullName { return v }
            let element = t.genericArguments.first
            var items: [PSValue] = []
            for x in v.asList { items.append(try element.map { try convert(x, to: $0, ofs: ofs, registry: registry) } ?? x) }
            let list = makeList(t, kind: kind)
            for x in items { _ = CollectionMethods.add(list, x) }
            return .list(list)
        case let .dictionary(kind):
            if v.isNull { return .null }
            guard case let .hashtable(h) = v else { throw invalidCast(v, t) }
            switch kind {
            case .hashtable: return h.isOrdered || h.dictionaryType != nil ? .hashtable(copy(h, into: PSHashtable())) : v
            case .ordered: return h.isOrdered ? v : .hashtable(copy(h, into: PSHashtable(ordered: true)))
            case .generic, .sorted:
                let d = makeDictionary(t, sorted: kind == .sorted)
                for (k, x) in h.entries {
                    let key = try t.genericArguments.first.map { try convert(k, to: $0, ofs: ofs, registry: registry) } ?? k
                    let value = try t.genericArguments.last.map { try convert(x, to: $0, ofs: ofs, registry: registry) } ?? x
                    d[key] = value
                }
                return .hashtable(d)
            }
        case .psCustomObject:
            guard case let .hashtable(h) = v else { return v }
            // A `PSTypeName` key names the object's type (first in PSTypeNames) instead of making a property.
            var properties: [(String, PSValue)] = []
            var typeName: String?
            for (k, x) in h.entries {
                let name = PSConvert.toString(k)
                if name.equalsIgnoringCase("PSTypeName") { typeName = PSConvert.toString(x) } else { properties.append((name, x)) }
            }
            let o = PSObject(properties: properties)
            if let typeName { o.typeNames.insert(typeName, at: 0) }
            return .object(o)
        case .type:
            if DotNetType.of(v) != nil { return v }
            if case let .string(s) = v, let found = type(s, registry: registry) { return .object(found.object) }
            throw invalidCast(v, t)
        case .exception:
            if case let .object(o) = v, o.typeNames.contains(where: { $0.caseFoldedKey == t.fullName.caseFoldedKey }) { return v }
            if case .string = v { return .object(ExceptionTypes.make(t.fullName, message: PSConvert.toString(v))) }
            throw invalidCast(v, t)
        case .known:
            if let c = t.scriptClass {
                guard let interpreter = c.interpreter else { throw invalidCast(v, t) }
                return try interpreter.withSource(c.source) { try interpreter.convertToScriptClass(v, c, at: c.ast.range) }
            }
            if v.isNull, !t.isValueType { return .null }
            if case let .object(o) = v, o.typeNames.first?.caseFoldedKey == t.fullName.caseFoldedKey { return v }
            if let made = try KnownTypes.convert(v, to: t) { return made }
            throw invalidCast(v, t)
        }
    }

    static func invalidCast(_ v: PSValue, _ t: DotNetType) -> PSConversionError {
        PSConversionError(valueText: PSConvert.toString(v), targetType: t.fullName, kind: .invalidCast(sourceType: v.typeName ?? "null"))
    }

    private static func copy(_ h: PSHashtable, into d: PSHashtable) -> PSHashtable {
        for (k, x) in h.entries { d[k] = x }
        return d
    }

    /// A new, empty collection of a collection type.
    static func makeList(_ t: DotNetType, kind: PSList.Kind) -> PSList {
        PSList(kind: kind, elementType: t.genericArguments.first?.psType ?? (t.isGeneric ? .object : nil),
               typeName: t.name, fullName: t.fullName, psTypeName: t.psName, elementTypeName: t.genericArguments.first?.psName)
    }

    /// A new, empty Dictionary[K, V]: string keys compare with case, as .NET's default comparer does.
    static func makeDictionary(_ t: DotNetType, sorted: Bool) -> PSHashtable {
        let d = PSHashtable(ordered: false)
        d.dictionaryType = t.psName
        d.dotNetFullName = t.fullName
        d.caseSensitiveKeys = true
        d.sortsKeys = sorted
        return d
    }
}
