/// A NOTICE, WARNING, INFO, ... that the server sent with a statement (not an error).
public struct PGNotice: Sendable, Equatable {
    /// Non-localized severity: NOTICE, WARNING, INFO, DEBUG, LOG.
    public let severity: String
    public let sqlState: String?
    public let message: String
}
