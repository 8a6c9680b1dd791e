import CsCore

// The three enum types of an XMPP allowed partner, as Swift enums (for the model and the matrix) and
// as PSEnumTypes (for binding, conversion, messages and completion). Member order is the declaration
// order contract.md fixes; the numeric values are the declaration indexes (Lync documents none).

/// `Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation.PartnerType`.
public enum XmppPartnerType: Int, CaseIterable, Sendable, Hashable {
    case federated, publicVerified, publicUnverified

    public static let psType = PSEnumType(
        name: "PartnerType",
        fullName: "Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation.PartnerType",
        members: ["Federated", "PublicVerified", "PublicUnverified"])

    public var name: String { Self.psType.members[rawValue] }
    public var psValue: PSValue { .enumValue(PSEnumValue(type: Self.psType, index: rawValue)) }

    /// The member with this name, ignoring case (no prefixes: stored data must be exact).
    public init?(name: String) {
        guard let m = Self.psType.member(named: name) else { return nil }
        self.init(rawValue: m.index)
    }
}

/// The values of `TlsNegotiation` and `SaslNegotiation` (two .NET enums with the same members).
public enum XmppNegotiation: Int, CaseIterable, Sendable, Hashable {
    case required, optional, notSupported

    public static let members = ["Required", "Optional", "NotSupported"]

    /// `Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation.TlsNegotiation`.
    public static let tlsType = PSEnumType(
        name: "TlsNegotiation",
        fullName: "Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation.TlsNegotiation",
        members: members)

    /// `Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation.SaslNegotiation`.
    public static let saslType = PSEnumType(
        name: "SaslNegotiation",
        fullName: "Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation.SaslNegotiation",
        members: members)

    public var name: String { Self.members[rawValue] }
    public var tlsValue: PSValue { .enumValue(PSEnumValue(type: Self.tlsType, index: rawValue)) }
    public var saslValue: PSValue { .enumValue(PSEnumValue(type: Self.saslType, index: rawValue)) }

    /// The member with this name, ignoring case (no prefixes: stored data must be exact).
    public init?(name: String) {
        guard let m = Self.tlsType.member(named: name) else { return nil }
        self.init(rawValue: m.index)
    }
}

/// The XMPP enums are numbered like their PSEnumTypes: by declaration index.
public protocol XmppEnum: RawRepresentable where RawValue == Int {}

extension XmppEnum {
    /// From a bound enum value (a TlsNegotiation value reads as an XmppNegotiation as well as a
    /// SaslNegotiation one: matched by member index); nil when there is none.
    public init?(_ value: PSEnumValue?) {
        guard let v = value else { return nil }
        self.init(rawValue: v.index)
    }
}

extension XmppPartnerType: XmppEnum {}
extension XmppNegotiation: XmppEnum {}
