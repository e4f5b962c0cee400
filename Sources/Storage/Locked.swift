import Foundation

/// A value reachable only while holding its lock: the one guard of that piece of state.
final class Locked<Value>: @unchecked Sendable {
    // Invariant (why @unchecked Sendable is sound): `value` is only touched inside `withLock`, under `lock`.
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) {
        self.value = value
    }

    /// Runs `body` with exclusive access to the value. Never call back into the same `Locked` from `body`.
    func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
