import CsCore
import CsLanguage

/// The static members of [datetime] and [timespan]: `[datetime]::Now`, `[datetime]::ParseExact(…)`,
/// `[datetime]::new(2024, 1, 2)`, `[timespan]::FromMinutes(5)`, …
extension Interpreter {
    /// A static property of [datetime] or [timespan] (`type` is the short lower-case type key); nil
    /// when the type is neither or has no such property.
    func dateTimeStaticMember(_ type: String, _ name: String) -> PSValue? {
        switch (type, name.caseFoldedKey) {
        case ("datetime", "now"): return .dateTime(.now())
        case ("datetime", "utcnow"): return .dateTime(.utcNow())
        case ("datetime", "today"): return .dateTime(.today())
        case ("datetime", "minvalue"): return .dateTime(PSDateTime(ticks: 0))
        case ("datetime", "maxvalue"): return .dateTime(PSDateTime(ticks: PSDateTime.maxTicks))
        case ("datetime", "unixepoch"): return .dateTime(PSDateTime(ticks: PSDateTime.unixEpochTicks, kind: .utc))
        case ("timespan", "zero"): return .timeSpan(.zero)
        case ("timespan", "maxvalue"): return .timeSpan(.maxValue)
        case ("timespan", "minvalue"): return .timeSpan(.minValue)
        case ("timespan", "ticksperday"): return .int(Int(PSDateTime.ticksPerDay))
        case ("timespan", "ticksperhour"): return .int(Int(PSDateTime.ticksPerHour))
        case ("timespan", "ticksperminute"): return .int(Int(PSDateTime.ticksPerMinute))
        case ("timespan", "tickspersecond"): return .int(Int(PSDateTime.ticksPerSecond))
        case ("timespan", "tickspermillisecond"): return .int(Int(PSDateTime.ticksPerMillisecond))
        default: return nil
        }
    }

