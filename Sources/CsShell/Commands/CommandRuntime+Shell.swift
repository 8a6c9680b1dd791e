import CsCmdlets

/// What the shell's own cmdlets need beyond CommandRuntime: the interpreter, to run script blocks.
extension CommandRuntime {
    var processor: CmdletProcessor { self as! CmdletProcessor }
    var interpreter: Interpreter { processor.interpreter }
    var session: Session { processor.session }

    /// Runs a script block in the caller's scope with `$_` set, streaming its output through this command.
    func runStreaming(_ block: any PSScriptBlock, dollarUnder: PSValue?) throws {
        guard let sb = block as? ScriptBlock else { return }
        try interpreter.invoke(sb, dollarUnder: dollarUnder, newScope: false, output: ClosureSink { self.writeObject($0) })
    }

    /// Runs a script block in the caller's scope with `$_` set and returns its output as one value.
    func evaluate(_ block: any PSScriptBlock, dollarUnder: PSValue?) throws -> PSValue {
        guard let sb = block as? ScriptBlock else { return .null }
        return try interpreter.invokeForValue(sb, dollarUnder: dollarUnder)
    }

    /// Runs calculated-property script blocks for the formatting layer.
    var invoker: ScriptBlockInvoker { { block, input in try self.evaluate(block, dollarUnder: input) } }

    /// Reads a `-Property` argument (names, wildcards, script blocks, calculated properties); a bad
    /// hashtable is a terminating error of this command.
    func propertySpecs(_ value: PSValue?, usage: PropertySpecUsage) throws -> [PropertySpec] {
        guard let value else { return [] }
        do { return try PropertySpec.parse(value, usage: usage) } catch {
            throw ErrorRecord(message: error.message, errorId: error.errorId, category: .InvalidArgument,
                              target: value, exceptionType: "System.NotSupportedException")
        }
    }
}

/// Shared parameter declarations of the shell's cmdlets.
enum CommonDeclarations {
    static func inputObject(_ description: String = "Specifies the objects to process. Enter a variable that contains the objects, or type a command or expression that gets the objects.") -> ParameterMetadata {
        ParameterMetadata("InputObject", .psObject, pipeline: .byValue, description: description)
    }
}
