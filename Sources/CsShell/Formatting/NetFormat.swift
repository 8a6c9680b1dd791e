import CsCore
import Foundation

/// The .NET format strings a calculated property's `FormatString` and `-f` may use: the standard numeric
/// formats (C, D, E, F, G, N, P, R, X with an optional precision) and simple custom patterns
/// (`0.00`, `#,##0.0`, `000`, with literal text around them), invariant-culture style; dates and time
/// spans go to CsCore's DateTimeFormat.
public enum NetFormat {
    /// The formatted text, or nil when the format does not apply to the value (strings, unknown
    /// formats), in which case the caller shows the value unformatted.
    public static func format(_ v: PSValue, _ spec: String) -> String? {
        let number: Double
        var integer: Int? = nil
        switch v {
        case let .int(i): number = Double(i); integer = i
        case .number:
            guard let n = PSNumeric(v) else { return nil }
            number = n.doubleValue
            integer = v.integerValue
        case let .double(d): number = d
        case let .enumValue(e): number = Double(e.value); integer = e.value
        // Dates and time spans take .NET's date and time format strings (in the current culture, en-US).
        case let .dateTime(d): return try? DateTimeFormat.format(d, spec, culture: .enUS)
        case let .timeSpan(t): return try? DateTimeFormat.format(t, spec)
        default: return nil
        }
        let chars = Array(spec)
        if let first = chars.first, first.isLetter, chars.count <= 3, chars.dropFirst().allSatisfy({ $0.isNumber }) {
            let precision = chars.count > 1 ? Int(String(chars.dropFirst())) : nil
            switch first {
            case "N", "n": return grouped(number, precision ?? 2)
            case "F", "f": return fixed(number, precision ?? 2)
            case "D", "d":
                guard let i = integer else { return nil }
                let digits = String(i.magnitude)
                let padded = String(repeating: "0", count: max(0, (precision ?? 0) - digits.count)) + digits
                return (i < 0 ? "-" : "") + padded
            case "X", "x":
                guard let i = integer else { return nil }
                // .NET prints an Int32 in 32-bit two's complement, an Int64 in 64-bit.
                let hex = (Int(Int32.min)...Int(Int32.max)).contains(i)
                    ? String(UInt32(truncatingIfNeeded: i), radix: 16, uppercase: first == "X")
                    : String(UInt64(bitPattern: Int64(i)), radix: 16, uppercase: first == "X")
                return String(repeating: "0", count: max(0, (precision ?? 0) - hex.count)) + hex
            case "P", "p": return grouped(number * 100, precision ?? 2) + "%"
            case "C", "c":
                let body = grouped(abs(number), precision ?? 2)
                return (number < 0 ? "-$" : "$") + body
            case "E", "e":
                return exponential(number, precision ?? 6, upper: first == "E")
            case "G", "g", "R", "r":
                if let i = integer { return String(i) }
                return PSConvert.formatDouble(number)
            default:
                return nil
            }
        }
        return custom(number, spec)
    }

    /// Fixed-point with `digits` decimals ("F2").
    public static func fixed(_ d: Double, _ digits: Int) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-Infinity" : "Infinity" }
        return String(format: "%.\(max(0, min(digits, 99)))f", d)
    }

    /// Fixed-point with thousands separators ("N2").
    static func grouped(_ d: Double, _ digits: Int) -> String {
        let s = fixed(d, digits)
        if d.isNaN || d.isInfinite { return s }
        return groupIntegerPart(s)
    }

    private static func groupIntegerPart(_ s: String) -> String {
        var body = Substring(s)
        var sign = ""
        if body.first == "-" { sign = "-"; body = body.dropFirst() }
        let intPart: Substring
        let rest: Substring
        if let dot = body.firstIndex(of: ".") { intPart = body[..<dot]; rest = body[dot...] } else { intPart = body; rest = "" }
        var out = ""
        for (i, c) in intPart.enumerated() {
            if i > 0 && (intPart.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return sign + out + rest
    }

    private static func exponential(_ d: Double, _ digits: Int, upper: Bool) -> String {
        let s = String(format: "%.\(max(0, min(digits, 99)))e", d)
        // C gives 1.5e+03; .NET gives 1.5E+003 (at least three exponent digits).
        guard let e = s.firstIndex(where: { $0 == "e" }) else { return s }
        let mantissa = s[..<e]
        var exp = s[s.index(after: e)...]
        let sign = exp.first == "-" ? "-" : "+"
        exp = exp.drop(while: { $0 == "+" || $0 == "-" })
        var digitsText = String(exp)
        while digitsText.count < 3 { digitsText = "0" + digitsText }
        return mantissa + (upper ? "E" : "e") + sign + digitsText
    }

    /// Custom numeric patterns: `0` a required digit, `#` an optional one, `,` grouping, `.` the point.
    private static func custom(_ d: Double, _ spec: String) -> String? {
        // Sections: positive (and zero);negative (shown without its sign)[;zero].
        let sections = spec.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
        if sections.count > 1 {
            if d < 0, !sections[1].isEmpty { return custom(-d, sections[1]) }
            if d == 0, sections.count > 2, !sections[2].isEmpty { return custom(0, sections[2]) }
            return custom(d, sections[0])
        }
        let patternChars: Set<Character> = ["0", "#", ",", "."]
        guard let start = spec.firstIndex(where: { $0 == "0" || $0 == "#" }) else { return nil }
        var endIdx = start
        var i = start
        while i < spec.endIndex, patternChars.contains(spec[i]) { endIdx = i; i = spec.index(after: i) }
        let prefix = String(spec[..<start])
        let suffix = String(spec[spec.index(after: endIdx)...])
        let pattern = spec[start...endIdx]
        let intPattern: Substring
        let fracPattern: Substring
        if let dot = pattern.firstIndex(of: ".") {
            intPattern = pattern[..<dot]; fracPattern = pattern[pattern.index(after: dot)...]
        } else {
            intPattern = pattern; fracPattern = ""
        }
        let minFrac = fracPattern.filter { $0 == "0" }.count
        let maxFrac = minFrac + fracPattern.filter { $0 == "#" }.count
        let minInt = intPattern.filter { $0 == "0" }.count
        let grouping = intPattern.contains(",")
        var s = fixed(abs(d), maxFrac)
        if maxFrac > minFrac, s.contains(".") {
            var trimmed = Substring(s)
            var removable = maxFrac - minFrac
            while removable > 0, trimmed.last == "0" { trimmed.removeLast(); removable -= 1 }
            if trimmed.last == "." { trimmed.removeLast() }
            s = String(trimmed)
        }
        var intDigits = s.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? s
        let fraction = s.contains(".") ? String(s[s.firstIndex(of: ".")!...]) : ""
        if intDigits == "0" && minInt == 0 { intDigits = "" }
        while intDigits.count < minInt { intDigits = "0" + intDigits }
        var number = intDigits + fraction
        if grouping { number = groupIntegerPart(number) }
        let negative = d < 0 && number.contains(where: { $0 != "0" && $0 != "." && $0 != "," })
        return prefix + (negative ? "-" : "") + number + suffix
    }
}
