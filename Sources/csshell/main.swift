import Foundation
import CsShell
exit(Shell.main(CommandLine.arguments))
