import CsCore

/// The whole contents of a store, whatever its backend: what Export-CsConfiguration writes and what
/// Import-CsConfiguration puts in place of the current contents (`XmppStoreChange.replaceContents`).
public struct XmppStoreContents: Equatable, Sendable {
    public var gateway: XmppGatewaySettings
    /// The partners in stored order.
    public var partners: [XmppAllowedPartner]
    /// JSON members csshell does not know, kept as they were written.
    var unknownMembers: UnknownMembers

    public init(gateway: XmppGatewaySettings = XmppGatewaySettings(), partners: [XmppAllowedPartner] = []) {
        self.gateway = gateway
        self.partners = partners
        self.unknownMembers = UnknownMembers()
    }

    init(gateway: XmppGatewaySettings, partners: [XmppAllowedPartner], unknownMembers: UnknownMembers) {
        self.gateway = gateway
        self.partners = partners
        self.unknownMembers = unknownMembers
    }
}

/// A JSON member csshell does not know: its name and its value's text exactly as it was written.
struct UnknownMember: Equatable, Sendable {
    var name: String
    var json: [UInt8]
}

/// Members of a store document that csshell does not know (a hand edit, another tool's), kept as
/// written so that rewriting the document, or moving it to another backend, keeps them: the
/// document's, the gateway's, and each partner's (by identity; they go when the partner goes).
struct UnknownMembers: Equatable, Sendable {
    var document: [UnknownMember] = []
    var gateway: [UnknownMember] = []
    var partners: [String: [UnknownMember]] = [:]
}
