import CsCore

// The XMPP allowed partner (contract.md): eleven properties in a fixed order, its PowerShell object
// form and its conversion back from a PSObject (a partner, or a PSCustomObject from ConvertFrom-Json
// or Import-Csv).

public struct XmppAllowedPartner: Equatable, Sendable {
    public static let typeName = "Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation.XmppAllowedPartner"
    public static let maxDescriptionLength = 1024
    /// The ConnectionLimit of a new partner when the gateway has not been changed.
    public static let defaultConnectionLimit: UInt32 = 20

    /// The primary domain, lower case. `Domain` always equals it.
    public var identity: String
    public var additionalDomains: [String]
    public var connectionLimit: UInt32
    public var description: String?
    public var enableKeepAlive: Bool
    public var partnerType: XmppPartnerType
    public var proxyFqdn: String?
    public var saslNegotiation: XmppNegotiation
    public var supportDialbackNegotiation: Bool
    public var tlsNegotiation: XmppNegotiation

    public var domain: String { identity }

    /// A partner with New's defaults.
    public init(identity: String, additionalDomains: [String] = [], connectionLimit: UInt32 = XmppAllowedPartner.defaultConnectionLimit,
                description: String? = nil, enableKeepAlive: Bool = true, partnerType: XmppPartnerType = .publicUnverified,
                proxyFqdn: String? = nil, saslNegotiation: XmppNegotiation = .required, supportDialbackNegotiation: Bool = true,
                tlsNegotiation: XmppNegotiation = .required) {
        self.identity = identity
        self.additionalDomains = additionalDomains
        self.connectionLimit = connectionLimit
        self.description = description
        self.enableKeepAlive = enableKeepAlive
        self.partnerType = partnerType
        self.proxyFqdn = proxyFqdn
        self.saslNegotiation = saslNegotiation
        self.supportDialbackNegotiation = supportDialbackNegotiation
        self.tlsNegotiation = tlsNegotiation
    }

    /// Every domain the partner holds: the primary domain first, then the additional ones.
    public var allDomains: [String] { [identity] + additionalDomains }

    // MARK: Validation

    /// The partner in stored form: names normalised (lower case, no trailing dot), additional domains
    /// without repeats; throws when a name is not a valid DNS name, an additional domain is the primary
    /// domain, or the description is too long or holds a control character. Negotiation and uniqueness are checked elsewhere.
    public func validated() throws(XmppValidationError) -> XmppAllowedPartner {
        var p = self
        p.identity = try DomainName.normalize(identity, role: "The Identity")
        var domains: [String] = []
        for d in additionalDomains {
            let n = try DomainName.normalize(d, role: "The additional domain")
            if n == p.identity {
                throw XmppValidationError(
                    "The additional domain '\(d)' is the partner's own primary domain '\(p.identity)'; a domain can appear only once in a partner.",
                    errorId: "AdditionalDomainIsPrimaryDomain", target: d)
            }
            if !domains.contains(n) { domains.append(n) }
        }
        p.additionalDomains = domains
        if let proxy = proxyFqdn {
            p.proxyFqdn = proxy.isEmpty ? nil : try DomainName.normalize(proxy, role: "The ProxyFqdn", errorId: "InvalidProxyFqdn")
        }
        if let d = description, let c = d.firstControlCharacter {
            throw XmppValidationError(
                "The Description contains the control character \(CodePoint.name(c)); control characters are not allowed in partner settings.",
                errorId: "ControlCharacterInDescription", target: nil)
        }
        if let d = description, d.count > Self.maxDescriptionLength {
            throw XmppValidationError(
                "The Description is \(d.count) characters long; it can be at most \(Self.maxDescriptionLength) characters.",
                errorId: "DescriptionTooLong", target: nil)
        }
        return p
    }

    // MARK: PowerShell object form

