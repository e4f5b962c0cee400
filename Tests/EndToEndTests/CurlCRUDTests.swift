import Foundation
import API
import JSON
import Testing

/// Issue 2's curl story: CRUD of ConfigMaps, Pods and Deployments, optimistic concurrency and
/// watches, all over a live server.
@Suite(.serialized) struct CurlCRUDTests {
    func parse(_ s: String) throws -> JSON { try JSONParser.parse(s) }

    @Test func configMapLifecycleWithCurl() throws {
        let s = try TestServer()
        defer { s.stop() }
        let base = s.baseURL + "/api/v1/namespaces/default/configmaps"
        let created = try curl("POST", base, body: #"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"cm1","labels":{"app":"x"}},"data":{"a":"1"}}"#)
        #expect(created.code == 201)
        let obj = try parse(created.body)
        #expect(obj.name == "cm1")
        #expect(obj.uid?.count == 36)
        let rv1 = try #require(obj.resourceVersion.flatMap { Int($0) })

        let got = try curl("GET", base + "/cm1")
        #expect(got.code == 200)
        #expect(try parse(got.body)[path: ["data", "a"]] == "1")

        let list = try curl("GET", base + "?labelSelector=app%3Dx")
        #expect(list.code == 200)
        let listObj = try parse(list.body)
        #expect(listObj["kind"] == "ConfigMapList")
        #expect(listObj["items"]?.arrayValue?.count == 1)

        // Update with the current resourceVersion succeeds and bumps it.
        var next = obj
        next[path: ["data", "a"]] = "2"
        let updated = try curl("PUT", base + "/cm1", body: next.jsonString)
        #expect(updated.code == 200)
        let rv2 = try #require(try parse(updated.body).resourceVersion.flatMap { Int($0) })
        #expect(rv2 > rv1)

        // The stale resourceVersion now conflicts.
        let stale = try curl("PUT", base + "/cm1", body: next.jsonString)
        #expect(stale.code == 409)
        let status = try parse(stale.body)
        #expect(status["kind"] == "Status")
        #expect(status["reason"] == "Conflict")

        let merged = try curl("PATCH", base + "/cm1", body: #"{"data":{"b":"3"}}"#, contentType: "application/merge-patch+json")
        #expect(merged.code == 200)
        #expect(try parse(merged.body)[path: ["data", "b"]] == "3")

        let jsonPatched = try curl("PATCH", base + "/cm1", body: #"[{"op":"replace","path":"/data/a","value":"9"}]"#,
                                   contentType: "application/json-patch+json")
        #expect(jsonPatched.code == 200)
        #expect(try parse(jsonPatched.body)[path: ["data", "a"]] == "9")

        let deleted = try curl("DELETE", base + "/cm1")
        #expect(deleted.code == 200)
        let gone = try curl("GET", base + "/cm1")
        #expect(gone.code == 404)
        #expect(try parse(gone.body)["reason"] == "NotFound")
        #expect(try parse(gone.body)["message"] == "configmaps \"cm1\" not found")
    }

    @Test func podAndDeploymentLifecycleWithCurl() throws {
        let s = try TestServer()
        defer { s.stop() }
        let pods = s.baseURL + "/api/v1/namespaces/default/pods"
        let pod = try curl("POST", pods, body: #"{"apiVersion":"v1","kind":"Pod","metadata":{"generateName":"web-"},"spec":{"containers":[{"name":"c","image":"nginx"}]}}"#)
        #expect(pod.code == 201)
        let podObj = try parse(pod.body)
        let podName = try #require(podObj.name)
        #expect(podName.hasPrefix("web-") && podName.count == 9)
        #expect(podObj[path: ["spec", "restartPolicy"]] == "Always")
        #expect(podObj[path: ["status", "phase"]] == "Pending")
        #expect(try curl("GET", pods + "?fieldSelector=status.phase%3DPending").body.contains(podName))
        #expect(!(try curl("GET", pods + "?fieldSelector=status.phase%3D%3DRunning").body.contains(podName)))
        #expect(try curl("DELETE", pods + "/" + podName).code == 200)

        let deploys = s.baseURL + "/apis/apps/v1/namespaces/default/deployments"
        let d = try curl("POST", deploys, body: #"{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web"},"spec":{"replicas":2,"selector":{"matchLabels":{"app":"web"}},"template":{"metadata":{"labels":{"app":"web"}},"spec":{"containers":[{"name":"web","image":"nginx:1.25"}]}}}}"#)
        #expect(d.code == 201)
        let dObj = try parse(d.body)
        #expect(dObj[path: ["metadata", "generation"]] == 1)
        #expect(dObj[path: ["spec", "strategy", "type"]] == "RollingUpdate")

        let scale = try curl("PATCH", deploys + "/web/scale", body: #"{"spec":{"replicas":5}}"#,
                             contentType: "application/merge-patch+json")
        #expect(scale.code == 200)
        #expect(try parse(scale.body)["kind"] == "Scale")
        let after = try parse(try curl("GET", deploys + "/web").body)
        #expect(after[path: ["spec", "replicas"]] == 5)
        #expect(after[path: ["metadata", "generation"]] == 2)

        let strategic = try curl("PATCH", deploys + "/web",
                                 body: #"{"spec":{"template":{"spec":{"containers":[{"name":"web","image":"nginx:1.26"}]}}}}"#,
                                 contentType: "application/strategic-merge-patch+json")
        #expect(strategic.code == 200)
        let sObj = try parse(strategic.body)
        #expect(sObj[path: ["spec", "template", "spec", "containers"]]?[0]?["image"] == "nginx:1.26")

        let bad = try curl("POST", deploys, body: #"{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"bad"},"spec":{"selector":{"matchLabels":{"app":"a"}},"template":{"metadata":{"labels":{"app":"b"}},"spec":{"containers":[{"name":"c","image":"x"}]}}}}"#)
        #expect(bad.code == 422)
        #expect(try parse(bad.body)["reason"] == "Invalid")
        #expect(try curl("DELETE", deploys + "/web").code == 200)
    }
}
