import CLibPQ
import Glibc

/// A synchronous connection to PostgreSQL through libpq: text parameters in, text values out.
/// Not thread-safe: one thread (or task) at a time uses a connection.
public final class PGConnection {
    /// connect_timeout (seconds) when neither the conninfo nor PGCONNECT_TIMEOUT sets one; without
    /// it libpq waits indefinitely for a server that accepts the TCP connection but never answers.
    public static let defaultConnectTimeout = 5

    /// libpq's compiled-in default for an unset host on Debian (DEFAULT_PGSOCKET_DIR), for messages.
    public static let defaultSocketFolder = "/var/run/postgresql"

    private let conn: OpaquePointer
    private let noticeSink = NoticeSink()
    /// Passwords this connection knows of (from the connection string and PGPASSWORD): removed from
    /// every message, whatever produced it.
    private let secrets: [String]
    /// Statements prepared on this connection, by their text.
    private var preparedNames: [String: String] = [:]

    /// Connects with a URI (`postgresql://user@host:port/db?sslmode=...`) or a keyword/value string
    /// (`host=... dbname=...`); "" or "postgresql://" take everything from PGHOST, PGPORT, PGUSER,
    /// PGDATABASE, PGPASSWORD, PGSERVICE, ~/.pgpass and the defaults, as libpq always does.
    /// The conninfo goes to PQconnectdbParams as an expanded `dbname`: parameters before it are
    /// defaults it can override (connect_timeout, fallback_application_name), those after it win
    /// (client_encoding=UTF8, because this layer reads every value as UTF-8).
    /// `sessionOptions` are server settings for the session (libpq's `options`, e.g. `-c jit=off`),
    /// used unless the connection string or PGOPTIONS gives options of its own.
    public init(_ conninfo: String, connectTimeout: Int = PGConnection.defaultConnectTimeout,
                applicationName: String = "csshell", sessionOptions: String? = nil) throws(PGError) {
        let secrets = try Self.validate(conninfo)
        var parameters: [(String, String)] = []
        if getenv("PGCONNECT_TIMEOUT") == nil { parameters.append(("connect_timeout", String(connectTimeout))) }
        if let sessionOptions, getenv("PGOPTIONS") == nil { parameters.append(("options", sessionOptions)) }
        parameters.append(("fallback_application_name", applicationName))
        parameters.append(("dbname", conninfo))
        parameters.append(("client_encoding", "UTF8"))
        guard let keywords = CStringArray(parameters.map { $0.0 } + [nil]),
              let values = CStringArray(parameters.map { $0.1 } + [nil]) else {
            throw PGError(kind: .invalidArgument, message: "The connection string contains a NUL character.")
        }
        let made = keywords.pointers.withUnsafeBufferPointer { k in
            values.pointers.withUnsafeBufferPointer { v in PQconnectdbParams(k.baseAddress, v.baseAddress, 1) }
        }
        guard let made else { throw PGError(kind: .client, message: "libpq could not allocate a connection.") }
        guard PQstatus(made) == CONNECTION_OK else {
            let error = PGError(kind: .connectionFailed, message: Self.scrub(Self.message(of: made), secrets),
                                target: Self.target(of: made))
            PQfinish(made)
            throw error
        }
        conn = made
        self.secrets = secrets
        noticeSink.install(on: made)
    }

    deinit {
        PQfinish(conn)
    }

    /// PQstatus is CONNECTION_OK. Turns false only when a call finds the connection broken.
    public var isConnected: Bool { PQstatus(conn) == CONNECTION_OK }

    /// libpq's latest error text for the connection (PQerrorMessage), without the trailing newline.
    public var errorMessage: String { Self.scrub(Self.message(of: conn), secrets) }

    /// Where the connection points, for messages: host (or socket directory), port, dbname, user.
    public var target: PGTarget { Self.target(of: conn) }

    /// e.g. 150018 for 15.18.
    public var serverVersion: Int { Int(PQserverVersion(conn)) }

    /// Inside BEGIN ... COMMIT (or a failed transaction awaiting ROLLBACK).
    public var inTransaction: Bool {
        let status = PQtransactionStatus(conn)
        return status == PQTRANS_INTRANS || status == PQTRANS_INERROR || status == PQTRANS_ACTIVE
    }

    /// The NOTICEs, WARNINGs, ... the server sent since the last call (libpq's default receiver
    /// would print them to stderr; this connection keeps the latest 100 instead).
    public func takeNotices() -> [PGNotice] { noticeSink.take() }

