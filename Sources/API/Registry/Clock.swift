import Foundation

/// The time source for the Registry, controllers and the simulation; injected so tests can run in
/// virtual time (design.md §3, "Time is injected").
public protocol Clock: Sendable {
    /// The current time.
    func now() -> Date
}

/// The wall clock.
public struct SystemClock: Clock {
    public init() {}
    public func now() -> Date { Date() }
}
