#!/usr/bin/env python3
"""Cluster behaviour timings (standard library only): how fast the controllers and simulated kubelets
carry a large Deployment, measured from outside through the API as a user would.

  cluster.py --binary PATH --workdir DIR [--replicas 1000] [--nodes 11]

Starts `PATH serve --nodes N` on a fresh database (the control plane is tainted when there are workers,
so N-1 workers of 110 Pods each take the Deployment), then times:
  create:  POST a Deployment of R replicas (nginx:1.27, no probes) -> status.availableReplicas == R
  rollout: PATCH its image -> updatedReplicas == availableReplicas == replicas == R (old Pods gone)
  delete:  DELETE it (propagationPolicy Foreground) -> no Pod left (needs the garbage collector; skipped
           with a note when the Deployment is still there after 60 s)
Polls every 20 ms. Prints one JSON line, with the server's CPU time (user + system) in each phase:
CPU seconds per wall second near 2 means the phase was bound by this machine's two cores.
"""
import argparse
import json
import os
import time

import benchlib


def deployment(replicas, image):
    return json.dumps({
        "apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "big"},
        "spec": {"replicas": replicas, "selector": {"matchLabels": {"app": "big"}},
                 "template": {"metadata": {"labels": {"app": "big"}},
                              "spec": {"containers": [{"name": "web", "image": image}]}}}})


def cpu_seconds(pid):
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def wait_for(conn, path, done, limit=120.0):
    start = time.monotonic()
    while time.monotonic() - start < limit:
        status, body = benchlib.request(conn, "GET", path)
        if done(status, body):
            return time.monotonic() - start
        time.sleep(0.02)
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--workdir", required=True)
    ap.add_argument("--replicas", type=int, default=1000)
    ap.add_argument("--nodes", type=int, default=11)
    args = ap.parse_args()
    proc, port = benchlib.start_server(args.binary, args.workdir, "cluster", "--nodes", str(args.nodes))
    result = {"replicas": args.replicas, "nodes": args.nodes}
    try:
        if port is None:
            raise SystemExit("cluster.py: the server did not start; see cluster.log")
        conn = benchlib.connection("127.0.0.1", port)
        ready = wait_for(conn, "/api/v1/nodes", lambda s, b: s == 200 and b.count(b'"KubeletReady"') >= args.nodes, 30)
        result["nodes_ready_s"] = ready
        path = "/apis/apps/v1/namespaces/default/deployments"
        r = args.replicas

        def status_is(want):
            def check(s, b):
                if s != 200:
                    return False
                obj = json.loads(b)
                st = obj.get("status", {})
                current = st.get("observedGeneration", 0) >= obj.get("metadata", {}).get("generation", 1)
                return current and all(st.get(k, 0) == v for k, v in want.items())
            return check

        cpu = cpu_seconds(proc.pid)
        start = time.monotonic()
        benchlib.request(conn, "POST", path, deployment(r, "nginx:1.27"))
        took = wait_for(conn, path + "/big", status_is({"availableReplicas": r, "readyReplicas": r}))
        result["create_available_s"] = took and round(time.monotonic() - start, 3)
        result["create_cpu_s"], cpu = round(cpu_seconds(proc.pid) - cpu, 2), cpu_seconds(proc.pid)

        conn.request("PATCH", path + "/big",
                     body=json.dumps({"spec": {"template": {"spec": {"containers": [{"name": "web", "image": "nginx:1.28"}]}}}}),
                     headers={"Content-Type": "application/strategic-merge-patch+json"})
        conn.getresponse().read()
        start = time.monotonic()
        took = wait_for(conn, path + "/big",
                        status_is({"updatedReplicas": r, "availableReplicas": r, "replicas": r, "readyReplicas": r}))
        result["rollout_s"] = took and round(took, 3)
        result["rollout_cpu_s"], cpu = round(cpu_seconds(proc.pid) - cpu, 2), cpu_seconds(proc.pid)

        start = time.monotonic()
        conn.request("DELETE", path + "/big", body=json.dumps({"propagationPolicy": "Foreground"}),
                     headers={"Content-Type": "application/json"})
        conn.getresponse().read()
        took = wait_for(conn, "/api/v1/namespaces/default/pods?limit=1",
                        lambda s, b: s == 200 and json.loads(b).get("items") == [], 60)
        result["delete_foreground_s"] = took and round(took, 3)
        result["delete_cpu_s"] = round(cpu_seconds(proc.pid) - cpu, 2)
        if took is None:
            result["delete_note"] = "pods still there after 60 s (no garbage collector?)"
    finally:
        benchlib.stop_server(proc, 20)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
