// System.DateTime as PowerShell scripts see it: 100-nanosecond ticks since 0001-01-01 in the
// proleptic Gregorian calendar, and a Kind (Local, Utc or Unspecified) that only matters when the
// value is converted between time zones. Comparison and subtraction look at the ticks alone, as .NET's do.

import Foundation

public struct PSDateTime: Sendable {
    /// System.DateTimeKind, in its declaration order (Unspecified = 0, Utc = 1, Local = 2).
    public enum Kind: Int, Sendable {
        case unspecified = 0, utc, local
        public var name: String { ["Unspecified", "Utc", "Local"][rawValue] }
    }

    public static let ticksPerMillisecond: Int64 = 10_000
    public static let ticksPerSecond: Int64 = 10_000_000
    public static let ticksPerMinute: Int64 = 600_000_000
    public static let ticksPerHour: Int64 = 36_000_000_000
    public static let ticksPerDay: Int64 = 864_000_000_000
    /// DateTime.MaxValue.Ticks: 9999-12-31 23:59:59.9999999.
    public static let maxTicks: Int64 = 3_155_378_975_999_999_999
    /// 1970-01-01T00:00:00.
    public static let unixEpochTicks: Int64 = 621_355_968_000_000_000

    public var ticks: Int64
    public var kind: Kind
    /// 1 + the DisplayHint member, 0 for none: a byte, so that a value of the model stays 24 bytes.
    private var hint: UInt8 = 0

    /// Get-Date's DisplayHint (Date, Time or DateTime): how the default view shows the value. Not part
    /// of the value (equality ignores it); methods that make a new date drop it.
    public var displayHint: PSEnumValue? {
        get { hint == 0 ? nil : PSEnumValue(type: .displayHint, index: Int(hint) - 1) }
        set { hint = newValue.map { UInt8($0.index + 1) } ?? 0 }
    }

    public init(ticks: Int64, kind: Kind = .unspecified) {
        self.ticks = ticks
        self.kind = kind
    }

    /// A date from its parts; nil when a part is out of range.
    public init?(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0, millisecond: Int = 0,
                 kind: Kind = .unspecified) {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1, day <= PSDateTime.daysInMonth(year, month),
              (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second), (0...999).contains(millisecond) else { return nil }
        let days = PSDateTime.daysSinceEpoch(year, month, day)
        ticks = days * PSDateTime.ticksPerDay + Int64(hour) * PSDateTime.ticksPerHour + Int64(minute) * PSDateTime.ticksPerMinute
            + Int64(second) * PSDateTime.ticksPerSecond + Int64(millisecond) * PSDateTime.ticksPerMillisecond
        self.kind = kind
    }

    // MARK: Now

    /// DateTime.Now: the local wall-clock time, Kind Local.
    public static func now() -> PSDateTime { utcNow().toLocalTime() }

    /// DateTime.UtcNow.
    public static func utcNow() -> PSDateTime {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        let ticks = unixEpochTicks + Int64(ts.tv_sec) * ticksPerSecond + Int64(ts.tv_nsec) / 100
        return PSDateTime(ticks: ticks, kind: .utc)
    }

    /// DateTime.Today: today's local date at midnight, Kind Local.
    public static func today() -> PSDateTime { now().date }

    /// A file time (seconds since 1970 in UTC) as local time, as FileInfo.LastWriteTime gives it.
    public static func local(unixSeconds: Double) -> PSDateTime {
        PSDateTime(ticks: unixEpochTicks + Int64((unixSeconds * 10_000_000).rounded()), kind: .utc).toLocalTime()
    }

    // MARK: Calendar

