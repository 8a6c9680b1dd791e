// The numeric types besides Int32/Int64 (PSValue.int) and Double (PSValue.double): the small and
// unsigned integers, Single, Char, Decimal and BigInteger, as PowerShell's numeric literals
// (`5uy`, `5s`, `5d`, `5n`), casts and .NET members produce them.

/// A value of one of .NET's other numeric types.
public enum PSNumber: Sendable {
    case sbyte(Int8)
    case byte(UInt8)
    case int16(Int16)
    case uint16(UInt16)
    case uint32(UInt32)
    /// An Int64 whose value also fits an Int32 (`5L`, `[long]5`); larger Int64 values are PSValue.int.
    case int64(Int64)
    case uint64(UInt64)
    case single(Float)
    /// System.Char: one UTF-16 code unit.
    case char(UInt16)
    case decimal(PSDecimal)
    case bigInteger(PSBigInteger)

    public var type: PSNumericType {
        switch self {
        case .sbyte: return .sbyte
        case .byte: return .byte
        case .int16: return .int16
        case .uint16: return .uint16
        case .uint32: return .uint32
        case .int64: return .int64
        case .uint64: return .uint64
        case .single: return .single
        case .char: return .char
        case .decimal: return .decimal
        case .bigInteger: return .bigInteger
        }
    }
}

/// The numeric types, in .NET's TypeCode order (which decides the type an operation runs in).
public enum PSNumericType: Int, Sendable, Comparable, CaseIterable {
    case char = 4, sbyte, byte, int16, uint16, int32, uint32, int64, uint64, single, double, decimal
    case bigInteger = 20

    public static func < (a: PSNumericType, b: PSNumericType) -> Bool { a.rawValue < b.rawValue }

    public var fullName: String {
        switch self {
        case .char: return "System.Char"
        case .sbyte: return "System.SByte"
        case .byte: return "System.Byte"
        case .int16: return "System.Int16"
        case .uint16: return "System.UInt16"
        case .int32: return "System.Int32"
        case .uint32: return "System.UInt32"
        case .int64: return "System.Int64"
        case .uint64: return "System.UInt64"
        case .single: return "System.Single"
        case .double: return "System.Double"
        case .decimal: return "System.Decimal"
        case .bigInteger: return "System.Numerics.BigInteger"
        }
    }

    /// PowerShell's type accelerator for the type (`byte`, `long`, `bigint`).
    public var acceleratorName: String {
        switch self {
        case .char: return "char"
        case .sbyte: return "sbyte"
        case .byte: return "byte"
        case .int16: return "short"
        case .uint16: return "ushort"
        case .int32: return "int"
        case .uint32: return "uint"
        case .int64: return "long"
        case .uint64: return "ulong"
        case .single: return "float"
        case .double: return "double"
        case .decimal: return "decimal"
        case .bigInteger: return "bigint"
        }
    }

    /// The short name .NET's messages use ("Value was either too large or too small for an Int32.").
    public var shortName: String { String(fullName.split(separator: ".").last!) }

    public var isInteger: Bool { self != .single && self != .double && self != .decimal }
    public var isFloating: Bool { self == .single || self == .double }
    public var isSigned: Bool {
        switch self {
        case .sbyte, .int16, .int32, .int64, .single, .double, .decimal, .bigInteger: return true
        default: return false
        }
    }

    /// The range of an integer type (BigInteger: what this implementation holds).
    public var range: ClosedRange<Int128> {
        switch self {
        case .char, .uint16: return 0...Int128(UInt16.max)
        case .sbyte: return Int128(Int8.min)...Int128(Int8.max)
        case .byte: return 0...Int128(UInt8.max)
        case .int16: return Int128(Int16.min)...Int128(Int16.max)
        case .int32: return Int128(Int32.min)...Int128(Int32.max)
        case .uint32: return 0...Int128(UInt32.max)
        case .int64: return Int128(Int64.min)...Int128(Int64.max)
        case .uint64: return 0...Int128(UInt64.max)
        case .decimal: return -PSDecimal.maxMantissa...PSDecimal.maxMantissa
        case .single, .double, .bigInteger: return Int128.min...Int128.max
        }
    }

