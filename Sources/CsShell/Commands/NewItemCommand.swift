import CsCore
import Foundation

/// New-Item: creates files (optionally with content), folders, and symbolic or hard links, and
/// returns an object for each (FileInfo / DirectoryInfo, shown as pwsh shows them on Unix).
final class NewItemCommand: ShellCmdlet {
    static let metadata = CmdletMetadata(
        verb: "New", noun: "Item", className: "Microsoft.PowerShell.Commands.NewItemCommand", module: "Microsoft.PowerShell.Management",
        aliases: ["ni"],
        parameters: [
            ParameterMetadata("Path", .array(.string), sets: [ParameterSetSpec("pathSet", mandatory: true, position: 0, pipeline: .byPropertyName),
                                                           ParameterSetSpec("nameSet", position: 0, pipeline: .byPropertyName)],
                              description: "Specifies the path of the location of the new item. The default is the current location when -Name is given. With -Name, the path is the folder the item is created in."),
            ParameterMetadata("Name", .string, sets: [ParameterSetSpec("nameSet", mandatory: true, pipeline: .byPropertyName)],
                              validations: [.allowNull, .allowEmptyString],
                              description: "Specifies the name of the new item, created in the folder -Path names."),
            ParameterMetadata("ItemType", .string, pipeline: .byPropertyName, aliases: ["Type"],
                              description: "Specifies the type of the new item: File (the default), Directory, SymbolicLink or HardLink. A unique beginning of the name is enough (dir, sym).",
                              completer: ArgumentCompleter { _, typed in ["File", "Directory", "SymbolicLink", "HardLink"].filter { $0.hasPrefixIgnoringCase(typed) } }),
            ParameterMetadata("Value", .object, pipeline: [.byValue, .byPropertyName], aliases: ["Target"],
                              description: "Specifies the content of a new file (its text, written as UTF-8), or the target of a link."),
            ParameterMetadata("Force", .switchParameter,
                              description: "Creates missing folders on the path, overwrites an existing file, and returns an existing folder instead of an error."),
        ],
        defaultParameterSet: "pathSet",
        supportsShouldProcess: true,
        help: CmdletHelp(
            synopsis: "Creates a new item.",
            description: "The New-Item cmdlet creates a new file, folder or link and returns an object that represents it. A file may be given its content with -Value. Without -Force, an existing file or folder is an error, and so is a folder missing on the path of a new file (folders are created with all their missing parents).",
            examples: [
                CmdletExample("Example 1: Create a file with content", code: "New-Item -Path . -Name partners.txt -ItemType File -Value \"contoso.com\"",
                              remarks: "Creates partners.txt in the current folder, containing contoso.com."),
                CmdletExample("Example 2: Create a folder", code: "New-Item -Path exports -ItemType Directory",
                              remarks: "Creates the exports folder and returns its DirectoryInfo object."),
                CmdletExample("Example 3: Create a file and its folders", code: "New-Item -Path logs/2024/run.log -Force",
                              remarks: "Creates the logs and 2024 folders as needed, then an empty run.log."),
            ],
            inputs: "System.Object", outputs: "System.IO.FileInfo, System.IO.DirectoryInfo"),
        outputTypes: ["System.IO.FileInfo", "System.IO.DirectoryInfo"])

    enum Kind { case file, directory, symbolicLink, hardLink }

    required init() {}

    /// The item type a (possibly shortened) name denotes, as the file-system provider matches it.
    static func kind(_ text: String) -> Kind? {
        let pattern = WildcardPattern(text + "*")
        if pattern.matches("directory") || pattern.matches("container") { return .directory }
        if pattern.matches("file") { return .file }
        if pattern.matches("symboliclink") { return .symbolicLink }
        if pattern.matches("hardlink") { return .hardLink }
        return nil
    }

    func process(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        let force = p.isPresent("Force")
        guard let kind = NewItemCommand.kind(p.string("ItemType") ?? "file") else {
            throw ErrorRecord(message: "The type is not a known type for the file system. Only \"file\",\"directory\" or \"symboliclink\" can be specified.",
                              errorId: "Argument", category: .InvalidArgument, target: p["ItemType"],
                              exceptionType: "System.Management.Automation.PSArgumentException")
        }
        let name = p.string("Name") ?? ""
        for given in p.strings("Path") ?? ["."] {
            let path = ItemPath.fileSystemPath(name.isEmpty ? given : ItemPath.join(given, name))
            if let item = try create(kind, at: path, value: p["Value"], force: force, runtime) { runtime.writeObject(item) }
        }
    }

