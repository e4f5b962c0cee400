import Testing
import JSON
@testable import API

private func roundTrip(_ j: JSON) throws -> JSON { try JSONParser.parse(j.jsonString) }

private let acceptNew = "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json"
private let acceptOld = "application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json"

@Test func negotiationPicksTheFirstAcceptableAggregatedType() {
    #expect(Discovery.negotiateAggregated(accept: acceptNew) == "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList")
    #expect(Discovery.negotiateAggregated(accept: acceptOld) == "application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList")
    #expect(Discovery.negotiateAggregated(accept: "application/json") == nil)
    #expect(Discovery.negotiateAggregated(accept: "application/json, */*") == nil)
    #expect(Discovery.negotiateAggregated(accept: nil) == nil)
    #expect(Discovery.negotiateAggregated(accept: "") == nil)
    // Order decides, and spaces after separators are tolerated.
    #expect(Discovery.negotiatedVersion(accept: "application/json; g=apidiscovery.k8s.io; v=v2beta1; as=APIGroupDiscoveryList, application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList") == .v2beta1)
    // Unknown versions and protobuf are skipped.
    #expect(Discovery.negotiatedVersion(accept: "application/json;g=apidiscovery.k8s.io;v=v3;as=APIGroupDiscoveryList") == nil)
    #expect(Discovery.negotiatedVersion(accept: "application/vnd.kubernetes.protobuf;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json") == nil)
}

@Test func apiVersionsCarriesTheServerAddress() throws {
    let doc = try roundTrip(Discovery.apiVersions(serverAddress: "127.0.0.1:6443"))
    #expect(doc["kind"]?.stringValue == "APIVersions")
    #expect(doc["versions"] == ["v1"])
    #expect(doc["serverAddressByClientCIDRs"]?[0]?["clientCIDR"]?.stringValue == "0.0.0.0/0")
    #expect(doc["serverAddressByClientCIDRs"]?[0]?["serverAddress"]?.stringValue == "127.0.0.1:6443")
}

@Test func apiGroupListListsNamedGroupsWithPreferredVersions() throws {
    let doc = try roundTrip(Discovery.apiGroupList())
    #expect(doc["kind"]?.stringValue == "APIGroupList")
    #expect(doc["apiVersion"]?.stringValue == "v1")
    let groups = try #require(doc["groups"]?.arrayValue)
    let names = groups.compactMap { $0["name"]?.stringValue }
    #expect(!names.contains(""))
    #expect(names.first == "apiregistration.k8s.io")
    #expect(names.contains("metrics.k8s.io"))
    let autoscaling = try #require(groups.first { $0["name"]?.stringValue == "autoscaling" })
    #expect(autoscaling["versions"]?[0]?["groupVersion"]?.stringValue == "autoscaling/v2")
    #expect(autoscaling["versions"]?[1]?["version"]?.stringValue == "v1")
    #expect(autoscaling["preferredVersion"] == ["groupVersion": "autoscaling/v2", "version": "v2"])
    let group = try #require(Discovery.apiGroup("apps"))
    #expect(group["kind"]?.stringValue == "APIGroup")
    #expect(group["name"]?.stringValue == "apps")
    #expect(Discovery.apiGroup("nope") == nil)
}

