// The cmdlets this module provides, for the shell's command registry.

public enum CsCmdletCatalog {
    // Metatypes are immutable; the array is never changed.
    nonisolated(unsafe) public static let cmdlets: [any Cmdlet.Type] = [
        NewCsXmppAllowedPartnerCommand.self,
        SetCsXmppAllowedPartnerCommand.self,
        GetCsXmppAllowedPartnerCommand.self,
        RemoveCsXmppAllowedPartnerCommand.self,
        TestCsXmppAllowedPartnerCommand.self,
        GetCsXmppGatewayConfigurationCommand.self,
        SetCsXmppGatewayConfigurationCommand.self,
    ]
}
