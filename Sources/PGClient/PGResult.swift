/// The outcome of one successful statement, copied out of the PGresult (text format).
public struct PGResult: Sendable {
    public let columns: [String]
    /// Values in text form; nil is SQL NULL.
    public let rows: [[String?]]
    /// The command tag: "INSERT 0 1", "SELECT 3", "COMMIT", "ROLLBACK", ...
    public let commandStatus: String
    /// Rows inserted, updated, deleted, selected, ... (PQcmdTuples); nil when the command has no count.
    public let rowsAffected: Int?

    public init(columns: [String], rows: [[String?]], commandStatus: String, rowsAffected: Int?) {
        self.columns = columns
        self.rows = rows
        self.commandStatus = commandStatus
        self.rowsAffected = rowsAffected
    }

    /// The first column of the first row, the usual shape of `SELECT count(*)`, `RETURNING id`.
    public var scalar: String? { rows.first?.first ?? nil }

    /// Column index by name, for `row[result.column("identity")]`.
    public func column(_ name: String) -> Int? { columns.firstIndex(of: name) }
}
