import CsCore
import Foundation
import Yams

// The federation policy an ejabberd 23.01 configuration expresses (the inverse of
// EjabberdConfigWriter, for any ejabberd.yml): YAML read with Yams, `include_config_file` followed
// (a path, a list of paths, or paths with `allow_only` / `disallow`), top-level `acl`,
// `access_rules`, `modules` and `host_config` merged across files as ejabberd merges them, and a
// top-level option set twice refused as ejabberd refuses it. Macros (`define_macro`) are not
// expanded; federation options do not use them in practice.
//
// For each local host (`hosts`, else the hosts of `host_config`), its options are the global ones with its `host_config` on top:
// - partners: the ACLs that the `s2s_access` rule allows, each ACL's `server` values one partner
//   (the first its identity, the rest its additional domains); an ACL that matches servers by
//   pattern, users or addresses cannot be a partner (an error each); with `s2s_access` at its default
//   (`all`) ejabberd federates with everyone, and the servers the dialback rule names are taken;
// - TLS: s2s_use_starttls false (the default) → NotSupported, true/optional → Optional,
//   required → Required (required_trusted also drops mod_s2s_dialback);
// - authentication: dialback allowed when mod_s2s_dialback is loaded and its `access` rule allows the
//   partner's primary domain, else certificates;
// - gateway: s2s_timeout → StreamInactivityTimeout.

public enum EjabberdConfigReader {
    typealias Pairs = [(key: String, value: Node, file: String)]

    /// The merged configuration: top-level options in order, with the file each came from.
    struct Merged {
        var options: [String: (value: Node, file: String)] = [:]
        var acl: Pairs = []
        var accessRules: Pairs = []
        var modules: Pairs = []
        var hostConfig: [String: Pairs] = [:]
        var hostConfigOrder: [String] = []
        var files: [String] = []
    }

    /// The merged configuration with its ACLs and rules indexed by name (last definition wins), and
    /// each rule and dialback decision worked out once (a store of 1,000 partners has 1,000 ACLs).
    final class Lookup {
        let m: Merged
        let acls: [String: (value: Node, file: String)]
        let rules: [String: (value: Node, file: String)]
        var ruleItems: [String: [RuleItem]] = [:]
        var dialback: [String: (all: Bool?, servers: [String: Bool])] = [:]

        init(_ m: Merged) {
            self.m = m
            var acls: [String: (value: Node, file: String)] = [:], rules: [String: (value: Node, file: String)] = [:]
            for a in m.acl { acls[a.key] = (a.value, a.file) }
            for r in m.accessRules { rules[r.key] = (r.value, r.file) }
            self.acls = acls
            self.rules = rules
        }
    }

