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
