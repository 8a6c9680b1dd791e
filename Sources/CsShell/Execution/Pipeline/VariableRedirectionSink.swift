import CsCore

/// What a `>` redirection writes into, finished when its pipeline ends.
protocol RedirectionSink: OutputSink {
    func finish()
}

extension OutDefaultSink: RedirectionSink {}

/// `> variable:name` / `>> variable:name`: the output objects themselves become the variable's value
/// (appended to its value with `>>`), as PowerShell's variable provider takes them.
final class VariableRedirectionSink: RedirectionSink {
    let name: String
    let append: Bool
    let variables: VariableTable
    private var values: [PSValue] = []

    init(name: String, append: Bool, variables: VariableTable) {
        self.name = name
        self.append = append
        self.variables = variables
    }

    /// The variable a redirection target names (`variable:a`), or nil for a file.
    static func variableName(_ target: String) -> String? {
        guard target.count > 9, target.prefix(9).lowercased() == "variable:" else { return nil }
        return String(target.dropFirst(9))
    }

    func write(_ value: PSValue) { values.append(value) }

    func finish() {
        var all = values
        if append, let old = variables.get(name) {
            if case let .array(items) = old { all = items + values } else if !old.isNull { all = [old] + values }
        }
        let value: PSValue = all.count == 1 && !append ? all[0] : .array(all)
        try? variables.set(name, value)
    }
}
