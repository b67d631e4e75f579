-- wrk script: POST a distinct, realistic ticket on every request.
-- Used by .ci/bench; the token comes in as an Authorization header from the command line.
local n = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

request = function()
  n = n + 1
  local body = string.format(
    '{"subject":"Sertifikat belum diterima #%d","body":"Saya sudah vaksin dosis 2 tanggal 12 Juli 2021 di Puskesmas Bekasi Timur tapi belum menerima SMS dari 1199. Mohon dibantu.","channel":"phone","category":"sms_not_received","nik":"3275011205900001","requester":{"name":"Muhamad Rizki","phone":"0812%08d"},"tags":["bench"]}',
    n, n)
  return wrk.format(nil, nil, nil, body)
end
