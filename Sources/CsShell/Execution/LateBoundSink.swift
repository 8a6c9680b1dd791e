import CsCore

/// A sink whose target is decided later (the stage after a `2>&1` command). The stage owns this sink
/// through its error redirection, so the target is looked up without keeping the stage alive.
final class LateBoundSink: OutputSink {
    var target: (() -> OutputSink?)?
    func write(_ value: PSValue) throws { try target?()?.write(value) }
}
