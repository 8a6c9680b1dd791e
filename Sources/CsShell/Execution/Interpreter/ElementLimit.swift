import CsCore

/// The most elements an array, or characters a string, one operation may build: `+`, `+=`, `*`,
/// `..`, -join, -replace, -f, string expansion, padding and the string methods, and output collected
/// into a value (`@( … )`, `$x = foreach …`). Beyond it the operation fails with a clear error
/// (LimitsExceeded, `System.OutOfMemoryException` as .NET reports a result it cannot build) instead of
/// taking all the machine's memory. Sizes are checked before the result is built. The error ends the
/// script unless a `try` catches it, like a call depth overflow: the loop that ran away
/// (`while ($true) { $a += $a }`) would otherwise report it again and again without end.
enum ElementLimit {
    static let maximum = 50_000_000

    enum Unit: String {
        case elements
        case characters
    }

    /// Thrown where no position is known (output gathered into a value); the statement that wrote the
    /// output reports it at its own position.
    struct Exceeded: Error {
        let record: ErrorRecord
    }

    /// Nil when `count` is within the limit; otherwise the error to report.
    static func check(_ count: Int, _ unit: Unit) -> ErrorRecord? {
        guard count > maximum else { return nil }
        let shown = count == Int.max ? "more than \(Int.max)" : String(count)
        return .runtime("The result would hold \(shown) \(unit.rawValue), more than the 50,000,000 \(unit.rawValue) this shell allows.",
                        id: "ResultTooLarge", category: .LimitsExceeded, exceptionType: "System.OutOfMemoryException")
    }

    /// The sum of sizes, `Int.max` when it overflows.
    static func sum(_ sizes: Int...) -> Int {
        var total = 0
        for s in sizes {
            let (t, o) = total.addingReportingOverflow(s)
            if o { return Int.max }
            total = t
        }
        return total
    }

    /// `a × b`, `Int.max` when it overflows.
    static func product(_ a: Int, _ b: Int) -> Int {
        let (p, o) = a.multipliedReportingOverflow(by: b)
        return o ? Int.max : p
    }

    /// The characters of the strings joined with `separator` between them.
    static func joinedLength(_ strings: [String], separator: String) -> Int {
        var total = product(max(0, strings.count - 1), separator.utf8.count)
        for s in strings { total = sum(total, s.utf8.count) }
        return total
    }
}
