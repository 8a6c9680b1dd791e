// The contract between a cmdlet and the engine. A cmdlet declares its metadata; the engine binds the
// command line and each pipeline object and calls begin, process (once per input object, or once when
// the command has no input) and end. A thrown ErrorRecord is a terminating error for the statement.

/// What every command type declares, whatever runtime it runs on: its metadata, and how to make one.
public protocol CmdletDeclaration: AnyObject {
    static var metadata: CmdletMetadata { get }
    init()
}

/// A cmdlet of a domain module: it runs on the CommandRuntime every cmdlet sees.
public protocol Cmdlet: CmdletDeclaration {
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
