import CsCore

/// ConvertFrom-Csv: turns CSV text (the header, then one record per object) into PSCustomObjects
/// whose properties are strings.
final class ConvertFromCsvCommand: ShellCmdlet {
    static let metadata = CmdletMetadata(
        verb: "ConvertFrom", noun: "Csv", className: "Microsoft.PowerShell.Commands.ConvertFromCsvCommand",
        parameters: [
            ParameterMetadata("InputObject", .array(.psObject), sets: [ParameterSetSpec(mandatory: true, position: 0, pipeline: [.byValue, .byPropertyName])],
                              validations: [.allowEmptyString, .allowEmptyCollection],
                              description: "Specifies the CSV strings to be converted to objects. Enter a variable that contains the CSV strings or type a command or expression that gets the CSV strings."),
            ParameterMetadata("Delimiter", CsvCommands.charType, sets: [ParameterSetSpec("Delimiter", position: 1)],
                              description: "Specifies the delimiter that separates the property values in the CSV strings. The default is a comma (,).",
                              defaultValue: ","),
            ParameterMetadata("UseCulture", .switchParameter, sets: [ParameterSetSpec("UseCulture", mandatory: true)],
                              description: "Uses the list separator for the current culture as the string delimiter (a comma in csshell's invariant culture)."),
            ParameterMetadata("Header", .array(.string),
                              description: "Specifies an alternate column header row for the imported string. The first line of the input is then data, not the header."),
        ],
        defaultParameterSet: "Delimiter",
        help: CmdletHelp(
            synopsis: "Converts object properties in character-separated value (CSV) format into CSV versions of the original objects.",
            description: "The ConvertFrom-Csv cmdlet converts character-separated value (CSV) data to PSObject type objects for each line of CSV data. The first line is the header (unless -Header is given); each property value of the new objects is a string.",
            examples: [
                CmdletExample("Example 1: Round trip", code: "Get-CsXmppAllowedPartner | ConvertTo-Csv | ConvertFrom-Csv",
                              remarks: "Returns one object per partner, with string properties."),
                CmdletExample("Example 2: Your own header", code: "'fabrikam.com;Federated' | ConvertFrom-Csv -Delimiter ';' -Header Identity, PartnerType",
                              remarks: "Returns an object with the properties Identity and PartnerType."),
            ],
            inputs: "System.String", outputs: "System.Management.Automation.PSCustomObject"),
        outputTypes: [PSObject.customTypeName])

    private var params = BoundParameters()
    private var text = ""

    required init() {}

    func begin(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        params = p
        _ = try FileCommands.delimiter(p)
    }

    func process(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        guard let v = p["InputObject"] else { return }
        for item in v.asList {
            text += PSConvert.toString(item)
            text += "\n"
        }
    }

    func end(_ runtime: any ShellRuntime) throws {
        guard !text.isEmpty else { return }
        try CsvCommands.read(text, delimiter: try FileCommands.delimiter(params), header: params.strings("Header"), runtime)
    }
}
