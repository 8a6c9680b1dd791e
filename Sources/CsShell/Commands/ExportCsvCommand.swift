import CsCore
import Foundation

/// Export-Csv: writes the input objects to a CSV file (the header from the first object's property
/// names, one record per object). -Append adds records under the file's existing header: an
/// object's extra properties are skipped, and a column the object lacks is an error unless -Force
/// (then the field is empty).
final class ExportCsvCommand: ShellCmdlet {
    static let metadata = CmdletMetadata(
        verb: "Export", noun: "Csv", className: "Microsoft.PowerShell.Commands.ExportCsvCommand", aliases: ["epcsv"],
        parameters: [
            ParameterMetadata("InputObject", .psObject, sets: [ParameterSetSpec(mandatory: true, pipeline: [.byValue, .byPropertyName])],
                              validations: [.allowNull],
                              description: "Specifies the objects to export as CSV strings. Enter a variable that contains the objects or type a command or expression that gets the objects. You can also pipe objects to Export-Csv."),
            ParameterMetadata("Path", .string, position: 0, validations: [.notNullOrEmpty],
                              description: "A required parameter that specifies the location to save the CSV output file."),
            ParameterMetadata("LiteralPath", .string, aliases: ["PSPath", "LP"], validations: [.notNullOrEmpty],
                              description: "Specifies the path to the CSV output file, used exactly as it's typed."),
            ParameterMetadata("Force", .switchParameter,
                              description: "This parameter allows Export-Csv to overwrite files with the Read Only attribute. With -Append, it allows appending objects that lack some of the file's columns (their fields are empty)."),
            ParameterMetadata("NoClobber", .switchParameter, aliases: ["NoOverwrite"],
                              description: "Use this parameter so that Export-Csv does not overwrite an existing file. By default, if the file exists in the specified path, Export-Csv overwrites the file without warning."),
            ParameterMetadata("Encoding", OutFileCommand.encodingType,
                              description: "Specifies the encoding for the exported CSV file: ascii, ansi, bigendianunicode, bigendianutf32, oem, unicode, utf8 (no BOM), utf8BOM, utf8NoBOM, utf32, or a .NET encoding name or code page. The default is utf8NoBOM.",
                              defaultValue: "utf8NoBOM"),
            ParameterMetadata("Append", .switchParameter,
                              description: "Use this parameter so that Export-Csv adds CSV output to the end of the specified file. Without this parameter, Export-Csv replaces the file contents without warning."),
        ] + CsvCommands.writingParameters(delimiterSets: ["Delimiter"], cultureSets: ["UseCulture"]),
        defaultParameterSet: "Delimiter",
        supportsShouldProcess: true,
        help: CmdletHelp(
            synopsis: "Converts objects into a series of character-separated value (CSV) strings and saves the strings to a file.",
            description: "The Export-Csv cmdlet creates a CSV file of the objects that you submit. Each object is a row that includes a character-separated list of the object's property values. The first row is the header, the property names of the first object. The file is written as UTF-8 without a byte-order mark unless -Encoding says otherwise.\n\nA list property such as AdditionalDomains is written as its items separated by spaces, so Import-Csv followed by -split ' ' recovers it. Import-Csv reads the file back.",
            examples: [
                CmdletExample("Example 1: Export the partners", code: "Get-CsXmppAllowedPartner | Export-Csv -Path partners.csv",
                              remarks: "Writes one row per XMPP allowed partner to partners.csv."),
                CmdletExample("Example 2: Recreate the partners in another store", code: "Import-Csv partners.csv | ForEach-Object { New-CsXmppAllowedPartner -Identity $_.Identity -PartnerType $_.PartnerType -TlsNegotiation $_.TlsNegotiation -SaslNegotiation $_.SaslNegotiation -SupportDialbackNegotiation ([bool]::Parse($_.SupportDialbackNegotiation)) }",
                              remarks: "Creates a partner for each row of the file."),
                CmdletExample("Example 3: Add rows to a file", code: "Get-CsXmppAllowedPartner -Filter *.org | Export-Csv -Path partners.csv -Append",
                              remarks: "Adds rows under the existing header of partners.csv."),
            ],
            inputs: "System.Management.Automation.PSObject", outputs: "None"))

