#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// C copies of optional Swift strings for libpq's `const char *const *` arguments; nil stays NULL
/// (SQL NULL for a parameter). Frees its copies when it goes away.
final class CStringArray {
    private let owned: [UnsafeMutablePointer<CChar>?]
    let pointers: [UnsafePointer<CChar>?]

    /// Fails when a string holds a NUL character: C would cut it there without a word.
    init?(_ strings: [String?]) {
        guard !strings.contains(where: { $0?.utf8.contains(0) ?? false }) else { return nil }
        owned = strings.map { $0.flatMap { strdup($0) } }
        pointers = owned.map { $0.map { UnsafePointer($0) } }
    }

    deinit {
        for p in owned { free(p) }
    }
}