@Test func coreResourceListHasSortedResourcesAndSubresources() throws {
    let doc = try roundTrip(try #require(Discovery.apiResourceList(group: "", version: "v1")))
    #expect(doc["kind"]?.stringValue == "APIResourceList")
    #expect(doc["groupVersion"]?.stringValue == "v1")
    let items = try #require(doc["resources"]?.arrayValue)
    let names = items.compactMap { $0["name"]?.stringValue }
    #expect(names == names.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
    let pods = try #require(items.first { $0["name"]?.stringValue == "pods" })
    #expect(pods["singularName"]?.stringValue == "pod")
    #expect(pods["namespaced"] == true)
    #expect(pods["kind"]?.stringValue == "Pod")
    #expect(pods["shortNames"] == ["po"])
    #expect(pods["categories"] == ["all"])
    #expect(pods["verbs"] == ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"])
    let log = try #require(items.first { $0["name"]?.stringValue == "pods/log" })
    #expect(log["singularName"]?.stringValue == "")
    #expect(log["kind"]?.stringValue == "Pod")
    #expect(log["group"] == nil)
    let rcScale = try #require(items.first { $0["name"]?.stringValue == "replicationcontrollers/scale" })
    #expect(rcScale["group"]?.stringValue == "autoscaling")
    #expect(rcScale["version"]?.stringValue == "v1")
    #expect(rcScale["kind"]?.stringValue == "Scale")
    let secrets = try #require(items.first { $0["name"]?.stringValue == "secrets" })
    #expect(secrets["shortNames"] == nil)
    #expect(items.first { $0["name"]?.stringValue == "nodes" }?["namespaced"] == false)
}

@Test func groupResourceListNamesTheGroupVersion() throws {
    let doc = try roundTrip(try #require(Discovery.apiResourceList(group: "apps", version: "v1")))
    #expect(doc["apiVersion"]?.stringValue == "v1")
    #expect(doc["groupVersion"]?.stringValue == "apps/v1")
    let items = try #require(doc["resources"]?.arrayValue)
    let deploy = try #require(items.first { $0["name"]?.stringValue == "deployments" })
    #expect(deploy["shortNames"] == ["deploy"])
    #expect(items.contains { $0["name"]?.stringValue == "deployments/scale" && $0["kind"]?.stringValue == "Scale" })
    #expect(items.contains { $0["name"]?.stringValue == "deployments/status" && $0["kind"]?.stringValue == "Deployment" })
    #expect(Discovery.apiResourceList(group: "apps", version: "v2") == nil)
    let metrics = try #require(Discovery.apiResourceList(group: "metrics.k8s.io", version: "v1beta1"))
    let kinds = Set(metrics["resources"]?.arrayValue?.compactMap { $0["kind"]?.stringValue } ?? [])
    #expect(kinds == ["PodMetrics", "NodeMetrics"])
}

@Test func aggregatedDiscoveryShapesForCoreAndGroupsInBothVersions() throws {
    for version in Discovery.AggregatedVersion.allCases {
        let core = try roundTrip(Discovery.aggregated(core: true, version: version))
        #expect(core["kind"]?.stringValue == "APIGroupDiscoveryList")
        #expect(core["apiVersion"]?.stringValue == "apidiscovery.k8s.io/" + version.rawValue)
        let coreItems = try #require(core["items"]?.arrayValue)
        #expect(coreItems.count == 1)
        #expect(coreItems[0][path: ["metadata", "name"]] == nil)
        let v1 = try #require(coreItems[0]["versions"]?[0])
        #expect(v1["version"]?.stringValue == "v1")
        #expect(v1["freshness"]?.stringValue == "Current")
        let pods = try #require(v1["resources"]?.arrayValue?.first { $0["resource"]?.stringValue == "pods" })
        #expect(pods["scope"]?.stringValue == "Namespaced")
        #expect(pods["singularResource"]?.stringValue == "pod")
        #expect(pods["responseKind"] == ["group": "", "version": "", "kind": "Pod"])
        #expect(pods["shortNames"] == ["po"])
        #expect(pods["categories"] == ["all"])
        let subs = try #require(pods["subresources"]?.arrayValue)
        #expect(subs.contains { $0["subresource"]?.stringValue == "exec" && $0["verbs"] == ["create", "get"] })

        let apis = try roundTrip(Discovery.aggregated(core: false, version: version))
        let items = try #require(apis["items"]?.arrayValue)
        let names = items.compactMap { $0[path: ["metadata", "name"]]?.stringValue }
        #expect(names.count == items.count)
        #expect(names.first == "apiregistration.k8s.io")
        let apps = try #require(items.first { $0[path: ["metadata", "name"]]?.stringValue == "apps" })
        let deploy = try #require(apps["versions"]?[0]?["resources"]?.arrayValue?.first { $0["resource"]?.stringValue == "deployments" })
        #expect(deploy["shortNames"] == ["deploy"])
        let scale = try #require(deploy["subresources"]?.arrayValue?.first { $0["subresource"]?.stringValue == "scale" })
        #expect(scale["responseKind"] == ["group": "autoscaling", "version": "v1", "kind": "Scale"])
        let autoscaling = try #require(items.first { $0[path: ["metadata", "name"]]?.stringValue == "autoscaling" })
        #expect(autoscaling["versions"]?.arrayValue?.compactMap { $0["version"]?.stringValue } == ["v2", "v1"])
    }
}
