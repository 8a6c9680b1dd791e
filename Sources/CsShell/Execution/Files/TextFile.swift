import CsCore
import CsLanguage
import Foundation

/// Text files: written as Out-File and `>` write them (UTF-8 without BOM unless told otherwise, `\n` line
/// ends; appending to a non-empty file writes no byte-order mark), read and split into lines as
/// Get-Content and `switch -File` read them.
enum TextFile {
    static func write(_ text: String, to path: String, append: Bool, encoding: TextEncoding = .default) throws {
        let url = URL(fileURLWithPath: path)
        if append, let h = try? FileHandle(forWritingTo: url) {
            defer { try? h.close() }
            let end = try h.seekToEnd()
            try h.write(contentsOf: Data((end == 0 ? encoding.preamble : []) + encoding.encode(text)))
            return
        }
        do {
            try Data(encoding.preamble + encoding.encode(text)).write(to: url)
        } catch {
            throw TextFileError.writeFailure(path)
        }
    }

    /// The file's bytes; nil when there is no such file (or it is a folder).
    static func read(_ path: String) -> [UInt8]? {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue,
              let d = FileManager.default.contents(atPath: path) else { return nil }
        return [UInt8](d)
    }

    /// Lines split at `\r\n`, `\n` or `\r`; a final line break does not start another line.
    static func lines(_ text: String) -> [String] {
        var out: [String] = []
        var current = String.UnicodeScalarView()
        var lastWasCR = false
        for sc in text.unicodeScalars {
            if sc == "\n" {
                if lastWasCR { lastWasCR = false; continue }
                out.append(String(current)); current = String.UnicodeScalarView()
            } else if sc == "\r" {
                out.append(String(current)); current = String.UnicodeScalarView()
                lastWasCR = true
                continue
            } else {
                current.append(sc)
            }
            lastWasCR = false
        }
        if !current.isEmpty { out.append(String(current)) }
        return out
    }
}
