// Reading dates and durations from text the way PowerShell's casts do (DateTime.Parse and
// TimeSpan.Parse with the invariant culture): ISO 8601 (`2024-01-02T15:04:05.123Z`), month/day/year
// (`1/2/2024 3:04 PM`), month names (`Jan 1, 2020`, `Tuesday, January 2, 2024 3:04:05 PM`,
// `Tue, 02 Jan 2024 15:04:05 GMT`), a time alone (today's date). A time zone (Z, GMT, +01:00) makes a
// local time, as .NET does; without one the date's Kind is Unspecified.

import Foundation

public enum DateTimeParser {
    /// .NET's FormatException text for a date it cannot read.
    public static func notADate(_ text: String) -> String { "String '\(text)' was not recognized as a valid DateTime." }

    private enum Token: Equatable {
        case number(Int, digits: Int)
        case word(String)
        case separator(Character)
    }

    /// The date `text` denotes, or nil. `today` gives the date a time alone refers to.
    public static func parse(_ text: String, today: () -> PSDateTime = PSDateTime.today) -> PSDateTime? {
        var s = Substring(text.trimmingASCIISpaces())
        guard !s.isEmpty else { return nil }

        // 1. A time zone at the end.
        var offsetSeconds: Int64?
        if let last = s.last, last == "Z" || last == "z", s.count > 1, let before = s.dropLast().last, before.isNumber || before == " " {
            offsetSeconds = 0
            s = s.dropLast()
        } else if s.uppercased().hasSuffix(" GMT") || s.uppercased().hasSuffix(" UTC") {
            offsetSeconds = 0
            s = s.dropLast(4)
        } else if s.contains(":"), let sign = s.lastIndex(where: { $0 == "+" || $0 == "-" }), sign > s.startIndex,
                  s[s.index(before: sign)].isNumber || s[s.index(before: sign)] == " " {
            let digits = s[s.index(after: sign)...].filter { $0 != ":" }
            if (digits.count == 2 || digits.count == 4), digits.allSatisfy(\.isNumber), let v = Int(digits),
               !s[s.index(after: sign)...].contains(":") || s[s.index(after: sign)...].count == 5 {
                let h = digits.count == 2 ? v : v / 100, m = digits.count == 2 ? 0 : v % 100
                guard h <= 14, m < 60 else { return nil }
                offsetSeconds = Int64((h * 60 + m) * 60) * (s[sign] == "-" ? -1 : 1)
                s = s[..<sign]
            }
        }
        s = Substring(String(s).trimmingASCIISpaces())

        // 2. The time of day: h:mm[:ss[.fffffff]] [AM|PM], at the end.
        var timeTicks: Int64 = 0
        var datePart = s
        var hasTime = false
        if let colon = s.firstIndex(of: ":") {
            var start = colon
            while start > s.startIndex, s[s.index(before: start)].isNumber { start = s.index(before: start) }
            guard start < colon else { return nil }
            if start > s.startIndex {
                let b = s[s.index(before: start)]
                guard b == " " || b == "T" || b == "t" || b == "," else { return nil }
            }
            guard let t = parseTime(s[start...]) else { return nil }
            timeTicks = t
            hasTime = true
            datePart = s[..<start]
            while let l = datePart.last, l == " " || l == "T" || l == "t" || l == "," { datePart = datePart.dropLast() }
        }

        // 3. The date.
        let dayTicks: Int64
        if datePart.isEmpty {
            guard hasTime else { return nil }
            dayTicks = today().date.ticks
        } else {
            guard let d = parseDate(datePart) else { return nil }
            dayTicks = d
        }
        var result = PSDateTime(ticks: dayTicks + timeTicks)
        if let o = offsetSeconds {
            let utc = PSDateTime(ticks: result.ticks - o * PSDateTime.ticksPerSecond, kind: .utc)
            guard utc.ticks >= 0, utc.ticks <= PSDateTime.maxTicks else { return nil }
            result = utc.toLocalTime()
        }
        return result
    }

