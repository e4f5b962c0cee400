/// Short, human-readable durations for AGE-style columns, following apimachinery's
/// `duration.HumanDuration`: the unit changes at 2 minutes, 10 minutes, 3 hours, 8 hours, 48 hours,
/// 8 days, 2 years and 8 years, and a zero second component is dropped ("10m", not "10m0s").
public enum HumanDuration {
    /// Formats an elapsed time given in seconds (fractions are truncated toward zero, as Go's
    /// integer duration division does). Less than -1 s prints `<invalid>`; -1 s up to 0 prints `0s`.
    public static func format(_ seconds: Double) -> String {
        guard seconds.isFinite else { return "<invalid>" }
        // Work in whole nanoseconds like time.Duration, clamped to its range.
        let clamped = max(min(seconds, 9.2e9), -9.2e9)
        let nanos = Int64(clamped * 1_000_000_000)
        let secs = nanos / 1_000_000_000
        if secs < -1 { return "<invalid>" }
        if secs < 0 { return "0s" }
        if secs < 120 { return "\(secs)s" }
        let minutes = nanos / 60_000_000_000
        if minutes < 10 {
            let s = secs % 60
            return s == 0 ? "\(minutes)m" : "\(minutes)m\(s)s"
        }
        if minutes < 60 * 3 { return "\(minutes)m" }
        let hours = nanos / 3_600_000_000_000
        if hours < 8 {
            let m = minutes % 60
            return m == 0 ? "\(hours)h" : "\(hours)h\(m)m"
        }
        if hours < 48 { return "\(hours)h" }
        if hours < 24 * 8 {
            let h = hours % 24
            return h == 0 ? "\(hours / 24)d" : "\(hours / 24)d\(h)h"
        }
        if hours < 24 * 365 * 2 { return "\(hours / 24)d" }
        if hours < 24 * 365 * 8 {
            let d = (hours / 24) % 365
            return d == 0 ? "\(hours / 24 / 365)y" : "\(hours / 24 / 365)y\(d)d"
        }
        return "\(hours / 24 / 365)y"
    }
}
