import Testing
@testable import CsShell
@testable import CsXmpp

/// contract.md's store location: -Store, else $CSSHELL_STORE, else
/// ${XDG_DATA_HOME:-$HOME/.local/share}/csshell/store.json (only that folder is created).
struct StoreLocationTests {
    @Test func precedence() {
        let env = ["HOME": "/home/u", "XDG_DATA_HOME": "/x", "CSSHELL_STORE": "/env/s.json"]
        #expect(StoreLocation.resolve(option: "/opt/s.json", environment: env) == StoreLocation.file(path: "/opt/s.json", createsFolder: false))
        #expect(StoreLocation.resolve(option: nil, environment: env) == StoreLocation.file(path: "/env/s.json", createsFolder: false))
        #expect(StoreLocation.resolve(option: nil, environment: ["HOME": "/home/u", "XDG_DATA_HOME": "/x"])
                == StoreLocation.file(path: "/x/csshell/store.json", createsFolder: true))
        #expect(StoreLocation.resolve(option: nil, environment: ["HOME": "/home/u", "XDG_DATA_HOME": ""])
                == StoreLocation.file(path: "/home/u/.local/share/csshell/store.json", createsFolder: true))
        #expect(HistoryFile.defaultPath(environment: ["HOME": "/home/u"]) == "/home/u/.local/share/csshell/history")
    }

    /// contract.md's wave 2: a PostgreSQL connection URI (libpq's two schemes) names the PostgreSQL
    /// store, from -Store or $CSSHELL_STORE; messages name it without the password.
    @Test func postgreSQLURIsNameThePostgreSQLStore() {
        let uri = "postgresql://alice:pw-123@db.example.com:6543/cms?sslmode=require"
        #expect(StoreLocation.resolve(option: uri, environment: ["CSSHELL_STORE": "/env/s.json"]) == .postgreSQL(connectionString: uri))
        #expect(StoreLocation.resolve(option: nil, environment: ["CSSHELL_STORE": "postgres://"]) == .postgreSQL(connectionString: "postgres://"))
        #expect(StoreLocation.resolve(option: "./postgresql/store.json", environment: [:]) != .postgreSQL(connectionString: "./postgresql/store.json"))
        #expect(StoreLocation.resolve(option: uri, environment: [:]).displayName == "postgresql://alice@db.example.com:6543/cms")
        #expect(StoreLocation.resolve(option: "postgresql://bob@%2Frun%2Fpg:5432/x", environment: [:]).displayName == "postgresql://bob@%2Frun%2Fpg:5432/x")
    }
}
