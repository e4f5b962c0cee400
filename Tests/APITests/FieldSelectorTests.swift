import Testing
import JSON
@testable import API

@Test(arguments: [
    ("", true), ("status.phase=Running", true), ("status.phase==Running", true), ("status.phase!=Running", false),
    ("status.phase=Pending", false), ("metadata.name=p1,metadata.namespace=default", true),
    ("metadata.name=p1,metadata.namespace=other", false), ("spec.nodeName=", true), ("spec.nodeName!=", false),
])
func fieldSelectorMatchesAsUpstream(selector: String, matches: Bool) throws {
    let fields = ["status.phase": "Running", "metadata.name": "p1", "metadata.namespace": "default"]
    #expect(try FieldSelector(parsing: selector).matches(fields) == matches, "\(selector)")
}

@Test func fieldSelectorUnescapesValues() throws {
    let sel = try FieldSelector(parsing: #"metadata.name=a\,b\=c\\d"#)
    #expect(sel.requirements.count == 1)
    #expect(sel.requirements[0].field == "metadata.name")
    #expect(sel.requirements[0].op == .equals)
    #expect(sel.requirements[0].value == #"a,b=c\d"#)
    #expect(sel.description == #"metadata.name=a\,b\=c\\d"#)
    #expect(FieldSelector.escape("x=y,z") == #"x\=y\,z"#)
    #expect(try FieldSelector(parsing: "").isEverything)
    #expect(try FieldSelector(parsing: ",").isEverything)
    #expect(try FieldSelector(parsing: "b=1,a!=2").description == "a!=2,b=1")
    #expect(try FieldSelector(parsing: "a==1").description == "a=1")
    #expect(try FieldSelector(parsing: "a=1").requiredValue(for: "a") == "1")
}

@Test(arguments: [
    ("metadata.name", "invalid selector: 'metadata.name'; can't understand 'metadata.name'"),
    ("a=1,b", "invalid selector: 'a=1,b'; can't understand 'b'"),
    (#"a=x\y"#, #"invalid field selector: invalid escape sequence: \y"#),
    (#"a=x\"#, #"invalid field selector: invalid escape sequence: \"#),
    ("a=b=c", "invalid field selector: unescaped character in value: ="),
])
func fieldSelectorSyntaxErrorsMatchUpstream(selector: String, message: String) {
    #expect(throws: APIError.badRequest(message)) { try FieldSelector(parsing: selector) }
}

@Test func unsupportedFieldsAreRejectedPerKind() throws {
    let reg = ResourceRegistry.standard
    let pods = try #require(reg.resource(group: "", version: "v1", plural: "pods"))
    let deploy = try #require(reg.resource(group: "apps", version: "v1", plural: "deployments"))
    let nodes = try #require(reg.resource(group: "", version: "v1", plural: "nodes"))
    try FieldSelector.validate(try FieldSelector(parsing: "status.phase==Running,spec.nodeName=n1"), for: pods)
    #expect(throws: APIError.badRequest("field label not supported: spec.foo")) {
        try FieldSelector.validate(try FieldSelector(parsing: "spec.foo=x"), for: pods)
    }
    #expect(throws: APIError.badRequest("\"spec.foo\" is not a known field selector: only \"metadata.name\", \"metadata.namespace\"")) {
        try FieldSelector.validate(try FieldSelector(parsing: "spec.foo=x"), for: deploy)
    }
    try FieldSelector.validate(try FieldSelector(parsing: "metadata.name=x"), for: deploy)
    try FieldSelector.validate(try FieldSelector(parsing: "spec.unschedulable=false"), for: nodes)
    #expect(throws: APIError.badRequest("field label not supported: metadata.namespace")) {
        try FieldSelector.validate(try FieldSelector(parsing: "metadata.namespace=x"), for: nodes)
    }
    // Old clients' spec.host is spec.nodeName.
    let converted = try FieldSelector(parsing: "spec.host=n1").converted(for: pods)
    #expect(converted.requirements[0].field == "spec.nodeName")
}

@Test func eventsGroupFieldsConvertToTheStoredEventNames() throws {
    let reg = ResourceRegistry.standard
    let newEvents = try #require(reg.resource(group: "events.k8s.io", version: "v1", plural: "events"))
    let coreEvents = try #require(reg.resource(group: "", version: "v1", plural: "events"))
    let sel = try FieldSelector(parsing: "regarding.name=web,reportingController=kubelet").converted(for: newEvents)
    #expect(sel.requirements.map(\.field) == ["involvedObject.name", "reportingComponent"])
    #expect(throws: APIError.badRequest("field label not supported: involvedObject.name")) {
        try FieldSelector.validate(try FieldSelector(parsing: "involvedObject.name=x"), for: newEvents)
    }
    try FieldSelector.validate(try FieldSelector(parsing: "involvedObject.name=x,involvedObject.uid=u,source=s"), for: coreEvents)
    #expect(ObjectAttributes.supportedFields(group: "", plural: "events").contains("involvedObject.fieldPath"))
    #expect(ObjectAttributes.supportedFields(group: "events.k8s.io", plural: "events").contains("regarding.kind"))
    #expect(ObjectAttributes.supportedFields(group: "apps", plural: "deployments") == ["metadata.name", "metadata.namespace"])
}
