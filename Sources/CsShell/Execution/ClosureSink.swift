import CsCore

/// Calls a closure for each object.
final class ClosureSink: OutputSink {
    let body: (PSValue) throws -> Void
    init(_ body: @escaping (PSValue) throws -> Void) { self.body = body }
    func write(_ value: PSValue) throws { try body(value) }
}
