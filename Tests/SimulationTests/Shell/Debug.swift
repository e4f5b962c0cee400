import Foundation
@testable import Simulation
import Testing

@Suite struct ShellDebug {
    @Test func debug() {
        let script = ProcessInfo.processInfo.environment["SHDBG"] ?? "echo hi"
        let r = sh(script, image: ProcessInfo.processInfo.environment["SHIMG"] ?? "library/debian")
        print("OUT<<\(r.out)>> ERR<<\(r.err)>> STATUS \(r.status)")
    }
}
