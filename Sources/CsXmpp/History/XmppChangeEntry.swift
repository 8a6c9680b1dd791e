import CsCore
import Glibc

/// One partner or gateway state as a history entry records it. A gateway state's DialbackPassphrase
/// is never the passphrase: it is nil (none), `********` (one is set) or `******** (changed)` (a new one).
public enum XmppChangeState: Equatable, Sendable {
    case partner(XmppAllowedPartner)
    case gateway(XmppGatewaySettings)

    public var partner: XmppAllowedPartner? {
        if case let .partner(p) = self { return p }
        return nil
    }

    public var gateway: XmppGatewaySettings? {
        if case let .gateway(g) = self { return g }
        return nil
    }

    func toPSValue() -> PSValue {
        switch self {
        case let .partner(p): return .object(p.toPSObject())
        case let .gateway(g):
            let o = g.toPSObject()
            // The recorded marker, not the gateway object's own mask (which shows only that one is set).
            o.addProperty("DialbackPassphrase", g.dialbackPassphrase.map { .string($0) } ?? .null)
            return .object(o)
        }
    }
}

/// One entry of the change history (contract.md): what changed, when, by whom, with which command,
/// and the state before and after. Entries are numbered in the order their changes were made.
public struct XmppChangeEntry: Equatable, Sendable {
    public static let typeName = "Csshell.Xmpp.PartnerChange"
    /// The DialbackPassphrase a recorded gateway state shows when one is set.
    public static let passphraseSet = XmppGatewaySettings.maskedPassphrase
    /// The DialbackPassphrase the state after a change shows when the change set a new one.
    public static let passphraseChanged = XmppGatewaySettings.maskedPassphrase + " (changed)"

    public var id: Int64
    /// UTC, ISO 8601 with milliseconds (`2026-12-02T17:05:09.042Z`); such times sort as text.
    public var time: String
    public var actor: String
    public var action: XmppChangeAction
    /// The partner's identity; nil for the gateway settings and for Clear.
    public var identity: String?
    /// The command line as written, secret values masked.
    public var command: String
    public var before: XmppChangeState?
    public var after: XmppChangeState?

    public init(id: Int64, time: String, actor: String, action: XmppChangeAction, identity: String?, command: String,
                before: XmppChangeState?, after: XmppChangeState?) {
        self.id = id
        self.time = time
        self.actor = actor
        self.action = action
        self.identity = identity
        self.command = command
        self.before = before
        self.after = after
    }

    /// Every domain (primary and additional) of the partner before and after the change.
    public var domains: [String] {
        var out: [String] = []
        for s in [before, after] {
            guard let p = s?.partner else { continue }
            for d in p.allDomains where !out.contains(d) { out.append(d) }
        }
        return out
    }

    /// Whether the entry changed the gateway settings.
    public var isGatewayChange: Bool { before?.gateway != nil || after?.gateway != nil }

    public static let descriptor = PSTypeDescriptor(
        typeName: typeName,
        properties: [
            ("Id", .int64),
            ("Time", .string),
            ("Actor", .string),
            ("Action", .string),
            ("Identity", .string),
            ("Command", .string),
            ("Before", .object),
            ("After", .object),
        ],
        readOnly: ["Id", "Time", "Actor", "Action", "Identity", "Command", "Before", "After"],
        toStringProperty: "Id")

    /// The columns of the default table.
    public static let tableColumns = ["Id", "Time", "Actor", "Action", "Identity", "Command"]

    public func toPSObject() -> PSObject {
        PSObject(descriptor: Self.descriptor, values: [
            .int(Int(id)),
            .string(time),
            .string(actor),
            .string(action.rawValue),
            identity.map { .string($0) } ?? .null,
            .string(command),
            before?.toPSValue() ?? .null,
            after?.toPSValue() ?? .null,
        ])
    }

    // MARK: Times

    /// A time as entries record it.
    public static func timeText(_ d: PSDateTime) -> String {
        let u = d.kind == .utc ? d : d.toUniversalTime()
        func pad(_ v: Int, _ n: Int) -> String { let s = String(v); return String(repeating: "0", count: max(0, n - s.count)) + s }
        return "\(pad(u.year, 4))-\(pad(u.month, 2))-\(pad(u.day, 2))T\(pad(u.hour, 2)):\(pad(u.minute, 2)):\(pad(u.second, 2)).\(pad(u.millisecond, 3))Z"
    }

    /// Now, as entries record it (every change asks: formatted straight from the system clock).
    public static func now() -> String {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        var t = ts.tv_sec
        var parts = tm()
        gmtime_r(&t, &parts)
        var out = [UInt8](repeating: UInt8(ascii: "0"), count: 24)
        func put(_ v: Int, _ at: Int, _ width: Int) {
            var v = v
            for k in stride(from: at + width - 1, through: at, by: -1) { out[k] = UInt8(48 + v % 10); v /= 10 }
        }
        put(Int(parts.tm_year) + 1900, 0, 4); out[4] = UInt8(ascii: "-")
        put(Int(parts.tm_mon) + 1, 5, 2); out[7] = UInt8(ascii: "-")
        put(Int(parts.tm_mday), 8, 2); out[10] = UInt8(ascii: "T")
        put(Int(parts.tm_hour), 11, 2); out[13] = UInt8(ascii: ":")
        put(Int(parts.tm_min), 14, 2); out[16] = UInt8(ascii: ":")
        put(Int(parts.tm_sec), 17, 2); out[19] = UInt8(ascii: ".")
        put(Int(ts.tv_nsec) / 1_000_000, 20, 3); out[23] = UInt8(ascii: "Z")
        return String(decoding: out, as: UTF8.self)
    }

    /// A date given to -After, -Before (text a [datetime] conversion reads; without a zone, local
    /// time), as entries record times; nil when it is not a date.
    public static func boundary(_ text: String) -> String? {
        guard let d = DateTimeParser.parse(text) else { return nil }
        return timeText(d)
    }
}
