import Foundation
import Testing

/// Pods made with stock kubectl go through upstream's ServiceAccount and Priority admission.
@Suite(.serialized) struct KubectlAdmissionTests {
    @Test(arguments: [27, 33])
    func kubectlRunGetsTheAPICredentialsAndAnUnknownPriorityClassIsForbidden(minor: Int) throws {
        let s = try TestServer()
        defer { s.stop() }
        let k = try Kubectl(minor, server: s)
        let run = try k("run", "p", "--image=nginx")
        #expect(run.status == 0, "\(run.stderr)")
        let volume = try k("get", "pod", "p", "-o", "jsonpath={.spec.volumes[0].name}")
        #expect(volume.status == 0, "\(volume.stderr)")
        #expect(volume.stdout.hasPrefix("kube-api-access-") && volume.stdout.count == 21, "\(volume.stdout)")
        let mount = try k("get", "pod", "p", "-o", "jsonpath={.spec.containers[0].volumeMounts[0].mountPath}")
        #expect(mount.stdout == "/var/run/secrets/kubernetes.io/serviceaccount")

        let rejected = try k("run", "q", "--image=nginx", "--overrides={\"spec\":{\"priorityClassName\":\"nope\"}}")
        #expect(rejected.status != 0)
        #expect(rejected.stderr.contains(#"Error from server (Forbidden): pods "q" is forbidden: no PriorityClass with name nope was found"#),
                "\(rejected.stderr)")
    }
}
