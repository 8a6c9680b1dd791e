// The members scripts use on a DateTime: its properties (`$d.Year`, `$d.DayOfWeek`, the DateTime script
// property PowerShell adds) and its methods (`AddDays`, `ToString('yyyy-MM-dd')`, `ToUniversalTime`, …).

import Foundation

extension PSDateTime {
    /// Property names in the order Format-List * and Select-Object * show them: Get-Date's DisplayHint
    /// note, the DateTime script property, then the .NET properties.
    public var propertyNames: [String] {
        (displayHint == nil ? [] : ["DisplayHint"]) + ["DateTime"] + PSDateTime.netProperties
    }

    static let netProperties = ["Date", "Day", "DayOfWeek", "DayOfYear", "Hour", "Kind", "Millisecond", "Microsecond", "Nanosecond",
                                "Minute", "Month", "Second", "Ticks", "TimeOfDay", "Year"]

    /// The methods Get-Member lists, with their .NET signatures.
    public static let methodSignatures: [(name: String, definition: String)] = [
        ("Add", "datetime Add(timespan value)"), ("AddDays", "datetime AddDays(double value)"),
        ("AddHours", "datetime AddHours(double value)"), ("AddMilliseconds", "datetime AddMilliseconds(double value)"),
        ("AddMinutes", "datetime AddMinutes(double value)"), ("AddMonths", "datetime AddMonths(int months)"),
        ("AddSeconds", "datetime AddSeconds(double value)"), ("AddTicks", "datetime AddTicks(long value)"),
        ("AddYears", "datetime AddYears(int value)"), ("CompareTo", "int CompareTo(datetime value)"),
        ("Equals", "bool Equals(datetime value)"), ("IsDaylightSavingTime", "bool IsDaylightSavingTime()"),
        ("Subtract", "timespan Subtract(datetime value), datetime Subtract(timespan value)"),
        ("ToFileTime", "long ToFileTime()"), ("ToFileTimeUtc", "long ToFileTimeUtc()"),
        ("ToLocalTime", "datetime ToLocalTime()"), ("ToLongDateString", "string ToLongDateString()"),
        ("ToLongTimeString", "string ToLongTimeString()"), ("ToShortDateString", "string ToShortDateString()"),
        ("ToShortTimeString", "string ToShortTimeString()"), ("ToString", "string ToString(), string ToString(string format)"),
        ("ToUniversalTime", "datetime ToUniversalTime()"),
    ]

    /// A property's value; nil when the date has no such property.
    public func member(_ name: String) -> PSValue? {
        switch name.caseFoldedKey {
        case "displayhint": return displayHint.map { .enumValue($0) }
        case "datetime": return .string(DateTimeFormat.display(self))
        case "date": return .dateTime(date)
        case "day": return .int(day)
        case "dayofweek": return .enumValue(PSEnumValue(type: .dayOfWeek, index: dayOfWeek))
        case "dayofyear": return .int(dayOfYear)
        case "hour": return .int(hour)
        case "kind": return .enumValue(PSEnumValue(type: .dateTimeKind, index: kind.rawValue))
        case "millisecond": return .int(millisecond)
        case "microsecond": return .int(microsecond)
        case "nanosecond": return .int(nanosecond)
        case "minute": return .int(minute)
        case "month": return .int(month)
        case "second": return .int(second)
        case "ticks": return .int(Int(ticks))
        case "timeofday": return .timeSpan(timeOfDay)
        case "year": return .int(year)
        default: return nil
        }
    }

