// PowerShell's value conversions (LanguagePrimitives): casts, string rendering, truthiness and
// numbers. The binder adds its own stricter rules ([bool] refuses strings, arrays do not become
// scalars) on top of these.

import Foundation

public enum PSConvert {
    // MARK: Truth

    /// PowerShell's truthiness (LanguagePrimitives.IsTrue).
    public static func isTrue(_ v: PSValue) -> Bool {
        switch v {
        case .null: return false
        case let .bool(b): return b
        case let .int(i): return i != 0
        case let .double(d): return d != 0
        case let .string(s): return !s.isEmpty
        case let .enumValue(e): return e.value != 0
        case let .array(a):
            if a.isEmpty { return false }
            if a.count == 1 { return isTrue(a[0]) }
            return true
        case .hashtable, .object, .scriptBlock, .dateTime, .timeSpan: return true
        }
    }

    // MARK: Strings

    /// The string PowerShell makes of a value: string expansion, `[string]` casts, -join.
    /// Bounded for any value, objects that contain themselves included: what is inside the value (an
    /// array's elements, a PSCustomObject's property values) is written with `nestedString`.
    public static func toString(_ v: PSValue, ofs: String = " ") -> String {
        switch v {
        case let .array(a): return a.map { nestedString($0) }.joined(separator: ofs)
        case let .object(o): return o.toPSString()
        default: return nestedString(v)
        }
    }

    /// A value inside another's string form: PSObject.ToString with recurse = false, which does not
    /// look inside it again. An array is its type name (`System.Object[]`), a PSCustomObject the empty
    /// string of its base object, a typed object its own ToString(); scalars as in `toString`.
    public static func nestedString(_ v: PSValue) -> String {
        switch v {
        case .null: return ""
        case let .bool(b): return b ? "True" : "False"
        case let .int(i): return String(i)
        case let .double(d): return formatDouble(d)
        case let .string(s): return s
        case let .enumValue(e): return e.name
        case .array: return "System.Object[]"
        case let .hashtable(h): return h.isOrdered ? "System.Collections.Specialized.OrderedDictionary" : "System.Collections.Hashtable"
        case let .object(o): return o.toPSString(nested: true)
        case let .scriptBlock(s): return s.text
        case let .dateTime(d): return DateTimeFormat.general(d, culture: .invariant)
        case let .timeSpan(t): return t.description
        }
    }

    /// A double as PowerShell prints it: up to 15 significant digits, no trailing zeros, `E+NN` exponents.
    public static func formatDouble(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-Infinity" : "Infinity" }
        if d == d.rounded(), abs(d) < 1e15 { return String(Int(d)) }
        var s = String(format: "%.15G", d)
        if let e = s.firstIndex(of: "E") {
            // %G gives "1E+20" / "1.5E-07"; .NET writes "1E+20" / "1.5E-07" too.
            let mantissa = String(s[..<e])
            var exp = String(s[s.index(after: e)...])
            let sign = exp.first == "-" ? "-" : "+"
            exp = String(exp.drop(while: { $0 == "+" || $0 == "-" }))
            while exp.count > 2 && exp.first == "0" { exp.removeFirst() }
            if exp.count < 2 { exp = "0" + exp }
            s = trimFraction(mantissa) + "E" + sign + exp
        } else {
            s = trimFraction(s)
        }
        return s
    }

    private static func trimFraction(_ s: String) -> String {
        guard s.contains(".") else { return s }
        var t = s
        while t.last == "0" { t.removeLast() }
        if t.last == "." { t.removeLast() }
        return t
    }

    // MARK: Numbers

    /// A number from a value for arithmetic and numeric comparison: ints stay ints, numeric strings parse.
    public static func toNumber(_ v: PSValue) -> PSValue? {
        switch v {
        case .null: return .int(0)
        case let .bool(b): return .int(b ? 1 : 0)
        case .int, .double: return v
        case let .enumValue(e): return .int(e.value)
        case let .string(s): return parseNumber(s)
        case let .array(a) where a.count == 1: return toNumber(a[0])
        default: return nil
        }
    }

