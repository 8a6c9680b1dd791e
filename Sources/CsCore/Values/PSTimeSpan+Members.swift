// The members scripts use on a TimeSpan: Days … Milliseconds, the Total* properties, and Add,
// Subtract, Negate, Duration, ToString(format).

extension PSTimeSpan {
    /// Property names in .NET's declaration order (Format-List *, ConvertTo-Json, Select-Object *).
    public static let propertyNames = ["Ticks", "Days", "Hours", "Milliseconds", "Microseconds", "Nanoseconds", "Minutes", "Seconds",
                                       "TotalDays", "TotalHours", "TotalMilliseconds", "TotalMicroseconds", "TotalNanoseconds",
                                       "TotalMinutes", "TotalSeconds"]

    /// The properties of PowerShell's default list view of a TimeSpan, in its order.
    public static let listViewProperties = ["Days", "Hours", "Minutes", "Seconds", "Milliseconds", "Ticks", "TotalDays", "TotalHours",
                                            "TotalMinutes", "TotalSeconds", "TotalMilliseconds"]

    /// The methods Get-Member lists, with their .NET signatures.
    public static let methodSignatures: [(name: String, definition: String)] = [
        ("Add", "timespan Add(timespan ts)"), ("CompareTo", "int CompareTo(timespan value)"), ("Divide", "timespan Divide(double divisor)"),
        ("Duration", "timespan Duration()"), ("Equals", "bool Equals(timespan obj)"), ("Multiply", "timespan Multiply(double factor)"),
        ("Negate", "timespan Negate()"), ("Subtract", "timespan Subtract(timespan ts)"),
        ("ToString", "string ToString(), string ToString(string format)"),
    ]

    public func member(_ name: String) -> PSValue? {
        switch name.caseFoldedKey {
        case "ticks": return .int(Int(ticks))
        case "days": return .int(days)
        case "hours": return .int(hours)
        case "milliseconds": return .int(milliseconds)
        case "microseconds": return .int(microseconds)
        case "nanoseconds": return .int(nanoseconds)
        case "minutes": return .int(minutes)
        case "seconds": return .int(seconds)
        case "totaldays": return .double(totalDays)
        case "totalhours": return .double(totalHours)
        case "totalmilliseconds": return .double(totalMilliseconds)
        case "totalmicroseconds": return .double(totalMicroseconds)
        case "totalnanoseconds": return .double(totalNanoseconds)
        case "totalminutes": return .double(totalMinutes)
        case "totalseconds": return .double(totalSeconds)
        default: return nil
        }
    }

    /// Multiplies by a factor (TimeSpan * double); nil on overflow or NaN.
    public func scaled(by factor: Double) -> PSTimeSpan? {
        PSTimeSpan(Double(ticks) * factor, unit: 1)
    }

    /// A method call; nil when there is no such method.
    public func invoke(_ name: String, _ args: [PSValue]) throws(PSMethodError) -> PSValue? {
        func other() throws(PSMethodError) -> PSTimeSpan {
            guard case let .timeSpan(t) = try PSDateTime.span(args[0]) else { return .zero }
            return t
        }
        func factor() throws(PSMethodError) -> Double {
            do {
                if case let .double(d) = try PSConvert.convert(args[0], to: .double) { return d }
            } catch { throw PSMethodError(error.message, exceptionType: "System.Management.Automation.PSInvalidCastException") }
            return 0
        }
        func checked(_ t: PSTimeSpan?) throws(PSMethodError) -> PSValue {
            guard let t else { throw PSMethodError(PSTimeSpan.overflowMessage, exceptionType: "System.OverflowException") }
            return .timeSpan(t)
        }
        switch (name.caseFoldedKey, args.count) {
        case ("add", 1): return try checked(adding(try other()))
        case ("subtract", 1):
            let o = try other()
            let (t, overflow) = ticks.subtractingReportingOverflow(o.ticks)
            return try checked(overflow ? nil : PSTimeSpan(ticks: t))
        case ("negate", 0): return try checked(ticks == .min ? nil : PSTimeSpan(ticks: -ticks))
        case ("duration", 0): return try checked(ticks == .min ? nil : PSTimeSpan(ticks: abs(ticks)))
        case ("multiply", 1): return try checked(scaled(by: try factor()))
        case ("divide", 1):
            if case .timeSpan = args[0] {
                let o = try other()
                return .double(Double(ticks) / Double(o.ticks))
            }
            let f = try factor()
            guard f != 0 else { throw PSMethodError("Attempted to divide by zero.", exceptionType: "System.DivideByZeroException") }
            return try checked(scaled(by: 1 / f))
        case ("tostring", 0): return .string(description)
        case ("tostring", 1), ("tostring", 2):
            if args[0].isNull { return .string(description) }
            return .string(try DateTimeFormat.format(self, PSConvert.toString(args[0])))
        case ("compareto", 1):
            let o = try other()
            return .int(ticks == o.ticks ? 0 : (ticks < o.ticks ? -1 : 1))
        case ("equals", 1):
            guard case let .timeSpan(o) = args[0] else { return .bool(false) }
            return .bool(o.ticks == ticks)
        default:
            return nil
        }
    }
}
