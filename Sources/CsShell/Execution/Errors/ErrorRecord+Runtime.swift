import CsCore
import CsLanguage

extension ErrorPosition {
    /// Where `range` of `source` is, as error records show it: its first line, underlined from the
    /// range's start to its end (to the end of that line when the range goes on to others).
    init(_ range: SourceRange, in source: SourceText) {
        let (line, column) = source.location(of: range.start)
        let (endLine, _) = source.location(of: max(range.start, range.end - 1))
        let lineText = source.lineText(line)
        let length = endLine == line ? max(1, range.end - range.start) : max(1, lineText.count - column + 1)
        self.init(file: source.file, line: line, column: column, lineText: lineText, length: length)
    }
}

extension ErrorRecord {
    /// A parse error as a record: nothing ran; its position is where the parser stopped.
    static func parseError(_ e: ParseError, in source: SourceText) -> ErrorRecord {
        var r = runtime(e.message, id: e.errorId, category: .ParserError,
                        exceptionType: "System.Management.Automation.ParentContainsErrorRecordException")
        r.position = ErrorPosition(e.range, in: source)
        return r
    }

    /// A name that is no cmdlet, function, script or program (pwsh 7's wording, contract.md).
    static func commandNotFound(_ name: String) -> ErrorRecord {
        runtime("The term '\(name)' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again.",
                id: "CommandNotFoundException", category: .ObjectNotFound, target: .string(name),
                exceptionType: "System.Management.Automation.CommandNotFoundException")
    }
}
