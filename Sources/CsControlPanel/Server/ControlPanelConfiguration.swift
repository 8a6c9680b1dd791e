/// Where and how the Control Panel listens, and whether it may change anything.
struct ControlPanelConfiguration: Sendable {
    /// The address to bind: an IPv4 or IPv6 literal, or a host name.
    var address: String
    /// 0 lets the system choose a free port (the sign-in URL names it).
    var port: Int
    /// PEM files for HTTPS; nil serves plain HTTP (loopback addresses only).
    var tls: TLSFiles?
    /// `-ViewOnly`: the pages offer no changes and the server refuses them.
    var viewOnly: Bool
    /// After Ctrl-C, how long open requests may take before the server is stopped hard.
    var shutdownGracePeriod: Duration = .seconds(5)

    struct TLSFiles: Sendable {
        var certificatePath: String
        var keyPath: String
    }

    var scheme: String { tls == nil ? "http" : "https" }

    /// True for addresses only this machine can reach: 127.0.0.0/8, ::1 and localhost.
    static func isLoopback(_ address: String) -> Bool {
        let a = address.lowercased()
        if a == "localhost" || a == "::1" || a == "[::1]" || a == "0:0:0:0:0:0:0:1" { return true }
        let parts = a.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == "127" else { return false }
        return parts.allSatisfy { p in UInt8(p) != nil }
    }

    var isLoopback: Bool { Self.isLoopback(address) }

    /// The address as it appears in a URL (IPv6 in brackets).
    var hostInURL: String {
        address.contains(":") && !address.hasPrefix("[") ? "[\(address)]" : address
    }
}
