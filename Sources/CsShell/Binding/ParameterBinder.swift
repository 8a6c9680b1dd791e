import CsCmdlets
import CsLanguage

/// Binds a command line and then each pipeline object to a cmdlet's parameters, in PowerShell's
/// stages (CmdletParameterBinderController): named → positional → parameter-set resolution →
/// mandatory check, then per object the 4-step pipeline order.
struct ParameterBinder {
    let metadata: CmdletMetadata
    let matcher: ParameterNameMatcher
    /// True when the command is not first in its pipeline, so pipeline parameters may still arrive.
    let expectsPipelineInput: Bool
    /// The command's own range, for errors that belong to no single argument.
    let commandRange: SourceRange?

    init(metadata: CmdletMetadata, expectsPipelineInput: Bool, commandRange: SourceRange?) {
        self.metadata = metadata
        self.matcher = ParameterNameMatcher(metadata: metadata)
        self.expectsPipelineInput = expectsPipelineInput
        self.commandRange = commandRange
    }

    /// The result of command-line binding.
    struct State {
        var parameters: BoundParameters
        var common = CommonParameterValues()
        /// Parameter sets still possible.
        var candidateSets: [String]
        /// Parameters bound on the command line (pipeline binding never replaces them).
        var commandLineBound: Set<String> = []
    }

    // MARK: Command line

    /// Binds the command line. `prompt` is asked for missing mandatory parameters (nil: an error instead).
    func bindCommandLine(_ args: [CommandArgument], prompt: (([ParameterMetadata]) throws -> [(ParameterMetadata, PSValue)]?)? = nil) throws -> State {
        var state = State(parameters: BoundParameters(), candidateSets: metadata.parameterSetNames)
        var positional: [ArgumentValue] = []

        // 1. Named arguments, left to right.
        var i = 0
        while i < args.count {
            switch args[i] {
            case let .value(v):
                positional.append(v)
            case let .parameter(name, _, range, colon):
                let p: ParameterMetadata
                let isCommon: Bool
                switch matcher.match(name) {
                case .notFound: throw BindingError.namedParameterNotFound(name, range)
                case let .ambiguous(names): throw BindingError.ambiguousParameter(name, names, range)
                case let .found(found, common): p = found; isCommon = common
                }
                var arg: ArgumentValue
                if let c = colon {
                    arg = c
                } else if p.isSwitch {
                    arg = ArgumentValue(.bool(true), range: range)
                } else if i + 1 < args.count {
                    switch args[i + 1] {
                    case let .value(v):
                        arg = v
                        i += 1
                    case let .parameter(n2, text2, r2, c2):
                        if c2 != nil { throw BindingError.missingArgument(p, range) }
                        if case .notFound = matcher.match(n2) {
                            arg = ArgumentValue(.string(text2), range: r2)
                            i += 1
                        } else {
                            throw BindingError.missingArgument(p, range)
                        }
                    }
                } else {
                    throw BindingError.missingArgument(p, range)
                }
                try bindNamed(p, isCommon: isCommon, arg, nameRange: range, into: &state)
            }
            i += 1
        }

        // 2. Positional arguments, by ascending position; exact type matches before conversions.
        try bindPositional(&positional, into: &state)
        try bindRemaining(&positional, into: &state)
        if let extra = positional.first {
            throw BindingError.positionalParameterNotFound(PSConvert.toString(extra.value), extra.range)
        }

        // 3. Parameter set and 4. mandatory parameters.
        try resolveCommandLineSet(&state, prompt: prompt)
        return state
    }

    private func bindNamed(_ p: ParameterMetadata, isCommon: Bool, _ arg: ArgumentValue, nameRange: SourceRange, into state: inout State) throws {
        if isCommon {
            let coerced = try ArgumentCoercer.coerce(arg.value, to: p, mandatory: false, literalText: arg.literalText, range: arg.range)
            if case let .value(v) = coerced {
                if p.name == "ErrorAction" || p.name == "WarningAction" || p.name == "InformationAction",
                   case let .enumValue(e) = v, e.name == "Suspend" {
                    throw BindingError(errorId: "ParameterBindingFailed",
                                       message: "The value Suspend is not supported for an ActionPreference variable. The provided value should be used only as a value for a preference variable. If a value is provided for a common parameter, the value of the preference variable is used.",
                                       range: arg.range)
                }
                state.common.set(p.name, v)
            }
            return
        }
        if state.parameters.has(p.name) { throw BindingError.parameterAlreadyBound(p, nameRange) }
        let mandatory = isMandatory(p, in: state.candidateSets)
        let coerced = try ArgumentCoercer.coerce(arg.value, to: p, mandatory: mandatory, literalText: arg.literalText, range: arg.range)
        store(coerced, for: p, in: &state.parameters)
        state.commandLineBound.insert(p.name)
        try narrow(&state.candidateSets, to: p, range: nameRange)
    }

