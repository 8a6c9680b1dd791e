import CsCore
import CsLanguage

/// A script block's, function's or script file's `param()` as a command declaration: the same
/// CmdletMetadata a cmdlet declares (parameters, sets, positions, pipeline input, aliases,
/// validation, ShouldProcess), so that one binder binds cmdlets, functions and scripts; plus what
/// only script parameters have (type constraints converted as casts convert, validation scripts,
/// default values evaluated at each call). Built once per block (see Interpreter+ScriptCommand).
final class ScriptCommand {
    let metadata: CmdletMetadata
    let plan: BindingPlan
    /// `[CmdletBinding()]`, or `[Parameter()]` on a parameter: the common parameters, `$PSCmdlet`,
    /// pipeline input bound to parameters, every argument bound to a parameter (no `$args`).
    let isAdvanced: Bool
    /// The declared parameters, in metadata order.
    let parameters: [ScriptParameter]
    /// Parameters that take pipeline input (by value or by property name) in some set.
    let takesPipelineInput: Bool

    init(metadata: CmdletMetadata, isAdvanced: Bool, parameters: [ScriptParameter]) {
        self.metadata = metadata
        self.isAdvanced = isAdvanced
        self.parameters = parameters
        self.plan = BindingPlan(metadata, common: isAdvanced ? CommonParameters.parameters(for: metadata) : [])
        takesPipelineInput = metadata.parameters.contains { p in p.sets.contains { !$0.pipeline.isEmpty } }
    }

    /// A block without parameters or attributes: nothing to bind, every argument is `$args`.
    nonisolated(unsafe) static let empty = ScriptCommand(metadata: CmdletMetadata(verb: "", noun: "", className: "", parameters: [], help: CmdletHelp(synopsis: "")),
                                     isAdvanced: false, parameters: [])
}

/// What a script parameter adds to its ParameterMetadata.
struct ScriptParameter {
    let name: String
    /// The type constraint's conversion (a cast's rules), nil for an untyped parameter.
    let type: TypeResolver.Target?
    /// `[bool]`, `[switch]` (and arrays of them): only Booleans and numbers are accepted.
    let booleanElement: Bool
    let isSwitch: Bool
    let defaultValue: ExpressionAst?
    /// Validation beyond ParameterMetadata's: patterns, scripts, counts, lengths, sets with options.
    let validations: [ScriptValidation]
    let range: SourceRange
}

/// The Validate* attributes a script may put on a parameter that ParameterValidation does not state.
enum ScriptValidation {
    /// ValidatePattern: each value matches the regular expression; `message` is the attribute's
    /// ErrorMessage (`{0}` the value, `{1}` the pattern).
    case pattern(String, ignoreCase: Bool, message: String?)
    /// ValidateScript: the block returns true for each value (`$_`); `{1}` in `message` is its text.
    case script(ScriptBlock, message: String?)
    /// ValidateCount: how many values.
    case count(Int, Int)
    /// ValidateLength: each string's length.
    case length(Int, Int)
    /// ValidateSet with IgnoreCase or ErrorMessage (`{0}` the value, `{1}` the set).
    case set([String], ignoreCase: Bool, message: String?)
    /// ValidateRange with bounds that are not both integers, or a ValidateRangeKind.
    case range(PSValue?, PSValue?)
    case rangeKind(String)
    /// ValidateNotNullOrWhiteSpace.
    case notNullOrWhiteSpace
}
