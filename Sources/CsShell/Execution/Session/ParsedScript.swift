import CsCore
import CsLanguage

/// Script text parsed for running: its tree, and the source its errors quote, with the literal values
/// of secret parameters masked (SecretArguments). Command lines, scripts and script files are all
/// parsed through here.
struct ParsedScript {
    let ast: ScriptBlockAst
    let source: SourceText

    /// Text that did not parse, with the source its error quotes (secrets masked).
    struct Failure: Error {
        let error: ParseError
        let source: SourceText
        var record: ErrorRecord { .parseError(error, in: source) }
    }

    init(_ source: SourceText, registry: CommandRegistry) throws(Failure) {
        do {
            ast = try Parser.parse(source)
        } catch {
            throw Failure(error: error, source: SecretArguments.masking(source, ast: nil, registry: registry))
        }
        self.source = SecretArguments.masking(source, ast: ast, registry: registry)
    }
}

extension SourceText {
    /// The text gives a secret parameter a literal value: it is kept in no history.
    var containsSecret: Bool { !redactions.isEmpty }
}
