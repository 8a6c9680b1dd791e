import CsCore
#if canImport(Glibc)
import Glibc
#endif

// Export-CsXmppFederationConfiguration: the store's partners and gateway settings as a Prosody or
// ejabberd configuration file (ours: neither Lync nor PowerShell has it).

public final class ExportCsXmppFederationConfigurationCommand: Cmdlet {
    /// Lync setting → Prosody option → ejabberd option: the help's and the README's table.
    static let mapping = """
    Lync setting                  Prosody 0.12 (Debian 12)                          ejabberd 23.01 (Debian 12)
    ----------------------------  ------------------------------------------------  ----------------------------------------------
    Identity, AdditionalDomains   mod_firewall zone csshell_partners (deliver and    acl csshell_partner_<Identity> (server: every
                                  deliver_remote rules) on each -LocalDomain;        domain); access rule csshell_s2s; s2s_access
                                  no partner grouping                               in host_config of each -LocalDomain
    TlsNegotiation                s2s_require_encryption, s2s_allow_encryption      s2s_use_starttls (required/optional/false)
                                  (global: the strictest any partner asks for)      (one level: the strictest any partner asks for)
    SaslNegotiation,              s2s_secure_auth; s2s_secure_domains (certificate  mod_s2s_dialback access rule csshell_dialback
    SupportDialbackNegotiation    only) / s2s_insecure_domains (dialback allowed);  (allowed: dialback; others: certificate only)
                                  dialback module on the local domains
    SaslNegotiation NotSupported  - (SASL EXTERNAL is used with a valid certificate)  - (same)
    EnableKeepAlive               s2s_tcp_keepalives (global)                       -
    KeepAliveInterval             -                                                 -
    StreamEstablishmentTimeout    s2s_timeout                                       - (negotiation_timeout also governs clients)
    StreamInactivityTimeout       s2s_idle_timeout (mod_s2s_idle_timeout)           s2s_timeout
    ConnectionLimit,              -                                                 - (max_s2s_connections opens that many,
    PartnerConnectionLimit                                                          it does not limit)
    PartnerType, ProxyFqdn,       -                                                 -
    SubscriptionRefreshInterval,
    EnableLoggingAllMessageBodies
    DialbackPassphrase            - (a secret: never exported)                      - (same)
    Description                   a comment                                         -
    """