    public static let descriptor = PSTypeDescriptor(
        typeName: typeName,
        properties: [
            ("Identity", .string),
            ("AdditionalDomains", .array(.string)),
            ("ConnectionLimit", .uint32),
            ("Description", .string),
            ("Domain", .string),
            ("EnableKeepAlive", .bool),
            ("PartnerType", .enumeration(XmppPartnerType.psType)),
            ("ProxyFqdn", .string),
            ("SaslNegotiation", .enumeration(XmppNegotiation.saslType)),
            ("SupportDialbackNegotiation", .bool),
            ("TlsNegotiation", .enumeration(XmppNegotiation.tlsType)),
        ],
        readOnly: ["Identity", "Domain"],
        toStringProperty: "Identity")

    public func toPSObject() -> PSObject {
        PSObject(descriptor: Self.descriptor, values: [
            .string(identity),
            .array(additionalDomains.map { .string($0) }),
            .int(Int(connectionLimit)),
            description.map { .string($0) } ?? .null,
            .string(identity),
            .bool(enableKeepAlive),
            partnerType.psValue,
            proxyFqdn.map { .string($0) } ?? .null,
            saslNegotiation.saslValue,
            .bool(supportDialbackNegotiation),
            tlsNegotiation.tlsValue,
        ])
    }

    /// Reads a partner from an object: a partner written by the partner cmdlets (possibly changed with
    /// `$x.Property = …`), or a PSCustomObject with the same property names (ConvertFrom-Json, Import-Csv):
    /// enum names as strings, lists as arrays (or one string of names separated by spaces or commas,
    /// as Export-Csv writes them), Booleans as Booleans or "True"/"False".
    /// Missing properties take New's defaults (`connectionLimit` for ConnectionLimit); Identity (or
    /// Domain) is required. The result is not yet validated.
    public init(from object: PSObject, defaultConnectionLimit: UInt32 = XmppAllowedPartner.defaultConnectionLimit) throws(XmppValidationError) {
        let reader = ObjectPropertyReader(object: "XMPP allowed partner", errorId: "InvalidXmppPartnerObject")
        let idValue = object["Identity"].flatMap { $0.isNull ? nil : $0 } ?? object["Domain"].flatMap { $0.isNull ? nil : $0 }
        guard let idValue else {
            throw XmppValidationError("The object has no Identity (or Domain) property, so it is not an XMPP allowed partner.",
                                      errorId: "InvalidXmppPartnerObject", category: .InvalidData)
        }
        self.init(identity: PSConvert.toString(idValue), connectionLimit: defaultConnectionLimit)

        if let v = object["AdditionalDomains"] {
            additionalDomains = DomainName.names(in: v.asList)
        }
        if let v = object["ConnectionLimit"], let n = try reader.uint32(v, "ConnectionLimit") { connectionLimit = n }
        if let v = object["Description"] {
            description = v.isNull ? nil : PSConvert.toString(v)
        }
        if let v = object["EnableKeepAlive"] { enableKeepAlive = try reader.boolean(v, "EnableKeepAlive") }
        if let v = object["PartnerType"] {
            partnerType = XmppPartnerType(rawValue: try reader.enumIndex(v, XmppPartnerType.psType, "PartnerType"))!
        }
        if let v = object["ProxyFqdn"] {
            proxyFqdn = v.isNull ? nil : PSConvert.toString(v)
        }
        if let v = object["SaslNegotiation"] {
            saslNegotiation = XmppNegotiation(rawValue: try reader.enumIndex(v, XmppNegotiation.saslType, "SaslNegotiation"))!
        }
        if let v = object["SupportDialbackNegotiation"] {
            supportDialbackNegotiation = try reader.boolean(v, "SupportDialbackNegotiation")
        }
        if let v = object["TlsNegotiation"] {
            tlsNegotiation = XmppNegotiation(rawValue: try reader.enumIndex(v, XmppNegotiation.tlsType, "TlsNegotiation"))!
        }
    }
}
