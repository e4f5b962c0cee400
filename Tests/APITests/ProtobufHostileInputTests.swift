import JSON
import Testing
@testable import API

/// Malformed or hostile bodies must end in an APIError (400, or 415 for kinds without tables),
/// never in a trap.
@Suite struct ProtobufHostileInputTests {
    func code(_ body: [UInt8]) -> Int? {
        do {
            _ = try ProtobufDecoder.decode(body)
            return nil
        } catch {
            return error.code
        }
    }

    @Test func wrongMagicIsBadRequest() {
        #expect(code([]) == 400)
        #expect(code([0x6B, 0x38, 0x73]) == 400)
        #expect(code(Array(#"{"kind":"Pod"}"#.utf8)) == 400)
    }

    @Test func truncatedVarintIsBadRequest() {
        let body = PB.envelope("v1", "Namespace", PB.objectMeta("n"))
        #expect(code(body + [0x08, 0xFF]) == 400)  // field 1 varint whose continuation never ends
        #expect(code([0x6B, 0x38, 0x73, 0x00, 0x80]) == 400)
    }

    @Test func overlongVarintIsBadRequest() {
        let eleven = [UInt8](repeating: 0xFF, count: 10) + [0x01]
        #expect(code([0x6B, 0x38, 0x73, 0x00, 0x08] + eleven) == 400)
    }

    @Test func lengthPastTheEndIsBadRequest() {
        #expect(code([0x6B, 0x38, 0x73, 0x00, 0x0A, 0x05, 0x0A]) == 400)
        // Inside the object: metadata claims 200 bytes but the raw field holds 3.
        let body = PB.envelope("v1", "Namespace", [0x0A, 0xC8, 0x01, 0x0A, 0x01, 0x6E])
        #expect(code(body) == 400)
        // A length near 2^64.
        #expect(code([0x6B, 0x38, 0x73, 0x00, 0x12] + [UInt8](repeating: 0xFF, count: 9) + [0x01]) == 400)
    }

    @Test func wrongWireTypeForAKnownFieldIsBadRequest() {
        #expect(code(PB.envelope("v1", "Namespace", PB.msg(1, PB.int(1, 5)))) == 400)   // name as varint
        #expect(code(PB.envelope("v1", "Namespace", PB.msg(1, PB.str(7, "x")))) == 400) // generation as bytes
        #expect(code(PB.envelope("v1", "Namespace", PB.tag(1, 3))) == 400)              // a group
    }

    @Test func missingOrUnknownKindIsRejected() {
        #expect(code(PB.envelope("v1", "", PB.objectMeta("n"))) == 400)
        #expect(code(PB.envelope("", "Pod", PB.objectMeta("n"))) == 400)
        #expect(code(PB.envelope("example.com/v1", "Widget", PB.objectMeta("n"))) == 415)
        #expect(code(PB.envelope("apps/v1", "StatefulSet", PB.objectMeta("n"))) == 415)
    }

    @Test func deeplyNestedUnknownFieldsDoNotRecurse() throws {
        var nested: [UInt8] = []
        for _ in 0..<5_000 { nested = PB.bytes(15, nested) }
        let body = PB.envelope("v1", "Namespace", PB.msg(1, PB.str(1, "n"), nested))
        #expect(try ProtobufDecoder.decode(body)[path: ["metadata", "name"]] == "n")
    }

    @Test func timeOutsideGoRangeIsBadRequest() {
        let body = PB.envelope("v1", "Namespace", PB.msg(1, PB.str(1, "n"), PB.msg(8, PB.int(1, Int64.max))))
        #expect(code(body) == 400)
        let negativeNanos = PB.envelope("v1", "Namespace", PB.msg(1, PB.msg(8, PB.int(1, 1), PB.int(2, -1))))
        #expect(code(negativeNanos) == 400)
    }

    @Test func randomMutationsNeverTrap() {
        // Deterministic xorshift so a failure reproduces.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return state
        }
        let seed = deploymentBody(replicas: 2)
        var outcomes = Set<Int>()
        for _ in 0..<3_000 {
            var body = seed
            for _ in 0..<(1 + Int(next() % 4)) {
                let i = 4 + Int(next() % UInt64(body.count - 4))
                switch next() % 3 {
                case 0: body[i] = UInt8(truncatingIfNeeded: next())
                case 1: body.removeSubrange(i..<min(body.count, i + 1 + Int(next() % 8)))
                default: body.insert(UInt8(truncatingIfNeeded: next()), at: i)
                }
                if body.count <= 4 { break }
            }
            let c = code(body) ?? 0
            #expect([0, 400, 415].contains(c))
            outcomes.insert(c)
        }
        #expect(outcomes.contains(400))
    }
}
