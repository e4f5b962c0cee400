import Testing
import JSON
@testable import API

@Test func versionInfoReportsKubernetes133InUpstreamShape() throws {
    let info = try JSONParser.parse(ServerVersion.info.jsonString)
    #expect(info["major"]?.stringValue == "1")
    #expect(info["minor"]?.stringValue == "33")
    #expect(info["gitVersion"]?.stringValue == "v1.33.0")
    #expect(info["gitCommit"]?.stringValue?.count == 40)
    #expect(info["compiler"]?.stringValue == "gc")
    for key in ["gitTreeState", "buildDate", "goVersion", "platform"] {
        #expect(info[key]?.stringValue?.isEmpty == false, "\(key)")
    }
    #expect(info["platform"]?.stringValue?.contains("/") == true)
}