    /// Parses PowerShell numeric text: decimal or 0x hex integers, decimals and exponents, with surrounding
    /// white space; the empty string is 0.
    public static func parseNumber(_ raw: String) -> PSValue? {
        let s = raw.trimmingASCIISpaces()
        if s.isEmpty { return .int(0) }
        if let i = Int(s) { return .int(i) }
        var body = Substring(s)
        var negative = false
        if body.first == "-" || body.first == "+" { negative = body.first == "-"; body = body.dropFirst() }
        if body.lowercased().hasPrefix("0x"), let i = Int(body.dropFirst(2), radix: 16) { return .int(negative ? -i : i) }
        if let d = Double(s), s.unicodeScalars.allSatisfy({ "0123456789+-.eE".unicodeScalars.contains($0) }) { return .double(d) }
        return nil
    }

    /// Rounds the way .NET converts a double to an integer (to even).
    static func roundToInt(_ d: Double) -> Double { d.rounded(.toNearestOrEven) }

    // MARK: Conversion

    /// Converts as a PowerShell cast does (`[int]"5"`, `[PartnerType]"fed"`), to the declared type.
    public static func convert(_ v: PSValue, to t: PSType, ofs: String = " ", allowEnumPrefix: Bool = true) throws(PSConversionError) -> PSValue {
        switch t {
        case .object, .psObject:
            return v
        case .string, .named:
            if case .null = v { return .null }
            return .string(toString(v, ofs: ofs))
        case .bool, .switchParameter:
            return .bool(isTrue(v))
        case .int32, .int64, .uint32:
            return try convertInteger(v, to: t)
        case .double:
            switch v {
            case .null: return .double(0)
            case let .int(i): return .double(Double(i))
            case .double: return v
            case let .bool(b): return .double(b ? 1 : 0)
            case let .enumValue(e): return .double(Double(e.value))
            case let .string(s):
                guard let n = parseNumber(s) else {
                    throw PSConversionError(valueText: s, targetType: t.fullName, kind: .fromValue(inner: "The input string '\(s)' was not in a correct format."))
                }
                if case let .int(i) = n { return .double(Double(i)) }
                return n
            case let .array(a) where a.count == 1: return try convert(a[0], to: t)
            default: throw invalidCast(v, t)
            }
        case let .enumeration(e):
            switch v {
            case let .enumValue(x) where x.type == e: return v
            case let .enumValue(x):
                return try convert(.string(x.name), to: t, allowEnumPrefix: allowEnumPrefix)
            case let .int(i):
                if let m = e.member(value: i) { return .enumValue(m) }
                throw PSConversionError(valueText: String(i), targetType: e.fullName, kind: .fromValue(inner: "Unable to match the identifier name \(i) to a valid enumerator name. Specify one of the following enumerator names and try again:\n\(e.members.joined(separator: ", "))"))
            case let .string(s):
                switch e.parse(s, allowPrefix: allowEnumPrefix) {
                case let .success(m): return .enumValue(m)
                case let .failure(err): throw PSConversionError(valueText: s, targetType: e.fullName, kind: .fromValue(inner: err.message))
                }
            case .null:
                throw PSConversionError(valueText: "", targetType: e.fullName, kind: .fromNull)
            case let .array(a) where a.count == 1:
                return try convert(a[0], to: t)
            default:
                throw invalidCast(v, t)
            }
        case let .array(element):
            switch v {
            case .null: return .null
            case let .array(a):
                var out: [PSValue] = []
                out.reserveCapacity(a.count)
                for x in a { out.append(try convert(x, to: element, ofs: ofs, allowEnumPrefix: allowEnumPrefix)) }
                return .array(out)
            default:
                return .array([try convert(v, to: element, ofs: ofs, allowEnumPrefix: allowEnumPrefix)])
            }
        case .hashtable:
            switch v {
            case .hashtable: return v
            case .null: return .null
            default: throw invalidCast(v, t)
            }
        case .scriptBlock:
            switch v {
            case .scriptBlock, .null: return v
            default: throw invalidCast(v, t)
            }
        case .dateTime:
            return try convertToDateTime(v)
        case .timeSpan:
            return try convertToTimeSpan(v)
        case .listModifier:
            return v
        }
    }

