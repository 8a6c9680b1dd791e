import Testing
@testable import CsCmdlets

@Suite struct CmdletMetadataTests {
    static let common: Set<String> = ["verbose", "debug", "erroraction", "warningaction", "informationaction", "errorvariable",
                                      "warningvariable", "informationvariable", "outvariable", "outbuffer", "pipelinevariable",
                                      "whatif", "confirm", "vb", "db", "ea", "wa", "infa", "ev", "wv", "iv", "ov", "ob", "pv", "wi", "cf"]

    @Test func catalogueListsTheSevenCmdlets() {
        let names = CsCmdletCatalog.cmdlets.map { $0.metadata.name }
        #expect(names == ["New-CsXmppAllowedPartner", "Set-CsXmppAllowedPartner", "Get-CsXmppAllowedPartner",
                          "Remove-CsXmppAllowedPartner", "Test-CsXmppAllowedPartner", "Get-CsXmppGatewayConfiguration",
                          "Set-CsXmppGatewayConfiguration"])
    }

    @Test(arguments: CsCmdletCatalog.cmdlets.map { $0.metadata.name })
    func metadataIsWellFormed(_ name: String) throws {
        let m = try #require(CsCmdletCatalog.cmdlets.first { $0.metadata.name == name }).metadata
        var seen = Set<String>()
        for p in m.parameters {
            for n in [p.name] + p.aliases {
                #expect(seen.insert(n.lowercased()).inserted, "\(m.name): duplicate name or alias \(n)")
                #expect(!Self.common.contains(n.lowercased()), "\(m.name): \(n) clashes with a common parameter")
            }
            #expect(!p.description.isEmpty, "\(m.name) -\(p.name) has help")
            #expect(!p.sets.isEmpty)
        }
        if let d = m.defaultParameterSet { #expect(m.parameterSetNames.contains(d), "\(m.name): default set \(d) exists") }
        for set in m.parameterSetNames {
            let positions = m.parameters(in: set).compactMap { $0.spec(in: set)?.position }
            #expect(Set(positions).count == positions.count, "\(m.name) [\(set)]: unique positions")
            let byValue = m.parameters(in: set).filter { $0.spec(in: set)?.pipeline.contains(.byValue) == true }
            #expect(byValue.count <= 1, "\(m.name) [\(set)]: at most one ByValue parameter")
        }
        #expect(m.module == "Lync")
        #expect(!m.help.synopsis.isEmpty && !m.help.examples.isEmpty)
        for e in m.help.examples {
            #expect(!e.code.contains("- Filter") && !e.code.contains("CXmpp") && !e.code.contains("`"), "doc typos are not reproduced")
            #expect(!e.remarks.isEmpty)
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
