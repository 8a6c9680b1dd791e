import CsCore

/// Out-Default: what reaches the end of a top-level pipeline, formatted (per statement) to stdout.
final class OutDefaultSink: OutputSink {
    let session: Session
    private let emit: (String) -> Void
    private let width: Int
    private var formatter: OutputFormatter?

    init(session: Session, width: Int? = nil, emit: ((String) -> Void)? = nil) {
        self.session = session
        self.width = width ?? session.host.outputWidth
        self.isConsole = emit == nil
        self.emit = emit ?? { [unowned session] in session.host.writeOut($0) }
    }

    private let isConsole: Bool
    /// True for the console's own output (not a redirection).
    var writesToConsole: Bool { isConsole && session.host.stdoutIsTerminal }

    private func current() -> OutputFormatter {
        if let f = formatter { return f }
        let out = ClosureLineOutput(width: width) { [emit] line in emit(line + "\n") }
        let f = OutputFormatter(output: out, options: OutputFormatterOptions(enumerationLimit: session.enumerationLimit, registry: session.formatViews))
        formatter = f
        return f
    }

    func write(_ value: PSValue) {
        if let r = ErrorRecordObject.record(from: value) {
            formatter?.finish()
            formatter = nil
            emit(ErrorRecordView.render(r, view: session.errorView, singleLine: false, color: false))
            return
        }
        // Merged warning, verbose and debug records reach the console with their prefix.
        if isConsole, case let .object(o) = value, let t = o.typeNames.first, let prefix = InformationalRecord.prefixes[t] {
            formatter?.finish()
            formatter = nil
            emit(prefix + o.toPSString() + "\n")
            return
        }
        current().write(value)
    }

    /// All of `values` as the console would show them at `width` columns (Out-String, Out-File):
    /// the formatter's tables and lists, and error records (merged with `2>&1`) in the error view.
    static func render(_ values: [PSValue], session: Session, width: Int) -> String {
        var text = ""
        let sink = OutDefaultSink(session: session, width: width) { text += $0 }
        for v in values { sink.write(v) }
        sink.finish()
        return text
    }

    /// Out-String -NoNewline and Out-File -NoNewline: the formatted lines of `values` joined without
    /// line ends; a string's own line breaks stay (PowerShell writes a string as one line of output).
    static func renderWithoutNewlines(_ values: [PSValue], session: Session, width: Int) -> String {
        var text = ""
        var run: [PSValue] = []
        func flush() {
            guard !run.isEmpty else { return }
            text += render(run, session: session, width: width).replacingOccurrences(of: "\n", with: "")
            run.removeAll()
        }
        for v in values {
            if case let .string(s) = v { flush(); text += s } else { run.append(v) }
        }
        flush()
        return text
    }

    /// Ends one statement's output block.
    func finish() {
        formatter?.finish()
        formatter = nil
        if isConsole { session.host.flush() }
    }
}
