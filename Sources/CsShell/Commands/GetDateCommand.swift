import CsCore

/// Get-Date: the current date and time (or the one -Date or -UnixTimeSeconds gives, with -Year …
/// -Millisecond replaced), as a [datetime] or formatted with -Format (.NET) or -UFormat (Unix).
final class GetDateCommand: ShellCmdlet {
    static let dateSets = ["DateAndFormat", "DateAndUFormat"]
    static let unixSets = ["UnixTimeSecondsAndFormat", "UnixTimeSecondsAndUFormat"]

    static let metadata = CmdletMetadata(
        verb: "Get", noun: "Date", className: "Microsoft.PowerShell.Commands.GetDateCommand",
        parameters: [
            ParameterMetadata("Date", .dateTime, aliases: ["LastWriteTime"],
                              sets: dateSets.map { ParameterSetSpec($0, position: 0, pipeline: [.byValue, .byPropertyName]) },
                              description: "Specifies a date and time. Time is optional and if not specified, returns 00:00:00. Text is read as PowerShell casts read it (the invariant culture: month/day/year, ISO 8601, month names). By default, Get-Date gets the current system date and time."),
            ParameterMetadata("UnixTimeSeconds", .int64, aliases: ["UnixTime"],
                              sets: unixSets.map { ParameterSetSpec($0, mandatory: true) },
                              validations: [.range(-62_135_596_800, 253_402_300_799)],
                              description: "Specifies a date and time as seconds since 1970-01-01T00:00:00Z, shown as local time."),
            ParameterMetadata("Year", .int32, validations: [.range(1, 9999)], description: "Specifies the year that is displayed in the output."),
            ParameterMetadata("Month", .int32, validations: [.range(1, 12)], description: "Specifies the month that is displayed in the output, 1 through 12."),
            ParameterMetadata("Day", .int32, validations: [.range(1, 31)],
                              description: "Specifies the day of the month that is displayed in the output, 1 through 31. A day past the end of the month runs into the next month, as .NET's AddDays does."),
            ParameterMetadata("Hour", .int32, validations: [.range(0, 23)], description: "Specifies the hour that is displayed in the output, 0 through 23."),
            ParameterMetadata("Minute", .int32, validations: [.range(0, 59)], description: "Specifies the minute that is displayed in the output, 0 through 59."),
            ParameterMetadata("Second", .int32, validations: [.range(0, 59)], description: "Specifies the second that is displayed in the output, 0 through 59."),
            ParameterMetadata("Millisecond", .int32, validations: [.range(0, 999)],
                              description: "Specifies the milliseconds in the date, 0 through 999 (the finer parts of the second are cleared)."),
            ParameterMetadata("DisplayHint", .enumeration(.displayHint),
                              description: "Determines which elements of the date and time are displayed by default: Date, Time or DateTime. The value is still a complete [datetime].",
                              defaultValue: "DateTime"),
            ParameterMetadata("UFormat", .string, sets: ["DateAndUFormat", "UnixTimeSecondsAndUFormat"].map { ParameterSetSpec($0, mandatory: true) },
                              description: "Displays the date and time in the Unix format (%Y year, %m month, %d day, %H hour, %M minute, %S second, %s seconds since 1970, %Z UTC offset, %V ISO week, %A day name, …). The output is a string."),
            ParameterMetadata("Format", .string, sets: ["DateAndFormat", "UnixTimeSecondsAndFormat"].map { ParameterSetSpec($0) },
                              description: "Displays the date and time in the .NET format given: a standard format (d, D, f, F, g, G, M, o, r, s, t, T, u, U, Y), a custom one (yyyy-MM-dd HH:mm:ss), or FileDate, FileDateUniversal, FileDateTime, FileDateTimeUniversal. The output is a string.",
                              completer: ArgumentCompleter { _, typed in
                                  ["FileDate", "FileDateUniversal", "FileDateTime", "FileDateTimeUniversal"].filter { $0.hasPrefixIgnoringCase(typed) }
                              }),
            ParameterMetadata("AsUTC", .switchParameter, description: "Converts the date value to the equivalent time in UTC."),
        ],
        defaultParameterSet: "DateAndFormat",
        help: CmdletHelp(
            synopsis: "Gets the current date and time.",
            description: "The Get-Date cmdlet gets a DateTime object that represents the current date or a date that you specify. It can format the date and time in several .NET and UNIX formats. Dates compare, subtract (giving a [timespan]) and format as .NET's do; \"$date\" gives the invariant form (01/02/2024 15:04:05) and the console shows the long form (Tuesday, January 2, 2024 3:04:05 PM).",
            examples: [
                CmdletExample("Example 1: Get the current date and time", code: "Get-Date",
                              remarks: "Gets the current local date and time, shown in the long form."),
                CmdletExample("Example 2: A timestamp for a log line", code: "Get-Date -Date \"2024-01-02 15:04:05\" -Format \"yyyy-MM-dd HH:mm:ss\"",
                              remarks: "Formats a date with a .NET custom format string: 2024-01-02 15:04:05."),
                CmdletExample("Example 3: A Unix format", code: "Get-Date -Date \"2024-01-02\" -UFormat \"%A %d %B %Y\"",
                              remarks: "Formats a date with UNIX format specifiers: Tuesday 02 January 2024."),
                CmdletExample("Example 4: A file name for today's export", code: "\"partners-$(Get-Date -Format FileDate).csv\"",
                              remarks: "Builds a file name such as partners-20240102.csv."),
                CmdletExample("Example 5: How long ago", code: "((Get-Date) - (Get-Date -Year 2020 -Month 1 -Day 1)).Days -gt 365",
                              remarks: "Subtracting two dates gives a [timespan]; its Days property counts whole days."),
            ],
            inputs: "System.DateTime", outputs: "System.DateTime, System.String"),
        outputTypes: ["System.DateTime", "System.String"])

