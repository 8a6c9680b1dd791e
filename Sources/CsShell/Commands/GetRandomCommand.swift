import CsCore

/// Get-Random: a random number (an integer from 0 up to Int32.MaxValue by default, or from -Minimum up
/// to but not including -Maximum; a Double when either bound is one), random items of the input, or
/// the input shuffled. -SetSeed makes the sequence repeatable.
final class GetRandomCommand: ShellCmdlet {
    static let metadata = CmdletMetadata(
        verb: "Get", noun: "Random", className: "Microsoft.PowerShell.Commands.GetRandomCommand", module: "Microsoft.PowerShell.Utility",
        parameters: [
            ParameterMetadata("Maximum", .object, sets: [ParameterSetSpec("RandomNumberParameterSet", position: 0)],
                              description: "Specifies a maximum value for the random number: the number is less than it. The default is Int32.MaxValue. A Double bound gives a Double."),
            ParameterMetadata("Minimum", .object, sets: [ParameterSetSpec("RandomNumberParameterSet")],
                              description: "Specifies a minimum value for the random number: the number is greater than or equal to it. The default is 0."),
            ParameterMetadata("InputObject", .array(.psObject),
                              sets: [ParameterSetSpec("RandomListItemParameterSet", mandatory: true, pipeline: .byValue),
                                     ParameterSetSpec("ShuffleParameterSet", mandatory: true, pipeline: .byValue)],
                              validations: [.allowNull, .allowEmptyCollection],
                              description: "Specifies a collection of objects: Get-Random gets randomly selected objects from it (or all of them, shuffled, with -Shuffle)."),
            ParameterMetadata("Count", .int32, sets: [ParameterSetSpec("RandomNumberParameterSet"), ParameterSetSpec("RandomListItemParameterSet")],
                              validations: [.range(1, Int(Int32.max))],
                              description: "Specifies the number of random numbers, or of objects, to return; objects are not repeated. The default is 1."),
            ParameterMetadata("Shuffle", .switchParameter, sets: [ParameterSetSpec("ShuffleParameterSet", mandatory: true)],
                              description: "Returns the whole collection in a random order."),
            ParameterMetadata("SetSeed", .int32,
                              description: "Specifies a seed value for the random number generator: the same seed gives the same sequence."),
        ],
        defaultParameterSet: "RandomNumberParameterSet",
        help: CmdletHelp(
            synopsis: "Gets a random number, or selects objects randomly from a collection.",
            description: "The Get-Random cmdlet gets a randomly selected number. With -InputObject (or pipeline input) it returns randomly selected objects from the collection, or all of them in a random order with -Shuffle. Without parameters it returns an integer from 0 up to Int32.MaxValue; -Minimum and -Maximum set the range (the maximum is not included).",
            examples: [
                CmdletExample("Example 1: A number in a range", code: "Get-Random -Minimum 1 -Maximum 7",
                              remarks: "Gets a number from 1 to 6, as a die would."),
                CmdletExample("Example 2: Pick a partner to check", code: "'contoso.com', 'fabrikam.com', 'litware.com' | Get-Random",
                              remarks: "Gets one of the three domains."),
                CmdletExample("Example 3: A repeatable order", code: "1..5 | Get-Random -Shuffle -SetSeed 42",
                              remarks: "Gets the numbers 1 to 5 in a random order that is the same every time for the seed 42."),
            ],
            inputs: "System.Object", outputs: "System.Int32, System.Int64, System.Double, System.Object"))

    /// SplitMix64: a small generator whose sequence a seed fixes.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    private var parameters = BoundParameters()
    private var items: [PSValue] = []
    /// Input arrived (on the command line or the pipeline): pick from it instead of making a number.
    private var fromInput = false
    private var seeded: SeededGenerator?
    private var system = SystemRandomNumberGenerator()

    required init() {}

    func begin(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        parameters = p
        if let seed = p.int("SetSeed") { seeded = SeededGenerator(state: UInt64(bitPattern: Int64(seed))) }
    }

    func process(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        guard p.has("InputObject") else { return }
        fromInput = true
        if let v = p["InputObject"], !v.isNull { items.append(contentsOf: v.asList) } else if p["InputObject"]?.isNull == true { items.append(.null) }
    }

    private func random(below n: UInt64) -> UInt64 {
        if var g = seeded { defer { seeded = g }; return UInt64.random(in: 0..<n, using: &g) }
        return UInt64.random(in: 0..<n, using: &system)
    }

    private func randomUnit() -> Double {
        if var g = seeded { defer { seeded = g }; return Double.random(in: 0..<1, using: &g) }
        return Double.random(in: 0..<1, using: &system)
    }

    func end(_ runtime: any ShellRuntime) throws {
        let p = parameters
        if fromInput || p.has("InputObject") || p.isPresent("Shuffle") {
            var pool = items
            let count = p.isPresent("Shuffle") ? pool.count : min(p.int("Count") ?? 1, pool.count)
            for _ in 0..<count {
                let i = Int(random(below: UInt64(pool.count)))
                runtime.writeObject(pool.remove(at: i))
            }
            return
        }
        for _ in 0..<(p.int("Count") ?? 1) { runtime.writeObject(try number(p)) }
    }

    static func double(_ v: PSValue) -> Double {
        if case let .double(d)? = try? PSConvert.convert(v, to: .double) { return d }
        return 0
    }

    /// A number from -Minimum up to (not including) -Maximum.
    private func number(_ p: BoundParameters) throws -> PSValue {
        func bound(_ name: String) throws -> PSValue? {
            guard let v = p[name], !v.isNull else { return nil }
            guard let n = PSConvert.toNumber(v) else {
                throw ErrorRecord(message: "Cannot convert value \"\(PSConvert.toString(v))\" to type \"System.Double\".", errorId: "InvalidArgument",
                                  category: .InvalidArgument, target: v, exceptionType: "System.ArgumentException")
            }
            return n
        }
        let minValue = try bound("Minimum"), maxValue = try bound("Maximum")
        func isDouble(_ v: PSValue?) -> Bool {
            switch v {
            case .double?: return true
            case let .number(n)?: return n.type == .single || n.type == .decimal
            default: return false
            }
        }
        func minGreater(_ lo: String, _ hi: String) -> ErrorRecord {
            ErrorRecord(message: "The Minimum value (\(lo)) cannot be greater than or equal to the Maximum value (\(hi)).", errorId: "MinGreaterThanOrEqualMax",
                        category: .InvalidArgument, exceptionType: "System.ArgumentException")
        }
        if isDouble(minValue) || isDouble(maxValue) {
            let lo = minValue.map { GetRandomCommand.double($0) } ?? 0, hi = maxValue.map { GetRandomCommand.double($0) } ?? Double(Int32.max)
            guard lo < hi else { throw minGreater(PSConvert.toString(.double(lo)), PSConvert.toString(.double(hi))) }
            return .double(lo + (hi - lo) * randomUnit())
        }
        let lo = minValue.map { Int64(GetRandomCommand.double($0)) } ?? 0
        let hi = maxValue.map { Int64(GetRandomCommand.double($0)) } ?? Int64(Int32.max)
        guard lo < hi else { throw minGreater(String(lo), String(hi)) }
        let span = UInt64(bitPattern: hi &- lo)
        return .int(Int(lo &+ Int64(bitPattern: random(below: span))))
    }
}
