import CsCore

/// How the pages word the settings' values, as Lync's Control Panel does ("Public verified", "Not
/// supported"); the forms submit the cmdlets' enum names.
enum Display {
    static let partnerTypes = ["Federated", "PublicVerified", "PublicUnverified"]
    static let negotiations = ["Required", "Optional", "NotSupported"]
    static let booleans = ["True", "False"]

    static func label(_ name: String) -> String {
        switch name {
        case "PublicVerified": return "Public verified"
        case "PublicUnverified": return "Public unverified"
        case "NotSupported": return "Not supported"
        default: return name
        }
    }

    /// A drop-down of `choices` (enum names) with `selected` chosen.
    static func select(_ name: String, _ choices: [String], selected: String?, disabled: Bool, invalid: Bool) -> HTML {
        let options = choices.map { c -> HTML in
            "<option value=\"\(c)\"\(HTML.attribute("selected", if: c.equalsIgnoringCase(selected ?? "")))>\(label(c))</option>"
        }
        return """
            <select id="\(name)" name="\(name)"\(HTML.attribute("disabled", if: disabled))\(HTML.attribute("aria-invalid=\"true\"", if: invalid))>\(options)</select>
            """
    }
}
