import Foundation

extension Tools {
    /// `dd if=… of=… bs=… count=…`: copies blocks from a file or device (`/dev/zero`, `/dev/random`,
    /// `/dev/urandom`; stdin when no `if=`) to a file (stdout when no `of=`), and reports on stderr as
    /// coreutils or busybox do.
    static func dd(_ c: inout ToolContext) -> Int32 {
        var input: String?
        var output: String?
        var blockSize = 512
        var count: Int?
        for operand in c.operands {
            let parts = operand.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { return c.fail("unrecognized operand '\(operand)'") }
            switch parts[0] {
            case "if": input = parts[1]
            case "of": output = parts[1]
            case "bs":
                guard let size = ddSize(parts[1]) else { return c.fail("invalid number: '\(parts[1])'") }
                blockSize = size
            case "count":
                guard let n = Int(parts[1]), n >= 0 else { return c.fail("invalid number: '\(parts[1])'") }
                count = n
            default:
                return c.fail("unrecognized operand '\(operand)'")
            }
        }
        var data: [UInt8]
        switch input {
        case "/dev/zero":
            data = [UInt8](repeating: 0, count: blockSize * (count ?? 1))
        case "/dev/random", "/dev/urandom":
            var generator = SystemRandomNumberGenerator()
            let total = blockSize * (count ?? 1)
            data = [UInt8](repeating: 0, count: total)
            data.withUnsafeMutableBytes { raw in
                var i = 0
                while i + 8 <= raw.count {
                    raw.storeBytes(of: generator.next() as UInt64, toByteOffset: i, as: UInt64.self)
                    i += 8
                }
                while i < raw.count {
                    raw[i] = UInt8.random(in: 0...255, using: &generator)
                    i += 1
                }
            }
        case .some(let path):
            switch c.fs.read(c.path(path)) {
            case .success(let bytes): data = bytes
            case .failure(let error): return c.fail("failed to open '\(path)': \(error.message)")
            }
        case .none:
            data = c.io.stdin.readAll()
        }
        if let count { data = Array(data.prefix(blockSize * count)) }
        if let output {
            do {
                try c.fs.write(c.path(output), data)
            } catch {
                return c.fail("failed to open '\(output)': \(error.message)")
            }
        } else {
            c.out(data)
        }
        let full = data.count / blockSize
        let partial = data.count % blockSize == 0 ? 0 : 1
        let records = "\(full)+\(partial) records in\n\(full)+\(partial) records out\n"
        if c.busybox {
            c.io.stderr.write(records + "\(data.count) bytes (\(ddHuman(data.count))) copied, 0.1 seconds, \(ddHuman(data.count * 10))/s\n")
        } else {
            c.io.stderr.write(records + "\(data.count) bytes (\(ddDecimal(data.count)), \(ddHuman(data.count))) copied, 0.1 s, \(ddDecimal(data.count * 10))/s\n")
        }
        return 0
    }

    /// `4M`, `512K`, `1G`, `100` (bytes; powers of 1024, as dd reads them).
    static func ddSize(_ text: String) -> Int? {
        guard let last = text.last else { return nil }
        let units: [Character: Int] = ["k": 1 << 10, "K": 1 << 10, "M": 1 << 20, "G": 1 << 30, "c": 1, "w": 2, "b": 512]
        if let unit = units[last], let n = Int(text.dropLast()) { return n * unit }
        return Int(text)
    }

    static func ddHuman(_ bytes: Int) -> String {
        if bytes >= 1 << 30 { return String(format: "%.1f GiB", Double(bytes) / Double(1 << 30)) }
        if bytes >= 1 << 20 { return String(format: "%.0f MiB", Double(bytes) / Double(1 << 20)) }
        if bytes >= 1 << 10 { return String(format: "%.0f KiB", Double(bytes) / Double(1 << 10)) }
        return "\(bytes) B"
    }

    static func ddDecimal(_ bytes: Int) -> String {
        if bytes >= 1_000_000_000 { return String(format: "%.1f GB", Double(bytes) / 1e9) }
        if bytes >= 1_000_000 { return String(format: "%.0f MB", Double(bytes) / 1e6) }
        if bytes >= 1_000 { return String(format: "%.0f kB", Double(bytes) / 1e3) }
        return "\(bytes) bytes"
    }
}
