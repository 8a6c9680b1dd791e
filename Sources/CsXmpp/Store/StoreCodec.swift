import CsCore

// The JSON the file store reads and writes: partners in contract order with enum names, the gateway
// settings and journal entries, read with JSONCursor and written with JSONWriter.

/// The store's JSON forms of partners, gateway settings and journal entries.
enum StoreCodec {
    static let documentFormat = "csshell-xmpp-store"
    static let documentVersion = 1
    /// 2: entries carry their history, and a replacement or a history trim is an entry too.
    static let journalVersion = 2

    // MARK: Writing

    /// A partner as a JSON object: contract order, enum names. `pretty` indents it at `level`.
    static func writePartner(_ p: XmppAllowedPartner, into w: inout JSONWriter, pretty: Bool, level: Int = 0,
                             extras: [UnknownMember] = []) {
        let sep: StaticString = pretty ? ",\n" : ","
        func key(_ k: StaticString) {
            if pretty { w.indent(level + 1) }
            w.bytes.append(0x22); w.raw(k); w.raw(pretty ? "\": " : "\":")
        }
        w.raw(pretty ? "{\n" : "{")
        key("Identity"); w.string(p.identity); w.raw(sep)
        key("AdditionalDomains")
        if p.additionalDomains.isEmpty { w.raw("[]") } else {
            w.raw("[")
            for (n, d) in p.additionalDomains.enumerated() {
                if n > 0 { w.raw(pretty ? ", " : ",") }
                w.string(d)
            }
            w.raw("]")
        }
        w.raw(sep)
        key("ConnectionLimit"); w.integer(Int(p.connectionLimit)); w.raw(sep)
        key("Description"); w.optionalString(p.description); w.raw(sep)
        key("Domain"); w.string(p.identity); w.raw(sep)
        key("EnableKeepAlive"); w.bool(p.enableKeepAlive); w.raw(sep)
        key("PartnerType"); w.string(p.partnerType.name); w.raw(sep)
        key("ProxyFqdn"); w.optionalString(p.proxyFqdn); w.raw(sep)
        key("SaslNegotiation"); w.string(p.saslNegotiation.name); w.raw(sep)
        key("SupportDialbackNegotiation"); w.bool(p.supportDialbackNegotiation); w.raw(sep)
        key("TlsNegotiation"); w.string(p.tlsNegotiation.name)
        writeExtras(extras, into: &w, pretty: pretty, level: level)
        if pretty { w.raw("\n"); w.indent(level) }
        w.raw("}")
    }

    /// The gateway settings as a JSON object (the passphrase in clear: the file is private, mode 0600).
    static func writeGateway(_ g: XmppGatewaySettings, into w: inout JSONWriter, pretty: Bool, level: Int = 0,
                             extras: [UnknownMember] = []) {
        let sep: StaticString = pretty ? ",\n" : ","
        func key(_ k: String) {
            if pretty { w.indent(level + 1) }
            w.string(k); w.raw(pretty ? ": " : ":")
        }
        w.raw(pretty ? "{\n" : "{")
        key("Identity"); w.string(XmppGatewaySettings.globalIdentity); w.raw(sep)
        key("ConnectionLimit"); w.integer(Int(g.connectionLimit)); w.raw(sep)
        key("DialbackPassphrase"); w.optionalString(g.dialbackPassphrase); w.raw(sep)
        key("EnableLoggingAllMessageBodies"); w.bool(g.enableLoggingAllMessageBodies); w.raw(sep)
        key("KeepAliveInterval"); w.integer(Int(g.keepAliveInterval)); w.raw(sep)
        key("PartnerConnectionLimit"); w.integer(Int(g.partnerConnectionLimit)); w.raw(sep)
        key("StreamEstablishmentTimeout"); w.integer(Int(g.streamEstablishmentTimeout)); w.raw(sep)
        key("StreamInactivityTimeout"); w.integer(Int(g.streamInactivityTimeout)); w.raw(sep)
        key("SubscriptionRefreshInterval"); w.integer(Int(g.subscriptionRefreshInterval))
        writeExtras(extras, into: &w, pretty: pretty, level: level)
        if pretty { w.raw("\n"); w.indent(level) }
        w.raw("}")
    }

