import Foundation
import Storage

/// A fresh temporary directory holding one database file, removed by `cleanup()`.
struct TempDatabase {
    let directory: URL
    var path: String { directory.appendingPathComponent("store.db").path }

    init() {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("kubeling-storage-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    func cleanup() {
        try? FileManager.default.removeItem(at: directory)
    }
}

/// Test values are UTF-8 strings like "color=red;size=2"; the indexer turns each pair into a label and records
/// the key's last path segment as the field "name".
let testIndexer: Indexer = { key, value in
    var labels: [String: String] = [:]
    for pair in String(decoding: value, as: UTF8.self).split(separator: ";") {
        let parts = pair.split(separator: "=", maxSplits: 1)
        if parts.count == 2 { labels[String(parts[0])] = String(parts[1]) }
    }
    return Attributes(fields: ["name": String(key.split(separator: "/").last ?? "")], labels: labels)
}

func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }
func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

func openStore(_ db: TempDatabase, configure: (inout StoreOptions) -> Void = { _ in }) throws -> Store {
    var options = StoreOptions()
    options.synchronousFull = false  // tests check semantics, not power-loss durability; keeps them quick
    configure(&options)
    return try Store(path: db.path, options: options, indexer: testIndexer)
}

extension Store {
    /// Puts `value` at `key` unconditionally.
    @discardableResult
    func put(_ key: String, _ value: String) throws -> WriteOutcome {
        try writeSync(key: key) { _, _ in .put(bytes(value)) }
    }

    /// Deletes `key` with a tombstone.
    @discardableResult
    func remove(_ key: String) throws -> WriteOutcome {
        try writeSync(key: key) { _, _ in .delete(tombstone: bytes("gone")) }
    }
}

/// Drains a watcher until `count` events arrived or `timeout` seconds passed.
func drain(_ watcher: StoreWatcher, count: Int, timeout: Double = 10) -> [StoreEvent] {
    var events: [StoreEvent] = []
    let deadline = Date().addingTimeInterval(timeout)
    while events.count < count, Date() < deadline, !watcher.isTerminated {
        let batch = watcher.next(max: 1000)
        if batch.isEmpty { usleep(1000) } else { events += batch }
    }
    return events
}

struct TestFailure: Error, Equatable {
    let reason: String
}
