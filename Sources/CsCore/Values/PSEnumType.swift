// Enumeration types of the value model: PartnerType, TlsNegotiation, ActionPreference, ...
// A type lists its member names in declaration order; PowerShell's messages list them in that order.

/// An enum type as PowerShell sees it: a .NET full name and its members, in declaration order.
public final class PSEnumType: Sendable, Hashable, CustomStringConvertible {
    public let name: String
    public let fullName: String
    public let members: [String]
    /// The numeric value of each member; the declaration index unless given.
    public let values: [Int]
    /// A [Flags] enum: a value may combine members (`Alias, Application`).
    public let isFlags: Bool
    /// The underlying integer type (Int32 unless declared otherwise).
    public let underlyingType: PSNumericType

    public init(name: String, fullName: String, members: [String], values: [Int]? = nil, isFlags: Bool = false,
                underlyingType: PSNumericType = .int32) {
        precondition(values == nil || values!.count == members.count)
        self.name = name
        self.fullName = fullName
        self.members = members
        self.values = values ?? Array(0..<members.count)
        self.isFlags = isFlags
        self.underlyingType = underlyingType
    }

    public static func == (a: PSEnumType, b: PSEnumType) -> Bool { a === b || a.fullName == b.fullName }
    public func hash(into h: inout Hasher) { h.combine(fullName) }
    public var description: String { fullName }

    /// The member with exactly this name, ignoring case.
    public func member(named text: String) -> PSEnumValue? {
        if let i = members.firstIndex(of: text) { return PSEnumValue(type: self, index: i) }
        if let i = members.firstIndex(where: { $0.equalsIgnoringCase(text) }) { return PSEnumValue(type: self, index: i) }
        return nil
    }

    /// The member with this numeric value.
    public func member(value: Int) -> PSEnumValue? {
        values.firstIndex(of: value).map { PSEnumValue(type: self, index: $0) }
    }

    /// Members whose names start with `prefix`, ignoring case (PowerShell's enum disambiguation).
    public func members(withPrefix prefix: String) -> [PSEnumValue] {
        members.indices.filter { members[$0].hasPrefixIgnoringCase(prefix) }.map { PSEnumValue(type: self, index: $0) }
    }

    /// Resolves user text the way PowerShell converts a string to an enum: exact name, name ignoring case,
    /// a number, then a unique prefix when `allowPrefix` is set.
    public func parse(_ raw: String, allowPrefix: Bool = true) -> Result<PSEnumValue, PSEnumParseError> {
        let text = raw.trimmingASCIISpaces()
        if let m = member(named: text) { return .success(m) }
        if let n = Int(text), let m = member(value: n) { return .success(m) }
        if isFlags, text.contains(",") {
            var combined = 0
            for part in text.split(separator: ",") {
                switch parse(String(part), allowPrefix: allowPrefix) {
                case let .success(m): combined |= m.value
                case let .failure(e): return .failure(e)
                }
            }
            return .success(PSEnumValue(type: self, value: combined))
        }
        if allowPrefix, !text.isEmpty {
            let found = members(withPrefix: text)
            if found.count == 1 { return .success(found[0]) }
            if found.count > 1 { return .failure(.ambiguous(text, found.map(\.name))) }
        }
        return .failure(.noMatch(text, members))
    }

    // Enums used by the engine itself.
    public static let actionPreference = PSEnumType(
        name: "ActionPreference", fullName: "System.Management.Automation.ActionPreference",
        members: ["SilentlyContinue", "Stop", "Continue", "Inquire", "Ignore", "Suspend", "Break"])
    public static let confirmImpact = PSEnumType(
        name: "ConfirmImpact", fullName: "System.Management.Automation.ConfirmImpact",
        members: ["None", "Low", "Medium", "High"])
}

/// Why text did not convert to an enum member; `message` is PowerShell's inner message.
public enum PSEnumParseError: Error, Equatable {
    case noMatch(String, [String])
    case ambiguous(String, [String])

    public var message: String {
        switch self {
        case let .noMatch(v, names):
            return "Unable to match the identifier name \(v) to a valid enumerator name. Specify one of the following enumerator names and try again:\n\(names.joined(separator: ", "))"
        case let .ambiguous(v, names):
            return "The identifier name \(v) cannot be processed because it is either too similar or identical to the following enumerator names: \(names.joined(separator: ", ")). Use a more specific identifier name."
        }
    }
}

/// A value of an enum type: one of its members, or (for a [Flags] enum) a combination of them.
public struct PSEnumValue: Hashable, Sendable, CustomStringConvertible {
    public let type: PSEnumType
    public let value: Int
    public init(type: PSEnumType, index: Int) { self.type = type; self.value = type.values[index] }
    public init(type: PSEnumType, value: Int) { self.type = type; self.value = value }
    /// The member's position in the declaration (-1 for a value that is no single member).
    public var index: Int { type.values.firstIndex(of: value) ?? -1 }
    /// Enum.ToString(): the member's name; for flags the names of the members it combines
    /// (`Alias, Application`); otherwise the number.
    public var name: String {
        if let i = type.values.firstIndex(of: value) { return type.members[i] }
        if type.isFlags && value > 0 {
            var remaining = value
            var names: [String] = []
            for (i, v) in type.values.enumerated().reversed() where v != 0 && remaining & v == v {
                names.insert(type.members[i], at: 0)
                remaining &= ~v
            }
            if remaining == 0 { return names.joined(separator: ", ") }
        }
        return String(value)
    }
    public var description: String { name }
}
