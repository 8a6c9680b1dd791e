import CsCore
import CsLanguage

/// `$PSCmdlet` of an advanced function: its parameter set and invocation, and the cmdlet methods a
/// script calls on it (ShouldProcess, ShouldContinue, WriteObject, WriteError, ThrowTerminatingError,
/// GetVariableValue).
final class ScriptCmdletContext {
    private weak var stage: ScriptStage?

    private init(_ stage: ScriptStage) { self.stage = stage }

    static func make(_ stage: ScriptStage, parameterSet: String) -> PSObject {
        let o = PSObject(typeNames: ["System.Management.Automation.PSScriptCmdlet", "System.Management.Automation.PSCmdlet",
                                     "System.Management.Automation.Cmdlet", "System.Object"], properties: [
            ("ParameterSetName", .string(parameterSet)),
            ("MyInvocation", stage.session.variables.get("local:MyInvocation") ?? .null),
            ("CommandOrigin", .string("Runspace")),
        ])
        o.native = ScriptCmdletContext(stage)
        return o
    }

    /// A method call on `$PSCmdlet`; nil when it has no such method.
    func invoke(_ name: String, _ args: [PSValue], at range: SourceRange, _ interpreter: Interpreter) throws -> PSValue? {
        guard let stage else { return nil }
        func str(_ i: Int) -> String { i < args.count ? PSConvert.toString(args[i]) : "" }
        func record(_ i: Int) throws -> ErrorRecord {
            guard i < args.count, let r = ErrorRecordObject.record(from: args[i]) else {
                throw interpreter.failure("Cannot convert argument \"errorRecord\", with value: \"\(str(i))\", for \"\(name)\" to type \"System.Management.Automation.ErrorRecord\".",
                                          id: "MethodArgumentConversionInvalidCastArgument", at: range)
            }
            return r
        }
        switch name.lowercased() {
        case "shouldprocess":
            let target = str(0)
            let action = args.count > 1 ? str(1) : stage.name
            let common = stage.session
            return .bool(try stage.gate.shouldProcess(common, whatIf: nil, confirm: nil, impact: stage.command.metadata.confirmImpact,
                                                      target: target, action: action, writeError: stage.writeError))
        case "shouldcontinue":
            return .bool(try stage.gate.ask(str(0), stage.session, writeError: stage.writeError))
        case "writeobject":
            if args.count > 1, PSConvert.isTrue(args[1]), case let .array(items) = args[0] {
                for x in items { try stage.writeObject(x) }
            } else {
                try stage.writeObject(args.first ?? .null)
            }
            interpreter.voidResult = true
            return .null
        case "writeerror":
            try stage.writeError(try record(0))
            interpreter.voidResult = true
            return .null
        case "throwterminatingerror":
            var r = try record(0)
            r.activity = stage.name
            r.commandClass = stage.name.isEmpty ? nil : stage.name
            r.position = ErrorPosition(stage.call.range, in: stage.call.source)
            var e = TerminatingError(record: r, scriptTerminating: false)
            e.endsCommand = ObjectIdentifier(stage)
            throw e
        case "getvariablevalue":
            return stage.session.variables.get(str(0)) ?? (args.count > 1 ? args[1] : .null)
        default:
            return nil
        }
    }
}
