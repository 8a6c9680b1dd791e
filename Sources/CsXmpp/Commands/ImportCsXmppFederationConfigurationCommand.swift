import CsCore

// Import-CsXmppFederationConfiguration: reads a Prosody or ejabberd configuration (following its
// includes) and creates or updates partners from it, through New's and Set's checks (ours).

public final class ImportCsXmppFederationConfigurationCommand: Cmdlet {
    public static let metadata = CmdletMetadata(
        verb: "Import", noun: "CsXmppFederationConfiguration",
        className: "CsShell.Xmpp.ImportXmppFederationConfigurationCmdlet",
        module: XmppCommand.module,
        parameters: [
            XmppCommand.serverParameter("The server whose configuration -Path is: Prosody (a prosody.cfg.lua, read with Lua 5.4 as Prosody reads it) or Ejabberd (an ejabberd.yml)."),
            ParameterMetadata("Path", .string, sets: [ParameterSetSpec(mandatory: true)],
                              description: "The server's configuration file: a whole prosody.cfg.lua or ejabberd.yml (its Include and include_config_file lines are followed), or a file written by Export-CsXmppFederationConfiguration."),
        ],
        supportsShouldProcess: true,
        confirmImpact: .medium,
        help: CmdletHelp(
            synopsis: "Creates or updates XMPP allowed partners from a Prosody or ejabberd configuration file.",
            description: """
            The Import-CsXmppFederationConfiguration cmdlet reads the federation policy of a real XMPP server's configuration and brings it into the store. Each domain (Prosody) or ACL of domains (ejabberd) the server's allow list admits becomes a partner: a new one is created as New-CsXmppAllowedPartner creates it (ConnectionLimit from the gateway's PartnerConnectionLimit), an existing one is updated as Set-CsXmppAllowedPartner updates it (the settings the server does not express, such as PartnerType, ConnectionLimit and Description, are kept). Partners the configuration does not name are left alone. Each entry is checked as New and Set check it; an entry that does not validate is a non-terminating error and the import goes on with the next.

            What is read (the inverse of Export-CsXmppFederationConfiguration's mapping): the allow list (Prosody: mod_firewall's NOT LEAVING zones, s2s_whitelist or host_guard_blockall_exceptions; ejabberd: the ACLs that s2s_access allows), the TLS policy (s2s_require_encryption / s2s_allow_encryption; s2s_use_starttls), which partners need a valid certificate and which may use dialback (s2s_secure_auth, s2s_secure_domains, s2s_insecure_domains and the dialback module; mod_s2s_dialback's access rule), keep-alives (s2s_tcp_keepalives) and the gateway's timeouts (Prosody s2s_timeout and s2s_idle_timeout; ejabberd s2s_timeout). A partner gets the TlsNegotiation, SaslNegotiation and SupportDialbackNegotiation that allow the same authentication methods as the server does: certificates only become SaslNegotiation Required with dialback off, dialback allowed becomes SaslNegotiation Optional (NotSupported without TLS) with dialback on. A configuration without an allow list federates with every server; then only the domains it names for certificates or dialback are imported, with a warning.

            Prosody configurations are Lua: they are run with Lua 5.4 (Debian's lua5.4, which comes with prosody) in an environment like Prosody's (VirtualHost, Component, Include with wildcards, ENV_ variables), but without os, io, require and RunScript. ejabberd configurations are read as YAML; macros are not expanded.

            With -WhatIf nothing is changed; each partner that would be created or updated is shown.
            """,
            examples: [
                CmdletExample("Example 1", code: "Import-CsXmppFederationConfiguration -Server Prosody -Path prosody.cfg.lua",
                              remarks: "Creates or updates a partner for each domain the Prosody configuration (and the files it includes) allows."),
                CmdletExample("Example 2", code: "Import-CsXmppFederationConfiguration -Server Ejabberd -Path ejabberd.yml -WhatIf",
                              remarks: "Shows which partners the ejabberd configuration would create or update, and changes nothing."),
            ],
            inputs: "None.",
            outputs: "None."))

    public init() {}

