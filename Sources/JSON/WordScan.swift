/// Byte tests on eight bytes at once, for the parser's and writer's scans of plain string text.
/// `(x - 0x0101…) & ~x & 0x8080…` is non-zero exactly when some byte of `x` is zero, and with
/// `n × 0x0101…` subtracted instead, when some byte is below `n` (for `n` up to 0x80); a borrow
/// only ever starts at a byte that really matches, so "any" is exact.
enum WordScan {
    @inline(__always) static var ones: UInt64 { 0x0101_0101_0101_0101 }
    @inline(__always) static var highs: UInt64 { 0x8080_8080_8080_8080 }

    /// Non-zero when some byte of `w` is below `n`.
    @inline(__always)
    static func below(_ w: UInt64, _ n: UInt64) -> UInt64 { (w &- ones &* n) & ~w & highs }

    /// Non-zero when some byte of `w` equals `c`.
    @inline(__always)
    static func equal(_ w: UInt64, _ c: UInt64) -> UInt64 { below(w ^ (ones &* c), 1) }

    /// Non-zero when some byte of `w` is 0x80 or above.
    @inline(__always)
    static func nonASCII(_ w: UInt64) -> UInt64 { w & highs }
}
