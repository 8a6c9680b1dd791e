import CsCore

/// New-TimeSpan: a [timespan] from two dates (End - Start, each defaulting to now) or from its parts.
final class NewTimeSpanCommand: ShellCmdlet {
    static let metadata = CmdletMetadata(
        verb: "New", noun: "TimeSpan", className: "Microsoft.PowerShell.Commands.NewTimeSpanCommand",
        parameters: [
            ParameterMetadata("Start", .dateTime, aliases: ["LastWriteTime"],
                              sets: [ParameterSetSpec("Date", position: 0, pipeline: [.byValue, .byPropertyName])],
                              description: "Specifies the start of a time span. The default is the current date and time."),
            ParameterMetadata("End", .dateTime, sets: [ParameterSetSpec("Date", position: 1, pipeline: .byPropertyName)],
                              description: "Specifies the end of a time span. The default is the current date and time."),
            ParameterMetadata("Days", .int32, sets: [ParameterSetSpec("Time")], description: "Specifies the days in the time span. The default is 0."),
            ParameterMetadata("Hours", .int32, sets: [ParameterSetSpec("Time")], description: "Specifies the hours in the time span. The default is 0."),
            ParameterMetadata("Minutes", .int32, sets: [ParameterSetSpec("Time")], description: "Specifies the minutes in the time span. The default is 0."),
            ParameterMetadata("Seconds", .int32, sets: [ParameterSetSpec("Time")], description: "Specifies the length of the time span in seconds. The default is 0."),
            ParameterMetadata("Milliseconds", .int32, sets: [ParameterSetSpec("Time")], description: "Specifies the length of the time span in milliseconds. The default is 0."),
        ],
        defaultParameterSet: "Date",
        help: CmdletHelp(
            synopsis: "Creates a TimeSpan object.",
            description: "The New-TimeSpan cmdlet creates a TimeSpan object that represents a time interval: the time between -Start and -End (each defaulting to the current time), or the days, hours, minutes, seconds and milliseconds given.",
            examples: [
                CmdletExample("Example 1: A time span from its parts", code: "New-TimeSpan -Hours 1 -Minutes 25",
                              remarks: "Creates a time span of one hour and 25 minutes (01:25:00)."),
                CmdletExample("Example 2: The time between two dates", code: "New-TimeSpan -Start \"2024-01-01\" -End \"2024-03-01\"",
                              remarks: "Gets the time between January 1 and March 1, 2024: 60 days."),
            ],
            inputs: "System.DateTime", outputs: "System.TimeSpan"),
        outputTypes: ["System.TimeSpan"])

    required init() {}

    func process(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        if p.parameterSetName == "Time" {
            guard let t = PSTimeSpan(days: p.int("Days") ?? 0, hours: p.int("Hours") ?? 0, minutes: p.int("Minutes") ?? 0,
                                     seconds: p.int("Seconds") ?? 0, milliseconds: p.int("Milliseconds") ?? 0) else {
                throw ErrorRecord(message: "TimeSpan overflowed because the duration is too long.", errorId: "ArgumentOutOfRangeException",
                                  category: .InvalidArgument, exceptionType: "System.ArgumentOutOfRangeException")
            }
            runtime.writeObject(.timeSpan(t))
            return
        }
        let now = PSDateTime.now()
        var start = now, end = now
        if case let .dateTime(d)? = p["Start"] { start = d }
        if case let .dateTime(d)? = p["End"] { end = d }
        runtime.writeObject(.timeSpan(PSTimeSpan(ticks: end.ticks - start.ticks)))
    }
}
