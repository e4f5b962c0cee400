#!/usr/bin/env python3
"""Turns the raw outputs bench/run left in a results folder into the human table and, as the last
line, one JSON object (standard library only).

  report.py RESULTS_DIR
"""
import json
import os
import re
import sys


def read(folder, name):
    path = os.path.join(folder, name)
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8", errors="replace") as f:
        return f.read()


def read_json(folder, name):
    text = read(folder, name)
    if not text or not text.strip():
        return None
    try:
        return json.loads(text.strip().splitlines()[-1])
    except ValueError:
        return None


def wrk_json(folder, name):
    text = read(folder, name) or ""
    m = re.search(r"^WRKJSON (\{.*\})$", text, re.M)
    return json.loads(m.group(1)) if m else None


def r(value, digits=1):
    return None if value is None else round(value, digits)


def collect(folder):
    out = {}
    meta = read_json(folder, "meta.json") or {}
    out.update(meta)
    out.update(read_json(folder, "fsync.json") or {})
    try:
        with open("/proc/loadavg") as f:
            out["loadavg_end"] = float(f.read().split()[0])
    except (OSError, ValueError):
        pass

    created = wrk_json(folder, "creates.txt")
    if created and created["duration_us"] > 0:
        ok = created["requests"] - created["err_status"]
        out["creates_per_s"] = r(ok / (created["duration_us"] / 1e6))
        out["creates_p50_ms"] = r(created["lat_p50_us"] / 1000, 2)
        out["creates_p99_ms"] = r(created["lat_p99_us"] / 1000, 2)
        out["creates_errors"] = created["err_status"] + created["err_connect"] + created["err_read"] + \
            created["err_write"] + created["err_timeout"]
        out["creates_total"] = ok
        cpu = read_json(folder, "creates_cpu.json")
        if cpu and ok:
            used = cpu["after"] - cpu["before"]
            out["creates_server_cpu_us"] = r(used / ok * 1e6)
            out["creates_server_cores"] = r(used / (created["duration_us"] / 1e6), 2)

    loaded = read_json(folder, "load.json")
    if loaded:
        out["load_10k_per_s"] = loaded.get("per_s")
        out["load_10k_failed"] = loaded.get("failed")

    for name, key in (("get.txt", "get"), ("get_bg.txt", "get_bg")):
        g = wrk_json(folder, name)
        if g and g["duration_us"] > 0:
            out[key + "_p50_ms"] = r(g["lat_p50_us"] / 1000, 3)
            out[key + "_p99_ms"] = r(g["lat_p99_us"] / 1000, 3)
            out[key + "_per_s"] = r((g["requests"] - g["err_status"]) / (g["duration_us"] / 1e6))
            out[key + "_errors"] = g["err_status"] + g["err_connect"] + g["err_read"] + g["err_timeout"]
            cpu = read_json(folder, key + "_cpu.json")
            if cpu and g["requests"]:
                out[key + "_server_cpu_us"] = r((cpu["after"] - cpu["before"]) / g["requests"] * 1e6)
    pace = read_json(folder, "get_bg_pace.json")
    if pace:
        out["get_bg_writes_per_s"] = pace.get("per_s")

    times, sizes, codes = [], [], []
    for line in (read(folder, "list.txt") or "").splitlines():
        parts = line.split()
        if len(parts) == 3:
            codes.append(parts[0])
            times.append(float(parts[1]))
            sizes.append(int(parts[2]))
    times = times[1:]  # the first request is a warm-up
    if times:
        ordered = sorted(times)
        rank = max(1, -(-99 * len(ordered) // 100))
        out["list_10k_p99_ms"] = r(ordered[rank - 1] * 1000, 1)
        out["list_10k_p50_ms"] = r(ordered[(len(ordered) - 1) // 2] * 1000, 1)
        out["list_10k_reps"] = len(times)
        out["list_10k_mb"] = r(sizes[-1] / 1e6, 1)
        out["list_10k_non200"] = sum(1 for c in codes if c != "200")
    check = read_json(folder, "list_check.json")
    if check:
        out["list_10k_items"] = check.get("items")

    rss = read(folder, "rss.txt") or ""
    m = re.search(r"VmRSS:\s+(\d+) kB", rss)
    if m:
        out["rss_10k_mb"] = r(int(m.group(1)) / 1024, 1)
    m = re.search(r"VmHWM:\s+(\d+) kB", rss)
    if m:
        out["rss_10k_peak_mb"] = r(int(m.group(1)) / 1024, 1)

    for n in (1, 100, 1000):
        w = read_json(folder, "watch_%d.json" % n)
        if w:
            out["watch_%d_p99_ms" % n] = w.get("p99_ms")
            out["watch_%d_p50_ms" % n] = w.get("p50_ms")
            out["watch_%d_recv_p99_ms" % n] = w.get("recv_p99_ms")
            out["watch_%d_delivered" % n] = "%s/%s" % (w.get("deliveries"), w.get("expected"))
            out["watch_%d_post_rtt_p50_ms" % n] = w.get("post_rtt_p50_ms")
            out["watch_%d_client_cpu_us" % n] = w.get("client_cpu_us_per_delivery")

    cold = read_json(folder, "cold.json")
    if cold:
        out["cold_start_10k_ms"] = cold.get("median_ms")
        out["cold_start_10k_max_ms"] = cold.get("max_ms")
        runs = cold.get("runs") or []
        readyz = sorted(x["readyz_ms"] for x in runs if "readyz_ms" in x)
        if readyz:
            out["cold_start_readyz_ms"] = readyz[(len(readyz) - 1) // 2]

    cluster = read_json(folder, "cluster.json")
    if cluster:
        for k in ("create_available_s", "rollout_s", "delete_foreground_s"):
            out["cluster_1k_" + k] = cluster.get(k)

    bound = read_json(folder, "bound.json")
    if bound:
        out["kubelet_1k_ready_s"] = bound.get("all_ready_s")
    streams = read_json(folder, "streams.json")
    if streams:
        for name, key in (("exec_true", "exec_true"), ("exit_to_unready", "exit_unready"),
                          ("kill_to_endpoints", "exit_endpoints")):
            part = streams.get(name) or {}
            out[key + "_p99_ms"] = part.get("p99_ms")
            out[key + "_p50_ms"] = part.get("p50_ms")
    idle = read_json(folder, "idle.json")
    if idle:
        out["idle_cpu_percent"] = idle.get("idle_cpu_percent_of_one_core")
        out["idle_rss_mb"] = (idle.get("memory_mb") or {}).get("VmRSS")
        out["idle_pods"] = idle.get("pods")
    ingress = read_json(folder, "ingress.json")
    if ingress:
        out["ingress_rps"] = ingress.get("median_rps")
        out["ingress_p99_ms"] = ingress.get("median_p99_ms")

    etcd = read(folder, "etcd_perf.txt") or ""
    m = re.search(r"(\d+(?:\.\d+)?) writes/s", etcd)
    if m:
        out["etcd_writes_per_s"] = r(float(m.group(1)))
        m2 = re.search(r"Slowest request took(?: too long:)? ([0-9.]+)s", etcd)
        m3 = re.search(r"Stddev (?:is|too high:) ([0-9.]+)s", etcd)
        out["etcd_slowest_ms"] = r(float(m2.group(1)) * 1000) if m2 else None
        out["etcd_stddev_ms"] = r(float(m3.group(1)) * 1000) if m3 else None
    if out.get("creates_per_s") and out.get("etcd_writes_per_s"):
        out["create_vs_etcd"] = r(out["creates_per_s"] / out["etcd_writes_per_s"], 2)
    return out


# (label, key, unit, target text, check, median key)
ROWS = [
    ("creates/s (wrk -c64, 2.5 KB pods, FULL)", "creates_per_s", "/s", ">= 3000", lambda v: v >= 3000, None),
    ("GET one pod p99 (wrk -c4)", "get_p99_ms", "ms", "<= 1", lambda v: v <= 1, "get_p50_ms"),
    ("GET p99 with ~1k writes/s behind", "get_bg_p99_ms", "ms", "<= 1", lambda v: v <= 1, "get_bg_p50_ms"),
    ("LIST 10k pods p99 (cluster scope)", "list_10k_p99_ms", "ms", "<= 100", lambda v: v <= 100,
     "list_10k_p50_ms"),
    ("watch delivery p99, 1 watcher", "watch_1_p99_ms", "ms", "<= 2", lambda v: v <= 2, "watch_1_p50_ms"),
    ("watch delivery p99, 100 watchers", "watch_100_p99_ms", "ms", "<= 10", lambda v: v <= 10,
     "watch_100_p50_ms"),
    ("watch delivery p99, 1000 watchers", "watch_1000_p99_ms", "ms", "<= 50", lambda v: v <= 50,
     "watch_1000_p50_ms"),
    ("RSS with 10k pods", "rss_10k_mb", "MB", "<= 150", lambda v: v <= 150, None),
    ("cold start, 10k pods -> ready", "cold_start_10k_ms", "ms", "<= 500", lambda v: v <= 500, None),
    ("1k-replica Deployment -> Available", "cluster_1k_create_available_s", "s", "<= 3", lambda v: v <= 3, None),
    ("rolling update of it (new image)", "cluster_1k_rollout_s", "s", "<= 5", lambda v: v <= 5, None),
    ("delete it, foreground -> no Pod", "cluster_1k_delete_foreground_s", "s", "<= 3", lambda v: v <= 3, None),
    ("1,000 bound Pods -> Running and Ready", "kubelet_1k_ready_s", "s", "<= 2", lambda v: v <= 2, None),
    ("exec -- true (WebSocket) p99", "exec_true_p99_ms", "ms", "<= 5", lambda v: v <= 5, "exec_true_p50_ms"),
    ("container exit -> Pod Ready=False p99", "exit_unready_p99_ms", "ms", "<= 10", lambda v: v <= 10,
     "exit_unready_p50_ms"),
    ("container exit -> EndpointSlice p99", "exit_endpoints_p99_ms", "ms", "<= 20", lambda v: v <= 20,
     "exit_endpoints_p50_ms"),
    ("idle cluster: server CPU (% of a core)", "idle_cpu_percent", "%", "<= 5", lambda v: v <= 5, None),
    ("idle cluster: RSS (100 nodes, 10k Pods)", "idle_rss_mb", "MB", "<= 400", lambda v: v <= 400, None),
    ("ingress requests/s (2 nginx Pods)", "ingress_rps", "/s", ">= 10000", lambda v: v >= 10000, None),
    ("ingress p99", "ingress_p99_ms", "ms", "<= 5", lambda v: v <= 5, None),
    ("etcd check perf --load=l (baseline)", "etcd_writes_per_s", "/s", "-", None, None),
    ("creates / etcd writes", "create_vs_etcd", "x", ">= 0.6", lambda v: v >= 0.6, None),
]


def main():
    folder = sys.argv[1]
    out = collect(folder)
    failed = []
    lines = ["", "%-42s %12s %12s %10s  %s" % ("metric", "value", "median", "target", "result"),
             "-" * 86]
    for label, key, unit, target, check, median_key in ROWS:
        value = out.get(key)
        median = out.get(median_key) if median_key else None
        if value is None:
            verdict = "MISSING" if check else "-"
            if check:
                failed.append(key)
        elif check is None:
            verdict = "-"
        elif check(value):
            verdict = "PASS"
        else:
            verdict = "FAIL"
            failed.append(key)
        shown = "-" if value is None else "%s %s" % (value, unit)
        lines.append("%-42s %12s %12s %10s  %s" % (label, shown, "-" if median is None else median, target,
                                                  verdict))
    lines.append("-" * 86)
    notes = []
    if out.get("creates_server_cpu_us") is not None:
        notes.append("server CPU per create %s us (%s cores busy during the run); per GET %s us"
                     % (out["creates_server_cpu_us"], out.get("creates_server_cores"), out.get("get_server_cpu_us")))
    if out.get("creates_errors"):
        notes.append("creates: %s failed requests" % out["creates_errors"])
    for n in (1, 100, 1000):
        d = out.get("watch_%d_delivered" % n)
        if d:
            notes.append("watch %d: delivered %s; per-recv p99 %s ms; writer POST p50 %s ms; client CPU %s us/delivery"
                         % (n, d, out.get("watch_%d_recv_p99_ms" % n), out.get("watch_%d_post_rtt_p50_ms" % n),
                            out.get("watch_%d_client_cpu_us" % n)))
    if out.get("list_10k_items") is not None:
        notes.append("list: %s items, %s MB, %s reps" % (out["list_10k_items"], out.get("list_10k_mb"),
                                                         out.get("list_10k_reps")))
    if out.get("get_bg_writes_per_s") is not None:
        notes.append("background writes during GET: %s/s" % out["get_bg_writes_per_s"])
    if out.get("fdatasync_p50_ms") is not None:
        notes.append("disk: fdatasync of 4 KB p50 %s ms, p99 %s ms (bounds FULL-durability commits)"
                     % (out["fdatasync_p50_ms"], out.get("fdatasync_p99_ms")))
    if out.get("loadavg_start") is not None:
        notes.append("load average (1 min) at start %s, at end %s on %s cores: other processes share the CPU"
                     % (out["loadavg_start"], out.get("loadavg_end"), out.get("cores")))
    lines += ["note: " + n for n in notes]
    out["failed"] = failed
    print("\n".join(lines))
    print(json.dumps(out, separators=(",", ":")))


if __name__ == "__main__":
    main()
