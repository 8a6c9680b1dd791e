import CsCore
import CsLanguage

/// A function or filter defined by a script.
struct FunctionInfo {
    let name: String
    let ast: FunctionAst
    let source: SourceText
    /// The body as a script block, made once so that its command declaration is built once; parameters
    /// written `function f($a)` are its parameters.
    let block: ScriptBlock

    init(name: String, ast: FunctionAst, source: SourceText) {
        self.name = name
        self.ast = ast
        self.source = source
        var body = ast.body
        if !ast.parameters.isEmpty { body.parameters = ast.parameters }
        block = ScriptBlock(ast: body, source: source)
    }

    /// Parameters from `function f($a)` or from a `param()` block in the body.
    var parameters: [ParameterAst] { block.ast.parameters }
}
