#!/usr/bin/env python3
"""1,000 Pods already bound to nodes -> all Running and Ready (issue 10's kubelet row; standard library).

  bound.py --port PORT [--pods 1000] [--workers 10]

Against a server started with `--nodes 11` (the control plane plus 10 workers): POSTs the Pods with
`spec.nodeName` set round-robin over the workers (16 client threads), then polls the list until every
one has Ready=True. Prints one JSON line: seconds to create and seconds from the first create to all Ready
(the first pull of nginx:1.27 on each node is inside it, 0.72 s simulated).
"""
import argparse
import http.client
import json
import threading
import time


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--pods", type=int, default=1000)
    ap.add_argument("--workers", type=int, default=10)
    args = ap.parse_args()
    nodes = ["kubeling-worker"] + ["kubeling-worker%d" % k for k in range(2, args.workers + 1)]

    def post_some(offset):
        conn = http.client.HTTPConnection("127.0.0.1", args.port)
        for i in range(offset, args.pods, 16):
            pod = {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "bound-%d" % i, "labels": {"bench": "bound"}},
                   "spec": {"nodeName": nodes[i % len(nodes)], "containers": [{"name": "web", "image": "nginx:1.27"}]}}
            conn.request("POST", "/api/v1/namespaces/default/pods", body=json.dumps(pod),
                         headers={"Content-Type": "application/json"})
            conn.getresponse().read()

    start = time.monotonic()
    threads = [threading.Thread(target=post_some, args=(k,)) for k in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    created = time.monotonic() - start
    conn = http.client.HTTPConnection("127.0.0.1", args.port)
    while time.monotonic() - start < 120:
        conn.request("GET", "/api/v1/namespaces/default/pods?labelSelector=bench%3Dbound")
        items = json.loads(conn.getresponse().read())["items"]
        ready = sum(1 for p in items if any(c.get("type") == "Ready" and c.get("status") == "True"
                                            for c in p.get("status", {}).get("conditions", [])))
        if ready == args.pods:
            break
        time.sleep(0.05)
    print(json.dumps({"pods": args.pods, "create_s": round(created, 3), "all_ready_s": round(time.monotonic() - start, 3)}))


if __name__ == "__main__":
    main()
