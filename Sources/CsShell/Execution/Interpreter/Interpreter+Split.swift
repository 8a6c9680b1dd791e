import CsCore
import CsLanguage
import Foundation

// `-split` with its full right operand: `pattern [, limit [, options]]` or `{ predicate } [, limit]`.
// A positive limit caps the number of substrings from the left, a negative one from the right (the
// first substring keeps what is left over); captured groups of the pattern join the result.
extension Interpreter {
    /// The options `-split` accepts (System.Management.Automation.SplitOptions).
    struct SplitOptions: OptionSet {
        let rawValue: Int
        static let simpleMatch = SplitOptions(rawValue: 1)
        static let regexMatch = SplitOptions(rawValue: 2)
        static let cultureInvariant = SplitOptions(rawValue: 4)
        static let ignorePatternWhitespace = SplitOptions(rawValue: 8)
        static let multiline = SplitOptions(rawValue: 16)
        static let singleline = SplitOptions(rawValue: 32)
        static let ignoreCase = SplitOptions(rawValue: 64)
        static let explicitCapture = SplitOptions(rawValue: 128)

        static let names: [(String, SplitOptions)] = [
            ("SimpleMatch", .simpleMatch), ("RegexMatch", .regexMatch), ("CultureInvariant", .cultureInvariant),
            ("IgnorePatternWhitespace", .ignorePatternWhitespace), ("Multiline", .multiline), ("Singleline", .singleline),
            ("IgnoreCase", .ignoreCase), ("ExplicitCapture", .explicitCapture), ("None", []),
        ]
    }

    func split(_ l: PSValue, _ r: PSValue, caseSensitive cs: Bool, at range: SourceRange) throws -> PSValue {
        let items = r.asList
        var limit = 0
        if items.count > 1, let n = try PSConvert.convert(items[1], to: .int32).integerValue { limit = n }
        let options = items.count > 2 ? try splitOptions(items[2], at: range) : []
        let inputs = l.asList.map { PSConvert.toString($0) }
        if case let .scriptBlock(sb)? = items.first, let block = sb as? ScriptBlock {
            if !options.isEmpty {
                throw failure("Cannot use split options with a script block.", id: "InvalidSplitOptionWithPredicate",
                              category: .InvalidOperation, at: range)
            }
            return .array(try inputs.flatMap { try splitByPredicate($0, block, limit: limit) }.map { .string($0) })
        }
        let pattern = items.first.map { PSConvert.toString($0) } ?? " "
        let re: NSRegularExpression
        if options.isEmpty {
            re = try regex(pattern, caseSensitive: cs, at: range)
        } else {
            var ns: NSRegularExpression.Options = []
            if !cs || options.contains(.ignoreCase) { ns.insert(.caseInsensitive) }
            if options.contains(.multiline) { ns.insert(.anchorsMatchLines) }
            if options.contains(.singleline) { ns.insert(.dotMatchesLineSeparators) }
            if options.contains(.ignorePatternWhitespace) { ns.insert(.allowCommentsAndWhitespace) }
            var text = options.contains(.simpleMatch) ? NSRegularExpression.escapedPattern(for: pattern) : pattern
            if options.contains(.explicitCapture) { text = Interpreter.withoutUnnamedGroups(text) }
            do { re = try NSRegularExpression(pattern: RegexDialect.icu(text), options: ns) } catch {
                throw failure("The regular expression pattern \(pattern) is not valid.", id: "InvalidRegularExpression",
                              category: .InvalidOperation, at: range, target: .string(pattern))
            }
        }
        return .array(inputs.flatMap { Interpreter.regexSplit($0, re, limit: limit) }.map { .string($0) })
    }

    /// The options operand: names separated by commas (`'Singleline,Multiline'`) or a number.
    private func splitOptions(_ v: PSValue, at range: SourceRange) throws -> SplitOptions {
        var options: SplitOptions = []
        if let n = v.integerValue {
            options = SplitOptions(rawValue: n)
        } else {
            for raw in PSConvert.toString(v).split(separator: ",") {
                let name = raw.trimmingCharacters(in: .whitespaces)
                guard let o = SplitOptions.names.first(where: { $0.0.equalsIgnoringCase(name) }) else {
                    let valid = SplitOptions.names.map(\.0).joined(separator: ", ")
                    throw failure("Cannot convert value \"\(name)\" to type \"System.Management.Automation.SplitOptions\". Error: \"Unable to match the identifier name \(name) to a valid enumerator name. Specify one of the following enumerator names and try again:\n\(valid)\"",
                                  id: "InvalidCastFromStringToEnum", category: .InvalidArgument, at: range)
                }
                options.formUnion(o.1)
            }
        }
        if options.contains(.simpleMatch) && !options.subtracting([.simpleMatch, .ignoreCase]).isEmpty {
            throw failure("Cannot split the string because SimpleMatch cannot be combined with options other than IgnoreCase.",
                          id: "InvalidSplitOptionCombination", category: .InvalidOperation, at: range)
        }
        return options
    }

    /// Splits at each character for which the predicate (`$_` the [char]) is true.
    private func splitByPredicate(_ s: String, _ block: ScriptBlock, limit: Int) throws -> [String] {
        let units = Array(s.utf16)
        var cuts: [Int] = []
        for (i, c) in units.enumerated() where PSConvert.isTrue(try invokeForValue(block, dollarUnder: .number(.char(c)))) {
            cuts.append(i)
        }
        if limit > 0 { cuts = Array(cuts.prefix(limit - 1)) }
        if limit < 0 { cuts = Array(cuts.suffix(-limit - 1)) }
        var parts: [String] = []
        var last = 0
        for c in cuts {
            parts.append(String(decoding: units[last..<c], as: UTF16.self))
            last = c + 1
        }
        parts.append(String(decoding: units[last...], as: UTF16.self))
        return parts
    }

    /// Regex.Split: the substrings between matches and the groups each match captures; a positive
    /// limit keeps the first limit-1 matches, a negative one the last.
    static func regexSplit(_ s: String, _ re: NSRegularExpression, limit: Int) -> [String] {
        var matches = re.matches(in: s, range: NSRange(s.startIndex..., in: s))
        if limit > 0 { matches = Array(matches.prefix(limit - 1)) }
        if limit < 0 { matches = Array(matches.suffix(-limit - 1)) }
        var parts: [String] = []
        var last = s.startIndex
        for m in matches {
            guard let r = Range(m.range, in: s) else { continue }
            if r.isEmpty && r.lowerBound == last { continue }
            parts.append(String(s[last..<r.lowerBound]))
            for g in 1..<max(1, m.numberOfRanges) {
                if let gr = Range(m.range(at: g), in: s) { parts.append(String(s[gr])) }
            }
            last = r.upperBound
        }
        parts.append(String(s[last...]))
        return parts
    }

    /// A pattern whose unnamed groups `( … )` capture nothing (RegexOptions.ExplicitCapture).
    static func withoutUnnamedGroups(_ p: String) -> String {
        var out = ""
        var escaped = false, inClass = false
        var chars = Array(p)[...]
        while let c = chars.popFirst() {
            out.append(c)
            if escaped { escaped = false; continue }
            switch c {
            case "\\": escaped = true
            case "[": inClass = true
            case "]": inClass = false
            case "(" where !inClass && chars.first != "?": out.append("?:")
            default: break
            }
        }
        return out
    }
}
