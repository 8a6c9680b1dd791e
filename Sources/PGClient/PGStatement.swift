/// One statement with its text parameters ($1, $2, ...), for PGConnection.pipeline.
public struct PGStatement: Sendable {
    public let sql: String
    public let params: [String?]

    public init(_ sql: String, _ params: [String?] = []) {
        self.sql = sql
        self.params = params
    }
}
