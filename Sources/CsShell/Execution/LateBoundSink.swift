import CsCmdlets
import CsLanguage
import Foundation

/// A sink whose target is decided later (the stage after a `2>&1` command).
final class LateBoundSink: OutputSink {
    var target: (() -> OutputSink)?
    func write(_ value: PSValue) throws { try target?().write(value) }
}
