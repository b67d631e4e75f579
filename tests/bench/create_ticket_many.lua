-- wrk script: POST a distinct, realistic ticket on every request, each from a different
-- citizen (a NIK and a mobile of its own), as a national desk sees them. Used by
-- .ci/bench-fleet; the token comes in as an Authorization header from the command line.
-- Several wrk processes run side by side: each draws its citizens at random.
local n = 0
math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)"), 16) % 100000)
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

request = function()
  n = n + 1
  local day, month, serial = math.random(1, 28), math.random(1, 12), math.random(1, 9999)
  local nik = string.format("327501%02d%02d90%04d", day, month, serial)
  local body = string.format(
    '{"subject":"Sertifikat belum diterima #%d","body":"Saya sudah vaksin dosis 2 tanggal %d Juli 2021 tapi belum menerima SMS dari 1199. Mohon dibantu.","channel":"phone","category":"sms_not_received","nik":"%s","requester":{"name":"Warga %d","phone":"0812%08d"},"tags":["bench"]}',
    n, day, nik, n, math.random(0, 99999999))
  return wrk.format(nil, nil, nil, body)
end
