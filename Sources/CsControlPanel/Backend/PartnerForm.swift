import CsCore
import CsXmpp

/// The New and Edit partner form as submitted: the seed's fields and the remaining partner settings,
/// named after the cmdlet parameters they become. Every field is text, as typed or chosen.
struct PartnerForm: Decodable, Sendable, Equatable {
    var csrf: String
    /// Edit and Delete: the settings' fingerprint when the form was opened (SettingsVersion).
    var version: String?
    var identity: String?
    var description: String?
    /// One domain per line (commas and spaces also separate).
    var additionalDomains: String?
    var partnerType: String?
    var connectionLimit: String?
    var tlsNegotiation: String?
    var saslNegotiation: String?
    var supportDialbackNegotiation: String?
    var enableKeepAlive: String?
    var proxyFqdn: String?
    /// The Force check box: present when ticked.
    var force: String?

    enum CodingKeys: String, CodingKey {
        case csrf, version
        case identity = "Identity", description = "Description", additionalDomains = "AdditionalDomains"
        case partnerType = "PartnerType", connectionLimit = "ConnectionLimit", tlsNegotiation = "TlsNegotiation"
        case saslNegotiation = "SaslNegotiation", supportDialbackNegotiation = "SupportDialbackNegotiation"
        case enableKeepAlive = "EnableKeepAlive", proxyFqdn = "ProxyFqdn", force = "Force"
    }

    init(csrf: String = "") { self.csrf = csrf }

    /// The form showing a stored partner.
    init(partner p: XmppAllowedPartner) {
        csrf = ""
        version = SettingsVersion.of(p)
        identity = p.identity
        description = p.description ?? ""
        additionalDomains = p.additionalDomains.joined(separator: "\n")
        partnerType = p.partnerType.name
        connectionLimit = String(p.connectionLimit)
        tlsNegotiation = p.tlsNegotiation.name
        saslNegotiation = p.saslNegotiation.name
        supportDialbackNegotiation = p.supportDialbackNegotiation ? "True" : "False"
        enableKeepAlive = p.enableKeepAlive ? "True" : "False"
        proxyFqdn = p.proxyFqdn ?? ""
    }

    /// The form for New: New-CsXmppAllowedPartner's defaults; ConnectionLimit empty (the gateway's).
    static var newPartner: PartnerForm {
        var form = PartnerForm(partner: XmppAllowedPartner(identity: ""))
        form.version = nil
        form.connectionLimit = ""
        return form
    }

    var forceChosen: Bool { !(force ?? "").isEmpty }

    /// The additional domains as typed: split on line breaks, commas and spaces.
    var additionalDomainList: [String] {
        // Character, not scalar: a browser's line break "\r\n" is one Character, and white space.
        (additionalDomains ?? "").split(whereSeparator: { $0.isWhitespace || $0 == "," }).map(String.init)
    }

    /// The parameters of New- or Set-CsXmppAllowedPartner (`identity` names the partner to change).
    func arguments(for type: any Cmdlet.Type, identity: String) -> CmdletArguments {
        var args = CmdletArguments(type, parameterSet: "Identity")
        args.text("Identity", identity)
        args.textOrNull("Description", description ?? "")
        args.list("AdditionalDomains", additionalDomainList)
        if let v = partnerType { args.text("PartnerType", v) }
        if let v = connectionLimit?.trimmingASCIISpaces(), !v.isEmpty { args.text("ConnectionLimit", v) }
        if let v = tlsNegotiation { args.text("TlsNegotiation", v) }
        if let v = saslNegotiation { args.text("SaslNegotiation", v) }
        if let v = supportDialbackNegotiation { args.boolean("SupportDialbackNegotiation", v) }
        if let v = enableKeepAlive { args.boolean("EnableKeepAlive", v) }
        args.textOrNull("ProxyFqdn", proxyFqdn ?? "")
        if forceChosen { args.switchOn("Force") }
        return args
    }

    /// The field a partner cmdlet's error is about, by its ErrorId and target.
    func field(of record: ErrorRecord) -> String? {
        let target = record.targetName
        func isPrimary() -> Bool {
            DomainName.lookupKey(target) == DomainName.lookupKey(identity ?? "")
        }
        switch record.errorId {
        case "XmppPartnerAlreadyExists": return "Identity"
        case "XmppDomainInUse", "InvalidDomainName": return isPrimary() ? "Identity" : "AdditionalDomains"
        case "AdditionalDomainIsPrimaryDomain": return "AdditionalDomains"
        case "InvalidProxyFqdn": return "ProxyFqdn"
        case "ControlCharacterInDescription", "DescriptionTooLong": return "Description"
        case "InvalidNegotiationConfiguration", "SaslRequiresTls": return FieldMessage.negotiation
        default: return nil
        }
    }
}
