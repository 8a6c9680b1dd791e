import CsCore
import CsLanguage

/// Turns a script block's `param()` and attributes into its command declaration (PowerShell's
/// Compiler.GetParameterMetaData): `[Parameter()]` gives sets, positions, mandatory and pipeline input;
/// `[Alias()]`, `[Allow*()]` and `[Validate*()]` add to a parameter; `[CmdletBinding()]` gives
/// ShouldProcess, ConfirmImpact, the default set and positional binding. Attribute arguments are
/// evaluated once, when the block is first called.
extension Interpreter {
    /// The declaration of `block`, built on its first call and kept on the block.
    func scriptCommand(for block: ScriptBlock, name: String) throws -> ScriptCommand {
        if let c = block.command { return c }
        let ast = block.ast
        let c: ScriptCommand
        if ast.parameters.isEmpty && ast.attributes.isEmpty {
            c = .empty
        } else {
            c = try withSource(block.source) { try buildScriptCommand(ast, name: name, source: block.source) }
        }
        block.command = c
        return c
    }

    private func buildScriptCommand(_ ast: ScriptBlockAst, name: String, source: SourceText) throws -> ScriptCommand {
        var binding = CmdletBindingSettings()
        var usesCmdletBinding = false
        for a in ast.attributes where AttributeName.is(a, "CmdletBinding") {
            usesCmdletBinding = true
            binding = try cmdletBinding(a)
        }
        var parameters: [ParameterMetadata] = []
        var scriptParameters: [ScriptParameter] = []
        var customSets = false
        for p in ast.parameters {
            let (meta, script, hasParameterAttribute, custom) = try scriptParameter(p, source: source)
            if hasParameterAttribute { usesCmdletBinding = true }
            if custom { customSets = true }
            parameters.append(meta)
            scriptParameters.append(script)
        }
        // Without Position or ParameterSetName anywhere, the parameters take positions in order
        // (switches none), unless [CmdletBinding(PositionalBinding = $false)].
        if binding.positionalBinding && !customSets {
            var pos = 0
            for i in parameters.indices where !parameters[i].isSwitch {
                for s in parameters[i].sets.indices { parameters[i].sets[s].position = pos }
                pos += 1
            }
        }
        try checkDeclaration(parameters, advanced: usesCmdletBinding, shouldProcess: binding.supportsShouldProcess, at: ast.paramBlock ?? ast.range)
        let dash = name.firstIndex(of: "-")
        let metadata = CmdletMetadata(verb: dash.map { String(name[..<$0]) } ?? name, noun: dash.map { String(name[name.index(after: $0)...]) } ?? "",
                                      className: name, module: "", parameters: parameters,
                                      defaultParameterSet: binding.defaultParameterSet,
                                      supportsShouldProcess: binding.supportsShouldProcess, confirmImpact: binding.confirmImpact,
                                      help: CmdletHelp(synopsis: ""))
        return ScriptCommand(metadata: metadata, isAdvanced: usesCmdletBinding, parameters: scriptParameters)
    }

    private struct CmdletBindingSettings {
        var supportsShouldProcess = false
        var confirmImpact: ConfirmImpact = .medium
        var defaultParameterSet: String?
        var positionalBinding = true
    }

    private func cmdletBinding(_ a: AttributeAst) throws -> CmdletBindingSettings {
        var b = CmdletBindingSettings()
        if !a.positionalArguments.isEmpty { throw attributeArgumentCount(a, a.positionalArguments.count) }
        for arg in a.namedArguments {
            let v = try attributeValue(arg)
            switch arg.name.lowercased() {
            case "supportsshouldprocess": b.supportsShouldProcess = PSConvert.isTrue(v)
            case "confirmimpact":
                guard case let .success(e) = PSEnumType.confirmImpact.parse(PSConvert.toString(v)) else {
                    throw failure("Cannot convert value \"\(PSConvert.toString(v))\" to type \"System.Management.Automation.ConfirmImpact\".",
                                  id: "InvalidCastFromStringToEnum", category: .InvalidArgument, at: arg.range)
                }
                b.confirmImpact = ConfirmImpact(rawValue: e.value) ?? .medium
            case "defaultparametersetname": b.defaultParameterSet = PSConvert.toString(v)
            case "positionalbinding": b.positionalBinding = PSConvert.isTrue(v)
            case "helpuri", "supportspaging", "supportstransactions", "remotingcapability": break
            default: throw propertyNotFound(arg, "System.Management.Automation.CmdletBindingAttribute")
            }
        }
        return b
    }

