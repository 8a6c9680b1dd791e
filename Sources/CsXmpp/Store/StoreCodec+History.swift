import CsCore

// The JSON form of history entries: one compact object per entry, properties in contract order
// (Id, Time, Actor, Action, Identity, Command, Before, After); a state is a partner or gateway object
// as the store writes them (a gateway state's DialbackPassphrase is already a marker). The file store
// writes entries in its journal lines and in its history file; the PostgreSQL store keeps Before and
// After in this form in its change table.

extension StoreCodec {
    static func writeEntry(_ e: XmppChangeEntry, into w: inout JSONWriter) {
        w.raw("{\"Id\":"); w.integer(Int(e.id))
        w.raw(",\"Time\":"); w.string(e.time)
        w.raw(",\"Actor\":"); w.string(e.actor)
        w.raw(",\"Action\":"); w.string(e.action.rawValue)
        w.raw(",\"Identity\":"); w.optionalString(e.identity)
        w.raw(",\"Command\":"); w.string(e.command)
        w.raw(",\"Before\":"); writeState(e.before, into: &w)
        w.raw(",\"After\":"); writeState(e.after, into: &w)
        w.raw("}")
    }

    static func writeState(_ s: XmppChangeState?, into w: inout JSONWriter) {
        switch s {
        case nil: w.raw("null")
        case let .partner(p)?: writePartner(p, into: &w, pretty: false)
        case let .gateway(g)?: writeGateway(g, into: &w, pretty: false)
        }
    }

    /// A state's JSON text (the PostgreSQL store's Before and After columns); nil for none.
    static func stateText(_ s: XmppChangeState?) -> String? {
        guard s != nil else { return nil }
        var w = JSONWriter(capacity: 360)
        writeState(s, into: &w)
        return String(decoding: w.bytes, as: UTF8.self)
    }

    /// One entry as a compact JSON object: a journal line's history element, and, with a newline, a
    /// line of the history file (encoded once for both).
    static func entryBytes(_ e: XmppChangeEntry) -> [UInt8] {
        var w = JSONWriter(capacity: 800)
        writeEntry(e, into: &w)
        return w.bytes
    }

    /// A state read back: a partner when the entry names one, else gateway settings.
    static func readState(_ c: inout JSONCursor, partner: Bool, what: String) throws(ReadError) -> XmppChangeState? {
        if c.consumeNull() { return nil }
        var ignored: [UnknownMember]? = nil
        if partner { return .partner(try readPartner(&c, what: what, extras: &ignored)) }
        return .gateway(try readGateway(&c, what: what, extras: &ignored))
    }

    static func readState(_ text: String?, partner: Bool) throws(ReadError) -> XmppChangeState? {
        guard let text else { return nil }
        var bytes = Array(text.utf8)
        return try bytes.withUnsafeMutableBufferPointer { buf throws(ReadError) in
            var c = JSONCursor(UnsafeBufferPointer(buf))
            return try readState(&c, partner: partner, what: "the recorded state")
        }
    }

    /// One entry object.
    static func readEntry(_ c: inout JSONCursor) throws(ReadError) -> XmppChangeEntry {
        do {
            guard c.peek() == UInt8(ascii: "{") else { throw shape(c, "a history entry is \(kind(&c)), not an object") }
            try c.beginObject()
            var id: Int?, time: String?, actor: String?, action: XmppChangeAction?, command: String?
            var identity: String?
            // Before and After are read once the entry's Identity tells a partner from the gateway;
            // csshell writes Identity first, so their text is kept and read at the end.
            var beforeRange: Range<Int>?, afterRange: Range<Int>?
            var first = true
            while let k = try c.nextKey(first: &first) {
                switch k {
                case "Id": id = try c.readInteger()
                case "Time": time = try c.readString()
                case "Actor": actor = try c.readString()
                case "Action":
                    let s = try c.readString()
                    guard let a = XmppChangeAction(name: s) else { throw shape(c, "a history entry's Action is '\(s)'") }
                    action = a
                case "Identity": identity = try c.consumeNull() ? nil : c.readString()
                case "Command": command = try c.readString()
                case "Before", "After":
                    c.skipSpace()
                    let start = c.offset
                    try c.skipValue()
                    if k == "Before" { beforeRange = start..<c.offset } else { afterRange = start..<c.offset }
                default: try c.skipValue()
                }
            }
            guard let id, let time, let actor, let action, let command else {
                throw shape(c, "a history entry lacks one of Id, Time, Actor, Action, Command")
            }
            func state(_ r: Range<Int>?, _ what: String) throws(ReadError) -> XmppChangeState? {
                guard let r else { return nil }
                var sub = JSONCursor(c.bytes, at: r.lowerBound)
                return try readState(&sub, partner: identity != nil, what: what)
            }
            return XmppChangeEntry(id: Int64(id), time: time, actor: actor, action: action, identity: identity, command: command,
                                   before: try state(beforeRange, "entry \(id)'s Before"), after: try state(afterRange, "entry \(id)'s After"))
        } catch let e as ReadError {
            throw e
        } catch {
            throw .syntax(error as? JSONSyntaxError ?? JSONSyntaxError(.expectedValue, offset: c.offset, found: nil))
        }
    }

    /// One line of the history file.
    static func readHistoryLine(_ line: UnsafeBufferPointer<UInt8>) throws(ReadError) -> XmppChangeEntry {
        var c = JSONCursor(line)
        let e = try readEntry(&c)
        c.skipSpace()
        if !c.atEnd { throw .syntax(c.error(.trailingText, at: c.offset)) }
        return e
    }
}
