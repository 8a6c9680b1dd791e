// Case-insensitive string helpers used everywhere PowerShell compares names: variables, parameters,
// properties, hashtable keys, identities. ASCII is compared without allocating; anything else falls
// back to Unicode lower-casing.

extension String {
    /// True when the two strings are equal ignoring case (PowerShell's OrdinalIgnoreCase).
    @inlinable
    public func equalsIgnoringCase(_ other: String) -> Bool {
        var a = self.utf8.makeIterator()
        var b = other.utf8.makeIterator()
        while true {
            switch (a.next(), b.next()) {
            case (nil, nil):
                return true
            case let (x?, y?):
                if x == y { continue }
                if x >= 0x80 || y >= 0x80 { return self.lowercased() == other.lowercased() }
                if String.asciiLower(x) != String.asciiLower(y) { return false }
            default:
                // Different byte lengths: only non-ASCII text can still be equal when folded.
                if self.utf8.contains(where: { $0 >= 0x80 }) || other.utf8.contains(where: { $0 >= 0x80 }) {
                    return self.lowercased() == other.lowercased()
                }
                return false
            }
        }
    }

    /// True when `self` starts with `prefix`, ignoring case.
    @inlinable
    public func hasPrefixIgnoringCase(_ prefix: String) -> Bool {
        if prefix.isEmpty { return true }
        var a = self.utf8.makeIterator()
        for y in prefix.utf8 {
            guard let x = a.next() else { return false }
            if x == y { continue }
            if x >= 0x80 || y >= 0x80 { return self.lowercased().hasPrefix(prefix.lowercased()) }
            if String.asciiLower(x) != String.asciiLower(y) { return false }
        }
        return true
    }

    /// The key under which a case-insensitive dictionary stores this string.
    @inlinable
    public var caseFoldedKey: String {
        // Performance: every variable, parameter and property lookup folds its name. One pass over the
        // contiguous bytes; ASCII upper case is folded by hand, only non-ASCII text takes lowercased().
        let folded: String?? = self.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            var upper = false
            for b in bytes {
                if b >= 0x80 { return nil }
                if b >= 0x41 && b <= 0x5A { upper = true }
            }
            if !upper { return self }
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                for i in 0..<bytes.count { out[i] = String.asciiLower(bytes[i]) }
                return bytes.count
            }
        }
        if let f = folded, let s = f { return s }
        if !self.utf8.contains(where: { ($0 >= 0x41 && $0 <= 0x5A) || $0 >= 0x80 }) { return self }
        return self.lowercased()
    }

    @inlinable
    static func asciiLower(_ c: UInt8) -> UInt8 { (c >= 0x41 && c <= 0x5A) ? c + 0x20 : c }
}