    /// `h:mm[:ss[.fffffff]]` and an optional AM/PM designator: ticks since midnight.
    private static func parseTime(_ s: Substring) -> Int64? {
        var rest = s
        func number() -> (Int, Int)? {
            let digits = rest.prefix(while: \.isNumber)
            guard !digits.isEmpty, digits.count <= 9, let v = Int(digits) else { return nil }
            rest = rest.dropFirst(digits.count)
            return (v, digits.count)
        }
        guard let (h, _) = number(), rest.first == ":" else { return nil }
        rest = rest.dropFirst()
        guard let (m, _) = number() else { return nil }
        var sec = 0
        var fraction: Int64 = 0
        if rest.first == ":" {
            rest = rest.dropFirst()
            guard let (x, _) = number() else { return nil }
            sec = x
            if rest.first == "." {
                rest = rest.dropFirst()
                let digits = rest.prefix(while: \.isNumber)
                guard !digits.isEmpty else { return nil }
                let seven = String(digits.prefix(7)).padding(toLength: 7, withPad: "0", startingAt: 0)
                fraction = Int64(seven) ?? 0
                rest = rest.dropFirst(digits.count)
            }
        }
        var hour = h
        let designator = String(rest).trimmingASCIISpaces().uppercased().replacingOccurrences(of: ".", with: "")
        switch designator {
        case "":
            break
        case "AM", "PM":
            guard (1...12).contains(h) || h == 0 else { return nil }
            if designator == "AM" && h == 12 { hour = 0 }
            if designator == "PM" && h < 12 { hour = h + 12 }
        default:
            return nil
        }
        guard (0...23).contains(hour), (0...59).contains(m), (0...59).contains(sec) else { return nil }
        return Int64(hour) * PSDateTime.ticksPerHour + Int64(m) * PSDateTime.ticksPerMinute + Int64(sec) * PSDateTime.ticksPerSecond + fraction
    }

    private static func tokens(_ s: Substring) -> [Token]? {
        var out: [Token] = []
        var i = s.startIndex
        while i < s.endIndex {
            let c = s[i]
            if c == " " { i = s.index(after: i); continue }
            if c.isNumber {
                let digits = s[i...].prefix(while: \.isNumber)
                guard digits.count <= 9, let v = Int(digits) else { return nil }
                out.append(.number(v, digits: digits.count))
                i = digits.endIndex
            } else if c.isLetter {
                let word = s[i...].prefix(while: \.isLetter)
                out.append(.word(String(word)))
                i = word.endIndex
            } else if "-/.,".contains(c) {
                out.append(.separator(c))
                i = s.index(after: i)
            } else {
                return nil
            }
        }
        return out
    }

    private static func month(named word: String) -> Int? {
        let w = word.lowercased()
        if let i = DateTimeCulture.monthNames.firstIndex(where: { $0.lowercased() == w || (w.count == 3 && $0.lowercased().hasPrefix(w)) }) {
            return i + 1
        }
        if w == "sept" { return 9 }
        return nil
    }

    private static func isDayName(_ word: String) -> Bool {
        let w = word.lowercased()
        return DateTimeCulture.dayNames.contains { $0.lowercased() == w || (w.count == 3 && $0.lowercased().hasPrefix(w)) }
    }

    /// Two-digit years: 00-49 are 20xx, 50-99 are 19xx (the invariant calendar's TwoDigitYearMax, 2049).
    private static func fullYear(_ v: Int, digits: Int) -> Int {
        digits > 2 ? v : (v < 50 ? 2000 + v : 1900 + v)
    }

    /// The date part: ticks of its midnight.
    private static func parseDate(_ s: Substring) -> Int64? {
        guard var toks = tokens(s) else { return nil }
        // A leading day name ("Tuesday," "Tue,") says nothing the date does not.
        if case let .word(w)? = toks.first, isDayName(w) {
            toks.removeFirst()
            if case .separator(",")? = toks.first { toks.removeFirst() }
        }
        var numbers: [(Int, Int)] = []
        var monthFromName: Int?
        var separators: [Character] = []
        for t in toks {
            switch t {
            case let .number(v, d): numbers.append((v, d))
            case let .word(w):
                guard monthFromName == nil, let m = month(named: w) else { return nil }
                monthFromName = m
            case let .separator(c): separators.append(c)
            }
        }
        let thisYear = PSDateTime.today().year
        var y = 0, m = 0, d = 0
        if let mn = monthFromName {
            // "Jan 1, 2020", "1 Jan 2020", "2020 Jan 1", "January 2020", "Jan 5".
            m = mn
            switch numbers.count {
            case 1:
                if numbers[0].1 >= 3 { y = numbers[0].0; d = 1 } else { d = numbers[0].0; y = thisYear }
            case 2:
                if numbers[0].1 >= 3 { y = numbers[0].0; d = numbers[1].0 }
                else { d = numbers[0].0; y = fullYear(numbers[1].0, digits: numbers[1].1) }
            default:
                return nil
            }
        } else {
            guard separators.allSatisfy({ $0 == separators.first }), let sep = separators.first, sep != "," else { return nil }
            switch numbers.count {
            case 3:
                if numbers[0].1 >= 3 {
                    (y, m, d) = (numbers[0].0, numbers[1].0, numbers[2].0)
                } else {
                    (m, d, y) = (numbers[0].0, numbers[1].0, fullYear(numbers[2].0, digits: numbers[2].1))
                }
            case 2:
                if numbers[0].1 >= 3 { (y, m, d) = (numbers[0].0, numbers[1].0, 1) }
                else { (m, d, y) = (numbers[0].0, numbers[1].0, thisYear) }
            default:
                return nil
            }
        }
        guard let date = PSDateTime(year: y, month: m, day: d) else { return nil }
        return date.ticks
    }

