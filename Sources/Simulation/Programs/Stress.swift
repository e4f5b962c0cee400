/// `stress` (the `polinux/stress` image of the Kubernetes memory-limit tutorial): `--vm N --vm-bytes S`
/// workers each allocate and touch S bytes and keep them (`--vm-hang`); `--timeout T` ends the run.
/// What it allocates is its memory demand, so a container limited below it is OOM-killed.
enum Stress {
    static func program(_ args: [String]) -> Program {
        var workers = 0
        var bytesPerWorker: Int64 = 256 << 20  // stress's default --vm-bytes
        var timeout: Double?
        var i = 0
        while i < args.count {
            let (flag, inline) = split(args[i])
            let value = inline ?? (i + 1 < args.count ? args[i + 1] : nil)
            let consumed = inline == nil ? 2 : 1
            switch flag {
            case "--vm", "-m":
                workers = value.flatMap { Int($0) } ?? workers
                i += consumed
            case "--vm-bytes":
                bytesPerWorker = value.flatMap(size) ?? bytesPerWorker
                i += consumed
            case "--timeout", "-t":
                timeout = value.flatMap(seconds)
                i += consumed
            default:
                i += 1
            }
        }
        let log = ["stress: info: [1] dispatching hogs: 0 cpu, 0 io, \(workers) vm, 0 hdd"]
        return Program(name: "stress", startupLog: log, exit: timeout.map { .init(after: $0, code: 0) },
                       onTerm: .exit(code: 143, after: 0),
                       memoryDemand: workers > 0 ? Int64(workers) * bytesPerWorker : nil)
    }

    private static func split(_ arg: String) -> (String, String?) {
        guard arg.hasPrefix("--"), let eq = arg.firstIndex(of: "=") else { return (arg, nil) }
        return (String(arg[..<eq]), String(arg[arg.index(after: eq)...]))
    }

    /// stress's sizes: a number with an optional B, K, M or G suffix (powers of 1024).
    static func size(_ text: String) -> Int64? {
        guard let last = text.last else { return nil }
        let units: [Character: Int64] = ["b": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30]
        if let unit = units[Character(last.lowercased())], let n = Int64(text.dropLast()) { return n * unit }
        return Int64(text)
    }

    /// stress's durations: seconds, or a number with s, m, h or d.
    static func seconds(_ text: String) -> Double? {
        guard let last = text.last else { return nil }
        let units: [Character: Double] = ["s": 1, "m": 60, "h": 3600, "d": 86400]
        if let unit = units[last], let n = Double(text.dropLast()) { return n * unit }
        return Double(text)
    }
}
