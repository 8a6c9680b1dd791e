import CsCore

/// Select-Object: picks properties (new objects with only those, calculated properties included),
/// or the first / last / unique objects, or expands one property. Once -First (or -Index) has what
/// it wants, the commands before it stop, unless -Wait.
final class SelectObjectCommand: ShellCmdlet {
    static let metadata = CmdletMetadata(
        verb: "Select", noun: "Object", className: "Microsoft.PowerShell.Commands.SelectObjectCommand",
        aliases: ["select"],
        parameters: [
            ParameterMetadata("InputObject", .psObject, pipeline: .byValue, description: "Specifies objects to send to the cmdlet through the pipeline."),
            ParameterMetadata("Property", .array(.object), sets: [ParameterSetSpec("DefaultParameter", position: 0), ParameterSetSpec("SkipLastParameter", position: 0)],
                              description: "Specifies the properties to select: names (wildcards allowed) or calculated properties @{Name=…; Expression=…}.", acceptsWildcards: true),
            ParameterMetadata("ExcludeProperty", .array(.string), sets: [ParameterSetSpec("DefaultParameter"), ParameterSetSpec("SkipLastParameter")],
                              description: "Specifies the properties that this cmdlet excludes from the operation (wildcards allowed); without -Property, all the others are selected.", acceptsWildcards: true),
            ParameterMetadata("ExpandProperty", .string, sets: [ParameterSetSpec("DefaultParameter"), ParameterSetSpec("SkipLastParameter")],
                              description: "Specifies a property to select, and outputs its value (each element of a collection), with the -Property properties added to each.", acceptsWildcards: true),
            ParameterMetadata("Unique", .switchParameter, description: "Outputs only one of identical objects (case-sensitively unless -CaseInsensitive); they are written when the input ends."),
            ParameterMetadata("CaseInsensitive", .switchParameter, description: "Compares case-insensitively for -Unique."),
            ParameterMetadata("Last", .int32, sets: [ParameterSetSpec("DefaultParameter")], validations: [.range(0, Int(Int32.max))],
                              description: "Specifies the number of objects to select from the end."),
            ParameterMetadata("First", .int32, sets: [ParameterSetSpec("DefaultParameter")], validations: [.range(0, Int(Int32.max))],
                              description: "Specifies the number of objects to select from the beginning; once they are selected, the commands before this one stop (unless -Wait)."),
            ParameterMetadata("Skip", .int32, sets: [ParameterSetSpec("DefaultParameter"), ParameterSetSpec("SkipLastParameter")], validations: [.range(0, Int(Int32.max))],
                              description: "Skips the specified number of items."),
            ParameterMetadata("SkipLast", .int32, sets: [ParameterSetSpec("SkipLastParameter")], validations: [.range(0, Int(Int32.max))],
                              description: "Skips the specified number of items from the end."),
            ParameterMetadata("Wait", .switchParameter, sets: [ParameterSetSpec("DefaultParameter"), ParameterSetSpec("IndexParameter")],
                              description: "Lets the commands before this one run to the end even when -First or -Index already has what it needs."),
            ParameterMetadata("Index", .array(.int32), sets: [ParameterSetSpec("IndexParameter")], validations: [.range(0, Int(Int32.max))],
                              description: "Selects objects by their index in the input (0-based)."),
            ParameterMetadata("SkipIndex", .array(.int32), sets: [ParameterSetSpec("SkipIndexParameter")], validations: [.range(0, Int(Int32.max))],
                              description: "Skips objects by their index in the input (0-based)."),
        ],
        defaultParameterSet: "DefaultParameter",
        help: CmdletHelp(
            synopsis: "Selects objects or object properties.",
            description: "Selects specified properties of objects, unique objects, or a number of objects from the beginning or end of the input.",
            examples: [
                CmdletExample("Example 1: Select properties", code: "Get-CsXmppAllowedPartner | Select-Object Identity, PartnerType",
                              remarks: "Shows each partner's Identity and PartnerType."),
                CmdletExample("Example 2: First objects", code: "Get-CsXmppAllowedPartner | Select-Object -First 2", remarks: "Returns the first two partners."),
                CmdletExample("Example 3: Everything but the description", code: "Get-CsXmppAllowedPartner | Select-Object -ExcludeProperty Description",
                              remarks: "Returns objects with every property of the partners except Description."),
            ],
            inputs: "System.Management.Automation.PSObject", outputs: "System.Management.Automation.PSObject"))

    private var properties: [PropertySpec] = []
    private var exclude: [WildcardPattern] = []
    private var expand: String?
    private var first = 0, last = 0, skip = 0, skipLast = 0
    private var firstOrLast = false
    private var wait = false
    private var parameterSet = ""
    /// -Index / -SkipIndex, sorted.
    private var indices: [Int]?
    private var includeIndices = true
    private var nextIndex = 0
    private var position = 0
    /// Objects held back for -Last / -Skip / -SkipLast, oldest first (from `head` on).
    private var queue: [PSValue] = []
    private var head = 0
    private var streamed = 0
    private var unique = false
    private var caseInsensitive = false
    /// -Unique: the objects to write at the end, with the properties Select-Object gave them.
    private var uniques: [(object: PSValue, notes: [(String, PSValue)])] = []
    private var lastSelectedName: (base: String, name: String)?

