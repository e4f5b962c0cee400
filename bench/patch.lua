-- wrk script: merge-patch pods pp-0 .. pp-63 in turn (a label and an annotation per request), to
-- measure the update path. Not part of bench/run. Create the pods first, then patch:
--   python3 bench/load.py pods --port P --namespace default --count 64 --body bench/pod.json --prefix pp
--   wrk -t1 -c64 -d10s -s bench/patch.lua http://127.0.0.1:P
local counter = 0

function request()
  counter = counter + 1
  local body = '{"metadata":{"labels":{"x":"' .. counter .. '"},"annotations":{"n":"' .. counter .. '"}}}'
  return wrk.format("PATCH", "/api/v1/namespaces/default/pods/pp-" .. (counter % 64),
    { ["Content-Type"] = "application/merge-patch+json" }, body)
end
