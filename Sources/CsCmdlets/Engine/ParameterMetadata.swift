// What a cmdlet declares about one parameter: PowerShell's CompiledCommandParameter and
// ParameterSetSpecificMetadata, written out as values.

/// How a parameter takes pipeline input.
public struct PipelineInput: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    public static let byValue = PipelineInput(rawValue: 1)
    public static let byPropertyName = PipelineInput(rawValue: 2)
}

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

/// A check on a bound value, beyond type conversion (PowerShell's Validate* attributes).
public enum ParameterValidation: Sendable, Hashable {
    case notNullOrEmpty
    /// Inclusive bounds for an integer.
    case range(Int, Int)
    /// Allowed strings, compared ignoring case (ValidateSet).
    case set([String])
    /// The string's length in characters.
    case maxLength(Int)
    /// A mandatory parameter accepts $null (AllowNull).
    case allowNull
    /// A mandatory parameter accepts '' (AllowEmptyString).
    case allowEmptyString
    /// A mandatory parameter accepts @() (AllowEmptyCollection).
    case allowEmptyCollection
}

public struct ParameterMetadata: Sendable {
    public var name: String
    public var type: PSType
    public var aliases: [String]
    /// One entry per parameter set the parameter is in; `[ParameterSetSpec()]` for all sets.
    public var sets: [ParameterSetSpec]
    public var validations: [ParameterValidation]
    /// Help text.
    public var description: String
    /// The default shown in help ("None" when nil).
    public var defaultValue: String?
    public var acceptsWildcards: Bool
    /// Hidden from completion and help (DontShow).
    public var dontShow: Bool

    public init(_ name: String, _ type: PSType, aliases: [String] = [], sets: [ParameterSetSpec] = [ParameterSetSpec()],
                validations: [ParameterValidation] = [], description: String = "", defaultValue: String? = nil,
                acceptsWildcards: Bool = false, dontShow: Bool = false) {
        self.name = name
        self.type = type
        self.aliases = aliases
        self.sets = sets
        self.validations = validations
        self.description = description
        self.defaultValue = defaultValue
        self.acceptsWildcards = acceptsWildcards
        self.dontShow = dontShow
    }

    /// A parameter in every set, with the same settings in each.
    public init(_ name: String, _ type: PSType, mandatory: Bool = false, position: Int? = nil, pipeline: PipelineInput = [],
                remainingArguments: Bool = false, aliases: [String] = [], validations: [ParameterValidation] = [], description: String = "",
                defaultValue: String? = nil, acceptsWildcards: Bool = false, dontShow: Bool = false) {
        self.init(name, type, aliases: aliases,
                  sets: [ParameterSetSpec(mandatory: mandatory, position: position, pipeline: pipeline, remainingArguments: remainingArguments)],
                  validations: validations, description: description, defaultValue: defaultValue,
                  acceptsWildcards: acceptsWildcards, dontShow: dontShow)
    }

    public var isSwitch: Bool { type == .switchParameter }
    public var inAllSets: Bool { sets.contains { $0.name == ParameterSetSpec.allSets } }

    /// The settings that apply in `set` (its own entry, else the all-sets entry), or nil when not in it.
    public func spec(in set: String) -> ParameterSetSpec? {
        sets.first { $0.name == set } ?? sets.first { $0.name == ParameterSetSpec.allSets }
    }

    /// True when the parameter takes pipeline input in some set.
    public var takesPipelineInput: Bool { sets.contains { !$0.pipeline.isEmpty } }
}
