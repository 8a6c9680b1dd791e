import CsCore

// What the XMPP cmdlets share: parameter types, error records, store access, applying the partner
// parameters of New and Set, and the uniqueness checks made under the store's lock.

enum XmppCommand {
    static let module = "Lync"
    static let identityType = PSType.named(fullName: "Microsoft.Rtc.Management.Xds.XdsGlobalRelativeIdentity",
                                           shortName: "XdsGlobalRelativeIdentity")
    static let xdsIdentityType = PSType.named(fullName: "Microsoft.Rtc.Management.Xds.XdsIdentity", shortName: "XdsIdentity")

    /// Completes a partner Identity with the stored partners' identities that start with what was
    /// typed, sorted (the store answers the prefix: a database is not asked for every partner).
    static let identityCompleter = ArgumentCompleter { services, typed in
        var prefix = ""
        for c in typed {
            if "*?[]`".contains(c) { prefix.append("`") }
            prefix.append(c)
        }
        let pattern = WildcardPattern(prefix + "*")
        let ids = (try? services.service(XmppStoreService.self).store().read { try $0.partners(matching: pattern) }.map(\.identity)) ?? []
        return ids.filter { $0.hasPrefixIgnoringCase(typed) }.sorted()
    }

    static let sharedDescription = "In order for your users to be able to exchange instant messages and presence information with users on an XMPP network, that network must be configured as an XMPP allowed partner. (You must also assign your users an external access policy that allows XMPP access.) By design, your users will be allowed to communicate with users on any XMPP network that is listed on the allowed partners list. If you do not want users communicating with users from a given network then you must delete that network from the allowed partners list."

    // MARK: Errors

    static func notFound(_ identity: String) -> XmppValidationError {
        XmppValidationError("Cannot find an XMPP allowed partner with Identity '\(identity)'.",
                            errorId: "XmppPartnerNotFound", category: .ObjectNotFound, target: identity)
    }

    static func gatewayNotFound(_ identity: String) -> XmppValidationError {
        XmppValidationError("Cannot find an XMPP gateway configuration with Identity '\(identity)'. The only instance is 'Global'.",
                            errorId: "XmppGatewayConfigurationNotFound", category: .ObjectNotFound, target: identity)
    }

    /// An -Instance value that is no object at all.
    static func notAPartnerObject(_ instance: PSValue) -> XmppValidationError {
        XmppValidationError("The -Instance value '\(PSConvert.toString(instance))' (\(instance.typeName ?? "null")) is not an XMPP allowed partner object.",
                            errorId: "InvalidXmppPartnerObject", category: .InvalidArgument, target: PSConvert.toString(instance))
    }

    static func record(_ e: XmppValidationError) -> ErrorRecord {
        ErrorRecord(message: e.message, errorId: e.errorId, category: e.category, target: e.target.map { .string($0) },
                    exceptionType: e.category == .ObjectNotFound ? "System.Management.Automation.ItemNotFoundException"
                                                                 : "System.ArgumentException")
    }

    /// Runs `body` with the store; a store failure becomes a terminating error record, and a
    /// per-object validation failure a non-terminating error (written, then `body` is over). The
    /// engine adds the cmdlet's name and class to the record.
    static func run(_ runtime: any CommandRuntime, _ body: (any XmppStore) throws -> Void) throws {
        do {
            let store = try runtime.store()
            try body(store)
        } catch let e as XmppValidationError {
            try runtime.writeError(record(e))
        } catch let e as XmppStoreError {
            throw e.errorRecord
        }
    }

    // MARK: Partner parameters

    /// The partner parameters of New and Set, applied on top of `p` (not yet validated). The binder has
    /// already converted every value to its declared type (UInt32, Boolean, the enums, the list modifier).
    static func applyPartnerParameters(_ params: BoundParameters, to p: inout XmppAllowedPartner) throws(XmppValidationError) {
        if let m = params.listModifier("AdditionalDomains") {
            p.additionalDomains = try applyDomains(m, to: p.additionalDomains)
        }
        if let i = params.int("ConnectionLimit") { p.connectionLimit = UInt32(i) }
        if let v = params["Description"] { p.description = v.isNull ? nil : PSConvert.toString(v) }
        if let b = params.bool("EnableKeepAlive") { p.enableKeepAlive = b }
        if let t = XmppPartnerType(params.enumValue("PartnerType")) { p.partnerType = t }
        if let v = params["ProxyFqdn"] {
            let s = v.isNull ? "" : PSConvert.toString(v)
            p.proxyFqdn = s.isEmpty ? nil : s
        }
        if let n = XmppNegotiation(params.enumValue("SaslNegotiation")) { p.saslNegotiation = n }
        if let b = params.bool("SupportDialbackNegotiation") { p.supportDialbackNegotiation = b }
        if let n = XmppNegotiation(params.enumValue("TlsNegotiation")) { p.tlsNegotiation = n }
    }

