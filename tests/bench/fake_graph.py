#!/usr/bin/env python3
"""A minimal Graph API for .ci/bench-whatsapp: accepts POST /{v}/{id}/messages with the
access token, answers a wamid, and appends each accepted message's recipient to a
file the benchmark counts.   fake_graph.py PORT TOKEN LOGFILE
FAKE_GRAPH_REFUSE_EVERY=N refuses every Nth message as Meta refuses an undeliverable
one (400, error 131026), unlogged: `.ci/bench-broken` shows the benchmark notices."""
import json, os, sys, threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

port, token, log = int(sys.argv[1]), sys.argv[2], sys.argv[3]
lock, count = threading.Lock(), [0]
refuse_every = int(os.environ.get("FAKE_GRAPH_REFUSE_EVERY", "0"))
out = open(log, "a", buffering=1)


class H(BaseHTTPRequestHandler):
    def log_message(self, *a):
        pass

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("content-length", 0)))
        if self.headers.get("authorization") != f"Bearer {token}" or not self.path.endswith("/messages"):
            self.send_response(401); self.end_headers(); return
        msg = json.loads(body)
        with lock:
            count[0] += 1
            wamid = f"wamid.OUT{count[0]}"
            refused = refuse_every > 0 and count[0] % refuse_every == 0
            if not refused:
                out.write(f"{msg.get('to') or msg.get('recipient')}\n")
        if refused:
            error = {"error": {"message": "Message Undeliverable.", "type": "OAuthException", "code": 131026,
                               "error_data": {"messaging_product": "whatsapp", "details": "Message Undeliverable."}}}
            answer = json.dumps(error).encode()
            self.send_response(400)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)
            return
        answer = json.dumps({"messaging_product": "whatsapp", "messages": [{"id": wamid}]}).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)


ThreadingHTTPServer(("127.0.0.1", port), H).serve_forever()
