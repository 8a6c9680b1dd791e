import CsCore

/// Drops output (`$null = …`, `[void](…)`, `> $null`).
final class NullSink: OutputSink {
    func write(_ value: PSValue) {}
}