    /// A list modifier applied to a list of domains: added and replacing names must be valid DNS names;
    /// removing an absent name does nothing; a name is kept once (ignoring case), in the order added.
    /// Names keep their spelling here (so messages quote what was typed); `validated()` normalises them.
    /// Each value may hold several names (`DomainName.names(in:)`): a cell of Export-Csv passes as is.
    static func applyDomains(_ m: PSListModifier, to list: [String]) throws(XmppValidationError) -> [String] {
        var result: [String] = m.replaces ? [] : list
        var keys = result.map { DomainName.lookupKey($0) }
        if !m.replaces {
            for name in DomainName.names(in: m.remove) {
                let key = DomainName.lookupKey(name)
                while let i = keys.firstIndex(of: key) { keys.remove(at: i); result.remove(at: i) }
            }
        }
        for text in DomainName.names(in: m.replaces ? m.replace : m.add) {
            let key = try DomainName.normalize(text, role: "The additional domain")
            if !keys.contains(key) { keys.append(key); result.append(text) }
        }
        return result
    }

    // MARK: Rules

    /// contract.md's negotiation rule for a New or Set: the warnings to write when the partner is
    /// stored, or an error.
    static func negotiationWarnings(_ p: XmppAllowedPartner, force: Bool) throws(XmppValidationError) -> [String] {
        switch NegotiationMatrix.decide(tls: p.tlsNegotiation, sasl: p.saslNegotiation, dialback: p.supportDialbackNegotiation) {
        case let .store(warnings):
            return warnings
        case let .invalid(message):
            throw XmppValidationError("Cannot save the XMPP allowed partner '\(p.identity)': \(message)",
                                      errorId: "InvalidNegotiationConfiguration", category: .InvalidArgument, target: p.identity)
        case let .needsForce(message, warnings):
            if force { return warnings }
            throw XmppValidationError(message, errorId: "SaslRequiresTls", category: .InvalidArgument, target: p.identity)
        }
    }

    /// Every domain of `p` must be free or already its own (checked under the store's lock).
    static func checkDomains(_ p: XmppAllowedPartner, in state: any XmppStoreView) throws {
        for d in p.allDomains {
            if let holder = try state.partner(holding: d), holder.identity != p.identity {
                throw XmppValidationError.domainInUse(d, holder: holder.identity)
            }
        }
    }

    // MARK: The partner a Test cmdlet tests

    /// -Identity, -Instance and the three negotiation settings of Test-CsXmppAllowedPartner and
    /// Test-CsXmppFederation: a stored partner, a piped one, or a bare combination.
    static func testedPartnerParameters(identity: String) -> [ParameterMetadata] {
        [
            ParameterMetadata("Identity", .string,
                              sets: [ParameterSetSpec("Identity", mandatory: true, position: 0)],
                              description: identity, completer: identityCompleter),
            ParameterMetadata("Instance", .psObject,
                              sets: [ParameterSetSpec("Combination", mandatory: false, pipeline: .byValue)],
                              description: "A partner object to test (as Get-CsXmppAllowedPartner or New-CsXmppAllowedPartner -InMemory write it, or a PSCustomObject with the same properties); partners piped to the cmdlet bind here. A string is taken as the Identity of a stored partner."),
            ParameterMetadata("TlsNegotiation", .enumeration(XmppNegotiation.tlsType),
                              description: "The TlsNegotiation to test: Required, Optional or NotSupported. Without a partner, the default is Required (the New-CsXmppAllowedPartner default); with a partner, it replaces the partner's value."),
            ParameterMetadata("SaslNegotiation", .enumeration(XmppNegotiation.saslType),
                              description: "The SaslNegotiation to test: Required, Optional or NotSupported. Without a partner, the default is Required; with a partner, it replaces the partner's value."),
            ParameterMetadata("SupportDialbackNegotiation", .bool,
                              description: "The SupportDialbackNegotiation to test. Without a partner, the default is True; with a partner, it replaces the partner's value."),
        ]
    }

