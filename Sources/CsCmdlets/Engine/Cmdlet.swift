// The contract between a cmdlet and the engine. A cmdlet declares its metadata; the engine binds the
// command line and each pipeline object and calls begin, process (once per input object, or once when
// the command has no input) and end. A thrown ErrorRecord is a terminating error for the statement.

public protocol Cmdlet: AnyObject {
    static var metadata: CmdletMetadata { get }
    init()
    /// After the command line is bound, before any input.
    func begin(_ parameters: BoundParameters, _ runtime: any CommandRuntime) throws
    /// Once per input object, with the pipeline parameters bound for it; once with no input.
    func process(_ parameters: BoundParameters, _ runtime: any CommandRuntime) throws
    /// After the last input object.
    func end(_ runtime: any CommandRuntime) throws
}

extension Cmdlet {
    public func begin(_ parameters: BoundParameters, _ runtime: any CommandRuntime) throws {}
    public func end(_ runtime: any CommandRuntime) throws {}
}

/// What a running cmdlet can do: write to the streams, ask ShouldProcess, reach the store.
public protocol CommandRuntime: AnyObject {
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
    /// The XMPP partner store (opened on first use).
    func store() throws -> any XmppStore
}

extension CommandRuntime {
    /// Writes each element of a collection (WriteObject(x, enumerateCollection: true)).
    public func writeEnumerated(_ value: PSValue) {
        if case let .array(a) = value { for x in a { writeObject(x) } } else { writeObject(value) }
    }
}
