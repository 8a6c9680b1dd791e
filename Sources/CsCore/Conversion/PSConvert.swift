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
        case .number: return !(PSNumeric(v)?.isZero ?? true)
        case let .string(s): return !s.isEmpty
        case let .enumValue(e): return e.value != 0
        case let .array(a):
            if a.isEmpty { return false }
            if a.count == 1 { return isTrue(a[0]) }
            return true
        case let .list(l):
            if l.count == 0 { return false }
            if l.count == 1 { return isTrue(l.items[0]) }
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
        case let .list(l): return l.enumerated.map { nestedString($0) }.joined(separator: ofs)
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
        case let .number(n): return numberText(n)
        case let .string(s): return s
        case let .enumValue(e): return e.name
        case .array: return "System.Object[]"
        case let .list(l): return l.fullName
        case let .hashtable(h): return h.typeName
        case let .object(o): return o.toPSString(nested: true)
        case let .scriptBlock(s): return s.text
        case let .dateTime(d): return DateTimeFormat.general(d, culture: .invariant)
        case let .timeSpan(t): return t.description
        }
    }

    /// A double as PowerShell converts it to a string: up to 15 significant digits (G15), no trailing
    /// zeros, `E+NN` exponents. (Its ToString() is the shortest round-trip form: DoubleFormat.)
    public static func formatDouble(_ d: Double) -> String { formatFloating(d, digits: 15) }

    /// A number of one of the other numeric types as text (a Single with 7 significant digits, G7).
    public static func numberText(_ n: PSNumber) -> String {
        switch n {
        case let .sbyte(x): return String(x)
        case let .byte(x): return String(x)
        case let .int16(x): return String(x)
        case let .uint16(x): return String(x)
        case let .uint32(x): return String(x)
        case let .int64(x): return String(x)
        case let .uint64(x): return String(x)
        case let .single(f): return formatFloating(Double(f), digits: 7)
        case let .char(c): return String(decoding: [c], as: UTF16.self)
        case let .decimal(d): return d.description
        case let .bigInteger(b): return String(b.value)
        }
    }

    static func formatFloating(_ d: Double, digits: Int) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-Infinity" : "Infinity" }
        if d == 0 { return d.sign == .minus ? "-0" : "0" }
        if d == d.rounded(), abs(d) < 1e15, digits >= 15 { return String(Int(d)) }
        var s = String(format: "%.\(digits)G", d)
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
        case .int, .double, .number: return v
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
        return literalNumberParser?(s)
    }

    /// PowerShell's numeric literal syntax (`100y`, `1kb`, `0b101`), which text converted to a number may
    /// use: the language layer's number scanner, installed by the shell before any script runs.
    nonisolated(unsafe) public static var literalNumberParser: ((String) -> PSValue?)?

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
        case .int32, .int64, .uint32, .double, .numeric:
            return try convertNumber(v, to: t.numericType!)
        case let .enumeration(e):
            switch v {
            case let .enumValue(x) where x.type == e: return v
            case let .enumValue(x):
                return try convert(.string(x.name), to: t, allowEnumPrefix: allowEnumPrefix)
            case let .int(i):
                if let m = e.member(value: i) { return .enumValue(m) }
                // A [Flags] enum takes any combination of its members' bits.
                if e.isFlags, i > 0, i & ~e.values.reduce(0, |) == 0 { return .enumValue(PSEnumValue(type: e, value: i)) }
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
        case let .instance(full, _):
            switch v {
            case .null: return .null
            case let .object(o) where o.typeNames.contains(full): return v
            case let .array(a) where a.count == 1: return try convert(a[0], to: t)
            default: throw invalidCast(v, t)
            }
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

    /// A cast to a numeric type: $null and $false are 0, $true 1, numbers convert with rounding (half to
    /// even) and a range check, text parses as PowerShell numbers (`0x10`, `1kb`, `5.5`), a Char to and
    /// from its code.
    public static func convertNumber(_ v: PSValue, to t: PSNumericType) throws(PSConversionError) -> PSValue {
        func overflow(_ text: String) -> PSConversionError {
            PSConversionError(valueText: text, targetType: t.fullName, kind: .fromValue(inner: t.overflowMessage))
        }
        switch v {
        case .null:
            return PSNumber.make(t, 0)!
        case let .bool(b):
            if t == .char { throw invalidCast(v, .number(t)) }
            return PSNumber.make(t, b ? 1 : 0)!
        case let .enumValue(e):
            guard let r = PSNumeric.integer(Int128(e.value), .int64).converted(to: t) else { throw overflow(e.name) }
            return r
        case .int, .double, .number:
            let n = PSNumeric(v)!
            if t == .char, case .floating = n { throw invalidCast(v, .number(t)) }
            guard let r = n.converted(to: t) else { throw overflow(toString(v)) }
            return r
        case let .string(s):
            if t == .char {
                let units = Array(s.utf16)
                guard units.count == 1 else {
                    throw PSConversionError(valueText: s, targetType: t.fullName, kind: .fromValue(inner: "String must be exactly one character long."))
                }
                return .number(.char(units[0]))
            }
            if s.trimmingASCIISpaces().isEmpty { return PSNumber.make(t, 0)! }
            guard let n = parseNumber(s).flatMap({ PSNumeric($0) }) else {
                throw PSConversionError(valueText: s, targetType: t.fullName, kind: .fromValue(inner: "The input string '\(s)' was not in a correct format."))
            }
            guard let r = n.converted(to: t) else { throw overflow(s) }
            return r
        case let .array(a) where a.count == 1:
            return try convertNumber(a[0], to: t)
        default:
            throw invalidCast(v, .number(t))
        }
    }

    static func invalidCast(_ v: PSValue, _ t: PSType) -> PSConversionError {
        PSConversionError(valueText: toString(v), targetType: t.fullName, kind: .invalidCast(sourceType: v.typeName ?? "null"))
    }
}

extension PSConvert {
    /// The order of SortedDictionary keys: numbers by value, anything else by its text (case-insensitive
    /// first, as the culture's comparer orders them).
    public static func compareKeys(_ a: PSValue, _ b: PSValue) -> Int {
        if let x = PSNumeric(a), let y = PSNumeric(b) { return PSNumeric.compare(x, y) ?? 0 }
        let s = toString(a), t = toString(b)
        let ls = s.lowercased(), lt = t.lowercased()
        if ls != lt { return ls < lt ? -1 : 1 }
        return s == t ? 0 : (s > t ? -1 : 1)
    }
}
