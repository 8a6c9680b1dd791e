/// How a module's objects are shown by default: what a format.ps1xml file declares for a type name.
/// The shell turns each declaration into a view of its formatter.
public struct DeclaredView: Sendable {
    public enum Layout: Sendable {
        /// A list of the named properties, in this order (every property in object order when nil).
        case list([String]?)
        /// A table of the named properties.
        case table([String])
    }

    public var typeName: String
    public var layout: Layout

    public init(typeName: String, layout: Layout) {
        self.typeName = typeName
        self.layout = layout
    }
}
