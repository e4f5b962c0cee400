import Foundation
import Testing
@testable import API

@Suite struct ObjectMetaTests {
    @Test func uidsAreLowerCaseVersion4UUIDs() {
        var seen = Set<String>()
        for _ in 0..<200 {
            let uid = ObjectMeta.newUID()
            #expect(uid.count == 36)
            #expect(uid == uid.lowercased())
            let parsed = UUID(uuidString: uid)
            #expect(parsed != nil, "\(uid)")
            let bytes = Array(uid.utf8)
            #expect(bytes[14] == UInt8(ascii: "4"), "version nibble of \(uid)")
            #expect([UInt8(ascii: "8"), UInt8(ascii: "9"), UInt8(ascii: "a"), UInt8(ascii: "b")].contains(bytes[19]),
                    "variant nibble of \(uid)")
            seen.insert(uid)
        }
        #expect(seen.count == 200)
    }
}
