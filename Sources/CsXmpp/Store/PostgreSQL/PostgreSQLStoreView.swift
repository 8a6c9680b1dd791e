import CsCore
import PGClient

/// The store's contents as SQL answers them, on one connection: inside a change's transaction (under
/// the store's lock) or, for reading, statement by statement (each sees every change committed
/// before it). Every question is one statement; nothing is loaded that was not asked for. A view
/// lives for one `read` or `apply`: what it was told once (the gateway settings read with the lock,
/// the partners a name was looked up for) it does not ask again. Inside a change the statements are
/// prepared once per connection (a batch of changes then skips parsing and planning them); a read
/// sends each as it is, one round trip.
final class PostgreSQLStoreView: XmppStoreView {
    /// Stored data csshell cannot read (a hand edit); the store names itself in the message.
    struct DataError: Error {
        var message: String
    }

    private let connection: PGConnection
    /// False for a database where no csshell store was created yet: it reads as an empty store.
    private let schemaPresent: Bool
    /// True when the view runs inside a change's transaction.
    private let inTransaction: Bool
    /// False for a store of version 1 (its history table comes with its next change).
    private let historyPresent: Bool
    private var knownGateway: XmppGatewaySettings?
    /// Partners looked up by name: by identity, and as the holder of a domain (nil: none).
    private var byIdentity: [String: XmppAllowedPartner?] = [:]
    private var byDomain: [String: XmppAllowedPartner?] = [:]

    init(connection: PGConnection, schemaPresent: Bool, inTransaction: Bool, historyPresent: Bool, gateway: XmppGatewaySettings? = nil) {
        self.connection = connection
        self.schemaPresent = schemaPresent
        self.inTransaction = inTransaction
        self.historyPresent = historyPresent
        self.knownGateway = gateway
    }

    var gateway: XmppGatewaySettings {
        get throws {
            if let knownGateway { return knownGateway }
            var g = XmppGatewaySettings()
            if schemaPresent, let row = try connection.exec(PostgreSQLStoreSchema.gateway, prepared: inTransaction).rows.first {
                g = try Self.gateway(from: row).settings
            }
            knownGateway = g
            return g
        }
    }

    var partnerCount: Int {
        get throws {
            guard schemaPresent else { return 0 }
            return Int(try connection.exec(PostgreSQLStoreSchema.partnerCount, prepared: inTransaction).scalar ?? "0") ?? 0
        }
    }

    func partner(identity: String) throws -> XmppAllowedPartner? {
        let key = DomainName.lookupKey(identity)
        if byIdentity[key] == nil { try lookUp(key) }
        return byIdentity[key] ?? nil
    }

    func partner(holding domain: String) throws -> XmppAllowedPartner? {
        let key = DomainName.lookupKey(domain)
        if byDomain[key] == nil { try lookUp(key) }
        return byDomain[key] ?? nil
    }

    /// The partner named `key` and the one holding the domain `key`, in one query.
    private func lookUp(_ key: String) throws {
        var named: XmppAllowedPartner?, holder: XmppAllowedPartner?
        if schemaPresent {
            for row in try connection.exec(PostgreSQLStoreSchema.partnerByName, [key], prepared: inTransaction).rows {
                let p = try Self.partner(from: Array(row.dropLast())).partner
                if row.last == "i" { named = p } else { holder = p }
            }
        }
        byIdentity[key] = .some(named)
        byDomain[key] = .some(holder)
    }

    func partners(matching pattern: WildcardPattern?) throws -> [XmppAllowedPartner] {
        guard schemaPresent else { return [] }
        switch pattern?.sqlCondition {
        case nil: return try partners(PostgreSQLStoreSchema.allPartners, [])
        case let .equals(s)?: return try partners(PostgreSQLStoreSchema.partnersEqual, [s])
        case let .like(s)?: return try partners(PostgreSQLStoreSchema.partnersLike, [s])
        case let .regex(s)?: return try partners(PostgreSQLStoreSchema.partnersMatching, [s])
        }
    }

    func contents() throws -> XmppStoreContents {
        guard schemaPresent else { return XmppStoreContents() }
        // Outside a change, the three statements read one snapshot.
        func read() throws -> XmppStoreContents {
            var unknown = UnknownMembers()
            if let text = try connection.exec(PostgreSQLStoreSchema.readVersion).rows.first?[2] {
                unknown.document = try Self.members(text, of: "the store")
            }
            var gateway = XmppGatewaySettings()
            if let row = try connection.exec(PostgreSQLStoreSchema.gateway, prepared: inTransaction).rows.first {
                (gateway, unknown.gateway) = try Self.gateway(from: row)
            }
            var partners: [XmppAllowedPartner] = []
            for row in try connection.exec(PostgreSQLStoreSchema.allPartners).rows {
                let (p, members) = try Self.partner(from: row)
                partners.append(p)
                if !members.isEmpty { unknown.partners[p.identity] = members }
            }
            return XmppStoreContents(gateway: gateway, partners: partners, unknownMembers: unknown)
        }
        if inTransaction { return try read() }
        return try connection.transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY") { try read() }
    }

