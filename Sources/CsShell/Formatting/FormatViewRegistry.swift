// Per-type views: what PowerShell's format.ps1xml files (and Lync's) declare. A value whose type name
// has a view is shown that way; everything else falls back to the property-count rule (≤ 4 → table,
// ≥ 5 → list). Extend with `registry.register(.list(ListView(…)), for: "Type.Name")`.

import CsCore

public struct TableView {
    public var columns: [FormatColumn]
    /// Size every column from the rows (the view's `autoSize: true`).
    public var autoSize: Bool
    /// A property whose value heads each group (`   TypeName: X` for Get-Member); a change of value
    /// starts a new table under a new group header.
    public var groupBy: (property: String, label: String)?
    /// The group line for a group value, when the view's is not `   Label: value` (a custom control).
    public var groupHeader: ((String) -> String)?

    public init(columns: [FormatColumn], autoSize: Bool = false, groupBy: (property: String, label: String)? = nil) {
        self.columns = columns
        self.autoSize = autoSize
        self.groupBy = groupBy
    }
}

public struct ListView {
    /// The lines to show; nil shows every property in the object's order.
    public var columns: [FormatColumn]?
    public init(columns: [FormatColumn]? = nil) { self.columns = columns }
}

public enum FormatView {
    case table(TableView)
    case list(ListView)

    public var isTable: Bool { if case .table = self { return true } else { return false } }
}

public struct FormatViewRegistry {
    /// Per type name (case-folded): its views, the default first.
    private var views: [String: [(name: String, view: FormatView)]] = [:]

    /// An empty registry.
    public init() {}

    /// The views of the shell's own objects: PowerShell's for Measure-Object, Group-Object,
    /// Get-Command, Get-History, Get-Member and hashtables. A session adds its modules' views.
    public static var standard: FormatViewRegistry { standardViews }

    // Built once: every statement's Out-Default asks for the standard views (a registry is a value
    // with copy-on-write storage, so handing out copies is cheap). Never mutated after this.
    nonisolated(unsafe) private static let standardViews = makeStandard()

    private static func makeStandard() -> FormatViewRegistry {
        var r = FormatViewRegistry()
        r.register(.list(ListView(columns: ["Count", "Average", "Sum", "Maximum", "Minimum", "StandardDeviation", "Property"]
            .map { FormatColumn.property($0) })), for: FormatTypeNames.genericMeasureInfo)
        r.register(.table(TableView(columns: [
            .property("Count", alignment: .right, width: 5),
            .property("Name", width: 25),
            .property("Group"),
        ])), for: FormatTypeNames.groupInfo)
        let commandName = FormatColumn(label: "Name", width: 50) { v in
            let type = PSConvert.toString(FormatValue.property("CommandType", of: v))
            if type.equalsIgnoringCase("Alias"), let d = v.member("DisplayName"), !d.isNull { return d }
            return FormatValue.property("Name", of: v)
        }
        r.register(.table(TableView(columns: [
            .property("CommandType", width: 15),
            commandName,
            .property("Version", width: 10),
            .property("Source"),
        ])), for: FormatTypeNames.cmdletInfo, FormatTypeNames.aliasInfo, FormatTypeNames.functionInfo, FormatTypeNames.commandInfo)
        r.register(.table(TableView(columns: [
            .property("Id", alignment: .right, width: 4),
            FormatColumn(label: "Duration", alignment: .right, width: 12) { v in
                let d = FormatValue.property("Duration", of: v)
                switch d {
                case let .double(s): return .string(FormatViewRegistry.duration(seconds: s))
                case .int, .number: return .string(FormatViewRegistry.duration(seconds: PSNumeric(d)?.doubleValue ?? 0))
                case let .object(span):
                    // A System.TimeSpan: its total seconds.
                    if case let .double(s)? = span["TotalSeconds"] { return .string(FormatViewRegistry.duration(seconds: s)) }
                    return d
                default: return d
                }
            },
            .property("CommandLine"),
        ])), for: FormatTypeNames.historyInfo)
        r.register(.table(TableView(columns: [.property("Name"), .property("MemberType"), .property("Definition")],
                                    autoSize: true, groupBy: (property: "TypeName", label: "TypeName"))),
                   for: FormatTypeNames.memberDefinition)
        r.register(.table(TableView(columns: [.property("Name", width: 30), .property("Value")])), for: FormatTypeNames.dictionaryEntry)
        r.register(.table(TableView(columns: [.property("Name", width: 33), .property("Category", width: 9), .property("Module", width: 25),
                                              .property("Synopsis")])), for: FormatTypeNames.helpInfoShort)
        r.registerAlternate(.list(ListView(columns: [.property("Name"), .property("Value")])), for: FormatTypeNames.dictionaryEntry)
        // System.TimeSpan: a list by default, a table of its parts for Format-Table (DotNetTypes.format.ps1xml).
        r.register(.list(ListView(columns: PSTimeSpan.listViewProperties.map { FormatColumn.property($0) })), for: "System.TimeSpan")
        r.registerAlternate(.table(TableView(columns: ["Days", "Hours", "Minutes", "Seconds", "Milliseconds"].map { FormatColumn.property($0) })),
                            for: "System.TimeSpan")
        FileSystemItem.register(in: &r)
        ModuleInfo.register(in: &r)
        GetVariableCommand.register(in: &r)
        r.registerAlternate(.list(ListView(columns: ["Name", "Count", "Group", "Values"].map { FormatColumn.property($0) })),
                            for: FormatTypeNames.groupInfo)
        return r
    }

