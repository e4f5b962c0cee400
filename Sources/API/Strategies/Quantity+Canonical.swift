extension Quantity {
    /// Upstream's `CanonicalizeBytes`: the largest suffix that keeps an integer mantissa; binary notation only for
    /// whole values of at least 1024 in magnitude (smaller or fractional binary quantities print in decimal).
    static func canonicalString(mantissa: Int64, exponent: Int, format: Format) -> String {
        if mantissa == 0 { return "0" }
        if format == .binarySI, exponent >= 0 {
            let q = Quantity(mantissa: mantissa, exponent: exponent, format: format)
            let whole = q.value
            if whole != Int64.max, whole != Int64.min, whole <= -1024 || whole >= 1024 {
                var v = whole
                var k = 0
                while k < 6, v % 1024 == 0 {
                    v /= 1024
                    k += 1
                }
                return String(v) + ["", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"][k]
            }
        }
        var m = mantissa
        var e = exponent
        if e < -9 {
            // Below a nano: rounded up to whole nanos, as upstream does.
            m = Quantity(mantissa: mantissa, exponent: exponent).scaledValue(-9)
            e = -9
        }
        // The largest multiple of three not above e (floor division for negatives).
        var e3 = e >= 0 ? (e / 3) * 3 : -(((-e) + 2) / 3) * 3
        if format != .decimalExponent { e3 = min(e3, 18) }
        let digits = String(m) + String(repeating: "0", count: e - e3)
        if format == .decimalExponent {
            return e3 == 0 ? digits : digits + "e" + String(e3)
        }
        let suffix: String
        switch e3 {
        case -9: suffix = "n"
        case -6: suffix = "u"
        case -3: suffix = "m"
        case 3: suffix = "k"
        case 6: suffix = "M"
        case 9: suffix = "G"
        case 12: suffix = "T"
        case 15: suffix = "P"
        case 18: suffix = "E"
        default: suffix = ""
        }
        return digits + suffix
    }
}
