import JSON

/// A Kubernetes resource quantity ("100m", "1", "0.5", "100Mi", "1Gi", "1e3"), as apimachinery's
/// `resource.Quantity`: an exact decimal `mantissa × 10^exponent` plus the notation it was written in,
/// which decides how `canonical` prints it.
public struct Quantity: Sendable, Hashable, CustomStringConvertible {
    /// The notation a quantity is printed in (upstream `resource.Format`).
    public enum Format: String, Sendable {
        /// Powers of two: Ki, Mi, Gi, …
        case binarySI = "BinarySI"
        /// Powers of ten: n, u, m, "", k, M, G, …
        case decimalSI = "DecimalSI"
        /// `1e3`, `5E-3`.
        case decimalExponent = "DecimalExponent"
    }

    /// The upstream parse error for a string that does not have the shape of a quantity.
    public static let formatError =
        "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"

    /// Significant digits (sign included), normalised so that it has no trailing zeros.
    public private(set) var mantissa: Int64
    /// Power of ten applied to `mantissa`.
    public private(set) var exponent: Int
    /// The notation used for printing.
    public var format: Format

    /// `mantissa × 10^exponent` in the given notation.
    public init(mantissa: Int64, exponent: Int = 0, format: Format = .decimalSI) {
        self.mantissa = mantissa
        self.exponent = exponent
        self.format = format
        normalize()
    }

    /// A quantity of `milli` thousandths ("250m").
    public init(milliValue milli: Int64, format: Format = .decimalSI) {
        self.init(mantissa: milli, exponent: -3, format: format)
    }

    /// A whole quantity (e.g. bytes).
    public init(value: Int64, format: Format = .decimalSI) {
        self.init(mantissa: value, exponent: 0, format: format)
    }

    /// Parses a quantity string; nil when it is not one.
    public init?(_ text: String) {
        guard case .success(let q) = Quantity.parse(text) else { return nil }
        self = q
    }

    /// Parses a quantity from JSON: a string, or a number as YAML manifests often give (`cpu: 1`).
    public init?(json: JSON) {
        switch json {
        case .string(let s): self.init(s)
        case .int(let i): self.init(value: i)
        case .double(let d):
            guard d.isFinite else { return nil }
            // Print with enough digits and reparse, so that 0.5 becomes exactly 5×10^-1.
            self.init(String(d))
        default: return nil
        }
    }

    /// A parse failure, with upstream's message.
    public struct ParseError: Error, Sendable, Equatable {
        /// The upstream message.
        public var message: String
    }

    /// Parses a quantity string, returning upstream's message on failure.
    public static func parse(_ text: String) -> Result<Quantity, ParseError> {
        let u = Array(text.utf8)
        guard !u.isEmpty else { return .failure(ParseError(message: "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'")) }
        var i = 0
        var negative = false
        if u[i] == UInt8(ascii: "+") || u[i] == UInt8(ascii: "-") {
            negative = u[i] == UInt8(ascii: "-")
            i += 1
        }
        // Numeric part: digits with at most one '.'.
        var mantissa: Int64 = 0
        var exponent = 0
        var sawDigit = false, sawDot = false, overflowed = false
        while i < u.count, (u[i] >= 0x30 && u[i] <= 0x39) || u[i] == UInt8(ascii: ".") {
            if u[i] == UInt8(ascii: ".") {
                if sawDot { return .failure(ParseError(message: "unable to parse numeric part of quantity")) }
                sawDot = true
            } else {
                sawDigit = true
                let d = Int64(u[i] - 0x30)
                let (m1, o1) = mantissa.multipliedReportingOverflow(by: 10)
                let (m2, o2) = m1.addingReportingOverflow(d)
                if o1 || o2 || overflowed {
                    // Too many significant digits: keep the magnitude, round the rest up (upstream rounds up too).
                    if !overflowed, d > 0 { mantissa += 1 }
                    overflowed = true
                    if !sawDot { exponent += 1 }
                } else {
                    mantissa = m2
                    if sawDot { exponent -= 1 }
                }
            }
            i += 1
        }
        guard sawDigit else { return .failure(ParseError(message: formatError)) }
        let suffix = String(decoding: u[i...], as: UTF8.self)
        guard let (binaryPower, decimalPower, format) = parseSuffix(suffix) else {
            if suffix.utf8.allSatisfy({ "eEinumkKMGTP+-0123456789".utf8.contains($0) }) {
                return .failure(ParseError(message: "unable to parse quantity's suffix"))
            }
            return .failure(ParseError(message: formatError))
        }
        exponent += decimalPower
        if binaryPower > 0 {
            for _ in 0..<binaryPower {
                let (m, o) = mantissa.multipliedReportingOverflow(by: 2)
                if o { return .failure(ParseError(message: "quantity is too large")) }
                mantissa = m
            }
        }
        return .success(Quantity(mantissa: negative ? -mantissa : mantissa, exponent: exponent, format: format))
    }

