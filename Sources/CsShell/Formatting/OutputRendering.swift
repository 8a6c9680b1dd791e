import Foundation
import CsCmdlets

/// Turns objects into the text the console shows. Interim rendering until the full formatter
/// (tables, lists, views) is wired in.
enum OutputRendering {
    static func render(_ values: [PSValue], session: Session, width: Int) -> String {
        var out = ""
        for v in values { out += lines(v, session: session).map { $0 + "\n" }.joined() }
        return out
    }

    static func lines(_ v: PSValue, session: Session) -> [String] {
        switch v {
        case .null: return []
        case let .object(o):
            if let r = ErrorRecordObject.record(from: v) {
                return ErrorRecordView.render(r, view: session.errorView, singleLine: false, color: false).split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
            }
            let w = o.properties.map(\.name.count).max() ?? 0
            return [""] + o.properties.map { $0.name.padding(toLength: w, withPad: " ", startingAt: 0) + " : " + PSConvert.toString($0.value) } + [""]
        case let .hashtable(h):
            return ["", "Name                           Value", "----                           -----"] +
                h.entries.map { PSConvert.toString($0.key).padding(toLength: 30, withPad: " ", startingAt: 0) + " " + PSConvert.toString($0.value) } + [""]
        case let .array(a):
            return a.flatMap { lines($0, session: session) }
        default:
            return [PSConvert.toString(v)]
        }
    }
}

/// The console's output: what reaches the end of a top-level pipeline is formatted to stdout.
final class OutDefaultSink: OutputSink {
    let session: Session

    init(session: Session) { self.session = session }

    func write(_ value: PSValue) {
        session.host.writeOut(OutputRendering.render([value], session: session, width: session.host.outputWidth))
    }

    /// Ends one statement's output block.
    func finish() { session.host.flush() }
}
