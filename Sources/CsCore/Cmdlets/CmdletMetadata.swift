// What a cmdlet declares about itself: name, parameters and sets, ShouldProcess support, help.
// The engine binds from this; Get-Help, Get-Command and completion read it.

public struct CmdletMetadata: Sendable {
    public var verb: String
    public var noun: String
    /// The implementing class, the second half of a FullyQualifiedErrorId (`Id,Class`).
    public var className: String
    /// The module shown by Get-Command's Source column.
    public var module: String
    /// Command aliases (`?`, `where` for Where-Object).
    public var aliases: [String]
    public var parameters: [ParameterMetadata]
    /// The set chosen when several remain; nil means the implicit all-parameters set.
    public var defaultParameterSet: String?
    public var supportsShouldProcess: Bool
    public var confirmImpact: ConfirmImpact
    public var help: CmdletHelp
    /// Type names written to the pipeline (help OUTPUTS and Get-Command's OutputType).
    public var outputTypes: [String]

    public init(verb: String, noun: String, className: String, module: String = "Microsoft.PowerShell.Utility",
                aliases: [String] = [], parameters: [ParameterMetadata], defaultParameterSet: String? = nil,
                supportsShouldProcess: Bool = false, confirmImpact: ConfirmImpact = .medium,
                help: CmdletHelp, outputTypes: [String] = []) {
        self.verb = verb
        self.noun = noun
        self.className = className
        self.module = module
        self.aliases = aliases
        self.parameters = parameters
        self.defaultParameterSet = defaultParameterSet
        self.supportsShouldProcess = supportsShouldProcess
        self.confirmImpact = confirmImpact
        self.help = help
        self.outputTypes = outputTypes
    }

    /// `Verb-Noun`; a function's name without a dash is its verb alone.
    public var name: String { noun.isEmpty ? verb : "\(verb)-\(noun)" }

    public func parameter(named name: String) -> ParameterMetadata? {
        parameters.first { $0.name.equalsIgnoringCase(name) }
    }

    /// The named parameter sets, in first-declared order (the implicit all-sets set only when no other exists).
    public var parameterSetNames: [String] {
        var names: [String] = []
        for p in parameters {
            for s in p.sets where s.name != ParameterSetSpec.allSets && !names.contains(s.name) { names.append(s.name) }
        }
        if let d = defaultParameterSet, !names.contains(d) { names.insert(d, at: 0) }
        return names.isEmpty ? [ParameterSetSpec.allSets] : names
    }

    /// The parameters that belong to `set` (including all-sets parameters).
    public func parameters(in set: String) -> [ParameterMetadata] {
        parameters.filter { $0.spec(in: set) != nil }
    }
}

public enum ConfirmImpact: Int, Sendable, Comparable {
    case none = 0, low, medium, high
    public static func < (a: ConfirmImpact, b: ConfirmImpact) -> Bool { a.rawValue < b.rawValue }
    public var name: String { ["None", "Low", "Medium", "High"][rawValue] }
}
