import CsCore
import CsLanguage

/// A script block value: its syntax tree and the source it came from (for error positions).
final class ScriptBlock: PSScriptBlock {
    let ast: ScriptBlockAst
    let source: SourceText
    /// The block's command declaration, built on its first call (Interpreter.scriptCommand).
    var command: ScriptCommand?

    init(ast: ScriptBlockAst, source: SourceText) {
        self.ast = ast
        self.source = source
    }

    var text: String { ast.text }
}
