import CsCore

// Export-CsConfiguration: writes the whole store (partners and gateway settings) as a JSON store
// document, from any backend.

public final class ExportCsConfigurationCommand: Cmdlet {
    public static let metadata = CmdletMetadata(
        verb: "Export", noun: "CsConfiguration",
        className: "Microsoft.Rtc.Management.Internal.ExportConfigurationCmdlet",
        module: XmppCommand.module,
        parameters: [
            ParameterMetadata("FileName", .string, mandatory: true, position: 0,
                              description: "Path of the file the configuration is written to; for example: -FileName \"C:\\Config.json\" or -FileName backup/store.json. An existing file is replaced (all at once: a reader sees the old file or the new one, never a mix); a new file is readable by its owner only, since it holds the DialbackPassphrase."),
        ],
        help: CmdletHelp(
            synopsis: "Exports the XMPP allowed partners and the XMPP gateway configuration settings to a file. The file can be used to restore this information to a store, or to move it to a store on another backend.",
            description: "The Export-CsConfiguration and Import-CsConfiguration cmdlets back up and restore the configuration of the store csshell uses (-Store or $CSSHELL_STORE), and move it between backends. Export-CsConfiguration writes every XMPP allowed partner, in stored order, and the global XMPP gateway settings as a JSON store document: the same document a JSON file store keeps, which csshell can open with -Store or read back with Import-CsConfiguration. Members of a store document that csshell does not know are written as they were kept.\n\nThe export is one consistent snapshot of the store, taken from whichever backend it lives on (a JSON file, or a PostgreSQL database); exporting from a store that was never written gives an empty configuration with the default gateway settings. The file is written all at once. The DialbackPassphrase is written in clear, as the JSON store keeps it, so a new file is created readable only by its owner.",
            examples: [
                CmdletExample("Example 1", code: "Export-CsConfiguration -FileName \"config.json\"",
                              remarks: "The command shown in Example 1 exports the XMPP allowed partners and the XMPP gateway settings to a file named config.json in the current folder."),
                CmdletExample("Example 2", code: "Export-CsConfiguration -FileName \"config.json\"; Import-CsConfiguration -FileName \"config.json\" -WhatIf",
                              remarks: "Example 2 exports the configuration, then shows what importing it back would do, without changing the store."),
            ],
            inputs: "None. The Export-CsConfiguration cmdlet does not accept pipelined input.",
            outputs: "None. The Export-CsConfiguration cmdlet writes a file and returns no objects."))

    public init() {}

    public func process(_ params: BoundParameters, _ runtime: any CommandRuntime) throws {
        let given = params.string("FileName") ?? ""
        let path = JSONFileXmppStore.resolvingLinks(FileSystemPath.resolve(given))
        try XmppCommand.run(runtime) { store in
            if path == store.location || path == store.location + ".journal" {
                throw XmppValidationError("Cannot export to '\(path)': it is the file of the store being exported. Choose another file.",
                                          errorId: "ExportToOwnStore", category: .InvalidArgument, target: given)
            }
            let contents = try store.read { try $0.contents() }
            let bytes = StoreCodec.document(XmppStoreState(contents: contents), journalEpoch: nil)
            do throws(AtomicFile.Failure) {
                try AtomicFile.write(bytes, to: path)
            } catch {
                throw ErrorRecord(message: "Cannot write the file '\(path)': \(error.reason).", errorId: "ExportWriteFailed",
                                  category: .WriteError, target: .string(given), exceptionType: "System.IO.IOException")
            }
        }
    }
}
