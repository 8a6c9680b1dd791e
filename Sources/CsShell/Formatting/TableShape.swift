import CsCore

/// Which table a value goes into: values with the same key share a table (and its header); the
/// formatter is built only when a new table starts.
struct TableShape {
    enum Source {
        /// The type's table view.
        case view(TableView)
        /// No view: a column per property, in this order.
        case properties([String])
    }

    let key: String
    /// The group line above the table (a view's GroupBy).
    let header: String?
    let source: Source

    /// True for a table made of an object's own properties (no view).
    var isPropertyTable: Bool {
        if case .properties = source { return true }
        return false
    }

    func formatter(_ options: TableFormatOptions) -> TableFormatter {
        switch source {
        case let .view(tv):
            var o = options
            o.autoSize = o.autoSize || tv.autoSize
            return TableFormatter(columns: tv.columns, options: o, alignByType: false)
        case let .properties(names):
            return TableFormatter(columns: names.map { FormatColumn.property($0) }, options: options, alignByType: true)
        }
    }
}
