#!/usr/bin/env python3
"""Cold start: time from spawning the server on an existing database until it is ready and serves
every stored pod (standard library only).

  coldstart.py --binary PATH --data DB --expect N [--reps R] [--log FILE]

Each repetition spawns `PATH serve --port 0 --data DB`, waits for the `listening on
http://127.0.0.1:PORT` log line, polls GET /readyz until 200, then GETs /api/v1/pods until the list
holds N items (fetched with curl). Ready time = when the last byte of that complete list arrived. The server is stopped
(SIGTERM, then SIGKILL after 15 s) before the next repetition. Prints one JSON line.
"""
import argparse
import json
import os
import re
import signal
import subprocess
import sys
import time

import benchlib

LISTEN_RE = re.compile(rb"listening on http://([0-9.]+):([0-9]+)")


def stop(proc):
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)
            return "killed"
    return "exited %s" % proc.returncode


def one(args, rep):
    log_path = "%s.%d" % (args.log, rep)
    result = {"rep": rep}
    list_path = log_path + ".list"
    with open(log_path, "wb") as log:
        start = time.monotonic()
        proc = subprocess.Popen([args.binary, "serve", "--port", "0", "--data", args.data,
                                 "--nodes", "0", "--controllers", "*,-scheduler"],
                                stdout=subprocess.DEVNULL, stderr=log)
    try:
        deadline = start + args.timeout
        host = port = None
        while time.monotonic() < deadline and proc.poll() is None:
            with open(log_path, "rb") as f:
                m = LISTEN_RE.search(f.read())
            if m:
                host, port = m.group(1).decode(), int(m.group(2))
                break
            time.sleep(0.001)
        if port is None:
            result["error"] = "no listening line (exit %s)" % proc.poll()
            return result
        result["listening_ms"] = round((time.monotonic() - start) * 1000, 2)
        while time.monotonic() < deadline:
            try:
                status, _, _ = benchlib.get_raw(host, port, "/readyz", timeout=5)
            except OSError:
                status = 0
            if status == 200:
                break
            time.sleep(0.002)
        else:
            result["error"] = "readyz never 200"
            return result
        result["readyz_ms"] = round((time.monotonic() - start) * 1000, 2)
        while time.monotonic() < deadline:
            # curl (as the LIST phase uses) rather than Python: reading 64 MB in Python took ~280 ms
            # of the client's own time, which was being charged to the server's start.
            fetched = subprocess.run(["curl", "-s", "--max-time", "30", "-o", list_path, "-w", "%{http_code}",
                                      "http://%s:%d/api/v1/pods" % (host, port)], capture_output=True)
            t_list = time.monotonic()
            status = int(fetched.stdout or b"0")
            with open(list_path, "rb") as f:
                body = f.read()
            count = benchlib.list_count(body) if status == 200 else -1
            result["items"] = count
            if count >= args.expect:  # a fresh cluster also holds its own Pods (CoreDNS)
                result["ready_ms"] = round((t_list - start) * 1000, 2)
                break
            time.sleep(0.005)
        else:
            result["error"] = "list never held %d items or more (last %s)" % (args.expect, result.get("items"))
        return result
    finally:
        result["stop"] = stop(proc)
        if os.path.exists(list_path):
            os.remove(list_path)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", required=True)
    parser.add_argument("--data", required=True)
    parser.add_argument("--expect", type=int, required=True)
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--log", default="/tmp/kubeling-coldstart.log")
    args = parser.parse_args()
    # bench/run stops us with SIGTERM: turn it into SystemExit so the finally blocks stop the server.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    runs = [one(args, rep) for rep in range(args.reps)]
    ready = sorted(r["ready_ms"] for r in runs if "ready_ms" in r)
    print(json.dumps({
        "runs": runs,
        "ready_ms": ready,
        "median_ms": ready[len(ready) // 2] if ready else None,
        "max_ms": ready[-1] if ready else None,
        "errors": [r["error"] for r in runs if "error" in r],
    }))


if __name__ == "__main__":
    main()
