import CsCore

/// Where a statement's or a command's success output goes: the next command in a pipeline, a
/// variable being assigned, a subexpression, or the console formatter.
protocol OutputSink: AnyObject {
    func write(_ value: PSValue) throws
}

/// Drops output (`$null = …`, `[void](…)`, `> $null`).
final class NullSink: OutputSink {
    func write(_ value: PSValue) {}
}

/// Calls a closure for each object.
final class ClosureSink: OutputSink {
    let body: (PSValue) throws -> Void
    init(_ body: @escaping (PSValue) throws -> Void) { self.body = body }
    func write(_ value: PSValue) throws { try body(value) }
}

/// A sink whose target is decided later (the stage after a `2>&1` command). The stage owns this sink
/// through its error redirection, so the target is looked up without keeping the stage alive.
final class LateBoundSink: OutputSink {
    var target: (() -> OutputSink?)?
    func write(_ value: PSValue) throws { try target?()?.write(value) }
}

/// Collects output (assignments, subexpressions, `@()`).
final class CollectingSink: OutputSink {
    var items: [PSValue] = []
    func write(_ value: PSValue) throws {
        // Output gathered into one value is bounded like every other array the shell builds.
        if items.count >= ElementLimit.maximum, let r = ElementLimit.check(items.count + 1, .elements) {
            throw ElementLimit.Exceeded(record: r)
        }
        items.append(value)
    }

    /// What an assignment stores: nothing → $null, one item → the item, several → an array.
    var result: PSValue {
        switch items.count {
        case 0: return .null
        case 1: return items[0]
        default: return .array(items)
        }
    }
}