    private func create(_ kind: Kind, at path: String, value: PSValue?, force: Bool, _ runtime: any ShellRuntime) throws -> PSValue? {
        let fm = FileManager.default
        func ioError(_ message: String, _ id: String = "NewItemIOError", _ exception: String = "System.IO.IOException") throws {
            try runtime.writeError(ErrorRecord(message: message, errorId: id, category: id.contains("Unauthorized") ? .PermissionDenied : .WriteError,
                                               target: .string(path), exceptionType: exception))
        }
        let parent = (path as NSString).deletingLastPathComponent
        if force && kind != .directory && !ItemPath.exists(parent) {
            guard try runtime.shouldProcess(target: "Destination: \(parent)", action: "Create Directory") else { return nil }
            try? fm.createDirectory(atPath: parent, withIntermediateDirectories: true)
        }
        switch kind {
        case .directory:
            if ItemPath.exists(path) {
                guard force, ItemPath.isDirectory(path) else {
                    try runtime.writeError(ErrorRecord(message: "An item with the specified name \(path) already exists.", errorId: "DirectoryExist",
                                                       category: .ResourceExists, target: .string(path), exceptionType: "System.IO.IOException"))
                    return nil
                }
                return FileSystemItem.object(path)
            }
            guard try runtime.shouldProcess(target: "Destination: \(path)", action: "Create Directory") else { return nil }
            do { try fm.createDirectory(atPath: path, withIntermediateDirectories: true) } catch {
                try ioError(NewItemCommand.failure(path), "CreateDirectoryIOError")
                return nil
            }
        case .file:
            guard try runtime.shouldProcess(target: "Destination: \(path)", action: "Create File") else { return nil }
            if ItemPath.isDirectory(path) {
                if force { try ioError("Access to the path '\(path)' is denied.", "NewItemUnauthorizedAccessError", "System.UnauthorizedAccessException") }
                else { try ioError("The file '\(path)' already exists.") }
                return nil
            }
            if ItemPath.exists(path) && !force {
                try ioError("The file '\(path)' already exists.")
                return nil
            }
            let text = value.map { PSConvert.toString($0) } ?? ""
            do {
                try TextFile.write(text, to: path, append: false)
            } catch {
                let missing = !ItemPath.exists(parent)
                try ioError(missing ? "Could not find a part of the path '\(path)'." : "Access to the path '\(path)' is denied.",
                            missing ? "NewItemIOError" : "NewItemUnauthorizedAccessError",
                            missing ? "System.IO.DirectoryNotFoundException" : "System.UnauthorizedAccessException")
                return nil
            }
        case .symbolicLink, .hardLink:
            // A Windows-style relative target (.\dir) names the same item with the Unix separator.
            let target = (value.map { PSConvert.toString($0) } ?? "").replacingOccurrences(of: "\\", with: "/")
            guard !target.isEmpty else {
                var record = ErrorRecord(message: "Value cannot be null. (Parameter 'content')", errorId: "ArgumentNull", category: .InvalidArgument,
                                         exceptionType: "System.Management.Automation.PSArgumentNullException")
                record.exceptionObject = .object(ExceptionTypes.make("System.Management.Automation.PSArgumentNullException",
                                                                     message: "Value cannot be null.", parameterName: "content"))
                throw record
            }
            let action = kind == .symbolicLink ? "Create Symbolic Link" : "Create Hard Link"
            guard try runtime.shouldProcess(target: "Destination: \(path) Target: \(target)", action: action) else { return nil }
            var linkPath = path
            while linkPath.count > 1 && linkPath.hasSuffix("/") { linkPath.removeLast() }
            if ItemPath.exists(linkPath) {
                guard force else {
                    try runtime.writeError(ErrorRecord(message: "Cannot create link because the path already exists: \(linkPath).", errorId: "SymLinkExists",
                                                       category: .ResourceExists, target: .string(linkPath), exceptionType: "System.IO.IOException"))
                    return nil
                }
                try? fm.removeItem(atPath: linkPath)
            }
            let made = kind == .symbolicLink ? symlink(target, linkPath) == 0 : link(ItemPath.fileSystemPath(target), linkPath) == 0
            guard made else {
                try ioError(String(cString: strerror(errno)), "NewItemCreateIOError")
                return nil
            }
            return FileSystemItem.object(linkPath)
        }
        return FileSystemItem.object(path)
    }

    /// Why a folder could not be made: a file in the way, or no permission.
    static func failure(_ path: String) -> String {
        var dir = (path as NSString).deletingLastPathComponent
        while !dir.isEmpty && dir != "/" && !ItemPath.exists(dir) { dir = (dir as NSString).deletingLastPathComponent }
        if ItemPath.exists(dir) && !ItemPath.isDirectory(dir) { return "The file '\(dir)' already exists." }
        return "Access to the path '\(path)' is denied."
    }
}
