import CsCore

/// ConvertFrom-Json -DateKind: what a JSON string in ISO 8601 date form becomes (Newtonsoft's
/// DateParseHandling.DateTime with DateTimeUtils.TryParseDateTimeIso, then pwsh's conversion).
public enum JSONDateKind: String, Sendable, CaseIterable {
    /// No zone: Unspecified; `Z`: Utc; an offset: the local time it denotes (Kind Local).
    case `default` = "Default"
    /// Local time, Kind Local (a date without zone keeps its clock time).
    case local = "Local"
    /// UTC, Kind Utc (a date without zone keeps its clock time).
    case utc = "Utc"
    /// A DateTimeOffset in pwsh; csshell has no such type and keeps the string.
    case offset = "Offset"
    /// The string, unchanged.
    case string = "String"

    /// The date `text` denotes under this kind, or nil when it stays a string.
    public func date(_ text: String) -> PSDateTime? {
        guard self != .string && self != .offset, let (clock, zone) = JSONDateKind.parseISO(text) else { return nil }
        switch self {
        case .default:
            guard let seconds = zone else { return PSDateTime(ticks: clock, kind: .unspecified) }
            let utc = PSDateTime(ticks: clock - seconds * PSDateTime.ticksPerSecond, kind: .utc)
            return text.hasSuffix("Z") ? utc : utc.toLocalTime()
        case .local:
            guard let seconds = zone else { return PSDateTime(ticks: clock, kind: .local) }
            return PSDateTime(ticks: clock - seconds * PSDateTime.ticksPerSecond, kind: .utc).toLocalTime()
        case .utc:
            guard let seconds = zone else { return PSDateTime(ticks: clock, kind: .utc) }
            return PSDateTime(ticks: clock - seconds * PSDateTime.ticksPerSecond, kind: .utc)
        case .offset, .string:
            return nil
        }
    }

    /// `yyyy-MM-ddTHH:mm:ss[.f{1,7}][Z|±HH:mm|±HHmm|±HH]`: the clock time in ticks and the zone's
    /// offset in seconds (nil: no zone; `Z` is 0).
    static func parseISO(_ text: String) -> (ticks: Int64, zone: Int64?)? {
        let b = Array(text.utf8)
        guard b.count >= 19, b[4] == 0x2D, b[7] == 0x2D, b[10] == 0x54, b[13] == 0x3A, b[16] == 0x3A else { return nil }
        func digits(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= b.count else { return nil }
            var n = 0
            for i in from..<(from + count) {
                guard (0x30...0x39).contains(b[i]) else { return nil }
                n = n * 10 + Int(b[i] - 0x30)
            }
            return n
        }
        guard let y = digits(0, 4), let mo = digits(5, 2), let d = digits(8, 2), let h = digits(11, 2), let mi = digits(14, 2),
              let s = digits(17, 2), let day = PSDateTime(year: y, month: mo, day: d, hour: h, minute: mi, second: s) else { return nil }
        var ticks = day.ticks
        var i = 19
        if i < b.count, b[i] == 0x2E {
            i += 1
            var fraction: Int64 = 0, n = 0
            while i < b.count, (0x30...0x39).contains(b[i]) {
                guard n < 7 else { return nil }
                fraction = fraction * 10 + Int64(b[i] - 0x30)
                n += 1
                i += 1
            }
            guard n > 0 else { return nil }
            for _ in n..<7 { fraction *= 10 }
            ticks += fraction
        }
        if i == b.count { return (ticks, nil) }
        if b[i] == 0x5A { return i + 1 == b.count ? (ticks, 0) : nil }
        guard b[i] == 0x2B || b[i] == 0x2D, let oh = digits(i + 1, 2) else { return nil }
        var om = 0
        switch b.count - (i + 3) {
        case 0: break
        case 2: guard let m = digits(i + 3, 2) else { return nil }; om = m
        case 3: guard b[i + 3] == 0x3A, let m = digits(i + 4, 2) else { return nil }; om = m
        default: return nil
        }
        let seconds = Int64(oh * 3600 + om * 60)
        return (ticks, b[i] == 0x2D ? -seconds : seconds)
    }
}
