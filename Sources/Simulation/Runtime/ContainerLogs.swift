import API
import Foundation

/// Which run of which container a log belongs to (the kubelet's `/var/log/pods/<ns>_<pod>_<uid>/<container>/<restart>.log`).
public struct ContainerLogKey: Hashable, Sendable {
    public var namespace: String
    public var pod: String
    public var uid: String
    public var container: String
    public var restart: Int

    public init(namespace: String, pod: String, uid: String, container: String, restart: Int) {
        self.namespace = namespace
        self.pod = pod
        self.uid = uid
        self.container = container
        self.restart = restart
    }

    var podDirectory: String { "\(namespace)_\(pod)_\(uid)" }
    var relativePath: String { "\(podDirectory)/\(container)/\(restart).log" }
}

/// The container logs of every Pod on the simulated nodes, kept as a kubelet keeps them: one file per
/// container run in the CRI log format (`<RFC3339Nano> stdout F <line>`), the previous run kept after a
/// restart, at most `maxBytes` per run (the oldest lines go first), and the Pod's directory removed
/// with the Pod. With a directory the logs survive a restart of kubeling; without one they live in
/// memory (tests). Followers (`kubectl logs -f`) get each line as it is written. Thread-safe.
public final class ContainerLogs: @unchecked Sendable {
    /// The kubelet's default `containerLogMaxSize`.
    public static let defaultMaxBytes = 10 << 20

    // Invariant: `memory`, `followers` and `sizes` are guarded by `lock`; file writes happen under it too.
    private let lock = NSLock()
    private let directory: URL?
    private let maxBytes: Int
    private var memory: [ContainerLogKey: [UInt8]] = [:]
    private var sizes: [ContainerLogKey: Int] = [:]
    private var followers: [ContainerLogKey: [Follower]] = [:]

    private struct Follower {
        let pipe: BytePipe
        let timestamps: Bool
        var remaining: Int?
    }

    /// `directory` nil keeps logs in memory.
    public init(directory: URL?, maxBytes: Int = ContainerLogs.defaultMaxBytes) {
        self.directory = directory
        self.maxBytes = max(1024, maxBytes)
        if let directory {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        }
    }

    /// Appends one line (without its newline) written at `time` to `stream` ("stdout" or "stderr").
    public func append(_ key: ContainerLogKey, _ line: String, stream: String = "stdout", at time: Date) {
        append(key, lines: [(line, time)], stream: stream)
    }

    /// Appends lines, each with the time it was written, with one write (busy servers' request logs,
    /// batched).
    public func append(_ key: ContainerLogKey, lines: [(text: String, time: Date)], stream: String = "stdout") {
        guard !lines.isEmpty else { return }
        var record: [UInt8] = []
        for line in lines {
            record += "\(Self.timestamp(line.time)) \(stream) F ".utf8
            record += line.text.utf8
            record.append(10)
        }
        lock.lock()
        defer { lock.unlock() }
        write(record, to: key)
        for line in lines { notifyFollowers(key, line.text, at: line.time) }
    }

    /// Hands one line to the `--follow` readers of `key`. Call with the lock held.
    private func notifyFollowers(_ key: ContainerLogKey, _ line: String, at time: Date) {
        guard var list = followers[key], !list.isEmpty else { return }
        list = list.compactMap { f in
            var f = f
            var bytes = Array(((f.timestamps ? Self.timestamp(time) + " " : "") + line + "\n").utf8)
            if let left = f.remaining {
                if bytes.count >= left {
                    bytes = Array(bytes.prefix(left))
                    _ = f.pipe.offer(bytes)
                    f.pipe.closeWrite()
                    return nil
                }
                f.remaining = left - bytes.count
            }
            // A follower that cannot keep up is dropped rather than holding the program up.
            if !f.pipe.offer(bytes) {
                f.pipe.closeWrite()
                return nil
            }
            return f
        }
        followers[key] = list
    }