    /// Members csshell does not know, after the ones it writes, as they were written.
    static func writeExtras(_ extras: [UnknownMember], into w: inout JSONWriter, pretty: Bool, level: Int) {
        for m in extras {
            w.raw(pretty ? ",\n" : ",")
            if pretty { w.indent(level + 1) }
            w.string(m.name)
            w.raw(pretty ? ": " : ":")
            w.bytes.append(contentsOf: m.json)
        }
    }

    /// The whole document, pretty-printed (or on one line, for a journal entry).
    static func document(_ state: XmppStoreState, journalEpoch: String?, pretty: Bool = true) -> [UInt8] {
        var w = JSONWriter(capacity: 512 + state.count * 360)
        func member(_ name: StaticString) {
            w.raw(pretty ? ",\n  \"" : ",\""); w.raw(name); w.raw(pretty ? "\": " : "\":")
        }
        w.raw(pretty ? "{\n  \"format\": " : "{\"format\":"); w.string(documentFormat)
        member("version"); w.integer(documentVersion)
        member("journalEpoch"); w.optionalString(journalEpoch)
        member("gatewayConfiguration")
        writeGateway(state.gateway, into: &w, pretty: pretty, level: 1, extras: state.unknown.gateway)
        member("partners"); w.raw("[")
        var first = true
        state.forEachPartner { p in
            if pretty { w.raw(first ? "\n    " : ",\n    ") } else if !first { w.raw(",") }
            first = false
            writePartner(p, into: &w, pretty: pretty, level: 2, extras: state.unknown.partners.isEmpty ? [] : state.unknown.partners[p.identity] ?? [])
        }
        w.raw(first || !pretty ? "]" : "\n  ]")
        writeExtras(state.unknown.document, into: &w, pretty: pretty, level: 0)
        w.raw(pretty ? "\n}\n" : "}")
        return w.bytes
    }

    /// The journal's first line.
    static func journalHeader(epoch: String) -> [UInt8] {
        var w = JSONWriter(capacity: 80)
        w.raw("{\"csshellJournal\":"); w.integer(journalVersion)
        w.raw(",\"epoch\":"); w.string(epoch)
        w.raw("}\n")
        return w.bytes
    }

    /// One journal line (with its newline): the change and its history entries; and how many of its
    /// bytes are the history's.
    /// `partnerInHistory`: a put whose one history entry's After is the partner written: the line
    /// holds the partner once, in the entry (every New and Set of a batch; half the bytes to write).
    static func journalLine(_ change: XmppStoreChange, history: [[UInt8]], partnerInHistory: Bool = false) -> (line: [UInt8], historyBytes: Int) {
        var w = JSONWriter(capacity: 400 + history.reduce(0) { $0 + $1.count })
        switch change {
        case .putPartner where partnerInHistory:
            w.raw("{\"op\":\"put\"")
        case let .putPartner(p):
            w.raw("{\"op\":\"put\",\"partner\":")
            writePartner(p, into: &w, pretty: false)
        case let .removePartner(identity):
            w.raw("{\"op\":\"remove\",\"identity\":"); w.string(identity)
        case let .setGateway(g):
            w.raw("{\"op\":\"gateway\",\"gateway\":")
            writeGateway(g, into: &w, pretty: false)
        case let .replaceContents(contents):
            w.raw("{\"op\":\"replace\",\"document\":")
            w.bytes.append(contentsOf: document(XmppStoreState(contents: contents), journalEpoch: nil, pretty: false))
        case let .clearHistory(before):
            w.raw("{\"op\":\"clear\",\"before\":"); w.string(before)
        }
        let changeBytes = w.bytes.count
        w.raw(",\"history\":[")
        for (n, e) in history.enumerated() {
            if n > 0 { w.raw(",") }
            w.bytes.append(contentsOf: e)
        }
        w.raw("]}\n")
        return (w.bytes, w.bytes.count - changeBytes)
    }

