extension Store {
    /// Subscribes to events on keys starting with `prefix` with revision > `after`. History events are queued
    /// first, then live ones, gap-free in revision order. Throws ``StoreError/expired(requested:oldest:)`` if
    /// events after `after` have left the history window, ``StoreError/closed`` after ``close()``.
    ///
    /// `onReady` is called (from any thread, often the writer) whenever new live events become available or the
    /// watcher is terminated; it must be cheap. It is not called for the replayed history: drain with
    /// ``StoreWatcher/next(max:)`` right after `watch` returns.
    public func watch(prefix: String, after: Int64,
                      onReady: @escaping @Sendable () -> Void) throws -> StoreWatcher {
        let limit = options.watcherBufferLimit
        // Registration and replay happen under the state lock, so no event can slip between them.
        let shared = state
        return try state.withLock { state -> StoreWatcher in
            if state.closed { throw StoreError.closed }
            let oldest = state.oldestWatchableRevision
            guard after >= oldest - 1 else {
                throw StoreError.expired(requested: after, oldest: oldest)
            }
            let id = state.nextWatcherID
            state.nextWatcherID += 1
            let replay = state.history.events(after: after, prefix: prefix)
            let watcher = StoreWatcher(id: id, prefix: prefix, replay: replay, limit: limit, onReady: onReady,
                                       onCancel: { [weak shared] id in
                                           shared?.withLock { _ = $0.watchers.removeValue(forKey: id) }
                                       })
            state.watchers[id] = watcher
            return watcher
        }
    }
}
