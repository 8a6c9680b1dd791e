import CsCore

/// Import-Csv: reads CSV files into PSCustomObjects, one per record, whose properties (named by
/// the header row, or by -Header) are strings.
final class ImportCsvCommand: ShellCmdlet {
    static let metadata = CmdletMetadata(
        verb: "Import", noun: "Csv", className: "Microsoft.PowerShell.Commands.ImportCsvCommand", aliases: ["ipcsv"],
        parameters: [
            ParameterMetadata("Delimiter", CsvCommands.charType,
                              sets: [ParameterSetSpec("DelimiterPath", position: 1), ParameterSetSpec("DelimiterLiteralPath", position: 1)],
                              description: "Specifies the delimiter that separates the property values in the CSV file. The default is a comma (,).",
                              defaultValue: ","),
            ParameterMetadata("Path", .array(.string),
                              sets: [ParameterSetSpec("DelimiterPath", mandatory: true, position: 0, pipeline: [.byValue, .byPropertyName]),
                                     ParameterSetSpec("CulturePath", mandatory: true, position: 0, pipeline: [.byValue, .byPropertyName])],
                              description: "Specifies the path to the CSV file to import. You can also pipe a path to Import-Csv."),
            ParameterMetadata("LiteralPath", .array(.string), aliases: ["PSPath", "LP"],
                              sets: [ParameterSetSpec("DelimiterLiteralPath", mandatory: true, pipeline: .byPropertyName),
                                     ParameterSetSpec("CultureLiteralPath", mandatory: true, pipeline: .byPropertyName)],
                              description: "Specifies the path to the CSV file to import, used exactly as it's typed."),
            ParameterMetadata("UseCulture", .switchParameter,
                              sets: [ParameterSetSpec("CulturePath", mandatory: true), ParameterSetSpec("CultureLiteralPath", mandatory: true)],
                              description: "Uses the list separator for the current culture as the item delimiter (a comma in csshell's invariant culture)."),
            ParameterMetadata("Header", .array(.string),
                              description: "Specifies an alternate column header row for the imported file. The column header determines the property names of the objects created by Import-Csv; the first line of the file is then data."),
            ParameterMetadata("Encoding", OutFileCommand.encodingType,
                              description: "Specifies the encoding for the imported CSV file. A byte-order mark in the file takes precedence. The default is utf8NoBOM.",
                              defaultValue: "utf8NoBOM"),
        ],
        defaultParameterSet: "DelimiterPath",
        help: CmdletHelp(
            synopsis: "Creates table-like custom objects from the items in a character-separated value (CSV) file.",
            description: "The Import-Csv cmdlet creates table-like custom objects from the items in CSV files. Each column in the CSV file becomes a property of the custom object and the items in rows become the property values. The values are strings: convert them where a cmdlet needs another type ([bool]::Parse($_.EnableKeepAlive), [int]$_.ConnectionLimit, $_.AdditionalDomains -split ' ').",
            examples: [
                CmdletExample("Example 1: Read a partner export", code: "Import-Csv -Path partners.csv",
                              remarks: "Returns one object per row of partners.csv."),
                CmdletExample("Example 2: Recreate the partners", code: "Import-Csv partners.csv | ForEach-Object { New-CsXmppAllowedPartner -Identity $_.Identity -PartnerType $_.PartnerType }",
                              remarks: "Creates an XMPP allowed partner for each row."),
            ],
            inputs: "System.String", outputs: "System.Object"),
        outputTypes: [PSObject.customTypeName])

    required init() {}

    func process(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        let delimiter = try FileCommands.delimiter(p)
        let encoding = try TextEncoding.from(p) ?? .default
        for given in p.strings("Path") ?? p.strings("LiteralPath") ?? [] {
            let path = FileSystemPath.resolve(given)
            guard let bytes = TextFile.read(path) else {
                if FileCommands.isDirectory(path) {
                    throw ErrorRecord(message: "Access to the path '\(path)' is denied.", errorId: "FileOpenFailure", category: .OpenError,
                                      target: .string(path), exceptionType: "System.UnauthorizedAccessException")
                }
                throw FileErrors.fileNotFound(path)
            }
            let text = TextEncoding.decode(bytes, fallback: encoding).text
            try CsvCommands.read(text, delimiter: delimiter, header: p.strings("Header"), runtime)
        }
    }
}