    /// A static method of [datetime] or [timespan]; nil when the type is neither or has no such method.
    func dateTimeStaticMethod(_ type: String, _ name: String, _ args: [PSValue], at range: SourceRange) throws -> PSValue? {
        guard type == "datetime" || type == "timespan" else { return nil }
        let shownName = name.caseFoldedKey == "new" ? ".ctor" : name
        func fail(_ message: String, _ exception: String = "System.ArgumentOutOfRangeException") -> TerminatingError {
            methodException(shownName, args.count, PSMethodError(message, exceptionType: exception), at: range)
        }
        func convert(_ v: PSValue, _ t: PSType) throws -> PSValue {
            do { return try PSConvert.convert(v, to: t) } catch {
                throw fail(error.message, "System.Management.Automation.PSInvalidCastException")
            }
        }
        func int(_ i: Int) throws -> Int {
            try convert(args[i], .int64).integerValue ?? 0
        }
        func double(_ i: Int) throws -> Double {
            guard case let .double(d) = try convert(args[i], .double) else { return 0 }
            return d
        }
        func text(_ i: Int) -> String { PSConvert.toString(args[i]) }
        let n = name.caseFoldedKey

        if type == "datetime" {
            switch (n, args.count) {
            case ("parse", 1), ("parse", 2), ("parse", 3):
                guard let d = DateTimeParser.parse(text(0)) else { throw fail(DateTimeParser.notADate(text(0)), "System.FormatException") }
                return .dateTime(d)
            case ("parseexact", 2), ("parseexact", 3), ("parseexact", 4):
                let formats = args[1].asList.map { PSConvert.toString($0) }
                for f in formats {
                    if let d = DateTimeParser.parseExact(text(0), f) { return .dateTime(d) }
                }
                throw fail(DateTimeParser.notADate(text(0)), "System.FormatException")
            case ("daysinmonth", 2):
                let y = try int(0), m = try int(1)
                guard (1...9999).contains(y) else { throw fail("Year must be between 1 and 9999. (Parameter 'year')") }
                guard (1...12).contains(m) else { throw fail("Month must be between one and twelve. (Parameter 'month')") }
                return .int(PSDateTime.daysInMonth(y, m))
            case ("isleapyear", 1):
                let y = try int(0)
                guard (1...9999).contains(y) else { throw fail("Year must be between 1 and 9999. (Parameter 'year')") }
                return .bool(PSDateTime.isLeapYear(y))
            case ("specifykind", 2):
                guard case var .dateTime(d) = try convert(args[0], .dateTime),
                      case let .enumValue(k) = try convert(args[1], .enumeration(.dateTimeKind)) else { return nil }
                d.kind = PSDateTime.Kind(rawValue: k.value) ?? .unspecified
                return .dateTime(d)
            case ("fromfiletime", 1), ("fromfiletimeutc", 1):
                let t = try int(0)
                guard t >= 0, Int64(t) <= PSDateTime.maxTicks - 504_911_232_000_000_000 else {
                    throw fail("Not a valid Win32 FileTime. (Parameter 'fileTime')")
                }
                let utc = PSDateTime(ticks: Int64(t) + 504_911_232_000_000_000, kind: .utc)
                return .dateTime(n == "fromfiletime" ? utc.toLocalTime() : utc)
            case ("compare", 2):
                guard case let .dateTime(a) = try convert(args[0], .dateTime), case let .dateTime(b) = try convert(args[1], .dateTime) else { return nil }
                return .int(a == b ? 0 : (a < b ? -1 : 1))
            case ("new", 0):
                return .dateTime(PSDateTime(ticks: 0))
            case ("new", 1), ("new", 2):
                let t = try int(0)
                guard t >= 0, Int64(t) <= PSDateTime.maxTicks else {
                    throw fail("Ticks must be between DateTime.MinValue.Ticks and DateTime.MaxValue.Ticks. (Parameter 'ticks')")
                }
                var kind = PSDateTime.Kind.unspecified
                if args.count == 2, case let .enumValue(k) = try convert(args[1], .enumeration(.dateTimeKind)) { kind = PSDateTime.Kind(rawValue: k.value) ?? kind }
                return .dateTime(PSDateTime(ticks: Int64(t), kind: kind))
            case ("new", 3), ("new", 6), ("new", 7), ("new", 8):
                // (y, m, d), (y, m, d, h, mi, s), (…, ms), and the forms ending in a DateTimeKind.
                var count = args.count
                var kind = PSDateTime.Kind.unspecified
                if count == 8 || (count == 7 && { if case .enumValue = args[6] { return true }; return false }()) {
                    if case let .enumValue(k) = try convert(args[count - 1], .enumeration(.dateTimeKind)) { kind = PSDateTime.Kind(rawValue: k.value) ?? kind }
                    count -= 1
                }
                let p = try (0..<count).map { try int($0) } + Array(repeating: 0, count: 7 - count)
                let ms = p[6]
                guard let d = PSDateTime(year: p[0], month: p[1], day: p[2], hour: p[3], minute: p[4], second: p[5], millisecond: ms, kind: kind) else {
                    throw fail(args.count == 3 ? "Year, Month, and Day parameters describe an un-representable DateTime."
                                               : "Hour, Minute, and Second parameters describe an un-representable DateTime.")
                }
                return .dateTime(d)
            default:
                return nil
            }
        }

        // [timespan]
        let units: [String: Int64] = ["fromdays": PSDateTime.ticksPerDay, "fromhours": PSDateTime.ticksPerHour,
                                      "fromminutes": PSDateTime.ticksPerMinute, "fromseconds": PSDateTime.ticksPerSecond,
                                      "frommilliseconds": PSDateTime.ticksPerMillisecond, "frommicroseconds": 10]
        switch (n, args.count) {
        case let (unit, 1) where units[unit] != nil:
            guard let t = PSTimeSpan(try double(0), unit: units[unit]!) else { throw fail(PSTimeSpan.overflowMessage, "System.OverflowException") }
            return .timeSpan(t)
        case ("fromticks", 1):
            return .timeSpan(PSTimeSpan(ticks: Int64(try int(0))))
        case ("parse", 1), ("parse", 2):
            switch DateTimeParser.parseTimeSpan(text(0)) {
            case let .success(t): return .timeSpan(t)
            case let .failure(e): throw fail(e.message, e.exceptionType)
            }
        case ("compare", 2):
            guard case let .timeSpan(a) = try convert(args[0], .timeSpan), case let .timeSpan(b) = try convert(args[1], .timeSpan) else { return nil }
            return .int(a == b ? 0 : (a < b ? -1 : 1))
        case ("new", 0):
            return .timeSpan(.zero)
        case ("new", 1):
            return .timeSpan(PSTimeSpan(ticks: Int64(try int(0))))
        case ("new", 3), ("new", 4), ("new", 5):
            let p = try (0..<args.count).map { try int($0) }
            let t = args.count == 3 ? PSTimeSpan(hours: p[0], minutes: p[1], seconds: p[2])
                : PSTimeSpan(days: p[0], hours: p[1], minutes: p[2], seconds: p[3], milliseconds: args.count == 5 ? p[4] : 0)
            guard let t else { throw fail("TimeSpan overflowed because the duration is too long.") }
            return .timeSpan(t)
        default:
            return nil
        }
    }

