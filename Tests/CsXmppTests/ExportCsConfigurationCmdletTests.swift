import Foundation
import Testing
@testable import CsCore
@testable import CsXmpp

/// Export-CsConfiguration (contract.md, "Store backends") against the JSON file store's own files.
@Suite struct ExportCsConfigurationCmdletTests {
    /// Exporting over a file the store keeps its data in (the document, its journal, its change
    /// history) would destroy what is being exported: each is refused, and left byte-identical.
    @Test func refusesEveryFileOfTheStoreBeingExported() throws {
        let dir = temporaryFolder()
        let path = dir + "/store.json"
        let store = JSONFileXmppStore(path: path, createMissingFolders: false)
        try store.apply(XmppChangeContext(command: "New-CsXmppAllowedPartner -Identity contoso.com")) { _ in
            .putPartner(XmppAllowedPartner(identity: "contoso.com"))
        }
        try store.close()
        try store.apply(XmppChangeContext(command: "Remove-CsXmppAllowedPartner -Identity contoso.com")) { _ in
            .removePartner(identity: "contoso.com")
        }
        let files = [path, path + ".journal", path + ".history"]
        let before = files.map(fileBytes)
        #expect(before.allSatisfy { $0 != nil }, "each of the store's files exists")
        for file in files {
            let rt = try invoke(ExportCsConfigurationCommand.self, FakeRuntime(store: store), [("FileName", s(file))])
            #expect(rt.errors.map(\.errorId) == ["ExportToOwnStore"], "\(file)")
            #expect(rt.errors.first?.message == "Cannot export to '\(file)': it is the file of the store being exported. Choose another file.")
        }
        #expect(files.map(fileBytes) == before)
        // Any other file is written.
        let rt = try invoke(ExportCsConfigurationCommand.self, FakeRuntime(store: store), [("FileName", s(dir + "/backup.json"))])
        #expect(rt.errors.isEmpty)
        #expect(fileBytes(dir + "/backup.json") != nil)
    }

    /// A file that cannot be written is reported in .NET's words, as PowerShell's Out-File reports a
    /// missing folder ("Could not find a part of the path"), and as Export-CsXmppFederationConfiguration
    /// reports it.
    @Test func aFolderThatDoesNotExistIsReportedAsPowerShellDoes() throws {
        let dir = temporaryFolder()
        let target = dir + "/missing/backup.json"
        var record: ErrorRecord?
        do {
            _ = try invoke(ExportCsConfigurationCommand.self, FakeRuntime(), [("FileName", s(target))])
        } catch let e as ErrorRecord {
            record = e
        }
        #expect(record?.message == "Could not find a part of the path '\(target)'.")
        #expect(record?.errorId == "FileOpenFailure")
        #expect(record?.exceptionType == "System.IO.DirectoryNotFoundException")
        #expect(fileBytes(target) == nil)
    }
}