    /// Members csshell does not know as one compact JSON object (`{"name":value,…}`, each value as it
    /// was written), for a backend that keeps them in a text column; nil when there are none.
    static func unknownMembersText(_ members: [UnknownMember]) -> String? {
        guard !members.isEmpty else { return nil }
        var w = JSONWriter(capacity: 64)
        w.raw("{")
        for (n, m) in members.enumerated() {
            if n > 0 { w.raw(",") }
            w.string(m.name)
            w.raw(":")
            w.bytes.append(contentsOf: m.json)
        }
        w.raw("}")
        return String(decoding: w.bytes, as: UTF8.self)
    }

    /// The members `unknownMembersText` wrote.
    static func readUnknownMembers(_ text: String) throws(ReadError) -> [UnknownMember] {
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBufferPointer { buf throws(ReadError) in
            var c = JSONCursor(buf)
            do {
                guard c.peek() == UInt8(ascii: "{") else { throw shape(c, "the unknown members are \(kind(&c)), not an object") }
                try c.beginObject()
                var members: [UnknownMember]? = []
                var first = true
                while let k = try c.nextKey(first: &first) { try unknownMember(k, &c, into: &members) }
                if !c.atEnd { throw c.error(.trailingText, at: c.offset) }
                return members ?? []
            } catch let e as ReadError {
                throw e
            } catch {
                throw .syntax(error as? JSONSyntaxError ?? JSONSyntaxError(.expectedValue, offset: c.offset, found: nil))
            }
        }
    }

    // MARK: Reading

    /// A shape problem (valid JSON, wrong content).
    struct ShapeError: Error {
        var message: String
        var offset: Int
    }

    enum ReadError: Error {
        case syntax(JSONSyntaxError)
        case shape(ShapeError)
        case newerVersion(Int)
    }

    /// How shape messages name the next value's kind.
    static func kind(_ c: inout JSONCursor) -> String { c.nextKind()?.described ?? (c.peek() == nil ? "nothing" : "not a JSON value") }

    static func shape(_ c: JSONCursor, _ message: String) -> ReadError { .shape(ShapeError(message: message, offset: c.offset)) }

    /// A member the reader does not know: its value's text kept as written (`into` nil: skipped).
    static func unknownMember(_ name: String, _ c: inout JSONCursor, into extras: inout [UnknownMember]?) throws(JSONSyntaxError) {
        c.skipSpace()
        let start = c.offset
        try c.skipValue()
        extras?.append(UnknownMember(name: name, json: Array(c.bytes[start..<c.offset])))
    }

    /// Keys seen in one object, to refuse one given twice (JSON allows it; a hand edit that does it is
    /// almost surely a mistake, and silently taking the last would hide it).
    struct SeenKeys {
        private var known: UInt32 = 0
        private var other: Set<String> = []

        /// Records a key; false when it was already there.
        mutating func insert(id: Int?, name: @autoclosure () -> String) -> Bool {
            if let id {
                let bit: UInt32 = 1 << UInt32(id)
                if known & bit != 0 { return false }
                known |= bit
                return true
            }
            return other.insert(name()).inserted
        }
    }

    static func duplicate(_ c: JSONCursor, _ what: String, _ key: String) -> ReadError {
        .shape(ShapeError(message: "\(what): the key '\(key)' appears twice", offset: c.keyOffset))
    }

