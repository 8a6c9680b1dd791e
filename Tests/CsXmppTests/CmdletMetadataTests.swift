import Testing
@testable import CsCore
@testable import CsXmpp

@Suite struct CmdletMetadataTests {
    @Test func catalogueListsTheFifteenCmdlets() {
        let names = XmppModule.cmdlets.map { $0.metadata.name }
        #expect(names == ["New-CsXmppAllowedPartner", "Set-CsXmppAllowedPartner", "Get-CsXmppAllowedPartner",
                          "Remove-CsXmppAllowedPartner", "Test-CsXmppAllowedPartner", "Test-CsXmppFederation", "Get-CsXmppGatewayConfiguration",
                          "Set-CsXmppGatewayConfiguration", "Export-CsXmppFederationConfiguration", "Import-CsXmppFederationConfiguration",
                          "Export-CsConfiguration", "Import-CsConfiguration",
                          "Get-CsXmppPartnerChange", "Undo-CsXmppPartnerChange", "Clear-CsXmppPartnerChange"])
    }

    /// The generic declaration checks run over every cmdlet of the whole catalogue in the shell's tests
    /// (CatalogueValidationTests); these are the XMPP module's own: Lync's module name, and the Lync
    /// documentation's typos not reproduced in the examples.
    @Test(arguments: XmppModule.cmdlets.map { $0.metadata.name })
    func lyncDeclarations(_ name: String) throws {
        let m = try #require(XmppModule.cmdlets.first { $0.metadata.name == name }).metadata
        #expect(CmdletMetadataValidator.problems(in: m) == [])
        #expect(m.module == "Lync")
        for e in m.help.examples {
            #expect(!e.code.contains("- Filter") && !e.code.contains("CXmpp") && !e.code.contains("`"), "doc typos are not reproduced")
        }
    }

    @Test func lyncParameterSets() {
        let new = NewCsXmppAllowedPartnerCommand.metadata
        #expect(new.defaultParameterSet == "Identity")
        #expect(new.parameter(named: "Identity")?.spec(in: "Identity") == ParameterSetSpec("Identity", mandatory: true, position: 0))
        #expect(new.parameter(named: "Identity")?.spec(in: "ParentAndRelativeKey") == nil)
        #expect(new.parameter(named: "Domain")?.spec(in: "ParentAndRelativeKey")?.mandatory == true)
        #expect(new.parameter(named: "Domain")?.spec(in: "Identity") == nil)
        #expect(new.parameter(named: "AdditionalDomains")?.type == .listModifier(.string))
        #expect(new.parameter(named: "ConnectionLimit")?.type == .uint32)
        #expect(new.parameter(named: "Identity")?.type.fullName == "Microsoft.Rtc.Management.Xds.XdsGlobalRelativeIdentity")
        #expect(new.supportsShouldProcess)
        #expect(new.parameter(named: "Instance") == nil && new.parameter(named: "Filter") == nil)

        let set = SetCsXmppAllowedPartnerCommand.metadata
        #expect(set.parameter(named: "Identity")?.spec(in: "Identity") == ParameterSetSpec("Identity", mandatory: false, position: 0))
        #expect(set.parameter(named: "Instance")?.spec(in: "Instance")?.pipeline == .byValue)
        #expect(set.parameter(named: "Instance")?.spec(in: "Identity") == nil)
        #expect(set.parameter(named: "Domain") == nil && set.parameter(named: "InMemory") == nil)
        #expect(set.supportsShouldProcess)

        let get = GetCsXmppAllowedPartnerCommand.metadata
        #expect(get.parameterSetNames.sorted() == ["Filter", "Identity"])
        #expect(get.parameter(named: "Filter")?.spec(in: "Identity") == nil)
        #expect(get.parameter(named: "LocalStore")?.inAllSets == true)
        #expect(!get.supportsShouldProcess)

        let remove = RemoveCsXmppAllowedPartnerCommand.metadata
        #expect(remove.parameter(named: "Identity")?.sets == [ParameterSetSpec(mandatory: true, position: 0, pipeline: .byPropertyName)])
        #expect(remove.supportsShouldProcess && remove.confirmImpact == .medium)

        #expect(SetCsXmppGatewayConfigurationCommand.metadata.supportsShouldProcess)
        #expect(SetCsXmppGatewayConfigurationCommand.metadata.parameter(named: "Instance")?.spec(in: "Instance")?.pipeline == .byValue)
        #expect(TestCsXmppAllowedPartnerCommand.metadata.parameter(named: "Instance")?.spec(in: "Combination")?.pipeline == .byValue)
    }
}