    /// `[datetime]x`: a date as it is (without Get-Date's display hint), text read with the invariant
    /// culture, a number as ticks.
    private static func convertToDateTime(_ v: PSValue) throws(PSConversionError) -> PSValue {
        let target = PSType.dateTime.fullName
        switch v {
        case var .dateTime(d):
            d.displayHint = nil
            return .dateTime(d)
        case let .string(s):
            guard let d = DateTimeParser.parse(s) else {
                throw PSConversionError(valueText: s, targetType: target, kind: .fromValue(inner: DateTimeParser.notADate(s)))
            }
            return .dateTime(d)
        case let .int(i):
            guard i >= 0, Int64(i) <= PSDateTime.maxTicks else {
                throw PSConversionError(valueText: String(i), targetType: target,
                                        kind: .fromValue(inner: "Ticks must be between DateTime.MinValue.Ticks and DateTime.MaxValue.Ticks. (Parameter 'ticks')"))
            }
            return .dateTime(PSDateTime(ticks: Int64(i)))
        case .null:
            throw PSConversionError(valueText: "", targetType: target, kind: .fromNull)
        case let .array(a) where a.count == 1:
            return try convertToDateTime(a[0])
        default:
            throw invalidCast(v, .dateTime)
        }
    }

    /// `[timespan]x`: text as TimeSpan.Parse reads it, a number as ticks.
    private static func convertToTimeSpan(_ v: PSValue) throws(PSConversionError) -> PSValue {
        let target = PSType.timeSpan.fullName
        switch v {
        case .timeSpan:
            return v
        case let .string(s):
            switch DateTimeParser.parseTimeSpan(s) {
            case let .success(t): return .timeSpan(t)
            case let .failure(e): throw PSConversionError(valueText: s, targetType: target, kind: .fromValue(inner: e.message))
            }
        case let .int(i):
            return .timeSpan(PSTimeSpan(ticks: Int64(i)))
        case let .double(d):
            guard d.isFinite, abs(d) < 9.2e18 else { throw invalidCast(v, .timeSpan) }
            return .timeSpan(PSTimeSpan(ticks: Int64(d.rounded(.toNearestOrEven))))
        case .null:
            throw PSConversionError(valueText: "", targetType: target, kind: .fromNull)
        case let .array(a) where a.count == 1:
            return try convertToTimeSpan(a[0])
        default:
            throw invalidCast(v, .timeSpan)
        }
    }

    private static func convertInteger(_ v: PSValue, to t: PSType) throws(PSConversionError) -> PSValue {
        let range: ClosedRange<Double>
        let typeShort: String
        switch t {
        case .int32: range = Double(Int32.min)...Double(Int32.max); typeShort = "Int32"
        case .uint32: range = 0...Double(UInt32.max); typeShort = "UInt32"
        default: range = Double(Int64.min)...Double(Int64.max); typeShort = "Int64"
        }
        let tooBig = "Value was either too large or too small for \(typeShort == "Int32" ? "an Int32" : "a \(typeShort)")."
        var number: PSValue
        switch v {
        case .null: return .int(0)
        case let .string(s):
            guard let n = parseNumber(s) else {
                throw PSConversionError(valueText: s, targetType: t.fullName, kind: .fromValue(inner: "The input string '\(s)' was not in a correct format."))
            }
            number = n
        case let .array(a) where a.count == 1:
            return try convertInteger(a[0], to: t)
        default:
            guard let n = toNumber(v) else { throw invalidCast(v, t) }
            number = n
        }
        switch number {
        case let .int(i):
            guard range.contains(Double(i)) else {
                throw PSConversionError(valueText: toString(v), targetType: t.fullName, kind: .fromValue(inner: tooBig))
            }
            return .int(i)
        case let .double(d):
            let r = roundToInt(d)
            guard range.contains(r) else {
                throw PSConversionError(valueText: toString(v), targetType: t.fullName, kind: .fromValue(inner: tooBig))
            }
            return .int(Int(r))
        default:
            throw invalidCast(v, t)
        }
    }

    static func invalidCast(_ v: PSValue, _ t: PSType) -> PSConversionError {
        PSConversionError(valueText: toString(v), targetType: t.fullName, kind: .invalidCast(sourceType: v.typeName ?? "null"))
    }
}
