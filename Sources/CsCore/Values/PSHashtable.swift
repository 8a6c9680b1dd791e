// Hashtables: case-insensitive string keys (PowerShell's default comparer), any value. Both
// @{} and [ordered]@{} keep insertion order here; `isOrdered` only changes the reported type.
// A case-sensitive table (Group-Object -AsHashTable -CaseSensitive) keeps `Bill` and `bill` apart.

public final class PSHashtable {
    public var isOrdered: Bool
    public let isCaseSensitive: Bool
    public private(set) var keys: [PSValue] = []
    public private(set) var values: [PSValue] = []
    private var positions: [PSHashKey: Int] = [:]

    public init(ordered: Bool = false, caseSensitive: Bool = false) {
        self.isOrdered = ordered
        self.isCaseSensitive = caseSensitive
    }

    public convenience init(ordered: Bool = false, _ pairs: [(String, PSValue)]) {
        self.init(ordered: ordered)
        for (k, v) in pairs { self[.string(k)] = v }
    }

    public var count: Int { keys.count }
    public var entries: [(key: PSValue, value: PSValue)] { Array(zip(keys, values)).map { (key: $0.0, value: $0.1) } }

    public func containsKey(_ key: PSValue) -> Bool { positions[PSHashKey(key, caseSensitive: isCaseSensitive)] != nil }

    public subscript(key: PSValue) -> PSValue? {
        get { positions[PSHashKey(key, caseSensitive: isCaseSensitive)].map { values[$0] } }
        set {
            let k = PSHashKey(key, caseSensitive: isCaseSensitive)
            if let v = newValue {
                if let i = positions[k] { values[i] = v } else {
                    positions[k] = keys.count
                    keys.append(key)
                    values.append(v)
                }
            } else {
                remove(key)
            }
        }
    }

    /// The value under a string key, ignoring case.
    public subscript(name: String) -> PSValue? { self[.string(name)] }

    /// Adds a key; false when it is already present (PowerShell's Add() throws then).
    @discardableResult
    public func add(_ key: PSValue, _ value: PSValue) -> Bool {
        if containsKey(key) { return false }
        self[key] = value
        return true
    }

    public func remove(_ key: PSValue) {
        guard let i = positions[PSHashKey(key, caseSensitive: isCaseSensitive)] else { return }
        keys.remove(at: i)
        values.remove(at: i)
        positions = [:]
        for (j, k) in keys.enumerated() { positions[PSHashKey(k, caseSensitive: isCaseSensitive)] = j }
    }

    public func removeAll() { keys = []; values = []; positions = [:] }

    public func copy() -> PSHashtable {
        let h = PSHashtable(ordered: isOrdered, caseSensitive: isCaseSensitive)
        for (k, v) in zip(keys, values) { h[k] = v }
        return h
    }
}
