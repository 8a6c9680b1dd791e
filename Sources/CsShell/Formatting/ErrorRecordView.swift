import CsCore

/// Renders an error record as PowerShell's error views do. NormalView (the default) is Windows
/// PowerShell 5.1's layout: `Command : message`, the `At line:N char:M` block, then CategoryInfo and
/// FullyQualifiedErrorId; a record with no command starts with its message (contract.md).
enum ErrorRecordView {
    static func render(_ r: ErrorRecord, view: String, singleLine: Bool, color: Bool) -> String {
        var text: String
        switch view.lowercased() {
        case "categoryview":
            text = r.categoryInfo + "\n"
        case "conciseview":
            text = concise(r, singleLine: singleLine)
        default:
            text = normal(r, singleLine: singleLine)
        }
        // A message or source line may carry what a user typed or a file held: never let it drive the terminal.
        text = text.withVisibleControlCharacters
        if color { text = "\u{1B}[31m" + text.dropLast() + "\u{1B}[0m\n" }
        return text
    }

    static func normal(_ r: ErrorRecord, singleLine: Bool) -> String {
        let shown = r.invocationName ?? r.activity
        let prefix = shown.isEmpty ? "" : shown + " : "
        var lines = [prefix + r.message]
        if singleLine { return lines.joined(separator: "\n") + "\n" }
        if let p = r.position { lines.append(positionMessage(p)) }
        lines.append("    + CategoryInfo          : " + r.categoryInfo)
        lines.append("    + FullyQualifiedErrorId : " + r.fullyQualifiedErrorId)
        return lines.joined(separator: "\n") + "\n"
    }

    /// `At line:N char:M` / `+ source` / `+ ~~~~` (ParserStrings TextForPositionMessage).
    static func positionMessage(_ p: ErrorPosition) -> String {
        let whereText = p.file.map { "At \($0):\(p.line) char:\(p.column)" } ?? "At line:\(p.line) char:\(p.column)"
        let available = max(1, p.lineText.count - (p.column - 1))
        let marks = String(repeating: "~", count: max(1, min(p.length, available)))
        return whereText + "\n+ " + p.lineText + "\n+ " + String(repeating: " ", count: max(0, p.column - 1)) + marks
    }

    /// pwsh 7's ConciseView.
    static func concise(_ r: ErrorRecord, singleLine: Bool) -> String {
        let shown = r.invocationName ?? r.activity
        let label = shown.isEmpty ? (r.exceptionType.hasSuffix("ParseException") ? "ParserError" : "Exception") : shown
        guard !singleLine, let p = r.position else { return "\(label): \(r.message)\n" }
        var lines = ["\(label): \(p.file.map { "\($0):\(p.line)" } ?? "")"]
        let num = String(p.line)
        let pad = String(repeating: " ", count: max(0, 4 - num.count))
        lines.append("Line |")
        lines.append(pad + num + " | " + p.lineText)
        let gutter = "     | "
        let available = max(1, p.lineText.count - (p.column - 1))
        lines.append(gutter + String(repeating: " ", count: max(0, p.column - 1)) + String(repeating: "~", count: max(1, min(p.length, available))))
        for m in r.message.split(separator: "\n", omittingEmptySubsequences: false) { lines.append(gutter + m) }
        return lines.joined(separator: "\n") + "\n"
    }
}
