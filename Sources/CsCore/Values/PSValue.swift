// The value model shared by every layer: what a variable holds, what flows down a pipeline, what a
// cmdlet receives and writes. It mirrors the handful of .NET types PowerShell scripts meet in
// practice; objects and hashtables are reference types, as in PowerShell.

/// One PowerShell value.
public enum PSValue {
    case null
    case bool(Bool)
    /// An integer: System.Int32 when it fits, System.Int64 otherwise.
    case int(Int)
    case double(Double)
    /// The other numeric types: Byte, SByte, Int16, UInt16, UInt32, a small Int64, UInt64, Single, Char,
    /// Decimal, BigInteger.
    case number(PSNumber)
    case string(String)
    case enumValue(PSEnumValue)
    /// System.Object[]: enumerated one level when written to a pipeline.
    case array([PSValue])
    /// ArrayList, List[T] and the other growable collections: one shared object, enumerated like an array.
    case list(PSList)
    case hashtable(PSHashtable)
    case object(PSObject)
    case scriptBlock(any PSScriptBlock)
    /// System.DateTime.
    case dateTime(PSDateTime)
    /// System.TimeSpan.
    case timeSpan(PSTimeSpan)

    public var isNull: Bool { if case .null = self { return true } else { return false } }

    /// The .NET full type name PowerShell would report (nil for $null).
    public var typeName: String? {
        switch self {
        case .null: return nil
        case .bool: return "System.Boolean"
        case let .int(i): return (Int(Int32.min)...Int(Int32.max)).contains(i) ? "System.Int32" : "System.Int64"
        case .double: return "System.Double"
        case let .number(n): return n.type.fullName
        case .string: return "System.String"
        case let .enumValue(e): return e.type.fullName
        case .array: return "System.Object[]"
        case let .list(l): return l.fullName
        case let .hashtable(h): return h.typeName
        case let .object(o): return o.isCustomObject ? PSObject.customTypeName : o.typeNames.first ?? PSObject.customTypeName
        case .scriptBlock: return "System.Management.Automation.ScriptBlock"
        case .dateTime: return "System.DateTime"
        case .timeSpan: return "System.TimeSpan"
        }
    }

    /// The elements when this value is a collection that a pipeline enumerates, else nil.
    public var enumerated: [PSValue]? {
        if case let .array(a) = self { return a }
        if case let .list(l) = self { return l.enumerated }
        return nil
    }

    /// This value as a list: the elements of an array, nothing for $null, else the value itself.
    public var asList: [PSValue] {
        switch self {
        case .null: return []
        case let .array(a): return a
        case let .list(l): return l.enumerated
        default: return [self]
        }
    }

    public var stringValue: String? { if case let .string(s) = self { return s } else { return nil } }
    public var objectValue: PSObject? { if case let .object(o) = self { return o } else { return nil } }
    public var hashtableValue: PSHashtable? { if case let .hashtable(h) = self { return h } else { return nil } }
    public var scriptBlockValue: (any PSScriptBlock)? { if case let .scriptBlock(s) = self { return s } else { return nil } }

    /// The value of a property, as `$value.Name` reads it: object properties, hashtable keys, and the
    /// few intrinsic members every value has (`Count`, `Length`). nil when there is no such member.
    public func member(_ name: String) -> PSValue? {
        switch self {
        case let .object(o):
            if let v = o[name] { return v }
            if name.equalsIgnoringCase("pstypenames") { return .array(o.typeNameChain.map { .string($0) }) }
        case let .hashtable(h):
            if let v = h[.string(name)] { return v }
            if name.equalsIgnoringCase("Count") { return .int(h.count) }
            if name.equalsIgnoringCase("Keys") { return .array(h.keys) }
            if name.equalsIgnoringCase("Values") { return .array(h.values) }
            return nil
        case let .array(a):
            if name.equalsIgnoringCase("Count") || name.equalsIgnoringCase("Length") { return .int(a.count) }
            if name.equalsIgnoringCase("Rank") { return .int(1) }
            return nil
        case let .list(l):
            if name.equalsIgnoringCase("Count") { return .int(l.count) }
            if name.equalsIgnoringCase("Capacity") { return .int(max(4, l.count)) }
            return nil
        case let .string(s):
            if name.equalsIgnoringCase("Length") { return .int(s.utf16.count) }
        case let .enumValue(e):
            if name.equalsIgnoringCase("value__") { return .int(e.value) }
        case let .dateTime(d):
            if let v = d.member(name) { return v }
        case let .timeSpan(t):
            if let v = t.member(name) { return v }
        case let .bool(b):
            // A [switch] parameter's value is a Boolean; SwitchParameter's IsPresent reads it.
            if name.equalsIgnoringCase("IsPresent") { return .bool(b) }
        default:
            break
        }
        if name.equalsIgnoringCase("Count") { return .int(isNull ? 0 : 1) }
        if name.equalsIgnoringCase("Length") && !isNull { return .int(1) }
        return nil
    }

    /// A property the value has of its own, as Select-Object, Sort-Object, Group-Object and
    /// Measure-Object resolve a name: `member(name)` without the Count and Length every value answers
    /// to in an expression (`$obj.Count`).
    public func property(_ name: String) -> PSValue? {
        guard let v = member(name) else { return nil }
        guard name.equalsIgnoringCase("Count") || name.equalsIgnoringCase("Length") else { return v }
        switch self {
        case .array, .hashtable: return v
        case .string: return name.equalsIgnoringCase("Length") ? v : nil
        case let .object(o): return o.hasProperty(name) ? v : nil
        default: return nil
        }
    }
}
