/// One statement with its text parameters ($1, $2, ...), for PGConnection.pipeline; `prepared` as
/// for PGConnection.exec.
public struct PGStatement: Sendable {
    public let sql: String
    public let params: [String?]
    public let prepared: Bool

    public init(_ sql: String, _ params: [String?] = [], prepared: Bool = false) {
        self.sql = sql
        self.params = params
        self.prepared = prepared
    }
}
