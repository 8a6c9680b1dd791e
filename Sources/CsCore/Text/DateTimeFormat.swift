// .NET's date and time format strings (DateTime.ToString(format), Get-Date -Format, TimeSpan.ToString):
// the standard one-letter formats and the custom specifiers (yyyy, MM, dd, HH, hh, mm, ss, fff, tt, K,
// zzz, quoted text, `\` escapes). Two cultures matter: en-US, the current culture PowerShell shows
// values in, and the invariant culture it uses for casts and string expansion.

/// The patterns and names of one culture.
public struct DateTimeCulture: Sendable {
    public let shortDate: String
    public let longDate: String
    public let shortTime: String
    public let longTime: String
    public let monthDay: String
    public let yearMonth: String
    public let am: String
    public let pm: String

    /// en-US: what `Get-Date` shows and `.ToString()` gives.
    public static let enUS = DateTimeCulture(shortDate: "M/d/yyyy", longDate: "dddd, MMMM d, yyyy", shortTime: "h:mm tt",
                                             longTime: "h:mm:ss tt", monthDay: "MMMM d", yearMonth: "MMMM yyyy", am: "AM", pm: "PM")
    /// The invariant culture: `"$date"` and `[string]$date`.
    public static let invariant = DateTimeCulture(shortDate: "MM/dd/yyyy", longDate: "dddd, dd MMMM yyyy", shortTime: "HH:mm",
                                                  longTime: "HH:mm:ss", monthDay: "MMMM dd", yearMonth: "yyyy MMMM", am: "AM", pm: "PM")

    public static let dayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    public static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                                    "October", "November", "December"]
}

public enum DateTimeFormat {
    // MARK: DateTime

    /// `date.ToString(format)` in `culture`; an empty format is the general "G" form.
    public static func format(_ date: PSDateTime, _ format: String, culture: DateTimeCulture = .enUS) throws(PSMethodError) -> String {
        var d = date
        var pattern = format
        if format.isEmpty { pattern = culture.shortDate + " " + culture.longTime }
        if format.count == 1 {
            switch format {
            case "d": pattern = culture.shortDate
            case "D": pattern = culture.longDate
            case "f": pattern = culture.longDate + " " + culture.shortTime
            case "F": pattern = culture.longDate + " " + culture.longTime
            case "g": pattern = culture.shortDate + " " + culture.shortTime
            case "G": pattern = culture.shortDate + " " + culture.longTime
            case "m", "M": pattern = culture.monthDay
            case "o", "O": pattern = "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK"
            case "r", "R": pattern = "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'"
            case "s": pattern = "yyyy'-'MM'-'dd'T'HH':'mm':'ss"
            case "t": pattern = culture.shortTime
            case "T": pattern = culture.longTime
            case "u": pattern = "yyyy'-'MM'-'dd HH':'mm':'ss'Z'"
            case "U":
                d = date.toUniversalTime()
                pattern = culture.longDate + " " + culture.longTime
            case "y", "Y": pattern = culture.yearMonth
            default: throw .badFormat
            }
        }
        return try custom(d, pattern, culture: culture)
    }

    /// The general form of a date in a culture: en-US `1/2/2024 3:04:05 PM`, invariant `01/02/2024 15:04:05`.
    public static func general(_ date: PSDateTime, culture: DateTimeCulture) -> String {
        (try? format(date, "G", culture: culture)) ?? ""
    }

    /// The long form the default view shows: `Tuesday, January 2, 2024 3:04:05 PM` (or the date or the
    /// time alone, as Get-Date's -DisplayHint asks).
    public static func display(_ date: PSDateTime) -> String {
        let culture = DateTimeCulture.enUS
        let hint = date.displayHint?.name ?? "DateTime"
        let pattern = hint == "Date" ? culture.longDate : hint == "Time" ? culture.longTime : culture.longDate + " " + culture.longTime
        return (try? custom(date, pattern, culture: culture)) ?? ""
    }

    private static func pad(_ v: Int, _ width: Int) -> String {
        let s = String(v.magnitude)
        let body = s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
        return v < 0 ? "-" + body : body
    }

    /// How many times the character at `i` repeats.
    private static func run(_ chars: [Character], _ i: Int) -> Int {
        var n = 1
        while i + n < chars.count && chars[i + n] == chars[i] { n += 1 }
        return n
    }

    /// Literal text at `i`, as both custom formats read it: a quoted string (with `\` escapes inside) or
    /// one `\`-escaped character. Returns the text and the index after it; nil when `i` starts no literal.
    private static func literal(_ chars: [Character], _ i: Int) throws(PSMethodError) -> (String, Int)? {
        let q = chars[i]
        if q == "\\" {
            guard i + 1 < chars.count else { throw .badFormat }
            return (String(chars[i + 1]), i + 2)
        }
        guard q == "'" || q == "\"" else { return nil }
        var j = i + 1
        var text = ""
        while j < chars.count {
            let c = chars[j]
            if c == q { return (text, j + 1) }
            if c == "\\" && j + 1 < chars.count { text.append(chars[j + 1]); j += 2; continue }
            text.append(c)
            j += 1
        }
        throw PSMethodError("Cannot find a matching quote character for the character '\(q)'.", exceptionType: "System.FormatException")
    }

    /// `count` digits of a fraction of a second (of 7), `f` style; `F` style (trim) drops trailing zeros.
    private static func fraction(_ ticks: Int, _ count: Int, trim: Bool) throws(PSMethodError) -> Substring {
        if count > 7 { throw .badFormat }
        var digits = Substring(pad(ticks, 7).prefix(count))
        if trim { while digits.last == "0" { digits.removeLast() } }
        return digits
    }

