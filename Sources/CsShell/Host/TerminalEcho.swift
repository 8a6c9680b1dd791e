import Foundation

/// Turns the terminal's echo off while a secret is typed (Read-Host -AsSecureString / -MaskInput).
enum TerminalEcho {
    /// Runs `body` with echo off when stdin is a terminal; true in `echoed` tells whether the
    /// terminal echoed (so the caller ends the line itself when it did not).
    static func withoutEcho<T>(_ body: () -> T) -> (value: T, echoed: Bool) {
        var saved = termios()
        guard isatty(0) == 1, tcgetattr(0, &saved) == 0 else { return (body(), true) }
        var quiet = saved
        quiet.c_lflag &= ~tcflag_t(ECHO)
        // Turning echo off drops what was typed (and echoed) before the prompt, as getpass does;
        // turning it back on keeps what is typed ahead after the secret: the next command.
        tcsetattr(0, TCSAFLUSH, &quiet)
        defer { tcsetattr(0, TCSANOW, &saved) }
        return (body(), false)
    }
}
