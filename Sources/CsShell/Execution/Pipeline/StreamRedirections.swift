import CsCore
import CsLanguage
import Foundation

/// Warning and information stream redirections of one command (`3>$null`, `6>$null`, `*>$null`).
struct StreamRedirections {
    var warningsDiscarded = false
    var hostDiscarded = false

    init(_ redirections: [RedirectionAst]) {
        for r in redirections {
            guard case let .file(from, target, _, _) = r, case let .variable(v) = target, v.name.equalsIgnoringCase("null") else { continue }
            if from == .warning || from == .all { warningsDiscarded = true }
            if from == .information || from == .all { hostDiscarded = true }
        }
    }
}
