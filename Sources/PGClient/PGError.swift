/// A failure reported by libpq or by the server. `message` is libpq's text without the trailing
/// newline; for a server error the fields come from the error report (PQresultErrorField).
public struct PGError: Error, CustomStringConvertible, Sendable {
    public enum Kind: Sendable, Equatable {
        /// PQconnectdbParams / PQreset did not reach CONNECTION_OK.
        case connectionFailed
        /// The connection broke (server gone, killed, restarted): PQstatus is CONNECTION_BAD after the call.
        case connectionLost
        /// The server rejected the statement; `sqlState` says why.
        case server
        /// Rejected before reaching libpq, e.g. a string with a NUL character.
        case invalidArgument
        /// libpq returned something this layer does not expect (out of memory, pipeline protocol).
        case client
    }

    public let kind: Kind
    public let message: String
    /// Five-character SQLSTATE, e.g. "23505" unique_violation, "42501" insufficient_privilege.
    public let sqlState: String?
    public let constraint: String?
    public let table: String?
    public let detail: String?
    /// Where the connection points (never the password); nil when not known.
    public let target: PGTarget?

    public init(kind: Kind, message: String, sqlState: String? = nil, constraint: String? = nil,
                table: String? = nil, detail: String? = nil, target: PGTarget? = nil) {
        self.kind = kind
        self.message = message
        self.sqlState = sqlState
        self.constraint = constraint
        self.table = table
        self.detail = detail
        self.target = target
    }

    public var isUniqueViolation: Bool { sqlState == "23505" }
    public var isSerializationFailure: Bool { sqlState == "40001" }
    public var isDeadlock: Bool { sqlState == "40P01" }
    public var isInsufficientPrivilege: Bool { sqlState == "42501" }

    public var description: String {
        var s = message
        if let sqlState { s += " (SQLSTATE \(sqlState))" }
        return s
    }
}