    /// Runs one statement with text parameters $1, $2, ... (one statement only; use `execScript` for
    /// several). With `prepared`, the statement is prepared once per connection (PQprepare) and run
    /// by name after that, which saves the server parsing and planning it each time; leave it off for
    /// a statement whose best plan depends on its parameters' values (a LIKE pattern). Throws
    /// PGError: `.server` with the SQLSTATE, or `.connectionLost`.
    @discardableResult
    public func exec(_ sql: String, _ params: [String?] = [], prepared: Bool = false) throws(PGError) -> PGResult {
        guard !sql.utf8.contains(0), let values = CStringArray(params) else {
            throw PGError(kind: .invalidArgument, message: "A statement or parameter contains a NUL character.", target: target)
        }
        let name = prepared ? try preparedName(sql) : nil
        let result = values.pointers.withUnsafeBufferPointer { v in
            if let name { return PQexecPrepared(conn, name, Int32(params.count), v.baseAddress, nil, nil, 0) }
            return PQexecParams(conn, sql, Int32(params.count), nil, v.baseAddress, nil, nil, 0)
        }
        return try consume(result)
    }

    /// The name of `sql` prepared on this connection, preparing it the first time.
    private func preparedName(_ sql: String) throws(PGError) -> String {
        if let name = preparedNames[sql] { return name }
        let name = "csshell_\(preparedNames.count + 1)"
        _ = try consume(PQprepare(conn, name, sql, 0, nil))
        preparedNames[sql] = name
        return name
    }

    /// Runs several ;-separated statements without parameters (PQexec, simple protocol), as one
    /// implicit transaction unless they contain BEGIN/COMMIT; returns the last statement's result.
    @discardableResult
    public func execScript(_ sql: String) throws(PGError) -> PGResult {
        guard !sql.utf8.contains(0) else {
            throw PGError(kind: .invalidArgument, message: "The script contains a NUL character.", target: target)
        }
        var last: PGResult?
        var firstError: PGError?
        guard PQsendQuery(conn, sql) == 1 else { throw lostOrClientError() }
        while let result = PQgetResult(conn) {
            do throws(PGError) {
                let r = try consume(result)
                last = r
            } catch {
                if firstError == nil { firstError = error }
            }
        }
        if let firstError { throw firstError }
        if !isConnected { throw lostOrClientError() }
        return last ?? PGResult(columns: [], rows: [], commandStatus: "", rowsAffected: nil)
    }

    /// `begin`, body, COMMIT; ROLLBACK when the body throws. A COMMIT that the server answers with
    /// ROLLBACK (the transaction had failed) throws. If the connection breaks during COMMIT the
    /// outcome is unknown: the error is `.connectionLost`, and the change may or may not be stored.
    @discardableResult
    public func transaction<T>(_ begin: String = "BEGIN", _ body: () throws -> T) throws -> T {
        try execScript(begin)
        let value: T
        do {
            value = try body()
        } catch {
            if isConnected && inTransaction { _ = try? exec("ROLLBACK") }
            throw error
        }
        let end = try exec("COMMIT")
        guard end.commandStatus == "COMMIT" else {
            throw PGError(kind: .server, message: "The transaction was rolled back: a statement in it had failed.",
                          sqlState: "25P02", target: target)
        }
        return value
    }

    /// Sends statements in libpq's pipeline mode: they go out before any result is read, which saves a
    /// round trip per statement. Each chunk of `chunkSize` is one implicit transaction unless the
    /// list holds BEGIN ... COMMIT (which then spans chunks); after a failure the server skips the
    /// rest of the chunk (those get `.failure` too). Statements go in chunks because in blocking mode
    /// a client that writes without reading can deadlock with a server that waits for its results to
    /// be read. Statements marked `prepared` are prepared first (once per connection).
    /// Returns one outcome per statement; throws only when the connection breaks (then which of the
    /// statements were committed is not known) or libpq misbehaves.
    public func pipeline(_ statements: [PGStatement], chunkSize: Int = 256) throws(PGError) -> [Result<PGResult, PGError>] {
        var prepared: [CStringArray] = []
        var names: [String?] = []
        for s in statements {
            guard !s.sql.utf8.contains(0), let values = CStringArray(s.params) else {
                throw PGError(kind: .invalidArgument, message: "A statement or parameter contains a NUL character.", target: target)
            }
            prepared.append(values)
            names.append(s.prepared ? try preparedName(s.sql) : nil)
        }
        guard PQenterPipelineMode(conn) == 1 else { throw PGError(kind: .client, message: errorMessage, target: target) }
        defer { _ = PQexitPipelineMode(conn) }
        var outcomes: [Result<PGResult, PGError>] = []
        outcomes.reserveCapacity(statements.count)
        var start = 0
        while start < statements.count {
            let end = min(start + max(chunkSize, 1), statements.count)
            for i in start..<end {
                let count = Int32(statements[i].params.count)
                let sent = prepared[i].pointers.withUnsafeBufferPointer { v in
                    if let name = names[i] { return PQsendQueryPrepared(conn, name, count, v.baseAddress, nil, nil, 0) }
                    return PQsendQueryParams(conn, statements[i].sql, count, nil, v.baseAddress, nil, nil, 0)
                }
                guard sent == 1 else { throw lostOrClientError() }
            }
            guard PQpipelineSync(conn) == 1 else { throw lostOrClientError() }
            for _ in start..<end {
                guard let result = PQgetResult(conn) else { throw lostOrClientError() }
                do throws(PGError) {
                    outcomes.append(.success(try consume(result)))
                } catch {
                    if error.kind == .connectionLost { throw error }
                    outcomes.append(.failure(error))
                }
                // Each statement's results end with a NULL from PQgetResult.
                if let extra = PQgetResult(conn) {
                    PQclear(extra)
                    throw PGError(kind: .client, message: "Unexpected extra result in pipeline.", target: target)
                }
            }
            try expectSync()
            start = end
        }
        return outcomes
    }