    /// .NET's OverflowException message for a value outside the type's range.
    public var overflowMessage: String {
        switch self {
        case .char: return "Value was either too large or too small for a character."
        case .sbyte: return "Value was either too large or too small for a signed byte."
        case .byte: return "Value was either too large or too small for an unsigned byte."
        case .int16, .int32, .int64: return "Value was either too large or too small for an \(shortName)."
        default: return "Value was either too large or too small for a \(shortName)."
        }
    }
}

/// System.Decimal: a 96-bit integer mantissa scaled by a power of ten (0…28), which keeps the scale
/// it was written or computed with (`1.50d` prints `1.50`).
public final class PSDecimal: Sendable {
    public static let maxMantissa: Int128 = (Int128(1) << 96) - 1
    public let mantissa: Int128
    public let scale: Int

    public init(mantissa: Int128, scale: Int) {
        self.mantissa = mantissa
        self.scale = scale
    }

    public convenience init(_ i: Int128) { self.init(mantissa: i, scale: 0) }

    /// .NET's (decimal)double: rounded to 15 significant digits; nil when too large.
    public convenience init?(_ d: Double) {
        guard d.isFinite else { return nil }
        guard let parsed = PSDecimal.parse(String(format: "%.14E", d)) else { return nil }
        self.init(mantissa: parsed.normalized.mantissa, scale: parsed.normalized.scale)
    }

