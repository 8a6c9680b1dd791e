import Testing
@testable import CsCore
@testable import CsXmpp

@Suite struct PartnerModelTests {
    @Test func enumTypesHaveLyncNamesAndDeclarationOrder() {
        #expect(XmppPartnerType.psType.fullName == "Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation.PartnerType")
        #expect(XmppNegotiation.tlsType.fullName == "Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation.TlsNegotiation")
        #expect(XmppNegotiation.saslType.fullName == "Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation.SaslNegotiation")
        #expect(XmppPartnerType.psType.members == ["Federated", "PublicVerified", "PublicUnverified"])
        #expect(XmppNegotiation.tlsType.members == ["Required", "Optional", "NotSupported"])
        #expect(XmppNegotiation.saslType.members == ["Required", "Optional", "NotSupported"])
    }

    @Test func objectFormHasTheContractTypeOrderAndDefaults() {
        let o = XmppAllowedPartner(identity: "contoso.com").toPSObject()
        #expect(o.typeNames.first == Ref.partnerType)
        #expect(o.properties.map(\.name) == Ref.propertyOrder)
        #expect(o["Identity"]?.stringValue == "contoso.com")
        #expect(o["Domain"]?.stringValue == "contoso.com")
        #expect(o["AdditionalDomains"]?.enumerated?.isEmpty == true)
        guard case .int(20)? = o["ConnectionLimit"] else { Issue.record("ConnectionLimit"); return }
        #expect(o["Description"]?.isNull == true)
        #expect(o["ProxyFqdn"]?.isNull == true)
        guard case .bool(true)? = o["EnableKeepAlive"], case .bool(true)? = o["SupportDialbackNegotiation"] else { Issue.record("bools"); return }
        guard case let .enumValue(pt)? = o["PartnerType"], case let .enumValue(t)? = o["TlsNegotiation"], case let .enumValue(sa)? = o["SaslNegotiation"] else {
            Issue.record("enums"); return
        }
        #expect(pt.name == "PublicUnverified" && pt.type.name == "PartnerType")
        #expect(t.name == "Required" && t.type.name == "TlsNegotiation")
        #expect(sa.name == "Required" && sa.type.name == "SaslNegotiation")
        #expect(o.toPSString() == "contoso.com")
    }

    @Test func assignmentConvertsToTheDeclaredTypes() throws {
        let o = XmppAllowedPartner(identity: "contoso.com").toPSObject()
        try o.setProperty("PartnerType", s("Federated"))
        guard case let .enumValue(e)? = o["PartnerType"] else { Issue.record("not an enum"); return }
        #expect(e.name == "Federated")
        try o.setProperty("ConnectionLimit", s("30"))
        guard o["ConnectionLimit"]?.integerValue == 30 else { Issue.record("ConnectionLimit"); return }
        #expect(throws: PSPropertyError.self) { try o.setProperty("ConnectionLimit", .int(-1)) }
        #expect(throws: PSPropertyError.self) { try o.setProperty("TlsNegotiation", s("Sometimes")) }
        #expect(throws: PSPropertyError.self) { try o.setProperty("Domain", s("other.com")) }
        try o.setProperty("description", s("Contact: Ken Myer"))
        #expect(o["Description"]?.stringValue == "Contact: Ken Myer")
        let back = try XmppAllowedPartner(from: o)
        #expect(back.partnerType == .federated && back.connectionLimit == 30 && back.description == "Contact: Ken Myer")
    }

