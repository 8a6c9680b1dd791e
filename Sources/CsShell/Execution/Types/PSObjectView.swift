import CsCore

/// `$x.psobject`: the PSObject wrapper every value has, with its Properties (PSPropertyInfo objects:
/// Name, Value, MemberType, TypeNameOfValue, IsSettable, IsGettable), TypeNames (most specific first),
/// BaseObject, ImmediateBaseObject, Members and Methods; and `$x.pstypenames`. Properties and TypeNames
/// of an object are views of it: Add, Remove and Insert change the object.
enum PSObjectView {
    /// What a view collection shows: an object's properties or its type names.
    final class Box {
        enum Role { case properties, typeNames }
        let owner: PSValue
        let role: Role
        init(_ owner: PSValue, _ role: Role) { self.owner = owner; self.role = role }
    }

    static let typeName = "System.Management.Automation.PSObject"
    static let propertiesTypeName = "System.Management.Automation.PSMemberInfoIntegratingCollection`1[[System.Management.Automation.PSPropertyInfo]]"

    /// `$x.psobject`.
    static func make(_ v: PSValue, registry: CommandRegistry) -> PSValue {
        let members = MemberCatalog.members(of: v, force: false).members
        let properties = self.properties(v, registry: registry)
        let methods = members.filter { MemberCatalog.selects("Methods", $0.memberType) }.map(memberObject)
        let o = PSObject(typeNames: [typeName, "System.Object"], properties: [
            ("BaseObject", v), ("Members", .array(properties.enumerated + methods)), ("Properties", .list(properties)),
            ("Methods", .array(methods)), ("ImmediateBaseObject", v), ("TypeNames", .list(typeNames(v, registry: registry))),
        ])
        o.toStringOverride = PSConvert.toString(v)
        return .object(o)
    }

    /// `$x.psobject.TypeNames` / `$x.pstypenames`: the value's type and its base types, most specific first.
    static func typeNames(_ v: PSValue, registry: CommandRegistry) -> PSList {
        var names: [String]
        if case let .object(o) = v, DotNetType.of(v) == nil {
            names = o.typeNameChain
        } else if let t = TypeResolver.type(of: v, registry: registry) {
            names = []
            var x: DotNetType? = t
            while let c = x { names.append(c.fullName); x = c.baseType }
        } else {
            names = []
        }
        let l = PSList(kind: .collection, elementType: .string, typeName: "Collection`1",
                       fullName: "System.Collections.ObjectModel.Collection`1[[System.String]]",
                       psTypeName: "System.Collections.ObjectModel.Collection[string]", elementTypeName: "string", items: names.map { .string($0) })
        l.native = Box(v, .typeNames)
        return l
    }

    /// `$x.psobject.Properties`, in the object's order.
    static func properties(_ v: PSValue, registry: CommandRegistry) -> PSList {
        var items: [PSValue] = []
        switch v {
        case let .object(o) where DotNetType.of(v) == nil:
            for (name, value) in o.properties {
                if let d = o.descriptor {
                    let t = d.type(of: name)
                    items.append(property(name, value, kind: "Property", typeName: t.map(\.syntaxName), settable: !d.readOnly.contains(name.caseFoldedKey)))
                } else if o.isCustomObject || o.hasEmptyBase {
                    items.append(property(name, value, kind: "NoteProperty", typeName: nil, settable: true))
                } else {
                    items.append(property(name, value, kind: "Property", typeName: nil, settable: false))
                }
            }
        default:
            for m in MemberCatalog.members(of: v, force: false).members where MemberCatalog.selects("Properties", m.memberType) {
                items.append(property(m.name, Members.get(v, m.name), kind: m.memberType, typeName: nil, settable: m.definition.contains("set;")))
            }
        }
        let l = PSList(kind: .collection, elementType: nil, typeName: "PSMemberInfoIntegratingCollection`1", fullName: propertiesTypeName,
                       psTypeName: propertiesTypeName, items: items)
        l.native = Box(v, .properties)
        return l
    }

