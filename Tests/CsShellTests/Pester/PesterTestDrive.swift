/// Pester's TestDrive: a fresh folder for one case. The script finds its path in $TestDrive (upstream's
/// `TestDrive:\` paths are written as paths under it).
enum PesterTestDrive {
    static func script(_ body: String) -> String { "$TestDrive = '\(CLI.tempDir())'\n" + body }
}