    @Test func readsConvertFromJsonStyleObjects() throws {
        let o = PSObject(properties: [
            ("Identity", s("Fabrikam.COM.")), ("AdditionalDomains", .array([s("a.fabrikam.com"), s("b.fabrikam.com")])),
            ("ConnectionLimit", .int(5)), ("Description", .null), ("Domain", s("fabrikam.com")),
            ("EnableKeepAlive", .bool(false)), ("PartnerType", s("PublicVerified")), ("ProxyFqdn", s("proxy.fabrikam.com")),
            ("SaslNegotiation", s("optional")), ("SupportDialbackNegotiation", s("True")), ("TlsNegotiation", .int(1)),
        ])
        let p = try XmppAllowedPartner(from: o).validated()
        #expect(p == XmppAllowedPartner(identity: "fabrikam.com", additionalDomains: ["a.fabrikam.com", "b.fabrikam.com"],
                                        connectionLimit: 5, enableKeepAlive: false, partnerType: .publicVerified,
                                        proxyFqdn: "proxy.fabrikam.com", saslNegotiation: .optional, tlsNegotiation: .optional))
        let one = try XmppAllowedPartner(from: PSObject(properties: [("Identity", s("x.org")), ("AdditionalDomains", s("y.org"))]))
        #expect(one.additionalDomains == ["y.org"])
        #expect(throws: XmppValidationError.self) { try XmppAllowedPartner(from: PSObject(properties: [("Description", s("x"))])) }
        #expect(throws: XmppValidationError.self) {
            try XmppAllowedPartner(from: PSObject(properties: [("Identity", s("x.org")), ("PartnerType", s("Friendly"))]))
        }
        #expect(throws: XmppValidationError.self) {
            try XmppAllowedPartner(from: PSObject(properties: [("Identity", s("x.org")), ("ConnectionLimit", .int(-1))]))
        }
    }

    @Test func domainNamesAreNormalisedAndChecked() throws {
        #expect(try DomainName.normalize("XMPP.Contoso.COM.") == "xmpp.contoso.com")
        #expect(try DomainName.normalize("a-b.c0.org") == "a-b.c0.org")
        #expect(try DomainName.normalize("localhost") == "localhost")
        let label63 = String(repeating: "a", count: 63)
        #expect(try DomainName.normalize(label63 + ".com") == label63 + ".com")
        let long253 = (0..<4).map { _ in String(repeating: "b", count: 62) }.joined(separator: ".") + ".c"   // 4*62+3+2 = 253
        #expect(long253.count == 253)
        #expect(try DomainName.normalize(long253) == long253)
        let bad: [(String, String)] = [
            ("", "empty"), (".", "no labels"), ("a..b", "empty label"), (".a.com", "empty label"),
            ("foo_bar.com", "'_'"), ("-foo.com", "starts with a hyphen"), ("foo-.com", "ends with a hyphen"),
            ("bücher.de", "'ü'"), ("a b.com", "a space"), (String(repeating: "a", count: 64) + ".com", "64 characters"),
            (long253 + "b", "254 characters"),
        ]
        for (name, why) in bad {
            do {
                _ = try DomainName.normalize(name)
                Issue.record("'\(name)' accepted")
            } catch {
                #expect(error.message.contains("'\(name)'"), "names the value: \(error.message)")
                #expect(error.message.contains(why), "\(error.message)")
                #expect(error.errorId == "InvalidDomainName")
            }
        }
    }

    @Test func validationRules() throws {
        var p = XmppAllowedPartner(identity: "Contoso.com", additionalDomains: ["NA.contoso.com", "na.contoso.com.", "eu.contoso.com"], proxyFqdn: "Proxy.Contoso.com")
        p = try p.validated()
        #expect(p.identity == "contoso.com")
        #expect(p.additionalDomains == ["na.contoso.com", "eu.contoso.com"])
        #expect(p.proxyFqdn == "proxy.contoso.com")
        #expect(throws: XmppValidationError.self) { try XmppAllowedPartner(identity: "contoso.com", additionalDomains: ["CONTOSO.com"]).validated() }
        #expect(throws: XmppValidationError.self) { try XmppAllowedPartner(identity: "contoso.com", proxyFqdn: "bad_proxy").validated() }
        #expect(throws: Never.self) { try XmppAllowedPartner(identity: "c.com", description: String(repeating: "x", count: 1024)).validated() }
        #expect(throws: XmppValidationError.self) { try XmppAllowedPartner(identity: "c.com", description: String(repeating: "x", count: 1025)).validated() }
    }

    @Test func gatewayObjectHasDefaultsAndMasksThePassphrase() throws {
        var g = XmppGatewaySettings()
        let o = g.toPSObject()
        #expect(o.typeNames.first == Ref.gatewayType)
        let expected: [(String, Int)] = [("ConnectionLimit", 1000), ("PartnerConnectionLimit", 20), ("KeepAliveInterval", 300),
                                         ("StreamEstablishmentTimeout", 60), ("StreamInactivityTimeout", 600),
                                         ("SubscriptionRefreshInterval", 28800)]
        for (name, value) in expected {
            guard case let .int(v)? = o[name] else { Issue.record("\(name)"); continue }
            #expect(v == value, "\(name)")
        }
        guard case .bool(false)? = o["EnableLoggingAllMessageBodies"] else { Issue.record("logging"); return }
        #expect(o["DialbackPassphrase"]?.isNull == true)
        g.dialbackPassphrase = "s3cret"
        let masked = g.toPSObject()
        #expect(masked["DialbackPassphrase"]?.stringValue == "********")
        // Saving the masked object back keeps the real passphrase.
        try masked.setProperty("KeepAliveInterval", .int(100))
        let back = try XmppGatewaySettings(from: masked, base: g)
        #expect(back.dialbackPassphrase == "s3cret" && back.keepAliveInterval == 100)
    }

    /// -Instance objects are read the same way for the gateway as for partners: Booleans from text,
    /// counters as UInt32, and a value that does not fit names the property.
    @Test func gatewayObjectPropertiesAreReadLikeAPartner() throws {
        let g = XmppGatewaySettings()
        // As ConvertFrom-Json or Import-Csv give it back: a PSCustomObject, its values untyped.
        let o = PSObject(properties: g.toPSObject().properties)
        try o.setProperty("EnableLoggingAllMessageBodies", .string(" True "))
        try o.setProperty("KeepAliveInterval", .string("120"))
        let read = try XmppGatewaySettings(from: o, base: g)
        #expect(read.enableLoggingAllMessageBodies && read.keepAliveInterval == 120)
        try o.setProperty("EnableLoggingAllMessageBodies", .string("yes"))
        #expect {
            try XmppGatewaySettings(from: o, base: g)
        } throws: { e in
            (e as? XmppValidationError).map {
                $0.errorId == "InvalidXmppGatewayObject"
                    && $0.message == "Cannot read property 'EnableLoggingAllMessageBodies' of the XMPP gateway settings object: String 'yes' was not recognized as a valid Boolean."
            } ?? false
        }
        try o.setProperty("EnableLoggingAllMessageBodies", .bool(false))
        try o.setProperty("KeepAliveInterval", .int(-1))
        #expect {
            try XmppGatewaySettings(from: o, base: g)
        } throws: { e in
            (e as? XmppValidationError).map { $0.message.hasPrefix("Cannot read property 'KeepAliveInterval' of the XMPP gateway settings object: ") } ?? false
        }
    }
}
