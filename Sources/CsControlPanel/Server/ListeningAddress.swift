import Glibc
import Synchronization

/// Where the server listens once it is bound (the port is the system's choice for `-Port 0`), and
/// what follows from it: the names a request may use (DNS rebinding defence on loopback), the cookie
/// name (cookies ignore ports, so two panels on one host need two names), the sign-in URL.
final class ListeningAddress: Sendable {
    let configuration: ControlPanelConfiguration
    private let boundPort = Mutex<Int?>(nil)

    init(_ configuration: ControlPanelConfiguration) {
        self.configuration = configuration
    }

    var port: Int { boundPort.withLock { $0 } ?? configuration.port }

    func bound(port: Int?) {
        boundPort.withLock { $0 = port ?? configuration.port }
    }

    var secure: Bool { configuration.tls != nil }

    var cookieName: String { secure ? "__Host-csshell-panel-\(port)" : "csshell-panel-\(port)" }

    /// The Host header values a request may carry: on loopback only the address and `localhost` (a
    /// page elsewhere whose name resolves to 127.0.0.1 gets nothing); on other addresses any name
    /// (the admin may use the machine's DNS name; the certificate and the cookie protect them).
    func allows(host: String?) -> Bool {
        guard configuration.isLoopback else { return true }
        guard let host = host?.lowercased() else { return false }
        var names: Set<String> = [configuration.hostInURL.lowercased(), "localhost", "127.0.0.1", "[::1]"]
        if configuration.address.lowercased() == "localhost" { names.insert("localhost") }
        names = Set(names.map { "\($0):\(port)" })
        return names.contains(host)
    }

    /// The sign-in URL for a token, with the address the panel listens on (this machine's name when it
    /// listens on every address).
    func signInURL(token: String) -> String {
        "\(configuration.scheme)://\(urlHost):\(port)/signin?token=\(token)"
    }

    private var urlHost: String {
        let a = configuration.address
        if a == "0.0.0.0" || a == "::" || a == "[::]" {
            var buffer = [CChar](repeating: 0, count: 256)
            if gethostname(&buffer, buffer.count) == 0 {
                let name = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
                if !name.isEmpty { return name }
            }
        }
        return configuration.hostInURL
    }
}
