import CsCore
import PGClient

// The PostgreSQL store: the Central Management Store of several admin hosts, one database that every
// csshell names with a connection URI (`postgresql://…`, libpq's syntax and environment).
//
// - One connection per store object, opened at the first command that uses the store (libpq's
//   connect_timeout 5 s unless the URI or PGCONNECT_TIMEOUT says otherwise) and kept for the session.
//   A connection found broken (the server restarted, or was killed) is replaced at once: a read, or a
//   change that had not reached COMMIT, runs again once on a new connection; if none can be made the
//   command fails and says so, and the next command tries again.
// - Every change is one transaction: it takes the store-wide advisory lock first (changes are decided
//   one at a time, seeing every change committed before them, as under the file store's lock), runs
//   the decision against the view (queries in the transaction), writes, and commits before `apply`
//   returns (synchronous commit: the change survives a crash of the server as well as of the shell).
//   A connection lost during COMMIT is settled by asking, on a new connection, what became of the
//   transaction (txid_status).
// - The schema (PostgreSQLStoreSchema) is created by the first change, in that change's transaction,
//   by a role allowed to (the database owner); a store of a newer version is refused.
// - Reads never write: each question is one statement on its own (Get -Identity is one query; -Filter
//   is answered by the database), a database without the schema reads as an empty store.
// - Whether this role may change the store (`access`, which the Control Panel asks on every page) is
//   read from the server's catalogue: the privileges every kind of change needs, or before there are
//   tables the right to create them, and whether the server takes writes at all. What the catalogue
//   cannot show (a row-level security policy, say) is still refused by `apply`, as a permission error.
// - Messages name the store by host, port, database and user only (PGTarget.uri); libpq's own text is
//   checked for passwords before it is shown (PGConnection).

public final class PostgreSQLXmppStore: XmppStore {
    /// The connection string as given (it may hold a password: never shown).
    private let connectionString: String
    public private(set) var location: String
    private var connection: PGConnection?
    /// True once this connection has seen the schema at a version it reads.
    private var schemaKnown = false
    /// That schema's version (a version 1 store has no history until its first change adds it).
    private var schemaVersion = PostgreSQLStoreSchema.version

    public init(connectionString: String) {
        self.connectionString = connectionString
        self.location = PGTarget.resolving(connectionString)?.uri ?? "postgresql://"
    }

    // MARK: XmppStore

    public func read<R>(_ body: (any XmppStoreView) throws -> R) throws -> R {
        try withConnection(changing: false) { c in
            let present = try schemaPresent(c)
            return try body(PostgreSQLStoreView(connection: c, schemaPresent: present, inTransaction: false,
                                                 historyPresent: present && schemaVersion >= 2))
        }
    }

    @discardableResult
    public func apply(_ context: XmppChangeContext, _ decide: (any XmppStoreView) throws -> XmppStoreChange?) throws -> XmppStoreChange? {
        var tries = 0
        while true {
            tries += 1
            do {
                return try withConnection(changing: true) { c in try applyOnce(c, context, decide) }
            } catch let Attempt.lostDuringCommit(e, xid, change) {
                drop()
                switch settle(xid) {
                case "committed"?:
                    return change
                case "aborted"? where tries < 2:
                    continue   // not stored: decide again on the new connection
                case "aborted"?:
                    throw lostError(e, changing: true)
                default:
                    throw XmppStoreError("The connection to the XMPP store '\(location)' was lost while the change was being committed (\(Self.flattened(e.message))), and whether it was stored is not known. Check with a Get command once the server answers again.",
                                         errorId: "XmppStoreCommitUnknown", category: .ConnectionError, location: location)
                }
            }
        }
    }

    public func access() throws -> XmppStoreAccess {
        try withConnection(changing: false) { c in
            let user = c.target.user ?? "?"
            if try c.exec(PostgreSQLStoreSchema.serverReadOnly).scalar == "t" {
                return .readOnly(reason: "the server of the XMPP store '\(location)' takes no changes (a standby, or default_transaction_read_only)")
            }
            if try schemaPresent(c) {
                if let missing = try c.exec(PostgreSQLStoreSchema.missingChangePrivileges).scalar {
                    return .readOnly(reason: "the role '\(user)' may read the XMPP store '\(location)' but not change it (it lacks \(missing))")
                }
            } else if try c.exec(PostgreSQLStoreSchema.mayCreate).scalar != "t" {
                return .readOnly(reason: "the XMPP store '\(location)' has no csshell tables yet, and the role '\(user)' may not create them; the database's owner creates them with its first change")
            }
            return .readWrite
        }
    }