    /// This registry with the views a module declares for its types.
    public func including(_ declared: [DeclaredView]) -> FormatViewRegistry {
        var r = self
        for d in declared {
            switch d.layout {
            case let .list(names): r.register(.list(ListView(columns: names.map { $0.map { FormatColumn.property($0) } })), for: d.typeName)
            case let .table(names): r.register(.table(TableView(columns: names.map { FormatColumn.property($0) })), for: d.typeName)
            }
        }
        return r
    }

    /// Registers a view for one or more type names and makes it their default view (what Out-Default
    /// uses). It replaces an earlier view of the same kind (table or list) for those types; a view of
    /// the other kind stays available to Format-Table / Format-List. Values of all the given types
    /// share one table or list when they follow each other.
    public mutating func register(_ view: FormatView, for typeNames: String...) {
        guard let first = typeNames.first else { return }
        for t in typeNames {
            var list = views[t.caseFoldedKey] ?? []
            list.removeAll { $0.view.isTable == view.isTable }
            list.insert((name: first, view: view), at: 0)
            views[t.caseFoldedKey] = list
        }
    }

    /// Adds a view that Format-Table or Format-List use but Out-Default does not (unless the type has
    /// no other view).
    public mutating func registerAlternate(_ view: FormatView, for typeNames: String...) {
        guard let first = typeNames.first else { return }
        for t in typeNames {
            var list = views[t.caseFoldedKey] ?? []
            list.removeAll { $0.view.isTable == view.isTable }
            list.append((name: first, view: view))
            views[t.caseFoldedKey] = list
        }
    }

    /// The views of a type name; `Type#Decorated` falls back to `Type`.
    private func candidates(_ name: String) -> [(name: String, view: FormatView)]? {
        if let v = views[name.caseFoldedKey] { return v }
        if let hash = name.firstIndex(of: "#"), let v = views[String(name[..<hash]).caseFoldedKey] { return v }
        return nil
    }

    /// The default view of a value: the first of its type names (most specific first) that has one.
    public func view(for value: PSValue) -> (name: String, view: FormatView)? {
        view(for: value) { _ in true }
    }

    /// The table view of a value, if its type has one (Format-Table).
    public func tableView(for value: PSValue) -> (name: String, view: TableView)? {
        guard let v = view(for: value, where: { $0.isTable }), case let .table(t) = v.view else { return nil }
        return (v.name, t)
    }

    /// The list view of a value, if its type has one (Format-List).
    public func listView(for value: PSValue) -> (name: String, view: ListView)? {
        guard let v = view(for: value, where: { !$0.isTable }), case let .list(l) = v.view else { return nil }
        return (v.name, l)
    }

    private func view(for value: PSValue, where accept: (FormatView) -> Bool) -> (name: String, view: FormatView)? {
        let names: [String]
        switch value {
        case let .object(o): names = o.typeNames
        default: names = value.typeName.map { [$0] } ?? []
        }
        for t in names {
            if let v = candidates(t)?.first(where: { accept($0.view) }) { return v }
        }
        return nil
    }

    /// A history entry's duration as Get-History shows it: `s.fff`, `m:ss.fff` or `h:mm:ss.fff`.
    public static func duration(seconds: Double) -> String {
        let totalMs = Int((max(0, seconds) * 1000).rounded())
        let ms = totalMs % 1000
        let s = (totalMs / 1000) % 60
        let m = (totalMs / 60_000) % 60
        let h = totalMs / 3_600_000
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        func three(_ n: Int) -> String { n < 10 ? "00\(n)" : n < 100 ? "0\(n)" : "\(n)" }
        if h > 0 { return "\(h):\(two(m)):\(two(s)).\(three(ms))" }
        if m > 0 { return "\(m):\(two(s)).\(three(ms))" }
        return "\(s).\(three(ms))"
    }
}
