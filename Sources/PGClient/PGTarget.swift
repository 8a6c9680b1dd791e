import CLibPQ

/// Where a connection points: host (or Unix-socket folder), port, database and user, for messages and
/// logs. Never holds the password: only these keywords are read, and libpq marks the password secret.
public struct PGTarget: Sendable, Equatable, CustomStringConvertible {
    /// Host name, IP address or Unix-socket folder (libpq's `host`); nil when libpq's default.
    public let host: String?
    public let hostaddr: String?
    public let port: String?
    public let dbname: String?
    public let user: String?

    public init(host: String?, hostaddr: String?, port: String?, dbname: String?, user: String?) {
        self.host = host
        self.hostaddr = hostaddr
        self.port = port
        self.dbname = dbname
        self.user = user
    }

    /// e.g. `host=/tmp/pg port=15432 dbname=csshell user=csshell_rw`.
    public var description: String {
        [("host", host), ("hostaddr", hostaddr), ("port", port), ("dbname", dbname), ("user", user)]
            .compactMap { key, value in value.map { "\(key)=\($0)" } }
            .joined(separator: " ")
    }

    /// The connection as a libpq URI without password or options, e.g.
    /// `postgresql://csshell_rw@db.example.com:5432/csshell`; a Unix-socket folder is percent-encoded
    /// as libpq reads it (`postgresql://u@%2Frun%2Fpostgresql:5432/csshell`).
    public var uri: String {
        func encoded(_ s: String, keeping: (UInt8) -> Bool) -> String {
            var out = ""
            for b in s.utf8 {
                if keeping(b) { out.unicodeScalars.append(Unicode.Scalar(b)) } else {
                    let hex = Array("0123456789ABCDEF")
                    out += "%" + String(hex[Int(b >> 4)]) + String(hex[Int(b & 15)])
                }
            }
            return out
        }
        func plain(_ b: UInt8) -> Bool {
            (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x2D || b == 0x2E || b == 0x5F || b == 0x7E
        }
        var s = "postgresql://"
        if let user { s += encoded(user, keeping: plain) + "@" }
        let h = host ?? hostaddr ?? ""
        s += h.contains(":") && !h.hasPrefix("/") ? "[" + h + "]" : encoded(h, keeping: { plain($0) || $0 == 0x2C })
        if let port { s += ":" + encoded(port, keeping: plain) }
        s += "/" + encoded(dbname ?? "", keeping: plain)
        return s
    }

    /// What a connection string points at before connecting: its host, port, database and user,
    /// completed with the environment (PGHOST, PGPORT, PGDATABASE, PGUSER, a service file) and
    /// libpq's defaults as libpq would complete them (an unset host is the default socket folder, an
    /// unset database the user's name). Nil when the string is refused (PGConnection.validate).
    public static func resolving(_ conninfo: String) -> PGTarget? {
        guard (try? PGConnection.validate(conninfo)) != nil else { return nil }
        var errorText: UnsafeMutablePointer<CChar>?
        guard let given = PQconninfoParse(conninfo, &errorText) else {
            if let errorText { PQfreemem(errorText) }
            return nil
        }
        defer { PQconninfoFree(given) }
        var values: [String: String] = [:]
        for option in PGConnection.options(given) where option.value != nil {
            values[option.keyword] = option.value
        }
        if let defaults = PQconndefaults() {
            defer { PQconninfoFree(defaults) }
            for option in PGConnection.options(defaults) where values[option.keyword] == nil && option.value != nil {
                values[option.keyword] = option.value
            }
        }
        let user = values["user"]
        return PGTarget(host: values["host"] ?? (values["hostaddr"] == nil ? PGConnection.defaultSocketFolder : nil),
                        hostaddr: values["hostaddr"], port: values["port"] ?? "5432",
                        dbname: values["dbname"] ?? user, user: user)
    }
}
