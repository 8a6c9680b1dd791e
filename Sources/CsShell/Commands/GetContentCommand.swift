import CsCore
import Foundation

/// Get-Content: reads text files, one string per line (line breaks removed), or the whole file as
/// one string with -Raw; -TotalCount and -Tail take lines from the start or the end.
final class GetContentCommand: ShellCmdlet {
    static let metadata = CmdletMetadata(
        verb: "Get", noun: "Content", className: "Microsoft.PowerShell.Commands.GetContentCommand",
        module: "Microsoft.PowerShell.Management", aliases: ["gc", "cat", "type"],
        parameters: [
            ParameterMetadata("Path", .array(.string), sets: [ParameterSetSpec("Path", mandatory: true, position: 0, pipeline: .byPropertyName)],
                              description: "Specifies the path to an item where Get-Content gets the content. Wildcard characters are permitted: every matching file is read.",
                              acceptsWildcards: true),
            ParameterMetadata("LiteralPath", .array(.string), aliases: ["PSPath", "LP"],
                              sets: [ParameterSetSpec("LiteralPath", mandatory: true, pipeline: .byPropertyName)],
                              description: "Specifies a path to one or more locations, used exactly as it is typed."),
            ParameterMetadata("ReadCount", .int64,
                              description: "Specifies how many lines of content are sent through the pipeline at a time. The default value is 1. A value of 0 sends all of the content at one time.",
                              defaultValue: "1"),
            ParameterMetadata("TotalCount", .int64, aliases: ["First", "Head"], validations: [.range(-1, Int.max)],
                              description: "Specifies the number of lines from the beginning of a file. The default is -1 (all lines).", defaultValue: "-1"),
            ParameterMetadata("Tail", .int32, aliases: ["Last"], validations: [.range(-1, Int(Int32.max))],
                              description: "Specifies the number of lines from the end of a file. It cannot be combined with -TotalCount or -Raw."),
            ParameterMetadata("Delimiter", .string,
                              description: "Specifies the delimiter that Get-Content uses to divide the file into objects while it reads. The default is the end-of-line character. The delimiter itself is removed from the pieces."),
            ParameterMetadata("Raw", .switchParameter,
                              description: "Ignores newline characters and returns the entire contents of a file in one string with the newlines preserved."),
            ParameterMetadata("Encoding", OutFileCommand.encodingType,
                              description: "Specifies the type of encoding for the target file. A byte-order mark in the file takes precedence. The default is utf8NoBOM.",
                              defaultValue: "utf8NoBOM"),
            ParameterMetadata("AsByteStream", .switchParameter,
                              description: "Specifies that the content is read as a stream of bytes: each byte is one object. -TotalCount and -Tail count bytes."),
            ParameterMetadata("Force", .switchParameter, description: "Accepted for compatibility; has no effect on files."),
        ],
        defaultParameterSet: "Path",
        help: CmdletHelp(
            synopsis: "Gets the content of the item at the specified location.",
            description: "The Get-Content cmdlet gets the content of a file. It reads the content one line at a time and returns a collection of strings, each representing a line of content. With -Raw it returns the whole file as one string. -TotalCount gets lines from the beginning of the file, -Tail from the end. A path that does not exist is reported as an error and the cmdlet goes on with the next path.",
            examples: [
                CmdletExample("Example 1: Read a list of domains", code: "Get-Content -Path domains.txt | ForEach-Object { New-CsXmppAllowedPartner -Identity $_ }",
                              remarks: "Creates an XMPP allowed partner for every line of domains.txt."),
                CmdletExample("Example 2: The first lines", code: "Get-Content -Path domains.txt -TotalCount 5", remarks: "Gets the first five lines."),
                CmdletExample("Example 3: A whole JSON file", code: "Get-Content partners.json -Raw | ConvertFrom-Json",
                              remarks: "Reads partners.json as one string and converts it to objects."),
            ],
            inputs: "System.String", outputs: "System.String, System.Object[]"),
        outputTypes: ["System.String"])

    required init() {}

    func begin(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        if p.isPresent("AsByteStream") && p.has("Encoding") {
            runtime.writeWarning("The -Encoding parameter is ignored when -AsByteStream is specified.")
        }
    }