    /// A partner property name, recognised from raw bytes; prints as its name in messages.
    struct Key: CustomStringConvertible {
        enum ID: Int { case identity, additionalDomains, connectionLimit, description, domain, enableKeepAlive, partnerType,
                       proxyFqdn, saslNegotiation, supportDialbackNegotiation, tlsNegotiation }
        let id: ID?
        private let name: StaticString?
        private let raw: String?
        // Built once (a local array literal was allocated for every key of every partner).
        private static let names: [(StaticString, ID)] = [
            ("Identity", .identity), ("AdditionalDomains", .additionalDomains), ("ConnectionLimit", .connectionLimit),
            ("Description", .description), ("Domain", .domain), ("EnableKeepAlive", .enableKeepAlive),
            ("PartnerType", .partnerType), ("ProxyFqdn", .proxyFqdn), ("SaslNegotiation", .saslNegotiation),
            ("SupportDialbackNegotiation", .supportDialbackNegotiation), ("TlsNegotiation", .tlsNegotiation),
        ]
        /// `next` is where the previous key was found + 1: csshell writes the keys in contract order,
        /// so that one is tried first.
        init(_ c: JSONCursor, _ r: Range<Int>, next: inout Int) {
            let found: (StaticString, ID)?
            if next < Key.names.count && c.bytes(r, equal: Key.names[next].0) {
                found = Key.names[next]
                next += 1
            } else if let k = Key.names.firstIndex(where: { c.bytes(r, equal: $0.0) }) {
                found = Key.names[k]
                next = k + 1
            } else {
                found = nil
            }
            id = found?.1
            name = found?.0
            raw = found == nil ? String(decoding: UnsafeBufferPointer(rebasing: c.bytes[r]), as: UTF8.self) : nil
        }
        var description: String { name.map { "\($0)" } ?? raw ?? "" }
    }

    /// `what` names the partner in messages; it is only built for a message (once per partner it cost
    /// as much as reading a small partner).
    static func readPartner(_ c: inout JSONCursor, what describe: @autoclosure () -> String,
                            extras: inout [UnknownMember]?) throws(ReadError) -> XmppAllowedPartner {
        func what() -> String { describe() }
        do {
            guard c.peek() == UInt8(ascii: "{") else {
                var probe = c
                try probe.skipValue()   // not JSON at all (`[ nonsense`): a syntax error, not "is null"
                throw shape(c, "\(what()) is \(kind(&c)), not an object")
            }
            try c.beginObject()
            var identity: String?
            var domain: String?
            var p = XmppAllowedPartner(identity: "")
            var first = true
            var nextKey = 0
            var seen = SeenKeys()
            while let kr = try c.nextKeyRange(first: &first) {
                let k = Key(c, kr, next: &nextKey)
                if !seen.insert(id: k.id?.rawValue, name: k.description) { throw duplicate(c, what(), k.description) }
                func str() throws(ReadError) -> String {
                    do {
                        guard c.peek() == UInt8(ascii: "\"") else { throw shape(c, "\(what()): \(k) is \(kind(&c)), not a string") }
                        return try c.readString()
                    } catch let e as ReadError { throw e } catch { throw .syntax(error as? JSONSyntaxError ?? JSONSyntaxError(.expectedValue, offset: c.offset, found: nil)) }
                }
                func optStr() throws(ReadError) -> String? {
                    if c.consumeNull() { return nil }
                    return try str()
                }
                func bool() throws(ReadError) -> Bool {
                    let kind = kind(&c)
                    guard kind == "a Boolean" else { throw shape(c, "\(what()): \(k) is \(kind), not true or false") }
                    do { return try c.readBool() } catch { throw .syntax(error) }
                }
                func negotiation() throws(ReadError) -> XmppNegotiation {
                    if c.consumeString(equalTo: "Required") { return .required }
                    if c.consumeString(equalTo: "Optional") { return .optional }
                    if c.consumeString(equalTo: "NotSupported") { return .notSupported }
                    let s = try str()
                    guard let v = XmppNegotiation(name: s) else {
                        throw shape(c, "\(what()): \(k) is '\(s)', not one of \(XmppNegotiation.members.joined(separator: ", "))")
                    }
                    return v
                }
                switch k.id {
                case .identity: identity = try str()
                case .domain:
                    // Domain repeats Identity (contract.md); only a document without Identity uses it.
                    if let identity, c.consumeString(equalTo: identity) { break }
                    domain = try optStr()
                case .additionalDomains:
                    if c.consumeNull() { p.additionalDomains = []; break }
                    guard c.peek() == UInt8(ascii: "[") else { throw shape(c, "\(what()): AdditionalDomains is \(kind(&c)), not an array") }
                    try c.beginArray()
                    var f = true
                    while try c.nextElement(first: &f) { p.additionalDomains.append(try str()) }
                case .connectionLimit:
                    let kind = kind(&c)
                    guard kind == "a number", let v = try c.readInteger(), v >= 0, v <= Int(UInt32.max) else {
                        throw shape(c, "\(what()): ConnectionLimit is not a whole number from 0 to \(UInt32.max)")
                    }
                    p.connectionLimit = UInt32(v)
                case .description: p.description = try optStr()
                case .enableKeepAlive: p.enableKeepAlive = try bool()
                case .partnerType:
                    if c.consumeString(equalTo: "PublicUnverified") { p.partnerType = .publicUnverified; break }
                    if c.consumeString(equalTo: "Federated") { p.partnerType = .federated; break }
                    if c.consumeString(equalTo: "PublicVerified") { p.partnerType = .publicVerified; break }
                    let s = try str()
                    guard let v = XmppPartnerType(name: s) else {
                        throw shape(c, "\(what()): PartnerType is '\(s)', not one of \(XmppPartnerType.psType.members.joined(separator: ", "))")
                    }
                    p.partnerType = v
                case .proxyFqdn: p.proxyFqdn = try optStr()
                case .saslNegotiation: p.saslNegotiation = try negotiation()
                case .supportDialbackNegotiation: p.supportDialbackNegotiation = try bool()
                case .tlsNegotiation: p.tlsNegotiation = try negotiation()
                case nil: try unknownMember(k.description, &c, into: &extras)
                }
            }
            guard let id = identity ?? domain else { throw shape(c, "\(what()) has no Identity") }
            p.identity = id
            do { return try p.validated() } catch { throw shape(c, "\(what()): \(error.message)") }
        } catch let e as ReadError {
            throw e
        } catch {
            throw .syntax(error as? JSONSyntaxError ?? JSONSyntaxError(.expectedValue, offset: c.offset, found: nil))
        }
    }

