/// A parameter's settings within one parameter set.
public struct ParameterSetSpec: Sendable, Hashable {
    /// The name of PowerShell's implicit set that every parameter without a set belongs to.
    public static let allSets = "__AllParameterSets"

    public var name: String
    public var mandatory: Bool
    public var position: Int?
    public var pipeline: PipelineInput
    /// Takes the positional arguments no other parameter took (ValueFromRemainingArguments).
    public var remainingArguments: Bool

    public init(_ name: String = ParameterSetSpec.allSets, mandatory: Bool = false, position: Int? = nil, pipeline: PipelineInput = [],
                remainingArguments: Bool = false) {
        self.name = name
        self.mandatory = mandatory
        self.position = position
        self.pipeline = pipeline
        self.remainingArguments = remainingArguments
    }
}

/// How a parameter takes pipeline input.
public struct PipelineInput: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    public static let byValue = PipelineInput(rawValue: 1)
    public static let byPropertyName = PipelineInput(rawValue: 2)
}
