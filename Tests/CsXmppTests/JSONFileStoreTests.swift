import Foundation
import Testing
@testable import CsCore
@testable import CsXmpp

@Suite struct JSONFileStoreTests {
    func partner(_ i: Int) -> XmppAllowedPartner {
        XmppAllowedPartner(identity: "p\(i).example.com", additionalDomains: ["x\(i).example.com"], description: "partner \"\(i)\" \\ é")
    }

    func add(_ store: JSONFileXmppStore, _ p: XmppAllowedPartner) throws {
        try store.apply { state in
            if try state.partner(holding: p.identity) != nil { throw XmppValidationError("dup", errorId: "dup") }
            return .putPartner(p)
        }
    }

    @Test func roundTripAcrossInstancesAndContractJSON() throws {
        let dir = temporaryFolder()
        let path = dir + "/store.json"
        let a = JSONFileXmppStore(path: path, createMissingFolders: false)
        for i in 0..<5 { try add(a, partner(i)) }
        var g = XmppGatewaySettings()
        g.partnerConnectionLimit = 9
        g.dialbackPassphrase = "pass"
        try a.apply { _ in .setGateway(g) }
        try a.apply { _ in .removePartner(identity: "P3.example.com") }
        // Another instance sees the changes at once (journal), before any fold.
        let b = JSONFileXmppStore(path: path, createMissingFolders: false)
        #expect(try b.partners().map(\.identity) == ["p0.example.com", "p1.example.com", "p2.example.com", "p4.example.com"])
        #expect(try b.gatewaySettings() == g)
        #expect(try b.partner(identity: "p1.example.com") == partner(1))
        try a.close()
        let journalLines = String(decoding: fileBytes(path + ".journal") ?? Data(), as: UTF8.self).split(separator: "\n")
        #expect(journalLines.count <= 1, "only the header is left after the fold")
        // The document: versioned, readable, partners in contract order with enum names.
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("\"version\": 1"))
        let json = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
        let partners = json["partners"] as! [[String: Any]]
        #expect(partners.count == 4)
        #expect(partners[0]["PartnerType"] as? String == "PublicUnverified")
        #expect(partners[0]["TlsNegotiation"] as? String == "Required")
        #expect(partners[0]["Description"] as? String == "partner \"0\" \\ é")
        #expect(partners[0]["ProxyFqdn"] is NSNull)
        let firstObject = text[text.range(of: "\"partners\"")!.upperBound...]
        var last = firstObject.startIndex
        for key in Ref.propertyOrder {
            let r = try #require(firstObject.range(of: "\"\(key)\""))
            #expect(r.lowerBound >= last, "\(key) in contract order")
            last = r.lowerBound
        }
        // A third instance reads the folded document.
        let c = JSONFileXmppStore(path: path, createMissingFolders: false)
        #expect(try c.partners() == [partner(0), partner(1), partner(2), partner(4)])
        #expect(try c.gatewaySettings() == g)
        // b, still open, picks up the fold (new document, emptied journal) and keeps working.
        try add(b, partner(7))
        #expect(try c.partner(identity: "p7.example.com") == partner(7))
    }

    @Test func journalIsReplayedAfterAKill() throws {
        let dir = temporaryFolder()
        let path = dir + "/store.json"
        let a = JSONFileXmppStore(path: path, createMissingFolders: false)
        for i in 0..<3 { try add(a, partner(i)) }
        try a.close()
        for i in 3..<6 { try add(a, partner(i)) }
        try a.apply { _ in .removePartner(identity: "p0.example.com") }
        a.abandon()   // as if killed: no fold, no fsync
        let doc = try #require(fileBytes(path))
        let b = JSONFileXmppStore(path: path, createMissingFolders: false)
        #expect(try b.partners().map(\.identity) == (1..<6).map { "p\($0).example.com" })
        // The first use of the store folds what the killed process left, so the document alone is
        // complete again (the hardening issue's item 12).
        #expect(fileBytes(path) != doc)
        #expect(try JSONFileXmppStore(path: path, createMissingFolders: false).partners().map(\.identity) == (1..<6).map { "p\($0).example.com" })
        try FileManager.default.removeItem(atPath: path + ".journal")
        #expect(try JSONFileXmppStore(path: path, createMissingFolders: false).partners().map(\.identity) == (1..<6).map { "p\($0).example.com" })
    }

    @Test func crashBetweenFoldAndJournalResetDoesNotReplayTwice() throws {
        let dir = temporaryFolder()
        let path = dir + "/store.json"
        let a = JSONFileXmppStore(path: path, createMissingFolders: false)
        try add(a, partner(1))
        try add(a, partner(2))
        try a.apply { _ in .removePartner(identity: "p1.example.com") }
        try add(a, partner(1))
        let journalBefore = try #require(fileBytes(path + ".journal"))
        try a.close()   // folds: the document holds the journal's epoch
        // As if the process died after the rename, before the journal was emptied.
        try journalBefore.write(to: URL(fileURLWithPath: path + ".journal"))
        let b = JSONFileXmppStore(path: path, createMissingFolders: false)
        #expect(try b.partners().map(\.identity) == ["p2.example.com", "p1.example.com"])
        try add(b, partner(3))
        b.abandon()
        let lines = String(decoding: fileBytes(path + ".journal")!, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 2, "the writer started a new epoch: header + one entry")
        let c = JSONFileXmppStore(path: path, createMissingFolders: false)
        #expect(try c.partners().map(\.identity) == ["p2.example.com", "p1.example.com", "p3.example.com"])
    }

    @Test func tornLastLineIsDiscardedAndCutOffByTheNextWriter() throws {
        let dir = temporaryFolder()
        let path = dir + "/store.json"
        let a = JSONFileXmppStore(path: path, createMissingFolders: false)
        try add(a, partner(1))
        try add(a, partner(2))
        a.abandon()
        let journal = path + ".journal"
        var bytes = try #require(fileBytes(journal))
        bytes.append(contentsOf: Array("{\"op\":\"put\",\"partner\":{\"Identity\":\"torn.exam".utf8))
        try bytes.write(to: URL(fileURLWithPath: journal))
        let b = JSONFileXmppStore(path: path, createMissingFolders: false)
        #expect(try b.partners().map(\.identity) == ["p1.example.com", "p2.example.com"])
        // The first use folds the whole lines the killed writer left and drops the torn one.
        #expect(!String(decoding: try #require(fileBytes(journal)), as: UTF8.self).contains("torn"))
        #expect(!String(decoding: try #require(fileBytes(path)), as: UTF8.self).contains("torn"))
        try add(b, partner(3))
        let after = try #require(fileBytes(journal))
        #expect(!String(decoding: after, as: UTF8.self).contains("torn"))
        b.abandon()
        let c = JSONFileXmppStore(path: path, createMissingFolders: false)
        #expect(try c.partners().map(\.identity) == ["p1.example.com", "p2.example.com", "p3.example.com"])
        try add(c, partner(4))
        c.abandon()
        // A damaged line in the middle is an error that names the journal and the line.
        var damaged = try #require(fileBytes(journal))
        let firstNewline = damaged.firstIndex(of: 0x0A)!
        damaged.insert(contentsOf: Array("not json\n".utf8), at: firstNewline + 1)
        try damaged.write(to: URL(fileURLWithPath: journal))
        let d = JSONFileXmppStore(path: path, createMissingFolders: false)
        do {
            _ = try d.partners()
            Issue.record("damaged journal accepted")
        } catch let e as XmppStoreError {
            #expect(e.message.contains(journal) && e.message.contains("line 2"))
        }
        #expect(fileBytes(journal) == damaged)
    }

    @Test(arguments: [
        ("{ \"format\": \"csshell-xmpp-store\", \"version\": 1, \"partners\": [ {\"Identity\": \"a.com\",, } ] }", "not valid JSON"),
        ("[1, 2, 3]", "not a JSON object"),
        ("{ \"format\": \"csshell-xmpp-store\", \"version\": 1, \"partners\": {} }", "\"partners\" is an object, not an array"),
        ("{ \"format\": \"csshell-xmpp-store\", \"version\": 1, \"partners\": [ {\"Identity\": \"a.com\", \"TlsNegotiation\": \"Sometimes\"} ] }", "TlsNegotiation is 'Sometimes'"),
        ("{ \"format\": \"csshell-xmpp-store\", \"version\": 1, \"partners\": [ {\"Identity\": \"bad_name\"} ] }", "'bad_name'"),
        ("{ \"format\": \"csshell-xmpp-store\", \"version\": 1, \"partners\": [ {\"Identity\": \"a.com\"}, {\"Identity\": \"A.com\"} ] }", "also belongs to 'a.com'"),
        ("{ \"format\": \"csshell-xmpp-store\", \"version\": 2, \"partners\": [] }", "version 2"),
        ("{ \"version\": 1, \"partners\": [] }", "no \"format\""),
        ("\u{1}garbage", "not valid JSON"),
    ])
    func badDocumentsAreReportedAndLeftAlone(_ c: (String, String)) throws {
        let dir = temporaryFolder()
        let path = dir + "/store.json"
        try Data(c.0.utf8).write(to: URL(fileURLWithPath: path))
        let store = JSONFileXmppStore(path: path, createMissingFolders: false)
        do {
            _ = try store.partners()
            Issue.record("accepted: \(c.0)")
        } catch let e as XmppStoreError {
            #expect(e.message.contains(path), "names the path: \(e.message)")
            #expect(e.message.contains(c.1), "names the problem: \(e.message)")
        }
        // The cmdlets report it as a terminating error and write nothing.
        let rt = FakeRuntime(store: store)
        #expect(throws: ErrorRecord.self) { try invoke(NewCsXmppAllowedPartnerCommand.self, rt, [("Identity", s("new.com")), ("SaslNegotiation", sasl("Optional"))]) }
        #expect(throws: ErrorRecord.self) { try invoke(GetCsXmppAllowedPartnerCommand.self, rt) }
        #expect(throws: XmppStoreError.self) { try store.apply { _ in .removePartner(identity: "a.com") } }
        try store.close()
        #expect(fileBytes(path) == Data(c.0.utf8))
        #expect(!fileExists(path + ".journal"))
    }

    @Test func missingOrEmptyStoreReadsAsEmptyAndReadingCreatesNothing() throws {
        let dir = temporaryFolder()
        let path = dir + "/sub/store.json"
        let store = JSONFileXmppStore(path: path, createMissingFolders: false)
        #expect(try store.partners().isEmpty)
        #expect(try store.gatewaySettings() == XmppGatewaySettings())
        let rt = try invoke(GetCsXmppAllowedPartnerCommand.self, FakeRuntime(store: store))
        #expect(rt.objects.isEmpty && rt.errors.isEmpty)
        try invoke(TestCsXmppAllowedPartnerCommand.self, FakeRuntime(store: store))
        try store.close()
        #expect(!fileExists(dir + "/sub"))
        // The folder must exist for -Store paths: a clear error naming it.
        do {
            try add(store, partner(1))
            Issue.record("wrote into a missing folder")
        } catch let e as XmppStoreError {
            #expect(e.message.contains(dir + "/sub") && e.message.contains("does not exist"))
        }
        #expect(!fileExists(dir + "/sub"))
        // A 0-byte store is empty, and the first write replaces it.
        let empty = dir + "/empty.json"
        _ = FileManager.default.createFile(atPath: empty, contents: Data())
        let e = JSONFileXmppStore(path: empty, createMissingFolders: false)
        #expect(try e.partners().isEmpty)
        try add(e, partner(1))
        try e.close()
        #expect(try JSONFileXmppStore(path: empty, createMissingFolders: false).partners() == [partner(1)])
    }

    @Test func defaultLocationCreatesFoldersAndFilesArePrivate() throws {
        let dir = temporaryFolder()
        let path = dir + "/a/b/csshell/store.json"
        let store = JSONFileXmppStore(path: path, createMissingFolders: true)
        try add(store, partner(1))
        #expect(fileMode(dir + "/a") == 0o700 && fileMode(dir + "/a/b/csshell") == 0o700)
        #expect(fileMode(path + ".journal") == 0o600)
        try store.close()
        #expect(fileMode(path) == 0o600 && fileMode(path + ".history") == 0o600)
        let names = try FileManager.default.contentsOfDirectory(atPath: dir + "/a/b/csshell").sorted()
        #expect(names == ["store.json", "store.json.history", "store.json.journal"], "no temp files left")
    }

    @Test func whatIfLeavesTheFilesByteIdentical() throws {
        let dir = temporaryFolder()
        let path = dir + "/store.json"
        let setup = JSONFileXmppStore(path: path, createMissingFolders: false)
        try add(setup, XmppAllowedPartner(identity: "contoso.com", saslNegotiation: .optional))
        try setup.close()
        let doc = try #require(fileBytes(path))
        let journal = fileBytes(path + ".journal")
        let store = JSONFileXmppStore(path: path, createMissingFolders: false)
        let rt = FakeRuntime(store: store)
        rt.whatIf = true
        try invoke(NewCsXmppAllowedPartnerCommand.self, rt, [("Identity", s("fabrikam.com"))])
        try invoke(SetCsXmppAllowedPartnerCommand.self, rt, [("Identity", s("contoso.com")), ("Description", s("changed"))])
        try invoke(RemoveCsXmppAllowedPartnerCommand.self, rt, [("Identity", s("contoso.com"))])
        try invoke(SetCsXmppGatewayConfigurationCommand.self, rt, [("ConnectionLimit", .int(5))])
        #expect(rt.shouldProcessCalls.count == 4 && rt.errors.isEmpty)
        try store.sync()
        try store.close()
        #expect(fileBytes(path) == doc)
        #expect(fileBytes(path + ".journal") == journal)
    }

    @Test func failedChangesLeaveTheStoreAsItWas() throws {
        let dir = temporaryFolder()
        let path = dir + "/store.json"
        let store = JSONFileXmppStore(path: path, createMissingFolders: false)
        // Nothing exists yet, and a refused New creates nothing.
        let rt = try invoke(NewCsXmppAllowedPartnerCommand.self, FakeRuntime(store: store),
                            [("Identity", s("x.com")), ("TlsNegotiation", tls("NotSupported")), ("SupportDialbackNegotiation", .bool(false))])
        #expect(rt.errors.count == 1)
        #expect(!fileExists(path) && !fileExists(path + ".journal"))
        try invoke(NewCsXmppAllowedPartnerCommand.self, FakeRuntime(store: store), [("Identity", s("x.com"))])
        let journal = try #require(fileBytes(path + ".journal"))
        let dup = try invoke(NewCsXmppAllowedPartnerCommand.self, FakeRuntime(store: store), [("Identity", s("X.com"))])
        #expect(dup.errors.first?.errorId == "XmppPartnerAlreadyExists")
        #expect(fileBytes(path + ".journal") == journal)
    }

    @Test func concurrentWritersLoseNothing() throws {
        let dir = temporaryFolder()
        let path = dir + "/store.json"
        let writers = 2, each = 200
        DispatchQueue.concurrentPerform(iterations: writers) { w in
            let store = JSONFileXmppStore(path: path, createMissingFolders: false)
            store.minimumFoldBytes = 8 * 1024   // fold often, to exercise folds racing with appends
            for i in 0..<each {
                let p = XmppAllowedPartner(identity: "w\(w)-\(i).example.com")
                try! store.apply { state in try state.partner(identity: p.identity) == nil ? .putPartner(p) : nil }
                if i % 50 == 0 { _ = try! store.partners() }
            }
            try! store.close()
        }
        let check = JSONFileXmppStore(path: path, createMissingFolders: false)
        let all = try check.partners()
        #expect(all.count == writers * each)
        #expect(Set(all.map(\.identity)).count == writers * each)
    }

    @Test func foldsKeepEverythingAndReadersFollow() throws {
        let dir = temporaryFolder()
        let path = dir + "/store.json"
        let a = JSONFileXmppStore(path: path, createMissingFolders: false)
        a.minimumFoldBytes = 2048
        let reader = JSONFileXmppStore(path: path, createMissingFolders: false)
        for i in 0..<300 {
            try add(a, partner(i))
            if i % 37 == 0 { #expect(try reader.partners().count == i + 1) }
        }
        #expect(a.foldCount > 0)
        for i in stride(from: 0, to: 300, by: 3) { try a.apply { _ in .removePartner(identity: "p\(i).example.com") } }
        #expect(try reader.partners().count == 200)
        a.abandon()
        let b = JSONFileXmppStore(path: path, createMissingFolders: false)
        #expect(try b.partners() == (0..<300).filter { $0 % 3 != 0 }.map { partner($0) })
    }

    @Test func cmdletsWorkAgainstTheFileStore() throws {
        let dir = temporaryFolder()
        let path = dir + "/store.json"
        let store = JSONFileXmppStore(path: path, createMissingFolders: false)
        try invoke(NewCsXmppAllowedPartnerCommand.self, FakeRuntime(store: store), [("Identity", s("contoso.com"))],
                   modifiers: [("AdditionalDomains", .array([s("europe.contoso.com")]))])
        try invoke(SetCsXmppAllowedPartnerCommand.self, FakeRuntime(store: store), [("Identity", s("contoso.com"))],
                   modifiers: [("AdditionalDomains", .hashtable(PSHashtable([("Add", s("na.contoso.com"))])))])
        try store.close()
        let other = JSONFileXmppStore(path: path, createMissingFolders: false)
        let rt = try invoke(GetCsXmppAllowedPartnerCommand.self, FakeRuntime(store: other), [("Identity", s("contoso.com"))])
        #expect(rt.partnerObjects.first?["AdditionalDomains"]?.strings == ["europe.contoso.com", "na.contoso.com"])
        try invoke(RemoveCsXmppAllowedPartnerCommand.self, FakeRuntime(store: other), [("Identity", s("contoso.com"))])
        #expect(try store.partners().isEmpty)
    }
}