    func changes() throws -> [XmppChangeEntry] {
        guard schemaPresent && historyPresent else { return [] }
        return try connection.exec(PostgreSQLStoreSchema.allChanges, prepared: inTransaction).rows.map(Self.change(from:))
    }

    // MARK: Rows

    /// A row of `PostgreSQLStoreSchema.allChanges`.
    static func change(from row: [String?]) throws -> XmppChangeEntry {
        guard row.count == 8, let id = row[0].flatMap({ Int64($0) }), let time = row[1], let actor = row[2],
              let action = row[3].flatMap(XmppChangeAction.init(name:)), let command = row[5] else {
            throw DataError(message: "a change history entry has a value csshell cannot read")
        }
        do {
            let partner = row[4] != nil
            return XmppChangeEntry(id: id, time: time, actor: actor, action: action, identity: row[4], command: command,
                                   before: try StoreCodec.readState(row[6], partner: partner),
                                   after: try StoreCodec.readState(row[7], partner: partner))
        } catch {
            throw DataError(message: "the change history entry \(id) has a state csshell cannot read")
        }
    }

    private func partners(_ sql: String, _ params: [String?]) throws -> [XmppAllowedPartner] {
        let rows = try connection.exec(sql, params).rows
        var out: [XmppAllowedPartner] = []
        out.reserveCapacity(rows.count)
        for row in rows { out.append(try Self.partner(from: row).partner) }
        return out
    }

    /// A row of `PostgreSQLStoreSchema.partnerColumns`. The table's constraints keep names in lower
    /// case and settings in range; the row is taken as the change that wrote it gave it.
    static func partner(from row: [String?]) throws -> (partner: XmppAllowedPartner, members: [UnknownMember]) {
        let identity = row[0] ?? ""
        func fail(_ why: String) -> DataError { DataError(message: "the partner '\(identity)' \(why)") }
        guard row.count == 11, let limit = row[1].flatMap({ UInt32($0) }),
              let type = row[4].flatMap({ XmppPartnerType(name: $0) }),
              let sasl = row[6].flatMap({ XmppNegotiation(name: $0) }),
              let tls = row[8].flatMap({ XmppNegotiation(name: $0) }),
              let keepAlive = row[3], let dialback = row[7] else {
            throw fail("has a setting csshell cannot read")
        }
        var p = XmppAllowedPartner(identity: identity, connectionLimit: limit, description: row[2],
                                   enableKeepAlive: keepAlive == "t", partnerType: type, proxyFqdn: row[5],
                                   saslNegotiation: sasl, supportDialbackNegotiation: dialback == "t", tlsNegotiation: tls)
        guard let domains = row[9].flatMap(PGArray.parse), !domains.contains(nil) else { throw fail("has additional domains csshell cannot read") }
        p.additionalDomains = domains.map { $0! }
        return (p, try row[10].map { try members($0, of: "the partner '\(identity)'") } ?? [])
    }

    /// A row of `PostgreSQLStoreSchema.gateway`.
    static func gateway(from row: [String?]) throws -> (settings: XmppGatewaySettings, members: [UnknownMember]) {
        var g = XmppGatewaySettings()
        let counters = [row[0], row[3], row[4], row[5], row[6], row[7]].map { $0.flatMap { UInt32($0) } }
        guard row.count == 9, !counters.contains(nil), let logging = row[2] else {
            throw DataError(message: "the gateway settings have a value csshell cannot read")
        }
        g.connectionLimit = counters[0]!
        g.dialbackPassphrase = row[1]
        g.enableLoggingAllMessageBodies = logging == "t"
        g.keepAliveInterval = counters[1]!
        g.partnerConnectionLimit = counters[2]!
        g.streamEstablishmentTimeout = counters[3]!
        g.streamInactivityTimeout = counters[4]!
        g.subscriptionRefreshInterval = counters[5]!
        return (g, try row[8].map { try members($0, of: "the gateway settings") } ?? [])
    }

    private static func members(_ text: String, of what: String) throws -> [UnknownMember] {
        do { return try StoreCodec.readUnknownMembers(text) } catch {
            throw DataError(message: "\(what) keep members csshell does not know that are not valid JSON")
        }
    }
}
