import CsCore

/// Add-Member: adds note properties, alias properties, script properties and script methods to an
/// object, or a type name (-TypeName); -PassThru writes the object. Members go onto objects
/// (PSCustomObject and the typed objects cmdlets write); other values are not wrapped as in PowerShell.
final class AddMemberCommand: ShellCmdlet {
    static let metadata = CmdletMetadata(
        verb: "Add", noun: "Member", className: "Microsoft.PowerShell.Commands.AddMemberCommand",
        parameters: [
            ParameterMetadata("InputObject", .psObject, mandatory: true, pipeline: .byValue,
                              description: "Specifies the object to which the new member is added."),
            ParameterMetadata("MemberType", .enumeration(MemberCatalog.memberTypes), aliases: ["Type"],
                              sets: [ParameterSetSpec("MemberSet", mandatory: true, position: 0)],
                              description: "Specifies the type of the member to add: NoteProperty, AliasProperty, ScriptProperty or ScriptMethod."),
            ParameterMetadata("Name", .string,
                              sets: [ParameterSetSpec("MemberSet", mandatory: true, position: 1)], validations: [.notNullOrEmpty], description: "Specifies the name of the member to add."),
            ParameterMetadata("Value", .object, sets: [ParameterSetSpec("MemberSet", position: 2)],
                              description: "Specifies the value of a note property, the property an alias property refers to, or the script block of a script property (its getter) or a script method."),
            ParameterMetadata("SecondValue", .object, sets: [ParameterSetSpec("MemberSet", position: 3)],
                              description: "Specifies the type an alias property converts to, or the setter script block of a script property."),
            ParameterMetadata("NotePropertyName", .string,
                              sets: [ParameterSetSpec("NotePropertySingleMemberSet", mandatory: true, position: 0)], validations: [.notNullOrEmpty],
                              description: "Specifies the name of the note property to add."),
            ParameterMetadata("NotePropertyValue", .object,
                              sets: [ParameterSetSpec("NotePropertySingleMemberSet", mandatory: true, position: 1)], validations: [.allowNull],
                              description: "Specifies the value of the note property to add."),
            ParameterMetadata("NotePropertyMembers", .hashtable,
                              sets: [ParameterSetSpec("NotePropertyMultiMemberSet", mandatory: true, position: 0)], validations: [.notNullOrEmpty],
                              description: "Specifies a hash table of note property names and values to add, in the table's order."),
            ParameterMetadata("TypeName", .string,
                              sets: [ParameterSetSpec("TypeNameSet", mandatory: true), ParameterSetSpec("MemberSet"),
                                     ParameterSetSpec("NotePropertySingleMemberSet"), ParameterSetSpec("NotePropertyMultiMemberSet")],
                              description: "Specifies a name for the type of the object, added first to its type names."),
            ParameterMetadata("Force", .switchParameter,
                              sets: [ParameterSetSpec("MemberSet"), ParameterSetSpec("NotePropertySingleMemberSet"), ParameterSetSpec("NotePropertyMultiMemberSet")],
                              description: "Replaces a member of the same name that the object already has."),
            ParameterMetadata("PassThru", .switchParameter, description: "Writes the object to the pipeline. By default Add-Member writes nothing."),
        ],
        defaultParameterSet: "TypeNameSet",
        help: CmdletHelp(
            synopsis: "Adds custom properties and methods to an instance of a PowerShell object.",
            description: "The Add-Member cmdlet adds members to an object: a note property (a name and a value), an alias property (another name for a property), a script property (computed by a script block, with $this as the object) or a script method; or a type name. Use -PassThru to write the object.",
            examples: [
                CmdletExample("Example 1: Add a note property", code: "$o = [pscustomobject]@{ Domain = 'contoso.com' }; $o | Add-Member -NotePropertyName Enabled -NotePropertyValue $true; $o.Enabled",
                              remarks: "Adds the Enabled note property and shows it: True."),
                CmdletExample("Example 2: Several note properties at once", code: "[pscustomobject]@{ a = 1 } | Add-Member -NotePropertyMembers ([ordered]@{ b = 2; c = 3 }) -PassThru",
                              remarks: "Adds b and c, in that order, and writes the object."),
                CmdletExample("Example 3: A script property", code: "$o = [pscustomobject]@{ Domain = 'contoso.com' }; Add-Member -InputObject $o -MemberType ScriptProperty -Name Upper -Value { $this.Domain.ToUpper() }; $o.Upper",
                              remarks: "Adds a property computed from Domain: CONTOSO.COM."),
            ],
            inputs: "System.Management.Automation.PSObject", outputs: "None, System.Object"),
        outputTypes: ["System.Object"])

    required init() {}

