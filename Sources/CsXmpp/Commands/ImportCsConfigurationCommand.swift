import CsCore
import Glibc

// Import-CsConfiguration: replaces the store's contents with a JSON store document, in one change.

public final class ImportCsConfigurationCommand: Cmdlet {
    public static let metadata = CmdletMetadata(
        verb: "Import", noun: "CsConfiguration",
        className: "Microsoft.Rtc.Management.Internal.ImportConfigurationCmdlet",
        module: XmppCommand.module,
        parameters: [
            ParameterMetadata("FileName", .string, mandatory: true, position: 0,
                              description: "Path to the file created by Export-CsConfiguration (or any JSON store document, such as a JSON store's store.json); for example: -FileName \"C:\\Config.json\"."),
        ],
        supportsShouldProcess: true,
        confirmImpact: .medium,
        help: CmdletHelp(
            synopsis: "Imports the XMPP allowed partners and the XMPP gateway configuration settings from a file, in place of the store's current contents.",
            description: "The Export-CsConfiguration and Import-CsConfiguration cmdlets back up and restore the configuration of the store csshell uses (-Store or $CSSHELL_STORE), and move it between backends. Import-CsConfiguration reads a JSON store document (written by Export-CsConfiguration, or a JSON file store's own store.json) and replaces everything in the current store with it: every partner, in the document's order, and the XMPP gateway settings. Partners that are in the store but not in the document are removed.\n\nThe document is checked in full first, with the same rules as the JSON store and the partner cmdlets (valid DNS names, each domain belonging to one partner only, known settings); a document that does not validate changes nothing, and the error names the first bad entry and its line. The replacement is one change on every backend: in one transaction on a PostgreSQL store, one new document on a JSON file store; the store holds either its old contents or the imported ones, never a mix. Use -WhatIf to see what would be replaced, and -Confirm to be asked first.",
            examples: [
                CmdletExample("Example 1", code: "Import-CsConfiguration -FileName \"config.json\"",
                              remarks: "The command shown in Example 1 replaces the XMPP allowed partners and the XMPP gateway settings of the current store with the ones in config.json."),
                CmdletExample("Example 2", code: "Import-CsConfiguration -FileName \"config.json\" -WhatIf",
                              remarks: "Example 2 checks config.json and shows what the import would do, without changing the store."),
            ],
            inputs: "None. The Import-CsConfiguration cmdlet does not accept pipelined input.",
            outputs: "None. The Import-CsConfiguration cmdlet does not return any values or objects."))

    public init() {}

    public func process(_ params: BoundParameters, _ runtime: any CommandRuntime) throws {
        let given = params.string("FileName") ?? ""
        let path = FileSystemPath.resolve(given)
        try XmppCommand.run(runtime) { store in
            let contents = try Self.read(path, given: given)
            let what = "\(contents.partners.count) XMPP allowed partner\(contents.partners.count == 1 ? "" : "s") and the XMPP gateway settings from '\(path)'"
            guard try runtime.shouldProcess(target: "\(store.location) (replace its contents with \(what))", action: Self.metadata.name) else { return }
            try store.apply(XmppChangeContext(runtime, action: .import)) { _ in .replaceContents(contents) }
        }
    }

    /// The document at `path`, checked in full.
    static func read(_ path: String, given: String) throws -> XmppStoreContents {
        let bytes: [UInt8]
        do throws(FileBytes.Failure) {
            bytes = try FileBytes.read(path)
        } catch {
            if error.errno == ENOENT {
                throw XmppValidationError("Cannot find path '\(path)' because it does not exist.", errorId: "PathNotFound",
                                          category: .ObjectNotFound, target: given)
            }
            throw XmppValidationError("Cannot read the file '\(path)': \(error.reason).", errorId: "ImportReadFailed",
                                      category: .ReadError, target: given)
        }
        do throws(StoreCodec.ReadError) {
            let (state, _) = try bytes.withUnsafeBufferPointer { buf throws(StoreCodec.ReadError) in try StoreCodec.readDocument(buf) }
            return state.contents()
        } catch {
            let problem = StoreCodec.problem(error, in: bytes)
            throw XmppValidationError("The file '\(path)' \(problem.text). Nothing was imported.", errorId: problem.errorId,
                                      category: .InvalidData, target: given)
        }
    }
}