    // MARK: - Results and errors

    private func expectSync() throws(PGError) {
        guard let result = PQgetResult(conn) else { throw lostOrClientError() }
        defer { PQclear(result) }
        guard PQresultStatus(result) == PGRES_PIPELINE_SYNC else {
            throw PGError(kind: .client, message: "Expected a pipeline sync, got \(String(cString: PQresStatus(PQresultStatus(result)))).", target: target)
        }
    }

    /// Copies a result out and frees it; throws for an error result, and for nil (no result: out of
    /// memory or the connection is gone).
    private func consume(_ result: OpaquePointer?) throws(PGError) -> PGResult {
        guard let result else { throw lostOrClientError() }
        defer { PQclear(result) }
        let status = PQresultStatus(result)
        guard status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_EMPTY_QUERY else {
            throw error(from: result)
        }
        let columnCount = PQnfields(result)
        let rowCount = PQntuples(result)
        let columns = (0..<columnCount).map { String(cString: PQfname(result, $0)) }
        var rows: [[String?]] = []
        rows.reserveCapacity(Int(rowCount))
        for r in 0..<rowCount {
            rows.append((0..<columnCount).map { c in
                PQgetisnull(result, r, c) == 1 ? nil : String(cString: PQgetvalue(result, r, c))
            })
        }
        return PGResult(columns: columns, rows: rows, commandStatus: String(cString: PQcmdStatus(result)),
                        rowsAffected: Int(String(cString: PQcmdTuples(result))))
    }

    private func error(from result: OpaquePointer) -> PGError {
        func field(_ code: Int32) -> String? { PQresultErrorField(result, code).map { String(cString: $0) } }
        // FATAL and PANIC end the session (57P01 when an administrator or a shutdown ended it), even
        // if libpq has not seen the socket close yet.
        let severity = field(Int32(CLIBPQ_DIAG_SEVERITY))
        let full = Self.trimmed(String(cString: PQresultErrorMessage(result)))
        let ended = !isConnected || severity == "FATAL" || severity == "PANIC" || full.contains("server closed the connection")
        let kind: PGError.Kind = ended ? .connectionLost : .server
        if PQresultStatus(result) == PGRES_PIPELINE_ABORTED {
            return PGError(kind: kind, message: "Not run: an earlier statement in the pipeline failed.", target: target)
        }
        return PGError(kind: kind,
                       message: Self.scrub(field(Int32(CLIBPQ_DIAG_MESSAGE_PRIMARY)) ?? (full.isEmpty ? errorMessage : full), secrets),
                       sqlState: field(Int32(CLIBPQ_DIAG_SQLSTATE)),
                       constraint: field(Int32(CLIBPQ_DIAG_CONSTRAINT_NAME)),
                       table: field(Int32(CLIBPQ_DIAG_TABLE_NAME)),
                       detail: field(Int32(CLIBPQ_DIAG_MESSAGE_DETAIL)).map { Self.scrub($0, secrets) },
                       target: target)
    }

    /// The error after a call that got no result. The server may have ended the session (a FATAL
    /// error, the server going away) before libpq noticed the socket close: reading what is pending
    /// lets it notice.
    private func lostOrClientError() -> PGError {
        if isConnected { _ = PQconsumeInput(conn) }
        let message = errorMessage
        let ended = !isConnected || message.hasPrefix("FATAL:") || message.contains("server closed the connection")
        return PGError(kind: ended ? .connectionLost : .client, message: message, target: target)
    }