    func process(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        let input = p["InputObject"] ?? .null
        // The member is checked before the object, as PowerShell does.
        let member = p.parameterSetName == "MemberSet" ? try checkedMember(p, runtime) : nil
        guard case let .object(o) = input, DotNetType.of(input) == nil else {
            throw ErrorRecord(message: "Add-Member adds members to objects; a value of type [\(input.typeName ?? "null")] cannot take members in this shell.",
                              errorId: "CannotAddMemberType", category: .InvalidOperation, target: input, exceptionType: "System.InvalidOperationException")
        }
        let force = p.isPresent("Force")
        switch p.parameterSetName {
        case "NotePropertySingleMemberSet":
            try add(o, p.string("NotePropertyName") ?? "", p["NotePropertyValue"] ?? .null, force: force)
        case "NotePropertyMultiMemberSet":
            if case let .hashtable(h)? = p["NotePropertyMembers"] {
                for (k, v) in h.entries { try add(o, PSConvert.toString(k), v, force: force) }
            }
        default:
            switch member {
            case let .note(name, value)?: try add(o, name, value, force: force)
            case let .scriptProperty(name, getter)?:
                try add(o, name, .null, force: force)
                o.scriptProperties[name.caseFoldedKey] = getter
            case let .scriptMethod(name, body)?: o.scriptMethods[name.caseFoldedKey] = (name, body)
            case let .alias(name, target, type)?:
                var v = Members.get(input, target)
                if let type { v = try type.convert(v, ofs: " ") }
                try add(o, name, v, force: force)
            case nil: break
            }
        }
        if let typeName = p.string("TypeName") {
            o.typeNames.removeAll { $0 == typeName }
            o.typeNames.insert(typeName, at: 0)
        }
        if p.isPresent("PassThru") { runtime.writeObject(input) }
    }

    private enum Member {
        case note(String, PSValue)
        case alias(String, String, TypeResolver.Target?)
        case scriptProperty(String, any PSScriptBlock)
        case scriptMethod(String, any PSScriptBlock)
    }

    /// The -MemberType set's member, checked as PowerShell checks it: the kind, then -SecondValue, then
    /// the values' types.
    private func checkedMember(_ p: BoundParameters, _ runtime: any ShellRuntime) throws -> Member {
        let kind = p.enumValue("MemberType")?.name ?? ""
        let name = p.string("Name") ?? ""
        let value = p["Value"] ?? .null
        let second = p["SecondValue"]
        func invalid(_ message: String, _ id: String) -> ErrorRecord {
            ErrorRecord(message: message, errorId: id, category: .InvalidOperation, target: .string(kind), exceptionType: "System.InvalidOperationException")
        }
        func cast(_ v: PSValue, _ type: String) -> ErrorRecord {
            ErrorRecord(message: "Cannot convert the \"\(PSConvert.toString(v))\" value of type \"\(v.typeName ?? "System.Object")\" to type \"\(type)\".",
                        errorId: "ConvertToFinalInvalidCastException", category: .InvalidArgument, target: v,
                        exceptionType: "System.Management.Automation.PSInvalidCastException")
        }
        guard ["AliasProperty", "CodeMethod", "CodeProperty", "MemberSet", "NoteProperty", "PropertySet", "ScriptMethod", "ScriptProperty"].contains(kind) else {
            throw invalid("Cannot add a member with type \"\(kind)\". Specify a different type for the MemberTypes parameter.", "CannotAddMemberType")
        }
        if ["CodeMethod", "MemberSet", "PropertySet", "ScriptMethod", "NoteProperty"].contains(kind), second != nil {
            throw invalid("The SecondValue parameter is not necessary for a member of type \"\(kind)\", and should not be specified. Do not specify the SecondValue parameter when you add members of this type.",
                          "Value2ShouldNotBeSpecified")
        }
        if ["CodeProperty", "ScriptProperty"].contains(kind), value.isNull, (second ?? .null).isNull {
            throw invalid("The Value and SecondValue parameters cannot both be null.", "Value1AndValue2AreNotBothNull")
        }
        switch kind {
        case "NoteProperty":
            return .note(name, value)
        case "AliasProperty":
            guard let second, !second.isNull else { return .alias(name, PSConvert.toString(value), nil) }
            let typeName = DotNetType.of(second)?.fullName ?? PSConvert.toString(second)
            guard let target = TypeResolver.resolve(typeName, registry: runtime.session.registry) else {
                throw ErrorRecord(message: "Cannot convert the \"\(typeName)\" value of type \"System.String\" to type \"System.Type\".",
                                  errorId: "InvalidCastFromStringToType", category: .InvalidArgument, target: second,
                                  exceptionType: "System.Management.Automation.PSInvalidCastException")
            }
            return .alias(name, PSConvert.toString(value), target)
        case "ScriptProperty", "ScriptMethod":
            guard let block = value.scriptBlockValue else { throw cast(value, "System.Management.Automation.ScriptBlock") }
            return kind == "ScriptMethod" ? .scriptMethod(name, block) : .scriptProperty(name, block)
        case "CodeProperty", "CodeMethod":
            throw cast(value, "System.Reflection.MethodInfo")
        default:
            // MemberSet and PropertySet.
            if !value.isNull && value.enumerated == nil {
                throw cast(value, "System.Collections.ObjectModel.Collection`1[System.Management.Automation.PSMemberInfo]")
            }
            throw ErrorRecord(message: "Members of type \"\(kind)\" are not supported by this shell.", errorId: "CannotAddMemberType",
                              category: .NotImplemented, target: .string(kind), exceptionType: "System.NotSupportedException")
        }
    }

    /// A note property; one of the same name is an error unless -Force replaces it.
    private func add(_ o: PSObject, _ name: String, _ value: PSValue, force: Bool) throws {
        if o.hasProperty(name) && !force {
            throw ErrorRecord(message: "Cannot add a member with the name \"\(name)\" because a member with that name already exists. To overwrite the member anyway, add the Force parameter to your command.",
                              errorId: "MemberAlreadyExists", category: .InvalidOperation, target: .object(o), exceptionType: "System.InvalidOperationException")
        }
        o.scriptProperties[name.caseFoldedKey] = nil
        o.addProperty(name, value)
    }
}
