import CsCore
import Foundation

/// The object PowerShell returns for a file or folder (System.IO.FileInfo / DirectoryInfo with the
/// provider's PS* properties and the Unix stat properties pwsh adds), as New-Item writes it.
enum FileSystemItem {
    static let fileTypeNames = ["System.IO.FileInfo", "System.IO.FileSystemInfo", "System.MarshalByRefObject", "System.Object"]
    static let directoryTypeNames = ["System.IO.DirectoryInfo", "System.IO.FileSystemInfo", "System.MarshalByRefObject", "System.Object"]

    /// The item at an absolute path, or nil when nothing is there.
    static func object(_ path: String) -> PSValue? {
        var st = stat()
        guard lstat(path, &st) == 0 else { return nil }
        let kind = st.st_mode & S_IFMT
        let isLink = kind == S_IFLNK
        var target: String?
        if isLink {
            target = try? FileManager.default.destinationOfSymbolicLink(atPath: path)
            var followed = stat()
            if stat(path, &followed) == 0 { st = followed }
        }
        let isDirectory = (st.st_mode & S_IFMT) == S_IFDIR
        let name = path == "/" ? "/" : (path as NSString).lastPathComponent
        let parent = path == "/" ? "" : ((path as NSString).deletingLastPathComponent)
        let provider = ItemPath.fileSystemProvider
        func time(_ t: timespec) -> PSDateTime { PSDateTime.local(unixSeconds: Double(t.tv_sec) + Double(t.tv_nsec) / 1e9) }
        let written = time(st.st_mtim)
        let accessed = time(st.st_atim)
        let created = time(st.st_ctim) < written ? time(st.st_ctim) : written
        let mode = (isDirectory ? "d" : isLink ? "l" : "-") + "----"
        let readOnly = st.st_mode & 0o222 == 0
        var attributes: [String] = []
        if readOnly && !isDirectory { attributes.append("ReadOnly") }
        if name.hasPrefix(".") && name.count > 1 { attributes.append("Hidden") }
        if isDirectory { attributes.append("Directory") }
        if isLink { attributes.append("ReparsePoint") }
        if attributes.isEmpty { attributes.append("Normal") }

        var props: [(String, PSValue)] = [
            ("PSPath", .string(provider + "::" + path)),
            ("PSParentPath", .string(parent.isEmpty ? "" : provider + "::" + parent)),
            ("PSChildName", .string(name)),
            ("PSDrive", .string("/")),
            ("PSProvider", .string(provider)),
            ("PSIsContainer", .bool(isDirectory)),
            ("Mode", .string(mode)),
            ("ModeWithoutHardLink", .string(mode)),
            ("BaseName", .string(isDirectory ? name : ItemPath.baseName(name))),
            ("Target", target.map { .string($0) } ?? .null),
            ("LinkType", isLink ? .string("SymbolicLink") : !isDirectory && st.st_nlink > 1 ? .string("HardLink") : .null),
        ]
        if isDirectory {
            props += [("Parent", .string(parent)), ("Root", .string("/"))]
        } else {
            props += [("Length", .int(Int(st.st_size))), ("DirectoryName", .string(parent)), ("Directory", .string(parent)),
                      ("IsReadOnly", .bool(readOnly))]
        }
        props += [
            ("FullName", .string(path)),
            ("Extension", .string(ItemPath.extensionOf(name))),
            ("Name", .string(name)),
            ("Exists", .bool(true)),
            ("CreationTime", .dateTime(created)),
            ("CreationTimeUtc", .dateTime(created.toUniversalTime())),
            ("LastAccessTime", .dateTime(accessed)),
            ("LastAccessTimeUtc", .dateTime(accessed.toUniversalTime())),
            ("LastWriteTime", .dateTime(written)),
            ("LastWriteTimeUtc", .dateTime(written.toUniversalTime())),
            ("Attributes", .enumValue(PSEnumValue(type: KnownEnums.fileAttributes,
                                                  value: attributes.reduce(0) { $0 | (KnownEnums.fileAttributes.member(named: $1)?.value ?? 0) }))),
            ("UnixMode", .string(unixMode(st.st_mode, link: isLink))),
            ("User", .string(userName(st.st_uid))),
            ("Group", .string(groupName(st.st_gid))),
            ("Size", .int(Int(st.st_size))),
        ]
        let o = PSObject(typeNames: isDirectory ? directoryTypeNames : fileTypeNames, properties: props)
        // FileInfo.ToString() is the path it was made from.
        o.toStringOverride = path
        return .object(o)
    }

