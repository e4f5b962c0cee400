#!/usr/bin/env python3
"""An idle cluster's cost (issue 10's row; standard library only).

  idle.py --binary PATH --workdir DIR [--nodes 100] [--pods 10000] [--seconds 80]

Starts `PATH serve --nodes N` on a fresh database, POSTs the Pods (nginx:1.27, no probes) bound
round-robin to the workers (16 client threads), waits until every one is Ready, lets the cluster settle
for 10 s, then samples the server's CPU time (utime + stime from /proc/PID/stat) over `--seconds` of
idleness: node heartbeats (Leases every 10 s, status at the report interval) and nothing else. Prints
one JSON line: CPU as a percentage of one core, RSS (VmRSS and VmHWM) in MB when the cluster has settled
and at the end, and the timings. The default 80 s passes the watch history's 75 s window, after which
the history holds only its minimum of events: the end figure is the steady state.
"""
import argparse
import http.client
import json
import os
import threading
import time

import benchlib

TICK = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid):
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def memory_mb(pid):
    out = {}
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                out[key] = round(int(value.split()[0]) / 1024, 1)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--workdir", required=True)
    ap.add_argument("--nodes", type=int, default=100)
    ap.add_argument("--pods", type=int, default=10000)
    ap.add_argument("--seconds", type=float, default=80)
    args = ap.parse_args()
    proc, port = benchlib.start_server(args.binary, args.workdir, "idle", "--nodes", str(args.nodes), "--synchronous", "normal")
    result = {"nodes": args.nodes, "pods": args.pods}
    try:
        workers = ["kubeling-worker"] + ["kubeling-worker%d" % k for k in range(2, args.nodes)]

        def post_some(offset):
            conn = http.client.HTTPConnection("127.0.0.1", port)
            for i in range(offset, args.pods, 16):
                pod = {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "idle-%d" % i, "labels": {"bench": "idle"}},
                       "spec": {"nodeName": workers[i % len(workers)],
                                "containers": [{"name": "web", "image": "nginx:1.27"}]}}
                conn.request("POST", "/api/v1/namespaces/default/pods", body=json.dumps(pod),
                             headers={"Content-Type": "application/json"})
                conn.getresponse().read()

        start = time.monotonic()
        threads = [threading.Thread(target=post_some, args=(k,)) for k in range(16)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        result["create_s"] = round(time.monotonic() - start, 2)
        conn = http.client.HTTPConnection("127.0.0.1", port)
        ready = 0
        while time.monotonic() - start < 600:
            conn.request("GET", "/api/v1/namespaces/default/pods?labelSelector=bench%3Didle")
            items = json.loads(conn.getresponse().read())["items"]
            ready = sum(1 for p in items if any(c.get("type") == "Ready" and c.get("status") == "True"
                                                for c in p.get("status", {}).get("conditions", [])))
            if ready == args.pods:
                break
            time.sleep(1)
        result["all_ready_s"] = round(time.monotonic() - start, 2)
        result["ready"] = ready
        conn.close()
        time.sleep(10)
        result["memory_mb_settled"] = memory_mb(proc.pid)
        before, t0 = cpu_seconds(proc.pid), time.monotonic()
        time.sleep(args.seconds)
        used, elapsed = cpu_seconds(proc.pid) - before, time.monotonic() - t0
        result["idle_cpu_percent_of_one_core"] = round(100 * used / elapsed, 2)
        result["memory_mb"] = memory_mb(proc.pid)
    finally:
        benchlib.stop_server(proc, 30)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
