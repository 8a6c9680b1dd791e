// The types a parameter or a typed property can declare, with the .NET names PowerShell's
// messages, help syntax and Get-Member print.

public indirect enum PSType: Sendable, Hashable {
    /// System.Object: anything, unconverted.
    case object
    /// System.Management.Automation.PSObject: anything, unconverted (the type of -InputObject, -Instance).
    case psObject
    case string
    case bool
    case switchParameter
    case int32
    case int64
    case uint32
    case double
    /// Another numeric type: SByte, Byte, Int16, UInt16, UInt64, Single, Decimal, BigInteger, Char.
    case numeric(PSNumericType)
    case enumeration(PSEnumType)
    case array(PSType)
    case hashtable
    case scriptBlock
    /// System.DateTime.
    case dateTime
    /// System.TimeSpan.
    case timeSpan
    /// System.Management.Automation.PSListModifier: a list replaced, cleared, or changed with @{Add=…; Remove=…}.
    case listModifier(PSType)
    /// A string-valued type that .NET knows by another name (Lync's XdsGlobalRelativeIdentity, ...).
    case named(fullName: String, shortName: String)
    /// An object of a .NET class (ErrorRecord, Exception): takes objects whose type names include it.
    case instance(fullName: String, shortName: String)

    /// The .NET full name, as in "Specify a parameter of type 'System.String[]'".
    public var fullName: String {
        switch self {
        case .object: return "System.Object"
        case .psObject: return "System.Management.Automation.PSObject"
        case .string: return "System.String"
        case .bool: return "System.Boolean"
        case .switchParameter: return "System.Management.Automation.SwitchParameter"
        case .int32: return "System.Int32"
        case .int64: return "System.Int64"
        case .uint32: return "System.UInt32"
        case .double: return "System.Double"
        case let .numeric(n): return n.fullName
        case let .enumeration(e): return e.fullName
        case let .array(t): return t.fullName + "[]"
        case .hashtable: return "System.Collections.Hashtable"
        case .scriptBlock: return "System.Management.Automation.ScriptBlock"
        case .dateTime: return "System.DateTime"
        case .timeSpan: return "System.TimeSpan"
        case .listModifier: return "System.Management.Automation.PSListModifier"
        case let .named(full, _), let .instance(full, _): return full
        }
    }

    /// The name in command syntax (`Get-Command -Syntax`), PowerShell's type-accelerator spelling.
    public var syntaxName: String {
        switch self {
        case .object: return "Object"
        case .psObject: return "psobject"
        case .string: return "string"
        case .bool: return "bool"
        case .switchParameter: return "switch"
        case .int32: return "int"
        case .int64: return "long"
        case .uint32: return "uint32"
        case .double: return "double"
        case let .numeric(n): return n.acceleratorName
        case let .enumeration(e): return e.name
        case let .array(t): return t.syntaxName + "[]"
        case .hashtable: return "hashtable"
        case .scriptBlock: return "scriptblock"
        case .dateTime: return "datetime"
        case .timeSpan: return "timespan"
        case .listModifier: return "PSListModifier"
        case let .named(_, short), let .instance(_, short): return short
        }
    }

    /// True for the types a pipeline value binds to without conversion.
    public var acceptsAnything: Bool {
        switch self {
        case .object, .psObject: return true
        default: return false
        }
    }

    /// The numeric type this is, if it is one.
    public var numericType: PSNumericType? {
        switch self {
        case .int32: return .int32
        case .int64: return .int64
        case .uint32: return .uint32
        case .double: return .double
        case let .numeric(n): return n
        default: return nil
        }
    }

    /// The type for a numeric type (the existing cases for Int32, Int64, UInt32 and Double).
    public static func number(_ n: PSNumericType) -> PSType {
        switch n {
        case .int32: return .int32
        case .int64: return .int64
        case .uint32: return .uint32
        case .double: return .double
        default: return .numeric(n)
        }
    }

    public var isArray: Bool { if case .array = self { return true } else { return false } }
    public var elementType: PSType? { if case let .array(t) = self { return t } else { return nil } }
}
