import Foundation

extension Store {
    /// Queues a write of `key`. `decide` runs ON THE WRITER THREAD with the current object (nil if absent; it
    /// already reflects earlier writes of the same batch) and the revision this write gets if it changes
    /// anything. A throw from `decide` is passed to `completion` and changes nothing.
    ///
    /// `completion` runs on the writer thread after the batch's commit is durable (fsync'd with
    /// `synchronousFull`) and after the cache and watchers have seen the change, so a reader woken by it sees the
    /// write. It must be cheap and must not block (resume a connection, signal, enqueue). If the store is closed,
    /// `completion` is called at once on the calling thread with ``StoreError/closed``.
    public func write(key: String, decide: @escaping @Sendable (StoredObject?, Int64) throws -> WriteDecision,
                      completion: @escaping @Sendable (Result<WriteOutcome, any Error>) -> Void) {
        let queued = writer.enqueue(PendingWrite(key: key, decide: decide, completion: completion))
        if !queued {
            completion(.failure(StoreError.closed))
        }
    }

    /// Blocking convenience for non-HTTP threads (controllers, tests, seeding): waits for the durable commit.
    /// Never call it from a `decide` closure or a write completion (both run on the writer thread).
    public func writeSync(key: String,
                          decide: @escaping @Sendable (StoredObject?, Int64) throws -> WriteDecision)
        throws -> WriteOutcome
    {
        let done = DispatchSemaphore(value: 0)
        let box = Locked<Result<WriteOutcome, any Error>?>(nil)
        write(key: key, decide: decide) { result in
            box.withLock { $0 = result }
            done.signal()
        }
        done.wait()
        guard let result = box.withLock({ $0 }) else { throw StoreError.closed }
        return try result.get()
    }
}