    /// Every change is committed before `apply` returns.
    public func sync() throws {}

    public func close() throws {
        connection = nil
        schemaKnown = false
    }

    // MARK: Connections

    /// What broke a connection, as `withConnection` tells it apart.
    private enum Attempt: Error {
        /// Lost before COMMIT was sent: nothing was changed; safe to run again.
        case lost(PGError)
        /// Lost while COMMIT was on its way; the transaction's id tells what became of it.
        case lostDuringCommit(PGError, transaction: String, change: XmppStoreChange)
    }

    /// Runs `body` on the connection (made first when there is none); when the connection breaks
    /// before anything was committed, runs it once more on a new one. (A connection lost during
    /// COMMIT is `apply`'s to settle.)
    private func withConnection<R>(changing: Bool, _ body: (PGConnection) throws -> R) throws -> R {
        var tries = 0
        while true {
            tries += 1
            let c = try connected(changing: changing)
            do {
                return try body(c)
            } catch let Attempt.lost(e) {
                drop()
                if tries >= 2 { throw lostError(e, changing: changing) }
            } catch let e as PGError {
                if e.kind == .connectionLost {
                    drop()
                    if tries >= 2 { throw lostError(e, changing: changing) }
                    continue
                }
                throw storeError(e, connection: c, changing: changing)
            } catch let e as PostgreSQLStoreView.DataError {
                throw XmppStoreError("The XMPP store '\(location)' is not a valid csshell store: \(e.message). It was left unchanged; fix it, or use another database.",
                                     errorId: "XmppStoreInvalidShape", category: .InvalidData, location: location)
            }
        }
    }

    private func connected(changing: Bool) throws -> PGConnection {
        if let c = connection, c.isConnected { return c }
        drop()
        do {
            // JIT compiling pays off for long analytic queries, never for the store's: a -Filter over
            // 100,000 partners spent more time compiling than scanning.
            let c = try PGConnection(connectionString, sessionOptions: "-c jit=off")
            location = c.target.uri
            connection = c
            return c
        } catch {
            throw connectError(error, changing: changing)
        }
    }

    private func drop() {
        connection = nil
        schemaKnown = false
    }

    /// What became of a transaction whose COMMIT got no answer: "committed", "aborted", "in progress",
    /// or nil when no new connection can be made to ask.
    private func settle(_ xid: String) -> String? {
        guard let c = try? connected(changing: true) else { return nil }
        return (try? c.exec("SELECT txid_status($1::bigint)", [xid]))?.scalar
    }

    // MARK: Reading

    /// Whether the database holds a csshell store this csshell reads (looked up once per connection
    /// once found); a newer version is an error.
    private func schemaPresent(_ c: PGConnection) throws -> Bool {
        if schemaKnown { return true }
        guard try c.exec(PostgreSQLStoreSchema.exists).scalar == "t" else { return false }
        try checkVersion(try c.exec(PostgreSQLStoreSchema.readVersion).rows.first)
        schemaKnown = true
        return true
    }

    private func checkVersion(_ row: [String?]?) throws {
        guard let row, row.count >= 2, row[0] == PostgreSQLStoreSchema.format, let v = row[1].flatMap({ Int($0) }) else {
            throw PostgreSQLStoreView.DataError(message: "its store_info table does not name the csshell store format and a version")
        }
        if v > PostgreSQLStoreSchema.version {
            throw XmppStoreError.newerVersion(location: location, version: v, supported: PostgreSQLStoreSchema.version)
        }
        if v < 1 { throw PostgreSQLStoreView.DataError(message: "its version \(v) is not a valid store version") }
        schemaVersion = v
    }

    /// Brings a store of an older version up to this csshell's, inside the change's transaction
    /// (under the store's lock): only a role that may create tables in its schema (the owner) can.
    private func migrate(_ c: PGConnection, from v: Int) throws {
        guard v < PostgreSQLStoreSchema.version else { return }
        try asOwner(c, PostgreSQLStoreSchema.migrations[(v - 1)...].joined(separator: "\n")) { user, why in
            XmppStoreError("The XMPP store '\(location)' has version \(v); this csshell keeps the change history in version \(PostgreSQLStoreSchema.version), and the role '\(user)' may not add its table (\(why)). Nothing was changed. The database's owner's next change adds it; then use this role.",
                           errorId: "XmppStoreNotUpgraded", category: .PermissionDenied, location: location)
        }
        schemaVersion = PostgreSQLStoreSchema.version
    }

