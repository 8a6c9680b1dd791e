import CsCmdlets

/// Every command the shell knows: its own cmdlets and the cmdlet layer's.
enum CommandCatalog {
    static let shell: [any Cmdlet.Type] = [
        WriteOutputCommand.self, WriteHostCommand.self, WriteWarningCommand.self, WriteErrorCommand.self,
        WhereObjectCommand.self, ForEachObjectCommand.self, SelectObjectCommand.self, SortObjectCommand.self,
        MeasureObjectCommand.self, GroupObjectCommand.self, OutNullCommand.self,
        GetHistoryCommand.self, InvokeHistoryCommand.self, ClearHistoryCommand.self,
    ]

    static var all: [any Cmdlet.Type] { shell + CsCmdletCatalog.cmdlets }
}
