import CsCore

/// The shell's own cmdlets.
enum CommandCatalog {
    /// Computed: metatype arrays are not Sendable, so no global holds them (read once, at start-up).
    static var shell: [any ShellCmdlet.Type] {
        [
            WriteOutputCommand.self, WriteHostCommand.self, WriteWarningCommand.self, WriteErrorCommand.self,
            WhereObjectCommand.self, ForEachObjectCommand.self, SelectObjectCommand.self, SortObjectCommand.self,
            MeasureObjectCommand.self, GroupObjectCommand.self, OutNullCommand.self,
            GetHistoryCommand.self, InvokeHistoryCommand.self, ClearHistoryCommand.self,
            FormatListCommand.self, FormatTableCommand.self, OutStringCommand.self, OutFileCommand.self,
            ConvertToJsonCommand.self, ConvertFromJsonCommand.self, ConvertToCsvCommand.self, ConvertFromCsvCommand.self,
            ExportCsvCommand.self, ImportCsvCommand.self, GetContentCommand.self, SetContentCommand.self, AddContentCommand.self, ClearContentCommand.self,
            GetCommandCommand.self, GetHelpCommand.self, GetMemberCommand.self,
            ImportModuleCommand.self, GetModuleCommand.self,
            GetDateCommand.self, NewTimeSpanCommand.self, StartSleepCommand.self, ReadHostCommand.self,
            TestPathCommand.self, JoinPathCommand.self, SplitPathCommand.self, NewItemCommand.self, RemoveItemCommand.self,
            TeeObjectCommand.self, GetVariableCommand.self, SetVariableCommand.self, NewVariableCommand.self, RemoveVariableCommand.self, ClearVariableCommand.self, GetRandomCommand.self, SetStrictModeCommand.self, FormatWideCommand.self,
            WriteVerboseCommand.self, WriteDebugCommand.self, WriteInformationCommand.self,
            NewObjectCommand.self, AddMemberCommand.self, InvokeExpressionCommand.self,
        ]
    }
}