    // MARK: ParseExact

    /// DateTime.ParseExact with a custom pattern (yyyy, yy, MM, M, MMM, MMMM, dd, d, ddd, dddd, HH, H,
    /// hh, h, mm, m, ss, s, f…, tt, quoted and escaped literals); nil when the text does not match.
    public static func parseExact(_ text: String, _ format: String) -> PSDateTime? {
        let f = Array(format.count == 1 ? standardPattern(format) ?? format : format)
        let t = Array(text)
        var i = 0, j = 0
        var y = 1, mo = 1, d = 1, h = 0, mi = 0, sec = 0
        var fraction: Int64 = 0
        var pm: Bool?
        var sawDate = false
        func digits(_ min: Int, _ max: Int) -> Int? {
            var k = j
            while k < t.count, k - j < max, t[k].isNumber { k += 1 }
            guard k - j >= min, let v = Int(String(t[j..<k])) else { return nil }
            j = k
            return v
        }
        func name(_ names: [String], abbreviated: Bool) -> Int? {
            for (idx, n) in names.enumerated() {
                let candidate = abbreviated ? String(n.prefix(3)) : n
                if t.count - j >= candidate.count, String(t[j..<(j + candidate.count)]).lowercased() == candidate.lowercased() {
                    j += candidate.count
                    return idx
                }
            }
            return nil
        }
        while i < f.count {
            let c = f[i]
            var n = 1
            while i + n < f.count && f[i + n] == c { n += 1 }
            switch c {
            case "y":
                guard let v = digits(n <= 2 ? 2 : n, n <= 2 ? 2 : max(n, 4)) else { return nil }
                y = n <= 2 ? fullYear(v, digits: 2) : v
                sawDate = true
            case "M":
                if n >= 3 {
                    guard let v = name(DateTimeCulture.monthNames, abbreviated: n == 3) else { return nil }
                    mo = v + 1
                } else {
                    guard let v = digits(n, 2) else { return nil }
                    mo = v
                }
                sawDate = true
            case "d":
                if n >= 3 {
                    guard name(DateTimeCulture.dayNames, abbreviated: n == 3) != nil else { return nil }
                } else {
                    guard let v = digits(n, 2) else { return nil }
                    d = v
                    sawDate = true
                }
            case "H", "h":
                guard let v = digits(n, 2) else { return nil }
                h = v
            case "m":
                guard let v = digits(n, 2) else { return nil }
                mi = v
            case "s":
                guard let v = digits(n, 2) else { return nil }
                sec = v
            case "f", "F":
                guard n <= 7 else { return nil }
                let start = j
                guard let v = digits(c == "f" ? n : 0, n) else { if c == "F" { break }; return nil }
                let count = j - start
                var scaled = Int64(v)
                for _ in count..<7 { scaled *= 10 }
                fraction = scaled
            case "t":
                let rest = String(t[j...]).uppercased()
                if rest.hasPrefix(n == 1 ? "A" : "AM") { pm = false } else if rest.hasPrefix(n == 1 ? "P" : "PM") { pm = true } else { return nil }
                j += n == 1 ? 1 : 2
            case "'", "\"":
                var k = i + 1
                while k < f.count && f[k] != c {
                    guard j < t.count, t[j] == f[k] else { return nil }
                    j += 1
                    k += 1
                }
                i = k + 1
                continue
            case "\\":
                guard i + 1 < f.count, j < t.count, t[j] == f[i + 1] else { return nil }
                j += 1
                i += 2
                continue
            case "%":
                i += 1
                continue
            default:
                for _ in 0..<n {
                    guard j < t.count, t[j] == c else { return nil }
                    j += 1
                }
            }
            i += n
        }
        guard j == t.count else { return nil }
        if let p = pm {
            guard (1...12).contains(h) else { return nil }
            h = p ? (h == 12 ? 12 : h + 12) : (h == 12 ? 0 : h)
        }
        if !sawDate {
            let today = PSDateTime.today().dateParts
            (y, mo, d) = (today.year, today.month, today.day)
        }
        guard let base = PSDateTime(year: y, month: mo, day: d, hour: h, minute: mi, second: sec) else { return nil }
        return PSDateTime(ticks: base.ticks + fraction)
    }