    public static func isLeapYear(_ y: Int) -> Bool { y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) }

    public static func daysInMonth(_ y: Int, _ m: Int) -> Int {
        [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    }

    private static let daysBeforeMonth = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]

    /// Days from 0001-01-01 to the given date.
    static func daysSinceEpoch(_ y: Int, _ m: Int, _ d: Int) -> Int64 {
        let y1 = Int64(y - 1)
        var days = y1 * 365 + y1 / 4 - y1 / 100 + y1 / 400
        days += Int64(daysBeforeMonth[m - 1] + (m > 2 && isLeapYear(y) ? 1 : 0) + d - 1)
        return days
    }

    /// Year, month, day and day of the year (1-based) of the date part.
    public var dateParts: (year: Int, month: Int, day: Int, dayOfYear: Int) {
        var n = ticks / PSDateTime.ticksPerDay
        let y400 = n / 146_097
        n -= y400 * 146_097
        var y100 = n / 36_524
        if y100 == 4 { y100 = 3 }
        n -= y100 * 36_524
        let y4 = n / 1_461
        n -= y4 * 1_461
        var y1 = n / 365
        if y1 == 4 { y1 = 3 }
        let year = Int(y400 * 400 + y100 * 100 + y4 * 4 + y1 + 1)
        n -= y1 * 365
        let dayOfYear = Int(n) + 1
        let leap = PSDateTime.isLeapYear(year)
        var month = 12
        while month > 1 && Int(n) < PSDateTime.daysBeforeMonth[month - 1] + (month > 2 && leap ? 1 : 0) { month -= 1 }
        let day = Int(n) - PSDateTime.daysBeforeMonth[month - 1] - (month > 2 && leap ? 1 : 0) + 1
        return (year, month, day, dayOfYear)
    }

    public var year: Int { dateParts.year }
    public var month: Int { dateParts.month }
    public var day: Int { dateParts.day }
    public var dayOfYear: Int { dateParts.dayOfYear }
    public var hour: Int { Int(ticks / PSDateTime.ticksPerHour % 24) }
    public var minute: Int { Int(ticks / PSDateTime.ticksPerMinute % 60) }
    public var second: Int { Int(ticks / PSDateTime.ticksPerSecond % 60) }
    public var millisecond: Int { Int(ticks / PSDateTime.ticksPerMillisecond % 1000) }
    public var microsecond: Int { Int(ticks / 10 % 1000) }
    public var nanosecond: Int { Int(ticks % 10) * 100 }
    /// System.DayOfWeek: 0 is Sunday (0001-01-01 was a Monday).
    public var dayOfWeek: Int { Int((ticks / PSDateTime.ticksPerDay + 1) % 7) }
    /// Midnight of the same day, same kind.
    public var date: PSDateTime { PSDateTime(ticks: ticks - ticks % PSDateTime.ticksPerDay, kind: kind) }
    public var timeOfDay: PSTimeSpan { PSTimeSpan(ticks: ticks % PSDateTime.ticksPerDay) }

    // MARK: Arithmetic

    /// .NET's message when a result falls outside 0001-01-01 … 9999-12-31.
    public static let outOfRangeMessage = "The added or subtracted value results in an un-representable DateTime. (Parameter 'value')"

    /// This date moved by `delta` ticks; nil when the result is out of range.
    public func adding(ticks delta: Int64) -> PSDateTime? {
        let (t, overflow) = ticks.addingReportingOverflow(delta)
        guard !overflow, t >= 0, t <= PSDateTime.maxTicks else { return nil }
        return PSDateTime(ticks: t, kind: kind)
    }

    /// AddDays, AddHours, …: a fractional count rounded to the nearest tick.
    public func adding(_ value: Double, unit: Int64) -> PSDateTime? {
        let scaled = value * Double(unit)
        guard scaled.isFinite, abs(scaled) < 9.3e18 else { return nil }
        return adding(ticks: Int64(scaled.rounded()))
    }

    /// AddMonths: the day is clamped to the length of the target month.
    public func adding(months: Int) -> PSDateTime? {
        guard abs(months) <= 120_000 else { return nil }
        let p = dateParts
        let total = p.year * 12 + (p.month - 1) + months
        let y = total / 12, m = total % 12 + 1
        guard (1...9999).contains(y) else { return nil }
        let d = min(p.day, PSDateTime.daysInMonth(y, m))
        return PSDateTime(ticks: PSDateTime.daysSinceEpoch(y, m, d) * PSDateTime.ticksPerDay + ticks % PSDateTime.ticksPerDay, kind: kind)
    }

    // MARK: Time zones

    /// The local UTC offset, in seconds, at a UTC instant.
    public static func localOffset(atUTCTicks utc: Int64) -> Int64 {
        let seconds = Double(utc - unixEpochTicks) / Double(ticksPerSecond)
        return Int64(TimeZone.current.secondsFromGMT(for: Date(timeIntervalSince1970: seconds)))
    }

    /// The local UTC offset, in seconds, at a local wall-clock time.
    public static func localOffset(atLocalTicks local: Int64) -> Int64 {
        let guess = localOffset(atUTCTicks: local)
        return localOffset(atUTCTicks: local - guess * ticksPerSecond)
    }

    /// The offset of this date from UTC as its kind implies: zero for Utc, the local offset otherwise.
    public var utcOffsetSeconds: Int64 {
        kind == .utc ? 0 : PSDateTime.localOffset(atLocalTicks: ticks)
    }

    /// ToUniversalTime: Local and Unspecified are taken as local time.
    public func toUniversalTime() -> PSDateTime {
        if kind == .utc { return PSDateTime(ticks: ticks, kind: .utc) }
        let t = ticks - PSDateTime.localOffset(atLocalTicks: ticks) * PSDateTime.ticksPerSecond
        return PSDateTime(ticks: min(max(0, t), PSDateTime.maxTicks), kind: .utc)
    }

    /// ToLocalTime: Utc and Unspecified are taken as UTC.
    public func toLocalTime() -> PSDateTime {
        if kind == .local { return PSDateTime(ticks: ticks, kind: .local) }
        let t = ticks + PSDateTime.localOffset(atUTCTicks: ticks) * PSDateTime.ticksPerSecond
        return PSDateTime(ticks: min(max(0, t), PSDateTime.maxTicks), kind: .local)
    }

    /// Seconds since 1970-01-01 in UTC (the instant this date denotes).
    public var unixSeconds: Double {
        Double(toUniversalTime().ticks - PSDateTime.unixEpochTicks) / Double(PSDateTime.ticksPerSecond)
    }

    /// A Foundation date for the instant this value denotes (file times).
    public var foundationDate: Date { Date(timeIntervalSince1970: unixSeconds) }
}

extension PSDateTime: Equatable, Comparable, Hashable {
    /// DateTime equality: the ticks, whatever the kind.
    public static func == (a: PSDateTime, b: PSDateTime) -> Bool { a.ticks == b.ticks }
    public static func < (a: PSDateTime, b: PSDateTime) -> Bool { a.ticks < b.ticks }
    public func hash(into h: inout Hasher) { h.combine(ticks) }
}

extension PSEnumType {
    /// System.DayOfWeek.
    public static let dayOfWeek = PSEnumType(
        name: "DayOfWeek", fullName: "System.DayOfWeek",
        members: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"])
    /// System.DateTimeKind.
    public static let dateTimeKind = PSEnumType(name: "DateTimeKind", fullName: "System.DateTimeKind",
                                                members: ["Unspecified", "Utc", "Local"])
    /// Get-Date's -DisplayHint.
    public static let displayHint = PSEnumType(name: "DisplayHintType", fullName: "Microsoft.PowerShell.Commands.DisplayHintType",
                                               members: ["Date", "Time", "DateTime"])
}
