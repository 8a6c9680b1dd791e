import CsCore
import CsLanguage

/// Binds a command line and then each pipeline object to a cmdlet's parameters, in PowerShell's
/// stages (CmdletParameterBinderController): named → positional → parameter-set resolution →
/// mandatory check, then per object the 4-step pipeline order.
struct ParameterBinder {
    let plan: BindingPlan
    var metadata: CmdletMetadata { plan.metadata }
    var matcher: ParameterNameMatcher { plan.matcher }
    /// True when the command is not first in its pipeline, so pipeline parameters may still arrive.
    let expectsPipelineInput: Bool
    /// The command's own range, for errors that belong to no single argument.
    let commandRange: SourceRange?
    /// Set for a function, script block or script: its parameters' type constraints and validation
    /// scripts; a simple function (`isAdvanced` false) leaves the arguments it cannot bind for `$args`.
    let script: ScriptArgumentCoercer?

    init(plan: BindingPlan, expectsPipelineInput: Bool, commandRange: SourceRange?, script: ScriptArgumentCoercer? = nil) {
        self.plan = plan
        self.expectsPipelineInput = expectsPipelineInput
        self.commandRange = commandRange
        self.script = script
    }

    /// Arguments no parameter takes go to `$args` instead of being an error (a simple function).
    private var keepsUnboundArguments: Bool { script.map { !$0.isAdvanced } ?? false }

    init(metadata: CmdletMetadata, expectsPipelineInput: Bool, commandRange: SourceRange?) {
        self.init(plan: BindingPlan(metadata), expectsPipelineInput: expectsPipelineInput, commandRange: commandRange)
    }

    /// The result of command-line binding.
    struct State {
        var parameters: BoundParameters
        var common = CommonParameterValues()
        /// Parameter sets still possible (numbers into the plan's sets).
        var candidateSets: [Int]
        /// Which declared parameters are bound (pipeline binding never replaces these).
        var bound: [Bool]
        /// A simple function's arguments that no parameter took, in the order given: `$args`.
        var unbound: [CommandArgument] = []
        /// The common parameters given, by name, with their values ($PSBoundParameters lists them).
        var commonBound: [(String, PSValue)] = []
    }

    private func spec(_ p: Int, _ s: Int) -> ParameterSetSpec? { plan.specs[p][s] }

    // MARK: Command line

    /// Binds the command line. `prompt` is asked for missing mandatory parameters (nil: an error instead).
    func bindCommandLine(_ args: [CommandArgument], prompt: (([ParameterMetadata]) throws -> [(ParameterMetadata, PSValue)]?)? = nil) throws -> State {
        // A hashtable splat's entries come after the explicit arguments, which supersede them. Without
        // a splat the caller's array is bound as it is (borrowed: no argument is copied to look at it).
        var i = 0
        while i < args.count, !args[i].isFromSplat { i += 1 }
        if i == args.count { return try bindArguments(args, prompt: prompt) }
        return try bindArguments(args.filter { !$0.isFromSplat } + args.filter(\.isFromSplat), prompt: prompt)
    }

