import CsCore
import Foundation

/// The session's command history (Get-History, Invoke-History, Clear-History): each command line
/// after it finished, with ids from 1, at most $MaximumHistoryCount entries.
final class CommandHistory {
    struct Entry {
        let id: Int
        let commandLine: String
        let status: String
        let start: Date
        let end: Date
    }

    private(set) var entries: [Entry] = []
    private var nextId = 1

    func add(_ line: String, status: String, start: Date, end: Date, limit: Int) {
        entries.append(Entry(id: nextId, commandLine: line, status: status, start: start, end: end))
        nextId += 1
        if entries.count > max(1, limit) { entries.removeFirst(entries.count - max(1, limit)) }
    }

    func remove(where predicate: (Entry) -> Bool) { entries.removeAll(where: predicate) }

    static let typeName = FormatTypeNames.historyInfo

    /// A HistoryInfo object.
    static func object(_ e: Entry) -> PSObject {
        let o = PSObject(typeNames: [typeName, "System.Object"], properties: [
            ("Id", .int(e.id)),
            ("CommandLine", .string(e.commandLine)),
            ("ExecutionStatus", .string(e.status)),
            ("StartExecutionTime", .string(dateText(e.start))),
            ("EndExecutionTime", .string(dateText(e.end))),
            ("Duration", .object(timeSpan(e.end.timeIntervalSince(e.start)))),
        ])
        o.toStringOverride = e.commandLine
        return o
    }

    /// `M/d/yyyy h:mm:ss tt`, the en-US form of a DateTime.
    static func dateText(_ d: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.dateFormat = "M/d/yyyy h:mm:ss a"
        return f.string(from: d)
    }

    /// A System.TimeSpan: its parts and totals, printed as `hh:mm:ss.fffffff`.
    static func timeSpan(_ seconds: Double) -> PSObject {
        let ticks = Int((seconds * 10_000_000).rounded())
        let total = ticks / 10_000_000
        let o = PSObject(typeNames: ["System.TimeSpan", "System.ValueType", "System.Object"], properties: [
            ("Days", .int(total / 86400)), ("Hours", .int(total / 3600 % 24)), ("Minutes", .int(total / 60 % 60)),
            ("Seconds", .int(total % 60)), ("Milliseconds", .int(ticks / 10_000 % 1000)), ("Ticks", .int(ticks)),
            ("TotalSeconds", .double(Double(ticks) / 10_000_000)), ("TotalMilliseconds", .double(Double(ticks) / 10_000)),
        ])
        let frac = ticks % 10_000_000
        o.toStringOverride = String(format: "%02d:%02d:%02d", total / 3600, total / 60 % 60, total % 60) + (frac > 0 ? String(format: ".%07d", frac) : "")
        return o
    }
}
