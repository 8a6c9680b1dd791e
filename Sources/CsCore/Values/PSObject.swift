// Objects with ordered, case-insensitively named properties: PSCustomObject, and the typed objects
// cmdlets produce (XMPP partners, gateway settings, error records, ...).

/// An object with ordered properties.
public final class PSObject {
    public static let customTypeName = "System.Management.Automation.PSCustomObject"

    /// Type names, most specific first (what Get-Member and formatting look up).
    public var typeNames: [String]
    public private(set) var names: [String]
    public private(set) var values: [PSValue]
    public let descriptor: PSTypeDescriptor?
    /// What ToString() returns when the descriptor does not name a property (e.g. an error's message).
    public var toStringOverride: String?
    /// The native object behind this one, when there is one (an error record behind `$_` in catch).
    public var native: AnyObject?
    /// Script properties (Add-Member -MemberType ScriptProperty) by case-folded name: read by running
    /// the getter with `$this` set to the object. The property is also listed among the names.
    public var scriptProperties: [String: any PSScriptBlock] = [:]
    /// Script methods (Add-Member -MemberType ScriptMethod) by case-folded name.
    public var scriptMethods: [String: (name: String, body: any PSScriptBlock)] = [:]

    public init(typeNames: [String] = [PSObject.customTypeName], properties: [(String, PSValue)] = [], descriptor: PSTypeDescriptor? = nil) {
        self.typeNames = typeNames
        self.names = properties.map(\.0)
        self.values = properties.map(\.1)
        self.descriptor = descriptor
    }

    /// A typed object whose properties follow its descriptor's order.
    public convenience init(descriptor: PSTypeDescriptor, values: [PSValue]) {
        precondition(values.count == descriptor.properties.count)
        self.init(typeNames: [descriptor.typeName], properties: Array(zip(descriptor.properties.map(\.name), values)), descriptor: descriptor)
    }

    /// A PSCustomObject, possibly marked with more type names in front (`Selected.…`, a PSTypeName).
    public var isCustomObject: Bool { descriptor == nil && (typeNames.first == PSObject.customTypeName || typeNames.contains(PSObject.customTypeName)) }

    /// The type names as `$obj.pstypenames` lists them: most specific first, System.Object last; an
    /// object Import-Csv typed from a `#TYPE` line has only its two names (`T`, `CSV:T`).
    public var typeNameChain: [String] {
        typeNames.last == "System.Object" || typeNames.last?.hasPrefix("CSV:") == true ? typeNames : typeNames + ["System.Object"]
    }
    public var count: Int { names.count }
    public var properties: [(name: String, value: PSValue)] { Array(zip(names, values)).map { (name: $0.0, value: $0.1) } }

    public func index(of name: String) -> Int? {
        if let i = names.firstIndex(of: name) { return i }
        return names.firstIndex { $0.equalsIgnoringCase(name) }
    }

    public subscript(name: String) -> PSValue? {
        index(of: name).map { values[$0] }
    }

    public func hasProperty(_ name: String) -> Bool { index(of: name) != nil }

    /// `$obj.Name = value`: converts to the declared type; the property must exist.
    public func setProperty(_ name: String, _ value: PSValue) throws(PSPropertyError) {
        guard let i = index(of: name) else { throw .notFound(name) }
        if let d = descriptor {
            if d.readOnly.contains(names[i].caseFoldedKey) { throw .readOnly(names[i]) }
            if let t = d.type(of: names[i]) {
                do { values[i] = try PSConvert.convert(value, to: t) }
                catch { throw .conversion(names[i], error.message) }
                return
            }
        }
        values[i] = value
    }

    /// Adds a property (a NoteProperty) or replaces the value of an existing one, with no conversion.
    public func addProperty(_ name: String, _ value: PSValue) {
        if let i = index(of: name) { values[i] = value } else { names.append(name); values.append(value) }
    }

    /// Removes a property (PSMemberInfoCollection.Remove); nothing when there is none of that name.
    public func removeProperty(_ name: String) {
        guard let i = index(of: name) else { return }
        names.remove(at: i)
        values.remove(at: i)
    }

    /// A shallow copy (the same property values, a new object).
    public func copy() -> PSObject {
        let o = PSObject(typeNames: typeNames, properties: Array(zip(names, values)), descriptor: descriptor)
        o.toStringOverride = toStringOverride
        o.native = native
        o.scriptProperties = scriptProperties
        o.scriptMethods = scriptMethods
        return o
    }

    /// True for a PSCustomObject (also one Select-Object made): an object that is only its properties.
    public var hasEmptyBase: Bool { descriptor == nil && toStringOverride == nil && typeNames.contains(PSObject.customTypeName) }

    /// What `"$obj"` and `[string]$obj` give (PSObject.ToString). A PSCustomObject is `@{a=1; b=2}`,
    /// each value written without looking inside it again (ToStringEmptyBaseObject), so an object
    /// that contains itself is `@{a=}`; `nested` (an element or a property value of another value)
    /// is the empty string its base object gives. Typed objects give their own ToString().
    public func toPSString(nested: Bool = false) -> String {
        if let s = toStringOverride { return s }
        if let p = descriptor?.toStringProperty, let v = self[p] { return PSConvert.nestedString(v) }
        if hasEmptyBase {
            if nested || names.isEmpty { return "" }
            return "@{" + zip(names, values).map { "\($0)=\(PSConvert.nestedString($1))" }.joined(separator: "; ") + "}"
        }
        return typeNames.first ?? PSObject.customTypeName
    }
}
