import CsCore

/// The XMPP federation module as the shell registers it: the partner and gateway cmdlets, the export
/// to and import from real servers' configurations, the federation outcome test, the store's export
/// and import (Export-/Import-CsConfiguration), the change history, and the store they share (Lync's cmdlets are built
/// in, so `Import-Module Lync` succeeds).
public enum XmppModule {
    public static func module(store location: StoreLocation) -> ShellModule {
        module { XmppStoreService(location: location) }
    }

    /// The module over a store service of the caller's (tests).
    public static func module(service: @escaping () throws -> XmppStoreService) -> ShellModule {
        ShellModule(name: XmppCommand.module, importNames: ["Lync", "SkypeForBusiness"], cmdlets: cmdlets,
                    services: [ServiceRegistration(XmppStoreService.self, make: service)], views: views, types: types)
    }

    /// The object types the cmdlets write (their OutputType), with their properties.
    public static var types: [PSTypeDescriptor] {
        [XmppAllowedPartner.descriptor, XmppGatewaySettings.descriptor, TestCsXmppAllowedPartnerCommand.resultDescriptor,
         TestCsXmppFederationCommand.resultDescriptor, XmppChangeEntry.descriptor]
    }

    /// Partners, gateway settings and partner test results show as lists, as Lync shows configuration
    /// objects; a partner's list follows contract.md's property order whatever the object's order.
    /// Federation test results show as a table, one row per stream direction.
    public static var views: [DeclaredView] {
        [
            DeclaredView(typeName: XmppAllowedPartner.typeName, layout: .list(XmppAllowedPartner.descriptor.properties.map(\.name))),
            DeclaredView(typeName: XmppGatewaySettings.typeName, layout: .list(nil)),
            DeclaredView(typeName: TestCsXmppAllowedPartnerCommand.resultTypeName, layout: .list(nil)),
            DeclaredView(typeName: TestCsXmppFederationCommand.resultTypeName, layout: .table(TestCsXmppFederationCommand.tableColumns)),
            DeclaredView(typeName: XmppChangeEntry.typeName, layout: .table(XmppChangeEntry.tableColumns)),
        ]
    }

    /// The cmdlets, in the order Get-Command lists them when names tie.
    public static var cmdlets: [any Cmdlet.Type] {
        [
            NewCsXmppAllowedPartnerCommand.self,
            SetCsXmppAllowedPartnerCommand.self,
            GetCsXmppAllowedPartnerCommand.self,
            RemoveCsXmppAllowedPartnerCommand.self,
            TestCsXmppAllowedPartnerCommand.self,
            TestCsXmppFederationCommand.self,
            GetCsXmppGatewayConfigurationCommand.self,
            SetCsXmppGatewayConfigurationCommand.self,
            ExportCsXmppFederationConfigurationCommand.self,
            ImportCsXmppFederationConfigurationCommand.self,
            ExportCsConfigurationCommand.self,
            ImportCsConfigurationCommand.self,
            GetCsXmppPartnerChangeCommand.self,
            UndoCsXmppPartnerChangeCommand.self,
            ClearCsXmppPartnerChangeCommand.self,
        ]
    }
}
