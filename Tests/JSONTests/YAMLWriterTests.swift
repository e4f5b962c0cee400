import JSON
import Testing

@Test func writesBlockStyleLikeKubectl() throws {
    let pod = try JSONParser.parse(#"""
    {"apiVersion":"v1","kind":"Pod","metadata":{"name":"p","labels":{"app":"x"},"annotations":{}},
     "spec":{"containers":[{"name":"c","image":"nginx","args":["a","b"],"ports":[{"containerPort":80}]}],"tolerations":[]}}
    """#)
    let expected = """
    apiVersion: v1
    kind: Pod
    metadata:
      name: p
      labels:
        app: x
      annotations: {}
    spec:
      containers:
      - name: c
        image: nginx
        args:
        - a
        - b
        ports:
        - containerPort: 80
      tolerations: []

    """
    #expect(YAMLWriter.write(pod) == expected)
}

@Test(arguments: [
    "true", "false", "null", "~", "", "123", "1.5", "0x10", "yes", "off", " lead", "trail ", "a: b", "x #y",
    "- item", "*alias", "&anchor", "!tag", "{flow", "[flow", "'q", "\"q", "%d", "@at", "plain", "with:colon",
    "tab\there", "multi\nline", "multi\nline\n", "trailing\n\n", "\n leading", "ctrl\u{01}", "ünïcode", "key:",
])
func quotesStringsOnlyWhereNeededAndRoundTrips(_ s: String) throws {
    let doc: JSON = .object(JSONObject([(s, .string(s)), ("list", .array([.string(s)]))]))
    let yaml = YAMLWriter.write(doc)
    #expect(try YAMLParser.parse(yaml) == doc, "\(yaml)")
    if s == "plain" || s == "with:colon" { #expect(yaml.hasPrefix("\(s): \(s)\n")) }
    if s == "true" || s == "yes" { #expect(yaml.hasPrefix("\"\(s)\": \"\(s)\"")) }
}

@Test func roundTripsNestedValues() throws {
    let value = try JSONParser.parse(#"""
    {"a":[[1,2],[],[{"b":null,"c":[{"d":1.25}]}]],"e":{"f":{"g":-3}},"h":"x\ny","i":[{}]}
    """#)
    #expect(try YAMLParser.parse(YAMLWriter.write(value)) == value)
    #expect(try YAMLParser.parse(YAMLWriter.write(.array([1, "two"]))) == [1, "two"])
    #expect(YAMLWriter.write(.string("s")) == "s\n")
}

@Test func writesFieldsV1KeysPlainAndReadsThemBack() throws {
    let fields = try JSONParser.parse(#"{"f:spec":{"f:containers":{"k:{\"name\":\"c\"}":{".":{},"f:image":{}}}}}"#)
    let yaml = YAMLWriter.write(fields)
    #expect(yaml.contains(#"k:{"name":"c"}:"#))
    #expect(yaml.contains(".: {}"))
    #expect(try YAMLParser.parse(yaml) == fields)
}