    required init() {}

    func begin(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        properties = try runtime.propertySpecs(p["Property"], usage: .select)
        if let ex = p.strings("ExcludeProperty") {
            exclude = ex.map { WildcardPattern($0) }
            // -ExcludeProperty alone selects every other property.
            if properties.isEmpty { properties = [PropertySpec(expression: .name("*"))] }
        }
        expand = p.string("ExpandProperty").flatMap { $0.isEmpty ? nil : $0 }
        firstOrLast = p.has("First") || p.has("Last")
        first = p.int("First") ?? 0
        last = p.int("Last") ?? 0
        skip = p.int("Skip") ?? 0
        skipLast = p.int("SkipLast") ?? 0
        wait = p.isPresent("Wait")
        parameterSet = p.parameterSetName
        if let list = p["Index"] ?? p["SkipIndex"] {
            indices = list.asList.compactMap(\.integerValue).sorted()
            includeIndices = p.has("Index")
        }
        unique = p.isPresent("Unique")
        caseInsensitive = p.isPresent("CaseInsensitive")
    }

    func process(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        guard let input = p["InputObject"], !input.isNull else { return }
        if let indices { return try processIndexed(input, indices, runtime) }
        if !firstOrLast && skip == 0 && skipLast == 0 { return try select(input, runtime) }
        enqueue(input)
        if let next = streamingDequeue() { try select(next, runtime) }
        if firstOrLast && last == 0 && first != 0 && streamed >= first && !wait { throw runtime.stopUpstream }
    }

    func end(_ runtime: any ShellRuntime) throws {
        if parameterSet == "DefaultParameter" {
            while head < queue.count {
                if first == 0 && queue.count - head <= skip { break }
                let v = queue[head]
                head += 1
                try select(v, runtime)
            }
        }
        for u in uniques { runtime.writeObject(u.object) }
    }

    // MARK: Which objects

    /// PowerShell's queue: it holds the last `-Last` objects (after `-Skip`), or `-SkipLast` of them.
    private func enqueue(_ v: PSValue) {
        if last > 0 && queue.count - head >= (first == 0 ? last + skip : last) { head += 1 }
        queue.append(v)
        if head > 1024 && head * 2 > queue.count {
            queue.removeFirst(head)
            head = 0
        }
    }

    private func dequeue() -> PSValue {
        let v = queue[head]
        head += 1
        return v
    }

    /// The object to select now, if one may go out before the input ends.
    private func streamingDequeue() -> PSValue? {
        let count = queue.count - head
        if skip == 0 {
            if skipLast > 0 { return count > skipLast ? dequeue() : nil }
            if streamed < first || !firstOrLast {
                streamed += 1
                return dequeue()
            }
            if last == 0 { _ = dequeue() }
        } else if last == 0 {
            _ = dequeue()
            skip -= 1
        } else if first != 0 {
            skip -= 1
            _ = dequeue()
        }
        return nil
    }

    private func processIndexed(_ input: PSValue, _ indices: [Int], _ runtime: any ShellRuntime) throws {
        defer { position += 1 }
        if includeIndices {
            if nextIndex < indices.count, indices[nextIndex] == position {
                try select(input, runtime)
                while nextIndex < indices.count && indices[nextIndex] == position { nextIndex += 1 }
            }
            if !wait && nextIndex >= indices.count {
                position += 1
                throw runtime.stopUpstream
            }
        } else if nextIndex < indices.count, indices[nextIndex] == position {
            while nextIndex < indices.count && indices[nextIndex] == position { nextIndex += 1 }
        } else {
            try select(input, runtime)
        }
    }

    // MARK: What is written

    /// Selects the properties of one object (or expands one), then writes the result.
    private func select(_ input: PSValue, _ runtime: any ShellRuntime) throws {
        if properties.isEmpty && expand == nil { return write(input, notes: [], input: input, runtime) }
        var notes: [(String, PSValue)] = []
        notes.reserveCapacity(properties.count)
        for spec in properties { try selectProperty(spec, of: input, into: &notes, newObject: expand == nil, runtime) }
        guard let expand else {
            let result = PSObject(typeNames: [selectedTypeName(input), PSObject.customTypeName], properties: notes)
            return write(.object(result), notes: notes, input: input, marked: true, runtime)
        }
        do {
            try expandProperty(expand, of: input, notes: notes, runtime)
        } catch let e as ErrorRecord {
            try runtime.writeError(e)
        }
    }

