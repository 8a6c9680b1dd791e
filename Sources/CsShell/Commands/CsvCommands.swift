import CsCore

/// The parameters and checks ConvertTo-Csv and Export-Csv share (BaseCsvWritingCommand), and those
/// ConvertFrom-Csv and Import-Csv share.
enum CsvCommands {
    static let quoteKind = PSEnumType(name: "QuoteKind", fullName: "Microsoft.PowerShell.Commands.BaseCsvWritingCommand+QuoteKind",
                                      members: ["Never", "Always", "AsNeeded"])
    static let charType = PSType.named(fullName: "System.Char", shortName: "char")

    /// -Delimiter (position 1, set Delimiter), -UseCulture, -IncludeTypeInformation, -NoTypeInformation,
    /// -QuoteFields, -UseQuotes, -NoHeader.
    static func writingParameters(delimiterSets: [String], cultureSets: [String]) -> [ParameterMetadata] {
        [
            ParameterMetadata("Delimiter", charType, sets: delimiterSets.map { ParameterSetSpec($0, position: 1) },
                              description: "Specifies a delimiter to separate the property values. The default is a comma (,). Enter a character, such as a colon (:). To specify a semicolon (;) enclose it in single quotation marks.",
                              defaultValue: ","),
            ParameterMetadata("UseCulture", .switchParameter, sets: cultureSets.map { ParameterSetSpec($0, mandatory: true) },
                              description: "Uses the list separator for the current culture as the item delimiter (a comma in csshell's invariant culture)."),
            ParameterMetadata("IncludeTypeInformation", .switchParameter, aliases: ["ITI"],
                              description: "When this parameter is used the first line of the output contains #TYPE followed by the fully qualified name of the object type."),
            ParameterMetadata("NoTypeInformation", .switchParameter, aliases: ["NTI"],
                              description: "Removes the #TYPE information header from the output. This parameter became obsolete in PowerShell 6.0 and is included for compatibility: the header is only written with -IncludeTypeInformation.",
                              dontShow: true),
            ParameterMetadata("QuoteFields", .array(.string), aliases: ["QF"],
                              description: "Specifies the names of the columns that should be quoted. When this parameter is used only the specified columns are quoted. This parameter can't be used with -UseQuotes."),
            ParameterMetadata("UseQuotes", .enumeration(quoteKind), aliases: ["UQ"],
                              description: "Specifies when quotes are used in the CSV files: Never, Always (the default) or AsNeeded (only fields that contain the delimiter, a double quote or a newline). This parameter can't be used with -QuoteFields.",
                              defaultValue: "Always"),
            ParameterMetadata("NoHeader", .switchParameter, description: "When this parameter is used, the cmdlet doesn't write a header row containing the column names to the output."),
        ]
    }

    /// BaseCsvWritingCommand.BeginProcessing: the parameter conflicts, then the writer's options.
    static func writerOptions(_ p: BoundParameters) throws -> CSVWriterOptions {
        if p.has("QuoteFields") && p.has("UseQuotes") {
            throw conflict("You must specify either the -UseQuotes or -QuoteFields parameters, but not both.", "CannotSpecifyQuoteFieldsAndUseQuotes")
        }
        if p.has("IncludeTypeInformation") && p.has("NoTypeInformation") {
            throw conflict("You must specify either the -IncludeTypeInformation or -NoTypeInformation parameters, but not both.",
                           "CannotSpecifyIncludeTypeInformationAndNoTypeInformation")
        }
        var quoting = CSVQuoting.always
        switch p.enumValue("UseQuotes")?.name {
        case "Never": quoting = .never
        case "AsNeeded": quoting = .asNeeded
        default: break
        }
        return CSVWriterOptions(delimiter: try FileCommands.delimiter(p), quoting: quoting, quoteFields: p.strings("QuoteFields"),
                                includeTypeInformation: p.isPresent("IncludeTypeInformation"), noHeader: p.isPresent("NoHeader"))
    }

    static func conflict(_ message: String, _ id: String) -> ErrorRecord {
        ErrorRecord(message: message, errorId: id, category: .InvalidData, exceptionType: "System.InvalidOperationException")
    }

    /// Objects from CSV text, warnings passed on; a malformed header is a terminating error.
    static func read(_ text: String, delimiter: Character, header: [String]?, _ runtime: any ShellRuntime) throws {
        var reader = CSVReader(text, options: CSVReaderOptions(delimiter: delimiter, header: header))
        do {
            while let o = try reader.next() {
                for w in reader.warnings { runtime.writeWarning(w) }
                runtime.writeObject(o)
                if runtime.isStopping { return }
            }
        } catch {
            throw ErrorRecord(message: error.message, errorId: error.errorId, category: .InvalidOperation,
                              exceptionType: "System.Management.Automation.ExtendedTypeSystemException")
        }
    }
}
