import CsCore
import CsLanguage

/// A function or filter defined by a script.
struct FunctionInfo {
    let name: String
    let ast: FunctionAst
    let source: SourceText

    /// Parameters from `function f($a)` or from a `param()` block in the body.
    var parameters: [ParameterAst] { ast.parameters.isEmpty ? ast.body.parameters : ast.parameters }
}
