#!/usr/bin/env python3
"""Concurrent loaders for bench/run (standard library only).

  load.py pods  --port P --namespace NS --count N --body pod.json [--concurrency C] [--prefix X]
      creates exactly N pods named X-0 .. X-(N-1) (an AlreadyExists answer counts as created) and
      prints one JSON line: {"created", "failed", "seconds", "per_s"}.
  load.py pace  --port P --namespace NS --rate R --seconds S [--connections C]
      creates ConfigMaps at about R/s for S seconds (background write load), then prints one JSON line.
"""
import argparse
import json
import sys
import threading
import time

import benchlib


def load_pods(args):
    with open(args.body, "rb") as f:
        template = json.dumps(json.loads(f.read()), separators=(",", ":"))
    head, sep, tail = template.partition("__NAME__")
    if not sep:
        sys.exit("load.py: body has no __NAME__ placeholder")
    path = "/api/v1/namespaces/%s/pods" % args.namespace
    lock = threading.Lock()
    state = {"next": 0, "created": 0, "failed": 0, "errors": {}}
    deadline = time.monotonic() + args.timeout

    def worker():
        conn = None
        while time.monotonic() < deadline:
            with lock:
                index = state["next"]
                if index >= args.count:
                    break
                state["next"] += 1
            body = (head + "%s-%d" % (args.prefix, index) + tail).encode()
            ok = False
            for _attempt in range(3):
                try:
                    if conn is None:
                        conn = benchlib.connection(args.host, args.port)
                    status, answer = benchlib.request(conn, "POST", path, body)
                except OSError as error:  # connection reset, timeout: reconnect and retry
                    conn = None
                    status, answer = 0, str(error).encode()
                if status in (200, 201, 409):
                    ok = True
                    break
            with lock:
                if ok:
                    state["created"] += 1
                else:
                    state["failed"] += 1
                    key = str(status)
                    state["errors"][key] = answer[:300].decode("utf-8", "replace")

    start = time.monotonic()
    threads = [threading.Thread(target=worker, daemon=True) for _ in range(args.concurrency)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(max(0.0, deadline - time.monotonic()) + 5)
    seconds = time.monotonic() - start
    print(json.dumps({"created": state["created"], "failed": state["failed"], "seconds": round(seconds, 3),
                      "per_s": round(state["created"] / seconds, 1) if seconds > 0 else 0,
                      "errors": state["errors"]}))


def pace(args):
    path = "/api/v1/namespaces/%s/configmaps" % args.namespace
    stop_at = time.monotonic() + args.seconds
    lock = threading.Lock()
    state = {"sent": 0, "ok": 0, "errors": 0}
    per_connection = args.rate / args.connections

    def worker(wid):
        conn = None
        start = time.monotonic()
        n = 0
        while True:
            due = start + n / per_connection
            now = time.monotonic()
            if due >= stop_at or now >= stop_at:
                break
            if due > now:
                time.sleep(due - now)
            body = json.dumps({"apiVersion": "v1", "kind": "ConfigMap",
                               "metadata": {"name": "%s-%d-%d" % (args.prefix, wid, n)},
                               "data": {"k": "v" * 200}}).encode()
            n += 1
            try:
                if conn is None:
                    conn = benchlib.connection(args.host, args.port)
                status, _ = benchlib.request(conn, "POST", path, body)
            except OSError:
                conn, status = None, 0
            with lock:
                state["sent"] += 1
                state["ok" if status in (200, 201) else "errors"] += 1

    begin = time.monotonic()
    threads = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(args.connections)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(args.seconds + 30)
    seconds = time.monotonic() - begin
    state["seconds"] = round(seconds, 3)
    state["per_s"] = round(state["ok"] / seconds, 1) if seconds > 0 else 0
    print(json.dumps(state))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="mode", required=True)
    pods = sub.add_parser("pods")
    pods.add_argument("--count", type=int, required=True)
    pods.add_argument("--body", required=True)
    pods.add_argument("--concurrency", type=int, default=16)
    pods.add_argument("--prefix", default="load")
    pods.add_argument("--timeout", type=float, default=180.0)
    pacer = sub.add_parser("pace")
    pacer.add_argument("--rate", type=float, default=1000.0)
    pacer.add_argument("--seconds", type=float, default=10.0)
    pacer.add_argument("--connections", type=int, default=8)
    pacer.add_argument("--prefix", default="bg")
    for p in (pods, pacer):
        p.add_argument("--host", default="127.0.0.1")
        p.add_argument("--port", type=int, required=True)
        p.add_argument("--namespace", default="default")
    args = parser.parse_args()
    sys.setswitchinterval(0.001)
    load_pods(args) if args.mode == "pods" else pace(args)


if __name__ == "__main__":
    main()
