import CsCmdlets
import CsLanguage

/// Entry point of the shell: parses options and runs a script or the interactive host.
public enum Shell {
    public static func main(_ arguments: [String]) -> Int32 { 0 }
}
