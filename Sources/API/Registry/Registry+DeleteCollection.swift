import Foundation
import JSON

extension Registry {
    /// DELETE of a collection: deletes every object the list options select, as upstream's
    /// `DeleteCollection`; answers the list of what was deleted (or marked for deletion).
    public func deleteCollection(_ r: ResourceInfo, namespace: String?, listOptions: ListOptions,
                                 options: DeleteOptions, completion: @escaping WriteCompletion) {
        var all = listOptions
        all.limit = nil
        all.continueToken = nil
        let page: ListPage
        do throws(APIError) {
            page = try listPage(r, namespace: namespace, options: all)
        } catch {
            completion(.failure(error))
            return
        }
        let names: [(String?, String)] = page.items.compactMap { item in
            let parts = item.key.split(separator: "/", omittingEmptySubsequences: false)
            guard let name = parts.last else { return nil }
            return (r.namespaced ? String(parts[parts.count - 2]) : nil, String(name))
        }
        let collected = DeletedItems(count: names.count)
        if names.isEmpty {
            completion(.success(WriteResult(code: 200, body: Registry.renderItems([], kind: r.kind + "List",
                                                                                   apiVersion: r.groupVersion, revision: page.revision))))
            return
        }
        let revision = page.revision
        for (i, (ns, name)) in names.enumerated() {
            delete(r, namespace: ns, name: name, options: options) { result in
                let done = collected.set(i, result)
                guard done else { return }
                let (items, firstError) = collected.results()
                if let firstError {
                    completion(.failure(firstError))
                } else {
                    completion(.success(WriteResult(code: 200, body: Registry.renderItems(items, kind: r.kind + "List",
                                                                                          apiVersion: r.groupVersion, revision: revision))))
                }
            }
        }
    }

    /// A list document spliced from item bytes, without re-encoding them.
    public static func renderItems(_ items: [[UInt8]], kind: String, apiVersion: String, revision: Int64,
                                   continueToken: String? = nil, remaining: Int = 0) -> [UInt8] {
        let parts = listParts(items, kind: kind, apiVersion: apiVersion, revision: revision,
                              continueToken: continueToken, remaining: remaining)
        var out: [UInt8] = []
        out.reserveCapacity(parts.reduce(0) { $0 + $1.count })
        for p in parts { out.append(contentsOf: p) }
        return out
    }

    /// The pieces of a list document in order: the envelope's head, each item followed by its
    /// separator, the tail. Large lists are streamed piece by piece instead of being joined.
    public static func listParts(_ items: [[UInt8]], kind: String, apiVersion: String, revision: Int64,
                                 continueToken: String? = nil, remaining: Int = 0) -> [[UInt8]] {
        var w = JSONWriter(capacity: 256)
        w.append("{\"kind\":")
        w.writeString(kind)
        w.append(",\"apiVersion\":")
        w.writeString(apiVersion)
        w.append(",\"metadata\":{\"resourceVersion\":")
        w.writeString(String(revision))
        if let continueToken {
            w.append(",\"continue\":")
            w.writeString(continueToken)
            w.append(",\"remainingItemCount\":")
            w.writeInt(Int64(remaining))
        }
        w.append("},\"items\":[")
        var parts: [[UInt8]] = [w.bytes]
        parts.reserveCapacity(items.count * 2 + 2)
        let comma: [UInt8] = [UInt8(ascii: ",")]
        for (i, item) in items.enumerated() {
            if i > 0 { parts.append(comma) }
            parts.append(item)
        }
        parts.append(Array("]}".utf8))
        return parts
    }
}

/// Results of the deletes of one deleteCollection, filled from store completions on any thread.
private final class DeletedItems: @unchecked Sendable {
    // Invariant: every field is read and written only under `lock`.
    private let lock = NSLock()
    private var slots: [Result<WriteResult, APIError>?]
    private var remaining: Int

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
        remaining = count
    }

    /// Records one result; true when it was the last.
    func set(_ i: Int, _ r: Result<WriteResult, APIError>) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        slots[i] = r
        remaining -= 1
        return remaining == 0
    }

    /// The deleted objects, and the first failure other than NotFound (someone else deleted it first).
    func results() -> ([[UInt8]], APIError?) {
        lock.lock()
        defer { lock.unlock() }
        var items: [[UInt8]] = []
        var firstError: APIError?
        for s in slots {
            switch s {
            case .success(let w): items.append(w.body)
            case .failure(let e) where e.code != 404: if firstError == nil { firstError = e }
            default: break
            }
        }
        return (items, firstError)
    }
}