    // MARK: Changing

    private func applyOnce(_ c: PGConnection, _ context: XmppChangeContext,
                           _ decide: (any XmppStoreView) throws -> XmppStoreChange?) throws -> XmppStoreChange? {
        let xid: String
        let created: Bool
        var gateway: XmppGatewaySettings?
        do {
            let known = schemaKnown
            var begin = [PGStatement(PostgreSQLStoreSchema.begin), PGStatement(PostgreSQLStoreSchema.setLockTimeout),
                         PGStatement(PostgreSQLStoreSchema.lock, prepared: true)]
            if known { begin.append(PGStatement(PostgreSQLStoreSchema.versionAndGateway, prepared: true)) }
            let started = try c.pipeline(begin)
            for case let .failure(e) in started { throw e }
            guard case let .success(locked) = started[2], let lockRow = locked.rows.first else {
                throw PGError(kind: .client, message: "the lock statement returned no row", target: c.target)
            }
            xid = lockRow[1] ?? ""
            if known, case let .success(read)? = started.last, let row = read.rows.first {
                if let v = row[0].flatMap({ Int($0) }), v > PostgreSQLStoreSchema.version {
                    throw XmppStoreError.newerVersion(location: location, version: v, supported: PostgreSQLStoreSchema.version)
                } else if let v = row[0].flatMap({ Int($0) }), v < PostgreSQLStoreSchema.version {
                    try migrate(c, from: v)
                }
                gateway = row[1] == nil ? XmppGatewaySettings() : try PostgreSQLStoreView.gateway(from: Array(row[1...])).settings
                created = false
            } else {
                created = try createSchemaIfMissing(c)
            }
        } catch {
            try rollback(c)
            throw error
        }
        let change: XmppStoreChange?
        let history: [XmppChangeEntry]
        do {
            let view = PostgreSQLStoreView(connection: c, schemaPresent: true, inTransaction: true, historyPresent: true, gateway: gateway)
            change = try decide(view)
            history = try change.map { try XmppChangeRecorder.entries(for: $0, context: context, view: view) } ?? []
        } catch {
            try rollback(c)
            throw error
        }
        guard let change else {
            if created { try commit(c, xid: xid, change: nil, history: []) } else { try rollback(c) }
            schemaKnown = true
            return nil
        }
        try commit(c, xid: xid, change: change, history: history)
        schemaKnown = true
        return change
    }

    /// Creates the schema when the database has none (under the lock the transaction holds, so two
    /// shells never both try). True when it did.
    private func createSchemaIfMissing(_ c: PGConnection) throws -> Bool {
        if try c.exec(PostgreSQLStoreSchema.exists).scalar == "t" {
            try checkVersion(try c.exec(PostgreSQLStoreSchema.readVersion).rows.first)
            try migrate(c, from: schemaVersion)
            schemaKnown = true
            return false
        }
        try asOwner(c, PostgreSQLStoreSchema.create) { user, why in
            XmppStoreError("The XMPP store '\(location)' has no csshell tables yet, and the role '\(user)' may not create them (\(why)). The first change creates them when it is made by the database's owner; run one as the owner (for example Set-CsXmppGatewayConfiguration with -Store postgresql://OWNER@HOST/DATABASE), then use this role.",
                           errorId: "XmppStoreNotCreated", category: .PermissionDenied, location: location)
        }
        schemaVersion = PostgreSQLStoreSchema.version
        return true   // known once committed
    }

    /// Runs a schema script that only a role allowed to create in the database (the owner) may run; a
    /// role that may not gets `refusal(user, the server's reason)`, with the transaction rolled back.
    private func asOwner(_ c: PGConnection, _ script: String, refusal: (String, String) -> XmppStoreError) throws {
        do {
            _ = try c.execScript(script)
        } catch {
            let e: PGError = error
            guard e.sqlState == "42501" || e.sqlState == "25006" else { throw e }
            try rollback(c)
            throw refusal(c.target.user ?? "?", e.message)
        }
    }

