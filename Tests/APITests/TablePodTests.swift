import Foundation
import JSON
import Testing
@testable import API

/// Pods through the upstream STATUS / READY / RESTARTS derivation (controllers.md §8.3).
struct TablePodTests {
    func pod(_ status: String, spec: String = #"{"containers":[{"name":"app","image":"nginx"}]}"#,
             meta: String = "") throws -> JSON {
        try fixture(#"{"metadata":{"name":"p","namespace":"default","creationTimestamp":"\#(ago(120))"\#(meta)},"#
            + #""spec":\#(spec),"status":\#(status)}"#)
    }

    @Test func runningReadyPodShowsOneOfOneRunning() throws {
        let p = try pod(#"{"phase":"Running","podIP":"10.244.0.5","podIPs":[{"ip":"10.244.0.5"}],"#
            + #""conditions":[{"type":"Ready","status":"True"}],"containerStatuses":[{"name":"app","ready":true,"#
            + #""restartCount":0,"state":{"running":{"startedAt":"\#(ago(100))"}}}]}"#,
            spec: #"{"nodeName":"kubeling","containers":[{"name":"app","image":"nginx"}]}"#)
        #expect(shown(cells(p, "pods")) == ["p", "1/1", "Running", "0", "2m", "10.244.0.5", "kubeling", "<none>", "<none>"])
    }

    @Test func crashLoopShowsRestartsWithTimeSinceLastTermination() throws {
        let p = try pod(#"{"phase":"Running","containerStatuses":[{"name":"app","ready":false,"restartCount":4,"#
            + #""state":{"waiting":{"reason":"CrashLoopBackOff"}},"#
            + #""lastState":{"terminated":{"exitCode":1,"reason":"Error","finishedAt":"\#(ago(63))"}}}]}"#)
        #expect(shown(cells(p, "pods"), 4) == ["p", "0/1", "CrashLoopBackOff", "4 (63s ago)"])
    }

    @Test func imagePullingPodShowsContainerCreating() throws {
        let p = try pod(#"{"phase":"Pending","containerStatuses":[{"name":"app","ready":false,"restartCount":0,"#
            + #""state":{"waiting":{"reason":"ContainerCreating"}}}]}"#)
        #expect(shown(cells(p, "pods"), 4) == ["p", "0/1", "ContainerCreating", "0"])
    }

    @Test func unscheduledPodShowsPendingAndNoneForWideColumns() throws {
        let p = try pod(#"{"phase":"Pending","conditions":[{"type":"PodScheduled","status":"False","reason":"Unschedulable"}]}"#)
        #expect(shown(cells(p, "pods")) == ["p", "0/1", "Pending", "0", "2m", "<none>", "<none>", "<none>", "<none>"])
    }

    @Test func schedulingGatedPodShowsSchedulingGated() throws {
        let p = try pod(#"{"phase":"Pending","conditions":[{"type":"PodScheduled","status":"False","reason":"SchedulingGated"}]}"#)
        #expect(shown(cells(p, "pods"), 3)[2] == "SchedulingGated")
    }

    @Test func deletingRunningPodShowsTerminating() throws {
        let p = try pod(#"{"phase":"Running","containerStatuses":[{"name":"app","ready":true,"restartCount":0,"#
            + #""state":{"running":{}}}]}"#, meta: #","deletionTimestamp":"\#(ago(-30))""#)
        #expect(shown(cells(p, "pods"), 4) == ["p", "1/1", "Terminating", "0"])
    }

    @Test func deletingPodOnLostNodeShowsUnknown() throws {
        let p = try pod(#"{"phase":"Running","reason":"NodeLost"}"#, meta: #","deletionTimestamp":"\#(ago(0))""#)
        #expect(shown(cells(p, "pods"), 3)[2] == "Unknown")
    }

    @Test func finishedJobPodShowsCompletedWithRowCondition() throws {
        let p = try pod(#"{"phase":"Succeeded","containerStatuses":[{"name":"app","ready":false,"restartCount":0,"#
            + #""state":{"terminated":{"exitCode":0,"reason":"Completed"}}}]}"#)
        let row = TableConvertor.row(for: p, resource: tableResource("pods"), now: tableNow, includeObject: .none)
        #expect(shown(row["cells"]?.arrayValue ?? [], 4) == ["p", "0/1", "Completed", "0"])
        #expect(row["conditions"]?[0]?["type"] == "Completed")
        #expect(row["conditions"]?[0]?["reason"] == "Succeeded")
    }

    @Test func deletedSucceededPodStaysCompleted() throws {
        let p = try pod(#"{"phase":"Succeeded","containerStatuses":[{"name":"app","restartCount":0,"#
            + #""state":{"terminated":{"exitCode":0,"reason":"Completed"}}}]}"#, meta: #","deletionTimestamp":"\#(ago(0))""#)
        #expect(shown(cells(p, "pods"), 3)[2] == "Completed")
    }

    @Test func waitingInitContainerShowsInitProgress() throws {
        let spec = #"{"initContainers":[{"name":"init","image":"busybox"}],"containers":[{"name":"app","image":"nginx"}]}"#
        let p = try pod(#"{"phase":"Pending","initContainerStatuses":[{"name":"init","ready":false,"restartCount":0,"#
            + #""state":{"running":{}}}],"containerStatuses":[{"name":"app","ready":false,"restartCount":0,"#
            + #""state":{"waiting":{"reason":"PodInitializing"}}}]}"#, spec: spec)
        #expect(shown(cells(p, "pods"), 4) == ["p", "0/1", "Init:0/1", "0"])
    }

    @Test func failingInitContainerShowsInitReason() throws {
        let spec = #"{"initContainers":[{"name":"a","image":"x"},{"name":"b","image":"x"}],"containers":[{"name":"app","image":"x"}]}"#
        let crash = try pod(#"{"phase":"Pending","initContainerStatuses":[{"name":"a","restartCount":0,"#
            + #""state":{"terminated":{"exitCode":0,"reason":"Completed"}}},{"name":"b","restartCount":3,"#
            + #""state":{"waiting":{"reason":"CrashLoopBackOff"}}}]}"#, spec: spec)
        #expect(shown(cells(crash, "pods"), 4) == ["p", "0/1", "Init:CrashLoopBackOff", "3"])
        let signal = try pod(#"{"phase":"Pending","initContainerStatuses":[{"name":"a","restartCount":0,"#
            + #""state":{"terminated":{"exitCode":137,"signal":9}}}]}"#, spec: spec)
        #expect(shown(cells(signal, "pods"), 3)[2] == "Init:Signal:9")
    }

    @Test func firstContainerStateWinsAndExitCodeIsShownWithoutReason() throws {
        let spec = #"{"containers":[{"name":"a","image":"x"},{"name":"b","image":"x"}]}"#
        let p = try pod(#"{"phase":"Running","containerStatuses":[{"name":"a","restartCount":1,"#
            + #""state":{"terminated":{"exitCode":2}}},{"name":"b","ready":true,"restartCount":0,"state":{"running":{}}}]}"#,
            spec: spec)
        #expect(shown(cells(p, "pods"), 4) == ["p", "1/2", "ExitCode:2", "1"])
    }

    @Test func completedContainerBesideRunningOneShowsRunningOrNotReady() throws {
        let spec = #"{"containers":[{"name":"a","image":"x"},{"name":"b","image":"x"}]}"#
        let statuses = #""containerStatuses":[{"name":"a","restartCount":0,"state":{"terminated":{"exitCode":0,"#
            + #""reason":"Completed"}}},{"name":"b","ready":true,"restartCount":0,"state":{"running":{}}}]"#
        let ready = try pod(#"{"phase":"Running","conditions":[{"type":"Ready","status":"True"}],\#(statuses)}"#, spec: spec)
        #expect(shown(cells(ready, "pods"), 3)[2] == "Running")
        let notReady = try pod(#"{"phase":"Running",\#(statuses)}"#, spec: spec)
        #expect(shown(cells(notReady, "pods"), 3)[2] == "NotReady")
    }

    @Test func startedSidecarCountsTowardReadyAndTotal() throws {
        let spec = #"{"initContainers":[{"name":"proxy","image":"x","restartPolicy":"Always"}],"#
            + #""containers":[{"name":"app","image":"x"}]}"#
        let p = try pod(#"{"phase":"Running","conditions":[{"type":"Initialized","status":"True"}],"#
            + #""initContainerStatuses":[{"name":"proxy","started":true,"ready":true,"restartCount":2,"state":{"running":{}}}],"#
            + #""containerStatuses":[{"name":"app","ready":true,"restartCount":1,"state":{"running":{}}}]}"#, spec: spec)
        #expect(shown(cells(p, "pods"), 4) == ["p", "2/2", "Running", "3"])
    }

    @Test func readinessGatesCountTrueConditions() throws {
        let spec = #"{"readinessGates":[{"conditionType":"example.com/a"},{"conditionType":"example.com/b"}],"#
            + #""containers":[{"name":"app","image":"x"}]}"#
        let p = try pod(#"{"phase":"Running","conditions":[{"type":"example.com/a","status":"True"},"#
            + #"{"type":"example.com/b","status":"False"}]}"#, spec: spec)
        #expect(shown(cells(p, "pods")).last == "1/2")
    }

    @Test func podColumnsMatchUpstreamNamesTypesAndPriorities() {
        let cols = TableConvertor.columns(for: tableResource("pods"))
        #expect(cols.map { $0["name"]?.stringValue ?? "" }
            == ["Name", "Ready", "Status", "Restarts", "Age", "IP", "Node", "Nominated Node", "Readiness Gates"])
        #expect(cols.map { $0["priority"]?.intValue ?? -1 } == [0, 0, 0, 0, 0, 1, 1, 1, 1])
        #expect(cols[0]["format"] == "name")
        #expect(cols[3]["type"] == "string")
        #expect(cols.allSatisfy { $0["description"]?.stringValue?.isEmpty == false })
    }
}
