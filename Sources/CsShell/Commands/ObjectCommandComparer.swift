import CsCore

/// How Sort-Object, Group-Object and Select-Object -Unique order and match values (PowerShell's
/// ObjectCommandComparer over LanguagePrimitives.TryCompare): $null before everything but numbers
/// (which it meets as 0), strings compared as text (case-insensitively unless case-sensitive),
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

    /// $null against a value: a number meets it as 0, anything else sorts after it.
    private static func nullOrder(against v: PSValue) -> Int {
        switch v {
        case .int, .double: return Comparison.compareNumbers(.int(0), v)
        default: return -1
        }
    }

    /// The text a value is compared by when it cannot be ordered as itself (.NET ToString; a custom
    /// object's base object has none).
    static func text(_ v: PSValue) -> String {
        if case let .object(o) = v, o.isCustomObject { return "" }
        return PSConvert.toString(v)
    }
}
