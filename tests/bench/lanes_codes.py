#!/usr/bin/env python3
"""Driver of .ci/bench-lanes: while `serve` works through a huge SMS backlog, asks for
an identity code on the portal once a second (each time for another person, from
another address) and times each code until the gateway has it; meanwhile follows
issuance by counting certificates. Fails loudly on any refused request or lost code.

usage: lanes_codes.py BASE_URL GATEWAY_URL PEOPLE_JSONL DUE_CMD LAST_CMD COUNT_CMD TARGET N
  DUE_CMD    a shell command printing 1 while a dose waits for its certificate, else 0
  LAST_CMD   one printing when the last certificate batch was issued (epoch seconds)
  COUNT_CMD  one printing the number of certificates (run once, at the end: counting a
             million rows every few seconds would slow the server it measures)
  TARGET     certificates the issuance must reach (what issue-certificates issued)
  N          codes to ask for
"""
import http.client
import json
import re
import subprocess
import sys
import time
import urllib.parse

base, gateway, people, due_cmd, last_cmd, count_cmd, target, n = sys.argv[1:9]
target, n = int(target), int(n)
host = urllib.parse.urlparse(base).netloc
gw_host = urllib.parse.urlparse(gateway).netloc

def scalar(cmd):
    return subprocess.check_output(cmd, shell=True, text=True).strip()

def candidates(count):
    """Every 37th person past the first thousand with a usable phone: distinct numbers."""
    out = []
    with open(people) as f:
        for k, line in enumerate(f):
            if k >= 1000 and k % 37 == 0:
                p = json.loads(line)
                if not p["phone"].startswith("021"):
                    out.append(p)
                    if len(out) == count:
                        return out
    raise SystemExit("FAIL: not enough people in the feed")

def ask_code(i, p):
    conn = http.client.HTTPConnection(host)
    ip = f"2001:db8:{0xa000 + i:x}::1"
    conn.request("GET", "/portal/verify", headers={"X-Forwarded-For": ip})
    r = conn.getresponse()
    page = r.read().decode()
    if r.status != 200:
        raise SystemExit(f"FAIL: GET /portal/verify answered {r.status} for code {i}")
    cookies = "; ".join(c.split(";")[0] for k, c in r.getheaders() if k.lower() == "set-cookie")
    found = re.search(r'name="csrf" value="([0-9a-f]+)"', page)
    if not found:
        raise SystemExit(f"FAIL: GET /portal/verify gave no CSRF token for code {i}")
    csrf = found.group(1)
    b = p["birth_date"]
    fields = {"csrf": csrf, "nik": p["nik"], "full_name": p["full_name"], "birth_date": f"{b[8:10]}-{b[5:7]}-{b[:4]}",
              "vaccinated_on": "12-07-2021", "vaccine": "coronavac"}
    t0 = time.time()
    conn.request("POST", "/portal/verify", urllib.parse.urlencode(fields), {
        "Content-Type": "application/x-www-form-urlencoded", "Cookie": cookies, "X-Forwarded-For": ip})
    r = conn.getresponse()
    r.read()
    if r.status not in (200, 303):
        raise SystemExit(f"FAIL: /portal/verify answered {r.status} for code {i}")
    return t0

def arrived(phone):
    conn = http.client.HTTPConnection(gw_host)
    conn.request("GET", "/codes?to=" + phone)
    r = conn.getresponse()
    body = r.read().decode()
    return int(body) / 1000 if r.status == 200 else None

chosen = candidates(n)
start = time.time()
issued_at = None
waiting = {}  # phone -> when its code was asked for
latencies = []
asked = 0
next_ask = start

last_look = 0.0
last_batch, progress_at = None, time.time()

def check_issuance():
    """Looks once a second whether a dose still waits (an index lookup); when none does,
    the last batch's audit time ends the run and one count checks the work."""
    global issued_at, last_look, last_batch, progress_at
    if issued_at is not None or time.time() - last_look < 1:
        return
    last_look = time.time()
    if scalar(due_cmd) != "0":
        if time.time() - progress_at > 10:
            batch = scalar(last_cmd)
            if batch != last_batch:
                last_batch, progress_at = batch, time.time()
            elif time.time() - progress_at > 120:
                raise SystemExit("FAIL: serve issued no certificate batch for two minutes")
        return
    issued_at = float(scalar(last_cmd)) - start
    made = int(scalar(count_cmd) or 0)
    # Fewer is lost work, more is issuing twice: either way not the work measured.
    if made != target:
        raise SystemExit(f"FAIL: nothing is due but serve made {made} certificates; issue-certificates alone made {target}")
    print(f"issuance: {made} certificates in serve in {issued_at:.1f} s", flush=True)

while len(latencies) < n:
    check_issuance()
    if asked < n and time.time() >= next_ask:
        p = chosen[asked]
        waiting["62" + p["phone"].lstrip("0")] = ask_code(asked, p)
        asked += 1
        next_ask += 1
    for phone, t0 in list(waiting.items()):
        at = arrived(phone)
        if at is not None:
            latencies.append(at - t0)
            del waiting[phone]
        elif time.time() - t0 > 60:
            raise SystemExit(f"FAIL: a code asked for {time.time() - t0:.0f} s ago never reached the gateway")
    time.sleep(0.05)
while issued_at is None:
    check_issuance()
    if time.time() - start > 7200:
        raise SystemExit("FAIL: issuance did not finish within two hours")
    time.sleep(1)
latencies.sort()
q = lambda f: latencies[min(len(latencies) - 1, int(len(latencies) * f))]
print(f"codes: {len(latencies)} asked, all arrived; p50 {q(0.5):.3f} s, p99 {q(0.99):.3f} s, max {latencies[-1]:.3f} s")
print(f"ISSUED_SECONDS={issued_at:.1f}")
if q(0.99) > 5:
    raise SystemExit("FAIL: p99 of code delivery above 5 s")
