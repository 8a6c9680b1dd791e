import CsCore

/// Get-Member: the properties and methods of the input objects, one block per distinct type
/// (`   TypeName: X`, then Name / MemberType / Definition rows: MemberDefinition objects shown by
/// their registered view). Filters by -Name (wildcards) and -MemberType; -Static shows the type's
/// static members, -Force the hidden ones.
final class GetMemberCommand: ShellCmdlet {
    static let metadata = CmdletMetadata(
        verb: "Get", noun: "Member", className: "Microsoft.PowerShell.Commands.GetMemberCommand", aliases: ["gm"],
        parameters: [
            ParameterMetadata("InputObject", .psObject, pipeline: .byValue,
                              description: "Specifies the object whose members are retrieved. Using -InputObject is not the same as piping: a collection passed with -InputObject is one object (System.Object[]), a piped collection is enumerated."),
            ParameterMetadata("Name", .array(.string), position: 0,
                              description: "Specifies the names of one or more properties or methods of the object. Wildcard characters are permitted.",
                              acceptsWildcards: true),
            ParameterMetadata("MemberType", .array(.enumeration(MemberCatalog.memberTypes)), aliases: ["Type"],
                              description: "Specifies the member type that this cmdlet gets, for example Property, NoteProperty, Method, Properties (every kind of property), Methods or All."),
            ParameterMetadata("View", .array(.enumeration(MemberCatalog.memberViewTypes)),
                              description: "Specifies which members are shown: Extended (the members the type system adds: NoteProperty, ScriptProperty, AliasProperty, ...), Adapted and Base (the object's own properties and methods), or All. The default is Adapted, Extended.",
                              defaultValue: "Adapted, Extended"),
            ParameterMetadata("Static", .switchParameter, description: "Indicates that this cmdlet gets only the static properties and methods of the object's type."),
            ParameterMetadata("Force", .switchParameter, description: "Adds the intrinsic members (psobject, psbase, pstypenames, ...) to the display."),
        ],
        help: CmdletHelp(
            synopsis: "Gets the properties and methods of objects.",
            description: "The Get-Member cmdlet gets the members, the properties and methods, of objects. Pipe objects to Get-Member or give one with -InputObject. For each distinct type it writes the type name and the members, sorted by member type and name. Properties of PSCustomObjects (Select-Object, ConvertFrom-Json, Import-Csv) are NoteProperty members whose definition shows their value; the properties of an XMPP allowed partner are typed Property members.",
            examples: [
                CmdletExample("Example 1: The members of an XMPP allowed partner", code: "Get-CsXmppAllowedPartner | Get-Member",
                              remarks: "Shows the properties of the partner objects (Identity, PartnerType, TlsNegotiation, ...) and their types."),
                CmdletExample("Example 2: Only properties", code: "Get-CsXmppAllowedPartner | Get-Member -MemberType Property",
                              remarks: "Shows only the properties."),
                CmdletExample("Example 3: The members of an imported CSV row", code: "Import-Csv partners.csv | Get-Member",
                              remarks: "Imported rows are PSCustomObjects with one NoteProperty per column."),
            ],
            inputs: "System.Management.Automation.PSObject", outputs: "Microsoft.PowerShell.Commands.MemberDefinition"),
        outputTypes: [FormatTypeNames.memberDefinition])

    private var params = BoundParameters()
    private var names: [WildcardPattern] = []
    private var kinds: [String] = []
    private var extendedView = true
    private var adaptedView = true
    private var displayed = Set<String>()
    private var sawInput = false

    required init() {}

    func begin(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        params = p
        names = (p.strings("Name") ?? []).map { WildcardPattern($0) }
        kinds = p["MemberType"]?.asList.compactMap { v -> String? in if case let .enumValue(e) = v { return e.name } else { return nil } } ?? []
        if let views = p["View"]?.asList.compactMap({ v -> Int? in if case let .enumValue(e) = v { return e.value } else { return nil } }) {
            let mask = views.reduce(0, |)
            extendedView = mask & 1 != 0
            adaptedView = mask & 6 != 0
        }
    }

    func process(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        guard let input = p["InputObject"], !input.isNull else { return }
        sawInput = true
        let isStatic = params.isPresent("Static")
        // Each type is shown once: the first object of a type stands for the others.
        let key = (isStatic ? "static:" : "") + MemberCatalog.displayTypeName(input)
        guard !displayed.contains(key) else { return }
        let (typeName, all) = isStatic ? MemberCatalog.staticMembers(of: input) : MemberCatalog.members(of: input, force: params.isPresent("Force"))
        let chosen = all.filter { m in
            (names.isEmpty || names.contains { $0.matches(m.name) }) && (kinds.isEmpty || kinds.contains { MemberCatalog.selects($0, m.memberType) })
                && (MemberCatalog.extendedKinds.contains(m.memberType) ? extendedView || isStatic : adaptedView)
        }
        guard !chosen.isEmpty else { return }
        displayed.insert(key)
        for m in chosen {
            let kind = MemberCatalog.memberTypes.member(named: m.memberType).map { PSValue.enumValue($0) } ?? .string(m.memberType)
            runtime.writeObject(.object(PSObject(typeNames: [FormatTypeNames.memberDefinition, "System.Object"], properties: [
                ("TypeName", .string(typeName)), ("Name", .string(m.name)), ("MemberType", kind), ("Definition", .string(m.definition)),
            ])))
        }
    }

    func end(_ runtime: any ShellRuntime) throws {
        if !sawInput {
            try runtime.writeError(ErrorRecord(message: "You must specify an object for the Get-Member cmdlet.", errorId: "NoObjectInGetMember",
                                               category: .CloseError, exceptionType: "System.InvalidOperationException"))
        }
    }
}
