import Testing
import JSON
@testable import API

private let web: [String: String] = ["app": "web", "tier": "front", "env": "prod"]

@Test(arguments: [
    ("", true), ("app=web", true), ("app==web", true), ("app!=web", false), ("app!=db", true),
    ("app in (web,db)", true), ("app in (db)", false), ("app notin (db)", true), ("app notin (web)", false),
    ("app", true), ("!app", false), ("missing", false), ("!missing", true), ("missing!=x", true),
    ("missing notin (x)", true), ("missing in (x)", false), ("app=web,tier=front", true),
    ("app=web, tier=back", false), ("  app = web  ,  env in ( prod , dev ) ", true), ("x in ()", false),
    ("env=", false), ("in in (in)", false),
])
func labelSelectorMatchesAsUpstream(selector: String, matches: Bool) throws {
    let sel = try LabelSelector(parsing: selector)
    #expect(sel.matches(web) == matches, "\(selector)")
}

@Test func emptyValuesAndKeywordsAsValuesParse() throws {
    #expect(try LabelSelector(parsing: "env=").matches(["env": ""]))
    #expect(try LabelSelector(parsing: "x in ()").matches(["x": ""]))
    #expect(try LabelSelector(parsing: "x in (a,)").matches(["x": ""]))
    #expect(try LabelSelector(parsing: "in in (in,notin)").matches(["in": "notin"]))
    #expect(try LabelSelector(parsing: "n>3").matches(["n": "4"]))
    #expect(try !LabelSelector(parsing: "n<3").matches(["n": "x"]))
}

@Test func canonicalStringSortsKeysAndSetValues() throws {
    #expect(try LabelSelector(parsing: "tier in (b,a),app==web,!canary,env").description == "app==web,!canary,env,tier in (a,b)")
    #expect(try LabelSelector(parsing: "b notin (z,y),a!=1").description == "a!=1,b notin (y,z)")
    #expect(try LabelSelector(parsing: "").description == "")
    #expect(try LabelSelector(parsing: "").isEverything)
    #expect(try !LabelSelector(parsing: "a").isEverything)
    #expect(try LabelSelector(parsing: "app=web").requiredValue(for: "app") == "web")
    #expect(try LabelSelector(parsing: "app!=web").requiredValue(for: "app") == nil)
}

@Test(arguments: [
    ("app=web)", "found ')', expected: ',' or 'end of string'"),
    ("type=app,versionv1.0.1)", "unable to parse requirement: found ')', expected: in, notin, =, ==, !=, gt, lt"),
    ("a b", "unable to parse requirement: found 'b', expected: in, notin, =, ==, !=, gt, lt"),
    ("app=web,", "found '', expected: identifier after ','"),
    (",a", "found ',', expected: !, identifier, or 'end of string'"),
    ("x in a", "unable to parse requirement: found 'a' expected: '('"),
    ("x in (a", "unable to parse requirement: found '', expected: ',' or ')'"),
    ("!=x", "found '!=', expected: !, identifier, or 'end of string'"),
    ("a=(b", "unable to parse requirement: found '(', expected: identifier"),
])
func labelSelectorSyntaxErrorsMatchUpstream(selector: String, message: String) {
    #expect(throws: APIError.badRequest(message)) { try LabelSelector(parsing: selector) }
}

@Test func invalidKeysAndValuesAreRejectedWithUpstreamMessages() {
    do {
        _ = try LabelSelector(parsing: "-a=b")
        Issue.record("expected an error")
    } catch {
        #expect(error.code == 400)
        #expect(error.reason == "BadRequest")
        #expect(error.message.hasPrefix("unable to parse requirement: <nil>: Invalid value: \"-a\": name part must consist of alphanumeric characters"))
    }
    do {
        _ = try LabelSelector(parsing: "app=a@b")
        Issue.record("expected an error")
    } catch {
        #expect(error.message.hasPrefix("unable to parse requirement: values[0][app]: Invalid value: \"a@b\": a valid label must be an empty string"))
    }
    #expect(throws: APIError.self) { try LabelSelector(parsing: "example.com/a/b=c") }
    #expect(throws: APIError.self) { try LabelSelector(parsing: "app=" + String(repeating: "x", count: 64)) }
    #expect((try? LabelSelector(parsing: "example.com/app=web")) != nil)
    #expect((try? LabelSelector(parsing: "Example.com/app=web")) == nil)
}

@Test func qualifiedNameAndLabelValueRules() {
    #expect(LabelSelector.qualifiedNameErrors("app.kubernetes.io/name").isEmpty)
    #expect(LabelSelector.qualifiedNameErrors("A_b.c-D").isEmpty)
    #expect(LabelSelector.qualifiedNameErrors("").contains("name part must be non-empty"))
    #expect(LabelSelector.qualifiedNameErrors("/a").contains("prefix part must be non-empty"))
    #expect(LabelSelector.qualifiedNameErrors(String(repeating: "a", count: 64)).contains("name part must be no more than 63 characters"))
    #expect(LabelSelector.labelValueErrors("").isEmpty)
    #expect(LabelSelector.labelValueErrors("v1.2_3-x").isEmpty)
    #expect(!LabelSelector.labelValueErrors("-x").isEmpty)
}

@Test func metaLabelSelectorObjectConvertsAsUpstream() throws {
    let obj: JSON = [
        "matchLabels": ["app": "web"],
        "matchExpressions": [
            ["key": "tier", "operator": "In", "values": ["front", "back"]],
            ["key": "canary", "operator": "DoesNotExist"],
            ["key": "env", "operator": "Exists"],
            ["key": "zone", "operator": "NotIn", "values": ["a"]],
        ],
    ]
    let sel = try LabelSelector(from: obj)
    #expect(sel.matches(web))
    #expect(!sel.matches(["app": "web", "tier": "front"]))
    #expect(sel.description == "app=web,!canary,env,tier in (back,front),zone notin (a)")
    #expect(try LabelSelector(from: [:]).isEverything)
    #expect(try LabelSelector(from: [:]).matches([:]))
    let nothing = try LabelSelector(from: .null)
    #expect(!nothing.matches([:]) && !nothing.isEverything)
    #expect(throws: APIError.badRequest("\"Foo\" is not a valid label selector operator")) {
        try LabelSelector(from: ["matchExpressions": [["key": "a", "operator": "Foo"]]])
    }
    #expect(throws: APIError.badRequest("values: Invalid value: []string(nil): for 'in', 'notin' operators, values set can't be empty")) {
        try LabelSelector(from: ["matchExpressions": [["key": "a", "operator": "In"]]])
    }
    #expect(throws: APIError.badRequest("values: Invalid value: []string{\"x\"}: values set must be empty for exists and does not exist")) {
        try LabelSelector(from: ["matchExpressions": [["key": "a", "operator": "Exists", "values": ["x"]]]])
    }
}
