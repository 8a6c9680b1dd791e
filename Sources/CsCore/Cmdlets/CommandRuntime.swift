/// What a running cmdlet can do: write to the streams, ask ShouldProcess, reach the services its
/// module lends to the session.
public protocol CommandRuntime: ServiceProvider {
    /// The command name as the user typed it (error prefixes use it).
    var commandName: String { get }
    /// Writes one object to the success stream; an array is written as one object.
    func writeObject(_ value: PSValue)
    /// A non-terminating error: shown (per -ErrorAction), recorded in $Error, the pipeline goes on.
    func writeError(_ error: ErrorRecord) throws
    func writeWarning(_ message: String)
    func writeVerbose(_ message: String)
    func writeDebug(_ message: String)
    /// Text for the host (Write-Host): straight to the console, not the pipeline.
    func writeHost(_ text: String, newline: Bool)
    /// -WhatIf / -Confirm: prints `What if: …` and returns false, prompts, or returns true.
    func shouldProcess(target: String, action: String) throws -> Bool
    /// True once the user pressed Ctrl-C; long loops should stop.
    var isStopping: Bool { get }
    /// The command line as written: the whole lines of the statement that ran this command, each
    /// secret value masked (records such as a change history keep it).
    var commandLine: String { get }
    /// Makes the host text written so far (writeHost) visible now, for a command that announces
    /// something and then keeps running.
    func flushHost()
    /// Runs `body`, a command that runs until the user presses Ctrl-C, with Ctrl-C reported through
    /// `isStopping` wherever the command runs: also in a script, where Ctrl-C otherwise ends the process.
    /// A Ctrl-C pressed before `body` starts does not count.
    func catchingInterrupts<R>(_ body: () throws -> R) rethrows -> R
}

extension CommandRuntime {
    /// A runtime that does not run commands from text: the command's name.
    public var commandLine: String { commandName }
    public func flushHost() {}
    public func catchingInterrupts<R>(_ body: () throws -> R) rethrows -> R { try body() }

    /// Writes each element of a collection (WriteObject(x, enumerateCollection: true)).
    public func writeEnumerated(_ value: PSValue) {
        if let items = value.enumerated { for x in items { writeObject(x) } } else { writeObject(value) }
    }
}
