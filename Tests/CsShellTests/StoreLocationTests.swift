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
}
