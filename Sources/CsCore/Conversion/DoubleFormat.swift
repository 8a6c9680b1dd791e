/// Doubles as .NET Core 3.0+ writes them with `ToString("R")` (and by default): the shortest digits
/// that round-trip, in scientific notation (`1E+15`, `1.5E-05`) when the exponent is ≥ 15 or < -4.
public enum DoubleFormat {
    public static func roundTrip(_ d: Double) -> String {
        if d == 0 { return d.sign == .minus ? "-0" : "0" }
        return shortest("\(abs(d))", negative: d < 0)
    }

    /// A Single's ToString(): its shortest round-trip digits (`0.1`, not the Double's 0.100000001490116).
    public static func roundTrip(_ f: Float) -> String {
        if f == 0 { return f.sign == .minus ? "-0" : "0" }
        return shortest("\(abs(f))", negative: f < 0)
    }

    /// .NET's layout of Swift's shortest round-trip description (of the magnitude).
    private static func shortest(_ description: String, negative: Bool) -> String {
        var s = description
        var exp = 0
        if let e = s.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exp = Int(s[s.index(after: e)...]) ?? 0
            s = String(s[..<e])
        }
        var intPart = s
        var frac = ""
        if let dot = s.firstIndex(of: ".") {
            intPart = String(s[..<dot])
            frac = String(s[s.index(after: dot)...])
        }
        var digits = intPart + frac
        var pointPos = intPart.count + exp   // digits before the decimal point
        // Normalise: strip leading zeros (moving the point) and trailing zeros.
        while digits.count > 1 && digits.first == "0" { digits.removeFirst(); pointPos -= 1 }
        while digits.count > 1 && digits.last == "0" { digits.removeLast() }
        let sciExp = pointPos - 1
        var out = negative ? "-" : ""
        if sciExp >= 15 || sciExp < -4 {
            out += String(digits.prefix(1))
            if digits.count > 1 { out += "." + digits.dropFirst() }
            out += "E" + (sciExp < 0 ? "-" : "+")
            let e = String(abs(sciExp))
            out += e.count < 2 ? "0" + e : e
            return out
        }
        if pointPos <= 0 {
            out += "0." + String(repeating: "0", count: -pointPos) + digits
        } else if pointPos >= digits.count {
            out += digits + String(repeating: "0", count: pointPos - digits.count)
        } else {
            let i = digits.index(digits.startIndex, offsetBy: pointPos)
            out += digits[..<i] + "." + digits[i...]
        }
        return out
    }
}
