import CsCore

/// Get-Date -UFormat: strftime-like specifiers (%Y %m %d %H %M %S %s %Z %V %G …) as PowerShell 7
/// implements them (GetDateCommand.UFormatDateString), in the current culture (en-US).
enum UnixDateFormat {
    static func format(_ d: PSDateTime, _ spec: String) -> String {
        func f(_ pattern: String) -> String { (try? DateTimeFormat.custom(d, pattern, culture: .enUS)) ?? "" }
        func pad(_ v: Int, _ width: Int) -> String {
            let s = String(v)
            return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
        }
        func right(_ s: String, _ width: Int) -> String { s.count >= width ? s : String(repeating: " ", count: width - s.count) + s }
        let chars = Array(spec)
        var out = ""
        var i = chars.first == "+" ? 1 : 0
        while i < chars.count {
            let c = chars[i]
            guard c == "%", i + 1 < chars.count else {
                out.append(c)
                i += 1
                continue
            }
            i += 1
            switch chars[i] {
            case "A": out += f("dddd")
            case "a": out += f("ddd")
            case "B": out += f("MMMM")
            case "b", "h": out += f("MMM")
            case "C": out += String(d.year / 100)
            case "c": out += f("ddd dd MMM yyyy HH:mm:ss")
            case "D", "x": out += f("MM/dd/yy")
            case "d": out += f("dd")
            case "e": out += right(String(d.day), 2)
            case "F": out += f("yyyy-MM-dd")
            case "G": out += pad(isoWeek(d).year, 4)
            case "g": out += pad(isoWeek(d).year % 100, 2)
            case "H": out += f("HH")
            case "I": out += f("hh")
            case "j": out += pad(d.dayOfYear, 3)
            case "k": out += right(String(d.hour), 2)
            case "l": out += right(f("%h"), 2)
            case "M": out += f("mm")
            case "m": out += f("MM")
            case "n": out += "\n"
            case "p": out += f("tt")
            case "R": out += f("HH:mm")
            case "r": out += f("hh:mm:ss tt")
            case "S": out += f("ss")
            // Seconds since 1970 in UTC, rounded as "{0:0}" rounds.
            case "s": out += String(Int(d.unixSeconds.rounded(.toNearestOrAwayFromZero)))
            case "T", "X": out += f("HH:mm:ss")
            case "t": out += "\t"
            // PowerShell gives %U the value of %W (the day of the year divided by 7).
            case "U": out += String(d.dayOfYear / 7)
            case "u": out += String(d.dayOfWeek == 0 ? 7 : d.dayOfWeek)
            case "V": out += pad(isoWeek(d).week, 2)
            case "W": out += String(d.dayOfYear / 7)
            case "w": out += String(d.dayOfWeek)
            case "Y": out += f("yyyy")
            case "y": out += f("yy")
            case "Z": out += f("zz")
            default: out.append(chars[i])
            }
            i += 1
        }
        return out
    }

    /// ISO 8601 week number and week-based year (System.Globalization.ISOWeek).
    static func isoWeek(_ d: PSDateTime) -> (year: Int, week: Int) {
        func weeksInYear(_ y: Int) -> Int {
            func p(_ y: Int) -> Int { (y + y / 4 - y / 100 + y / 400) % 7 }
            return p(y) == 4 || p(y - 1) == 3 ? 53 : 52
        }
        let isoDay = d.dayOfWeek == 0 ? 7 : d.dayOfWeek
        let week = (d.dayOfYear - isoDay + 10) / 7
        if week < 1 { return (d.year - 1, weeksInYear(d.year - 1)) }
        if week > weeksInYear(d.year) { return (d.year + 1, 1) }
        return (d.year, week)
    }
}
