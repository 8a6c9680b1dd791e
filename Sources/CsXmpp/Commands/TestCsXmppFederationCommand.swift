import CsCore

// Test-CsXmppFederation (csshell's own): whether federation with a partner works, and by which method
// each stream direction authenticates, or which side fails at which step and why, for a stored or
// piped partner (or a bare combination) against a description of the partner's server.

public final class TestCsXmppFederationCommand: Cmdlet {
    public static let resultTypeName = "Csshell.XmppFederationTestResult"

    public static let resultDescriptor = PSTypeDescriptor(
        typeName: resultTypeName,
        properties: [
            ("Identity", .string),
            ("Direction", .string),
            ("Succeeds", .bool),
            ("Method", .string),
            ("FailingSide", .string),
            ("FailingStep", .string),
            ("Reason", .string),
            ("Source", .string),
        ])

    /// The default view: a table of everything but Source.
    public static let tableColumns = ["Identity", "Direction", "Succeeds", "Method", "FailingSide", "FailingStep", "Reason"]

    static let localName = "our server"
    static let remoteName = "the remote server"

    public static let metadata = CmdletMetadata(
        verb: "Test", noun: "CsXmppFederation",
        className: "CsShell.Xmpp.TestXmppFederationCmdlet",
        module: XmppCommand.module,
        parameters: XmppCommand.testedPartnerParameters(
            identity: "Identity (primary domain) of the stored XMPP allowed partner whose federation is tested; for example: -Identity \"fabrikam.com\".") + [
            ParameterMetadata("RemoteProfile", .string,
                              description: "The partner's server: the name of a preset (\(RemoteProfile.presets.map { "'\($0.name)'" }.joined(separator: ", "))), or the path of its Prosody configuration (Lua) or ejabberd configuration (.yml), read as Import-CsXmppFederationConfiguration reads it. The -Remote parameters given beside it replace the profile's settings. Without it, the partner's server is described by the -Remote parameters alone.",
                              completer: RemoteProfile.completer),
            ParameterMetadata("RemoteTlsNegotiation", .enumeration(XmppNegotiation.tlsType),
                              description: "The partner's TLS setting for our domain, as a TlsNegotiation: Required (STARTTLS is mandatory-to-negotiate), Optional (TLS when offered) or NotSupported (no TLS). Default: the profile's, else Required."),
            ParameterMetadata("RemoteSaslNegotiation", .enumeration(XmppNegotiation.saslType),
                              description: "The partner's SASL setting for our domain, as a SaslNegotiation. With -RemoteSupportDialbackNegotiation and -RemoteTlsNegotiation it says whether the partner lets our server use dialback (the negotiation matrix row allows a dialback method) or requires our certificate. Default: the profile's, else Required."),
            ParameterMetadata("RemoteSupportDialbackNegotiation", .bool,
                              description: "The partner's dialback setting for our domain, as a SupportDialbackNegotiation. Default: the profile's, else True."),
            ParameterMetadata("RemoteCertificate", .enumeration(FederationSide.Certificate.psType),
                              description: "The partner's certificate as our server judges it: Valid, Invalid (self-signed, expired, issued for another name or by an unknown CA) or Missing.",
                              defaultValue: "Valid"),
            ParameterMetadata("RemoteStrictCertificates", .switchParameter,
                              description: "The partner's server refuses a peer whose certificate it cannot validate, with no dialback (Prosody s2s_secure_auth, ejabberd without dialback for our domain)."),
            ParameterMetadata("RemoteBidi", .switchParameter,
                              description: "The partner's server does XEP-0288 bidirectional streams (Prosody and ejabberd mod_s2s_bidi). When our server does too (-LocalBidi), one stream serves both directions."),
            ParameterMetadata("RemoteDirectTls", .switchParameter,
                              description: "The partner's server accepts direct TLS connections (XEP-0368, _xmpps-server SRV records): our server connects with TLS at once, so the partner's TLS policy Optional behaves as Required on the Outbound stream."),
            ParameterMetadata("LocalCertificate", .enumeration(FederationSide.Certificate.psType),
                              description: "Our server's certificate as the partner judges it: Valid, Invalid or Missing.",
                              defaultValue: "Valid"),
            ParameterMetadata("LocalBidi", .switchParameter,
                              description: "Our server does XEP-0288 bidirectional streams (mod_s2s_bidi in prosody.cfg.lua; the export does not turn it on)."),
            ParameterMetadata("LocalDomain", .array(.string),
                              description: "Our domains, as a -RemoteProfile configuration file names them: its entry for one of them decides how the partner treats our server, and a file whose allow list names none of them refuses us."),
            ParameterMetadata("AllCertificateStates", .switchParameter,
                              description: "Tests every certificate state (Valid, Invalid, Missing) of each side whose certificate is not given by -LocalCertificate or -RemoteCertificate: the rows of each combination, each Reason starting with the combination."),
        ],
        defaultParameterSet: "Combination",
        help: CmdletHelp(
            synopsis: "Tells whether federation with an XMPP allowed partner works: the method each server-to-server stream direction negotiates, or which side fails at which step and why. This cmdlet is part of csshell; Lync Server has no such cmdlet.",
            description: """
            Test-CsXmppFederation predicts what two servers negotiate: our server, configured by Export-CsXmppFederationConfiguration (Prosody 0.12) from the store, and the partner's server, described by -RemoteProfile and the -Remote parameters. It follows the decision procedure of RFC 6120 (§5 STARTTLS, §6 SASL, §13.7.2 certificate validation), XEP-0178 (SASL EXTERNAL with certificates), XEP-0220 (Server Dialback), XEP-0344 (dialback over TLS), XEP-0288 (bidirectional streams) and XEP-0368 (direct TLS), and where Prosody 0.12 behaves otherwise it follows Prosody, the server csshell's own test bed runs in pairs (configured by the export) to prove the prediction: Prosody uses SASL EXTERNAL without validating the receiving server's certificate unless it requires certificates; a server with TLS enabled offers STARTTLS even without a certificate, and the handshake fails; a server that requires TLS lets a peer without TLS time out rather than refusing it; SaslNegotiation NotSupported does not turn SASL EXTERNAL off (no server can); and dialback in one direction completes only when the receiving server's own stream back authenticates, because Prosody sends the dialback verification over that stream.

            Our side. For a stored partner (-Identity, or partners piped to the cmdlet), our server's settings are those the export writes for the whole store: Prosody's TLS policy is global, so the export requires TLS for every partner when any partner requires it, and uses it when available when any partner allows it; the outcome is for that policy, and a warning says when it differs from the partner's own TlsNegotiation. A partner whose negotiation allows no dialback method must present a valid certificate (s2s_secure_domains); any other may use dialback, and the dialback module is loaded when any partner may. -TlsNegotiation, -SaslNegotiation and -SupportDialbackNegotiation replace the partner's values; without a partner they describe a bare combination, tested as the only partner of a store. Our certificate is -LocalCertificate (default Valid); -LocalBidi says our server runs mod_s2s_bidi.

            The partner's side. -RemoteProfile names a preset ('Prosody 0.12 default': TLS required, dialback allowed; 'Prosody 0.12 Debian 12 default': TLS and a valid certificate required; 'ejabberd 23.01 default': TLS required, dialback allowed; 'legacy dialback-only server': no TLS, no SASL EXTERNAL, dialback) or a Prosody or ejabberd configuration file (with -LocalDomain, its entry for our domain decides). -RemoteTlsNegotiation, -RemoteSaslNegotiation and -RemoteSupportDialbackNegotiation describe the partner's settings for our domain as a partner object would (a matrix row that allows no dialback method means it requires our certificate); they replace the profile's settings, and without a profile the omitted ones take New's defaults (Required, Required, True). -RemoteCertificate is the partner's certificate as our server judges it (default Valid); -RemoteStrictCertificates, -RemoteBidi and -RemoteDirectTls add what a partner object cannot say. Every partner's server is modelled with Prosody 0.12's rules; the ejabberd preset describes ejabberd's default settings, not its code.

            Output: one object per direction, with the properties Identity (null for a bare combination), Direction (Outbound: the stream our server opens, which carries our users' stanzas to the partner; Inbound: the stream the partner opens; Both: when both servers do XEP-0288, the one stream our server opens, which then serves both directions), Succeeds, Method (SASL over TLS, TLS Dialback or TCP Dialback; null on failure), FailingSide (Local or Remote: the side whose setting or certificate does not meet what the stream needs), FailingStep (TCP, STARTTLS, Certificate, SASL EXTERNAL or Dialback), Reason and Source (the RFC or XEP section, or the Prosody behaviour, the deciding rule follows). The effective federation is the weaker direction: when the two directions differ, or one fails, a warning names the effective method or the failing direction; with XEP-0288, a warning says when the stream the partner opens first would negotiate otherwise. -AllCertificateStates writes the rows of each certificate combination (the union Lync's "Expected Authentication Methods" column tries to show for one side), each Reason starting with the combination, and one warning that sums them up.
            """,
            examples: [
                CmdletExample("Example 1", code: "Test-CsXmppFederation -Identity \"contoso.com\" -RemoteProfile \"Prosody 0.12 default\"",
                              remarks: "Tests the stored partner contoso.com against a Prosody 0.12 server with its default settings and a valid certificate: both directions authenticate with SASL EXTERNAL over TLS."),
                CmdletExample("Example 2", code: "Test-CsXmppFederation -Identity \"contoso.com\" -RemoteProfile \"Prosody 0.12 default\" -RemoteCertificate Invalid",
                              remarks: "contoso.com (TLS Required, SASL Required) may not use dialback, so it must present a valid certificate; with a self-signed one, both directions fail at the Certificate step, our server refusing the certificate, and a warning says there is no federation."),
                CmdletExample("Example 3", code: "Get-CsXmppAllowedPartner | Test-CsXmppFederation -RemoteProfile \"ejabberd 23.01 default\" -RemoteCertificate Invalid | Where-Object { -not $_.Succeeds }",
                              remarks: "Tests every stored partner against ejabberd 23.01's default configuration with a certificate our server cannot validate, and keeps the directions that fail: those of the partners that must present a valid certificate. The warnings name each partner's effective federation."),
                CmdletExample("Example 4", code: "Test-CsXmppFederation -TlsNegotiation NotSupported -SaslNegotiation NotSupported -SupportDialbackNegotiation $true -RemoteProfile \"legacy dialback-only server\"",
                              remarks: "A bare combination without TLS against a server that knows only dialback: both directions use TCP Dialback."),
                CmdletExample("Example 5", code: "Test-CsXmppFederation -Identity \"xmpp.contoso.com\" -RemoteProfile prosody.cfg.lua -LocalDomain legacy.example.org -LocalCertificate Invalid",
                              remarks: "Reads the partner's Prosody configuration: it requires TLS and certificates (s2s_secure_auth) but lets legacy.example.org, our domain, use dialback (s2s_insecure_domains). With our certificate invalid, our stream authenticates by TLS Dialback and the partner's by SASL EXTERNAL; a warning names TLS Dialback as the effective federation."),
                CmdletExample("Example 6", code: "Test-CsXmppFederation -Identity \"xmpp.contoso.com\" -RemoteSaslNegotiation Optional -AllCertificateStates -WarningAction SilentlyContinue | Where-Object Succeeds | Select-Object -ExpandProperty Method -Unique",
                              remarks: "Lists the methods federation with xmpp.contoso.com (SASL Optional and dialback on both sides) can end up with over every combination of the two servers' certificates: SASL over TLS and TLS Dialback."),
                CmdletExample("Example 7", code: "Test-CsXmppFederation -Identity \"xmpp.contoso.com\" -RemoteProfile \"Prosody 0.12 default\" -LocalBidi -RemoteBidi | ConvertTo-Json",
                              remarks: "Both servers do XEP-0288: one stream serves both directions, written as a single object with the Direction Both."),
            ],
            inputs: "Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation.XmppAllowedPartner#Decorated object (or a string naming a stored partner).",
            outputs: resultTypeName),
        outputTypes: [resultTypeName])

