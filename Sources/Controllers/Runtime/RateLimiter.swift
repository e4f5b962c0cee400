import API
import Foundation

/// How long a key waits before its next retry: upstream's `DefaultControllerRateLimiter`, the larger of
/// a per-key exponential back-off (5 ms doubling to 1000 s, reset by `forget`) and an overall token
/// bucket (10 per second, bursts of 100) shared by every key of the controller.
public struct RateLimiterOptions: Sendable {
    /// The first failure's delay.
    public var baseDelay: Double = 0.005
    /// The longest per-key delay.
    public var maxDelay: Double = 1000
    /// The bucket's sustained rate, retries per second.
    public var bucketRate: Double = 10
    /// The bucket's size.
    public var bucketBurst: Double = 100

    public init() {}
}

/// The rate limiter itself. Threading: used only under its `WorkQueue`'s lock.
struct RateLimiter {
    private let options: RateLimiterOptions
    private var failures: [ObjectKey: Int] = [:]
    private var tokens: Double
    private var lastRefill: Date?

    init(options: RateLimiterOptions) {
        self.options = options
        tokens = options.bucketBurst
    }

    /// The delay before retrying `key` now; counts one more failure for it.
    mutating func when(_ key: ObjectKey, now: Date) -> Double {
        let n = failures[key, default: 0]
        failures[key] = n + 1
        // 5 ms · 2^n, capped; computed in floating point so large n cannot overflow.
        let backoff = min(options.maxDelay, options.baseDelay * pow(2, Double(min(n, 64))))
        return max(backoff, bucketDelay(now: now))
    }

    /// How many times `key` has been retried since it last succeeded.
    func retries(_ key: ObjectKey) -> Int { failures[key, default: 0] }

    /// Forgets `key`'s failures (it succeeded).
    mutating func forget(_ key: ObjectKey) { failures[key] = nil }

    /// Takes one token; the wait until it is really available (0 while the bucket has tokens).
    private mutating func bucketDelay(now: Date) -> Double {
        if let last = lastRefill {
            tokens = min(options.bucketBurst, tokens + max(0, now.timeIntervalSince(last)) * options.bucketRate)
        }
        lastRefill = now
        tokens -= 1
        return tokens >= 0 ? 0 : -tokens / options.bucketRate
    }
}
