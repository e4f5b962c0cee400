import Testing
@testable import API

@Suite struct QuantityTests {
    @Test(arguments: [
        ("100m", Int64(100), "100m"),
        ("1", 1000, "1"),
        ("0.5", 500, "500m"),
        ("100Mi", 104_857_600_000, "100Mi"),
        ("1Gi", 1_073_741_824_000, "1Gi"),
        ("1e3", 1_000_000, "1e3"),
        ("1000", 1_000_000, "1k"),
        ("1024Mi", 1_073_741_824_000, "1Gi"),
        ("1.5Gi", 1_610_612_736_000, "1536Mi"),
        ("0.5Ki", 512_000, "512"),
        ("250u", 1, "250u"),
        ("2k", 2_000_000, "2k"),
        ("-1", -1000, "-1"),
        ("1500m", 1500, "1500m"),
    ])
    func parsesValueAndCanonicalForm(text: String, milli: Int64, canonical: String) throws {
        let q = try #require(Quantity(text))
        #expect(q.milliValue == milli)
        #expect(q.canonical == canonical)
    }

    @Test(arguments: ["", "abc", "1.2.3", "1Qi", "1e", "m", "--1"])
    func rejectsMalformedQuantities(text: String) {
        #expect(Quantity(text) == nil)
    }

    @Test func reportsUpstreamMessageForWrongShape() {
        guard case .failure(let e) = Quantity.parse("abc") else {
            Issue.record("parsed")
            return
        }
        #expect(e.message == Quantity.formatError)
    }

    @Test func comparesAcrossNotations() throws {
        let a = try #require(Quantity("1Gi")), b = try #require(Quantity("1073741824")), c = try #require(Quantity("1G"))
        #expect(a == b)
        #expect(c < a)
        #expect(try #require(Quantity("100m")) < Quantity(value: 1))
    }

    @Test func buildsFromMilliValue() {
        #expect(Quantity(milliValue: 250).canonical == "250m")
        #expect(Quantity(milliValue: 2000).canonical == "2")
        #expect((Quantity(milliValue: 300) + Quantity(milliValue: 700)).canonical == "1")
    }

    @Test func readsJSONNumbers() throws {
        #expect(try #require(Quantity(json: 2)).milliValue == 2000)
        #expect(try #require(Quantity(json: 0.25)).milliValue == 250)
    }
}
