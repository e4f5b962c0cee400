import Foundation

/// A container's file tree, in memory: directories, regular files (bytes and a mode), devices
/// (`/dev/null`, `/dev/zero`) and read-only mounts. Directory nodes are reference types, so one
/// `VFSDirectory` mounted into several file systems is shared (an `emptyDir` seen by every container of
/// a Pod).
///
/// Thread-safe: every node of every tree is guarded by one process-wide lock, `VirtualFileSystem.lock`
/// (file operations are tiny, and one lock makes shared subtrees safe without a lock order).
public final class VirtualFileSystem: @unchecked Sendable {
    // Sendable invariant: `root` never changes; node contents are guarded by `Self.lock`.
    static let lock = NSRecursiveLock()
    /// The root directory.
    public let root: VFSDirectory
    /// The time new and modified files get (the cluster clock, set by the runtime).
    private let clock: @Sendable () -> Date

    public init(root: VFSDirectory = VFSDirectory(), clock: @escaping @Sendable () -> Date = { Date() }) {
        self.root = root
        self.clock = clock
    }

    // MARK: Paths

    /// `path` made absolute against `cwd` and normalised (`.`, `..`, repeated `/` removed).
    public static func normalize(_ path: String, cwd: String = "/") -> String {
        let full = path.hasPrefix("/") ? path : cwd + "/" + path
        var parts: [Substring] = []
        for p in full.split(separator: "/", omittingEmptySubsequences: true) {
            if p == "." { continue }
            if p == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
            parts.append(p)
        }
        return "/" + parts.joined(separator: "/")
    }

    /// The last path component (`/` for the root).
    public static func basename(_ path: String) -> String {
        let n = normalize(path)
        return n == "/" ? "/" : String(n.split(separator: "/").last ?? "/")
    }

    /// The directory part of a normalised path.
    public static func dirname(_ path: String) -> String {
        let n = normalize(path)
        guard let slash = n.lastIndex(of: "/"), slash != n.startIndex else { return "/" }
        return String(n[..<slash])
    }

    // MARK: Reading

    /// The node at `path`, if any.
    public func node(_ path: String) -> VFSNode? {
        Self.lock.lock()
        defer { Self.lock.unlock() }
        return lookup(Self.normalize(path))?.node
    }

    /// Whether something exists at `path`.
    public func exists(_ path: String) -> Bool { node(path) != nil }

    /// Whether `path` is a directory.
    public func isDirectory(_ path: String) -> Bool {
        if case .directory = node(path) { return true }
        return false
    }

    /// A file's bytes (a device reads as empty).
    public func read(_ path: String) -> Result<[UInt8], VFSError> {
        Self.lock.lock()
        defer { Self.lock.unlock() }
        switch lookup(Self.normalize(path))?.node {
        case nil: return .failure(.noSuchFile)
        case .directory: return .failure(.isDirectory)
        case .device: return .success([])
        case .file(let f): return .success(f.bytes)
        }
    }

    /// A directory's entry names, sorted; nil when `path` is not a directory.
    public func list(_ path: String) -> [String]? {
        Self.lock.lock()
        defer { Self.lock.unlock() }
        guard case .directory(let d) = lookup(Self.normalize(path))?.node else { return nil }
        return d.entries.keys.sorted()
    }

    // MARK: Writing

    /// Writes (or with `append`, appends) `bytes` to the file at `path`, creating it with `mode` when
    /// missing. Writing to a device discards the bytes.
    public func write(_ path: String, _ bytes: [UInt8], append: Bool = false, mode: UInt16 = 0o644) throws(VFSError) {
        Self.lock.lock()
        defer { Self.lock.unlock() }
        let p = Self.normalize(path)
        guard p != "/" else { throw .isDirectory }
        guard let parent = lookup(Self.dirname(p)) else { throw .noSuchFile }
        guard case .directory(let dir) = parent.node else { throw .notDirectory }
        let name = Self.basename(p)
        switch dir.entries[name] {
        case .directory?: throw .isDirectory
        case .device?: return
        case .file(let f)?:
            if parent.readOnly { throw .readOnly }
            if append { f.bytes += bytes } else { f.bytes = bytes }
            f.modified = clock()
        case nil:
            if parent.readOnly { throw .readOnly }
            dir.entries[name] = .file(VFSFile(bytes, mode: mode, modified: clock()))
        }
    }

    /// Creates a directory (with `parents`, also missing ancestors, and an existing directory is fine).
    public func makeDirectory(_ path: String, parents: Bool = false) throws(VFSError) {
        Self.lock.lock()
        defer { Self.lock.unlock() }
        let p = Self.normalize(path)
        if let existing = lookup(p) {
            if parents, case .directory = existing.node { return }
            throw .exists
        }
        if parents && !exists(Self.dirname(p)) { try makeDirectory(Self.dirname(p), parents: true) }
        guard let parent = lookup(Self.dirname(p)) else { throw .noSuchFile }
        guard case .directory(let dir) = parent.node else { throw .notDirectory }
        if parent.readOnly { throw .readOnly }
        dir.entries[Self.basename(p)] = .directory(VFSDirectory(modified: clock()))
    }