    public func process(_ params: BoundParameters, _ runtime: any CommandRuntime) throws {
        let server = XmppServerKind(params.enumValue("Server")) ?? .prosody
        let given = params.string("Path") ?? ""
        let path = FileSystemPath.resolve(given)
        guard FileSystemPath.isFile(path) else {
            throw FileSystemPath.isDirectory(path) ? FileErrors.cannotWrite(path, code: 21) : FileErrors.fileNotFound(path)
        }
        let imported: ImportedFederation
        do {
            imported = server == .prosody ? try ProsodyConfigReader.read(path) : try EjabberdConfigReader.read(path)
        } catch {
            throw XmppCommand.record(error)
        }
        for note in imported.notes { runtime.writeWarning(note) }
        for e in imported.rejected { try runtime.writeError(XmppCommand.record(e)) }
        for entry in imported.entries {
            if runtime.isStopping { return }
            try XmppCommand.run(runtime) { store in try importEntry(entry, store: store, runtime: runtime) }
        }
        try importGateway(imported, runtime)
    }

    private func importEntry(_ entry: ImportedFederation.Entry, store: any XmppStore, runtime: any CommandRuntime) throws {
        guard let n = FederationPolicy.canonicalNegotiation(tls: entry.tls, authentication: entry.authentication) else {
            throw XmppValidationError(
                "\(entry.source): \(entry.identity) must authenticate with a certificate, but TLS is off, so no authentication method is left (Not Valid Configuration: \(NegotiationMatrix.errorNoTls))",
                errorId: "InvalidNegotiationConfiguration", category: .InvalidData, target: entry.identity)
        }
        func updated(_ current: XmppAllowedPartner?, _ gateway: XmppGatewaySettings) throws(XmppValidationError) -> XmppAllowedPartner {
            var p = current ?? XmppAllowedPartner(identity: entry.identity, connectionLimit: gateway.partnerConnectionLimit)
            if let more = entry.additionalDomains { p.additionalDomains = more }
            if let k = entry.enableKeepAlive { p.enableKeepAlive = k }
            (p.tlsNegotiation, p.saslNegotiation, p.supportDialbackNegotiation) = n
            return try p.validated()
        }
        let (current, holder, gateway) = try store.read { s in (try s.partner(identity: entry.identity), try s.partner(holding: entry.identity), try s.gateway) }
        if current == nil, entry.additionalDomains == nil, let holder {
            // A Prosody domain that a partner already holds as an additional domain: nothing to create.
            runtime.writeVerbose("\(entry.identity) is an additional domain of the XMPP allowed partner '\(holder.identity)'; not imported as a partner of its own.")
            return
        }
        let preview = try updated(current, gateway)
        if preview == current { return }
        let warnings = try XmppCommand.negotiationWarnings(preview, force: false)
        let action = current == nil ? NewCsXmppAllowedPartnerCommand.metadata.name : SetCsXmppAllowedPartnerCommand.metadata.name
        guard try runtime.shouldProcess(target: preview.identity, action: action) else { return }
        try store.apply(XmppChangeContext(runtime, action: .import)) { state in
            let now = try state.partner(identity: entry.identity)
            let p = try updated(now, try state.gateway)
            try XmppCommand.checkDomains(p, in: state)
            return p == now ? nil : .putPartner(p)
        }
        for w in warnings { runtime.writeWarning("\(preview.identity): \(w)") }
    }

    private func importGateway(_ imported: ImportedFederation, _ runtime: any CommandRuntime) throws {
        guard imported.streamEstablishmentTimeout != nil || imported.streamInactivityTimeout != nil else { return }
        try XmppCommand.run(runtime) { store in
            func updated(_ g: XmppGatewaySettings) -> XmppGatewaySettings {
                var g = g
                if let t = imported.streamEstablishmentTimeout { g.streamEstablishmentTimeout = t }
                if let t = imported.streamInactivityTimeout { g.streamInactivityTimeout = t }
                return g
            }
            guard try store.read({ try updated($0.gateway) != $0.gateway }) else { return }
            guard try runtime.shouldProcess(target: XmppGatewaySettings.globalIdentity, action: SetCsXmppGatewayConfigurationCommand.metadata.name) else { return }
            try store.apply(XmppChangeContext(runtime, action: .import)) { state in
                let now = try state.gateway
                let g = updated(now)
                return g == now ? nil : .setGateway(g)
            }
        }
    }
}
