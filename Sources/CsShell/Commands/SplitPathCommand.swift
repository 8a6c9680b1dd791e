import CsCore

/// Split-Path: a part of a path (its parent, leaf, leaf without extension, extension, qualifier, or
/// the path without its qualifier), or whether it is absolute.
final class SplitPathCommand: ShellCmdlet {
    static let pathSets = ["ParentSet", "LeafSet", "LeafBaseSet", "ExtensionSet", "QualifierSet", "NoQualifierSet", "IsAbsoluteSet"]

    static func only(_ set: String, mandatory: Bool = true) -> [ParameterSetSpec] {
        [ParameterSetSpec(set, mandatory: mandatory, pipeline: set == "IsAbsoluteSet" ? [] : .byPropertyName)]
    }

    static let metadata = CmdletMetadata(
        verb: "Split", noun: "Path", className: "Microsoft.PowerShell.Commands.SplitPathCommand", module: "Microsoft.PowerShell.Management",
        parameters: [
            ParameterMetadata("Path", .array(.string), sets: pathSets.map { ParameterSetSpec($0, mandatory: true, position: 0, pipeline: [.byValue, .byPropertyName]) },
                              description: "Specifies the paths to be split. Wildcard characters are permitted with -Resolve.", acceptsWildcards: true),
            ParameterMetadata("LiteralPath", .array(.string), aliases: ["PSPath", "LP"],
                              sets: [ParameterSetSpec("LiteralPathSet", mandatory: true, pipeline: .byPropertyName)],
                              description: "Specifies the paths to be split, used exactly as they are typed."),
            ParameterMetadata("Qualifier", .switchParameter, sets: only("QualifierSet"),
                              description: "Indicates that this cmdlet returns only the qualifier of the specified path (env:, C:, FileSystem::)."),
            ParameterMetadata("NoQualifier", .switchParameter, sets: only("NoQualifierSet"),
                              description: "Indicates that this cmdlet returns the path without the qualifier."),
            ParameterMetadata("Parent", .switchParameter, sets: only("ParentSet", mandatory: false),
                              description: "Indicates that this cmdlet returns only the parent containers of the item (the default)."),
            ParameterMetadata("Leaf", .switchParameter, sets: only("LeafSet"),
                              description: "Indicates that this cmdlet returns only the last item or container in the path."),
            ParameterMetadata("LeafBase", .switchParameter, sets: only("LeafBaseSet"),
                              description: "Indicates that this cmdlet returns only the base name of the leaf (without its extension)."),
            ParameterMetadata("Extension", .switchParameter, sets: only("ExtensionSet"),
                              description: "Indicates that this cmdlet returns only the extension of the leaf (with its dot)."),
            ParameterMetadata("Resolve", .switchParameter,
                              description: "Indicates that this cmdlet resolves the paths against the file system (wildcards included) before splitting them."),
            ParameterMetadata("IsAbsolute", .switchParameter, sets: only("IsAbsoluteSet"),
                              description: "Indicates that this cmdlet returns $true if the path is absolute (rooted or qualified) and $false if it is relative."),
        ],
        defaultParameterSet: "ParentSet",
        help: CmdletHelp(
            synopsis: "Returns the specified part of a path.",
            description: "The Split-Path cmdlet returns only the specified part of a path, such as the parent folder, a child folder, or a file name. It can also tell whether a path is absolute. Paths are split as text (\\ counts as /); only -Resolve looks at the file system.",
            examples: [
                CmdletExample("Example 1: The folder of a file", code: "Split-Path -Path /var/log/csshell.log", remarks: "Returns /var/log."),
                CmdletExample("Example 2: The file name", code: "Split-Path -Path /var/log/csshell.log -Leaf", remarks: "Returns csshell.log."),
                CmdletExample("Example 3: The name without its extension", code: "Split-Path -Path exports/partners.csv -LeafBase", remarks: "Returns partners."),
            ],
            inputs: "System.String", outputs: "System.String, System.Boolean"),
        outputTypes: ["System.String", "System.Boolean"])

    required init() {}

    func process(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        var paths = p.strings("Path") ?? p.strings("LiteralPath") ?? []
        if p.isPresent("Resolve") {
            var resolved: [String] = []
            for path in paths {
                switch ItemPath.resolve(path, literal: p.has("LiteralPath")) {
                case let .items(items) where !items.isEmpty: resolved += items
                case let .driveNotFound(d): try runtime.writeError(ItemPath.driveNotFound(d))
                default: try runtime.writeError(ItemPath.notFound(ItemPath.fileSystemPath(path)))
                }
            }
            paths = resolved
        }
        for path in paths {
            if p.isPresent("IsAbsolute") {
                runtime.writeObject(.bool(ItemPath.isAbsolute(path)))
            } else if p.isPresent("Qualifier") {
                guard let colon = path.firstIndex(of: ":") else {
                    try runtime.writeError(ErrorRecord(message: "Cannot parse path because path '\(path)' does not have a qualifier specified.",
                                                       errorId: "ParsePathFormatError", category: .InvalidArgument, target: .string(path),
                                                       exceptionType: "System.FormatException"))
                    continue
                }
                let provider = ItemPath.providerQualified(path) != nil
                runtime.writeObject(.string(String(path[...(provider ? path.index(after: colon) : colon)])))
            } else if p.isPresent("Leaf") || p.isPresent("LeafBase") || p.isPresent("Extension") {
                let leaf = ItemPath.leaf(path)
                runtime.writeObject(.string(p.isPresent("LeafBase") ? ItemPath.baseName(leaf) : p.isPresent("Extension") ? ItemPath.extensionOf(leaf) : leaf))
            } else if p.isPresent("NoQualifier") {
                if let (_, rest) = ItemPath.providerQualified(path) {
                    runtime.writeObject(.string(rest))
                } else if let (drive, rest) = ItemPath.driveQualified(path), path.count > drive.count + 1 {
                    runtime.writeObject(.string(rest))
                } else {
                    runtime.writeObject(.string(path))
                }
            } else {
                runtime.writeObject(.string(ItemPath.parent(path)))
            }
        }
    }
}
