import CsCore

/// Get-Content: reads text files, one string per line (line breaks removed), or the whole file as
/// one string with -Raw; -TotalCount and -Tail take lines from the start or the end.
final class GetContentCommand: ShellCmdlet {
    static let metadata = CmdletMetadata(
        verb: "Get", noun: "Content", className: "Microsoft.PowerShell.Commands.GetContentCommand",
        module: "Microsoft.PowerShell.Management", aliases: ["gc", "cat", "type"],
        parameters: [
            ParameterMetadata("Path", .array(.string), sets: [ParameterSetSpec("Path", mandatory: true, position: 0, pipeline: .byPropertyName)],
                              description: "Specifies the path to an item where Get-Content gets the content. Wildcard characters are not supported by csshell."),
            ParameterMetadata("LiteralPath", .array(.string), aliases: ["PSPath", "LP"],
                              sets: [ParameterSetSpec("LiteralPath", mandatory: true, pipeline: .byPropertyName)],
                              description: "Specifies a path to one or more locations, used exactly as it is typed."),
            ParameterMetadata("ReadCount", .int64,
                              description: "Specifies how many lines of content are sent through the pipeline at a time. The default value is 1. A value of 0 sends all of the content at one time.",
                              defaultValue: "1"),
            ParameterMetadata("TotalCount", .int64, aliases: ["First", "Head"],
                              description: "Specifies the number of lines from the beginning of a file. The default is -1 (all lines).", defaultValue: "-1"),
            ParameterMetadata("Tail", .int32, aliases: ["Last"],
                              description: "Specifies the number of lines from the end of a file."),
            ParameterMetadata("Delimiter", .string,
                              description: "Specifies the delimiter that Get-Content uses to divide the file into objects while it reads. The default is the end-of-line character. The delimiter is kept at the end of each piece."),
            ParameterMetadata("Raw", .switchParameter,
                              description: "Ignores newline characters and returns the entire contents of a file in one string with the newlines preserved."),
            ParameterMetadata("Encoding", OutFileCommand.encodingType,
                              description: "Specifies the type of encoding for the target file. A byte-order mark in the file takes precedence. The default is utf8NoBOM.",
                              defaultValue: "utf8NoBOM"),
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

    func process(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        let encoding = try TextEncoding.from(p) ?? .default
        for given in p.strings("Path") ?? p.strings("LiteralPath") ?? [] {
            let path = FileSystemPath.resolve(given)
            guard let bytes = TextFile.read(path) else {
                if FileCommands.isDirectory(path) {
                    try runtime.writeError(ErrorRecord(message: "Unable to get content because it is a directory: '\(path)'. Please use 'Get-ChildItem' instead.",
                                                       errorId: "GetContainerContentException", category: .InvalidOperation, target: .string(path),
                                                       exceptionType: "System.InvalidOperationException"))
                } else {
                    try runtime.writeError(FileCommands.pathNotFound(path))
                }
                continue
            }
            let text = TextEncoding.decode(bytes, fallback: encoding).text
            if p.isPresent("Raw") {
                if !text.isEmpty { runtime.writeObject(.string(text)) }
                continue
            }
            var pieces = p.string("Delimiter").map { GetContentCommand.split(text, keeping: $0) } ?? TextFile.lines(text)
            if let n = p.int("TotalCount"), n >= 0 { pieces = Array(pieces.prefix(n)) }
            if let n = p.int("Tail"), n >= 0 { pieces = Array(pieces.suffix(n)) }
            let readCount = p.int("ReadCount") ?? 1
            if readCount == 1 || pieces.isEmpty {
                for s in pieces {
                    if runtime.isStopping { return }
                    runtime.writeObject(.string(s))
                }
            } else {
                let size = readCount <= 0 ? pieces.count : readCount
                var i = 0
                while i < pieces.count {
                    runtime.writeObject(.array(pieces[i..<min(i + size, pieces.count)].map { .string($0) }))
                    i += size
                }
            }
        }
    }

    /// Pieces ending in `delimiter` (kept), and the rest after the last one.
    static func split(_ text: String, keeping delimiter: String) -> [String] {
        guard !delimiter.isEmpty else { return text.isEmpty ? [] : [text] }
        var out: [String] = []
        var rest = Substring(text)
        while let r = rest.range(of: delimiter) {
            out.append(String(rest[..<r.upperBound]))
            rest = rest[r.upperBound...]
        }
        if !rest.isEmpty { out.append(String(rest)) }
        return out
    }
}
