import CsCore
import CsLanguage
import Foundation

/// Where one command's warning, verbose, debug and information streams go: the console (the
/// default), nowhere (`3>$null`, `*>$null`), or into its output (`4>&1`, `*>&1`). A stream the
/// command does not redirect follows the command it runs inside (a redirection on a function or
/// script block applies to every command in it); nil means not redirected.
struct StreamRedirections {
    enum Target {
        case host
        case discard
        /// Into the command's own success output, as WarningRecord, VerboseRecord, … objects.
        case merge
        /// Into the success output of the command this one runs inside.
        case mergeInto(OutputSink)
    }

    var warning: Target?
    var verbose: Target?
    var debug: Target?
    var information: Target?

    init() {}

    init(_ redirections: [RedirectionAst]) {
        for r in redirections {
            switch r {
            case let .file(from, .variable(v), _, _) where v.name.equalsIgnoringCase("null"):
                set(from, .discard)
            case let .merge(from, to, _) where to == .output:
                set(from, .merge)
            default:
                continue
            }
        }
    }

    var isEmpty: Bool { warning == nil && verbose == nil && debug == nil && information == nil }

    /// This command's redirections, the enclosing command's for the streams it leaves alone.
    func inheriting(_ outer: StreamRedirections) -> StreamRedirections {
        var r = self
        r.warning = warning ?? outer.warning
        r.verbose = verbose ?? outer.verbose
        r.debug = debug ?? outer.debug
        r.information = information ?? outer.information
        return r
    }

    /// What the commands inside this one follow: its merged streams go into `sink` (its output).
    func merging(into sink: OutputSink) -> StreamRedirections {
        func resolve(_ t: Target?) -> Target? {
            if case .merge? = t { return .mergeInto(sink) }
            return t
        }
        var r = self
        r.warning = resolve(warning)
        r.verbose = resolve(verbose)
        r.debug = resolve(debug)
        r.information = resolve(information)
        return r
    }

    private mutating func set(_ stream: RedirectionStream, _ target: Target) {
        switch stream {
        case .warning: warning = target
        case .verbose: verbose = target
        case .debug: debug = target
        case .information: information = target
        case .all: warning = target; verbose = target; debug = target; information = target
        default: break
        }
    }
}
