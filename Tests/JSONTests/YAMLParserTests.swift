import JSON
import Testing

/// Parses YAML and the expected JSON for table tests.
private func yamlJSON(_ yaml: String) throws -> JSON { try YAMLParser.parse(yaml) }

private func yamlError(_ yaml: String, limits: YAMLLimits = .default) -> YAMLError? {
    do {
        _ = try YAMLParser.parseAll(yaml, limits: limits)
        return nil
    } catch {
        return error
    }
}

@Test(arguments: [
    // Scalars by the YAML 1.2 core schema.
    ("a: 1", #"{"a":1}"#),
    ("a: -12", #"{"a":-12}"#),
    ("a: 0x1F", #"{"a":31}"#),
    ("a: 0o17", #"{"a":15}"#),
    ("a: 1.5", #"{"a":1.5}"#),
    ("a: .5", #"{"a":0.5}"#),
    ("a: 1e3", #"{"a":1000.0}"#),
    ("a: true\nb: False", #"{"a":true,"b":false}"#),
    ("a: yes\nb: off", #"{"a":"yes","b":"off"}"#),
    ("a: ~\nb: null\nc:", #"{"a":null,"b":null,"c":null}"#),
    ("a: 1.2.3\nb: 12:30", #"{"a":"1.2.3","b":"12:30"}"#),
    ("a: \"1\"\nb: '2'", #"{"a":"1","b":"2"}"#),
    ("a: !!str 10", #"{"a":"10"}"#),
    ("url: http://x.y/z#frag", #"{"url":"http://x.y/z#frag"}"#),
    ("a: b # comment", #"{"a":"b"}"#),
    ("a: b#c", #"{"a":"b#c"}"#),
    // Quoting and escapes.
    (#"a: "tab\there \"q\" \u00e9 \x41""#, #"{"a":"tab\there \"q\" é A"}"#),
    ("a: 'it''s'", #"{"a":"it's"}"#),
    ("a: \"one\n  two\n\n  three\"", #"{"a":"one two\nthree"}"#),
    ("a: \"join\\\n  ed\"", #"{"a":"joined"}"#),
    ("\"quoted key\": 1\n'other': 2", #"{"quoted key":1,"other":2}"#),
    ("a: plain\n  continued\n  lines", #"{"a":"plain continued lines"}"#),
    // Collections.
    ("- a\n- b", #"["a","b"]"#),
    ("a:\n- 1\n- 2\nb: x", #"{"a":[1,2],"b":"x"}"#),
    ("a:\n  - 1\n  - 2", #"{"a":[1,2]}"#),
    ("- name: c\n  image: i\n- name: d", #"[{"name":"c","image":"i"},{"name":"d"}]"#),
    ("- - a\n  - b\n- c", #"[["a","b"],"c"]"#),
    ("-\n  a: 1\n-", #"[{"a":1},null]"#),
    ("a: {b: 1, c: [x, \"y\", {d: e}]}", #"{"a":{"b":1,"c":["x","y",{"d":"e"}]}}"#),
    ("a: [1,\n  2, 3]", #"{"a":[1,2,3]}"#),
    ("a: []\nb: {}", #"{"a":[],"b":{}}"#),
    (#"{"json": [1, 2.5, null, true, "s"]}"#, #"{"json":[1,2.5,null,true,"s"]}"#),
    ("a: [k: v]", #"{"a":[{"k":"v"}]}"#),
    ("a: 1\na: 2", #"{"a":2}"#),
    // Anchors, aliases and merge keys.
    ("base: &b {x: 1, y: 2}\nuse: *b", #"{"base":{"x":1,"y":2},"use":{"x":1,"y":2}}"#),
    ("base: &b\n  x: 1\n  y: 2\nuse:\n  <<: *b\n  y: 3", #"{"base":{"x":1,"y":2},"use":{"y":3,"x":1}}"#),
    // Documents, directives and comments.
    ("# only a comment\n---\na: 1\n...\n", #"{"a":1}"#),
    ("%YAML 1.2\n---\na: 1", #"{"a":1}"#),
    ("--- 5", "5"),
    ("", "null"),
])
func parsesYAMLTable(_ yaml: String, _ expected: String) throws {
    #expect(try yamlJSON(yaml) == JSONParser.parse(expected), "\(yaml)")
}

@Test(arguments: [
    ("a: |\n  line1\n  line2\n", "line1\nline2\n"),
    ("a: |-\n  line1\n  line2\n\n", "line1\nline2"),
    ("a: |+\n  line1\n\n\nb: 1", "line1\n\n\n"),
    ("a: >\n  folded\n  text\n\n  para\n", "folded text\npara\n"),
    ("a: >-\n  folded\n    more indented\n  back\n", "folded\n  more indented\nback"),
    ("a: |\n    indented\n  less\n", "__error__"),
    ("a: |2\n    keep\n  two\n", "  keep\ntwo\n"),
    ("a: |\n  x # not a comment\n# a comment\n", "x # not a comment\n"),
    ("- |\n  item\n- >\n  next\n", "item\n"),
    ("a: |\n\n  after blank\n", "\nafter blank\n"),
    ("a: |\nb: 1", ""),
])
func parsesBlockScalars(_ yaml: String, _ expected: String) throws {
    if expected == "__error__" {
        #expect(yamlError(yaml) != nil)
        return
    }
    let v = try yamlJSON(yaml)
    let s = v["a"]?.stringValue ?? v[0]?.stringValue
    #expect(s == expected, "\(yaml)")
}

@Test func parsesFullDeploymentManifest() throws {
    let yaml = """
    # nginx deployment
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: nginx
      labels: {app: nginx, tier: "web"}
      annotations:
        note: |
          multi
          line
    spec:
      replicas: 3
      selector:
        matchLabels:
          app: nginx
      template:
        metadata:
          labels:
            app: nginx
        spec:
          containers:
          - name: nginx
            image: "nginx:1.25"
            args: ["--port", "80"]
            ports:
            - containerPort: 80
              protocol: TCP
            env:
              - name: MODE
                value: "true"
              - name: EMPTY
                value: ''
            resources:
              limits: {cpu: 500m, memory: 128Mi}
          restartPolicy: Always
    """
    let expected = try JSONParser.parse(#"""
    {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"nginx","labels":{"app":"nginx","tier":"web"},
     "annotations":{"note":"multi\nline\n"}},
     "spec":{"replicas":3,"selector":{"matchLabels":{"app":"nginx"}},"template":{"metadata":{"labels":{"app":"nginx"}},
     "spec":{"containers":[{"name":"nginx","image":"nginx:1.25","args":["--port","80"],
       "ports":[{"containerPort":80,"protocol":"TCP"}],
       "env":[{"name":"MODE","value":"true"},{"name":"EMPTY","value":""}],
       "resources":{"limits":{"cpu":"500m","memory":"128Mi"}}}],"restartPolicy":"Always"}}}}
    """#)
    let parsed = try YAMLParser.parse(yaml)
    #expect(parsed == expected)
    #expect(parsed.objectValue?.keys == ["apiVersion", "kind", "metadata", "spec"])
}

@Test func splitsMultiDocumentStreamsSkippingEmptyDocuments() throws {
    let yaml = "---\n# leading empty\n---\napiVersion: v1\nkind: Namespace\n---\n---\napiVersion: v1\nkind: ConfigMap\ndata:\n  k: v\n...\n---\n- 1\n"
    let docs = try YAMLParser.parseAll(yaml)
    #expect(docs.count == 3)
    #expect(docs[0]["kind"] == "Namespace")
    #expect(docs[1]["data"]?["k"] == "v")
    #expect(docs[2] == [1])
    #expect(try YAMLParser.parse(yaml)["kind"] == "Namespace")
    #expect(try YAMLParser.parseAll("  \n# nothing\n").isEmpty)
}

@Test func acceptsCRLFLineBreaks() throws {
    #expect(try YAMLParser.parse("a: 1\r\nb:\r\n- x\r\n") == JSONParser.parse(#"{"a":1,"b":["x"]}"#))
}

@Test(arguments: [
    ("a: b: c", 1),
    ("a: 1\n  b: 2", 2),
    ("a:\n  b: 1\n c: 2", 3),
    ("- a\nb: 1", 2),
    ("a: [1, 2", 1),
    ("a: \"unterminated", 1),
    ("a: *nope", 1),
    ("a:\n\tb: 1", 2),
    ("key: \"x\" junk", 1),
    ("a: \"\\q\"", 1),
    ("a: .inf", 1),
])
func reportsErrorsWithLineNumbers(_ yaml: String, _ line: Int) {
    let e = yamlError(yaml)
    #expect(e != nil, "\(yaml)")
    #expect(e?.line == line, "\(yaml): \(String(describing: e))")
    #expect(e?.description.hasPrefix("yaml: line \(line): ") == true)
}

@Test func rejectsDeepNestingWithoutCrashing() {
    let flow = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    #expect(yamlError(flow)?.message.contains("depth") == true)
    var block = ""
    for i in 0..<2000 { block += String(repeating: " ", count: i) + "k:\n" }
    #expect(yamlError(block)?.message.contains("depth") == true)
    let seq = String(repeating: "- ", count: 5000) + "x"
    #expect(yamlError(seq)?.message.contains("depth") == true)
}

@Test func rejectsAliasBombs() {
    var yaml = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    var prev = "a"
    for i in 0..<9 {
        let name = "l\(i)"
        yaml += "\(name): &\(name) [" + Array(repeating: "*\(prev)", count: 10).joined(separator: ", ") + "]\n"
        prev = name
    }
    #expect(yamlError(yaml)?.message.contains("too many values") == true)
}

@Test func rejectsTextsOverTheSizeLimit() {
    let big = String(repeating: "a: 1\n", count: 1000)
    #expect(yamlError(big, limits: YAMLLimits(maxBytes: 1000)) != nil)
}

@Test func parsesLargeMappingsInLinearTime() throws {
    var yaml = ""
    for i in 0..<50_000 { yaml += "key\(i): \(i)\n" }
    let start = ContinuousClock.now
    let v = try YAMLParser.parse(yaml)
    #expect(v.objectValue?.count == 50_000)
    // Quadratic key handling would take minutes here even in a release build.
    #expect(ContinuousClock.now - start < .seconds(30))
}
