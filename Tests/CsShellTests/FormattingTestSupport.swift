// Helpers shared by the formatting tests.

import CsCore
@testable import CsShell
@testable import CsXmpp

/// A PSCustomObject with these properties, in order.
func obj(_ pairs: (String, PSValue)...) -> PSValue {
    .object(PSObject(properties: pairs))
}

/// A typed object.
func typed(_ typeName: String, _ pairs: [(String, PSValue)]) -> PSValue {
    .object(PSObject(typeNames: [typeName], properties: pairs))
}

/// The views of a session: the shell's own and the XMPP module's.
var sessionViews: FormatViewRegistry { FormatViewRegistry.standard.including(XmppModule.views) }

/// What Out-String returns for these values at this width: every line followed by "\n".
func outString(_ values: [PSValue], width: Int = 120, enumerationLimit: Int = 4) -> String {
    let out = StringLineOutput(width: width)
    let f = OutputFormatter(output: out, options: OutputFormatterOptions(enumerationLimit: enumerationLimit, registry: sessionViews))
    for v in values { f.write(v) }
    f.finish()
    return out.text
}

/// Lines joined with "\n" after each, as Out-String would print them.
func text(_ lines: [String]) -> String {
    lines.map { $0 + "\n" }.joined()
}

func strings(_ s: String...) -> PSValue { .array(s.map { .string($0) }) }

/// A script block for tests: its text only.
final class TestScriptBlock: PSScriptBlock {
    let text: String
    init(_ text: String) { self.text = text }
}

enum TestEnums {
    static let partnerType = PSEnumType(name: "PartnerType", fullName: "Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation.PartnerType",
                                        members: ["Federated", "PublicVerified", "PublicUnverified"])
    static let negotiation = PSEnumType(name: "TlsNegotiation", fullName: "Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation.TlsNegotiation",
                                        members: ["Required", "Optional", "NotSupported"])
    static let sasl = PSEnumType(name: "SaslNegotiation", fullName: "Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation.SaslNegotiation",
                                 members: ["Required", "Optional", "NotSupported"])
}

/// A partner object as the partner cmdlets make it (contract.md order).
func partner(_ identity: String, domains: [String] = [], limit: Int = 20, description: String? = nil, keepAlive: Bool = true,
             type: Int = 0, proxy: String? = nil, sasl: Int = 0, dialback: Bool = true, tls: Int = 0) -> PSValue {
    typed(XmppAllowedPartner.typeName, [
        ("Identity", .string(identity)),
        ("AdditionalDomains", .array(domains.map { .string($0) })),
        ("ConnectionLimit", .int(limit)),
        ("Description", description.map { .string($0) } ?? .null),
        ("Domain", .string(identity)),
        ("EnableKeepAlive", .bool(keepAlive)),
        ("PartnerType", .enumValue(PSEnumValue(type: TestEnums.partnerType, index: type))),
        ("ProxyFqdn", proxy.map { .string($0) } ?? .null),
        ("SaslNegotiation", .enumValue(PSEnumValue(type: TestEnums.sasl, index: sasl))),
        ("SupportDialbackNegotiation", .bool(dialback)),
        ("TlsNegotiation", .enumValue(PSEnumValue(type: TestEnums.negotiation, index: tls))),
    ])
}
