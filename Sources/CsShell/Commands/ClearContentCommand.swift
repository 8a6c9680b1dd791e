import CsCore

/// Clear-Content: empties files, leaving the files themselves (their names and modes) in place.
final class ClearContentCommand: ShellCmdlet {
    static let metadata = CmdletMetadata(
        verb: "Clear", noun: "Content", className: "Microsoft.PowerShell.Commands.ClearContentCommand", module: "Microsoft.PowerShell.Management",
        aliases: ["clc"],
        parameters: [
            ParameterMetadata("Path", .array(.string), sets: [ParameterSetSpec("Path", mandatory: true, position: 0, pipeline: .byPropertyName)],
                              description: "Specifies the paths of the files to empty. Wildcard characters are permitted.", acceptsWildcards: true),
            ParameterMetadata("LiteralPath", .array(.string), aliases: ["PSPath", "LP"],
                              sets: [ParameterSetSpec("LiteralPath", mandatory: true, pipeline: .byPropertyName)],
                              description: "Specifies the paths of the files to empty, used exactly as they are typed."),
            ParameterMetadata("Include", .array(.string), description: "Specifies names (wildcards permitted) of the files to empty; others are left.", acceptsWildcards: true),
            ParameterMetadata("Exclude", .array(.string), description: "Specifies names (wildcards permitted) of files that are not emptied.", acceptsWildcards: true),
            ParameterMetadata("Force", .switchParameter, description: "Empties read-only files too (their mode is put back afterwards)."),
        ],
        defaultParameterSet: "Path",
        supportsShouldProcess: true,
        help: CmdletHelp(
            synopsis: "Deletes the contents of an item, but does not delete the item.",
            description: "The Clear-Content cmdlet deletes the contents of a file but does not delete the file: it is left empty. A path that does not exist is an error, and so is a folder.",
            examples: [
                CmdletExample("Example 1: Empty a log", code: "Clear-Content -Path domains.txt",
                              remarks: "Leaves domains.txt in place, empty."),
            ],
            inputs: "System.String", outputs: "None"))

    required init() {}

    func process(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        let literal = p.has("LiteralPath")
        for given in p.strings("Path") ?? p.strings("LiteralPath") ?? [] {
            switch ItemPath.resolve(given, literal: literal) {
            case let .driveNotFound(d):
                try runtime.writeError(ItemPath.driveNotFound(d))
            case let .notFound(path):
                try runtime.writeError(ItemPath.notFound(path))
            case let .items(items):
                for path in items where ItemPath.passes(path, include: p.strings("Include"), exclude: p.strings("Exclude")) {
                    if FileCommands.isDirectory(path) {
                        try runtime.writeError(ErrorRecord(message: "Unable to clear content of '\(path)' because it is a directory.", errorId: "ClearDirectoryContent",
                                                           category: .WriteError, target: .string(path), exceptionType: "System.Management.Automation.PSNotSupportedException"))
                        continue
                    }
                    guard try runtime.shouldProcess(target: "Item: \(path)", action: "Clear Content") else { continue }
                    let readOnlyMode = p.isPresent("Force") ? FileCommands.makeWritable(path) : nil
                    defer { FileCommands.restoreMode(path, readOnlyMode) }
                    do { try TextFile.write("", to: path, append: false) } catch let e as TextFileError { try runtime.writeError(e.record(target: path)) }
                }
            }
        }
    }
}
