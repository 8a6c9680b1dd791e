import CsCore
import Foundation

/// Start-Sleep: suspends the script for a time (seconds, milliseconds or a [timespan]); Ctrl-C
/// ends the wait at once.
final class StartSleepCommand: ShellCmdlet {
    /// The longest wait .NET's WaitOne takes: Int32.MaxValue milliseconds.
    static let maximum = PSTimeSpan(ticks: Int64(Int32.max) * PSDateTime.ticksPerMillisecond)

    static let metadata = CmdletMetadata(
        verb: "Start", noun: "Sleep", className: "Microsoft.PowerShell.Commands.StartSleepCommand",
        parameters: [
            ParameterMetadata("Seconds", .double, sets: [ParameterSetSpec("Seconds", mandatory: true, position: 0, pipeline: [.byValue, .byPropertyName])],
                              validations: [.range(0, Int(Int32.max) / 1000)],
                              description: "Specifies how long the resource sleeps in seconds. Fractions are permitted (1.5)."),
            ParameterMetadata("Milliseconds", .int32, aliases: ["ms"], sets: [ParameterSetSpec("Milliseconds", mandatory: true, pipeline: .byPropertyName)],
                              validations: [.range(0, Int(Int32.max))], description: "Specifies how long the resource sleeps in milliseconds."),
            ParameterMetadata("Duration", .timeSpan, aliases: ["ts"],
                              sets: [ParameterSetSpec("FromTimeSpan", mandatory: true, position: 0, pipeline: [.byValue, .byPropertyName])],
                              validations: [.nonNegative],
                              description: "Specifies how long the resource sleeps as a [timespan] (or text such as '0:00:30'), at most 24.20:31:23.647."),
        ],
        defaultParameterSet: "Seconds",
        help: CmdletHelp(
            synopsis: "Suspends the activity in a script or session for the specified period of time.",
            description: "The Start-Sleep cmdlet suspends the activity in a script or session for the specified period of time, for example between retries of a partner check. Ctrl-C stops the wait.",
            examples: [
                CmdletExample("Example 1: Pause for a moment", code: "Start-Sleep -Milliseconds 250", remarks: "Waits a quarter of a second."),
                CmdletExample("Example 2: Pause between retries", code: "Start-Sleep -Seconds 0.5", remarks: "Waits half a second; fractions of seconds are permitted."),
                CmdletExample("Example 3: A [timespan] duration", code: "Start-Sleep -Duration (New-TimeSpan -Milliseconds 100)",
                              remarks: "Waits for the time span given."),
            ],
            inputs: "System.Double, System.TimeSpan", outputs: "None"))

    required init() {}

    func process(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        var milliseconds: Int
        switch p.parameterSetName {
        case "Milliseconds":
            milliseconds = p.int("Milliseconds") ?? 0
        case "FromTimeSpan":
            guard case let .timeSpan(t)? = p["Duration"] else { return }
            if t.ticks > StartSleepCommand.maximum.ticks {
                throw ErrorRecord(message: "The '-Duration' parameter value must not exceed '\(StartSleepCommand.maximum.description)', provided value was '\(t.description)'. (Parameter 'Duration')",
                                  errorId: "MaximumDurationExceeded", category: .InvalidArgument,
                                  exceptionType: "System.Management.Automation.PSArgumentException")
            }
            milliseconds = Int(t.totalMilliseconds.rounded(.down))
        default:
            guard case let .double(s)? = p["Seconds"] else { return }
            milliseconds = Int(s * 1000)
        }
        // Wait in short steps so that Ctrl-C (runtime.isStopping) ends the sleep promptly.
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(milliseconds) * 1_000_000
        while !runtime.isStopping {
            let now = DispatchTime.now().uptimeNanoseconds
            if now >= deadline { break }
            let step = min(deadline - now, 20_000_000)
            var ts = timespec(tv_sec: 0, tv_nsec: Int(step))
            nanosleep(&ts, nil)
        }
    }
}
