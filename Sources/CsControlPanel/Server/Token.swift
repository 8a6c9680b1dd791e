/// Random tokens for sign-in links, session ids and CSRF tokens.
enum Token {
    /// 32 bytes from the system's CSPRNG (getrandom on Linux), as 64 lowercase hex digits.
    static func random() -> String {
        var generator = SystemRandomNumberGenerator()
        var hex = ""
        hex.reserveCapacity(64)
        for _ in 0..<4 {
            let word = generator.next() as UInt64
            let digits = String(word, radix: 16)
            hex += String(repeating: "0", count: 16 - digits.count) + digits
        }
        return hex
    }

    /// Compares in time that depends only on the lengths, not on where the strings differ.
    static func matches(_ given: some StringProtocol, _ expected: String) -> Bool {
        let a = Array(given.utf8)
        let b = Array(expected.utf8)
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }
}