    public static func read(_ path: String) throws(XmppValidationError) -> ImportedFederation {
        var merged = Merged()
        try load(path, into: &merged, allowOnly: nil, disallow: [], depth: 0)
        let lookup = Lookup(merged)
        var result = ImportedFederation()
        result.files = merged.files
        // The local hosts; a file of our export alone (no `hosts`) names them in host_config.
        let hosts = merged.options["hosts"].map { strings($0.value) } ?? merged.hostConfigOrder

        var groups: [(domains: [String], source: String, host: String)] = []
        var noAllowList: [String] = []
        for host in hosts {
            let s2sAccess = option("s2s_access", host, merged)?.value.string ?? "all"
            if s2sAccess == "all" {
                noAllowList.append(host)
                continue
            }
            let rule = try accessRule(s2sAccess, lookup)
            for item in rule where item.allow {
                for acl in item.acls {
                    if acl.isAll {
                        result.notes.append("The s2s_access rule '\(s2sAccess)' of \(host) allows every server (\(item.source)); only the servers it names are imported.")
                        continue
                    }
                    if !acl.other.isEmpty {
                        result.rejected.append(XmppValidationError(
                            "\(acl.source): the ACL '\(acl.name)' matches servers by \(acl.other.joined(separator: ", ")), not by name; it cannot be an XMPP allowed partner.",
                            errorId: "UnsupportedAclMatch", category: .InvalidData, target: acl.name))
                    }
                    if !acl.servers.isEmpty { groups.append((acl.servers, acl.source, host)) }
                }
            }
        }
        if !noAllowList.isEmpty && groups.isEmpty {
            var named: [(domains: [String], source: String, host: String)] = []
            for host in noAllowList {
                guard let dialback = dialbackRule(host, merged), dialback != "all" else { continue }
                for item in try accessRule(dialback, lookup) where item.allow {
                    for acl in item.acls where !acl.isAll && !acl.servers.isEmpty { named.append((acl.servers, acl.source, host)) }
                }
            }
            groups = named
            result.notes.append("'\(path)' has no allow list for \(noAllowList.joined(separator: ", ")) (s2s_access is 'all'), so ejabberd federates with every server; only the servers the mod_s2s_dialback access rule names (\(named.count)) are imported as partners.")
        }

        var seen = Set<String>()
        for g in groups {
            let domains = g.domains.compactMap { result.domain($0, source: g.source) }.filter { seen.insert($0).inserted }
            guard let identity = domains.first else { continue }
            let tls = tlsLevel(g.host, merged)
            let dialback = try dialbackAllowed(identity, host: g.host, lookup)
            result.entries.append(ImportedFederation.Entry(identity: identity, additionalDomains: Array(domains.dropFirst()), tls: tls,
                                                           authentication: dialback ? .dialbackAllowed : .certificates, source: g.source))
        }
        if let host = hosts.first {
            func loaded(_ name: String) -> Bool {
                merged.modules.contains { $0.key == name }
                    || (merged.hostConfig[host] ?? []).contains { $0.key == "modules" && pairs($0.value, $0.file).contains { $0.key == name } }
            }
            let directTls = (merged.options["listen"]?.value.sequence ?? []).contains { l in
                l.mapping?["module"]?.string == "ejabberd_s2s_in" && l.mapping?["tls"]?.bool == true
            }
            result.server = ImportedFederation.Server(
                tls: tlsLevel(host, merged),
                authentication: try dialbackAllowed("\u{0}", host: host, lookup) ? .dialbackAllowed : .certificates,
                hasAllowList: (option("s2s_access", host, merged)?.value.string ?? "all") != "all",
                bidi: loaded("mod_s2s_bidi"), directTls: directTls)
        }
        if let host = hosts.first, let t = option("s2s_timeout", host, merged) {
            result.streamInactivityTimeout = result.seconds(seconds(t.value), option: "s2s_timeout", source: t.file)
        }
        return result
    }

    // MARK: Files