    /// The store as the export sees it as a whole, read once per command (by the first partner).
    private var storePolicy: ExportedStorePolicy?

    public init() {}

    public func process(_ params: BoundParameters, _ runtime: any CommandRuntime) throws {
        try XmppCommand.run(runtime) { store in
            // Our side: the partner (stored, piped) or a bare combination.
            let (partner, tls, sasl, dialback) = try XmppCommand.testedCombination(params, store)

            var warnings: [String] = []
            var storeTls: XmppNegotiation?
            var storeDialback: Bool?
            if var p = partner {
                (p.tlsNegotiation, p.saslNegotiation, p.supportDialbackNegotiation) = (tls, sasl, dialback)
                if storePolicy == nil { storePolicy = ExportedStorePolicy(try store.partners()) }
                let outcome = storePolicy!.outcome(with: p)
                let global = outcome.tls
                storeTls = global
                storeDialback = outcome.dialback
                if global != tls, let decider = outcome.decider {
                    warnings.append("\(p.identity): TlsNegotiation \(tls.name), but the exported configuration \(global == .required ? "requires TLS" : "uses TLS when available") for every partner, because TLS is global in Prosody and \(decider) has TlsNegotiation \(global.name); the outcome is for TlsNegotiation \(global.name).")
                }
            }

            // The partner's side.
            let identity = partner?.identity
            let remoteName = identity ?? Self.remoteName
            var profile = RemoteProfile(name: "", tls: .required, certificateRequired: true, dialback: false, basis: "")
            var fromProfile = false
            if let given = params.string("RemoteProfile") {
                if let preset = RemoteProfile.preset(named: given) {
                    profile = preset
                } else {
                    let path = FileSystemPath.resolve(given)
                    guard FileSystemPath.isFile(path) else {
                        throw XmppValidationError("'\(given)' is neither a remote profile preset (\(RemoteProfile.presets.map { "'\($0.name)'" }.joined(separator: ", "))) nor a server configuration file.",
                                                  errorId: "RemoteProfileNotFound", category: .ObjectNotFound, target: given)
                    }
                    let (read, notes) = try RemoteProfile.read(path: path, localDomains: params.strings("LocalDomain") ?? [])
                    profile = read
                    warnings += notes.map { "\(remoteName): \($0)" }
                }
                fromProfile = true
                runtime.writeVerbose("\(remoteName): the remote profile '\(profile.name)': \(profile.basis).")
            }
            let rTls = XmppNegotiation(params.enumValue("RemoteTlsNegotiation"))
            let rSasl = XmppNegotiation(params.enumValue("RemoteSaslNegotiation"))
            let rDialback = params.bool("RemoteSupportDialbackNegotiation")
            if rTls != nil || rSasl != nil || rDialback != nil || !fromProfile {
                // The profile's settings in partner terms; a server with TLS off that requires
                // certificates has no matrix row of its own, and stands as the row with its TLS and
                // nothing else allowed (which also leaves no method), so that a parameter changes
                // only the setting it names.
                let base = fromProfile
                    ? FederationPolicy.canonicalNegotiation(tls: profile.settings.tls, authentication: profile.settings.certificateRequired ? .certificates : .dialbackAllowed)
                        ?? (tls: profile.settings.tls, sasl: .notSupported, dialback: false)
                    : nil
                let side = FederationSide.exported(role: .remote, name: remoteName, tls: rTls ?? base?.tls ?? .required,
                                                   sasl: rSasl ?? base?.sasl ?? .required, dialback: rDialback ?? base?.dialback ?? true)
                profile.settings.tls = side.tls
                profile.settings.certificateRequired = side.certificateRequired
                profile.settings.dialback = side.dialback
            }
            if let strict = params.bool("RemoteStrictCertificates") { profile.settings.certificateRequired = strict }
            if let b = params.bool("RemoteBidi") { profile.settings.bidi = b }
            if let d = params.bool("RemoteDirectTls") { profile.settings.directTls = d }

            let localBidi = params.bool("LocalBidi") ?? false
            let localGiven = FederationSide.Certificate(rawValue: params.enumValue("LocalCertificate")?.index ?? -1)
            let remoteGiven = FederationSide.Certificate(rawValue: params.enumValue("RemoteCertificate")?.index ?? -1)
            func sides(_ lc: FederationSide.Certificate, _ rc: FederationSide.Certificate) -> (FederationSide, FederationSide) {
                var local = FederationSide.exported(role: .local, name: Self.localName, tls: tls, sasl: sasl, dialback: dialback,
                                                    storeTls: storeTls, storeDialback: storeDialback)
                local.certificate = lc
                local.bidi = localBidi
                return (local, profile.side(name: remoteName, certificate: rc))
            }

            for w in warnings { runtime.writeWarning(w) }
            if params.isPresent("AllCertificateStates") {
                var effective: [XmppAuthenticationMethod?] = []
                for lc in localGiven.map({ [$0] }) ?? FederationSide.Certificate.allCases {
                    for rc in remoteGiven.map({ [$0] }) ?? FederationSide.Certificate.allCases {
                        let (l, r) = sides(lc, rc)
                        let f = FederationNegotiator.federate(local: l, remote: r)
                        effective.append(f.effective)
                        let prefix = "With \(Self.localName)'s certificate \(lc.name) and \(remoteName)'s \(rc.name): "
                        for row in f.rows { runtime.writeObject(.object(Self.result(identity: identity, row.direction, row.stream, prefix: prefix))) }
                    }
                }
                runtime.writeWarning(Self.summary(remoteName, effective))
            } else {
                let (l, r) = sides(localGiven ?? .valid, remoteGiven ?? .valid)
                let f = FederationNegotiator.federate(local: l, remote: r)
                for row in f.rows { runtime.writeObject(.object(Self.result(identity: identity, row.direction, row.stream))) }
                if let w = Self.effectiveWarning(remoteName, f) { runtime.writeWarning(w) }
            }
        }
    }

