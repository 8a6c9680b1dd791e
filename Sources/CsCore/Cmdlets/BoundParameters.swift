// The parameter values a cmdlet receives: already matched, converted to the declared types and
// validated by the engine's binder. Keys are the metadata's parameter names, looked up ignoring case.

public struct BoundParameters {
    /// The parameter set the binder chose.
    public var parameterSetName: String
    private var values: [String: PSValue] = [:]
    private var names: [String] = []
    private var modifiers: [String: PSListModifier] = [:]

    public init(parameterSetName: String = ParameterSetSpec.allSets, _ pairs: [(String, PSValue)] = []) {
        self.parameterSetName = parameterSetName
        for (k, v) in pairs { self[k] = v }
    }

    /// The bound parameter names, in binding order.
    public var boundNames: [String] { names }

    public func has(_ name: String) -> Bool { values[name.caseFoldedKey] != nil || modifiers[name.caseFoldedKey] != nil }

    public subscript(name: String) -> PSValue? {
        get { values[name.caseFoldedKey] }
        set {
            let k = name.caseFoldedKey
            if let v = newValue {
                if values[k] == nil && modifiers[k] == nil { names.append(name) }
                values[k] = v
            } else {
                values[k] = nil
                modifiers[k] = nil
                names.removeAll { $0.caseFoldedKey == k }
            }
        }
    }

    public mutating func setListModifier(_ name: String, _ m: PSListModifier) {
        let k = name.caseFoldedKey
        if values[k] == nil && modifiers[k] == nil { names.append(name) }
        modifiers[k] = m
    }

    public func listModifier(_ name: String) -> PSListModifier? { modifiers[name.caseFoldedKey] }

    public func string(_ name: String) -> String? {
        guard let v = self[name], !v.isNull else { return nil }
        return PSConvert.toString(v)
    }

    public func int(_ name: String) -> Int? {
        self[name]?.integerValue
    }

    public func bool(_ name: String) -> Bool? {
        if case let .bool(b)? = self[name] { return b }
        return nil
    }

    /// True when a switch is present and not turned off with `-Switch:$false`.
    public func isPresent(_ name: String) -> Bool { bool(name) ?? false }

    public func enumValue(_ name: String) -> PSEnumValue? {
        if case let .enumValue(e)? = self[name] { return e }
        return nil
    }

    public func strings(_ name: String) -> [String]? {
        guard let v = self[name], !v.isNull else { return nil }
        return v.asList.map { PSConvert.toString($0) }
    }

    public func scriptBlock(_ name: String) -> (any PSScriptBlock)? { self[name]?.scriptBlockValue }
}