    /// A PSPropertyInfo (PSNoteProperty, PSProperty, …).
    static func property(_ name: String, _ value: PSValue, kind: String, typeName: String?, settable: Bool) -> PSValue {
        let valueType = typeName ?? (value.isNull ? "System.Object" : (value.typeName ?? "System.Object"))
        let clrName = kind == "NoteProperty" ? "PSNoteProperty" : (kind == "Property" ? "PSProperty" : "PS\(kind)")
        let o = PSObject(typeNames: ["System.Management.Automation.\(clrName)", "System.Management.Automation.PSPropertyInfo",
                                     "System.Management.Automation.PSMemberInfo", "System.Object"], properties: [
            ("Value", value), ("MemberType", memberType(kind)), ("IsSettable", .bool(settable)), ("IsGettable", .bool(true)),
            ("TypeNameOfValue", .string(valueType)), ("Name", .string(name)), ("IsInstance", .bool(true)),
        ])
        o.toStringOverride = kind == "NoteProperty"
            ? "\(MemberCatalog.noteTypeName(value)) \(name)=\(MemberCatalog.noteValueText(value))"
            : "\(typeName ?? MemberCatalog.noteTypeName(value)) \(name) {get;\(settable ? "set;" : "")}"
        return .object(o)
    }

    static func memberObject(_ m: MemberCatalog.Member) -> PSValue {
        let o = PSObject(typeNames: ["System.Management.Automation.PSMethod", "System.Management.Automation.PSMethodInfo",
                                     "System.Management.Automation.PSMemberInfo", "System.Object"], properties: [
            ("OverloadDefinitions", .array(m.definition.components(separatedBy: ", ").map { .string($0) })), ("MemberType", memberType(m.memberType)),
            ("TypeNameOfValue", .string("System.Management.Automation.PSMethod")), ("Value", .string(m.definition)), ("Name", .string(m.name)),
            ("IsInstance", .bool(true)),
        ])
        o.toStringOverride = m.definition
        return .object(o)
    }

    static func memberType(_ kind: String) -> PSValue {
        MemberCatalog.memberTypes.member(named: kind).map { .enumValue($0) } ?? .string(kind)
    }

    // MARK: Changing the object through its views

    /// A method of a view collection that changes its owner (Properties.Add/Remove, TypeNames.Insert/Add/…);
    /// nil when the list is no view or the method is not one of those.
    static func invoke(_ l: PSList, _ n: String, _ args: [PSValue]) throws -> PSValue? {
        guard let box = l.native as? Box else { return nil }
        switch box.role {
        case .typeNames:
            return nil
        case .properties:
            guard case let .object(o) = box.owner else { return nil }
            switch n {
            case "add":
                guard case let .object(p)? = args.first, let name = p["Name"].map({ PSConvert.toString($0) }) else {
                    throw PSMethodError("Value cannot be null. (Parameter 'member')", exceptionType: "System.ArgumentNullException")
                }
                if o.hasProperty(name) {
                    throw PSMethodError("Cannot add a member with the name \"\(name)\" because a member with that name already exists. To overwrite the member anyway, add the Force parameter to your command.",
                                        exceptionType: "System.Management.Automation.ExtendedTypeSystemException")
                }
                o.addProperty(name, p["Value"] ?? .null)
                l.items.append(property(name, p["Value"] ?? .null, kind: "NoteProperty", typeName: nil, settable: true))
                return .null
            case "remove":
                let name = PSConvert.toString(args.first ?? .null)
                o.removeProperty(name)
                l.items.removeAll { PSConvert.toString(Members.get($0, "Name")).equalsIgnoringCase(name) }
                return .null
            case "match":
                let pattern = WildcardPattern(PSConvert.toString(args.first ?? .null))
                return .array(l.items.filter { pattern.matches(PSConvert.toString(Members.get($0, "Name"))) })
            case "item":
                return item(l, args.first ?? .null)
            default:
                return nil
            }
        }
    }

    /// After a collection method ran on a TypeNames view: the owner takes the new names.
    static func changed(_ l: PSList) {
        guard let box = l.native as? Box, box.role == .typeNames, case let .object(o) = box.owner else { return }
        o.typeNames = l.items.map { PSConvert.toString($0) }
    }

    /// `$x.psobject.Properties['Name']`: the property of that name, or $null.
    static func item(_ l: PSList, _ key: PSValue) -> PSValue? {
        guard let box = l.native as? Box, box.role == .properties, case let .string(name) = key else { return nil }
        return l.items.first { PSConvert.toString(Members.get($0, "Name")).equalsIgnoringCase(name) } ?? .null
    }
}
