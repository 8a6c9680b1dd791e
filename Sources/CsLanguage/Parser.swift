// Placeholder until the parser lands: the entry point the shell calls.
public struct Parser {
    /// Parses a whole script.
    public static func parse(_ source: SourceText) throws(ParseError) -> ScriptBlockAst {
        throw ParseError(errorId: "NotImplemented", message: "The parser is not built yet.", range: .empty)
    }
}