    func process(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        let encoding = try TextEncoding.from(p) ?? .default
        if p.has("Tail") && p.has("TotalCount") {
            throw ErrorRecord(message: "The parameters TotalCount and Tail cannot be used together. Please specify only one parameter.",
                              errorId: "TailAndHeadCannotCoexist", category: .InvalidOperation, exceptionType: "System.InvalidOperationException")
        }
        if p.has("Tail") && p.isPresent("Raw") {
            throw ErrorRecord(message: "The parameters Raw and Tail cannot be used together. Please specify only one parameter.",
                              errorId: "InvalidOperation", category: .InvalidOperation, exceptionType: "System.InvalidOperationException")
        }
        let literal = p.has("LiteralPath")
        for given in p.strings("Path") ?? p.strings("LiteralPath") ?? [] {
            if let (drive, rest) = ItemPath.driveQualified(ItemPath.normalized(given)), ItemPath.isSpecialDrive(drive) {
                try readFromDrive(drive, String(rest.drop(while: { $0 == "/" })), given, p, runtime)
                continue
            }
            var paths = [ItemPath.fileSystemPath(given)]
            if !literal && WildcardPattern.hasWildcards(given) {
                guard case let .items(items) = ItemPath.resolve(given, literal: false), !items.isEmpty else {
                    try runtime.writeError(ErrorRecord(message: "Cannot find path '\(given)' because it does not exist.", errorId: "ItemNotFound",
                                                       category: .ObjectNotFound, target: .string(given),
                                                       exceptionType: "System.Management.Automation.ItemNotFoundException"))
                    continue
                }
                paths = items
            }
            for path in paths { try read(path, encoding, p, runtime) }
        }
    }

    private func read(_ path: String, _ encoding: TextEncoding, _ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        guard let bytes = TextFile.read(path) else {
            if FileCommands.isDirectory(path) {
                try runtime.writeError(ErrorRecord(message: "Unable to get content because it is a directory: '\(path)'. Please use 'Get-ChildItem' instead.",
                                                   errorId: "GetContainerContentException", category: .InvalidOperation, target: .string(path),
                                                   exceptionType: "System.InvalidOperationException"))
            } else {
                try runtime.writeError(FileCommands.pathNotFound(path))
            }
            return
        }
        if p.isPresent("AsByteStream") {
            try write(bytes.map { .number(.byte($0)) }, p, runtime)
            return
        }
        let text = TextEncoding.decode(bytes, fallback: encoding).text
        if p.isPresent("Raw") {
            if !text.isEmpty { runtime.writeObject(.string(text)) }
            return
        }
        let pieces = p.string("Delimiter").map { GetContentCommand.split(text, at: $0) } ?? TextFile.lines(text)
        try write(pieces.map { .string($0) }, p, runtime)
    }

    /// The pieces -TotalCount and -Tail select, -ReadCount at a time.
    private func write(_ all: [PSValue], _ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        var pieces = all
        if let n = p.int("TotalCount"), n >= 0 { pieces = Array(pieces.prefix(n)) }
        if let n = p.int("Tail"), n >= 0 { pieces = Array(pieces.suffix(n)) }
        let readCount = p.int("ReadCount") ?? 1
        if readCount == 1 || pieces.isEmpty {
            for s in pieces {
                if runtime.isStopping { return }
                runtime.writeObject(s)
            }
        } else {
            let size = readCount <= 0 ? pieces.count : readCount
            var i = 0
            while i < pieces.count {
                runtime.writeObject(.array(Array(pieces[i..<min(i + size, pieces.count)])))
                i += size
            }
        }
    }

    /// `env:NAME`: the variable's value; the other drives' items have no content csshell reads.
    private func readFromDrive(_ drive: String, _ name: String, _ given: String, _ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        let provider = drive.lowercased() == "env" ? "Environment" : drive.prefix(1).uppercased() + drive.dropFirst().lowercased()
        if p.has("Tail") {
            throw ErrorRecord(message: "The Tail parameter is not supported by the '\(provider)' provider; it works only with the FileSystem provider.",
                              errorId: "TailNotSupported", category: .InvalidOperation, target: .string(given),
                              exceptionType: "System.InvalidOperationException")
        }
        if drive.lowercased() == "env", let value = ProcessInfo.processInfo.environment.first(where: { $0.key.equalsIgnoringCase(name) })?.value {
            try write([.string(value)], p, runtime)
            return
        }
        try runtime.writeError(ItemPath.notFound(given))
    }

    /// The pieces between the delimiters (the delimiters removed), and the rest after the last one.
    static func split(_ text: String, at delimiter: String) -> [String] {
        guard !delimiter.isEmpty else { return text.isEmpty ? [] : [text] }
        var out: [String] = []
        var rest = Substring(text)
        while let r = rest.range(of: delimiter) {
            out.append(String(rest[..<r.lowerBound]))
            rest = rest[r.upperBound...]
        }
        if !rest.isEmpty { out.append(String(rest)) }
        return out
    }
}