    /// `+ - * /` with a date or a duration on the left (DateTime's and TimeSpan's operators): date ± span,
    /// date - date, span ± span, span * number, span / number, span / span. nil when neither side is one.
    func dateArithmetic(_ op: BinaryOperator, _ l: PSValue, _ r: PSValue, at range: SourceRange) throws -> PSValue? {
        let opName = ["op_Addition", "op_Subtraction", "op_Multiply", "op_Division", "op_Modulus"][
            [BinaryOperator.add, .subtract, .multiply, .divide, .remainder].firstIndex(of: op) ?? 0]
        func noMethod() -> TerminatingError {
            failure("Method invocation failed because [\(l.typeName ?? "")] does not contain a method named '\(opName)'.", id: "MethodNotFound", at: range)
        }
        func span(_ v: PSValue) throws -> PSTimeSpan {
            if case let .timeSpan(t) = v { return t }
            guard case let .timeSpan(t)? = try? PSConvert.convert(v, to: .timeSpan) else {
                throw failure("Cannot convert the \"\(PSConvert.toString(v))\" value of type \"\(v.typeName ?? "null")\" to type \"System.TimeSpan\".",
                              id: "ConvertToFinalInvalidCastException", category: .InvalidArgument, at: range)
            }
            return t
        }
        func outOfRange() -> TerminatingError {
            failure("The added or subtracted value results in an un-representable DateTime. (Parameter 'value')", id: "ArgumentOutOfRangeException",
                    category: .NotSpecified, at: range, exceptionType: "System.ArgumentOutOfRangeException")
        }
        func overflow() -> TerminatingError {
            failure(PSTimeSpan.overflowMessage, id: "OverflowException", category: .NotSpecified, at: range, exceptionType: "System.OverflowException")
        }
        switch (l, op) {
        case let (.dateTime(d), .add):
            guard let x = d.adding(ticks: try span(r).ticks) else { throw outOfRange() }
            return .dateTime(x)
        case let (.dateTime(d), .subtract):
            if case let .dateTime(other) = r { return .timeSpan(PSTimeSpan(ticks: d.ticks - other.ticks)) }
            guard let x = d.adding(ticks: -(try span(r).ticks)) else { throw outOfRange() }
            return .dateTime(x)
        case (.dateTime, _):
            throw noMethod()
        case let (.timeSpan(t), .add), let (.timeSpan(t), .subtract):
            let o = try span(r)
            let (v, overflowed) = op == .add ? t.ticks.addingReportingOverflow(o.ticks) : t.ticks.subtractingReportingOverflow(o.ticks)
            if overflowed { throw overflow() }
            return .timeSpan(PSTimeSpan(ticks: v))
        case let (.timeSpan(t), .multiply), let (.timeSpan(t), .divide):
            if op == .divide, case let .timeSpan(o) = r {
                if o.ticks == 0 { return .double(Double(t.ticks) / 0) }
                return .double(Double(t.ticks) / Double(o.ticks))
            }
            guard let n = PSConvert.toNumber(r) else { throw noMethod() }
            let factor = PSNumeric(n)?.doubleValue ?? 0
            if op == .divide && factor == 0 {
                throw failure("Attempted to divide by zero.", id: "RuntimeException", category: .NotSpecified, at: range, exceptionType: "System.DivideByZeroException")
            }
            guard let x = t.scaled(by: op == .multiply ? factor : 1 / factor) else { throw overflow() }
            return .timeSpan(x)
        case (.timeSpan, _):
            throw noMethod()
        default:
            return nil
        }
    }
}