    /// `drwxr-xr-x`, as `ls -l` and pwsh's UnixMode show the permission bits.
    static func unixMode(_ mode: mode_t, link: Bool) -> String {
        let kind: Character = link ? "l" : (mode & S_IFMT) == S_IFDIR ? "d" : "-"
        var s = String(kind)
        let bits: [(mode_t, Character)] = [(S_IRUSR, "r"), (S_IWUSR, "w"), (S_IXUSR, "x"), (S_IRGRP, "r"), (S_IWGRP, "w"), (S_IXGRP, "x"),
                                           (S_IROTH, "r"), (S_IWOTH, "w"), (S_IXOTH, "x")]
        for (bit, c) in bits { s.append(mode & bit != 0 ? c : "-") }
        return s
    }

    static func userName(_ uid: uid_t) -> String {
        if let pw = getpwuid(uid), let n = pw.pointee.pw_name { return String(cString: n) }
        return String(uid)
    }

    static func groupName(_ gid: gid_t) -> String {
        if let gr = getgrgid(gid), let n = gr.pointee.gr_name { return String(cString: n) }
        return String(gid)
    }

    // MARK: Views

    /// pwsh's Unix view of file-system items ("childrenWithUnixStat"): grouped by folder under a
    /// `    Directory: /path` line; its list view (Format-List).
    static func register(in r: inout FormatViewRegistry) {
        let lastWrite = FormatColumn(label: "LastWriteTime", alignment: .right, width: 16) { v in
            guard case let .dateTime(d) = FormatValue.property("LastWriteTime", of: v) else { return .null }
            // '{0:d} {0:HH}:{0:mm}' -f $_.LastWriteTime
            return .string((try? DateTimeFormat.format(d, DateTimeCulture.enUS.shortDate + " HH:mm")) ?? "")
        }
        let name = FormatColumn(label: "Name") { v in
            let n = PSConvert.toString(FormatValue.property("Name", of: v))
            if case let .string(t) = FormatValue.property("Target", of: v) { return .string(n + " -> " + t) }
            return .string(n)
        }
        var table = TableView(columns: [
            .property("UnixMode", alignment: .left, width: 10),
            .property("User", alignment: .right, width: 10),
            .property("Group", alignment: .left, width: 10),
            lastWrite,
            .property("Size", alignment: .right, width: 12),
            name,
        ], groupBy: (property: "PSParentPath", label: "Directory"))
        table.groupHeader = { parent in
            "    Directory: " + parent.replacingOccurrences(of: fileSystemProviderPrefix, with: "")
        }
        r.register(.table(table), for: fileTypeNames[0], directoryTypeNames[0])
        r.registerAlternate(.list(ListView(columns: ["Name", "Length", "CreationTime", "LastWriteTime", "LastAccessTime", "Mode", "LinkType", "Target"]
            .map { FormatColumn.property($0) })), for: fileTypeNames[0])
        r.registerAlternate(.list(ListView(columns: ["Name", "CreationTime", "LastWriteTime", "LastAccessTime", "Mode", "LinkType", "Target"]
            .map { FormatColumn.property($0) })), for: directoryTypeNames[0])
    }

    static let fileSystemProviderPrefix = ItemPath.fileSystemProvider + "::"
}
