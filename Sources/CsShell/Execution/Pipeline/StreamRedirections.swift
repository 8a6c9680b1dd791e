import CsCore
import CsLanguage
import Foundation

/// Where one command's warning, verbose, debug and information streams go: the console (the
/// default), nowhere (`3>$null`, `*>$null`), or into its output (`4>&1`, `*>&1`).
struct StreamRedirections {
    enum Target: Equatable {
        case host
        case discard
        /// Into the command's success output, as WarningRecord, VerboseRecord, … objects.
        case merge
    }

    var warning = Target.host
    var verbose = Target.host
    var debug = Target.host
    var information = Target.host

    var warningsDiscarded: Bool { warning == .discard }
    var hostDiscarded: Bool { information == .discard }

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
