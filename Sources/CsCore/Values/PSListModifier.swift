// PSListModifier: how `-AdditionalDomains @{Add=…; Remove=…}`, a plain list or $null changes a list.

public struct PSListModifier {
    public var add: [PSValue]
    public var remove: [PSValue]
    public var replace: [PSValue]
    /// True for `$null`, a plain value or list: the list is replaced by `replace` (emptied by $null).
    public var replaces: Bool

    public init(add: [PSValue] = [], remove: [PSValue] = [], replace: [PSValue] = [], replaces: Bool = false) {
        self.add = add
        self.remove = remove
        self.replace = replace
        self.replaces = replaces
    }

    /// PowerShell's message for a hashtable key other than Add, Remove or Replace.
    public static func unknownModifierMessage(_ key: String) -> String {
        "The following unknown list modifier was detected: '\(key)'. Valid list modifiers are Add, Remove, and Replace."
    }

    /// The modifier a value denotes: a hashtable of Add/Remove/Replace (case-insensitive keys), `$null`
    /// (clear), or a value or list (replace). Throws the unknown-modifier message for any other key.
    public init(_ value: PSValue) throws(PSListModifierError) {
        switch value {
        case .null:
            self.init(replaces: true)
        case let .hashtable(h):
            self.init()
            for (k, v) in h.entries {
                let key = PSConvert.toString(k)
                if case .string = k, key.equalsIgnoringCase("Add") { add += v.asList }
                else if case .string = k, key.equalsIgnoringCase("Remove") { remove += v.asList }
                else if case .string = k, key.equalsIgnoringCase("Replace") { replace += v.asList; replaces = true }
                else { throw PSListModifierError(key: key) }
            }
        default:
            self.init(replace: value.asList, replaces: true)
        }
    }

    /// Applies the modifier: a replacement, or all removes and then all adds. `same` decides equality;
    /// an item already present is not added again, and removing an absent item does nothing.
    public func apply<T>(to list: [T], converting convert: (PSValue) throws -> T, same: (T, T) -> Bool) rethrows -> [T] {
        var result: [T]
        if replaces {
            result = []
            for v in replace {
                let x = try convert(v)
                if !result.contains(where: { same($0, x) }) { result.append(x) }
            }
            return result
        }
        result = list
        for v in remove {
            let x = try convert(v)
            result.removeAll { same($0, x) }
        }
        for v in add {
            let x = try convert(v)
            if !result.contains(where: { same($0, x) }) { result.append(x) }
        }
        return result
    }
}

public struct PSListModifierError: Error, Equatable {
    public let key: String
    public var message: String { PSListModifier.unknownModifierMessage(key) }
}