    static func readGateway(_ c: inout JSONCursor, what: String, extras: inout [UnknownMember]?) throws(ReadError) -> XmppGatewaySettings {
        do {
            guard c.peek() == UInt8(ascii: "{") else { throw shape(c, "\(what) is \(kind(&c)), not an object") }
            try c.beginObject()
            var g = XmppGatewaySettings()
            var first = true
            var seen = SeenKeys()
            while let k = try c.nextKey(first: &first) {
                if !seen.insert(id: nil, name: k) { throw duplicate(c, what, k) }
                if let kp = XmppGatewaySettings.counters.first(where: { $0.name == k })?.keyPath {
                    guard kind(&c) == "a number", let v = try c.readInteger(), v >= 0, v <= Int(UInt32.max) else {
                        throw shape(c, "\(what): \(k) is not a whole number from 0 to \(UInt32.max)")
                    }
                    g[keyPath: kp] = UInt32(v)
                } else if k == "DialbackPassphrase" {
                    if c.consumeNull() { g.dialbackPassphrase = nil } else {
                        guard c.peek() == UInt8(ascii: "\"") else { throw shape(c, "\(what): DialbackPassphrase is \(kind(&c)), not a string") }
                        g.dialbackPassphrase = try c.readString()
                    }
                } else if k == "EnableLoggingAllMessageBodies" {
                    guard kind(&c) == "a Boolean" else { throw shape(c, "\(what): EnableLoggingAllMessageBodies is \(kind(&c)), not true or false") }
                    g.enableLoggingAllMessageBodies = try c.readBool()
                } else if k != "Identity" {
                    try unknownMember(k, &c, into: &extras)
                } else {
                    try c.skipValue()
                }
            }
            return g
        } catch let e as ReadError {
            throw e
        } catch {
            throw .syntax(error as? JSONSyntaxError ?? JSONSyntaxError(.expectedValue, offset: c.offset, found: nil))
        }
    }

