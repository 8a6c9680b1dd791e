import CsCore
import Foundation

// Reads a prosody.cfg.lua the way Prosody does: by running it with Lua 5.4 (Debian's `lua5.4`, which
// the prosody package depends on, so it is there wherever Prosody is). A hand-written reader would
// have to re-implement Lua: long strings and comments, escapes, `;` and `,` in tables, `..`, numbers,
// expressions (this project's own export computes its path with `debug.getinfo`). Running Lua gets
// every one of them right by construction; what is mimicked is only configmanager's environment
// (Prosody 0.12 core/configmanager.lua): options set in the global scope or under the current
// VirtualHost/Component, `VirtualHost "x" { … }` tables, `Include` with `*`/`?` wildcards (files in
// name order) and paths relative to the including file, and `ENV_NAME` for environment variables.
// Unlike Prosody, the configuration runs without `os`, `io`, `require` and `RunScript`: importing
// a file must not run programs or write files.
//
// The driver prints the result as JSON, which Foundation parses.

/// A value of a Prosody option, as the Lua reader reports it.
public indirect enum LuaValue: Decodable, Sendable, Equatable {
    case bool(Bool), number(Double), string(String), list([LuaValue]), table([String: LuaValue]), null

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let n = try? c.decode(Double.self) { self = .number(n) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let a = try? c.decode([LuaValue].self) { self = .list(a) }
        else { self = .table(try c.decode([String: LuaValue].self)) }
    }

    public var bool: Bool? { if case let .bool(b) = self { return b }; return nil }
    public var number: Double? { if case let .number(n) = self { return n }; return nil }
    /// A list option (Prosody's get_option_set/array accept a list or a single string).
    public var strings: [String] {
        switch self {
        case let .string(s): return [s]
        case let .list(a): return a.compactMap { if case let .string(s) = $0 { return s }; return nil }
        default: return []
        }
    }
}

/// The options of a Prosody configuration, per host (`*` is the global section).
public struct ProsodyConfig: Sendable, Decodable {
    public struct Host: Sendable, Equatable, Decodable {
        public var name: String
        public var component: Bool
    }

    public var options: [String: [String: LuaValue]]
    /// VirtualHost and Component sections, in the order they appear.
    public var hosts: [Host]
    /// The files read, each after the files it includes.
    public var files: [String]

    public func option(_ name: String, host: String = "*") -> LuaValue? { options[host]?[name] }

    /// An option as Prosody's `get_option` finds it: the host's value, else the global one.
    public func inherited(_ name: String, host: String) -> LuaValue? { option(name, host: host) ?? option(name) }
}

