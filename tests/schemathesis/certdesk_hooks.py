"""Schemathesis hooks for certdesk: the role an operation's summary names is enforced.

An operation documented "(supervisors…)" or "(admins…)" must never give an agent a 2xx,
and one documented "(admins…)" never a supervisor, unless its summary also lets members
act on their own account ("their own", "themself"): then only the token's own id
(CERTDESK_ST_SELF) may succeed. The role of the token under test is in CERTDESK_ST_ROLE
(agent | supervisor).
"""

import os
import re

import schemathesis

ROLE = os.environ.get("CERTDESK_ST_ROLE", "supervisor")
SELF = os.environ.get("CERTDESK_ST_SELF", "")
NEEDS_SUPERVISOR = re.compile(r"\((supervisors|admins)\b")
NEEDS_ADMIN = re.compile(r"\(admins\b")
OWN_ACCOUNT = re.compile(r"their own|themself")


@schemathesis.check
def role_is_enforced(ctx, response, case):
    raw = case.operation.definition.raw
    text = f"{raw.get('summary', '')} {raw.get('description', '')}"
    needs = NEEDS_ADMIN if ROLE == "supervisor" else NEEDS_SUPERVISOR
    own_id = str((case.path_parameters or {}).get("id", "")).lower()
    if OWN_ACCOUNT.search(text) and SELF and own_id == SELF.lower():
        return None
    if needs.search(text) and 200 <= response.status_code < 300:
        raise AssertionError(
            f"{case.operation.label} is documented as {needs.search(text).group(0)}…) "
            f"but answered {response.status_code} to an {ROLE}'s token"
        )
    return None