    private func bindArguments(_ ordered: [CommandArgument], prompt: (([ParameterMetadata]) throws -> [(ParameterMetadata, PSValue)]?)?) throws -> State {
        var state = State(parameters: BoundParameters(), candidateSets: plan.allSets, bound: Array(repeating: false, count: metadata.parameters.count))
        var positional: [ArgumentValue] = []
        // Where each positional argument and each unknown parameter stood, for `$args`' order.
        var positionalOrder: [Int] = []
        var unknown: [(Int, CommandArgument)] = []

        // 1. Named arguments, left to right.
        var i = 0
        while i < ordered.count {
            switch ordered[i] {
            case let .value(v):
                positional.append(v)
                positionalOrder.append(i)
            case let .parameter(name, _, range, colon):
                let p: ParameterMetadata
                let isCommon: Bool
                switch matcher.match(name) {
                case .notFound:
                    // Left for ValueFromRemainingArguments, `$args`, or the error below.
                    unknown.append((i, ordered[i]))
                    i += 1
                    continue
                case let .ambiguous(names): throw BindingError.ambiguousParameter(name, names, range)
                case let .found(found, common): p = found; isCommon = common
                }
                // A splatted entry for a parameter given explicitly too is dropped (the explicit one wins).
                let pi = isCommon ? nil : plan.index(of: p)
                let given = isCommon ? state.commonBound.contains { $0.0 == p.name } : pi.map { state.bound[$0] } ?? false
                if given {
                    if colon?.fromSplat == true {
                        i += 1
                        continue
                    }
                    throw BindingError.parameterAlreadyBound(p, range)
                }
                var arg: ArgumentValue
                if let c = colon {
                    arg = c
                } else if p.isSwitch {
                    arg = ArgumentValue(.bool(true), range: range)
                } else if i + 1 < ordered.count {
                    switch ordered[i + 1] {
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
                try bindNamed(p, at: pi, isCommon: isCommon, arg, nameRange: range, into: &state)
            }
            i += 1
        }

        // 2. Positional arguments, by ascending position; exact type matches before conversions. What is
        // left (unknown names too, in the order given) goes to a ValueFromRemainingArguments parameter.
        try bindPositional(&positional, into: &state)
        // Without unknown names, what is left is the positional arguments not bound, already in order.
        var left = unknown.isEmpty ? positional.map(CommandArgument.value)
            : (unknown + zip(positionalOrder.suffix(positional.count), positional).map { ($0, CommandArgument.value($1)) })
                .sorted { $0.0 < $1.0 }.map(\.1)
        try bindRemaining(&left, into: &state)
        if keepsUnboundArguments {
            state.unbound = left
        } else if let extra = left.first {
            switch extra {
            case let .parameter(name, _, range, _): throw BindingError.namedParameterNotFound(name, range)
            case let .value(v): throw BindingError.positionalParameterNotFound(PSConvert.toString(v.value), v.range)
            }
        }

        // 3. Parameter set and 4. mandatory parameters.
        try resolveCommandLineSet(&state, prompt: prompt)
        return state
    }

    /// Converts and validates one argument for parameter `pi`: a script parameter's rules, or a cmdlet's.
    private func coerce(_ value: PSValue, _ pi: Int, mandatory: Bool, literalText: String?, range: SourceRange?) throws(BindingError) -> ArgumentCoercer.Coerced {
        try coerce(value, pi, plan.metadata.parameters[pi], mandatory: mandatory, literalText: literalText, range: range)
    }

    /// `p` is parameter `pi`, for a caller that holds it already (no copy of its metadata per argument).
    private func coerce(_ value: PSValue, _ pi: Int, _ p: ParameterMetadata, mandatory: Bool, literalText: String?, range: SourceRange?) throws(BindingError) -> ArgumentCoercer.Coerced {
        if let script {
            return try script.coerce(value, pi, to: p, mandatory: mandatory, literalText: literalText, range: range)
        }
        return try ArgumentCoercer.coerce(value, to: p, mandatory: mandatory, literalText: literalText, range: range)
    }

    /// `index`: the parameter's index among the declared ones (nil for a common parameter).
    private func bindNamed(_ p: ParameterMetadata, at index: Int?, isCommon: Bool, _ arg: ArgumentValue, nameRange: SourceRange, into state: inout State) throws {
        if isCommon {
            let isActionPreference = p.type == CommonParameters.actionPreference
            // $null for an action preference fails in the parameter's setter (PowerShell reports the
            // cast, not a conversion of the argument).
            if isActionPreference, arg.value.isNull {
                throw BindingError(errorId: "ParameterBindingFailed",
                                   message: "Cannot bind parameter '\(p.name)' to the target. Exception setting \"\(p.name)\": \"Cannot convert null to type \"System.Management.Automation.ActionPreference\".\"",
                                   range: arg.range)
            }
            let coerced = try ArgumentCoercer.coerce(arg.value, to: p, mandatory: false, literalText: arg.literalText, range: arg.range)
            if case let .value(v) = coerced {
                if isActionPreference, case let .enumValue(e) = v, e.name == "Suspend" {
                    throw BindingError(errorId: "ParameterBindingFailed",
                                       message: "The value Suspend is not supported for an ActionPreference variable. The provided value should be used only as a value for a preference variable. If a value is provided for a common parameter, the value of the preference variable is used.",
                                       range: arg.range)
                }
                state.common.set(p.name, v)
                state.commonBound.append((p.name, v))
            }
            return
        }
        guard let pi = index else { return }
        if state.bound[pi] { throw BindingError.parameterAlreadyBound(p, nameRange) }
        let coerced = try coerce(arg.value, pi, p, mandatory: isMandatory(pi, in: state.candidateSets), literalText: arg.literalText, range: arg.range)
        bind(coerced, pi, &state)
        try narrow(&state.candidateSets, to: pi, range: nameRange)
    }

    private func bind(_ c: ArgumentCoercer.Coerced, _ pi: Int, _ state: inout State) {
        store(c, for: metadata.parameters[pi], in: &state.parameters)
        state.bound[pi] = true
    }

    private func bindPositional(_ positional: inout [ArgumentValue], into state: inout State) throws {
        guard !positional.isEmpty else { return }
        let params = metadata.parameters
        var position = -1
        while let arg = positional.first {
            // The next position (above the last one tried) that an unbound parameter holds in a candidate set.
            var next: Int?
            for pi in params.indices where !state.bound[pi] {
                for s in state.candidateSets {
                    if let pos = positionOf(pi, s), pos > position, next == nil || pos < next! { next = pos }
                }
            }
            guard let pos = next else { return }
            position = pos
            let here = params.indices.filter { pi in !state.bound[pi] && state.candidateSets.contains { positionOf(pi, $0) == pos } }
            // Two parameters of one set at the same position: the declaration is ambiguous.
            for s in state.candidateSets where here.filter({ positionOf($0, s) == pos }).count > 1 {
                throw BindingError.ambiguousPositionalParameterNoName(commandRange)
            }
            let ordered = preferDefaultSet(here, at: pos, candidates: state.candidateSets)
            let sets = state.candidateSets
            func coerced(_ pi: Int) throws(BindingError) -> ArgumentCoercer.Coerced {
                try coerce(arg.value, pi, mandatory: isMandatory(pi, in: sets), literalText: arg.literalText, range: arg.range)
            }
            // Pass 1: a parameter whose type takes the value as it is; pass 2: the first that converts it
            // (when none does, the first conversion error is the error).
            var chosen: (pi: Int, value: ArgumentCoercer.Coerced)?
            if let pi = ordered.first(where: { ArgumentCoercer.matchesWithoutConversion(arg.value, params[$0].type) }) {
                chosen = (pi, try coerced(pi))
            } else {
                var firstError: BindingError?
                for pi in ordered {
                    do {
                        chosen = (pi, try coerced(pi))
                        break
                    } catch {
                        if firstError == nil { firstError = error }
                    }
                }
                if chosen == nil, let e = firstError { throw e }
            }
            if let (pi, c) = chosen {
                bind(c, pi, &state)
                try narrow(&state.candidateSets, to: pi, position: pos, range: arg.range)
                positional.removeFirst()
            }
        }
    }

    /// A parameter's position in a set for positional binding; a ValueFromRemainingArguments parameter
    /// takes no position (it collects what positional binding leaves, as PowerShell's binder does).
    private func positionOf(_ pi: Int, _ s: Int) -> Int? {
        guard let sp = spec(pi, s), !sp.remainingArguments else { return nil }
        return sp.position
    }

    /// Arguments left after positional binding go, in the order given, to an unbound
    /// ValueFromRemainingArguments parameter; a single collection is bound as it is.
    private func bindRemaining(_ left: inout [CommandArgument], into state: inout State) throws {
        guard !left.isEmpty else { return }
        guard let pi = metadata.parameters.indices.first(where: { pi in
            !state.bound[pi] && state.candidateSets.contains { spec(pi, $0)?.remainingArguments ?? false }
        }) else { return }
        // A parameter name is passed on as its text (`-q`), with its value after it when it had one.
        var values: [PSValue] = []
        var positional: [ArgumentValue] = []
        var ranges: [SourceRange] = []
        for a in left {
            switch a {
            case let .value(v):
                values.append(v.value)
                positional.append(v)
                ranges.append(v.range)
            case let .parameter(_, text, range, colon):
                values.append(.string(text))
                ranges.append(range)
                if let c = colon { values.append(c.value) }
            }
        }
        let range = ranges[0].union(ranges[ranges.count - 1])
        // One value: a collection binds as it is; anything else stays a list of one for a script
        // parameter (PowerShell binds its List even then) and the value itself for a cmdlet's.
        let isCollection = values.count == 1 && values[0].enumerated != nil
        let value: PSValue = values.count == 1 && (script == nil || isCollection) ? values[0] : .array(values)
        let c = try coerce(value, pi, mandatory: false, literalText: values.count == 1 && positional.count == 1 ? positional[0].literalText : nil, range: range)
        bind(c, pi, &state)
        try narrow(&state.candidateSets, to: pi, range: range)
        left.removeAll()
    }

    /// Parameters at a position, those of the default set first (PowerShell tries the default set first).
    private func preferDefaultSet(_ ps: [Int], at pos: Int, candidates: [Int]) -> [Int] {
        guard let d = plan.defaultSet, candidates.contains(d) else { return ps }
        let inDefault = ps.filter { spec($0, d)?.position == pos }
        return inDefault + ps.filter { !inDefault.contains($0) }
    }

    private func resolveCommandLineSet(_ state: inout State, prompt: (([ParameterMetadata]) throws -> [(ParameterMetadata, PSValue)]?)?) throws {
        var sets = state.candidateSets
        if sets.count > 1 && !expectsPipelineInput {
            if let d = plan.defaultSet, sets.contains(d) {
                sets = [d]
            } else {
                let satisfied = sets.filter { missingMandatory(in: $0, state.bound, allowPipeline: false).isEmpty }
                if satisfied.count == 1 { sets = satisfied } else { throw BindingError.ambiguousParameterSet(commandRange) }
            }
        }
        state.candidateSets = sets
        let set = sets.count == 1 ? sets[0] : (plan.defaultSet.flatMap { sets.contains($0) ? $0 : nil } ?? sets[0])
        state.parameters.parameterSetName = plan.setNames[set]

        // Mandatory parameters that cannot come from the pipeline must be on the command line.
        var missing = missingMandatory(in: set, state.bound, allowPipeline: expectsPipelineInput)
        if !missing.isEmpty, let prompt {
            if let answers = try prompt(missing.map { metadata.parameters[$0] }) {
                for (p, v) in answers {
                    guard let pi = plan.index(of: p) else { continue }
                    bind(try coerce(v, pi, mandatory: true, literalText: nil, range: nil), pi, &state)
                }
                missing = missingMandatory(in: set, state.bound, allowPipeline: expectsPipelineInput)
            }
        }
        if !missing.isEmpty { throw BindingError.missingMandatory(missing.map { metadata.parameters[$0].name }, commandRange) }
    }

    /// Mandatory parameters of set `s` not yet bound; with `allowPipeline`, those that a pipeline object could fill are left out.
    private func missingMandatory(in s: Int, _ bound: [Bool], allowPipeline: Bool) -> [Int] {
        metadata.parameters.indices.filter { pi in
            guard let sp = spec(pi, s), sp.mandatory, !bound[pi] else { return false }
            return !(allowPipeline && !sp.pipeline.isEmpty)
        }
    }

    private func isMandatory(_ pi: Int, in sets: [Int]) -> Bool {
        var any = false
        for s in sets {
            guard let sp = spec(pi, s) else { continue }
            if !sp.mandatory { return false }
            any = true
        }
        return any
    }

    private func narrow(_ sets: inout [Int], to pi: Int, position: Int? = nil, range: SourceRange?) throws {
        if plan.inAllSets[pi] && position == nil { return }
        let narrowed = sets.filter { s in
            guard let sp = spec(pi, s) else { return false }
            return position == nil || sp.position == position
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

    /// Binds one pipeline object on top of the command-line binding, in PowerShell's order: ByValue
    /// exact, ByPropertyName exact, ByValue converted, ByPropertyName converted.
    func bindPipelineObject(_ input: PSValue, _ state: State) throws(BindingError) -> BoundParameters {
        var bound = state.parameters
        var isBound = state.bound
        var sets = state.candidateSets
        var boundAny = false
        let params = metadata.parameters
        for step in 1...4 {
            let byValue = step == 1 || step == 3
            let exact = step <= 2
            let mode: PipelineInput = byValue ? .byValue : .byPropertyName
            for pi in params.indices where !isBound[pi] {
                let setsForP = sets.filter { spec(pi, $0)?.pipeline.contains(mode) ?? false }
                guard !setsForP.isEmpty else { continue }
                let p = params[pi]
                let value: PSValue
                if byValue {
                    value = input
                } else {
                    guard let v = propertyValue(input, for: p) else { continue }
                    value = v
                }
                if exact && !ArgumentCoercer.matchesWithoutConversion(value, p.type) { continue }
                guard let c = try? coerce(value, pi, mandatory: setsForP.contains { spec(pi, $0)?.mandatory ?? false }, literalText: nil, range: nil) else { continue }
                store(c, for: p, in: &bound)
                isBound[pi] = true
                boundAny = true
                sets = setsForP
            }
        }
        if !boundAny { throw .inputObjectNotBound(input) }
        if sets.count > 1, let d = plan.defaultSet, sets.contains(d) { sets = [d] }
        bound.parameterSetName = plan.setNames[sets[0]]
        let missing = missingMandatory(in: sets[0], isBound, allowPipeline: false)
        if !missing.isEmpty { throw .inputObjectMissingMandatory(missing.map { params[$0].name }, input) }
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