    required init() {}

    func process(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        var d: PSDateTime
        if case let .dateTime(given)? = p["Date"] {
            d = given
        } else if let seconds = p.int("UnixTimeSeconds") {
            d = PSDateTime(ticks: PSDateTime.unixEpochTicks + Int64(seconds) * PSDateTime.ticksPerSecond, kind: .utc).toLocalTime()
        } else {
            d = .now()
        }
        d.displayHint = nil
        func moved(_ x: PSDateTime?) throws -> PSDateTime {
            guard let x else {
                throw ErrorRecord(message: PSDateTime.outOfRangeMessage, errorId: "ArgumentOutOfRangeException", category: .InvalidArgument,
                                  exceptionType: "System.ArgumentOutOfRangeException")
            }
            return x
        }
        if let y = p.int("Year") { d = try moved(d.adding(months: (y - d.year) * 12)) }
        if let m = p.int("Month") { d = try moved(d.adding(months: m - d.month)) }
        if let day = p.int("Day") { d = try moved(d.adding(ticks: Int64(day - d.day) * PSDateTime.ticksPerDay)) }
        if let h = p.int("Hour") { d = try moved(d.adding(ticks: Int64(h - d.hour) * PSDateTime.ticksPerHour)) }
        if let m = p.int("Minute") { d = try moved(d.adding(ticks: Int64(m - d.minute) * PSDateTime.ticksPerMinute)) }
        if let s = p.int("Second") { d = try moved(d.adding(ticks: Int64(s - d.second) * PSDateTime.ticksPerSecond)) }
        if let ms = p.int("Millisecond") {
            d = try moved(d.adding(ticks: Int64(ms - d.millisecond) * PSDateTime.ticksPerMillisecond))
            d = try moved(d.adding(ticks: -(d.ticks % PSDateTime.ticksPerMillisecond)))
        }
        if p.isPresent("AsUTC") { d = d.toUniversalTime() }

        if let u = p.string("UFormat") {
            runtime.writeObject(.string(UnixDateFormat.format(d, u)))
        } else if var format = p.string("Format") {
            // The ISO 8601 "basic" forms PowerShell adds for file names.
            switch format.lowercased() {
            case "filedate": format = "yyyyMMdd"
            case "filedateuniversal": d = d.toUniversalTime(); format = "yyyyMMddZ"
            case "filedatetime": format = "yyyyMMddTHHmmssffff"
            case "filedatetimeuniversal": d = d.toUniversalTime(); format = "yyyyMMddTHHmmssffffZ"
            default: break
            }
            do {
                runtime.writeObject(.string(try DateTimeFormat.format(d, format, culture: .enUS)))
            } catch {
                throw ErrorRecord(message: error.message, errorId: "FormatException", category: .NotSpecified, target: .string(format),
                                  exceptionType: error.exceptionType)
            }
        } else {
            d.displayHint = p.enumValue("DisplayHint") ?? PSEnumValue(type: .displayHint, index: 2)
            runtime.writeObject(.dateTime(d))
        }
    }
}
