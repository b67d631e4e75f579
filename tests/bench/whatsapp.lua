-- wrk script for .ci/bench-whatsapp: POST pre-signed webhook bodies, each once. Thread
-- k sends lines k, k+T, k+2T, … so no two threads send the same message; running out
-- of lines is reported by the script (BENCH_MESSAGES too small), never wrapped.
local lines = {}
local n = 0
local threads = tonumber(os.getenv("BENCH_THREADS") or "2")

-- setup runs in the main state and numbers the threads; `tid` is then a global of each
-- thread's own state (a chunk-level local would shadow it there).
local started = 0
setup = function(thread)
  thread:set("tid", started)
  started = started + 1
end

init = function()
  local i = 0
  for l in io.lines(os.getenv("BENCH_BODIES")) do
    if i % threads == tid then lines[#lines + 1] = l end
    i = i + 1
  end
end

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

request = function()
  n = n + 1
  local line = lines[n]
  if line == nil then
    -- Out of bodies: an unsigned request, answered 403 and so reported as an error.
    wrk.headers["X-Hub-Signature-256"] = "sha256=00"
    return wrk.format(nil, "/hooks/whatsapp", nil, "{}")
  end
  local tab = line:find("\t", 1, true)
  wrk.headers["X-Hub-Signature-256"] = line:sub(1, tab - 1)
  return wrk.format(nil, "/hooks/whatsapp", nil, line:sub(tab + 1))
end