    private func bindPositional(_ positional: inout [ArgumentValue], into state: inout State) throws {
        guard !positional.isEmpty else { return }
        var position = -1
        while let arg = positional.first {
            // The next position (above the last one tried) that an unbound parameter holds in a candidate set.
            let next = metadata.parameters.compactMap { p -> Int? in
                guard !state.parameters.has(p.name) else { return nil }
                return state.candidateSets.compactMap { p.spec(in: $0)?.position }.filter { $0 > position }.min()
            }.min()
            guard let pos = next else { return }
            position = pos
            let here = metadata.parameters.filter { p in
                !state.parameters.has(p.name) && state.candidateSets.contains { p.spec(in: $0)?.position == pos }
            }
            let ordered = preferDefaultSet(here, at: pos, candidates: state.candidateSets)
            var bound = false
            // Pass 1: without conversion; pass 2: with conversion.
            for p in ordered where ArgumentCoercer.matchesWithoutConversion(arg.value, p.type) {
                let c = try ArgumentCoercer.coerce(arg.value, to: p, mandatory: isMandatory(p, in: state.candidateSets), literalText: arg.literalText, range: arg.range)
                store(c, for: p, in: &state.parameters)
                bound = true
                try narrow(&state.candidateSets, to: p, position: pos, range: arg.range)
                break
            }
            if !bound {
                var firstError: BindingError?
                for p in ordered {
                    do {
                        let c = try ArgumentCoercer.coerce(arg.value, to: p, mandatory: isMandatory(p, in: state.candidateSets), literalText: arg.literalText, range: arg.range)
                        store(c, for: p, in: &state.parameters)
                        bound = true
                        try narrow(&state.candidateSets, to: p, position: pos, range: arg.range)
                        break
                    } catch let e as BindingError {
                        if firstError == nil { firstError = e }
                    }
                }
                if !bound, let e = firstError { throw e }
            }
            if bound {
                state.commandLineBound.insert(state.parameters.boundNames.last!)
                positional.removeFirst()
            }
        }
    }

    /// Arguments left after positional binding go to a ValueFromRemainingArguments parameter; when it
    /// already took the first positional value, the rest join it in one array.
    private func bindRemaining(_ positional: inout [ArgumentValue], into state: inout State) throws {
        guard !positional.isEmpty else { return }
        guard let p = metadata.parameters.first(where: { p in
            state.candidateSets.contains { p.spec(in: $0)?.remainingArguments ?? false }
        }) else { return }
        var values = positional.map(\.value)
        let range = positional[0].range.union(positional[positional.count - 1].range)
        if state.parameters.has(p.name) {
            guard state.commandLineBound.contains(p.name), let existing = state.parameters[p.name] else { return }
            if case let .array(a) = existing, positional.count > 0, p.type.isArray, !wasGivenAsArray(existing) { values = a + values } else { values = [existing] + values }
            state.parameters[p.name] = nil
        }
        let value: PSValue = values.count == 1 ? values[0] : .array(values)
        let c = try ArgumentCoercer.coerce(value, to: p, mandatory: false, literalText: positional.count == 1 ? positional[0].literalText : nil, range: range)
        store(c, for: p, in: &state.parameters)
        state.commandLineBound.insert(p.name)
        try narrow(&state.candidateSets, to: p, range: range)
        positional.removeAll()
    }

    /// A single positional value bound to an array parameter was wrapped by coercion; it was not an array literal.
    private func wasGivenAsArray(_ v: PSValue) -> Bool {
        if case let .array(a) = v { return a.count != 1 }
        return false
    }

    /// Parameters at a position, those of the default set first (PowerShell tries the default set first).
    private func preferDefaultSet(_ ps: [ParameterMetadata], at pos: Int, candidates: [String]) -> [ParameterMetadata] {
        guard let d = metadata.defaultParameterSet, candidates.contains(d) else { return ps }
        let inDefault = ps.filter { $0.spec(in: d)?.position == pos }
        return inDefault + ps.filter { p in !inDefault.contains { $0.name == p.name } }
    }

