// What a cmdlet declares about one parameter: PowerShell's CompiledCommandParameter and
// ParameterSetSpecificMetadata, written out as values.

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
    /// Completes the parameter's values at the prompt (PowerShell's `[ArgumentCompleter()]`).
    public var completer: ArgumentCompleter?
    /// The value is a secret (a passphrase): a command line that gives it literally is kept in no
    /// history, and the value's text is masked in the source lines errors quote.
    public var isSecret: Bool

    public init(_ name: String, _ type: PSType, aliases: [String] = [], sets: [ParameterSetSpec] = [ParameterSetSpec()],
                validations: [ParameterValidation] = [], description: String = "", defaultValue: String? = nil,
                acceptsWildcards: Bool = false, dontShow: Bool = false, completer: ArgumentCompleter? = nil, secret: Bool = false) {
        self.name = name
        self.type = type
        self.aliases = aliases
        self.sets = sets
        self.validations = validations
        self.description = description
        self.defaultValue = defaultValue
        self.acceptsWildcards = acceptsWildcards
        self.dontShow = dontShow
        self.completer = completer
        self.isSecret = secret
    }

    /// A parameter in every set, with the same settings in each.
    public init(_ name: String, _ type: PSType, mandatory: Bool = false, position: Int? = nil, pipeline: PipelineInput = [],
                remainingArguments: Bool = false, aliases: [String] = [], validations: [ParameterValidation] = [], description: String = "",
                defaultValue: String? = nil, acceptsWildcards: Bool = false, dontShow: Bool = false, completer: ArgumentCompleter? = nil,
                secret: Bool = false) {
        self.init(name, type, aliases: aliases,
                  sets: [ParameterSetSpec(mandatory: mandatory, position: position, pipeline: pipeline, remainingArguments: remainingArguments)],
                  validations: validations, description: description, defaultValue: defaultValue,
                  acceptsWildcards: acceptsWildcards, dontShow: dontShow, completer: completer, secret: secret)
    }

    public var isSwitch: Bool { type == .switchParameter }
    public var inAllSets: Bool { sets.contains { $0.name == ParameterSetSpec.allSets } }

    /// The settings that apply in `set` (its own entry, else the all-sets entry), or nil when not in it.
    public func spec(in set: String) -> ParameterSetSpec? {
        sets.first { $0.name == set } ?? sets.first { $0.name == ParameterSetSpec.allSets }
    }

}
