import Foundation
import Testing
@testable import CsCore
@testable import CsXmpp

#if os(Linux) || os(macOS)
@Suite struct StoreKillTests {
    /// A process killed with SIGKILL in the middle of a batch leaves a store that loads and holds
    /// exactly the changes it reported (a prefix of the batch).
    @Test func sigkillMidBatchLosesNothingReported() async throws {
        let dir = temporaryFolder()
        let path = dir + "/store.json"
        await #expect(processExitsWith: .signal(SIGKILL)) { [path = path as String] in
            let store = JSONFileXmppStore(path: path, createMissingFolders: false)
            store.minimumFoldBytes = 16 * 1024   // fold several times during the batch
            let marker = path + ".reported"
            for i in 0..<5000 {
                let p = XmppAllowedPartner(identity: "k\(i).example.com")
                try store.apply { _ in .putPartner(p) }
                // Record what was reported (a plain overwrite is enough: the kill comes from this process).
                if i == 1234 {
                    try "\(i + 1)".write(toFile: marker, atomically: true, encoding: .utf8)
                    kill(getpid(), SIGKILL)
                }
            }
        }
        let reported = Int(try String(contentsOfFile: path + ".reported", encoding: .utf8))!
        let store = JSONFileXmppStore(path: path, createMissingFolders: false)
        let ids = try store.partners().map(\.identity)
        #expect(ids == (0..<reported).map { "k\($0).example.com" })
    }
}
#endif
