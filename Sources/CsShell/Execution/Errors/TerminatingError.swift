import CsCore

/// A terminating error on its way up the stack. Statement-terminating errors (binding errors,
/// command not found, a cmdlet's thrown ErrorRecord) end the current statement; script-terminating
/// ones (`throw`, `-ErrorAction Stop`, `$ErrorActionPreference = 'Stop'`) end the script unless a
/// try/catch takes them.
struct TerminatingError: Error, @unchecked Sendable {
    var record: ErrorRecord
    var scriptTerminating: Bool
    /// The error redirection (`2>$null`, `2>&1`) of the command that raised it.
    var errorRedirection: ErrorRedirection? = nil
    /// Set by `$PSCmdlet.ThrowTerminatingError`: the error passes the statements of that function's
    /// body and ends its call, as a statement-terminating error of the statement that called it.
    var endsCommand: ObjectIdentifier? = nil
    /// Raised by a `throw` statement, which $ErrorActionPreference SilentlyContinue or Ignore suppresses.
    var fromThrow = false
    /// A non-terminating error that -ErrorAction Stop (or $ErrorActionPreference) made terminating:
    /// PowerShell's ActionPreferenceStopException, which `catch [ActionPreferenceStopException]` takes.
    var stoppedByPreference = false

    init(record: ErrorRecord, scriptTerminating: Bool, errorRedirection: ErrorRedirection? = nil) {
        self.record = record
        self.scriptTerminating = scriptTerminating
        self.errorRedirection = errorRedirection
    }
}
