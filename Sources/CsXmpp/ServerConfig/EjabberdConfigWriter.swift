import CsCore
import Yams

// The ejabberd 23.01 (Debian 12) form of a federation policy: a YAML file for the main file's
// `include_config_file`. ejabberd merges `acl`, `access_rules` and `host_config` from included files
// with the main file's, and refuses an option set twice, so everything here has names of its own
// (csshell_…) and the per-host options go under `host_config` of each local domain: that scopes the
// policy to the local domains and leaves the main file's global `s2s_use_starttls` and
// `mod_s2s_dialback` (Debian's ejabberd.yml sets both) in place for other hosts.
//
// - one ACL per partner (`server:` its primary and additional domains), so a partner keeps its
//   domains together through an export and an import;
// - `s2s_access` (checked for incoming and outgoing s2s, per local host): allow the partners' ACLs,
//   deny the rest — ejabberd refuses the connection itself;
// - `s2s_use_starttls`: the global TLS level;
// - `mod_s2s_dialback` with an `access` rule allowing the partners that may use dialback (for them
//   ejabberd also skips certificate verification); every other server must present a valid
//   certificate;
// - `s2s_timeout`: the gateway's StreamInactivityTimeout.
// The YAML is built as a node tree and emitted by Yams.

public enum EjabberdConfigWriter {
    public static let aclPrefix = "csshell_partner_"
    public static let accessRule = "csshell_s2s"
    public static let dialbackRule = "csshell_dialback"

    public static func aclName(_ identity: String) -> String { aclPrefix + identity }

    public static func text(_ policy: FederationPolicy) throws -> String {
        func str(_ s: String) -> Node { Node(s) }
        func map(_ pairs: [(String, Node)]) -> Node { .mapping(Node.Mapping(pairs.map { (str($0.0), $0.1) })) }
        func seq(_ nodes: [Node]) -> Node { .sequence(Node.Sequence(nodes)) }
        func rule(allowing partners: [XmppAllowedPartner]) -> Node {
            seq(partners.map { map([("allow", str(aclName($0.identity)))]) } + [str("deny")])
        }

        var top: [(String, Node)] = []
        if !policy.partners.isEmpty {
            top.append(("acl", map(policy.partners.map { p in
                (aclName(p.identity), map([("server", seq(p.allDomains.map(str)))]))
            })))
        }
        top.append(("access_rules", map([
            (accessRule, rule(allowing: policy.partners)),
            (dialbackRule, rule(allowing: policy.dialbackPartners)),
        ])))
        let starttls: String
        switch policy.tls {
        case .required: starttls = "required"
        case .optional: starttls = "optional"
        case .notSupported: starttls = "false"
        }
        let hostOptions = map([
            ("s2s_access", str(accessRule)),
            ("s2s_use_starttls", Node(starttls, Tag(starttls == "false" ? .bool : .str))),
            ("s2s_timeout", Node(String(policy.gateway.streamInactivityTimeout), Tag(.int))),
            ("modules", map([("mod_s2s_dialback", map([("access", str(dialbackRule))]))])),
        ])
        top.append(("host_config", map(policy.localDomains.map { ($0, hostOptions) })))

        let yaml = try Yams.serialize(node: map(top), indent: 2, width: -1, allowUnicode: true, sortKeys: false)
        let domains = policy.partners.reduce(0) { $0 + $1.allDomains.count }
        let header = """
        # XMPP federation policy for ejabberd 23.01 (Debian 12), written by csshell (Export-CsXmppFederationConfiguration).
        # Partners: \(policy.partners.count) (\(domains) domains). Local domains: \(policy.localDomains.joined(separator: ", ")).
        #
        # Name this file in ejabberd.yml's include_config_file, then run "ejabberdctl reload_config".
        # The options apply to the local domains only (host_config), so the main file keeps its own
        # s2s_use_starttls and mod_s2s_dialback for other hosts; it must not have host_config entries
        # for these domains that set the same options (ejabberd refuses an option set twice).
        # Enforced: a server that is not a partner is refused at connection time (s2s_access), both ways.
        # Change the store and export again rather than this file.

        """
        return header + yaml
    }
}