    /// How many lines the run's log holds (what a shell replaying its script after a restart wrote
    /// already).
    public func lineCount(_ key: ContainerLogKey) -> Int {
        lock.lock()
        defer { lock.unlock() }
        guard size(of: key) > 0 else { return 0 }
        return contents(of: key).reduce(0) { $1 == 10 ? $0 + 1 : $0 }
    }

    /// Whether anything was written for this run.
    public func exists(_ key: ContainerLogKey) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return size(of: key) > 0
    }

    /// The run's log as `kubectl logs` shows it, selected by `options` (tail, since, timestamps, limit);
    /// with `follow` and `open`, the returned pipe stays open for the lines still to come until `end(_:)`.
    public func read(_ key: ContainerLogKey, _ options: LogOptions, now: Date, open: Bool) -> BytePipe {
        let pipe = BytePipe(capacity: 4 << 20)
        lock.lock()
        defer { lock.unlock() }
        var lines = Self.parse(contents(of: key))
        if let since = options.sinceTime ?? options.sinceSeconds.map({ now.addingTimeInterval(-Double($0)) }) {
            lines = lines.filter { $0.time >= since }
        }
        if let tail = options.tailLines { lines = Array(lines.suffix(max(0, tail))) }
        var out: [UInt8] = []
        for line in lines {
            if options.timestamps { out += Array((line.stamp + " ").utf8) }
            out += line.text
            out.append(10)
        }
        var remaining = options.limitBytes
        if let limit = remaining {
            if out.count >= limit {
                out = Array(out.prefix(limit))
                remaining = 0
            } else {
                remaining = limit - out.count
            }
        }
        if !out.isEmpty { _ = pipe.offer(out.count <= pipe.capacity ? out : Array(out.suffix(pipe.capacity))) }
        if options.follow && open && remaining != 0 {
            followers[key, default: []].append(Follower(pipe: pipe, timestamps: options.timestamps, remaining: remaining))
        } else {
            pipe.closeWrite()
        }
        return pipe
    }

    /// The run ended: its followers reach the end of their streams.
    public func end(_ key: ContainerLogKey) {
        lock.lock()
        let list = followers.removeValue(forKey: key) ?? []
        lock.unlock()
        for f in list { f.pipe.closeWrite() }
    }

    /// Forgets every log of the Pod with `uid` (the Pod is gone).
    public func removePod(uid: String) {
        lock.lock()
        let keys = Set(memory.keys.filter { $0.uid == uid }).union(sizes.keys.filter { $0.uid == uid })
            .union(followers.keys.filter { $0.uid == uid })
        var ended: [Follower] = []
        for key in keys {
            memory[key] = nil
            sizes[key] = nil
            ended += followers.removeValue(forKey: key) ?? []
        }
        if let directory, let entries = try? FileManager.default.contentsOfDirectory(atPath: directory.path) {
            for entry in entries where entry.hasSuffix("_" + uid) {
                try? FileManager.default.removeItem(at: directory.appendingPathComponent(entry))
            }
        }
        lock.unlock()
        for f in ended { f.pipe.closeWrite() }
    }

    // MARK: storage (called with `lock` held)

    private func url(_ key: ContainerLogKey) -> URL? { directory?.appendingPathComponent(key.relativePath) }

    private func size(of key: ContainerLogKey) -> Int {
        if let known = sizes[key] { return known }
        guard let url = url(key) else { return memory[key]?.count ?? 0 }
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        sizes[key] = size
        return size
    }

    private func contents(of key: ContainerLogKey) -> [UInt8] {
        guard let url = url(key) else { return memory[key] ?? [] }
        return (try? [UInt8](Data(contentsOf: url))) ?? []
    }

    private func write(_ record: [UInt8], to key: ContainerLogKey) {
        let current = size(of: key)
        if current + record.count > maxBytes {
            // Keep the newer half, cut at a line boundary, as rotation would.
            var kept = contents(of: key)
            kept = Array(kept.suffix(maxBytes / 2))
            if let newline = kept.firstIndex(of: 10) { kept = Array(kept[(newline + 1)...]) }
            replace(key, with: kept + record)
            return
        }
        guard let url = url(key) else {
            memory[key, default: []] += record
            sizes[key] = current + record.count
            return
        }
        let fm = FileManager.default
        if !fm.fileExists(atPath: url.path) {
            try? fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            _ = fm.createFile(atPath: url.path, contents: Data(record))
        } else if let handle = try? FileHandle(forWritingTo: url) {
            _ = try? handle.seekToEnd()
            try? handle.write(contentsOf: record)
            try? handle.close()
        }
        sizes[key] = current + record.count
    }

    private func replace(_ key: ContainerLogKey, with bytes: [UInt8]) {
        if let url = url(key) {
            try? Data(bytes).write(to: url)
        } else {
            memory[key] = bytes
        }
        sizes[key] = bytes.count
    }

    // MARK: format

    struct Line {
        let time: Date
        let stamp: String
        let text: [UInt8]
    }

    /// The lines of a CRI log file.
    static func parse(_ bytes: [UInt8]) -> [Line] {
        var lines: [Line] = []
        for raw in bytes.split(separator: 10, omittingEmptySubsequences: true) {
            // <stamp> <stream> <tag> <text>
            let parts = raw.split(separator: 32, maxSplits: 3, omittingEmptySubsequences: false)
            guard parts.count >= 3 else { continue }
            let stamp = String(decoding: parts[0], as: UTF8.self)
            let text = parts.count == 4 ? Array(parts[3]) : []
            lines.append(Line(time: parseTimestamp(stamp) ?? .distantPast, stamp: stamp, text: text))
        }
        return lines
    }

    /// RFC 3339 with nanoseconds and Go's trailing-zero trimming (`time.RFC3339Nano`), in UTC. Busy
    /// servers stamp every request line, so the seconds part is formatted once per second and the
    /// fraction by hand.
    public static func timestamp(_ date: Date) -> String {
        let seconds = date.timeIntervalSince1970
        let whole = floor(seconds)
        var nanos = Int(((seconds - whole) * 1_000_000_000).rounded())
        var base = Int64(whole)
        if nanos >= 1_000_000_000 {
            nanos -= 1_000_000_000
            base += 1
        }
        let head = secondsPrefix(base)  // "…:05"
        guard nanos > 0 else { return head + "Z" }
        var digits = Array(String(nanos).utf8)
        digits.insert(contentsOf: repeatElement(UInt8(ascii: "0"), count: 9 - digits.count), at: 0)
        while digits.last == UInt8(ascii: "0") { digits.removeLast() }
        return head + "." + String(decoding: digits, as: UTF8.self) + "Z"
    }

    /// `2026-12-03T08:43:42` for a Unix second, remembered for the last second asked.
    private static func secondsPrefix(_ second: Int64) -> String {
        if let cached = lastSecond.get(), cached.second == second { return cached.text }
        let text = String(ObjectMeta.timestamp(Date(timeIntervalSince1970: Double(second))).dropLast())
        lastSecond.set((second, text))
        return text
    }

    private static let lastSecond = LastSecond()

    /// The last formatted second. Thread-safe.
    private final class LastSecond: @unchecked Sendable {
        // Invariant: `value` is guarded by `lock`.
        private let lock = NSLock()
        private var value: (second: Int64, text: String)?
        func get() -> (second: Int64, text: String)? { lock.withLock { value } }
        func set(_ v: (second: Int64, text: String)) { lock.withLock { value = v } }
    }

    static func parseTimestamp(_ text: String) -> Date? {
        guard text.hasSuffix("Z"), text.count >= 20 else { return nil }
        let body = text.dropLast()
        let (main, fraction) = body.firstIndex(of: ".").map { (String(body[..<$0]), String(body[body.index(after: $0)...])) }
            ?? (String(body), "")
        guard let base = ObjectMeta.parseTimestamp(main + "Z") else { return nil }
        let nanos = Double("0." + (fraction.isEmpty ? "0" : fraction)) ?? 0
        return base.addingTimeInterval(nanos)
    }
}
