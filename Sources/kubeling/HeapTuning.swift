import Foundation

/// glibc heap settings for the server process. `malloc.h` is not part of Swift's Glibc module, so `mallopt` is
/// looked up at run time; every call is a no-op where it does not exist.
enum HeapTuning {
    private static let mTrimThreshold: Int32 = -1  // M_TRIM_THRESHOLD in malloc.h
    private static let mMmapThreshold: Int32 = -3  // M_MMAP_THRESHOLD in malloc.h
    private static let hugePage = 2 << 20

    /// `mallopt(M_MMAP_THRESHOLD, bytes)`.
    static func capMmapThreshold(_ bytes: Int32) {
        mallopt(mMmapThreshold, bytes)
    }

    /// `mallopt(M_TRIM_THRESHOLD, bytes)`: free memory at the top of the heap beyond this goes back to the system.
    static func setTrimThreshold(_ bytes: Int32) {
        mallopt(mTrimThreshold, bytes)
    }

    /// Grows the heap by about `bytes` at once and asks for transparent huge pages on it, then frees it (it stays
    /// in the heap while the trim threshold is high): the store's cold start then faults its values in 2 MiB at a
    /// time instead of 4 KiB, and page faults were ~40% of loading 10k pods. Memory is only committed as touched.
    static func reserveHugePageHeap(_ bytes: Int, restoreMmapThreshold: Int32) {
        // Blocks below the mmap threshold come from the brk heap, one after the other, and coalesce when freed.
        let block = 30 << 20
        mallopt(mMmapThreshold, Int32(block + 4096))
        var blocks: [UnsafeMutableRawPointer] = []
        var remaining = bytes
        while remaining > 0, let pointer = malloc(block) {
            blocks.append(pointer)
            remaining -= block
        }
        for pointer in blocks {
            let address = Int(bitPattern: pointer)
            let start = (address + hugePage - 1) / hugePage * hugePage
            let end = (address + block) / hugePage * hugePage
            if end > start, let aligned = UnsafeMutableRawPointer(bitPattern: start) {
                _ = madvise(aligned, end - start, 14)  // MADV_HUGEPAGE
            }
        }
        for pointer in blocks.reversed() { free(pointer) }
        mallopt(mMmapThreshold, restoreMmapThreshold)
    }

    private static func mallopt(_ parameter: Int32, _ value: Int32) {
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        guard let handle = dlopen(nil, RTLD_NOW), let sym = dlsym(handle, "mallopt") else { return }
        _ = unsafeBitCast(sym, to: Mallopt.self)(parameter, value)
    }
}
