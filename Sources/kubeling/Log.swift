import Foundation

/// One-line log messages on standard error, with a UTC timestamp.
struct Log: Sendable {
    func info(_ message: String) { write("I", message) }
    func error(_ message: String) { write("E", message) }

    private func write(_ level: String, _ message: String) {
        let line = "\(level) \(ISO8601DateFormatter().string(from: Date())) \(message)\n"
        FileHandle.standardError.write(Data(line.utf8))
    }
}
