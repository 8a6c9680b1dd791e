import Foundation
import Testing
@testable import CsCore

/// System.DateTime and System.TimeSpan in the value model. Expected values are .NET's documented ones
/// ("Standard date and time format strings", "Custom date and time format strings", "Standard
/// TimeSpan format strings", DateTime.Ticks), not this code's output.
struct DateTimeTests {
    func parts(_ d: PSDateTime) -> [Int] { let p = d.dateParts; return [p.year, p.month, p.day, p.dayOfYear] }

    func date(_ y: Int, _ m: Int, _ d: Int, _ h: Int = 0, _ mi: Int = 0, _ s: Int = 0, _ ms: Int = 0) -> PSDateTime {
        PSDateTime(year: y, month: m, day: d, hour: h, minute: mi, second: s, millisecond: ms)!
    }

    @Test func ticksAndPartsFollowTheProlepticGregorianCalendar() {
        // DateTime(2024, 1, 1).Ticks; DateTime.MinValue is a Monday.
        #expect(date(2024, 1, 1).ticks == 638_396_640_000_000_000)
        #expect(date(1970, 1, 1).ticks == PSDateTime.unixEpochTicks)
        #expect(PSDateTime(ticks: 0).dayOfWeek == 1)
        #expect(parts(PSDateTime(ticks: PSDateTime.maxTicks)) == [9999, 12, 31, 365])
        let d = date(2024, 2, 29, 13, 45, 30, 123)
        #expect(parts(d) == [2024, 2, 29, 60])
        #expect([d.hour, d.minute, d.second, d.millisecond] as [Int] == [13, 45, 30, 123])
        #expect(d.dayOfWeek == 4)   // Thursday
        #expect(PSDateTime(year: 2023, month: 2, day: 29) == nil)
        #expect(parts(date(2024, 1, 31).adding(months: 1)!) == [2024, 2, 29, 60])
        #expect(date(2024, 2, 29).adding(months: 12)!.day == 28)
        #expect(PSDateTime(ticks: PSDateTime.maxTicks).adding(ticks: 1) == nil)
    }

