import HTTP
import Testing

@Suite struct HTTPRequestTests {
    @Test func headerLookupIgnoresCaseAndInitLowercasesNames() {
        let request = HTTPRequest(
            method: "GET", path: "/", query: [], headers: ["Content-Type": "application/json"], body: [],
            bodyTooLarge: false
        )
        #expect(request.headers["content-type"] == "application/json")
        #expect(request.header("CONTENT-TYPE") == "application/json")
        #expect(request.header("accept") == nil)
    }

    @Test func queryValueReturnsTheFirstOfRepeatedNames() {
        let request = HTTPRequest(
            method: "POST", path: "/exec",
            query: [(name: "command", value: "ls"), (name: "stdout", value: "true"), (name: "command", value: "-l")],
            headers: [:], body: [], bodyTooLarge: false
        )
        #expect(request.queryValue("command") == "ls")
        #expect(request.queryValues("command") == ["ls", "-l"])
        #expect(request.queryValue("stdin") == nil)
    }
}
