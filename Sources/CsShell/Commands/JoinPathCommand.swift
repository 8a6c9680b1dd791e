import CsCore

/// Join-Path: a path and child paths joined with `/`, optionally with its extension changed and
/// resolved against the file system.
final class JoinPathCommand: ShellCmdlet {
    static let metadata = CmdletMetadata(
        verb: "Join", noun: "Path", className: "Microsoft.PowerShell.Commands.JoinPathCommand", module: "Microsoft.PowerShell.Management",
        parameters: [
            ParameterMetadata("Path", .array(.string), mandatory: true, position: 0, pipeline: [.byValue, .byPropertyName], aliases: ["PSPath"],
                              description: "Specifies the main path (or paths) to which the child-path is appended. With several paths, each gets the child path."),
            ParameterMetadata("ChildPath", .array(.string), mandatory: true, position: 1, pipeline: .byPropertyName,
                              validations: [.allowNull, .allowEmptyString, .allowEmptyCollection],
                              description: "Specifies the elements to append to the value of the Path parameter, in order."),
            ParameterMetadata("AdditionalChildPath", .array(.string), position: 2, pipeline: .byPropertyName, remainingArguments: true,
                              validations: [.allowNull, .allowEmptyString, .allowEmptyCollection],
                              description: "Specifies additional elements to append to the value of the Path parameter. It takes the remaining positional arguments, so any number of elements can be joined."),
            ParameterMetadata("Resolve", .switchParameter,
                              description: "Indicates that this cmdlet resolves the joined path against the file system (wildcards included) and returns the existing items' full paths; a path that does not exist is an error."),
            ParameterMetadata("Extension", .string, pipeline: .byPropertyName, validations: [.notNull],
                              description: "Specifies the extension of the joined path: it replaces the last extension (with or without a leading dot); an empty string removes it."),
        ],
        help: CmdletHelp(
            synopsis: "Combines a path and a child path into a single path.",
            description: "The Join-Path cmdlet combines a path and child-path into a single path, with exactly one / between the parts (a \\ counts as a separator). With -Resolve the result is resolved against the file system.",
            examples: [
                CmdletExample("Example 1: Combine a folder and a file name", code: "Join-Path -Path /var/log -ChildPath csshell.log",
                              remarks: "Returns /var/log/csshell.log."),
                CmdletExample("Example 2: Several elements", code: "Join-Path exports 2024 partners.csv",
                              remarks: "Returns exports/2024/partners.csv: the remaining arguments are further child paths."),
                CmdletExample("Example 3: Change the extension", code: "Join-Path -Path exports -ChildPath partners.csv -Extension .json",
                              remarks: "Returns exports/partners.json."),
            ],
            inputs: "System.String", outputs: "System.String"),
        outputTypes: ["System.String"])

    required init() {}

    func process(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        var child = ""
        for part in (p["ChildPath"]?.asList ?? []) + (p["AdditionalChildPath"]?.asList ?? []) {
            child = ItemPath.join(child, PSConvert.toString(part))
        }
        for path in p.strings("Path") ?? [] {
            var joined = ItemPath.join(path, child)
            if let ext = p.string("Extension") {
                joined = ItemPath.changingExtension(joined, to: ext)
            }
            guard p.isPresent("Resolve") else {
                runtime.writeObject(.string(joined))
                continue
            }
            switch ItemPath.resolve(joined, literal: false) {
            case let .items(items) where !items.isEmpty:
                for i in items { runtime.writeObject(.string(i)) }
            case let .driveNotFound(d):
                try runtime.writeError(ItemPath.driveNotFound(d))
            default:
                try runtime.writeError(ItemPath.notFound(ItemPath.fileSystemPath(joined)))
            }
        }
    }
}
