import CsCmdlets

extension ErrorRecord {
    /// A runtime error from the engine itself (not from a cmdlet): `RuntimeException` with a bare id.
    static func runtime(_ message: String, id: String, category: ErrorCategory = .InvalidOperation, target: PSValue? = nil,
                        exceptionType: String = "System.Management.Automation.RuntimeException") -> ErrorRecord {
        var r = ErrorRecord(message: message, errorId: id, category: category, target: target, exceptionType: exceptionType)
        r.activity = ""
        return r
    }

    /// A name that is no cmdlet, function, script or program (pwsh 7's wording, contract.md).
    static func commandNotFound(_ name: String) -> ErrorRecord {
        runtime("The term '\(name)' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again.",
                id: "CommandNotFoundException", category: .ObjectNotFound, target: .string(name),
                exceptionType: "System.Management.Automation.CommandNotFoundException")
    }
}