    /// Checks a connection string before libpq connects with it, because libpq's own messages can
    /// quote the password:
    /// - its parse errors quote the offending fragment: `user=u password=my secret` fails with
    ///   `missing "=" after "secret"`; those messages keep libpq's text with every quoted fragment
    ///   that is not a connection keyword replaced by "***";
    /// - a URI whose password holds an unencoded `/` or `@` parses into other parts (`u:pa/ss@h`
    ///   makes host `u`, port `pa`, and libpq then reports `invalid integer value "pa"`): such a URI
    ///   (an `@` in the database part, or two before it) is refused with a message quoting nothing.
    /// Returns the passwords to remove from later messages: the string's and PGPASSWORD's.
    static func validate(_ conninfo: String) throws(PGError) -> [String] {
        guard !conninfo.utf8.contains(0) else {
            throw PGError(kind: .invalidArgument, message: "The connection string contains a NUL character.")
        }
        if let scheme = ["postgresql://", "postgres://"].first(where: { conninfo.hasPrefix($0) }) {
            // libpq takes user[:password]@ from the text before the first '/', up to its first '@'.
            let rest = conninfo.dropFirst(scheme.count)
            let authority = rest.prefix { $0 != "/" }
            let path = rest.dropFirst(authority.count).prefix { $0 != "?" }
            if authority.filter({ $0 == "@" }).count > 1 || (!authority.contains("@") && path.contains("@")) {
                throw PGError(kind: .invalidArgument, message: "Invalid connection URI: it holds an '@' that is not the one before the host name. A password (or user name) with '@', '/', ':' or '?' must be percent-encoded (%40, %2F, %3A, %3F); better, keep the password out of the URI (~/.pgpass or PGPASSWORD).")
            }
        }
        var errorText: UnsafeMutablePointer<CChar>?
        guard let parsed = PQconninfoParse(conninfo, &errorText) else {
            let raw = errorText.map { String(cString: $0) } ?? "out of memory"
            if let errorText { PQfreemem(errorText) }
            throw PGError(kind: .invalidArgument, message: "Invalid connection string: " + redactQuoted(trimmed(raw)))
        }
        defer { PQconninfoFree(parsed) }
        var secrets: [String] = []
        if let given = options(parsed).first(where: { $0.keyword == "password" })?.value { secrets.append(given) }
        if let env = getenv("PGPASSWORD").map({ String(cString: $0) }) { secrets.append(env) }
        return secrets.filter { $0.count >= 3 }
    }

    /// `text` with every password in `secrets` replaced by "***".
    static func scrub(_ text: String, _ secrets: [String]) -> String {
        var text = text
        for s in secrets where text.contains(s) { text = text.replacing(s, with: "***") }
        return text
    }

    /// The keyword and value of each option in a PQconninfoOption array.
    static func options(_ array: UnsafeMutablePointer<PQconninfoOption>) -> [(keyword: String, value: String?, secret: Bool)] {
        var out: [(String, String?, Bool)] = []
        var option = array
        while let keyword = option.pointee.keyword {
            let secret = option.pointee.dispchar.map { String(cString: $0) == "*" } ?? false
            out.append((String(cString: keyword), option.pointee.val.map { String(cString: $0) }, secret))
            option += 1
        }
        return out
    }

    private static func redactQuoted(_ message: String) -> String {
        var keywords: Set<String> = []
        if let defaults = PQconndefaults() {
            keywords = Set(options(defaults).map(\.keyword))
            PQconninfoFree(defaults)
        }
        let parts = message.split(separator: "\"", omittingEmptySubsequences: false)
        return parts.enumerated().map { index, part in
            index % 2 == 1 && part.count > 1 && !keywords.contains(String(part)) ? "***" : String(part)
        }.joined(separator: "\"")
    }

    private static func message(of conn: OpaquePointer) -> String {
        PQerrorMessage(conn).map { trimmed(String(cString: $0)) } ?? ""
    }

    private static func trimmed(_ s: String) -> String {
        var s = Substring(s)
        while let last = s.last, last.isNewline || last == " " { s.removeLast() }
        return String(s)
    }

    /// Reads host, hostaddr, port, dbname and user back with PQconninfo; nothing else (so never
    /// the password, nor anything PQconninfo marks secret with dispchar "*").
    private static func target(of conn: OpaquePointer) -> PGTarget {
        var values: [String: String] = [:]
        if let array = PQconninfo(conn) {
            for o in options(array) where !o.secret && ["host", "hostaddr", "port", "dbname", "user"].contains(o.keyword) {
                values[o.keyword] = o.value
            }
            PQconninfoFree(array)
        }
        return PGTarget(host: values["host"], hostaddr: values["hostaddr"], port: values["port"],
                        dbname: values["dbname"], user: values["user"])
    }
}
