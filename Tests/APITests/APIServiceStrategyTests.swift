import JSON
import Testing
@testable import API

/// APIServices as kube-aggregator validates and defaults them.
@Suite struct APIServiceStrategyTests {
    @Test func nameMustBeVersionDotGroupAndPortDefaultsTo443() throws {
        let (remote, errors) = try created(#"{"metadata":{"name":"v1beta1.metrics.k8s.io"},"spec":{"group":"metrics.k8s.io","version":"v1beta1","service":{"name":"metrics-server","namespace":"kube-system"}}}"#,
                                           group: "apiregistration.k8s.io", kind: "APIService")
        #expect(errors.isEmpty)
        #expect(remote[path: ["spec", "service", "port"]] == 443)
        let (core, coreErrors) = try created(#"{"metadata":{"name":"v1."},"spec":{"group":"","version":"v1"}}"#,
                                             group: "apiregistration.k8s.io", kind: "APIService")
        #expect(coreErrors.isEmpty)
        #expect(core[path: ["spec", "service"]] == nil)
        let (_, wrong) = try created(#"{"metadata":{"name":"v1.metrics.k8s.io"},"spec":{"group":"metrics.k8s.io","version":"v1beta1"}}"#,
                                     group: "apiregistration.k8s.io", kind: "APIService")
        #expect(wrong == ["metadata.name: Invalid value: \"v1.metrics.k8s.io\": must be `spec.version+\".\"+spec.group`: \"v1beta1.metrics.k8s.io\""])
        let s = Strategies.strategy(group: "apiregistration.k8s.io", kind: "APIService")
        #expect(s.validateName("v1.").isEmpty)
        #expect(!s.validateName("a/b").isEmpty)
        #expect(s.hasStatusSubresource)
    }
}
