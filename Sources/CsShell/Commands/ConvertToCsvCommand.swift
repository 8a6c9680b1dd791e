import CsCore

/// ConvertTo-Csv: one CSV record (a string) per input object, after a header from the first
/// object's property names; every field quoted unless -UseQuotes or -QuoteFields says otherwise.
final class ConvertToCsvCommand: ShellCmdlet {
    static let metadata = CmdletMetadata(
        verb: "ConvertTo", noun: "Csv", className: "Microsoft.PowerShell.Commands.ConvertToCsvCommand",
        parameters: [
            ParameterMetadata("InputObject", .psObject, sets: [ParameterSetSpec(mandatory: true, position: 0, pipeline: .byValue)],
                              validations: [.allowNull],
                              description: "Specifies the objects that are converted to CSV strings. Enter a variable that contains the objects or type a command or expression that gets the objects."),
        ] + CsvCommands.writingParameters(delimiterSets: ["Delimiter"], cultureSets: ["UseCulture"]),
        defaultParameterSet: "Delimiter",
        help: CmdletHelp(
            synopsis: "Converts .NET objects into a series of character-separated value (CSV) strings.",
            description: "The ConvertTo-Csv cmdlet returns a series of character-separated value (CSV) strings that represent the objects that you submit. The first string is the header, the property names of the first object; each following string is one object. Values are quoted with double quotes; $null is an empty field; a list (AdditionalDomains) is written as its items separated by spaces.",
            examples: [
                CmdletExample("Example 1: Partners as CSV", code: "Get-CsXmppAllowedPartner | ConvertTo-Csv",
                              remarks: "Returns the header and one CSV line per partner."),
                CmdletExample("Example 2: Quotes only where needed", code: "Get-CsXmppAllowedPartner | Select-Object Identity, PartnerType | ConvertTo-Csv -UseQuotes AsNeeded",
                              remarks: "Returns unquoted fields unless a field contains the delimiter, a quote or a line break."),
            ],
            inputs: "System.Management.Automation.PSObject", outputs: "System.String"),
        outputTypes: ["System.String"])

    private var writer = CSVWriter()

    required init() {}

    func begin(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        writer = CSVWriter(options: try CsvCommands.writerOptions(p))
    }

    func process(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        guard let v = p["InputObject"], !v.isNull else { return }
        for record in writer.write(v) { runtime.writeObject(.string(record)) }
    }
}
