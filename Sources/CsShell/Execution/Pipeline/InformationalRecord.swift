import CsCore
import Foundation

/// The objects a merged warning, verbose, debug or information stream puts into the output
/// (`4>&1`, `*>&1`): WarningRecord, VerboseRecord, DebugRecord (their Message) and InformationRecord
/// (MessageData, Tags, TimeGenerated, …). Each shows as its message; the console shows the first three
/// with their `WARNING:` / `VERBOSE:` / `DEBUG:` prefix.
enum InformationalRecord {
    static let warningType = "System.Management.Automation.WarningRecord"
    static let verboseType = "System.Management.Automation.VerboseRecord"
    static let debugType = "System.Management.Automation.DebugRecord"
    static let informationType = "System.Management.Automation.InformationRecord"

    /// The console prefix of each record type.
    static let prefixes = [warningType: "WARNING: ", verboseType: "VERBOSE: ", debugType: "DEBUG: "]

    static func message(_ type: String, _ message: String) -> PSValue {
        let o = PSObject(typeNames: [type, "System.Management.Automation.InformationalRecord", "System.Object"],
                         properties: [("Message", .string(message)), ("InvocationInfo", .null), ("PipelineIterationInfo", .array([]))])
        o.toStringOverride = message
        return .object(o)
    }

    static func information(_ data: PSValue, tags: [String], source: String) -> PSValue {
        let o = PSObject(typeNames: [informationType, "System.Object"], properties: [
            ("MessageData", data),
            ("Source", .string(source)),
            ("TimeGenerated", .dateTime(.now())),
            ("Tags", .array(tags.map { .string($0) })),
            ("User", .string(FileSystemItem.userName(getuid()))),
            ("Computer", .string(ProcessInfo.processInfo.hostName)),
            ("ProcessId", .int(Int(getpid()))),
            ("NativeThreadId", .int(Int(getpid()))),   // scripts run on the main thread, whose id is the process id
            ("ManagedThreadId", .int(1)),
        ])
        o.toStringOverride = PSConvert.toString(data)
        return .object(o)
    }

    /// The record types shown by their message alone (out of band), whatever their properties.
    static func isRecord(_ o: PSObject) -> Bool {
        guard let t = o.typeNames.first else { return false }
        return t == informationType || prefixes[t] != nil
    }
}
