#!/usr/bin/env python3
"""The benchmark's Python comparator for (b): what an admin without csshell might write. For each
command it loads the JSON store (csshell's document shape), validates the new partner (DNS name rules,
no partner already holding the domain, a valid negotiation combination), appends it, and atomically
rewrites the file (temporary file in the same folder, then rename; like csshell's per-change journal
write, this survives a SIGKILL; neither fsyncs per change).

    py_store.py STORE FIRST COUNT      adds pFIRST.example.com ... p(FIRST+COUNT-1).example.com
"""
import json, os, re, sys

LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")
INVALID = {("NotSupported", "NotSupported", False), ("Required", "NotSupported", False),
           ("Optional", "NotSupported", False), ("NotSupported", "Required", False),
           ("NotSupported", "Optional", False)}


def valid_domain(d):
    d = d.rstrip(".")
    return 0 < len(d) <= 253 and all(LABEL.match(l) for l in d.split("."))


def new_partner(path, identity, tls="Required", sasl="Required", dialback=False):
    identity = identity.lower().rstrip(".")
    if not valid_domain(identity):
        raise ValueError(f"invalid domain {identity}")
    if (tls, sasl, dialback) in INVALID:
        raise ValueError("invalid negotiation combination")
    try:
        with open(path) as f:
            doc = json.load(f)
    except FileNotFoundError:
        doc = {"format": "csshell-xmpp-store", "version": 1, "partners": []}
    taken = set()
    for p in doc["partners"]:
        taken.add(p["Identity"])
        taken.update(p["AdditionalDomains"])
    if identity in taken:
        raise ValueError(f"{identity} already exists")
    doc["partners"].append({
        "Identity": identity, "AdditionalDomains": [], "ConnectionLimit": 20, "Description": None,
        "Domain": identity, "EnableKeepAlive": True, "PartnerType": "PublicUnverified", "ProxyFqdn": None,
        "SaslNegotiation": sasl, "SupportDialbackNegotiation": dialback, "TlsNegotiation": tls,
    })
    tmp = f"{path}.tmp-{os.getpid()}"
    with open(tmp, "w") as f:
        json.dump(doc, f, indent=2)
    os.replace(tmp, path)


def main():
    path, first, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    for i in range(first, first + count):
        new_partner(path, f"p{i}.example.com")


if __name__ == "__main__":
    main()
