import CsCore

/// Type names of the shell's own objects with a registered view.
public enum FormatTypeNames {
    public static let genericMeasureInfo = "Microsoft.PowerShell.Commands.GenericMeasureInfo"
    public static let groupInfo = "Microsoft.PowerShell.Commands.GroupInfo"
    public static let cmdletInfo = "System.Management.Automation.CmdletInfo"
    public static let aliasInfo = "System.Management.Automation.AliasInfo"
    public static let functionInfo = "System.Management.Automation.FunctionInfo"
    public static let commandInfo = "System.Management.Automation.CommandInfo"
    public static let historyInfo = "Microsoft.PowerShell.Commands.HistoryInfo"
    public static let memberDefinition = "Microsoft.PowerShell.Commands.MemberDefinition"
    /// Get-Help's listing of several matching commands.
    public static let helpInfoShort = "HelpInfoShort"
    /// A hashtable entry; hashtables print as a Name/Value table of these.
    public static let dictionaryEntry = "System.Collections.DictionaryEntry"
    /// What Format-Table and Format-List write to the pipeline.
    public static let formatData = "Microsoft.PowerShell.Commands.Internal.Format.FormatStartData"
}