    /// Parses a whole document into a state; returns the journal epoch it has folded in.
    static func readDocument(_ bytes: UnsafeBufferPointer<UInt8>) throws(ReadError) -> (XmppStoreState, String?) {
        // A UTF-8 byte-order mark (what some Windows editors add) is not part of the JSON.
        let bom = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        var c = JSONCursor(bytes, at: bom ? 3 : 0)
        do {
            guard c.peek() == UInt8(ascii: "{") else {
                var probe = c
                try probe.skipValue()   // not JSON at all: a syntax error
                throw shape(c, "the document is \(kind(&c)), not a JSON object")
            }
            try c.beginObject()
            var version: Int?
            var format: String?
            var epoch: String?
            var gateway = XmppGatewaySettings()
            // Partners go into the state as they are read, so that a domain given twice is reported
            // at the partner that repeats it, before any later partner is looked at.
            let state = XmppStoreState()
            state.reserveCapacity(bytes.count / 400)
            var partnersSeen = false
            var documentExtras: [UnknownMember]? = []
            var gatewayExtras: [UnknownMember]? = []
            var first = true
            var seen = SeenKeys()
            while let k = try c.nextKey(first: &first) {
                if !seen.insert(id: nil, name: k) { throw duplicate(c, "the document", k) }
                switch k {
                case "format":
                    guard c.peek() == UInt8(ascii: "\"") else { throw shape(c, "\"format\" is \(kind(&c)), not a string") }
                    format = try c.readString()
                case "version":
                    guard kind(&c) == "a number", let v = try c.readInteger() else { throw shape(c, "\"version\" is not a whole number") }
                    version = v
                    if v > documentVersion { throw ReadError.newerVersion(v) }
                case "journalEpoch":
                    if !c.consumeNull() {
                        guard c.peek() == UInt8(ascii: "\"") else { throw shape(c, "\"journalEpoch\" is \(kind(&c)), not a string") }
                        epoch = try c.readString()
                    }
                case "gatewayConfiguration":
                    gateway = try readGateway(&c, what: "\"gatewayConfiguration\"", extras: &gatewayExtras)
                case "partners":
                    guard c.peek() == UInt8(ascii: "[") else { throw shape(c, "\"partners\" is \(kind(&c)), not an array") }
                    try c.beginArray()
                    partnersSeen = true
                    var n = 0
                    var f = true
                    var extras: [UnknownMember]? = []
                    while try c.nextElement(first: &f) {
                        n += 1
                        c.skipSpace()
                        let start = c.offset
                        let p = try readPartner(&c, what: "partner \(n)", extras: &extras)
                        if let (domain, holder) = state.load(p) {
                            throw ReadError.shape(ShapeError(message: "partner \(n) ('\(p.identity)'): the domain '\(domain)' also belongs to '\(holder)'", offset: start))
                        }
                        if extras?.isEmpty == false { state.unknown.partners[p.identity] = extras; extras = [] }
                    }
                default:
                    try unknownMember(k, &c, into: &documentExtras)
                }
            }
            if !c.atEnd { throw c.error(.trailingText, at: c.offset) }
            guard format == documentFormat else {
                throw ReadError.shape(ShapeError(message: format == nil ? "it has no \"format\": \"\(documentFormat)\" member, so it is not a csshell store" : "its \"format\" is '\(format!)', not '\(documentFormat)'", offset: 0))
            }
            guard let version else { throw ReadError.shape(ShapeError(message: "it has no \"version\" member", offset: 0)) }
            if version < 1 { throw ReadError.shape(ShapeError(message: "its version \(version) is not a valid store version", offset: 0)) }
            guard partnersSeen else { throw ReadError.shape(ShapeError(message: "it has no \"partners\" array", offset: 0)) }
            state.apply(.setGateway(gateway))
            state.unknown.document = documentExtras ?? []
            state.unknown.gateway = gatewayExtras ?? []
            return (state, epoch)
        } catch let e as ReadError {
            throw e
        } catch {
            throw .syntax(error as? JSONSyntaxError ?? JSONSyntaxError(.expectedValue, offset: c.offset, found: nil))
        }
    }