    /// Parses invariant decimal text: sign, digits, an optional point and exponent (`-1.5`, `15e3`).
    public static func parse(_ text: String) -> PSDecimal? {
        var s = Substring(text.trimmingASCIISpaces())
        var negative = false
        if s.first == "-" || s.first == "+" { negative = s.first == "-"; s = s.dropFirst() }
        var exponent = 0
        if let e = s.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            guard let x = Int(s[s.index(after: e)...]) else { return nil }
            exponent = x
            s = s[..<e]
        }
        var digits = ""
        var scale = 0
        var seenPoint = false
        for c in s {
            if c == "." {
                if seenPoint { return nil }
                seenPoint = true
            } else if c.isASCII, c.isNumber {
                digits.append(c)
                if seenPoint { scale += 1 }
            } else {
                return nil
            }
        }
        if digits.isEmpty { return nil }
        scale -= exponent
        var m: Int128 = 0
        for c in digits {
            let (x, o1) = m.multipliedReportingOverflow(by: 10)
            let (y, o2) = x.addingReportingOverflow(Int128(c.wholeNumberValue!))
            if o1 || o2 { return nil }
            m = y
        }
        while scale < 0 {
            let (x, o) = m.multipliedReportingOverflow(by: 10)
            if o || x > maxMantissa { return nil }
            m = x
            scale += 1
        }
        while scale > 28 || m > maxMantissa {
            guard scale > 0 else { return nil }
            m = PSDecimal.divideRounding(m, 10)
            scale -= 1
        }
        return PSDecimal(mantissa: negative ? -m : m, scale: scale)
    }

    /// The same value without trailing fractional zeros.
    public var normalized: PSDecimal {
        var m = mantissa, s = scale
        while s > 0 && m % 10 == 0 { m /= 10; s -= 1 }
        return PSDecimal(mantissa: m, scale: s)
    }

    public var isZero: Bool { mantissa == 0 }

    public var doubleValue: Double {
        var d = Double(mantissa)
        for _ in 0..<scale { d /= 10 }
        return d
    }

    /// The value rounded to an integer, half to even (Convert.ToInt64(decimal)).
    public var roundedInteger: Int128 {
        var p: Int128 = 1
        for _ in 0..<scale { p *= 10 }
        return PSDecimal.divideRounding(mantissa, p)
    }

    /// The integer part (Decimal.Truncate).
    public var truncatedInteger: Int128 {
        var p: Int128 = 1
        for _ in 0..<scale { p *= 10 }
        return mantissa / p
    }

    /// a / b rounded half to even.
    public static func divideRounding(_ a: Int128, _ b: Int128) -> Int128 {
        let q = a / b, r = a % b
        let twice = (r < 0 ? -r : r) * 2
        let bm = b < 0 ? -b : b
        if twice > bm || (twice == bm && q % 2 != 0) { return q + ((a < 0) != (b < 0) ? -1 : 1) }
        return q
    }

    /// Invariant text, with the scale's fractional digits (`1.50`, `-0.5`, `100`).
    public var description: String {
        let negative = mantissa < 0
        var digits = String(negative ? -mantissa : mantissa)
        if scale > 0 {
            while digits.count <= scale { digits = "0" + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -scale))
        }
        return (negative ? "-" : "") + digits
    }

    // MARK: Arithmetic (nil on overflow, as .NET's OverflowException)

    private static func aligned(_ a: PSDecimal, _ b: PSDecimal) -> (Int128, Int128, Int)? {
        var x = a.mantissa, y = b.mantissa
        let s = max(a.scale, b.scale)
        for _ in a.scale..<s { let (v, o) = x.multipliedReportingOverflow(by: 10); if o { return nil }; x = v }
        for _ in b.scale..<s { let (v, o) = y.multipliedReportingOverflow(by: 10); if o { return nil }; y = v }
        return (x, y, s)
    }

    /// Fits a result into 96 bits by dropping fractional digits (rounding); nil when it cannot.
    private static func fit(_ m: Int128, _ scale: Int) -> PSDecimal? {
        var m = m, s = scale
        while (m > maxMantissa || m < -maxMantissa || s > 28) && s > 0 {
            m = divideRounding(m, 10)
            s -= 1
        }
        if m > maxMantissa || m < -maxMantissa { return nil }
        return PSDecimal(mantissa: m, scale: s)
    }

    public static func add(_ a: PSDecimal, _ b: PSDecimal) -> PSDecimal? {
        guard let (x, y, s) = aligned(a, b) else { return nil }
        let (v, o) = x.addingReportingOverflow(y)
        return o ? nil : fit(v, s)
    }

    public static func subtract(_ a: PSDecimal, _ b: PSDecimal) -> PSDecimal? {
        add(a, PSDecimal(mantissa: -b.mantissa, scale: b.scale))
    }

    public static func multiply(_ a: PSDecimal, _ b: PSDecimal) -> PSDecimal? {
        var x = a.mantissa, y = b.mantissa, s = a.scale + b.scale
        while true {
            let (v, o) = x.multipliedReportingOverflow(by: y)
            if !o { return fit(v, s) }
            guard s > 0 else { return nil }
            // Drop a digit of precision from the operand with the larger scale.
            if abs(x) > abs(y) { x = divideRounding(x, 10) } else { y = divideRounding(y, 10) }
            s -= 1
        }
    }

    /// a / b to 28 digits, trailing zeros removed (.NET's division); nil for a zero divisor or overflow.
    public static func divide(_ a: PSDecimal, _ b: PSDecimal) -> PSDecimal? {
        guard b.mantissa != 0 else { return nil }
        var num = a.mantissa
        let den = b.mantissa
        var s = a.scale - b.scale
        while s < 0 {
            let (v, o) = num.multipliedReportingOverflow(by: 10)
            if o { return nil }
            num = v
            s += 1
        }
        var q = num / den
        var r = num % den
        while r != 0 && s < 28 {
            let (qv, o1) = q.multipliedReportingOverflow(by: 10)
            if o1 || abs(qv) > maxMantissa { break }
            let (rv, o2) = r.multipliedReportingOverflow(by: 10)
            if o2 { break }
            q = qv + rv / den
            r = rv % den
            s += 1
        }
        if r != 0 {
            let twice = abs(r) * 2, bm = abs(den)
            if twice > bm || (twice == bm && q % 2 != 0) { q += (num < 0) != (den < 0) ? -1 : 1 }
        }
        return fit(q, s)?.normalizedIfDivided(a, b)
    }

    /// Division keeps no more scale than needed (1d/4d is 0.25), but never less than the dividend's.
    private func normalizedIfDivided(_ a: PSDecimal, _ b: PSDecimal) -> PSDecimal {
        var m = mantissa, s = scale
        let floor = max(0, a.scale - b.scale)
        while s > floor && m % 10 == 0 { m /= 10; s -= 1 }
        return PSDecimal(mantissa: m, scale: s)
    }

    public static func remainder(_ a: PSDecimal, _ b: PSDecimal) -> PSDecimal? {
        guard b.mantissa != 0, let (x, y, s) = aligned(a, b) else { return nil }
        return PSDecimal(mantissa: x % y, scale: s)
    }

    public static func compare(_ a: PSDecimal, _ b: PSDecimal) -> Int {
        guard let (x, y, _) = aligned(a, b) else {
            let (da, db) = (a.doubleValue, b.doubleValue)
            return da == db ? 0 : (da < db ? -1 : 1)
        }
        return x == y ? 0 : (x < y ? -1 : 1)
    }
}