    private func resolveCommandLineSet(_ state: inout State, prompt: (([ParameterMetadata]) throws -> [(ParameterMetadata, PSValue)]?)?) throws {
        var sets = state.candidateSets
        if sets.count > 1 && !expectsPipelineInput {
            if let d = metadata.defaultParameterSet, sets.contains(d) {
                sets = [d]
            } else {
                let satisfied = sets.filter { missingMandatory(in: $0, state.parameters, allowPipeline: false).isEmpty }
                if satisfied.count == 1 { sets = satisfied } else { throw BindingError.ambiguousParameterSet(commandRange) }
            }
        }
        state.candidateSets = sets
        state.parameters.parameterSetName = sets.count == 1 ? sets[0] : (metadata.defaultParameterSet.flatMap { sets.contains($0) ? $0 : nil } ?? sets[0])

        // Mandatory parameters that cannot come from the pipeline must be on the command line.
        let set = state.parameters.parameterSetName
        var missing = missingMandatory(in: set, state.parameters, allowPipeline: expectsPipelineInput)
        if !missing.isEmpty, let prompt {
            if let answers = try prompt(missing) {
                for (p, v) in answers {
                    let c = try ArgumentCoercer.coerce(v, to: p, mandatory: true, literalText: nil, range: nil)
                    store(c, for: p, in: &state.parameters)
                    state.commandLineBound.insert(p.name)
                }
                missing = missingMandatory(in: set, state.parameters, allowPipeline: expectsPipelineInput)
            }
        }
        if !missing.isEmpty { throw BindingError.missingMandatory(missing.map(\.name), commandRange) }
    }

    /// Mandatory parameters of `set` not yet bound; with `allowPipeline`, those that a pipeline object could fill are left out.
    func missingMandatory(in set: String, _ bound: BoundParameters, allowPipeline: Bool) -> [ParameterMetadata] {
        metadata.parameters.filter { p in
            guard let spec = p.spec(in: set), spec.mandatory, !bound.has(p.name) else { return false }
            return !(allowPipeline && !spec.pipeline.isEmpty)
        }
    }

    private func isMandatory(_ p: ParameterMetadata, in sets: [String]) -> Bool {
        let specs = sets.compactMap { p.spec(in: $0) }
        return !specs.isEmpty && specs.allSatisfy(\.mandatory)
    }

    private func narrow(_ sets: inout [String], to p: ParameterMetadata, position: Int? = nil, range: SourceRange?) throws {
        if p.inAllSets && position == nil { return }
        let narrowed = sets.filter { s in
            guard let spec = p.spec(in: s) else { return false }
            return position == nil || spec.position == position
        }
        if narrowed.isEmpty { throw BindingError.ambiguousParameterSet(range ?? commandRange) }
        sets = narrowed
    }

    private func store(_ c: ArgumentCoercer.Coerced, for p: ParameterMetadata, in bound: inout BoundParameters) {
        switch c {
        case let .value(v): bound[p.name] = v
        case let .listModifier(m): bound.setListModifier(p.name, m)
        }
    }

    // MARK: Pipeline

    /// True when some parameter can take pipeline input in the remaining sets.
    func takesPipelineInput(_ state: State) -> Bool {
        metadata.parameters.contains { p in state.candidateSets.contains { !(p.spec(in: $0)?.pipeline.isEmpty ?? true) } }
    }

    /// Binds one pipeline object on top of the command-line binding, in PowerShell's order: ByValue
    /// exact, ByPropertyName exact, ByValue converted, ByPropertyName converted.
    func bindPipelineObject(_ input: PSValue, _ state: State) throws(BindingError) -> BoundParameters {
        var bound = state.parameters
        var sets = state.candidateSets
        var boundAny = false
        for step in 1...4 {
            let byValue = step == 1 || step == 3
            let exact = step <= 2
            for p in metadata.parameters where !bound.has(p.name) {
                let mode: PipelineInput = byValue ? .byValue : .byPropertyName
                let setsForP = sets.filter { p.spec(in: $0)?.pipeline.contains(mode) ?? false }
                guard !setsForP.isEmpty else { continue }
                let value: PSValue
                if byValue {
                    value = input
                } else {
                    guard let v = propertyValue(input, for: p) else { continue }
                    value = v
                }
                if exact && !ArgumentCoercer.matchesWithoutConversion(value, p.type) { continue }
                guard let c = try? ArgumentCoercer.coerce(value, to: p, mandatory: setsForP.contains { p.spec(in: $0)?.mandatory ?? false }, literalText: nil, range: nil) else { continue }
                store(c, for: p, in: &bound)
                boundAny = true
                sets = setsForP
            }
        }
        if !boundAny { throw .inputObjectNotBound(input) }
        if sets.count > 1 {
            if let d = metadata.defaultParameterSet, sets.contains(d) { sets = [d] }
        }
        bound.parameterSetName = sets[0]
        let missing = missingMandatory(in: sets[0], bound, allowPipeline: false)
        if !missing.isEmpty { throw .inputObjectMissingMandatory(missing.map(\.name), input) }
        return bound
    }

    /// The value of the input's property named like the parameter or one of its aliases.
    private func propertyValue(_ input: PSValue, for p: ParameterMetadata) -> PSValue? {
        for name in [p.name] + p.aliases {
            switch input {
            case let .object(o): if let v = o[name] { return v }
            case let .hashtable(h): if let v = h[name] { return v }
            case .string, .array: if name.equalsIgnoringCase("Length"), let v = input.member(name) { return v }
            default: break
            }
        }
        return nil
    }
}
