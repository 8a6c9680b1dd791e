import CsCore
import CsLanguage
import Foundation

extension Interpreter {
    /// `switch`: for each value (an array's elements, a file's lines), every clause whose pattern matches
    /// runs with `$_` set to the value; `default` runs when none did. `break` ends the switch, `continue`
    /// moves to the next value.
    func executeSwitch(_ node: SwitchAst, output: OutputSink) throws {
        var values: [PSValue]
        switch node.input {
        case let .file(file):
            let path = FileSystemPath.resolve(PSConvert.toString(try evaluate(file)))
            // Read as Get-Content reads: the encoding from a byte-order mark, lines at \r\n, \n or \r.
            guard let bytes = TextFile.read(path) else {
                throw failure("Cannot find path '\(path)' because it does not exist.", id: "PathNotFound", category: .ObjectNotFound,
                              at: file.range, target: .string(path), exceptionType: "System.Management.Automation.ItemNotFoundException")
            }
            values = TextFile.lines(TextEncoding.decode(bytes).text).map { .string($0) }
        case let .value(pipeline):
            let v = try evaluate(pipeline)
            if case let .array(a) = v { values = a } else { values = [v] }
        }
        let saved = session.variables.get("_")
        defer { session.variables.setLocal("_", saved ?? .null) }
        do {
            for item in values {
                do {
                    session.variables.setLocal("_", item)
                    var matched = false
                    for clause in node.clauses where try switchMatches(clause.pattern, item, node) {
                        matched = true
                        session.variables.setLocal("_", item)
                        try execute(clause.body.statements, output: output)
                    }
                    if !matched, let d = node.defaultBody {
                        session.variables.setLocal("_", item)
                        try execute(d.statements, output: output)
                    }
                } catch let FlowControl.continueLoop(l) where l == nil || l!.equalsIgnoringCase(node.label ?? "") {
                    continue
                }
            }
        } catch let FlowControl.breakLoop(l) where l == nil || l!.equalsIgnoringCase(node.label ?? "") {
            return
        }
    }

    private func switchMatches(_ pattern: ExpressionAst, _ item: PSValue, _ node: SwitchAst) throws -> Bool {
        if case let .scriptBlock(ast) = pattern {
            return PSConvert.isTrue(try invokeForValue(ScriptBlock(ast: ast, source: source), dollarUnder: item))
        }
        let value = try evaluate(pattern)
        let cs = node.caseSensitive
        switch node.mode {
        case .equality:
            return Comparison.equals(item, value, caseSensitive: cs)
        case .wildcard:
            return WildcardPattern(PSConvert.toString(value), caseSensitive: cs).matches(PSConvert.toString(item))
        case .regex:
            return PSConvert.isTrue(try binary(.comparison(.match, cs ? .sensitive : .default), .string(PSConvert.toString(item)), value, at: pattern.range))
        }
    }
}
