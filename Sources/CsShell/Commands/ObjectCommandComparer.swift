import CsCore

/// How Sort-Object, Group-Object and Select-Object -Unique order and match values (PowerShell's
/// ObjectCommandComparer over LanguagePrimitives.TryCompare): $null before everything but negative
/// numbers (zero included), strings compared as text (case-insensitively unless case-sensitive),
/// numbers by value, and what cannot be ordered compared as text. Custom objects all share one base
/// object, so they compare equal among themselves.
struct ObjectCommandComparer {
    var caseSensitive: Bool

    func compare(_ a: PSValue, _ b: PSValue) -> Int {
        switch (a, b) {
        case (.null, .null):
            return 0
        case (.null, _):
            return ObjectCommandComparer.nullOrder(against: b)
        case (_, .null):
            return -ObjectCommandComparer.nullOrder(against: a)
        case let (.object(x), .object(y)) where x.isCustomObject && y.isCustomObject:
            return 0
        default:
            if let c = Comparison.compare(a, b, caseSensitive: caseSensitive) { return c }
            return Comparison.compareStrings(ObjectCommandComparer.text(a), ObjectCommandComparer.text(b), caseSensitive)
        }
    }

    func equal(_ a: PSValue, _ b: PSValue) -> Bool { compare(a, b) == 0 }

    /// $null against a value, as LanguagePrimitives.CompareObjectToNull orders them: a negative number
    /// of a signed type (SByte, Int16, Int32, Int64, Single, Double, Decimal) sorts before $null;
    /// everything else, zero, unsigned numbers and BigInteger included, after it.
    private static func nullOrder(against v: PSValue) -> Int {
        let negative: Bool
        switch v {
        case let .int(i): negative = i < 0
        case let .double(d): negative = d < 0
        case let .number(.sbyte(x)): negative = x < 0
        case let .number(.int16(x)): negative = x < 0
        case let .number(.int64(x)): negative = x < 0
        case let .number(.single(f)): negative = f < 0
        case let .number(.decimal(d)): negative = d.mantissa < 0
        default: negative = false
        }
        return negative ? 1 : -1
    }

    /// The text a value is compared by when it cannot be ordered as itself (.NET ToString; a custom
    /// object's base object has none).
    static func text(_ v: PSValue) -> String {
        if case let .object(o) = v, o.isCustomObject { return "" }
        return PSConvert.toString(v)
    }
}
