#!/usr/bin/env python3
"""How many generated requests each API operation refused as invalid (400 or 422).

Reads the HAR files `.ci/schemathesis` writes with ST_HAR_DIR and the committed spec.
Run with ST_PHASES=fuzzing ST_MODE=positive: schemathesis then sends only values the
spec calls valid, so a refusal means the spec did not state a rule the handler applies
(or a rule no schema can state: two fields that must agree, an id that must exist).

    ST_PHASES=fuzzing ST_MODE=positive ST_HAR_DIR=/tmp/st bash .ci/schemathesis
    python3 tests/schemathesis/refusals.py /tmp/st/*.har

Prints one line per operation (requests, refused, share) and the number of operations
where most requests were refused; exits 1 if no request was recorded.
"""

import json
import re
import sys
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

import yaml

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "certdesk.yaml"


def templates():
    spec = yaml.safe_load(SPEC.read_text())
    out = []
    for path, ops in spec["paths"].items():
        pattern = re.compile("^" + re.sub(r"\{[^}]+\}", "[^/]+", path) + "$")
        # Literal segments first, so /tickets/bulk/close is not /tickets/{ticket}/...
        out.append((path.count("{"), pattern, path, {m.upper() for m in ops}))
    return sorted(out, key=lambda t: t[0])


def main(paths):
    ops = templates()
    sent, refused = Counter(), Counter()
    for har in paths:
        for e in json.loads(Path(har).read_text())["log"]["entries"]:
            method = e["request"]["method"].upper()
            path = urlsplit(e["request"]["url"]).path
            op = next((f"{method} {p}" for _, rx, p, ms in ops if method in ms and rx.match(path)), None)
            if op is None:
                continue
            sent[op] += 1
            if e["response"]["status"] in (400, 422):
                refused[op] += 1
    if not sent:
        print("no requests recorded", file=sys.stderr)
        return 1
    mostly = 0
    for op in sorted(sent):
        share = refused[op] / sent[op]
        mostly += share > 0.5
        print(f"{sent[op]:6} {refused[op]:6} {share:6.0%}  {op}")
    total, bad = sum(sent.values()), sum(refused.values())
    print(f"{len(sent)} operations, {total} requests, {bad} refused ({bad / total:.0%}); "
          f"{mostly} operations refused most of what they were sent")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