/// System.Numerics.BigInteger, held in 128 bits here: larger values are an overflow error.
public final class PSBigInteger: Sendable {
    public let value: Int128
    public init(_ value: Int128) { self.value = value }
}

extension PSNumber {
    /// A number of `type` from an integer value that fits it; nil when it does not.
    public static func make(_ type: PSNumericType, _ v: Int128) -> PSValue? {
        guard type.range.contains(v) else { return nil }
        switch type {
        case .char: return .number(.char(UInt16(v)))
        case .sbyte: return .number(.sbyte(Int8(v)))
        case .byte: return .number(.byte(UInt8(v)))
        case .int16: return .number(.int16(Int16(v)))
        case .uint16: return .number(.uint16(UInt16(v)))
        case .int32: return .int(Int(v))
        case .uint32: return .number(.uint32(UInt32(v)))
        case .int64: return PSValue.int64(Int64(v))
        case .uint64: return .number(.uint64(UInt64(v)))
        case .single: return .number(.single(Float(v)))
        case .double: return .double(Double(v))
        case .decimal: return .number(.decimal(PSDecimal(v)))
        case .bigInteger: return .number(.bigInteger(PSBigInteger(v)))
        }
    }
}

extension PSValue {
    /// An Int64: PSValue.int when outside Int32's range, else the explicit Int64 form.
    public static func int64(_ v: Int64) -> PSValue {
        (Int64(Int32.min)...Int64(Int32.max)).contains(v) ? .number(.int64(v)) : .int(Int(v))
    }

    /// A one-character string as System.Char.
    public static func char(_ c: Character) -> PSValue {
        .number(.char(c.utf16.first ?? 0))
    }

    /// The value of an integer of any integer type (Char aside) that fits an Int; nil otherwise.
    public var integerValue: Int? {
        switch self {
        case let .int(i): return i
        case .number:
            guard case let .integer(v, t)? = PSNumeric(self), t != .char, v >= Int128(Int.min), v <= Int128(Int.max) else { return nil }
            return Int(v)
        default: return nil
        }
    }

    /// The numeric type of a numeric value; nil for other values.
    public var numericType: PSNumericType? {
        switch self {
        case let .int(i): return (Int(Int32.min)...Int(Int32.max)).contains(i) ? .int32 : .int64
        case .double: return .double
        case let .number(n): return n.type
        default: return nil
        }
    }
}

/// A numeric value unpacked for arithmetic, comparison and conversion.
public enum PSNumeric: Sendable {
    /// Any integer type (Char included): its exact value.
    case integer(Int128, PSNumericType)
    /// Single or Double.
    case floating(Double, PSNumericType)
    case decimal(PSDecimal)

