public struct CmdletHelp: Sendable {
    public var synopsis: String
    public var description: String
    public var examples: [CmdletExample]
    public var inputs: String
    public var outputs: String
    public var notes: String
    public var relatedLinks: [String]

    public init(synopsis: String, description: String = "", examples: [CmdletExample] = [], inputs: String = "None",
                outputs: String = "None", notes: String = "", relatedLinks: [String] = []) {
        self.synopsis = synopsis
        self.description = description
        self.examples = examples
        self.inputs = inputs
        self.outputs = outputs
        self.notes = notes
        self.relatedLinks = relatedLinks
    }
}

/// One help example: the code, as the user would type it, and what it does.
public struct CmdletExample: Sendable {
    public var title: String
    public var code: String
    public var remarks: String
    public init(_ title: String, code: String, remarks: String) {
        self.title = title
        self.code = code
        self.remarks = remarks
    }
}
