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
