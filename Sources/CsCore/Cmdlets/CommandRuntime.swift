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
}

extension CommandRuntime {
    /// A runtime that does not run commands from text: the command's name.
    public var commandLine: String { commandName }

    /// Writes each element of a collection (WriteObject(x, enumerateCollection: true)).
    public func writeEnumerated(_ value: PSValue) {
        if case let .array(a) = value { for x in a { writeObject(x) } } else { writeObject(value) }
    }
}
