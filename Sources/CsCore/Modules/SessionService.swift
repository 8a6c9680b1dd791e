/// A service a module lends to the cmdlets of one shell session (the XMPP module's store, say):
/// created the first time a cmdlet asks for it, told when each command line finishes and when the
/// session ends. A service that was never asked for is never created.
public protocol SessionService: AnyObject {
    /// The end of each interactive command line and of a script: make what changed durable. A thrown
    /// ErrorRecord is reported as an engine error; the session goes on.
    func commandLineFinished() throws
    /// The shell is exiting: release what the service holds. A thrown ErrorRecord is reported.
    func sessionEnding() throws
}

/// Whatever can hand out the session's services: the session itself, and every command runtime.
public protocol ServiceProvider: AnyObject {
    /// The session's instance of a service type, created on first use. Throws when no module
    /// registered the type, or when creating it failed.
    func service<S: SessionService>(_ type: S.Type) throws -> S
}
