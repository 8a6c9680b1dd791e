import CsCore

// The XMPP gateway configuration: one global instance with Lync's documented defaults (contract.md).

public struct XmppGatewaySettings: Equatable, Sendable {
    public static let typeName = "Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation.XmppGatewaySettings"
    /// The identity of the one instance, as Lync displays it.
    public static let globalIdentity = "Global"
    /// What DialbackPassphrase shows when one is set.
    public static let maskedPassphrase = "********"

    public var connectionLimit: UInt32 = 1000
    public var dialbackPassphrase: String? = nil
    public var enableLoggingAllMessageBodies: Bool = false
    public var keepAliveInterval: UInt32 = 300
    public var partnerConnectionLimit: UInt32 = 20
    public var streamEstablishmentTimeout: UInt32 = 60
    public var streamInactivityTimeout: UInt32 = 600
    public var subscriptionRefreshInterval: UInt32 = 28800

    public init() {}

    /// True for the identities that name the global instance (`global`, any case).
    public static func isGlobal(_ identity: String) -> Bool { identity.equalsIgnoringCase("global") }

    /// The UInt32 settings, in property order, with their key paths (for Set and the store).
    public static let counters: [(name: String, keyPath: WritableKeyPath<XmppGatewaySettings, UInt32> & Sendable)] = [
        ("ConnectionLimit", \.connectionLimit),
        ("KeepAliveInterval", \.keepAliveInterval),
        ("PartnerConnectionLimit", \.partnerConnectionLimit),
        ("StreamEstablishmentTimeout", \.streamEstablishmentTimeout),
        ("StreamInactivityTimeout", \.streamInactivityTimeout),
        ("SubscriptionRefreshInterval", \.subscriptionRefreshInterval),
    ]

    public static let descriptor = PSTypeDescriptor(
        typeName: typeName,
        properties: [
            ("Identity", .string),
            ("ConnectionLimit", .uint32),
            ("DialbackPassphrase", .string),
            ("EnableLoggingAllMessageBodies", .bool),
            ("KeepAliveInterval", .uint32),
            ("PartnerConnectionLimit", .uint32),
            ("StreamEstablishmentTimeout", .uint32),
            ("StreamInactivityTimeout", .uint32),
            ("SubscriptionRefreshInterval", .uint32),
        ],
        readOnly: ["Identity"],
        toStringProperty: "Identity")

    /// The object Get-CsXmppGatewayConfiguration writes; a set passphrase shows as `********`.
    public func toPSObject() -> PSObject {
        PSObject(descriptor: Self.descriptor, values: [
            .string(Self.globalIdentity),
            .int(Int(connectionLimit)),
            dialbackPassphrase == nil ? .null : .string(Self.maskedPassphrase),
            .bool(enableLoggingAllMessageBodies),
            .int(Int(keepAliveInterval)),
            .int(Int(partnerConnectionLimit)),
            .int(Int(streamEstablishmentTimeout)),
            .int(Int(streamInactivityTimeout)),
            .int(Int(subscriptionRefreshInterval)),
        ])
    }

    /// Settings read from an object (Set-CsXmppGatewayConfiguration -Instance): properties that are
    /// present replace those of `base`; a DialbackPassphrase of `********` keeps base's passphrase.
    public init(from object: PSObject, base: XmppGatewaySettings) throws(XmppValidationError) {
        self = base
        let reader = ObjectPropertyReader(object: "XMPP gateway settings", errorId: "InvalidXmppGatewayObject")
        for (name, kp) in Self.counters {
            if let v = object[name], let n = try reader.uint32(v, name) { self[keyPath: kp] = n }
        }
        if let v = object["DialbackPassphrase"] {
            if v.isNull { dialbackPassphrase = nil }
            else {
                let s = PSConvert.toString(v)
                if s != Self.maskedPassphrase { dialbackPassphrase = s.isEmpty ? nil : s }
            }
        }
        if let v = object["EnableLoggingAllMessageBodies"] {
            enableLoggingAllMessageBodies = try reader.boolean(v, "EnableLoggingAllMessageBodies")
        }
    }
}