    /// Writes `change` (nil: only the schema) and its history entries, and commits, in one round trip.
    private func commit(_ c: PGConnection, xid: String, change: XmppStoreChange?, history: [XmppChangeEntry]) throws {
        var statements = change.map(Self.statements) ?? []
        if !history.isEmpty { statements.append(Self.historyStatement(history)) }
        statements.append(PGStatement("COMMIT"))
        let outcomes: [Result<PGResult, PGError>]
        do {
            outcomes = try c.pipeline(statements)
        } catch {
            let e: PGError = error
            guard e.kind == .connectionLost else { throw e }
            guard let change else { throw Attempt.lost(e) }
            throw Attempt.lostDuringCommit(e, transaction: xid, change: change)
        }
        for case let .failure(e) in outcomes {
            try rollback(c)
            if e.isUniqueViolation, e.constraint == "partner_domain_pkey", let change {
                if let inUse = try domainInUse(c, change) { throw inUse }
            }
            throw e
        }
        guard case let .success(end)? = outcomes.last, end.commandStatus == "COMMIT" else {
            throw PGError(kind: .server, message: "the transaction was rolled back", sqlState: "25P02", target: c.target)
        }
    }

    private func rollback(_ c: PGConnection) throws {
        guard c.isConnected, c.inTransaction else { return }
        do { try c.exec("ROLLBACK") } catch {
            let e: PGError = error
            throw e.kind == .connectionLost ? Attempt.lost(e) : e
        }
    }

    /// The database refused a domain that another partner holds (a shell that does not check first,
    /// or a change by hand): the same message as the decision's own check, naming the holder.
    private func domainInUse(_ c: PGConnection, _ change: XmppStoreChange) throws -> XmppValidationError? {
        guard case let .putPartner(p) = change else { return nil }
        for d in p.allDomains {
            if let holder = try c.exec(PostgreSQLStoreSchema.holderOfDomain, [d], prepared: true).scalar, holder != p.identity {
                return .domainInUse(d, holder: holder)
            }
        }
        return nil
    }

    /// The statements that make a change, before its COMMIT.
    static func statements(_ change: XmppStoreChange) -> [PGStatement] {
        func bool(_ b: Bool) -> String { b ? "true" : "false" }
        switch change {
        case let .putPartner(p):
            return [
                PGStatement(PostgreSQLStoreSchema.putPartner, [
                    p.identity, String(p.connectionLimit), p.description, bool(p.enableKeepAlive), p.partnerType.name,
                    p.proxyFqdn, p.saslNegotiation.name, bool(p.supportDialbackNegotiation), p.tlsNegotiation.name,
                    PGArray.literal(p.additionalDomains),
                ], prepared: true),
            ]
        case let .removePartner(identity):
            return [PGStatement(PostgreSQLStoreSchema.removePartner, [DomainName.lookupKey(identity)], prepared: true)]
        case let .setGateway(g):
            return [gatewayStatement(g, members: nil)]
        case let .clearHistory(before):
            return [PGStatement(PostgreSQLStoreSchema.clearChanges, [before], prepared: true)]
        case let .replaceContents(contents):
            let ps = contents.partners
            let members = contents.unknownMembers
            return [
                PGStatement(PostgreSQLStoreSchema.clearPartners),
                PGStatement(PostgreSQLStoreSchema.insertPartners, [
                    PGArray.literal(ps.map(\.identity)), PGArray.literal(ps.indices.map { String($0 + 1) }),
                    PGArray.literal(ps.map { String($0.connectionLimit) }), PGArray.literal(ps.map(\.description)),
                    PGArray.literal(ps.map { bool($0.enableKeepAlive) }), PGArray.literal(ps.map(\.partnerType.name)),
                    PGArray.literal(ps.map(\.proxyFqdn)), PGArray.literal(ps.map(\.saslNegotiation.name)),
                    PGArray.literal(ps.map { bool($0.supportDialbackNegotiation) }), PGArray.literal(ps.map(\.tlsNegotiation.name)),
                    PGArray.literal(ps.map { members.partners[$0.identity].flatMap(StoreCodec.unknownMembersText) }),
                    PGArray.literal(ps.map { PGArray.literal($0.additionalDomains) }),
                ]),
                gatewayStatement(contents.gateway, members: members.gateway),
                PGStatement(PostgreSQLStoreSchema.setDocumentMembers, [StoreCodec.unknownMembersText(members.document)]),
            ]
        }
    }

    /// The history entries of one change (the server numbers them and gives their time and role).
    static func historyStatement(_ entries: [XmppChangeEntry]) -> PGStatement {
        PGStatement(PostgreSQLStoreSchema.insertChanges, [
            PGArray.literal(entries.map(\.actor)), PGArray.literal(entries.map(\.action.rawValue)),
            PGArray.literal(entries.map(\.identity)), PGArray.literal(entries.map(\.command)),
            PGArray.literal(entries.map { StoreCodec.stateText($0.before) }), PGArray.literal(entries.map { StoreCodec.stateText($0.after) }),
        ], prepared: true)
    }