    public init?(_ v: PSValue) {
        switch v {
        case let .int(i): self = .integer(Int128(i), (Int(Int32.min)...Int(Int32.max)).contains(i) ? .int32 : .int64)
        case let .double(d): self = .floating(d, .double)
        case let .number(n):
            switch n {
            case let .sbyte(x): self = .integer(Int128(x), .sbyte)
            case let .byte(x): self = .integer(Int128(x), .byte)
            case let .int16(x): self = .integer(Int128(x), .int16)
            case let .uint16(x): self = .integer(Int128(x), .uint16)
            case let .uint32(x): self = .integer(Int128(x), .uint32)
            case let .int64(x): self = .integer(Int128(x), .int64)
            case let .uint64(x): self = .integer(Int128(x), .uint64)
            case let .char(x): self = .integer(Int128(x), .char)
            case let .single(x): self = .floating(Double(x), .single)
            case let .decimal(d): self = .decimal(d)
            case let .bigInteger(b): self = .integer(b.value, .bigInteger)
            }
        default: return nil
        }
    }

    public var type: PSNumericType {
        switch self {
        case let .integer(_, t), let .floating(_, t): return t
        case .decimal: return .decimal
        }
    }

    public var doubleValue: Double {
        switch self {
        case let .integer(i, _): return Double(i)
        case let .floating(d, _): return d
        case let .decimal(d): return d.doubleValue
        }
    }

    public var isZero: Bool {
        switch self {
        case let .integer(i, _): return i == 0
        case let .floating(d, _): return d == 0
        case let .decimal(d): return d.isZero
        }
    }

    /// The value as a decimal (nil when it does not fit one).
    public var decimalValue: PSDecimal? {
        switch self {
        case let .integer(i, _): return PSDecimal.maxMantissa >= abs(i) ? PSDecimal(i) : nil
        case let .floating(d, _): return PSDecimal(d)
        case let .decimal(d): return d
        }
    }

    /// The value rounded to an integer the way .NET converts (half to even); nil for NaN/infinity.
    public var roundedInteger: Int128? {
        switch self {
        case let .integer(i, _): return i
        case let .floating(d, _):
            guard d.isFinite, abs(d) < 1.7e38 else { return nil }
            return Int128(d.rounded(.toNearestOrEven))
        case let .decimal(d): return d.roundedInteger
        }
    }

    /// Converts to a numeric type as a cast does; nil on overflow.
    public func converted(to type: PSNumericType) -> PSValue? {
        switch type {
        case .double: return .double(doubleValue)
        case .single:
            let d = doubleValue
            if d.isFinite && abs(d) > Double(Float.greatestFiniteMagnitude) { return nil }
            return .number(.single(Float(d)))
        case .decimal:
            return decimalValue.map { .number(.decimal($0)) }
        case .bigInteger:
            if case let .floating(d, _) = self {
                guard d.isFinite, abs(d) < 1.7e38 else { return nil }
                return .number(.bigInteger(PSBigInteger(Int128(d.rounded(.towardZero)))))
            }
            if case let .decimal(d) = self { return .number(.bigInteger(PSBigInteger(d.truncatedInteger))) }
            return roundedInteger.map { .number(.bigInteger(PSBigInteger($0))) }
        default:
            guard let i = roundedInteger else { return nil }
            return PSNumber.make(type, i)
        }
    }

    /// -1, 0 or 1 (nil when a NaN is involved).
    public static func compare(_ a: PSNumeric, _ b: PSNumeric) -> Int? {
        switch (a, b) {
        case let (.integer(x, _), .integer(y, _)): return x == y ? 0 : (x < y ? -1 : 1)
        case let (.decimal(x), .decimal(y)): return PSDecimal.compare(x, y)
        case let (.decimal(x), .integer(y, _)):
            if abs(y) <= PSDecimal.maxMantissa { return PSDecimal.compare(x, PSDecimal(y)) }
        case let (.integer(x, _), .decimal(y)):
            if abs(x) <= PSDecimal.maxMantissa { return PSDecimal.compare(PSDecimal(x), y) }
        default: break
        }
        let x = a.doubleValue, y = b.doubleValue
        if x.isNaN || y.isNaN { return x.isNaN && y.isNaN ? 0 : nil }
        return x == y ? 0 : (x < y ? -1 : 1)
    }
}