    /// Removes a file, or with `recursive` a directory and what it holds.
    public func remove(_ path: String, recursive: Bool = false) throws(VFSError) {
        Self.lock.lock()
        defer { Self.lock.unlock() }
        let p = Self.normalize(path)
        guard p != "/" else { throw .busy }
        guard let parent = lookup(Self.dirname(p)), case .directory(let dir) = parent.node else { throw .noSuchFile }
        guard let node = dir.entries[Self.basename(p)] else { throw .noSuchFile }
        if case .directory(let d) = node {
            if !recursive { throw .isDirectory }
            if d.isMountPoint { throw .busy }
        }
        if parent.readOnly { throw .readOnly }
        dir.entries[Self.basename(p)] = nil
    }

    /// Puts `node` at `path` (parents created), replacing what was there: how the runtime adds files
    /// (`/etc/hosts`), devices and mounts.
    public func place(_ node: VFSNode, at path: String) {
        Self.lock.lock()
        defer { Self.lock.unlock() }
        let p = Self.normalize(path)
        let parentPath = Self.dirname(p)
        var dir = root
        for part in parentPath.split(separator: "/") {
            let name = String(part)
            if case .directory(let d)? = dir.entries[name] {
                dir = d
            } else {
                let d = VFSDirectory(modified: clock())
                dir.entries[name] = .directory(d)
                dir = d
            }
        }
        if p != "/" { dir.entries[Self.basename(p)] = node }
    }

    /// Adds (or replaces) a file.
    public func addFile(_ path: String, _ contents: String, mode: UInt16 = 0o644) {
        place(.file(VFSFile(Array(contents.utf8), mode: mode, modified: clock())), at: path)
    }

    /// Mounts `directory` at `path`: the same node, so writes through one file system show in every
    /// other that mounts it. `readOnly` marks the directory (and everything under it) read-only, as a
    /// ConfigMap, Secret or token volume is.
    public func mount(_ directory: VFSDirectory, at path: String, readOnly: Bool = false) {
        VirtualFileSystem.lock.lock()
        directory.readOnly = readOnly
        directory.isMountPoint = true
        VirtualFileSystem.lock.unlock()
        place(.directory(directory), at: path)
    }

    // MARK: Private

    /// The node at a normalised path and whether a read-only directory lies on the way (the node itself
    /// included when it is a directory). Caller holds the lock.
    private func lookup(_ path: String) -> (node: VFSNode, readOnly: Bool)? {
        var dir = root
        var readOnly = root.readOnly
        let parts = path.split(separator: "/")
        for (i, part) in parts.enumerated() {
            guard let next = dir.entries[String(part)] else { return nil }
            if i == parts.count - 1 {
                if case .directory(let d) = next { readOnly = readOnly || d.readOnly }
                return (next, readOnly)
            }
            guard case .directory(let d) = next else { return nil }
            dir = d
            readOnly = readOnly || d.readOnly
        }
        return (.directory(root), readOnly)
    }
}

/// A node of a `VirtualFileSystem`.
public enum VFSNode: Sendable {
    case directory(VFSDirectory)
    case file(VFSFile)
    case device(VFSDevice)
}

/// A character device.
public enum VFSDevice: Sendable {
    /// Reads empty, discards writes.
    case null
    /// Reads empty here (no endless zeros), discards writes.
    case zero
}

/// A directory: named entries. Shared by reference (mounts).
public final class VFSDirectory: @unchecked Sendable {
    // Sendable invariant: all vars guarded by `VirtualFileSystem.lock`.
    var entries: [String: VFSNode] = [:]
    var readOnly = false
    var isMountPoint = false
    var modified: Date

    public init(modified: Date = Date(timeIntervalSince1970: 1_700_000_000)) {
        self.modified = modified
    }

    /// Last modification time.
    public var modificationDate: Date {
        VirtualFileSystem.lock.lock()
        defer { VirtualFileSystem.lock.unlock() }
        return modified
    }
}

/// A regular file: bytes and permission bits.
public final class VFSFile: @unchecked Sendable {
    // Sendable invariant: all vars guarded by `VirtualFileSystem.lock`.
    var bytes: [UInt8]
    var mode: UInt16
    var modified: Date

    public init(_ bytes: [UInt8], mode: UInt16 = 0o644, modified: Date = Date(timeIntervalSince1970: 1_700_000_000)) {
        self.bytes = bytes
        self.mode = mode
        self.modified = modified
    }

    /// Size in bytes.
    public var size: Int {
        VirtualFileSystem.lock.lock()
        defer { VirtualFileSystem.lock.unlock() }
        return bytes.count
    }

    /// Permission bits (`0o755`).
    public var permissions: UInt16 {
        VirtualFileSystem.lock.lock()
        defer { VirtualFileSystem.lock.unlock() }
        return mode
    }

    /// Last modification time.
    public var modificationDate: Date {
        VirtualFileSystem.lock.lock()
        defer { VirtualFileSystem.lock.unlock() }
        return modified
    }

    /// The file's contents.
    public var contents: [UInt8] {
        VirtualFileSystem.lock.lock()
        defer { VirtualFileSystem.lock.unlock() }
        return bytes
    }

    /// Whether any execute bit is set.
    public var isExecutable: Bool { permissions & 0o111 != 0 }
}

/// Why a file operation failed, with the `strerror` text tools print.
public enum VFSError: Error, Sendable, Equatable {
    case noSuchFile, isDirectory, notDirectory, exists, readOnly, busy, permissionDenied

    /// `No such file or directory` and friends.
    public var message: String {
        switch self {
        case .noSuchFile: "No such file or directory"
        case .isDirectory: "Is a directory"
        case .notDirectory: "Not a directory"
        case .exists: "File exists"
        case .readOnly: "Read-only file system"
        case .busy: "Device or resource busy"
        case .permissionDenied: "Permission denied"
        }
    }
}