    /// (power of two, power of ten, format) for a suffix; nil when unknown.
    private static func parseSuffix(_ s: String) -> (Int, Int, Format)? {
        switch s {
        case "": return (0, 0, .decimalSI)
        case "Ki": return (10, 0, .binarySI)
        case "Mi": return (20, 0, .binarySI)
        case "Gi": return (30, 0, .binarySI)
        case "Ti": return (40, 0, .binarySI)
        case "Pi": return (50, 0, .binarySI)
        case "Ei": return (60, 0, .binarySI)
        case "n": return (0, -9, .decimalSI)
        case "u": return (0, -6, .decimalSI)
        case "m": return (0, -3, .decimalSI)
        case "k": return (0, 3, .decimalSI)
        case "M": return (0, 6, .decimalSI)
        case "G": return (0, 9, .decimalSI)
        case "T": return (0, 12, .decimalSI)
        case "P": return (0, 15, .decimalSI)
        case "E": return (0, 18, .decimalSI)
        default:
            let u = Array(s.utf8)
            guard u.count >= 2, u[0] == UInt8(ascii: "e") || u[0] == UInt8(ascii: "E"),
                  let n = Int(String(decoding: u[1...], as: UTF8.self)), abs(n) < 1000 else { return nil }
            return (0, n, .decimalExponent)
        }
    }

    private mutating func normalize() {
        if mantissa == 0 {
            exponent = 0
            return
        }
        while mantissa % 10 == 0 {
            mantissa /= 10
            exponent += 1
        }
    }

    /// Whether the quantity is zero.
    public var isZero: Bool { mantissa == 0 }
    /// -1, 0 or 1.
    public var sign: Int { mantissa == 0 ? 0 : (mantissa < 0 ? -1 : 1) }

    /// The value in units of 10^scale, rounded away from zero (upstream `ScaledValue`), saturating at Int64's range.
    public func scaledValue(_ scale: Int) -> Int64 {
        let shift = exponent - scale
        if shift >= 0 {
            var v = mantissa
            for _ in 0..<shift {
                let (m, o) = v.multipliedReportingOverflow(by: 10)
                if o { return mantissa < 0 ? Int64.min : Int64.max }
                v = m
            }
            return v
        }
        var divisor: Int64 = 1
        for _ in 0..<(-shift) {
            let (d, o) = divisor.multipliedReportingOverflow(by: 10)
            if o { return sign == 0 ? 0 : Int64(sign) }  // smaller than one unit: rounds to ±1
            divisor = d
        }
        let (q, r) = mantissa.quotientAndRemainder(dividingBy: divisor)
        return r == 0 ? q : q + (mantissa < 0 ? -1 : 1)
    }

    /// The value in thousandths, rounded up (upstream `MilliValue`).
    public var milliValue: Int64 { scaledValue(-3) }
    /// The value rounded up to a whole number (upstream `Value`).
    public var value: Int64 { scaledValue(0) }
    /// The value as a Double (for ratios such as utilisation).
    public var doubleValue: Double {
        var d = Double(mantissa)
        if exponent >= 0 { for _ in 0..<exponent { d *= 10 } } else { for _ in 0..<(-exponent) { d /= 10 } }
        return d
    }

    /// The canonical string upstream serialises (`"500m"` for 0.5, `"1Gi"` for 1024Mi, `"1k"` for 1000).
    public var canonical: String { Quantity.canonicalString(mantissa: mantissa, exponent: exponent, format: format) }
    /// Same as `canonical`.
    public var description: String { canonical }
    /// The canonical string as JSON.
    public var json: JSON { .string(canonical) }
}

extension Quantity: Comparable {
    /// Exact comparison of the two values.
    public static func < (a: Quantity, b: Quantity) -> Bool { compare(a, b) < 0 }

    /// Equal when the values are equal, whatever the notation.
    public static func == (a: Quantity, b: Quantity) -> Bool { a.mantissa == b.mantissa && a.exponent == b.exponent }

    /// Hashes the value, not the notation.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(mantissa)
        hasher.combine(exponent)
    }

    /// -1, 0 or 1 as a is less than, equal to or greater than b.
    public static func compare(_ a: Quantity, _ b: Quantity) -> Int {
        if a.sign != b.sign { return a.sign < b.sign ? -1 : 1 }
        if a == b { return 0 }
        let common = min(a.exponent, b.exponent)
        let av = a.scaledValue(common), bv = b.scaledValue(common)
        if av != bv { return av < bv ? -1 : 1 }
        // Saturated: fall back to floating point.
        return a.doubleValue < b.doubleValue ? -1 : (a.doubleValue > b.doubleValue ? 1 : 0)
    }

    /// The sum, in `a`'s notation.
    public static func + (a: Quantity, b: Quantity) -> Quantity {
        let common = min(a.exponent, b.exponent)
        let (s, o) = a.scaledValue(common).addingReportingOverflow(b.scaledValue(common))
        return Quantity(mantissa: o ? Int64.max : s, exponent: common, format: a.format)
    }
}