    /// The gateway's row; `members` nil keeps the ones it has (a Set), otherwise they are replaced.
    private static func gatewayStatement(_ g: XmppGatewaySettings, members: [UnknownMember]?) -> PGStatement {
        var sql = PostgreSQLStoreSchema.setGateway
        if members == nil { sql = sql.replacing(", unknown_members = EXCLUDED.unknown_members", with: "") }
        return PGStatement(sql, [
            String(g.connectionLimit), g.dialbackPassphrase, g.enableLoggingAllMessageBodies ? "true" : "false",
            String(g.keepAliveInterval), String(g.partnerConnectionLimit), String(g.streamEstablishmentTimeout),
            String(g.streamInactivityTimeout), String(g.subscriptionRefreshInterval), members.flatMap(StoreCodec.unknownMembersText),
        ])
    }

    // MARK: Errors

    private func connectError(_ error: PGError, changing: Bool) -> XmppStoreError {
        let tail = changing ? " Nothing was changed." : ""
        if error.kind == .invalidArgument {
            return XmppStoreError("Cannot use the XMPP store: \(Self.sentence(error.message))\(tail)",
                                  errorId: "XmppStoreInvalidConnectionString", category: .InvalidArgument, location: location)
        }
        if let t = error.target { location = t.uri }
        let auth = ["password authentication failed", "no password supplied", "authentication failed"].contains { error.message.contains($0) }
        return XmppStoreError("Cannot connect to the XMPP store '\(location)': \(Self.sentence(Self.flattened(error.message)))\(tail)",
                              errorId: auth ? "XmppStoreAuthenticationFailed" : "XmppStoreUnreachable",
                              category: auth ? .AuthenticationError : .ConnectionError, location: location)
    }

    private func lostError(_ error: PGError, changing: Bool) -> XmppStoreError {
        XmppStoreError("The connection to the XMPP store '\(location)' was lost: \(Self.sentence(Self.flattened(error.message)))\(changing ? " Nothing was changed." : "")",
                       errorId: "XmppStoreConnectionLost", category: .ConnectionError, location: location)
    }

    /// A statement the server refused.
    private func storeError(_ e: PGError, connection c: PGConnection, changing: Bool) -> XmppStoreError {
        let user = c.target.user ?? "?"
        let tail = changing ? " Nothing was changed." : ""
        switch e.sqlState ?? "" {
        case "42501", "25006":
            return XmppStoreError("The role '\(user)' may not \(changing ? "change" : "read") the XMPP store '\(location)': \(e.message).\(tail)",
                                  errorId: "XmppStorePermissionDenied", category: .PermissionDenied, location: location)
        case "55P03":
            return XmppStoreError("The XMPP store '\(location)' is busy: another change has held its lock for more than \(PostgreSQLStoreSchema.lockTimeout).\(tail) Try again.",
                                  errorId: "XmppStoreBusy", category: .ResourceBusy, location: location)
        case let s where s.hasPrefix("42"):
            return XmppStoreError("The XMPP store '\(location)' is not a valid csshell store: \(e.message). It was left unchanged; fix it, or use another database.",
                                  errorId: "XmppStoreInvalidShape", category: .InvalidData, location: location)
        default:
            return XmppStoreError("The XMPP store '\(location)' refused the \(changing ? "change" : "query"): \(Self.flattened(e.description)).\(tail)",
                                  errorId: "XmppStoreRefused", category: changing ? .WriteError : .ReadError, location: location)
        }
    }

    /// libpq's multi-line text on one line, each line a sentence, single spaces (`FATAL:  x` → `FATAL: x`).
    static func flattened(_ s: String) -> String {
        let lines = s.split(whereSeparator: \.isNewline).map { String($0).trimmingASCIISpaces() }.filter { !$0.isEmpty }
        let joined = lines.enumerated().map { n, l in n < lines.count - 1 && !".?!:".contains(l.last!) ? l + "." : l }.joined(separator: " ")
        return joined.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    /// `s` ending with a full stop (or its own question mark).
    static func sentence(_ s: String) -> String {
        guard let last = s.last else { return s }
        return ".?!".contains(last) ? s : s + "."
    }
}
