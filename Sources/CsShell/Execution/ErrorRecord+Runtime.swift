import CsCmdlets

extension ErrorRecord {
    /// A runtime error from the engine itself (not from a cmdlet): `RuntimeException` with a bare id.
    static func runtime(_ message: String, id: String, category: ErrorCategory = .InvalidOperation, target: PSValue? = nil,
                        exceptionType: String = "System.Management.Automation.RuntimeException") -> ErrorRecord {
        var r = ErrorRecord(message: message, errorId: id, category: category, target: target, exceptionType: exceptionType)
        r.activity = ""
        return r
    }
}
