import Foundation

/// Hands out Service cluster IPs from a CIDR (default 10.96.0.0/12, the kubeadm default), as upstream's
/// IP allocator: random picks, never the network or broadcast address, and the first address reserved for the
/// `kubernetes` Service (it can only be claimed with `markUsed`).
///
/// Thread-safe: `lock` guards `used`, the only mutable state.
public final class ClusterIPAllocator: @unchecked Sendable {
    private let base: UInt32
    private let size: UInt32
    private var used = Set<UInt32>()
    private let lock = NSLock()

    /// An allocator over 10.96.0.0/12.
    public convenience init() {
        self.init(base: 0x0A60_0000, prefixLength: 12)
    }

    /// An allocator over an IPv4 CIDR such as "10.96.0.0/12"; nil when it is not one or too small.
    public convenience init?(cidr: String) {
        let parts = cidr.split(separator: "/")
        guard parts.count == 2, let ip = ClusterIPAllocator.parse(String(parts[0])), let bits = Int(parts[1]),
              (8...29).contains(bits) else { return nil }
        self.init(base: ip, prefixLength: bits)
    }

    private init(base: UInt32, prefixLength: Int) {
        let size = UInt32(1) << UInt32(32 - prefixLength)
        self.base = base & ~(size - 1)
        self.size = size
    }

    /// The address reserved for the `kubernetes` Service (the first usable one, 10.96.0.1).
    public var kubernetesServiceIP: String { Self.format(base + 1) }

    /// Claims a specific address (a Service that asked for one, or state loaded at start-up). Returns false when
    /// the address is outside the range or already in use.
    @discardableResult
    public func markUsed(_ ip: String) -> Bool {
        guard let offset = offset(of: ip) else { return false }
        return lock.withLock { used.insert(offset).inserted }
    }

    /// A free address, chosen at random; nil when the range is full.
    public func allocate() -> String? {
        // Skip the network address, the reserved .1 and the broadcast address.
        guard size >= 4 else { return nil }
        return lock.withLock { RandomPick.claim(in: 2...(size - 2), used: &used) }.map { Self.format(base + $0) }
    }

    /// Returns an address to the pool.
    public func release(_ ip: String) {
        guard let offset = offset(of: ip) else { return }
        _ = lock.withLock { used.remove(offset) }
    }

    /// Whether `ip` lies in the range.
    public func contains(_ ip: String) -> Bool { offset(of: ip) != nil }

    /// How many addresses are in use.
    public var usedCount: Int { lock.withLock { used.count } }

    private func offset(of ip: String) -> UInt32? {
        guard let v = Self.parse(ip), v >= base, v - base < size else { return nil }
        let o = v - base
        return o == 0 || o == size - 1 ? nil : o
    }

    /// Parses dotted-quad IPv4.
    static func parse(_ ip: String) -> UInt32? {
        let parts = ip.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        var v: UInt32 = 0
        for p in parts {
            guard !p.isEmpty, p.count <= 3, p.allSatisfy(\.isASCIIDigit), let n = UInt32(p), n <= 255 else { return nil }
            v = v << 8 | n
        }
        return v
    }

    static func format(_ v: UInt32) -> String {
        "\(v >> 24).\((v >> 16) & 0xFF).\((v >> 8) & 0xFF).\(v & 0xFF)"
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
