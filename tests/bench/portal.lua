-- wrk script for .ci/bench-portal: POST the status check (or, with BENCH_PORTAL_PATH=
-- /portal/verify, the identity check) for a rotating sample of people, each request
-- from another client address behind the trusted proxy (X-Forwarded-For), so the
-- per-address limit holds per citizen as in production. Rate limiting stays on.
local path = os.getenv("BENCH_PORTAL_PATH") or "/portal/status"
local csrf = os.getenv("BENCH_CSRF")
local cookie = os.getenv("BENCH_COOKIE")
local lines = {}
for l in io.lines(os.getenv("BENCH_LOOKUPS")) do lines[#lines + 1] = l end
local n = 0

-- setup runs in the main state and numbers the threads; `tid` is then a global of each
-- thread's own state (a chunk-level local would shadow it there, and every thread would
-- send the same lookups from the same addresses).
local started = 0
setup = function(thread)
  thread:set("tid", started)
  started = started + 1
end

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = "cd_csrf=" .. cookie

local function esc(s)
  return (s:gsub("[^%w%-_%.]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

request = function()
  n = n + 1
  local nik, name, birth, vaccinated = lines[(n * 7919 + tid) % #lines + 1]:match("([^,]*),([^,]*),([^,]*),([^,]*)")
  -- A documentation-prefix IPv6 client per request, each its own /64 (certdesk counts an
  -- IPv6 client by its /64): only a header, never a target.
  wrk.headers["X-Forwarded-For"] = string.format("2001:db8:%x:%x::1", tid * 256 + math.floor(n / 65536), n % 65536)
  local body = "csrf=" .. csrf .. "&nik=" .. nik .. "&full_name=" .. esc(name)
  if path == "/portal/verify" then
    body = body .. "&birth_date=" .. birth .. "&vaccinated_on=" .. vaccinated .. "&vaccine=coronavac"
  end
  return wrk.format(nil, path, nil, body)
end