    /// One parameter's metadata and script rules; also whether it has `[Parameter()]` and whether that
    /// names a position or a set (which turns automatic positions off for the whole block).
    func scriptParameter(_ p: ParameterAst, source: SourceText) throws -> (ParameterMetadata, ScriptParameter, Bool, Bool) {
        var sets: [ParameterSetSpec] = []
        var aliases: [String] = []
        var validations: [ParameterValidation] = []
        var scriptValidations: [ScriptValidation] = []
        var help = ""
        var dontShow = false
        var wildcards = false
        var custom = false
        let typeName = p.typeName
        for a in p.attributes where a.hasArguments {
            let args = try a.positionalArguments.map { try evaluate($0) }
            func named(_ n: String) throws -> PSValue? {
                guard let arg = a.namedArguments.first(where: { $0.name.equalsIgnoringCase(n) }) else { return nil }
                return try attributeValue(arg)
            }
            func noArguments() throws {
                if !args.isEmpty { throw attributeArgumentCount(a, args.count) }
                if let n = a.namedArguments.first { throw propertyNotFound(n, "System.Management.Automation.\(a.name)Attribute") }
            }
            switch AttributeName.key(a) {
            case "parameter":
                var spec = ParameterSetSpec()
                for arg in a.namedArguments {
                    let v = try attributeValue(arg)
                    switch arg.name.lowercased() {
                    case "mandatory": spec.mandatory = PSConvert.isTrue(v)
                    case "position":
                        guard case let .int(i) = try PSConvert.convert(v, to: .int32) else { break }
                        spec.position = i
                        custom = true
                    case "parametersetname":
                        spec.name = PSConvert.toString(v)
                        if !spec.name.equalsIgnoringCase(ParameterSetSpec.allSets) { custom = true }
                    case "valuefrompipeline": if PSConvert.isTrue(v) { spec.pipeline.insert(.byValue) }
                    case "valuefrompipelinebypropertyname": if PSConvert.isTrue(v) { spec.pipeline.insert(.byPropertyName) }
                    case "valuefromremainingarguments": spec.remainingArguments = PSConvert.isTrue(v)
                    case "helpmessage": help = PSConvert.toString(v)
                    case "dontshow": dontShow = PSConvert.isTrue(v)
                    case "helpmessagebasename", "helpmessageresourceid": break
                    default: throw propertyNotFound(arg, "System.Management.Automation.ParameterAttribute")
                    }
                }
                sets.append(spec)
            case "alias":
                aliases += args.flatMap { $0.asList }.map { PSConvert.toString($0) }
            case "allownull": try noArguments(); validations.append(.allowNull)
            case "allowemptystring": try noArguments(); validations.append(.allowEmptyString)
            case "allowemptycollection": try noArguments(); validations.append(.allowEmptyCollection)
            case "validatenotnull": try noArguments(); validations.append(.notNull)
            case "validatenotnullorempty": try noArguments(); validations.append(.notNullOrEmpty)
            case "validatenotnullorwhitespace": try noArguments(); scriptValidations.append(.notNullOrWhiteSpace)
            case "validateset":
                let values = args.flatMap { $0.asList }.map { PSConvert.toString($0) }
                let ignoreCase = try named("IgnoreCase").map(PSConvert.isTrue) ?? true
                let message = try named("ErrorMessage").map { PSConvert.toString($0) }
                scriptValidations.append(.set(values, ignoreCase: ignoreCase, message: message))
            case "validaterange":
                if args.count == 1 {
                    scriptValidations.append(.rangeKind(PSConvert.toString(args[0])))
                } else if args.count == 2 {
                    scriptValidations.append(.range(args[0], args[1]))
                } else {
                    throw attributeArgumentCount(a, args.count)
                }
            case "validatepattern":
                guard let pattern = args.first else { throw attributeArgumentCount(a, 0) }
                var ignoreCase = true
                if let o = try named("Options") { ignoreCase = PSConvert.toString(o).lowercased().contains("ignorecase") }
                scriptValidations.append(.pattern(PSConvert.toString(pattern), ignoreCase: ignoreCase,
                                                  message: try named("ErrorMessage").map { PSConvert.toString($0) }))
            case "validatescript":
                guard let sb = args.first?.scriptBlockValue as? ScriptBlock else { throw attributeArgumentCount(a, args.count) }
                scriptValidations.append(.script(sb, message: try named("ErrorMessage").map { PSConvert.toString($0) }))
            case "validatecount", "validatelength":
                guard args.count == 2, case let .int(lo) = try PSConvert.convert(args[0], to: .int32),
                      case let .int(hi) = try PSConvert.convert(args[1], to: .int32) else { throw attributeArgumentCount(a, args.count) }
                scriptValidations.append(AttributeName.key(a) == "validatecount" ? .count(lo, hi) : .length(lo, hi))
            case "supportswildcards": wildcards = true
            case "argumentcompleter", "argumentcompletions", "psdefaultvalue", "pstypename", "obsolete", "credential",
                 "validatedrive", "validateuserdrive", "validatetrusteddata", "outputtype", "experimental", "transformation":
                break
            default:
                throw failure("Cannot find the type for custom attribute '\(a.name)'. Make sure that the assembly that contains this type is loaded.",
                              id: "CustomAttributeTypeNotFound", at: a.range)
            }
        }
        let target = typeName.flatMap { TypeResolver.resolve($0, registry: session.registry) }
        let psType: PSType = typeName.flatMap { TypeResolver.type($0, registry: session.registry)?.psType } ?? .object
        let element = psType.elementType ?? psType
        let script = ScriptParameter(name: p.name, type: target, booleanElement: element == .bool || element == .switchParameter,
                                     isSwitch: psType == .switchParameter, defaultValue: p.defaultValue, validations: scriptValidations,
                                     range: p.range)
        let hasParameterAttribute = !sets.isEmpty
        if sets.isEmpty { sets = [ParameterSetSpec()] }
        let meta = ParameterMetadata(p.name, psType, aliases: aliases, sets: sets, validations: validations, description: help,
                                     acceptsWildcards: wildcards, dontShow: dontShow)
        return (meta, script, hasParameterAttribute, custom)
    }

