import CEditLine
import Foundation

/// Line editing on libedit: emacs key bindings, history recall (Up/Down, Ctrl-R), Tab completion,
/// UTF-8 input. The only code that touches CEditLine. Ctrl-C is told from Ctrl-D by el_gets' count.
final class EditLineReader: LineReader {
    typealias Completer = (_ line: String, _ cursor: Int) -> Completion

    /// Candidates for the word ending at the cursor: the word's start (in characters) and its replacements.
    struct Completion {
        var replaceFrom: Int
        var candidates: [String]
        /// Text shown in the list for each candidate (defaults to the candidate).
        var displays: [String]? = nil
    }

    private let el: OpaquePointer
    private let history: OpaquePointer
    private var event = HistEvent()
    private var promptBuffer: UnsafeMutablePointer<CChar>
    private var promptCapacity = 256
    var completer: Completer?
    /// Width of the terminal, for laying out completion lists.
    var width: () -> Int = { 80 }

    init?(program: String = "csshell", historySize: Int32 = 4096) {
        cel_set_locale()
        guard let e = cel_init(program) else { return nil }
        el = e
        history = history_init()
        promptBuffer = .allocate(capacity: promptCapacity)
        promptBuffer.initialize(to: 0)
        _ = cel_history_setsize(history, &event, historySize)
        _ = cel_history_setunique(history, &event, 1)
        _ = cel_set_hist(el, history)
        _ = cel_set_editor(el, "emacs")
        _ = cel_set_signal(el, 1)
        _ = cel_set_clientdata(el, Unmanaged.passUnretained(self).toOpaque())
        _ = cel_set_prompt(el) { el in
            guard let el, let data = cel_get_clientdata(el) else { return nil }
            return Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue().promptBuffer
        }
        _ = cel_add_function(el, "csshell-complete", "Complete the word before the cursor") { el, _ in
            guard let el, let data = cel_get_clientdata(el) else { return UInt8(CC_ERROR) }
            return Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue().complete()
        }
        _ = cel_bind_key(el, "^I", "csshell-complete")
        _ = cel_bind_key(el, "^R", "em-inc-search-prev")
        _ = cel_bind_key(el, "^S", "em-inc-search-next")
        _ = cel_bind_key(el, "\\e[1;5C", "em-next-word")
        _ = cel_bind_key(el, "\\e[1;5D", "ed-prev-word")
        _ = cel_bind_key(el, "\\e[3~", "ed-delete-next-char")
        _ = cel_bind_key(el, "\\e[H", "ed-move-to-beg")
        _ = cel_bind_key(el, "\\e[F", "ed-move-to-end")
    }

    deinit {
        el_end(el)
        history_end(history)
        promptBuffer.deallocate()
    }

    private func setPrompt(_ text: String) {
        let bytes = Array(text.utf8)
        if bytes.count + 1 > promptCapacity {
            promptBuffer.deallocate()
            promptCapacity = bytes.count + 1
            promptBuffer = .allocate(capacity: promptCapacity)
        }
        for (i, b) in bytes.enumerated() { promptBuffer[i] = CChar(bitPattern: b) }
        promptBuffer[bytes.count] = 0
    }

    func readLine(prompt: String) -> ReadResult {
        setPrompt(prompt)
        var count: Int32 = 0
        InterruptFlag.clear()
        guard let p = el_gets(el, &count) else {
            // Decide by count, never by errno: -1 is an interrupted read (Ctrl-C), 0 the end of input.
            // Inside an incremental search (Ctrl-R) libedit reports Ctrl-C as the end of input too;
            // the SIGINT flag, cleared before reading, tells the two apart.
            return count == -1 || InterruptFlag.isSet ? .interrupted : .endOfFile
        }
        var line = String(cString: p)
        if line.hasSuffix("\n") { line.removeLast() }
        return .line(line)
    }

    func addHistory(_ line: String) {
        // An ASCII character other than a space or tab means "not blank", without Foundation's costly
        // trimmingCharacters (called for each of up to 4,096 entries before the first prompt).
        let plainlyNotBlank = line.utf8.contains { $0 < 0x80 && $0 != 0x20 && $0 != 0x09 }
        guard plainlyNotBlank || !line.trimmingCharacters(in: .whitespaces).isEmpty else { return }
        _ = cel_history_enter(history, &event, line)
    }


    // MARK: Completion

    private func complete() -> UInt8 {
        guard let completer, let info = el_line(el)?.pointee, let start = info.buffer else { return UInt8(CC_ERROR) }
        let beforeCursor = Data(bytes: start, count: info.cursor - start)
        let text = String(decoding: beforeCursor, as: UTF8.self)
        let lineLength = info.lastchar - start
        let whole = String(decoding: Data(bytes: start, count: lineLength), as: UTF8.self)
        let result = completer(whole, text.count)
        guard !result.candidates.isEmpty else { return UInt8(CC_REFRESH_BEEP) }
        let typed = String(Array(text)[min(result.replaceFrom, text.count)...])
        let common = EditLineReader.commonPrefix(result.candidates)
        let insertion: String
        if result.candidates.count == 1 {
            insertion = result.candidates[0]
        } else if common.count > typed.count || !common.hasPrefix(typed) && !common.isEmpty {
            insertion = common
        } else {
            insertion = typed
        }
        if insertion != typed {
            el_deletestr(el, Int32(typed.count))
            _ = el_insertstr(el, insertion)
        }
        if result.candidates.count > 1 {
            showList(result.displays ?? result.candidates)
            return UInt8(CC_REDISPLAY)
        }
        return UInt8(CC_REFRESH)
    }

    private func showList(_ items: [String]) {
        let w = max(20, width())
        let col = (items.map(\.count).max() ?? 0) + 2
        let perLine = max(1, w / col)
        var out = "\n"
        for (i, item) in items.enumerated() {
            out += item.padding(toLength: col, withPad: " ", startingAt: 0)
            if (i + 1) % perLine == 0 || i == items.count - 1 {
                while out.hasSuffix(" ") { out.removeLast() }
                out += "\n"
            }
        }
        ConsoleHostIO.writeAll(1, Array(out.utf8))
    }

    /// The longest common prefix, compared ignoring case (completion rewrites case anyway).
    static func commonPrefix(_ items: [String]) -> String {
        guard var prefix = items.first.map(Array.init) else { return "" }
        for s in items.dropFirst() {
            let a = Array(s)
            var n = 0
            while n < prefix.count && n < a.count && String(prefix[n]).lowercased() == String(a[n]).lowercased() { n += 1 }
            prefix = Array(prefix[..<n])
        }
        return String(prefix)
    }
}