    /// The result object of one row.
    public static func result(identity: String?, _ direction: FederationNegotiator.Direction, _ s: FederationStream, prefix: String = "") -> PSObject {
        // A sentence that starts with "our server" or "the remote server" starts with a capital.
        var reason = s.reason.hasPrefix(localName) || s.reason.hasPrefix(remoteName) ? s.reason.prefix(1).uppercased() + s.reason.dropFirst() : s.reason
        if direction == .both { reason = "One XEP-0288 stream serves both directions. " + reason }
        return PSObject(descriptor: resultDescriptor, values: [
            identity.map { .string($0) } ?? .null,
            .string(direction.name),
            .bool(s.succeeds),
            s.method.map { .string($0.label) } ?? .null,
            s.failingSide.map { .string($0.name) } ?? .null,
            s.failingStep.map { .string($0.name) } ?? .null,
            .string(prefix + reason),
            .string(direction == .both ? "XEP-0288; " + s.source : s.source),
        ])
    }

    /// The warning about the effective federation (the weaker direction), or nil when both directions
    /// negotiate the same method.
    static func effectiveWarning(_ name: String, _ f: FederationNegotiator.Federation) -> String? {
        func said(_ s: FederationStream) -> String {
            s.method.map { "negotiates \($0.label)" } ?? "fails (\(s.failingSide?.name ?? "") side, \(s.failingStep?.name ?? "allow list"))"
        }
        if let both = f.rows.first, both.direction == .both {
            guard let other = f.remoteFirst, other.method != both.stream.method else { return nil }
            return "\(name): one XEP-0288 stream serves both directions; the stream our server opens \(said(both.stream)), but when \(name) opens it first it \(said(other))."
        }
        guard f.rows.count == 2 else { return nil }
        let (out, inb) = (f.rows[0].stream, f.rows[1].stream)
        if out.method == inb.method && out.succeeds { return nil }
        if let m = f.effective {
            let weaker = out.method == m ? "Outbound" : "Inbound"
            return "\(name): the effective federation is \(m.label), the weaker direction (\(weaker)); Outbound \(said(out)), Inbound \(said(inb))."
        }
        if !out.succeeds && !inb.succeeds {
            return "\(name): no federation: both directions fail."
        }
        let failing = out.succeeds ? "Inbound" : "Outbound"
        let who = out.succeeds ? "\(name)'s users cannot reach ours" : "our users cannot reach \(name)'s"
        return "\(name): federation fails: \(failing) \(said(out.succeeds ? inb : out)), so \(who); \(failing == "Outbound" ? "Inbound" : "Outbound") \(said(out.succeeds ? out : inb))."
    }

    /// The warning that sums up -AllCertificateStates: the effective methods that occur, and how many
    /// combinations fail.
    static func summary(_ name: String, _ effective: [XmppAuthenticationMethod?]) -> String {
        let methods = Set(effective.compactMap { $0 }).sorted().map(\.label)
        let failing = effective.filter { $0 == nil }.count
        var parts = methods
        if failing > 0 { parts.append("no federation in \(failing) of \(effective.count) certificate combinations") }
        return "\(name): depending on the certificates, the effective federation is " + (parts.isEmpty ? "never reached" : parts.joined(separator: ", ")) + "."
    }
}