    public static let metadata = CmdletMetadata(
        verb: "Export", noun: "CsXmppFederationConfiguration",
        className: "CsShell.Xmpp.ExportXmppFederationConfigurationCmdlet",
        module: XmppCommand.module,
        parameters: [
            XmppCommand.serverParameter("The XMPP server the file is for: Prosody (Prosody 0.12 with Debian's prosody-modules: a Lua file of global options) or Ejabberd (ejabberd 23.01: a YAML file for include_config_file)."),
            ParameterMetadata("LocalDomain", .array(.string), sets: [ParameterSetSpec(mandatory: true)],
                              validations: [.notNullOrEmpty],
                              description: "The organisation's own XMPP domains: the server's VirtualHosts (Prosody) or hosts (ejabberd) that the policy protects. Each must be a valid DNS name and no partner's domain. Prosody: the firewall and the modules it needs are enabled under these VirtualHosts (a modules_enabled set under the same VirtualHost elsewhere replaces this one's or is replaced by it, whichever Prosody reads last). ejabberd: the options go under host_config of these hosts."),
            ParameterMetadata("Path", .string,
                              description: "The file to write. It is written whole or not at all (a temporary file in the same folder, renamed over the target) with mode 0644, so the server's own user (prosody, ejabberd) can read it. Without -Path the file's text is written to the pipeline as one string."),
            ParameterMetadata("NoClobber", .switchParameter, aliases: ["NoOverwrite"],
                              description: "Prevents an existing file from being overwritten: the cmdlet reports an error and writes nothing. Has no effect without -Path."),
        ],
        supportsShouldProcess: true,
        confirmImpact: .low,
        help: CmdletHelp(
            synopsis: "Writes the store's XMPP allowed partners and gateway settings as a configuration file for Prosody or ejabberd.",
            description: """
            The Export-CsXmppFederationConfiguration cmdlet turns the federation policy kept in the store into a configuration file that a real XMPP server reads: for Prosody 0.12 (Debian 12, with Debian's prosody-modules) a file of global options to include above the VirtualHost sections of prosody.cfg.lua, for example in /etc/prosody/conf.d/; for ejabberd 23.01 a YAML file to name in ejabberd.yml's include_config_file. Partners (primary and additional domains) form the server's allow list, TLS and authentication follow each partner's TlsNegotiation, SaslNegotiation and SupportDialbackNegotiation, and the gateway's timeouts go where the server has an equivalent.

            Faithful or loud: for every setting the server cannot express exactly the cmdlet writes a warning naming the setting, the partners, what the file does instead and why. Where the file must choose between stricter and looser (the servers' TLS policy is global, Lync's is per partner: nothing in Debian 12's Prosody or ejabberd expresses a per-domain TLS policy, and Prosody's s2s_insecure_domains does not override s2s_require_encryption), it chooses the stricter and says so. The mapping:

            \(mapping)

            What Prosody enforces: mod_firewall filters stanzas, not connections (Debian 12 ships no working connection-level allow list: mod_host_guard crashes Prosody 0.12). A stanza from a domain that is not a partner to a local domain is dropped and logged (csshell: refused stanza from ...); no stanza leaves a local domain for a domain that is not a partner (the local sender gets a policy-violation error), so Prosody never opens a stream to one. Dropping rather than bouncing is the stricter choice: an error reply would make Prosody open a stream to the non-partner. With TLS required, s2s_secure_auth also makes any server that is not a dialback partner present a valid certificate before its stream is accepted. A server that is not a partner can still open a stream. ejabberd refuses a server that is not a partner at connection time (s2s_access), in both directions.

            The Prosody file is read by Prosody twice: as configuration and, through firewall_scripts, as mod_firewall's rule script (each Lua line starts with ";", which mod_firewall reads as a comment; the rules sit in a Lua comment). ejabberd refuses an option set twice: the file uses names of its own (csshell_...) and host_config entries of the local domains, so the main file must not set s2s_access, s2s_use_starttls, s2s_timeout or mod_s2s_dialback in host_config for those domains.

            Without -Path the text is written to the pipeline as one string; with -Path the file is replaced atomically with mode 0644 and nothing is written to the pipeline. -WhatIf shows the file that would be written. The DialbackPassphrase is never exported.
            """,
            examples: [
                CmdletExample("Example 1", code: "Export-CsXmppFederationConfiguration -Server Prosody -LocalDomain example.com -Path federation.cfg.lua -WarningAction SilentlyContinue",
                              remarks: "Writes the partners as a Prosody configuration file protecting the local domain example.com. On a Debian server, write it to /etc/prosody/conf.d/csshell-federation.cfg.lua, then run \"prosodyctl check config\" and \"prosodyctl reload\"."),
                CmdletExample("Example 2", code: "Export-CsXmppFederationConfiguration -Server Ejabberd -LocalDomain example.com, example.org -Path federation.yml",
                              remarks: "Writes an ejabberd file for the hosts example.com and example.org and shows a warning for each setting ejabberd cannot express. Name the file in ejabberd.yml's include_config_file and run \"ejabberdctl reload_config\"."),
                CmdletExample("Example 3", code: "Export-CsXmppFederationConfiguration Prosody -LocalDomain example.com -WarningAction SilentlyContinue | Out-String -Stream | Where-Object { $_ -like \"*s2s_require_encryption*\" }",
                              remarks: "Writes the Prosody text to the pipeline (without the warnings) and shows its TLS line."),
                CmdletExample("Example 4", code: "Export-CsXmppFederationConfiguration -Server Ejabberd -LocalDomain example.com -Path federation.yml -NoClobber -WhatIf",
                              remarks: "Shows the file that would be written, and writes nothing; with -NoClobber an existing file is never replaced."),
            ],
            inputs: "None.",
            outputs: "System.String: the file's text, when -Path is not given; otherwise none."),
        outputTypes: ["System.String"])

    public init() {}

    public func process(_ params: BoundParameters, _ runtime: any CommandRuntime) throws {
        let server = XmppServerKind(params.enumValue("Server")) ?? .prosody
        let (partners, gateway) = try storeContents(runtime)
        let policy: FederationPolicy
        do {
            policy = try FederationPolicy(server: server, localDomains: params.strings("LocalDomain") ?? [], partners: partners, gateway: gateway)
        } catch {
            throw XmppCommand.record(error)
        }
        let text: String
        switch server {
        case .prosody: text = ProsodyConfigWriter.text(policy)
        case .ejabberd:
            do { text = try EjabberdConfigWriter.text(policy) } catch {
                throw ErrorRecord.runtime("The ejabberd file could not be written as YAML: \(error)", id: "YamlEmitFailed", category: .InvalidResult)
            }
        }
        for w in policy.warnings { runtime.writeWarning(w) }

        guard let given = params.string("Path") else {
            runtime.writeObject(.string(text))
            return
        }
        let path = FileSystemPath.resolve(given)
        guard try runtime.shouldProcess(target: path, action: Self.metadata.name) else { return }
        if params.isPresent("NoClobber") && FileSystemPath.isFile(path) { throw FileErrors.noClobber(given, path) }
        if FileSystemPath.isDirectory(path) { throw FileErrors.cannotWrite(path, code: EISDIR) }
        do {
            try AtomicFile.write(Array(text.utf8), to: path, mode: 0o644, keepExistingMode: false)
        } catch {
            throw FileErrors.cannotWrite(path, code: error.errno)
        }
    }

    private func storeContents(_ runtime: any CommandRuntime) throws -> ([XmppAllowedPartner], XmppGatewaySettings) {
        do {
            return try runtime.store().read { (try $0.partners(matching: nil), try $0.gateway) }
        } catch let e as XmppStoreError {
            throw e.errorRecord
        }
    }
}