    private static func standardPattern(_ f: String) -> String? {
        let c = DateTimeCulture.invariant
        switch f {
        case "d": return c.shortDate
        case "D": return c.longDate
        case "g": return c.shortDate + " " + c.shortTime
        case "G": return c.shortDate + " " + c.longTime
        case "s": return "yyyy'-'MM'-'dd'T'HH':'mm':'ss"
        case "t": return c.shortTime
        case "T": return c.longTime
        case "u": return "yyyy'-'MM'-'dd HH':'mm':'ss'Z'"
        default: return nil
        }
    }

    // MARK: TimeSpan

    /// TimeSpan.Parse: `[-]d`, `[-][d.]hh:mm[:ss[.fffffff]]` or `[-]d:hh:mm:ss[.fffffff]`; the error is
    /// .NET's FormatException or OverflowException message.
    public static func parseTimeSpan(_ text: String) -> Result<PSTimeSpan, PSMethodError> {
        let formatError = PSMethodError("String '\(text)' was not recognized as a valid TimeSpan.", exceptionType: "System.FormatException")
        let overflow = PSMethodError("The TimeSpan string '\(text)' could not be parsed because at least one of the numeric components is out of range or contains too many digits.",
                                     exceptionType: "System.OverflowException")
        var s = Substring(text.trimmingASCIISpaces())
        var negative = false
        if s.first == "-" { negative = true; s = s.dropFirst() }
        guard !s.isEmpty, s.allSatisfy({ $0.isNumber || $0 == ":" || $0 == "." }) else { return .failure(formatError) }
        func int(_ part: Substring) -> Int? { part.isEmpty || part.count > 9 ? nil : Int(part) }
        var days = 0, h = 0, m = 0, sec = 0
        var fraction: Int64 = 0
        if !s.contains(":") {
            guard let d = int(s) else { return .failure(s.count > 9 ? overflow : formatError) }
            guard d <= 10_675_199 else { return .failure(overflow) }
            days = d
        } else {
            var body = s
            if let dot = s.firstIndex(of: "."), let colon = s.firstIndex(of: ":"), dot < colon {
                guard let d = int(s[..<dot]) else { return .failure(formatError) }
                days = d
                body = s[s.index(after: dot)...]
            }
            var parts = body.split(separator: ":", omittingEmptySubsequences: false)
            if let lastPart = parts.last, let dot = lastPart.firstIndex(of: ".") {
                let digits = lastPart[lastPart.index(after: dot)...]
                guard !digits.isEmpty, digits.allSatisfy(\.isNumber) else { return .failure(formatError) }
                guard digits.count <= 7 else { return .failure(overflow) }
                fraction = Int64(String(digits).padding(toLength: 7, withPad: "0", startingAt: 0)) ?? 0
                parts[parts.count - 1] = lastPart[..<dot]
            }
            let values = parts.map { int($0) }
            guard values.allSatisfy({ $0 != nil }) else { return .failure(formatError) }
            let v = values.map { $0! }
            switch v.count {
            case 2: (h, m) = (v[0], v[1])
            case 3: (h, m, sec) = (v[0], v[1], v[2])
            case 4:
                guard days == 0 else { return .failure(formatError) }
                (days, h, m, sec) = (v[0], v[1], v[2], v[3])
            default: return .failure(formatError)
            }
            guard h < 24, m < 60, sec < 60, days <= 10_675_199 else { return .failure(overflow) }
        }
        let ticks = ((Int64(days) * 24 + Int64(h)) * 3600 + Int64(m) * 60 + Int64(sec)) * PSDateTime.ticksPerSecond + fraction
        return .success(PSTimeSpan(ticks: negative ? -ticks : ticks))
    }
}
