import CsCore
import CsXmpp

/// The gateway settings form as submitted, named after Set-CsXmppGatewayConfiguration's parameters.
/// The dialback passphrase is never shown: a new one replaces it, nothing typed keeps it, and the
/// Clear check box removes it.
struct GatewayForm: Decodable, Sendable, Equatable {
    var csrf: String
    var version: String?
    var connectionLimit: String?
    var keepAliveInterval: String?
    var partnerConnectionLimit: String?
    var streamEstablishmentTimeout: String?
    var streamInactivityTimeout: String?
    var subscriptionRefreshInterval: String?
    var enableLoggingAllMessageBodies: String?
    var dialbackPassphrase: String?
    var clearDialbackPassphrase: String?

    enum CodingKeys: String, CodingKey {
        case csrf, version
        case connectionLimit = "ConnectionLimit", keepAliveInterval = "KeepAliveInterval"
        case partnerConnectionLimit = "PartnerConnectionLimit", streamEstablishmentTimeout = "StreamEstablishmentTimeout"
        case streamInactivityTimeout = "StreamInactivityTimeout", subscriptionRefreshInterval = "SubscriptionRefreshInterval"
        case enableLoggingAllMessageBodies = "EnableLoggingAllMessageBodies", dialbackPassphrase = "DialbackPassphrase"
        case clearDialbackPassphrase = "ClearDialbackPassphrase"
    }

    /// The form showing the stored settings (without the passphrase).
    init(gateway g: XmppGatewaySettings) {
        csrf = ""
        version = SettingsVersion.of(g)
        connectionLimit = String(g.connectionLimit)
        keepAliveInterval = String(g.keepAliveInterval)
        partnerConnectionLimit = String(g.partnerConnectionLimit)
        streamEstablishmentTimeout = String(g.streamEstablishmentTimeout)
        streamInactivityTimeout = String(g.streamInactivityTimeout)
        subscriptionRefreshInterval = String(g.subscriptionRefreshInterval)
        enableLoggingAllMessageBodies = g.enableLoggingAllMessageBodies ? "True" : "False"
    }

    /// The counters' values as submitted, by parameter name, in the gateway's property order.
    var counters: [(name: String, value: String?)] {
        [("ConnectionLimit", connectionLimit), ("KeepAliveInterval", keepAliveInterval),
         ("PartnerConnectionLimit", partnerConnectionLimit), ("StreamEstablishmentTimeout", streamEstablishmentTimeout),
         ("StreamInactivityTimeout", streamInactivityTimeout), ("SubscriptionRefreshInterval", subscriptionRefreshInterval)]
    }

    /// The parameters of Set-CsXmppGatewayConfiguration.
    var arguments: CmdletArguments {
        var args = CmdletArguments(SetCsXmppGatewayConfigurationCommand.self, parameterSet: "Identity")
        for (name, value) in counters {
            if let v = value?.trimmingASCIISpaces(), !v.isEmpty { args.text(name, v) }
        }
        if let v = enableLoggingAllMessageBodies { args.boolean("EnableLoggingAllMessageBodies", v) }
        if !(clearDialbackPassphrase ?? "").isEmpty {
            args.textOrNull("DialbackPassphrase", "")
        } else if let p = dialbackPassphrase, !p.isEmpty {
            args.text("DialbackPassphrase", p)
        }
        return args
    }

    /// The same form with the passphrase dropped, for showing it again after an error.
    var withoutSecret: GatewayForm {
        var form = self
        form.dialbackPassphrase = nil
        return form
    }
}
