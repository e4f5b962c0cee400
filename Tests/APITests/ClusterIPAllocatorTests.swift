import Testing
@testable import API

@Suite struct ClusterIPAllocatorTests {
    @Test func neverHandsOutReservedAddresses() throws {
        let alloc = try #require(ClusterIPAllocator(cidr: "10.0.0.0/29"))
        var got = Set<String>()
        while let ip = alloc.allocate() { got.insert(ip) }
        // 8 addresses minus network, .1 (kubernetes) and broadcast.
        #expect(got == ["10.0.0.2", "10.0.0.3", "10.0.0.4", "10.0.0.5", "10.0.0.6"])
        alloc.release("10.0.0.4")
        #expect(alloc.allocate() == "10.0.0.4")
    }

    @Test func defaultRangeIsKubeadmServiceCIDR() throws {
        let alloc = ClusterIPAllocator()
        #expect(alloc.kubernetesServiceIP == "10.96.0.1")
        #expect(alloc.markUsed("10.96.0.1"))
        #expect(!alloc.markUsed("10.96.0.1"))
        #expect(!alloc.markUsed("192.168.0.1"))
        let ip = try #require(alloc.allocate())
        #expect(alloc.contains(ip))
        #expect(ip != "10.96.0.1")
    }

    @Test func concurrentAllocationsAreUnique() async {
        let alloc = ClusterIPAllocator()
        let ips = await withTaskGroup(of: [String].self) { group in
            for _ in 0..<8 {
                group.addTask { (0..<500).compactMap { _ in alloc.allocate() } }
            }
            var all: [String] = []
            for await part in group { all += part }
            return all
        }
        #expect(ips.count == 4000)
        #expect(Set(ips).count == 4000)
        #expect(alloc.usedCount == 4000)
    }
}