    static func load(_ path: String, into merged: inout Merged, allowOnly: Set<String>?, disallow: Set<String>, depth: Int) throws(XmppValidationError) {
        guard depth < 16 else {
            throw XmppValidationError("'\(path)': include_config_file is nested more than 16 deep (a file includes itself?).",
                                      errorId: "EjabberdConfigInvalid", category: .InvalidData, target: path)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw XmppValidationError("Cannot read the ejabberd configuration '\(path)': \(FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file").",
                                      errorId: "EjabberdConfigUnreadable", category: .ReadError, target: path)
        }
        let root: Node?
        do { root = try Yams.compose(yaml: String(decoding: data, as: UTF8.self)) } catch {
            throw XmppValidationError("ejabberd would refuse the configuration '\(path)': it is not valid YAML: \(error)",
                                      errorId: "EjabberdConfigInvalid", category: .InvalidData, target: path)
        }
        merged.files.append(path)
        guard let root else { return }
        guard let top = root.mapping else {
            throw XmppValidationError("ejabberd would refuse the configuration '\(path)': its top level is not a mapping of options.",
                                      errorId: "EjabberdConfigInvalid", category: .InvalidData, target: path)
        }
        var includes: [(String, Set<String>?, Set<String>)] = []
        for (k, v) in top {
            guard let key = k.string else { continue }
            if let only = allowOnly, !only.contains(key) { continue }
            if disallow.contains(key) { continue }
            switch key {
            case "acl": merged.acl += pairs(v, path)
            case "access_rules": merged.accessRules += pairs(v, path)
            case "modules": merged.modules += pairs(v, path)
            case "host_config":
                for h in pairs(v, path) {
                    if merged.hostConfig[h.key] == nil { merged.hostConfigOrder.append(h.key) }
                    merged.hostConfig[h.key, default: []] += pairs(h.value, path)
                }
            case "include_config_file":
                let folder = (path as NSString).deletingLastPathComponent
                func resolve(_ p: String) -> String { p.hasPrefix("/") ? p : folder + "/" + p }
                if let s = v.string { includes.append((resolve(s), nil, [])) }
                else if let seq = v.sequence { for n in seq { if let s = n.string { includes.append((resolve(s), nil, [])) } } }
                else if let map = v.mapping {
                    for (file, opts) in map {
                        guard let f = file.string else { continue }
                        let only = opts.mapping?["allow_only"].map { Set(strings($0)) }
                        let not = Set(opts.mapping?["disallow"].map(strings) ?? [])
                        includes.append((resolve(f), only, not))
                    }
                }
            default:
                if let first = merged.options[key] {
                    throw XmppValidationError("ejabberd would refuse the configuration '\(path)': the option \(key) is set in both '\(first.file)' and '\(path)' (Duplicated option).",
                                              errorId: "EjabberdConfigInvalid", category: .InvalidData, target: key)
                }
                merged.options[key] = (v, path)
            }
        }
        for (file, only, not) in includes { try load(file, into: &merged, allowOnly: only, disallow: not, depth: depth + 1) }
    }

    static func pairs(_ node: Node, _ file: String) -> Pairs {
        guard let map = node.mapping else { return [] }
        return map.compactMap { k, v in k.string.map { ($0, v, file) } }
    }

    static func strings(_ node: Node) -> [String] {
        if let s = node.string { return [s] }
        return node.sequence?.compactMap(\.string) ?? []
    }

    /// A host's option: its host_config value, else the global one.
    static func option(_ name: String, _ host: String, _ m: Merged) -> (value: Node, file: String)? {
        if let v = m.hostConfig[host]?.last(where: { $0.key == name }) { return (v.value, v.file) }
        return m.options[name]
    }

    static func tlsLevel(_ host: String, _ m: Merged) -> XmppNegotiation {
        switch option("s2s_use_starttls", host, m)?.value.string?.lowercased() {
        case "required", "required_trusted": return .required
        case "true", "optional": return .optional
        default: return .notSupported
        }
    }

    /// The access rule of mod_s2s_dialback for a host: nil when the module is not loaded.
    static func dialbackRule(_ host: String, _ m: Merged) -> String? {
        if option("s2s_use_starttls", host, m)?.value.string == "required_trusted" { return nil }
        let hostModules = m.hostConfig[host].map { pairs in pairs.filter { $0.key == "modules" }.flatMap { EjabberdConfigReader.pairs($0.value, $0.file) } } ?? []
        guard let module = hostModules.last(where: { $0.key == "mod_s2s_dialback" }) ?? m.modules.last(where: { $0.key == "mod_s2s_dialback" }) else { return nil }
        return module.value.mapping?["access"]?.string ?? "all"
    }

    static func dialbackAllowed(_ domain: String, host: String, _ l: Lookup) throws(XmppValidationError) -> Bool {
        if l.dialback[host] == nil {
            var decision: (all: Bool?, servers: [String: Bool]) = (nil, [:])
            switch dialbackRule(host, l.m) {
            case nil, "none": decision.all = false
            case "all": decision.all = true
            case let rule?:
                // The first item that matches a server decides (ejabberd's access rules); no match denies.
                for item in try accessRule(rule, l) {
                    for acl in item.acls {
                        if acl.isAll { decision.all = decision.all ?? item.allow }
                        for s in acl.servers where decision.servers[s] == nil { decision.servers[s] = decision.all ?? item.allow }
                    }
                    if decision.all != nil { break }
                }
            }
            l.dialback[host] = decision
        }
        let d = l.dialback[host]!
        return d.servers[domain] ?? d.all ?? false
    }

    // MARK: Access rules and ACLs

    struct Acl {
        var name: String
        var servers: [String] = []
        /// Match types that are not server names (server_glob, user, ip, …).
        var other: [String] = []
        var isAll = false
        var source: String
    }

    struct RuleItem {
        var allow: Bool
        var acls: [Acl]
        var source: String
    }

    /// A rule's items in order: `- allow: acl` / `- deny` / `allow: [acl, {server: x}]` / the map form.
    static func accessRule(_ name: String, _ l: Lookup) throws(XmppValidationError) -> [RuleItem] {
        if let cached = l.ruleItems[name] { return cached }
        if name == "all" { return [RuleItem(allow: true, acls: [Acl(name: "all", isAll: true, source: "")], source: "")] }
        if name == "none" { return [] }
        guard let rule = l.rules[name] else {
            throw XmppValidationError("The access rule '\(name)' is used but not defined in access_rules; ejabberd would deny every server with it.",
                                      errorId: "EjabberdRuleUndefined", category: .InvalidData, target: name)
        }
        let source = "\(rule.file): access_rules: \(name)"
        var entries: [(String, Node?)] = []
        if let seq = rule.value.sequence {
            for item in seq {
                if let s = item.string { entries.append((s, nil)) }
                else if let map = item.mapping { for (k, v) in map { if let key = k.string { entries.append((key, v)) } } }
            }
        } else if let map = rule.value.mapping {
            for (k, v) in map { if let key = k.string { entries.append((key, v)) } }
        } else if let s = rule.value.string {
            entries.append((s, nil))
        }
        let items = entries.compactMap { action, spec -> RuleItem? in
            guard action == "allow" || action == "deny" else { return nil }
            let acls = spec.map { aclSpecs($0, l, source: source) } ?? [Acl(name: "all", isAll: true, source: source)]
            return RuleItem(allow: action == "allow", acls: acls, source: source)
        }
        l.ruleItems[name] = items
        return items
    }

    static func aclSpecs(_ spec: Node, _ l: Lookup, source: String) -> [Acl] {
        if let name = spec.string {
            if name == "all" { return [Acl(name: name, isAll: true, source: source)] }
            if name == "none" { return [] }
            guard let def = l.acls[name] else {
                return [Acl(name: name, other: ["an undefined ACL"], source: source)]
            }
            return [acl(name, def.value, source: "\(def.file): acl: \(name)")]
        }
        if let seq = spec.sequence { return seq.flatMap { aclSpecs($0, l, source: source) } }
        if spec.mapping != nil { return [acl("(inline)", spec, source: source)] }
        return []
    }

    static func acl(_ name: String, _ def: Node, source: String) -> Acl {
        var a = Acl(name: name, source: source)
        var items: [(String, Node)] = []
        if let map = def.mapping { items = map.compactMap { k, v in k.string.map { ($0, v) } } }
        else if let seq = def.sequence { for n in seq { if let map = n.mapping { items += map.compactMap { k, v in k.string.map { ($0, v) } } } } }
        for (type, value) in items {
            if type == "server" { a.servers += strings(value) } else if !a.other.contains(type) { a.other.append(type) }
        }
        return a
    }

    /// A timeout in seconds: a number, or "N unit" (ejabberd's timeout syntax); nil for infinity.
    static func seconds(_ node: Node) -> Double? {
        guard let s = node.string?.trimmingCharacters(in: .whitespaces).lowercased(), s != "infinity", s != "infinite", s != "unlimited" else { return nil }
        let parts = s.split(separator: " ", omittingEmptySubsequences: true)
        guard let n = parts.first.flatMap({ Double($0) }) else { return -1 }
        switch parts.count > 1 ? String(parts[1]) : "s" {
        case "ms", "msec", "millisecond", "milliseconds": return n / 1000
        case "s", "sec", "second", "seconds": return n
        case "m", "min", "minute", "minutes": return n * 60
        case "h", "hour", "hours": return n * 3600
        case "d", "day", "days": return n * 86400
        default: return -1
        }
    }
}
