import CsCore
import Foundation

/// What an import needs of a mod_firewall script (Debian's prosody-modules, mod_firewall.lua
/// `parse_firewall_rules`): its zones, and which zones a `deliver` rule uses as an allow list
/// (`NOT LEAVING: zone`: stanzas whose sender is outside the zone are acted on). Lines are read as
/// mod_firewall reads them: trimmed, joined when they end in `\`, `#` and `;` lines are comments.
public struct ProsodyFirewallScript: Sendable {
    /// Zone name → its members, in the order written.
    public var zones: [String: [String]] = [:]
    /// Zones used by `NOT LEAVING:` in the deliver chain, in the order used.
    public var allowListZones: [String] = []

    public init(text: String, folder: String) throws(XmppValidationError) {
        var chain = "deliver"
        var held: String?
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = raw.trimmingCharacters(in: .whitespaces)
            if let h = held {
                line = h + line
                held = nil
            }
            if line.hasSuffix("\\") {
                held = String(line.dropLast())
                continue
            }
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix(";") { continue }
            if line.hasPrefix("::") {
                chain = line.dropFirst(2).trimmingCharacters(in: .whitespaces)
            } else if line.hasPrefix("%") {
                let body = line.dropFirst().trimmingCharacters(in: .whitespaces)
                guard body.hasPrefix("ZONE "), let colon = body.firstIndex(of: ":") else { continue }
                let name = body[body.index(body.startIndex, offsetBy: 5)..<colon].trimmingCharacters(in: .whitespaces)
                var value = String(body[body.index(after: colon)...])
                if value.hasPrefix("<") {
                    let file = value.dropFirst().trimmingCharacters(in: .whitespaces)
                    let path = file.hasPrefix("/") ? file : folder + "/" + file
                    guard let data = FileManager.default.contents(atPath: path) else {
                        throw XmppValidationError("Cannot read the firewall zone file '\(path)' of zone \(name).",
                                                  errorId: "ProsodyFirewallUnreadable", category: .ReadError, target: path)
                    }
                    value = String(decoding: data, as: UTF8.self)
                }
                zones[name] = value.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }).map(String.init)
            } else if chain == "deliver", line.hasPrefix("NOT LEAVING:") {
                let zone = line.dropFirst("NOT LEAVING:".count).trimmingCharacters(in: .whitespaces)
                if !allowListZones.contains(zone) { allowListZones.append(zone) }
            }
        }
    }

    /// The domains the deliver rules allow, in the order written.
    public var allowedDomains: [String] {
        var out: [String] = []
        var seen = Set<String>()
        for z in allowListZones { for d in zones[z] ?? [] where seen.insert(d).inserted { out.append(d) } }
        return out
    }
}
