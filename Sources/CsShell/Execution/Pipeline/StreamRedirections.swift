import CsCore
import CsLanguage
import Foundation

/// Warning and information stream redirections of one command (`3>$null`, `6>$null`, `*>$null`,
/// and `3>&1`, which sends warnings into the output as WarningRecord objects).
struct StreamRedirections {
    var warningsDiscarded = false
    var warningsMerged = false
    var hostDiscarded = false

    init(_ redirections: [RedirectionAst]) {
        for r in redirections {
            if case let .merge(from, _, _) = r, from == .warning || from == .all { warningsMerged = true }
            guard case let .file(from, target, _, _) = r, case let .variable(v) = target, v.name.equalsIgnoringCase("null") else { continue }
            if from == .warning || from == .all { warningsDiscarded = true }
            if from == .information || from == .all { hostDiscarded = true }
        }
    }
}