public enum ProsodyLuaLoader {
    /// The Lua interpreter; `CSSHELL_LUA` overrides it (tests).
    static func interpreter() -> String? {
        let env = ProcessInfo.processInfo.environment
        if let l = env["CSSHELL_LUA"], !l.isEmpty { return l }
        for dir in (env["PATH"] ?? "/usr/bin:/bin").split(separator: ":") + ["/usr/bin"] {
            let p = "\(dir)/lua5.4"
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        return nil
    }

    public static func load(_ path: String) throws(XmppValidationError) -> ProsodyConfig {
        guard let lua = interpreter() else {
            throw XmppValidationError("Reading a Prosody configuration needs Lua 5.4 (the Debian package lua5.4, which comes with prosody), and lua5.4 was not found on PATH.",
                                      errorId: "LuaNotFound", category: .NotInstalled, target: path)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: lua)
        process.arguments = ["-", path]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        do { try process.run() } catch {
            throw XmppValidationError("Cannot run \(lua) to read the Prosody configuration '\(path)': \(error.localizedDescription)",
                                      errorId: "LuaNotFound", category: .NotInstalled, target: path)
        }
        // Read both pipes while the driver runs (a large configuration fills a pipe's buffer).
        let errorText = PipeReader(errors.fileHandleForReading)
        input.fileHandleForWriting.write(Data(driver.utf8))
        try? input.fileHandleForWriting.close()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let errData = errorText.wait()
        guard process.terminationStatus == 0 else {
            let message = String(decoding: errData, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
                .replacingOccurrences(of: "lua5.4: ", with: "")
            throw XmppValidationError("Prosody would not load the configuration '\(path)': \(message.isEmpty ? "Lua exited with status \(process.terminationStatus)" : message)",
                                      errorId: "ProsodyConfigInvalid", category: .InvalidData, target: path)
        }
        do {
            return try JSONDecoder().decode(ProsodyConfig.self, from: outData)
        } catch {
            throw XmppValidationError("Cannot read the Prosody configuration '\(path)': the Lua reader's output was not understood (\(error)).",
                                      errorId: "ProsodyConfigInvalid", category: .InvalidData, target: path)
        }
    }

    /// The Lua program: `lua5.4 - CONFIG` (the program on stdin), JSON on stdout, errors on stderr.
    static let driver = #"""
    local main = arg[1]
    local options = { ["*"] = {} }
    local hosts, seen, files = {}, {}, {}
    local function set(host, k, v) options[host] = options[host] or {}; options[host][k] = v end
    local function dir_of(p) return p:match("^(.*)/[^/]*$") or "." end
    local function resolve(base, p) if p:sub(1, 1) == "/" then return p end return base .. "/" .. p end
    local function add_host(name, component)
      if type(name) ~= "string" then error((component and "Component" or "VirtualHost") .. " must have a name", 3) end
      name = name:lower()
      if not seen[name] then seen[name] = true; hosts[#hosts + 1] = { name = name, component = component } end
      return name
    end
    local safe = { string = string, table = table, math = math, utf8 = utf8, tostring = tostring, tonumber = tonumber,
      type = type, pairs = pairs, ipairs = ipairs, select = select, next = next, error = error, assert = assert,
      pcall = pcall, debug = { getinfo = debug.getinfo } }
    local load_file
    local function include(from, pattern)
      if pattern:match("[*?]") then
        local ok, lfs = pcall(require, "lfs")
        if not ok then error("Include " .. pattern .. ": a wildcard needs LuaFileSystem (lua-filesystem)", 3) end
        local dir, glob = pattern:match("^(.-)/?([^/]+)$")
        dir = dir == "" and dir_of(from) or resolve(dir_of(from), dir)
        local patt = "^" .. glob:gsub("%p", function (c) if c == "*" then return ".*" elseif c == "?" then return "." end return "%" .. c end) .. "$"
        local names = {}
        local ok2, iter, state = pcall(lfs.dir, dir)
        if not ok2 then error(tostring(iter), 3) end
        for f in iter, state do if f:sub(1, 1) ~= "." and f:match(patt) then names[#names + 1] = f end end
        table.sort(names)
        for _, f in ipairs(names) do load_file(dir .. "/" .. f) end
      else
        load_file(resolve(dir_of(from), pattern))
      end
    end
    function load_file(file)
      local f, err = io.open(file)
      if not f then error("Error loading " .. file .. ": " .. tostring(err), 0) end
      local data = f:read("a"); f:close()
      local env
      env = setmetatable({}, {
        __index = function (_, k)
          if type(k) == "string" and k:match("^ENV_") then return os.getenv(k:sub(5)) end
          return safe[k]
        end,
        __newindex = function (_, k, v) set(rawget(env, "__currenthost") or "*", k, v) end })
      rawset(env, "__currenthost", "*")
      local function section(name, component)
        name = add_host(name, component)
        rawset(env, "__currenthost", name)
        if component then set(name, "component_module", "component") else set(name, "defined", true) end
        local function options_table(t)
          rawset(env, "__currenthost", "*")
          if type(t) ~= "table" then error("Invalid syntax following " .. name .. ", expected options", 2) end
          for k, v in pairs(t) do set(name, k, v) end
        end
        if not component then return options_table end
        return function (m)
          if type(m) == "string" then set(name, "component_module", m); return options_table end
          return options_table(m)
        end
      end
      rawset(env, "VirtualHost", function (name) return section(name, false) end)
      rawset(env, "Host", env.VirtualHost); rawset(env, "host", env.VirtualHost)
      rawset(env, "Component", function (name) return section(name, true) end)
      rawset(env, "component", env.Component)
      rawset(env, "Include", function (p) include(file, p) end)
      rawset(env, "include", env.Include)
      rawset(env, "RunScript", function () error("RunScript is not supported when importing a configuration", 2) end)
      local chunk, cerr = load(data, "@" .. file, "t", env)
      if not chunk then error(cerr, 0) end
      chunk()
      files[#files + 1] = file
    end
    local function enc(v, depth)
      local t = type(v)
      if t == "string" then
        return '"' .. v:gsub('[%c"\\]', function (c) return string.format("\\u%04x", c:byte()) end) .. '"'
      elseif t == "number" then
        if v ~= v or v == math.huge or v == -math.huge then return "null" end
        return math.type(v) == "integer" and tostring(v) or string.format("%.17g", v)
      elseif t == "boolean" then
        return tostring(v)
      elseif t == "table" and depth < 32 then
        local n, array = #v, true
        for k in pairs(v) do
          if math.type(k) ~= "integer" or k < 1 or k > n then array = false; break end
        end
        local parts = {}
        if array then
          for i = 1, n do parts[i] = enc(v[i], depth + 1) end
          return "[" .. table.concat(parts, ",") .. "]"
        end
        for k, x in pairs(v) do parts[#parts + 1] = enc(tostring(k), depth + 1) .. ":" .. enc(x, depth + 1) end
        table.sort(parts)
        return "{" .. table.concat(parts, ",") .. "}"
      end
      return "null"
    end
    local ok, err = pcall(load_file, main)
    if not ok then io.stderr:write(tostring(err), "\n"); os.exit(1) end
    local per_host = {}
    for host, opts in pairs(options) do
      local parts = {}
      for k, x in pairs(opts) do parts[#parts + 1] = enc(tostring(k), 1) .. ":" .. enc(x, 1) end
      table.sort(parts)
      per_host[#per_host + 1] = enc(host, 0) .. ":{" .. table.concat(parts, ",") .. "}"
    end
    table.sort(per_host)
    io.write('{"options":{', table.concat(per_host, ","), '},"hosts":', enc(hosts, 0), ',"files":', enc(files, 0), "}\n")
    """#
}

/// Reads a pipe to its end on a thread of its own; `wait()` returns what was read.
final class PipeReader: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }.start()
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