    /// The declaration errors PowerShell reports when the command is first run (MetadataException).
    private func checkDeclaration(_ ps: [ParameterMetadata], advanced: Bool, shouldProcess: Bool, at range: SourceRange) throws {
        var sets = Set<String>()
        for p in ps { for s in p.sets where s.name != ParameterSetSpec.allSets { sets.insert(s.name.caseFoldedKey) } }
        if sets.count > 32 {
            throw metadataError("Cannot get or run the command. The maximum number of parameter sets for this command has been exceeded.",
                                id: "ParsingTooManyParameterSets", at: range)
        }
        for p in ps {
            for alias in p.aliases {
                if let other = ps.first(where: { $0.name.equalsIgnoringCase(alias) }) {
                    throw metadataError("The parameter '\(other.name)' cannot be specified because it conflicts with the parameter alias of the same name for parameter '\(p.name)'.",
                                        id: "ParameterNameConflictsWithAlias", at: range)
                }
            }
            if advanced, CommonParameters.isCommon(p.name),
               shouldProcess || !CommonParameters.shouldProcess.contains(where: { $0.name.equalsIgnoringCase(p.name) }) {
                throw metadataError("A parameter with the name '\(p.name)' was defined multiple times for the command.",
                                    id: "ParameterNameAlreadyExistsForCommand", at: range)
            }
        }
    }

    private func metadataError(_ message: String, id: String, at range: SourceRange) -> TerminatingError {
        failure(message, id: id, category: .MetadataError, at: range, exceptionType: "System.Management.Automation.MetadataException")
    }

    private func attributeValue(_ arg: NamedAttributeArgumentAst) throws -> PSValue {
        guard let v = arg.value else { return .bool(true) }
        return try evaluate(v)
    }

    private func attributeArgumentCount(_ a: AttributeAst, _ n: Int) -> TerminatingError {
        failure("Cannot find an overload for \".ctor\" and the argument count: \"\(n)\".", id: "MethodCountCouldNotFindBest",
                category: .InvalidOperation, at: a.range, exceptionType: "System.Management.Automation.MethodException")
    }

    private func propertyNotFound(_ arg: NamedAttributeArgumentAst, _ type: String) -> TerminatingError {
        failure("Property '\(arg.name)' cannot be found for type '\(type)'.", id: "PropertyNotFoundForType", at: arg.range)
    }
}

/// Attribute names as PowerShell matches them: any case, with or without the `Attribute` suffix and
/// the `System.Management.Automation.` namespace.
enum AttributeName {
    static func key(_ a: AttributeAst) -> String {
        var n = a.name.lowercased()
        if n.hasPrefix("system.management.automation.") { n.removeFirst("system.management.automation.".count) }
        if n.hasSuffix("attribute") && n.count > "attribute".count { n.removeLast("attribute".count) }
        return n
    }

    static func `is`(_ a: AttributeAst, _ name: String) -> Bool { key(a) == name.lowercased() }
}
