// System.TimeSpan: a signed number of 100-nanosecond ticks. What subtracting two dates gives, what
// New-TimeSpan and Start-Sleep -Duration take.

public struct PSTimeSpan: Sendable, Equatable, Comparable, Hashable {
    public var ticks: Int64

    public init(ticks: Int64) { self.ticks = ticks }

    public static let zero = PSTimeSpan(ticks: 0)
    public static let maxValue = PSTimeSpan(ticks: Int64.max)
    public static let minValue = PSTimeSpan(ticks: Int64.min)

    /// `days`, `hours`, … added up; nil when the total does not fit (.NET's overflow).
    public init?(days: Int = 0, hours: Int = 0, minutes: Int = 0, seconds: Int = 0, milliseconds: Int = 0) {
        let total = (Double(days) * 86_400 + Double(hours) * 3_600 + Double(minutes) * 60 + Double(seconds)) * 1000 + Double(milliseconds)
        guard abs(total) <= 922_337_203_685_477 else { return nil }
        ticks = ((Int64(days) * 86_400 + Int64(hours) * 3_600 + Int64(minutes) * 60 + Int64(seconds)) * 1000 + Int64(milliseconds)) * 10_000
    }

    /// FromDays, FromSeconds, …: a value in `unit` ticks, rounded to the nearest tick; nil on overflow.
    public init?(_ value: Double, unit: Int64) {
        let t = value * Double(unit)
        guard t.isFinite, abs(t) < 9.2e18 else { return nil }
        ticks = Int64(t.rounded())
    }

    public static func < (a: PSTimeSpan, b: PSTimeSpan) -> Bool { a.ticks < b.ticks }

    public var days: Int { Int(ticks / PSDateTime.ticksPerDay) }
    public var hours: Int { Int(ticks / PSDateTime.ticksPerHour % 24) }
    public var minutes: Int { Int(ticks / PSDateTime.ticksPerMinute % 60) }
    public var seconds: Int { Int(ticks / PSDateTime.ticksPerSecond % 60) }
    public var milliseconds: Int { Int(ticks / PSDateTime.ticksPerMillisecond % 1000) }
    public var microseconds: Int { Int(ticks / 10 % 1000) }
    public var nanoseconds: Int { Int(ticks % 10) * 100 }
    public var totalDays: Double { Double(ticks) / Double(PSDateTime.ticksPerDay) }
    public var totalHours: Double { Double(ticks) / Double(PSDateTime.ticksPerHour) }
    public var totalMinutes: Double { Double(ticks) / Double(PSDateTime.ticksPerMinute) }
    public var totalSeconds: Double { Double(ticks) / Double(PSDateTime.ticksPerSecond) }
    public var totalMilliseconds: Double { Double(ticks) / Double(PSDateTime.ticksPerMillisecond) }
    public var totalMicroseconds: Double { Double(ticks) / 10 }
    public var totalNanoseconds: Double { Double(ticks) * 100 }

    /// The sum; nil on overflow.
    public func adding(_ other: PSTimeSpan) -> PSTimeSpan? {
        let (t, o) = ticks.addingReportingOverflow(other.ticks)
        return o ? nil : PSTimeSpan(ticks: t)
    }

    /// .NET's message when a TimeSpan result does not fit.
    public static let overflowMessage = "TimeSpan overflowed because the duration is too long."

    /// The "c" form TimeSpan.ToString() gives: `[-][d.]hh:mm:ss[.fffffff]`.
    public var description: String {
        let negative = ticks < 0
        let m = ticks.magnitude
        let day = m / UInt64(PSDateTime.ticksPerDay)
        let rest = m % UInt64(PSDateTime.ticksPerDay)
        let h = rest / UInt64(PSDateTime.ticksPerHour)
        let min = rest / UInt64(PSDateTime.ticksPerMinute) % 60
        let s = rest / UInt64(PSDateTime.ticksPerSecond) % 60
        let f = rest % UInt64(PSDateTime.ticksPerSecond)
        var out = negative ? "-" : ""
        if day > 0 { out += "\(day)." }
        out += pad(h, 2) + ":" + pad(min, 2) + ":" + pad(s, 2)
        if f > 0 { out += "." + pad(f, 7) }
        return out
    }

    private func pad(_ v: UInt64, _ width: Int) -> String {
        let s = String(v)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}
