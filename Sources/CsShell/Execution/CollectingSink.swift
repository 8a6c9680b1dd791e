import CsCore

/// Collects output (assignments, subexpressions, `@()`).
final class CollectingSink: OutputSink {
    var items: [PSValue] = []
    func write(_ value: PSValue) { items.append(value) }

    /// What an assignment stores: nothing → $null, one item → the item, several → an array.
    var result: PSValue {
        switch items.count {
        case 0: return .null
        case 1: return items[0]
        default: return .array(items)
        }
    }
}