    /// The partner a Test cmdlet tests (nil for a bare combination: an object without Identity, such as
    /// a CSV row of settings, or none at all) and the combination tested: the partner's, or New's
    /// defaults, with -TlsNegotiation, -SaslNegotiation and -SupportDialbackNegotiation applied.
    static func testedCombination(_ params: BoundParameters, _ store: any XmppStore) throws
        -> (partner: XmppAllowedPartner?, tls: XmppNegotiation, sasl: XmppNegotiation, dialback: Bool) {
        func lookUp(_ id: String) throws -> XmppAllowedPartner {
            guard let p = try store.read({ try $0.partner(identity: id) }) else { throw notFound(id) }
            return p
        }
        var partner: XmppAllowedPartner?
        var (tls, sasl, dialback) = (XmppNegotiation.required, XmppNegotiation.required, true)
        if let id = params.string("Identity") {
            partner = try lookUp(id)
        } else if let instance = params["Instance"], !instance.isNull {
            switch instance {
            case let .object(o):
                if [o["Identity"], o["Domain"]].contains(where: { $0 != nil && !$0!.isNull }) {
                    partner = try XmppAllowedPartner(from: o)
                } else {
                    let c = o.copy()
                    c.addProperty("Identity", .string("combination"))
                    let p = try XmppAllowedPartner(from: c)
                    (tls, sasl, dialback) = (p.tlsNegotiation, p.saslNegotiation, p.supportDialbackNegotiation)
                }
            case let .string(s): partner = try lookUp(s)
            default: throw notAPartnerObject(instance)
            }
        }
        if let p = partner { (tls, sasl, dialback) = (p.tlsNegotiation, p.saslNegotiation, p.supportDialbackNegotiation) }
        if let n = XmppNegotiation(params.enumValue("TlsNegotiation")) { tls = n }
        if let n = XmppNegotiation(params.enumValue("SaslNegotiation")) { sasl = n }
        if let b = params.bool("SupportDialbackNegotiation") { dialback = b }
        return (partner, tls, sasl, dialback)
    }

    // MARK: Metadata pieces

    /// -Server of the export and import cmdlets: mandatory, first position.
    static func serverParameter(_ description: String) -> ParameterMetadata {
        ParameterMetadata("Server", .enumeration(XmppServerKind.psType), sets: [ParameterSetSpec(mandatory: true, position: 0)],
                          description: description)
    }

    static func partnerParameters(connectionLimitText: String, set: [ParameterSetSpec] = [ParameterSetSpec()]) -> [ParameterMetadata] {
        [
            ParameterMetadata("AdditionalDomains", .listModifier(.string), sets: set,
                              description: "Additional XMPP domains belonging to the allowed partner. Multiple domains can be specified by separating the domain names with commas; for example: -AdditionalDomains \"fabrikam2.com\",\"fabrikam3.com\". Use @{Add=...}, @{Remove=...} or @{Replace=...} to change the list, and $null to clear it. A domain can belong to only one partner."),
            ParameterMetadata("ConnectionLimit", .uint32, sets: set,
                              description: connectionLimitText),
            ParameterMetadata("Description", .string, sets: set,
                              description: "Enables administrators to provide additional text regarding the XMPP allowed partner. For example, the Description might include contact information for the partner. At most 1,024 characters."),
            ParameterMetadata("EnableKeepAlive", .bool, sets: set,
                              description: "Indicates whether or not the XMPP partner should periodically transmit \"keep alive\" packets in order to verify that the connection is still active. The default value is True.",
                              defaultValue: "True"),
            ParameterMetadata("Force", .switchParameter, sets: set,
                              description: "Suppresses the display of any non-fatal error message that might occur when running the command. With -Force, a partner whose SaslNegotiation is Required or Optional while TlsNegotiation is NotSupported (and SupportDialbackNegotiation is True) is saved with a warning instead of being refused. Not Valid Configurations are refused even with -Force."),
            ParameterMetadata("PartnerType", .enumeration(XmppPartnerType.psType), sets: set,
                              description: "Specifies the relationship between Lync Server 2013 and the XMPP partner. Allowed values are: Federated (the XMPP partner is from a federated domain), PublicVerified, PublicUnverified. The default value is PublicUnverified.",
                              defaultValue: "PublicUnverified"),
            ParameterMetadata("ProxyFqdn", .string, sets: set,
                              description: "Fully qualified domain name of the proxy server used by the XMPP partner."),
            ParameterMetadata("SaslNegotiation", .enumeration(XmppNegotiation.saslType), sets: set,
                              description: "Indicates support for the Simple Authentication and Security Layer protocol, a protocol used for server authentication. Allowed values are: Required (SASL negotiation must be supported); Optional (SASL will be used if available); NotSupported (SASL negotiation will not be supported). The default value is Required.",
                              defaultValue: "Required"),
            ParameterMetadata("SupportDialbackNegotiation", .bool, sets: set,
                              description: "Indicates whether dialback negotiation will be supported. With dialback negotiation, when Server A contacts Server B communication is not immediately established. Instead, Server B first attempts to verify the identity of Server A by contacting the authoritative DNS server for the domain that Server A claims to be from. Note that dialback negotiation is not as secure as SASL or TLS. Instead, it is primarily used in situations where certificates cannot be used to verify a server's identity. The default value is True.",
                              defaultValue: "True"),
            ParameterMetadata("TlsNegotiation", .enumeration(XmppNegotiation.tlsType), sets: set,
                              description: "Indicates support for the Transport Layer Security protocol, a protocol used to encrypt server-to-server data streams. Allowed values are: Required (TLS negotiation must be supported); Optional (TLS will be used if available); NotSupported (TLS negotiation will not be supported). The default value is Required.",
                              defaultValue: "Required"),
        ]
    }
}
