import CsCore
import Foundation

/// What Set-Content and Add-Content share: their parameters, and writing the values of all their
/// input to each path (each value's text on its own line, or run together with -NoNewline; raw
/// bytes with -AsByteStream). Set-Content replaces a file's content, Add-Content appends to it; both
/// create a file that does not exist.
protocol ContentWritingCmdlet: ShellCmdlet {
    var parameters: BoundParameters { get set }
    var values: [PSValue] { get set }
    /// True for Add-Content.
    static var appends: Bool { get }
}

extension ContentWritingCmdlet {
    static func contentParameters(_ verbing: String) -> [ParameterMetadata] {
        [
            ParameterMetadata("Path", .array(.string), sets: [ParameterSetSpec("Path", mandatory: true, position: 0, pipeline: .byPropertyName)],
                              description: "Specifies the path of the item that \(verbing). Wildcard characters are permitted: they name existing files; a path without wildcards that does not exist is created.",
                              acceptsWildcards: true),
            ParameterMetadata("LiteralPath", .array(.string), aliases: ["PSPath", "LP"],
                              sets: [ParameterSetSpec("LiteralPath", mandatory: true, pipeline: .byPropertyName)],
                              description: "Specifies a path to one or more locations, used exactly as it is typed: no characters are interpreted as wildcards."),
            ParameterMetadata("Value", .array(.object), mandatory: true, position: 1, pipeline: [.byValue, .byPropertyName],
                              validations: [.allowNull, .allowEmptyCollection],
                              description: "Specifies the content: each value is written as its text, followed by a newline."),
            ParameterMetadata("Encoding", OutFileCommand.encodingType,
                              description: "Specifies the type of encoding for the target file: ascii, ansi (Latin-1), bigendianunicode, bigendianutf32, oem, unicode (UTF-16LE), utf7, utf8 (no BOM), utf8BOM, utf8NoBOM, utf32. The default is utf8NoBOM.",
                              defaultValue: "utf8NoBOM"),
            ParameterMetadata("NoNewline", .switchParameter,
                              description: "Indicates that the text of the values is run together: no newline is written after any of them."),
            ParameterMetadata("AsByteStream", .switchParameter,
                              description: "Specifies that the content is written as a stream of bytes: each value is a byte. -Encoding is ignored (with a warning)."),
            ParameterMetadata("PassThru", .switchParameter, description: "Returns the values that were written. By default, this cmdlet does not generate any output."),
            ParameterMetadata("Force", .switchParameter, description: "Writes to a read-only file (its mode is put back afterwards)."),
        ]
    }

    func begin(_ p: BoundParameters, _ runtime: any ShellRuntime) throws { parameters = p }

    func process(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        guard let v = p["Value"] else { return }
        values.append(contentsOf: v.isNull ? [] : v.asList)
    }

    func end(_ runtime: any ShellRuntime) throws {
        let p = parameters
        let literal = p.has("LiteralPath")
        var encoding = try TextEncoding.from(p) ?? .default
        let byteStream = p.isPresent("AsByteStream")
        if byteStream && p.has("Encoding") {
            runtime.writeWarning("The -Encoding parameter is ignored when -AsByteStream is specified.")
            encoding = .latin1
        }
        let action = Self.appends ? "Add Content" : "Set Content"
        for given in p.strings("Path") ?? p.strings("LiteralPath") ?? [] {
            var targets: [String]
            if !literal && WildcardPattern.hasWildcards(given) {
                guard case let .items(items) = ItemPath.resolve(given, literal: false), !items.isEmpty else {
                    try runtime.writeError(ErrorRecord(message: "Cannot find path '\(given)' because it does not exist.", errorId: "ItemNotFound",
                                                       category: .ObjectNotFound, target: .string(given),
                                                       exceptionType: "System.Management.Automation.ItemNotFoundException"))
                    continue
                }
                targets = items
            } else {
                targets = [ItemPath.fileSystemPath(given)]
            }
            for path in targets {
                if FileCommands.isDirectory(path) {
                    try runtime.writeError(ErrorRecord(message: "Access to the path '\(path)' is denied.", errorId: "GetContentWriterUnauthorizedAccessError",
                                                       category: .PermissionDenied, target: .string(path), exceptionType: "System.UnauthorizedAccessException"))
                    continue
                }
                guard try runtime.shouldProcess(target: "Path: \(path)", action: action) else { continue }
                let readOnlyMode = p.isPresent("Force") ? FileCommands.makeWritable(path) : nil
                defer { FileCommands.restoreMode(path, readOnlyMode) }
                do {
                    if byteStream {
                        try TextFile.write(Self.byteText(values), to: path, append: Self.appends, encoding: .latin1)
                    } else {
                        let texts = values.map { PSConvert.toString($0) }
                        let text = p.isPresent("NoNewline") ? texts.joined() : texts.map { $0 + "\n" }.joined()
                        try TextFile.write(text, to: path, append: Self.appends, encoding: encoding)
                    }
                } catch let e as TextFileError {
                    let missing = !ItemPath.exists((path as NSString).deletingLastPathComponent)
                    if missing {
                        try runtime.writeError(ErrorRecord(message: "Could not find a part of the path '\(path)'.", errorId: "GetContentWriterDirectoryNotFoundError",
                                                           category: .ObjectNotFound, target: .string(path), exceptionType: "System.IO.DirectoryNotFoundException"))
                    } else {
                        try runtime.writeError(e.record(target: path))
                    }
                    continue
                }
            }
        }
        if p.isPresent("PassThru") {
            for v in values { runtime.writeObject(v) }
        }
    }

    /// Bytes as Latin-1 text (one character per byte), so that TextFile writes them unchanged.
    static func byteText(_ values: [PSValue]) -> String {
        var s = String.UnicodeScalarView()
        for v in values {
            guard case let .int(n)? = try? PSConvert.convert(v, to: .int32) else { continue }
            s.append(Unicode.Scalar(UInt8(truncatingIfNeeded: n)))
        }
        return String(s)
    }
}