    /// The (name, value) pairs one -Property element gives an object, less the excluded names; for a
    /// new object, a name it already has is an error (and left out).
    private func selectProperty(_ spec: PropertySpec, of input: PSValue, into notes: inout [(String, PSValue)], newObject: Bool,
                                _ runtime: any ShellRuntime) throws {
        var found = try spec.values(of: input, invoke: runtime.invoker)
        if !exclude.isEmpty { found = found.filter { name, _ in !exclude.contains { $0.matches(name) } } }
        if spec.label != nil && found.count > 1 {
            try runtime.writeError(ErrorRecord(message: "Cannot rename multiple results.", errorId: "RenamingMultipleResults",
                                               category: .InvalidOperation, target: input, exceptionType: "System.InvalidOperationException"))
            return
        }
        for (name, value) in found {
            if name.isEmpty {
                var r = ErrorRecord(message: "A property is an empty script block and does not provide a name.", errorId: "EmptyScriptBlockAndNoName",
                                    category: .InvalidArgument, exceptionType: "System.Management.Automation.PSArgumentException")
                r.targetName = ""
                throw r
            }
            if newObject && notes.contains(where: { $0.0.equalsIgnoringCase(name) }) {
                try runtime.writeError(alreadyExists(name, input, id: "AlreadyExistingUserSpecifiedPropertyNoExpand"))
                continue
            }
            notes.append((name, value ?? .null))
        }
    }

    private func expandProperty(_ name: String, of input: PSValue, notes: [(String, PSValue)], _ runtime: any ShellRuntime) throws {
        let spec = PropertySpec(expression: .name(name))
        let found = try spec.values(of: input, invoke: runtime.invoker).filter { $0.1 != nil }
        if found.isEmpty {
            throw ErrorRecord(message: "Property \"\(name)\" cannot be found.", errorId: "ExpandPropertyNotFound",
                              category: .InvalidArgument, target: input, exceptionType: "System.Management.Automation.PSArgumentException")
        }
        if found.count > 1 {
            throw ErrorRecord(message: "Multiple properties cannot be expanded.", errorId: "MutlipleExpandProperties",
                              category: .InvalidArgument, target: input, exceptionType: "System.Management.Automation.PSArgumentException")
        }
        let value = found[0].1 ?? .null
        let elements: [PSValue]
        switch value {
        case .null: return
        case let .array(a): elements = a.filter { !$0.isNull }
        default: elements = [value]
        }
        for element in elements {
            // The selected properties join an expanded object (a value that is not an object stays as it is).
            if case let .object(o) = element, !notes.isEmpty {
                var added: [(String, PSValue)] = []
                for (n, v) in notes {
                    if o.hasProperty(n) {
                        try runtime.writeError(alreadyExists(n, input, id: "AlreadyExistingUserSpecifiedPropertyExpand"))
                    } else {
                        o.addProperty(n, v)
                        added.append((n, v))
                    }
                }
                write(element, notes: added, input: input, runtime)
            } else {
                write(element, notes: [], input: input, runtime)
            }
        }
    }

    /// Writes a result (or, with -Unique, keeps it if no equal one is kept yet). A custom object that
    /// comes out is marked `Selected.<type of the input>` once.
    private func write(_ v: PSValue, notes: [(String, PSValue)], input: PSValue, marked: Bool = false, _ runtime: any ShellRuntime) {
        if unique {
            let comparer = ObjectCommandComparer(caseSensitive: !caseInsensitive)
            let duplicate = uniques.contains { u in
                SelectObjectCommand.sameBase(u.object, v, comparer) && u.notes.count == notes.count && notes.allSatisfy { n in
                    u.notes.first { $0.0.equalsIgnoringCase(n.0) }.map { comparer.equal($0.1, n.1) } ?? false
                }
            }
            if duplicate { return }
            if !marked { markSelected(v, input) }
            uniques.append((v, notes))
            return
        }
        if !marked { markSelected(v, input) }
        runtime.writeObject(v)
    }

    private func markSelected(_ v: PSValue, _ input: PSValue) {
        guard case let .object(o) = v, o.isCustomObject else { return }
        let name = selectedTypeName(input)
        if !o.typeNames.contains(name) { o.typeNames.insert(name, at: 0) }
    }

    /// `Selected.<type of the input>` (kept for the last input type: input is mostly of one type).
    private func selectedTypeName(_ input: PSValue) -> String {
        let base = SelectObjectCommand.baseTypeName(input)
        if let last = lastSelectedName, last.base == base { return last.name }
        let name = "Selected." + base
        lastSelectedName = (base, name)
        return name
    }

    /// The .NET type of the object behind a value (a custom object's is PSCustomObject).
    private static func baseTypeName(_ v: PSValue) -> String {
        if case let .object(o) = v, o.isCustomObject { return PSObject.customTypeName }
        return v.typeName ?? "System.Object"
    }

    /// The objects behind two results compare equal: the new objects Select-Object makes all share
    /// one (their properties decide), others compare as values.
    private static func sameBase(_ a: PSValue, _ b: PSValue, _ comparer: ObjectCommandComparer) -> Bool {
        comparer.equal(a, b)
    }

    private func alreadyExists(_ name: String, _ input: PSValue, id: String) -> ErrorRecord {
        ErrorRecord(message: "The property cannot be processed because the property \"\(name)\" already exists.", errorId: id,
                    category: .InvalidOperation, target: input, exceptionType: "System.Management.Automation.PSArgumentException")
    }
}
