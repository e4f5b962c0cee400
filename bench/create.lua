-- wrk script: POST one pod per request, each with a distinct name.
-- Usage: wrk -t1 -c64 -d15s -s create.lua http://HOST:PORT/api/v1/namespaces/NS/pods -- BODY_FILE PREFIX
-- BODY_FILE is a pod JSON containing the placeholder __NAME__ once; PREFIX makes names unique per run.
local counter = 0
local head, tail, prefix
local next_thread = 0  -- setup() runs in the main state; thread_id is set as a global in each thread

function setup(thread)
  thread:set("thread_id", next_thread)
  next_thread = next_thread + 1
end

function init(args)
  local f = assert(io.open(args[1], "rb"))
  local body = f:read("*a"):gsub("%s+$", "")
  f:close()
  local s, e = body:find("__NAME__", 1, true)
  assert(s, "body file has no __NAME__ placeholder")
  head, tail = body:sub(1, s - 1), body:sub(e + 1)
  prefix = (args[2] or "bench") .. "-" .. (thread_id or 0) .. "-"
end

function request()
  counter = counter + 1
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json" }, head .. prefix .. counter .. tail)
end

-- One machine-readable line for bench/run (latencies in microseconds).
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'WRKJSON {"requests":%d,"duration_us":%d,"bytes":%d,"err_connect":%d,"err_read":%d,"err_write":%d,' ..
    '"err_status":%d,"err_timeout":%d,"lat_mean_us":%.1f,"lat_p50_us":%d,"lat_p90_us":%d,"lat_p99_us":%d,"lat_max_us":%d}\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
    latency.mean, latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
end
