// Hashtables: case-insensitive string keys (PowerShell's default comparer), any value. Both
// @{} and [ordered]@{} keep insertion order here; `isOrdered` only changes the reported type. The same
// storage serves Dictionary[K,V] (case-sensitive string keys) and SortedDictionary[K,V] (keys sorted).

public final class PSHashtable {
    public var isOrdered: Bool
    public private(set) var keys: [PSValue] = []
    public private(set) var values: [PSValue] = []
    private var positions: [PSHashKey: Int] = [:]
    /// For a Dictionary[K,V]: PowerShell's spelling of its type; nil for a Hashtable.
    public var dictionaryType: String?
    /// For a Dictionary[K,V]: its .NET full name.
    public var dotNetFullName: String?
    /// String keys compare with case (a Dictionary's default comparer).
    public var caseSensitiveKeys = false
    /// Keys are kept in sorted order (SortedDictionary).
    public var sortsKeys = false

    public init(ordered: Bool = false) { self.isOrdered = ordered }

    /// A table whose string keys compare with case (Group-Object -AsHashTable -CaseSensitive keeps
    /// `Bill` and `bill` apart).
    public convenience init(ordered: Bool = false, caseSensitive: Bool) {
        self.init(ordered: ordered)
        caseSensitiveKeys = caseSensitive
    }

    /// String keys compare with case.
    public var isCaseSensitive: Bool { caseSensitiveKeys }

    /// The .NET type name.
    public var typeName: String {
        if let d = dotNetFullName { return d }
        return isOrdered ? "System.Collections.Specialized.OrderedDictionary" : "System.Collections.Hashtable"
    }

    private func key(_ k: PSValue) -> PSHashKey {
        if caseSensitiveKeys, case let .string(s) = k { return .exactString(s) }
        return PSHashKey(k)
    }

    public convenience init(ordered: Bool = false, _ pairs: [(String, PSValue)]) {
        self.init(ordered: ordered)
        for (k, v) in pairs { self[.string(k)] = v }
    }

    public var count: Int { keys.count }
    public var entries: [(key: PSValue, value: PSValue)] { Array(zip(keys, values)).map { (key: $0.0, value: $0.1) } }

    public func containsKey(_ key: PSValue) -> Bool { positions[self.key(key)] != nil }

    public subscript(key: PSValue) -> PSValue? {
        get { positions[self.key(key)].map { values[$0] } }
        set {
            let k = self.key(key)
            if let v = newValue {
                if let i = positions[k] { values[i] = v } else if sortsKeys {
                    let at = keys.firstIndex { PSConvert.compareKeys($0, key) > 0 } ?? keys.count
                    keys.insert(key, at: at)
                    values.insert(v, at: at)
                    positions = [:]
                    for (j, kk) in keys.enumerated() { positions[self.key(kk)] = j }
                } else {
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
        guard let i = positions[self.key(key)] else { return }
        keys.remove(at: i)
        values.remove(at: i)
        positions = [:]
        for (j, k) in keys.enumerated() { positions[self.key(k)] = j }
    }

    public func removeAll() { keys = []; values = []; positions = [:] }

    public func copy() -> PSHashtable {
        let h = PSHashtable(ordered: isOrdered)
        h.dictionaryType = dictionaryType
        h.dotNetFullName = dotNetFullName
        h.caseSensitiveKeys = caseSensitiveKeys
        h.sortsKeys = sortsKeys
        for (k, v) in zip(keys, values) { h[k] = v }
        return h
    }
}