    /// What is wrong with a document that did not read, for a message that starts with its name:
    /// "is not valid JSON (line 3, column 7: …)", "is not a valid csshell store: partner 2 …",
    /// "has version 9, but this csshell reads only version 1 or older"; and the error id.
    static func problem(_ error: ReadError, in bytes: [UInt8]) -> (text: String, errorId: String) {
        func location(_ offset: Int) -> (Int, Int) {
            bytes.withUnsafeBufferPointer { JSONCursor($0).location(of: offset) }
        }
        switch error {
        case let .syntax(e):
            let (line, col) = location(e.offset)
            return ("is not valid JSON (line \(line), column \(col): \(e.message))", "XmppStoreCorrupt")
        case let .shape(e):
            let at = e.offset > 0 ? { let (l, c) = location(e.offset); return " (line \(l), column \(c))" }() : ""
            return ("is not a valid csshell store: \(e.message)\(at)", "XmppStoreInvalidShape")
        case let .newerVersion(v):
            return ("has version \(v), but this csshell reads only version \(documentVersion) or older", "XmppStoreVersionTooNew")
        }
    }

    /// A journal header line: (version, epoch), or nil when the line is not a header.
    static func readJournalHeader(_ line: UnsafeBufferPointer<UInt8>) -> (Int, String)? {
        var c = JSONCursor(line)
        do {
            try c.beginObject()
            var version: Int?
            var epoch: String?
            var first = true
            while let k = try c.nextKey(first: &first) {
                switch k {
                case "csshellJournal": version = try c.readInteger()
                case "epoch": epoch = try c.readString()
                default: try c.skipValue()
                }
            }
            guard c.atEnd, let version, let epoch else { return nil }
            return (version, epoch)
        } catch { return nil }
    }

    /// One journal entry: the change and its history entries (none in a version 1 journal).
    static func readJournalEntry(_ line: UnsafeBufferPointer<UInt8>) throws(ReadError) -> (XmppStoreChange, [XmppChangeEntry]) {
        var c = JSONCursor(line)
        do {
            try c.beginObject()
            var op: String?
            var change: XmppStoreChange?
            var history: [XmppChangeEntry] = []
            var ignored: [UnknownMember]? = nil
            var first = true
            while let k = try c.nextKey(first: &first) {
                switch k {
                case "op": op = try c.readString()
                case "partner": change = .putPartner(try readPartner(&c, what: "the entry's partner", extras: &ignored))
                case "identity": change = .removePartner(identity: try c.readString())
                case "gateway": change = .setGateway(try readGateway(&c, what: "the entry's gateway", extras: &ignored))
                case "before": change = .clearHistory(before: try c.readString())
                case "document":
                    c.skipSpace()
                    let start = c.offset
                    try c.skipValue()
                    let (state, _) = try readDocument(UnsafeBufferPointer(rebasing: line[start..<c.offset]))
                    change = .replaceContents(state.contents())
                case "history":
                    try c.beginArray()
                    var f = true
                    while try c.nextElement(first: &f) { history.append(try readEntry(&c)) }
                default: try c.skipValue()
                }
            }
            if !c.atEnd { throw c.error(.trailingText, at: c.offset) }
            if op == "put", change == nil, history.count == 1, let p = history[0].after?.partner { change = .putPartner(p) }
            switch (op, change) {
            case ("put", .putPartner?), ("remove", .removePartner?), ("gateway", .setGateway?), ("replace", .replaceContents?),
                 ("clear", .clearHistory?):
                return (change!, history)
            default: throw shape(c, "the entry is not a put, remove, gateway, replace or clear change")
            }
        } catch let e as ReadError {
            throw e
        } catch {
            throw .syntax(error as? JSONSyntaxError ?? JSONSyntaxError(.expectedValue, offset: c.offset, found: nil))
        }
    }
}