    /// A method call; nil when there is no such method (or overload for these arguments).
    public func invoke(_ name: String, _ args: [PSValue]) throws(PSMethodError) -> PSValue? {
        func double(_ i: Int) throws(PSMethodError) -> Double {
            do {
                if case let .double(d) = try PSConvert.convert(args[i], to: .double) { return d }
            } catch { throw PSMethodError(error.message, exceptionType: "System.Management.Automation.PSInvalidCastException") }
            return 0
        }
        func int(_ i: Int) throws(PSMethodError) -> Int {
            do {
                if let n = try PSConvert.convert(args[i], to: .int64).integerValue { return n }
            } catch { throw PSMethodError(error.message, exceptionType: "System.Management.Automation.PSInvalidCastException") }
            return 0
        }
        func moved(_ d: PSDateTime?) throws(PSMethodError) -> PSValue {
            guard let d else { throw PSMethodError(PSDateTime.outOfRangeMessage) }
            return .dateTime(d)
        }
        let units: [String: Int64] = ["adddays": PSDateTime.ticksPerDay, "addhours": PSDateTime.ticksPerHour,
                                      "addminutes": PSDateTime.ticksPerMinute, "addseconds": PSDateTime.ticksPerSecond,
                                      "addmilliseconds": PSDateTime.ticksPerMillisecond, "addmicroseconds": 10]
        let n = name.caseFoldedKey
        switch (n, args.count) {
        case let (unit, 1) where units[unit] != nil:
            return try moved(adding(try double(0), unit: units[unit]!))
        case ("addticks", 1): return try moved(adding(ticks: Int64(try int(0))))
        case ("addmonths", 1): return try moved(adding(months: try int(0)))
        case ("addyears", 1): return try moved(adding(months: try int(0).multipliedReportingOverflow(by: 12).partialValue))
        case ("add", 1):
            guard case let .timeSpan(t) = try PSDateTime.span(args[0]) else { return nil }
            return try moved(adding(ticks: t.ticks))
        case ("subtract", 1):
            if case let .dateTime(other) = args[0] { return .timeSpan(PSTimeSpan(ticks: ticks - other.ticks)) }
            guard case let .timeSpan(t) = try PSDateTime.span(args[0]) else { return nil }
            return try moved(adding(ticks: -t.ticks))
        case ("tostring", 0): return .string(DateTimeFormat.general(self, culture: .enUS))
        case ("tostring", 1), ("tostring", 2):
            if args[0].isNull { return .string(DateTimeFormat.general(self, culture: .enUS)) }
            return .string(try DateTimeFormat.format(self, PSConvert.toString(args[0]), culture: .enUS))
        case ("touniversaltime", 0): return .dateTime(toUniversalTime())
        case ("tolocaltime", 0): return .dateTime(toLocalTime())
        case ("toshortdatestring", 0): return .string(try DateTimeFormat.format(self, "d"))
        case ("tolongdatestring", 0): return .string(try DateTimeFormat.format(self, "D"))
        case ("toshorttimestring", 0): return .string(try DateTimeFormat.format(self, "t"))
        case ("tolongtimestring", 0): return .string(try DateTimeFormat.format(self, "T"))
        case ("tofiletime", 0), ("tofiletimeutc", 0):
            // Ticks since 1601-01-01 in UTC.
            let utc = n == "tofiletime" ? toUniversalTime() : self
            return .int(Int(utc.ticks - 504_911_232_000_000_000))
        case ("isdaylightsavingtime", 0):
            return .bool(kind != .utc && TimeZone.current.isDaylightSavingTime(for: foundationDate))
        case ("compareto", 1):
            guard case let .dateTime(other) = try PSDateTime.date(args[0]) else { return nil }
            return .int(ticks == other.ticks ? 0 : (ticks < other.ticks ? -1 : 1))
        case ("equals", 1):
            guard case let .dateTime(other) = args[0] else { return .bool(false) }
            return .bool(other.ticks == ticks)
        default:
            return nil
        }
    }

    /// An argument as a TimeSpan (.NET's overload resolution through PowerShell's conversions).
    static func span(_ v: PSValue) throws(PSMethodError) -> PSValue {
        do { return try PSConvert.convert(v, to: .timeSpan) } catch {
            throw PSMethodError(error.message, exceptionType: "System.Management.Automation.PSInvalidCastException")
        }
    }

    static func date(_ v: PSValue) throws(PSMethodError) -> PSValue {
        do { return try PSConvert.convert(v, to: .dateTime) } catch {
            throw PSMethodError(error.message, exceptionType: "System.Management.Automation.PSInvalidCastException")
        }
    }
}