    @Test func standardFormatsInEnUSAndTheInvariantCulture() throws {
        // The documentation's date: 2009-06-15T13:45:30.
        let d = date(2009, 6, 15, 13, 45, 30)
        let enUS: [(String, String)] = [
            ("d", "6/15/2009"), ("D", "Monday, June 15, 2009"), ("f", "Monday, June 15, 2009 1:45 PM"),
            ("F", "Monday, June 15, 2009 1:45:30 PM"), ("g", "6/15/2009 1:45 PM"), ("G", "6/15/2009 1:45:30 PM"),
            ("M", "June 15"), ("O", "2009-06-15T13:45:30.0000000"), ("s", "2009-06-15T13:45:30"), ("t", "1:45 PM"),
            ("T", "1:45:30 PM"), ("u", "2009-06-15 13:45:30Z"), ("Y", "June 2009"), ("R", "Mon, 15 Jun 2009 13:45:30 GMT"),
        ]
        for (f, expected) in enUS { #expect(try DateTimeFormat.format(d, f) == expected, "\(f)") }
        #expect(try DateTimeFormat.format(d, "d", culture: .invariant) == "06/15/2009")
        #expect(PSConvert.toString(.dateTime(d)) == "06/15/2009 13:45:30")
        #expect(throws: PSMethodError.badFormat) { try DateTimeFormat.format(d, "Q") }
    }

    @Test func customFormats() throws {
        // The custom-format documentation's date: 2008-08-29 19:27:15.
        let d = date(2008, 8, 29, 19, 27, 15, 18)
        let cases: [(String, String)] = [
            ("dd", "29"), ("ddd", "Fri"), ("dddd", "Friday"), ("%d", "29"), ("hh", "07"), ("%h", "7"), ("HH", "19"),
            ("mm", "27"), ("ss", "15"), ("fff", "018"), ("FFF", "018"), ("tt", "PM"), ("%t", "P"), ("yy", "08"), ("yyyy", "2008"),
            ("MMM", "Aug"), ("MMMM", "August"), ("%M", "8"), ("yyyy-MM-dd HH:mm:ss", "2008-08-29 19:27:15"),
            ("'Day' d", "Day 29"), ("HH\\h", "19h"), ("MM/dd/yy", "08/29/08"), ("ss.FFFFFFF", "15.018"),
            ("yyyyMMddTHHmmssffff", "20080829T1927150180"),
        ]
        for (f, expected) in cases { #expect(try DateTimeFormat.format(d, f) == expected, "\(f)") }
        // F drops trailing zeros, and the point before a zero fraction.
        #expect(try DateTimeFormat.format(date(2008, 8, 29, 19, 27, 15), "ss.FFF") == "15")
        #expect(try DateTimeFormat.format(PSDateTime(ticks: date(2008, 8, 29).ticks, kind: .utc), "yyyy-MM-ddK") == "2008-08-29Z")
        #expect(try DateTimeFormat.format(date(2008, 8, 29), "yyyy-MM-ddK") == "2008-08-29")
    }

    @Test func defaultDisplayHonoursTheDisplayHint() {
        var d = date(2024, 1, 2, 15, 4, 5)
        #expect(DateTimeFormat.display(d) == "Tuesday, January 2, 2024 3:04:05 PM")
        d.displayHint = PSEnumType.displayHint.member(named: "Date")
        #expect(DateTimeFormat.display(d) == "Tuesday, January 2, 2024")
        d.displayHint = PSEnumType.displayHint.member(named: "Time")
        #expect(DateTimeFormat.display(d) == "3:04:05 PM")
    }

    @Test func parsingAsTheInvariantCultureDoes() {
        func parts(_ s: String) -> [Int]? {
            guard let d = DateTimeParser.parse(s) else { return nil }
            let p = d.dateParts
            return [p.year, p.month, p.day, d.hour, d.minute, d.second, d.millisecond]
        }
        #expect(parts("2024-01-02") == [2024, 1, 2, 0, 0, 0, 0])
        #expect(parts("01/02/2024") == [2024, 1, 2, 0, 0, 0, 0])
        #expect(parts("1/2/2024 3:04:05 PM") == [2024, 1, 2, 15, 4, 5, 0])
        #expect(parts("Jan 1, 2020") == [2020, 1, 1, 0, 0, 0, 0])
        #expect(parts("Tuesday, January 2, 2024 3:04:05 PM") == [2024, 1, 2, 15, 4, 5, 0])
        #expect(parts("2030-4-5 1:2:3.09") == [2030, 4, 5, 1, 2, 3, 90])
        #expect(parts("1/1/0030") == [30, 1, 1, 0, 0, 0, 0])
        #expect(parts("1/1/30") == [2030, 1, 1, 0, 0, 0, 0])
        #expect(parts("2 Jan 2024") == [2024, 1, 2, 0, 0, 0, 0])
        #expect(parts("2024-02-30") == nil)
        #expect(parts("not a date") == nil)
        #expect(DateTimeParser.parse("2020-01-01T00:00:00")?.kind == .unspecified)
        // A zone makes a local time of the same instant.
        let z = DateTimeParser.parse("2020-01-01T00:00:00Z")!
        #expect(z.kind == .local)
        #expect(z.toUniversalTime().ticks == date(2020, 1, 1).ticks)
        #expect(DateTimeParser.parse("Tue, 02 Jan 2024 15:04:05 GMT")!.toUniversalTime().ticks == date(2024, 1, 2, 15, 4, 5).ticks)
        #expect(DateTimeParser.parse("2024-01-02T15:04:05+01:00")!.toUniversalTime().ticks == date(2024, 1, 2, 14, 4, 5).ticks)
        #expect(DateTimeParser.parseExact("20240102", "yyyyMMdd")?.ticks == date(2024, 1, 2).ticks)
        #expect(DateTimeParser.parseExact("02.01.2024 07:05 PM", "dd.MM.yyyy hh:mm tt")?.ticks == date(2024, 1, 2, 19, 5).ticks)
        #expect(DateTimeParser.parseExact("2024-13-01", "yyyy-MM-dd") == nil)
    }

    @Test func timeSpanPartsAndFormats() throws {
        // TimeSpan(1, 3, 16, 50, 500) in the documentation of the standard TimeSpan formats.
        let t = PSTimeSpan(days: 1, hours: 3, minutes: 16, seconds: 50, milliseconds: 500)!
        #expect(t.description == "1.03:16:50.5000000")
        #expect(try DateTimeFormat.format(t, "g") == "1:3:16:50.5")
        #expect(try DateTimeFormat.format(t, "G") == "1:03:16:50.5000000")
        #expect(try DateTimeFormat.format(t, "hh\\:mm") == "03:16")
        #expect(try DateTimeFormat.format(t, "%d") == "1")
        #expect([t.days, t.hours, t.minutes, t.seconds, t.milliseconds] as [Int] == [1, 3, 16, 50, 500])
        #expect(PSTimeSpan(ticks: -PSDateTime.ticksPerMinute * 90).description == "-01:30:00")
        #expect(PSTimeSpan(ticks: 300_000_000).totalMinutes == 0.5)
        #expect(throws: PSMethodError.badFormat) { try DateTimeFormat.format(t, "x") }
    }

    @Test func timeSpanParsing() {
        func ticks(_ s: String) -> Int64? { try? DateTimeParser.parseTimeSpan(s).get().ticks }
        #expect(ticks("0:00:01") == PSDateTime.ticksPerSecond)
        #expect(ticks("-0:00:01") == -PSDateTime.ticksPerSecond)
        #expect(ticks("30.0:00:00") == 30 * PSDateTime.ticksPerDay)
        #expect(ticks("6") == 6 * PSDateTime.ticksPerDay)
        #expect(ticks("1:2:3:4") == PSDateTime.ticksPerDay + 2 * PSDateTime.ticksPerHour + 3 * PSDateTime.ticksPerMinute + 4 * PSDateTime.ticksPerSecond)
        #expect(ticks("00:00:00.5") == 5_000_000)
        if case let .failure(e) = DateTimeParser.parseTimeSpan("25:00") {
            #expect(e.message == "The TimeSpan string '25:00' could not be parsed because at least one of the numeric components is out of range or contains too many digits.")
        } else { Issue.record("25:00 parsed") }
        if case let .failure(e) = DateTimeParser.parseTimeSpan("abc") {
            #expect(e.message == "String 'abc' was not recognized as a valid TimeSpan.")
        } else { Issue.record("abc parsed") }
    }

    @Test func conversionsAndMembers() throws {
        #expect(try PSConvert.convert(.string("2024-01-02"), to: .dateTime).typeName == "System.DateTime")
        #expect(throws: PSConversionError(valueText: "x", targetType: "System.DateTime", kind: .fromValue(inner: "String 'x' was not recognized as a valid DateTime."))) {
            try PSConvert.convert(.string("x"), to: .dateTime)
        }
        #expect(throws: PSConversionError(valueText: "", targetType: "System.DateTime", kind: .fromNull)) { try PSConvert.convert(.null, to: .dateTime) }
        let d = date(2024, 1, 2, 15, 4, 5)
        #expect(PSConvert.toString(d.member("DayOfWeek")!) == "Tuesday")
        #expect(PSConvert.toString(d.member("TimeOfDay")!) == "15:04:05")
        #expect(PSConvert.toString(try d.invoke("AddDays", [.double(-1.5)])!) == "01/01/2024 03:04:05")
        #expect(PSConvert.toString(try d.invoke("ToString", [.string("yyyy")])!) == "2024")
        #expect(PSConvert.toString(try d.invoke("ToString", [])!) == "1/2/2024 3:04:05 PM")
        #expect(throws: PSMethodError(PSDateTime.outOfRangeMessage)) { try d.invoke("AddYears", [.int(10_000)]) }
    }
}

/// Dates and time spans do not make every value of the model larger: a slot stays 24 bytes.
@Test func valuesStaySmall() {
    #expect(MemoryLayout<PSDateTime>.size <= 16)
    #expect(MemoryLayout<PSValue>.stride == 24)
}
