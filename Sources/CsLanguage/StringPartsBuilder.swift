// Building the parts of an expandable string while it is scanned.

/// Collects the pieces of an expandable string: literal text runs, variables and subexpressions.
struct StringPartsBuilder {
    var parts: [RawStringPart] = []
    var run: [Unicode.Scalar] = []
    /// The token's value as PowerShell keeps it for a bare word: escapes and quotes processed, but the
    /// text of `$var` / `$(…)` kept as written (used for command names, which do not expand).
    var value: [Unicode.Scalar] = []
    var expanded = false
    /// Only bare words need `value`.
    var tracksValue = false

    mutating func append(_ s: Unicode.Scalar) {
        run.append(s)
        if tracksValue { value.append(s) }
    }

    mutating func append(contentsOf s: ArraySlice<Unicode.Scalar>) {
        run.append(contentsOf: s)
        if tracksValue { value.append(contentsOf: s) }
    }

    mutating func add(_ part: RawStringPart, raw: ArraySlice<Unicode.Scalar>) {
        if !run.isEmpty {
            parts.append(.text(String(scalars: run)))
            run.removeAll(keepingCapacity: true)
        }
        parts.append(part)
        if tracksValue { value.append(contentsOf: raw) }
        expanded = true
    }

    mutating func finish() -> [RawStringPart] {
        if !run.isEmpty {
            parts.append(.text(String(scalars: run)))
            run.removeAll(keepingCapacity: true)
        }
        return parts
    }
}
