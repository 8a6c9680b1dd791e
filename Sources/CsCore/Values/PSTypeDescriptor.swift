/// Declared shape of a typed object: its property types (for conversion on assignment and for
/// Get-Member) and which properties are read-only.
public final class PSTypeDescriptor: Sendable {
    public let typeName: String
    public let properties: [(name: String, type: PSType)]
    public let readOnly: Set<String>
    /// The property whose value is the object's ToString(), when there is one.
    public let toStringProperty: String?

    public init(typeName: String, properties: [(name: String, type: PSType)], readOnly: Set<String> = [], toStringProperty: String? = nil) {
        self.typeName = typeName
        self.properties = properties
        self.readOnly = Set(readOnly.map(\.caseFoldedKey))
        self.toStringProperty = toStringProperty
    }

    public func type(of property: String) -> PSType? {
        properties.first { $0.name.equalsIgnoringCase(property) }?.type
    }
}