    private static func offsetText(_ seconds: Int64, _ count: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let m = seconds.magnitude / 60
        let h = Int(m / 60), min = Int(m % 60)
        switch count {
        case 1: return sign + String(h)
        case 2: return sign + pad(h, 2)
        default: return sign + pad(h, 2) + ":" + pad(min, 2)
        }
    }

    /// A custom pattern (DateTimeFormat.FormatCustomized).
    public static func custom(_ d: PSDateTime, _ pattern: String, culture: DateTimeCulture) throws(PSMethodError) -> String {
        let chars = Array(pattern)
        var out = ""
        var i = 0
        let parts = d.dateParts
        while i < chars.count {
            let c = chars[i]
            var n = run(chars, i)
            switch c {
            case "d":
                if n <= 2 { out += n == 1 ? String(parts.day) : pad(parts.day, 2) }
                else { let name = DateTimeCulture.dayNames[d.dayOfWeek]; out += n == 3 ? String(name.prefix(3)) : name }
            case "f", "F":
                let digits = try fraction(Int(d.ticks % PSDateTime.ticksPerSecond), n, trim: c == "F")
                // F with nothing to show also drops the point before it.
                if c == "F", digits.isEmpty, out.last == "." { out.removeLast() }
                out += digits
            case "g":
                out += "A.D."
            case "h":
                let h = d.hour % 12 == 0 ? 12 : d.hour % 12
                out += n == 1 ? String(h) : pad(h, 2)
            case "H":
                out += n == 1 ? String(d.hour) : pad(d.hour, 2)
            case "K":
                n = 1
                switch d.kind {
                case .utc: out += "Z"
                case .local: out += offsetText(d.utcOffsetSeconds, 3)
                case .unspecified: break
                }
            case "m":
                out += n == 1 ? String(d.minute) : pad(d.minute, 2)
            case "M":
                switch n {
                case 1: out += String(parts.month)
                case 2: out += pad(parts.month, 2)
                case 3: out += String(DateTimeCulture.monthNames[parts.month - 1].prefix(3))
                default: out += DateTimeCulture.monthNames[parts.month - 1]
                }
            case "s":
                out += n == 1 ? String(d.second) : pad(d.second, 2)
            case "t":
                let designator = d.hour < 12 ? culture.am : culture.pm
                out += n == 1 ? String(designator.prefix(1)) : designator
            case "y":
                switch n {
                case 1: out += String(parts.year % 100)
                case 2: out += pad(parts.year % 100, 2)
                default: out += pad(parts.year, n)
                }
            case "z":
                out += offsetText(d.utcOffsetSeconds, n)
            case ":":
                n = 1
                out += ":"
            case "/":
                n = 1
                out += "/"
            case "'", "\"", "\\":
                let (text, next) = try literal(chars, i)!
                out += text
                i = next
                continue
            case "%":
                // `%d`: one custom specifier on its own.
                guard i + 1 < chars.count, chars[i + 1] != "%" else { throw .badFormat }
                out += try custom(d, String(chars[i + 1]), culture: culture)
                i += 2
                continue
            default:
                n = 1
                out.append(c)
            }
            i += n
        }
        return out
    }

    // MARK: TimeSpan

    /// `span.ToString(format)`: "c" (the default), "g", "G" and custom patterns (d, hh, mm, ss, fff, FFF).
    public static func format(_ span: PSTimeSpan, _ format: String) throws(PSMethodError) -> String {
        let negative = span.ticks < 0
        let m = span.ticks.magnitude
        let days = Int(m / UInt64(PSDateTime.ticksPerDay))
        let rest = m % UInt64(PSDateTime.ticksPerDay)
        let h = Int(rest / UInt64(PSDateTime.ticksPerHour)), min = Int(rest / UInt64(PSDateTime.ticksPerMinute) % 60)
        let s = Int(rest / UInt64(PSDateTime.ticksPerSecond) % 60), f = Int(rest % UInt64(PSDateTime.ticksPerSecond))
        switch format {
        case "", "c", "t", "T":
            return span.description
        case "g":
            var out = negative ? "-" : ""
            if days > 0 { out += "\(days):" }
            out += "\(h):" + pad(min, 2) + ":" + pad(s, 2)
            if f > 0 {
                var digits = Substring(pad(f, 7))
                while digits.last == "0" { digits.removeLast() }
                out += "." + digits
            }
            return out
        case "G":
            return (negative ? "-" : "") + "\(days):" + pad(h, 2) + ":" + pad(min, 2) + ":" + pad(s, 2) + "." + pad(f, 7)
        default:
            break
        }
        if format.count == 1 && format != "%" { throw .badFormat }
        let chars = Array(format)
        var out = ""
        var i = 0
        while i < chars.count {
            let c = chars[i]
            let n = run(chars, i)
            switch c {
            case "d":
                if n > 8 { throw .badFormat }
                out += pad(days, n)
            case "h", "m", "s":
                if n > 2 { throw .badFormat }
                let v = c == "h" ? h : c == "m" ? min : s
                out += n == 1 ? String(v) : pad(v, 2)
            case "f", "F":
                out += try fraction(f, n, trim: c == "F")
            case "'", "\"", "\\":
                let (text, next) = try literal(chars, i)!
                out += text
                i = next
                continue
            case "%":
                guard i + 1 < chars.count, chars[i + 1] != "%" else { throw .badFormat }
                i += 1
                continue
            default:
                throw .badFormat
            }
            i += n
        }
        return out
    }
}
