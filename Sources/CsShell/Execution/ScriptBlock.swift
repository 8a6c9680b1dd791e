import CsCmdlets
import CsLanguage

/// A script block value: its syntax tree and the source it came from (for error positions).
final class ScriptBlock: PSScriptBlock {
    let ast: ScriptBlockAst
    let source: SourceText

    init(ast: ScriptBlockAst, source: SourceText) {
        self.ast = ast
        self.source = source
    }

    var text: String { ast.text }
}

/// A function or filter defined by a script.
struct FunctionInfo {
    let name: String
    let ast: FunctionAst
    let source: SourceText

    /// Parameters from `function f($a)` or from a `param()` block in the body.
    var parameters: [ParameterAst] { ast.parameters.isEmpty ? ast.body.parameters : ast.parameters }
}
