/// How metrics-server writes its numbers: usage as `resource.Quantity` values built the way its storage
/// builds them (CPU a scaled quantity of nanocores in DecimalSI, memory whole bytes in BinarySI), which
/// apimachinery then prints in canonical form; the window as Go's `time.Duration` prints.
public enum MetricsFormat {
    /// CPU usage in canonical DecimalSI form of nanocores: `1234567n`, `250m`, `2`, `0`.
    public static func cpu(nanoCores: Int64) -> String {
        Quantity(mantissa: max(0, nanoCores), exponent: -9, format: .decimalSI).canonical
    }

    /// Memory usage in canonical BinarySI form of bytes: `12345Ki`, `12Mi`, `1536`; below 1024 bytes
    /// apimachinery falls back to decimal (`1k` for 1000).
    public static func memory(bytes: Int64) -> String {
        Quantity(mantissa: max(0, bytes), exponent: 0, format: .binarySI).canonical
    }

    /// A length of time as Go's `time.Duration.String` prints it (`15s`, `14.5s`, `1m30s`, `500ms`, `0s`),
    /// which is how `metav1.Duration` marshals the `window` field.
    public static func duration(seconds: Double) -> String {
        guard seconds.isFinite else { return "0s" }
        let nanos = Int64((seconds * 1e9).rounded())
        return duration(nanoseconds: nanos)
    }

    /// Go's `time.Duration.String` of a count of nanoseconds.
    public static func duration(nanoseconds d: Int64) -> String {
        if d == 0 { return "0s" }
        let negative = d < 0
        let u = d.magnitude
        var text: String
        if u < 1_000_000_000 {
            // Below a second: one unit, the largest that keeps the integer part non-zero.
            let (unit, scale): (String, UInt64) = u < 1_000 ? ("ns", 1) : u < 1_000_000 ? ("µs", 1_000) : ("ms", 1_000_000)
            text = fixed(u, scale: scale) + unit
        } else {
            let totalSeconds = u / 1_000_000_000
            let hours = totalSeconds / 3600
            let minutes = (totalSeconds % 3600) / 60
            let secondsPart = u % 60_000_000_000
            text = fixed(secondsPart, scale: 1_000_000_000) + "s"
            if hours > 0 {
                text = "\(hours)h\(minutes)m" + text
            } else if minutes > 0 {
                text = "\(minutes)m" + text
            }
        }
        return negative ? "-" + text : text
    }

    /// `value / scale` in decimal, with the fraction's trailing zeros (and a bare point) removed.
    private static func fixed(_ value: UInt64, scale: UInt64) -> String {
        let whole = value / scale
        var fraction = value % scale
        guard fraction > 0 else { return String(whole) }
        var width = String(scale).count - 1
        while fraction % 10 == 0 {
            fraction /= 10
            width -= 1
        }
        let digits = String(fraction)
        return "\(whole)." + String(repeating: "0", count: width - digits.count) + digits
    }
}
