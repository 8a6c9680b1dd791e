import CsCore
import Foundation

/// Test-Path: whether a path exists (a file, a folder, an environment variable, a variable, a
/// command alias or function), optionally of a type or modified before or after a date; or, with
/// -IsValid, whether its syntax is valid.
final class TestPathCommand: ShellCmdlet {
    static let pathType = PSEnumType(name: "TestPathType", fullName: "Microsoft.PowerShell.Commands.TestPathType", members: ["Any", "Container", "Leaf"])
    static let nullPathMessage = "Value cannot be null. (Parameter 'The provided Path argument was null or an empty collection.')"

    static let metadata = CmdletMetadata(
        verb: "Test", noun: "Path", className: "Microsoft.PowerShell.Commands.TestPathCommand", module: "Microsoft.PowerShell.Management",
        parameters: [
            ParameterMetadata("Path", .array(.string), sets: [ParameterSetSpec("Path", mandatory: true, position: 0, pipeline: [.byValue, .byPropertyName])],
                              validations: [.allowNull, .allowEmptyString, .allowEmptyCollection],
                              description: "Specifies a path to be tested. Wildcard characters are permitted: the path exists when any item matches.",
                              acceptsWildcards: true),
            ParameterMetadata("LiteralPath", .array(.string), aliases: ["PSPath", "LP"],
                              sets: [ParameterSetSpec("LiteralPath", mandatory: true, pipeline: .byPropertyName)],
                              validations: [.allowNull, .allowEmptyString, .allowEmptyCollection],
                              description: "Specifies a path to be tested, used exactly as it is typed: no characters are interpreted as wildcards."),
            ParameterMetadata("Filter", .string, description: "Specifies a filter on the names of the items, as a wildcard pattern."),
            ParameterMetadata("Include", .array(.string), description: "Specifies names (wildcards permitted) the items must match.", acceptsWildcards: true),
            ParameterMetadata("Exclude", .array(.string), description: "Specifies names (wildcards permitted) the items must not match.", acceptsWildcards: true),
            ParameterMetadata("PathType", .enumeration(pathType), aliases: ["Type"],
                              description: "Specifies the type of the final element in the path: Container (a folder), Leaf (anything else, such as a file) or Any.",
                              defaultValue: "Any"),
            ParameterMetadata("IsValid", .switchParameter,
                              description: "Indicates that this cmdlet tests the syntax of the path, regardless of whether the elements of the path exist."),
            ParameterMetadata("OlderThan", .dateTime, description: "Specifies a time: the item's last write time must be earlier."),
            ParameterMetadata("NewerThan", .dateTime, description: "Specifies a time: the item's last write time must be later."),
        ],
        defaultParameterSet: "Path",
        help: CmdletHelp(
            synopsis: "Determines whether all elements of a path exist.",
            description: "The Test-Path cmdlet determines whether all elements of the path exist. It returns $true if all elements exist and $false if any are missing; an empty or white-space path is $false, a $null path an error. Paths may name files and folders (with wildcards), environment variables (env:NAME), variables (variable:NAME), aliases and functions.",
            examples: [
                CmdletExample("Example 1: Test a file before importing it", code: "if (Test-Path partners.csv) { Import-Csv partners.csv }",
                              remarks: "Imports partners.csv only when it exists."),
                CmdletExample("Example 2: Test for a folder", code: "Test-Path -Path /tmp -PathType Container",
                              remarks: "Returns $true: /tmp is a folder."),
                CmdletExample("Example 3: Test an environment variable", code: "Test-Path env:HOME",
                              remarks: "Returns $true when the HOME environment variable is set."),
            ],
            inputs: "System.String", outputs: "System.Boolean"),
        outputTypes: ["System.Boolean"])

    required init() {}

    func process(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        let given = p["Path"] ?? p["LiteralPath"] ?? .null
        let paths = given.asList
        func nullError() throws {
            try runtime.writeError(ErrorRecord(message: TestPathCommand.nullPathMessage, errorId: "NullPathNotPermitted", category: .InvalidArgument,
                                               target: given, exceptionType: "System.ArgumentNullException"))
        }
        if paths.isEmpty { try nullError(); return }
        for v in paths {
            if v.isNull { try nullError(); continue }
            let path = PSConvert.toString(v)
            if path.trimmingCharacters(in: .whitespaces).isEmpty { runtime.writeObject(.bool(false)); continue }
            if p.isPresent("IsValid") {
                runtime.writeObject(.bool(TestPathCommand.isValid(path)))
                continue
            }
            runtime.writeObject(.bool(exists(path, p, literal: p.has("LiteralPath"), runtime.session)))
        }
    }

    /// The syntax check of -IsValid: no NUL character, and a drive qualifier names a drive csshell has.
    static func isValid(_ path: String) -> Bool {
        if path.contains("\u{0}") { return false }
        let p = ItemPath.normalized(path)
        if ItemPath.providerQualified(p) != nil { return true }
        if let colon = p.firstIndex(of: ":"), !p[..<colon].contains("/") {
            return ItemPath.isSpecialDrive(String(p[..<colon]))
        }
        return true
    }

    private func exists(_ path: String, _ p: BoundParameters, literal: Bool, _ session: Session) -> Bool {
        let type = p.enumValue("PathType")?.name ?? "Any"
        let normalized = ItemPath.normalized(path)
        if let (drive, rest) = ItemPath.driveQualified(normalized), ItemPath.isSpecialDrive(drive) {
            // Items of the other drives are leaves; a drive's root is a container.
            let name = String(rest.drop(while: { $0 == "/" }))
            if name.isEmpty { return type != "Leaf" }
            guard type != "Container" else { return false }
            let names = TestPathCommand.names(onDrive: drive.lowercased(), session)
            if !literal && WildcardPattern.hasWildcards(name) {
                let pattern = WildcardPattern(name)
                return names.contains(where: pattern.matches)
            }
            return names.contains { $0.equalsIgnoringCase(name) }
        }
        guard case let .items(items) = ItemPath.resolve(path, literal: literal) else { return false }
        var include = p.strings("Include") ?? []
        if let f = p.string("Filter") { include.append(f) }
        let older: PSDateTime? = { if case let .dateTime(d)? = p["OlderThan"] { return d }; return nil }()
        let newer: PSDateTime? = { if case let .dateTime(d)? = p["NewerThan"] { return d }; return nil }()
        return items.contains { item in
            guard ItemPath.passes(item, include: include, exclude: p.strings("Exclude")) else { return false }
            let isDir = ItemPath.isDirectory(item)
            if type == "Container" && !isDir || type == "Leaf" && isDir { return false }
            if older != nil || newer != nil {
                guard let written = TestPathCommand.lastWriteTime(item) else { return false }
                if let o = older, !(written.ticks < o.ticks) { return false }
                if let n = newer, !(written.ticks > n.ticks) { return false }
            }
            return true
        }
    }

    /// The names on one of the non-file-system drives.
    static func names(onDrive drive: String, _ session: Session) -> [String] {
        switch drive {
        case "env": return Array(ProcessInfo.processInfo.environment.keys)
        case "variable": return session.variables.visibleNames() + ["?", "Error", "PWD"]
        case "alias": return session.registry.aliases.map(\.alias)
        case "function": return session.functions.values.map(\.name)
        default: return []
        }
    }

    /// A file's last write time, local.
    static func lastWriteTime(_ path: String) -> PSDateTime? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return PSDateTime.local(unixSeconds: Double(st.st_mtim.tv_sec) + Double(st.st_mtim.tv_nsec) / 1e9)
    }
}
