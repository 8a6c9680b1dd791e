import CsCore

/// What the binder needs about one cmdlet, computed once per cmdlet rather than on every command:
/// the parameter sets by number, each parameter's settings per set, and the name matcher. (A cmdlet
/// like Where-Object has 31 sets: comparing set names on every lookup was most of its binding cost.)
final class BindingPlan {
    let metadata: CmdletMetadata
    let matcher: ParameterNameMatcher
    /// The named parameter sets (or the implicit all-sets set), in declaration order; a set's number is its index.
    let setNames: [String]
    /// `specs[p][s]`: parameter p's settings in set s, nil when p is not in s.
    let specs: [[ParameterSetSpec?]]
    let defaultSet: Int?
    /// True when parameter p is in every set.
    let inAllSets: [Bool]

    /// `common`: the common parameters the command takes (a cmdlet's, when nil; none for a simple function).
    init(_ metadata: CmdletMetadata, common: [ParameterMetadata]? = nil) {
        self.metadata = metadata
        matcher = ParameterNameMatcher(declared: metadata.parameters, common: common ?? CommonParameters.parameters(for: metadata))
        let names = metadata.parameterSetNames
        setNames = names
        specs = metadata.parameters.map { p in names.map { p.spec(in: $0) } }
        defaultSet = metadata.defaultParameterSet.flatMap { names.firstIndex(of: $0) }
        inAllSets = metadata.parameters.map(\.inAllSets)
    }

    var allSets: [Int] { Array(setNames.indices) }

    /// The index of a declared parameter (by its exact metadata name).
    func index(of p: ParameterMetadata) -> Int? {
        metadata.parameters.firstIndex { $0.name == p.name }
    }
}
