/// What a recorded change did (contract.md's names for the change history's Action property).
public enum XmppChangeAction: String, CaseIterable, Equatable, Sendable {
    /// A partner added (New-CsXmppAllowedPartner).
    case new = "New"
    /// A partner changed (Set-CsXmppAllowedPartner).
    case set = "Set"
    /// A partner removed (Remove-CsXmppAllowedPartner).
    case remove = "Remove"
    /// A partner or the gateway settings replaced by an import (Import-CsConfiguration,
    /// Import-CsXmppFederationConfiguration).
    case `import` = "Import"
    /// An earlier change taken back (Undo-CsXmppPartnerChange).
    case undo = "Undo"
    /// The gateway settings changed (Set-CsXmppGatewayConfiguration).
    case setGateway = "SetGateway"
    /// Older history trimmed (Clear-CsXmppPartnerChange).
    case clear = "Clear"

    public init?(name: String) {
        guard let a = Self.allCases.first(where: { $0.rawValue.equalsIgnoringCase(name) }) else { return nil }
        self = a
    }
}
