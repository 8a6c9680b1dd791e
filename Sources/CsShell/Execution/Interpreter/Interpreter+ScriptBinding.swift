import CsCore
import CsLanguage

/// Binding a call's arguments to a script block's, function's or script's parameters: the binder
/// cmdlets use, over the block's command declaration; then the variables the block sees.
extension Interpreter {
    /// The binder for one call of a script command.
    func scriptBinder(_ command: ScriptCommand, expectsInput: Bool, range: SourceRange?) -> ParameterBinder {
        let coercer = ScriptArgumentCoercer(parameters: command.parameters, isAdvanced: command.isAdvanced, ofs: session.ofs) { [unowned self] block, value in
            PSConvert.isTrue(try self.invokeForValue(block, dollarUnder: value))
        }
        return ParameterBinder(plan: command.plan, expectsPipelineInput: expectsInput, commandRange: range, script: coercer)
    }

    /// Binds `args` in the current scope and sets the parameter variables (bound values, else their
    /// defaults, evaluated in order so that one may use another), `$args` and `$PSBoundParameters`.
    /// A binding failure is the command's statement-terminating error, attributed to `name`.
    @discardableResult
    func bindScriptArguments(_ command: ScriptCommand, _ args: [CommandArgument], name: String, range: SourceRange?,
                             expectsInput: Bool = false, binder: ParameterBinder? = nil) throws -> ParameterBinder.State {
        let binder = binder ?? scriptBinder(command, expectsInput: expectsInput, range: range)
        let state: ParameterBinder.State
        do {
            state = try binder.bindCommandLine(args, prompt: session.host.canPrompt ? { try self.promptForMandatory($0, command: name) } : nil)
        } catch let e as BindingError {
            throw bindingFailure(e, name)
        }
        try setParameterVariables(command, state.parameters, bound: state.bound)
        session.variables.setLocal("args", .array(state.unbound.flatMap(Self.argsValues)))
        session.variables.setLocal("PSBoundParameters", .hashtable(boundParametersTable(state.parameters, common: state.commonBound)))
        return state
    }

    /// Each parameter's variable: its bound value, else its default (`= expression`, else the type's:
    /// '' for [string], $false for [bool] and [switch], 0 for numbers, $null otherwise).
    func setParameterVariables(_ command: ScriptCommand, _ values: BoundParameters, bound: [Bool]) throws {
        for (i, p) in command.metadata.parameters.enumerated() {
            if bound[i], let v = values[p.name] {
                session.variables.setLocal(p.name, v)
            } else {
                session.variables.setLocal(p.name, try defaultValue(command.parameters[i], p))
            }
            // A typed parameter is a typed variable: `param([int]$n)` then `$n = 'x'` fails.
            if let t = command.parameters[i].type { session.variables.constrainLocal(p.name, VariableConstraint(t, ofs: session.ofs)) }
        }
    }

    func defaultValue(_ sp: ScriptParameter, _ p: ParameterMetadata) throws -> PSValue {
        if let d = sp.defaultValue {
            let v = try evaluate(d)
            guard let type = sp.type, !v.isNull || p.type == .string else { return v }
            do { return try type.convert(v, ofs: session.ofs) } catch {
                throw bindingFailure(.argumentTransformation(p, error.message, sp.range), "")
            }
        }
        switch p.type {
        case .string: return .string("")
        case .bool, .switchParameter: return .bool(false)
        case .int32, .int64, .uint32: return .int(0)
        case .double: return .double(0)
        default: return .null
        }
    }

    /// `$PSBoundParameters`: the parameters given, by name, in binding order (common ones too).
    func boundParametersTable(_ values: BoundParameters, common: [(String, PSValue)]) -> PSHashtable {
        let table = PSHashtable(ordered: true)
        for n in values.boundNames { if let v = values[n] { _ = table.add(.string(n), v) } }
        for (n, v) in common { _ = table.add(.string(n), v) }
        return table
    }

    /// An argument no parameter took, as `$args` holds it: a value, or the parameter's text (`-Name:`)
    /// marked so that splatting `@args` passes it on as a parameter, followed by its value if it had one.
    static func argsValues(_ a: CommandArgument) -> [PSValue] {
        switch a {
        case let .value(v): return [v.value]
        case let .parameter(name, text, _, colon):
            let token = PSObject(typeNames: ["System.String", "System.Object"])
            token.toStringOverride = text
            token.native = ParameterToken(name: name, takesNext: colon != nil)
            return colon.map { [.object(token), $0.value] } ?? [.object(token)]
        }
    }

    /// PowerShell's prompt for missing mandatory parameters (`cmdlet Name at command pipeline position 1`).
    /// Nil when the user ends the input.
    func promptForMandatory(_ missing: [ParameterMetadata], command: String) throws -> [(ParameterMetadata, PSValue)]? {
        let host = session.host
        host.writeOut("\ncmdlet \(command) at command pipeline position 1\nSupply values for the following parameters:\n")
        var answers: [(ParameterMetadata, PSValue)] = []
        for p in missing {
            if p.type.isArray {
                var items: [PSValue] = []
                while let line = try host.readLine(prompt: "\(p.name)[\(items.count)]: ").promptAnswer(), !line.isEmpty { items.append(.string(line)) }
                answers.append((p, .array(items)))
            } else {
                guard let line = try host.readLine(prompt: "\(p.name): ").promptAnswer() else { return nil }
                answers.append((p, .string(line)))
            }
        }
        return answers
    }
}

/// A parameter name a simple function did not take, kept in `$args`; splatting `@args` turns it back
/// into a parameter (`takesNext`: given as `-Name:value`, so the element after it is its value).
final class ParameterToken {
    let name: String
    let takesNext: Bool
    init(name: String, takesNext: Bool) {
        self.name = name
        self.takesNext = takesNext
    }
}
