import CsCore
import Foundation

/// System.Management.Automation.ScopedItemOptions: what Set-Variable -Option gives a variable.
struct VariableOptions: OptionSet, Sendable {
    let rawValue: Int
    static let readOnly = VariableOptions(rawValue: 1)
    static let constant = VariableOptions(rawValue: 2)
    static let `private` = VariableOptions(rawValue: 4)
    static let allScope = VariableOptions(rawValue: 8)

    static let names: [(String, VariableOptions)] = [("ReadOnly", .readOnly), ("Constant", .constant), ("Private", .private), ("AllScope", .allScope)]

    /// The flags as .NET prints them: `None`, `ReadOnly, Private`.
    var text: String {
        let set = VariableOptions.names.filter { contains($0.1) }.map(\.0)
        return set.isEmpty ? "None" : set.joined(separator: ", ")
    }

    /// Options from text such as `ReadOnly`, `ReadOnly, Private` or a list; nil for an unknown name.
    init?(text: String) {
        var o: VariableOptions = []
        for part in text.split(separator: ",") {
            let name = part.trimmingCharacters(in: .whitespaces)
            if name.isEmpty || name.equalsIgnoringCase("None") || name.equalsIgnoringCase("Unspecified") { continue }
            guard let match = VariableOptions.names.first(where: { $0.0.equalsIgnoringCase(name) }) else { return nil }
            o.insert(match.1)
        }
        self = o
    }

    init(rawValue: Int) { self.rawValue = rawValue }
}