    private var params = BoundParameters()
    private var writer = CSVWriter()
    private var given = ""
    private var path = ""
    private var encoding = TextEncoding.default
    private var handle: FileHandle?
    private var buffer: [UInt8] = []
    private var existingColumns: [String]?
    private var started = false
    private var proceed = false
    /// The read-only mode -Force lifted for the write, put back at the end.
    private var readOnlyMode: Int?

    required init() {}

    deinit { close() }

    func begin(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        params = p
        let options = try CsvCommands.writerOptions(p)
        if p.has("Path") == p.has("LiteralPath") {
            throw CsvCommands.conflict("You must specify either the -Path or -LiteralPath parameters, but not both.", "CannotSpecifyPathAndLiteralPath")
        }
        let append = p.isPresent("Append")
        if append && p.isPresent("NoHeader") {
            throw CsvCommands.conflict("You must specify either the -Append or -NoHeader parameters, but not both.", "CannotSpecifyBothAppendAndNoHeader")
        }
        given = p.string("Path") ?? p.string("LiteralPath") ?? ""
        path = FileSystemPath.resolve(given)
        encoding = try TextEncoding.from(p) ?? .default
        proceed = try runtime.shouldProcess(target: given, action: "Export-Csv")
        guard proceed else { return }
        if p.isPresent("NoClobber") && !append && FileCommands.isFile(path) { throw FileErrors.noClobber(given, path) }
        if p.isPresent("Force") { readOnlyMode = FileCommands.makeWritable(path) }
        var needsNewline = false
        if append, let bytes = TextFile.read(path), !bytes.isEmpty {
            let (text, detected) = TextEncoding.decode(bytes, fallback: p.has("Encoding") ? encoding : .default)
            existingColumns = CSVReader.readHeader(text, delimiter: options.delimiter)
            if existingColumns != nil {
                if case .utf8 = detected { encoding = .utf8(bom: false) } else { encoding = detected }
                needsNewline = !(text.hasSuffix("\n") || text.hasSuffix("\r"))
            }
        }
        writer = existingColumns.map { CSVWriter(appendingTo: $0, options: options) } ?? CSVWriter(options: options)
        do {
            let url = URL(fileURLWithPath: path)
            if existingColumns == nil || !append {
                guard FileManager.default.createFile(atPath: path, contents: Data(encoding.preamble)) else { throw TextFileError.writeFailure(path) }
            }
            handle = try FileHandle(forWritingTo: url)
            try handle?.seekToEnd()
        } catch let e as TextFileError {
            throw e.record(target: path)
        } catch {
            throw TextFileError.writeFailure(path).record(target: path)
        }
        if needsNewline { buffer += encoding.encode("\n") }
    }

    func process(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        guard proceed, let v = p["InputObject"], !v.isNull else { return }
        if !started, let columns = existingColumns, !params.isPresent("Force") {
            // ExportCsvCommand.ReconcilePreexistingPropertyNames: the first object must have every column.
            let names = Set(FormatValue.propertyNames(of: v).map(\.caseFoldedKey))
            if let missing = columns.first(where: { !names.contains($0.caseFoldedKey) }) {
                throw ErrorRecord(message: CSVWriter.appendMismatchMessage(file: given, column: missing),
                                  errorId: "CannotAppendCsvWithMismatchedPropertyNames", category: .InvalidData, target: .string(missing),
                                  exceptionType: "System.InvalidOperationException")
            }
        }
        started = true
        for record in writer.write(v) {
            buffer += encoding.encode(record + "\n")
        }
        if buffer.count >= 1 << 16 { try flush() }
    }

    func end(_ runtime: any ShellRuntime) throws {
        try flush()
        close()
    }

    private func flush() throws {
        guard let h = handle, !buffer.isEmpty else { return }
        do { try h.write(contentsOf: Data(buffer)) } catch { throw TextFileError.writeFailure(path).record(target: path) }
        buffer.removeAll(keepingCapacity: true)
    }

    private func close() {
        if let h = handle {
            if !buffer.isEmpty { try? h.write(contentsOf: Data(buffer)); buffer = [] }
            try? h.close()
        }
        handle = nil
        FileCommands.restoreMode(path, readOnlyMode)
        readOnlyMode = nil
    }
}
