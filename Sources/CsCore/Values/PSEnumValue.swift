/// One member of an enum type.
public struct PSEnumValue: Hashable, Sendable, CustomStringConvertible {
    public let type: PSEnumType
    public let index: Int
    public init(type: PSEnumType, index: Int) { self.type = type; self.index = index }
    public var name: String { type.members[index] }
    public var value: Int { type.values[index] }
    public var description: String { name }
}
