"""Shared by the Control Panel's HTTP and browser tests: starts csshell's Start-CsControlPanel,
runs csshell's own cmdlets (the expectations come from them, never from the page), and counts checks."""
import html
import http.client
import json
import os
import re
import signal
import ssl
import subprocess
import sys
import tempfile
import time
import urllib.parse

BIN = os.environ.get("CSSHELL_BIN") or os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", ".build", "debug", "csshell")
TLS_DIR = os.environ.get("PANEL_TLS_DIR", "")
CERT = os.path.join(TLS_DIR, "cert.pem")
KEY = os.path.join(TLS_DIR, "key.pem")


class Checks:
    """Named checks; the test fails if any fails. Every check prints one line."""

    def __init__(self, suite):
        self.suite, self.passed, self.failed = suite, 0, []

    def check(self, name, condition, detail=""):
        if condition:
            self.passed += 1
            print(f"ok   {name}")
        else:
            self.failed.append(name)
            print(f"FAIL {name} {str(detail)[:1500]}")
        return condition

    def finish(self):
        print(f"{self.suite}: {self.passed} passed, {len(self.failed)} failed")
        for name in self.failed:
            print(f"  failed: {name}")
        sys.exit(1 if self.failed else 0)


def scratch(prefix="csshell-panel-"):
    return tempfile.mkdtemp(prefix=prefix)


def environment(home):
    env = dict(os.environ)
    env.update({"HOME": home, "NO_COLOR": "1", "XDG_DATA_HOME": os.path.join(home, "data")})
    env.pop("CSSHELL_STORE", None)
    return env


def csshell(store, command, home=None):
    """Runs a csshell command on a store as an admin would in the shell: (status, stdout, stderr)."""
    home = home or os.path.dirname(store)
    done = subprocess.run([BIN, "-Store", store, "-NonInteractive", "-Command", command], capture_output=True,
                          text=True, env=environment(home), timeout=60)
    return done.returncode, done.stdout, done.stderr


def partners(store):
    """The stored partners as Get-CsXmppAllowedPartner writes them (ConvertTo-Json), by Identity."""
    status, out, err = csshell(store, "@(Get-CsXmppAllowedPartner) | ConvertTo-Json -Depth 3 -AsArray")
    if status != 0:
        raise RuntimeError(err)
    return {p["Identity"]: p for p in json.loads(out or "[]")}


def cmdlet_outcome(command):
    """Runs one partner command on a fresh store of its own and says what the shell reports: the error
    messages (without the `Cmdlet : ` prefix and position lines), the WARNING texts, and the partners stored."""
    folder = scratch()
    store = os.path.join(folder, "store.json")
    status, out, err = csshell(store, command)
    errors, warnings = [], []
    for line in err.splitlines():
        if line.startswith("WARNING: "):
            warnings.append(line[len("WARNING: "):])
        elif " : " in line and re.match(r"^[A-Z][a-z]+-Cs\w+ : ", line):
            errors.append(line.split(" : ", 1)[1])
    return {"status": status, "errors": errors, "warnings": warnings, "stored": partners(store)}


def negotiation_test(tls, sasl, dialback):
    """Test-CsXmppAllowedPartner's answer for a combination, from csshell itself."""
    folder = scratch()
    status, out, err = csshell(os.path.join(folder, "store.json"),
                               f"Test-CsXmppAllowedPartner -TlsNegotiation {tls} -SaslNegotiation {sasl} "
                               f"-SupportDialbackNegotiation ${str(dialback).lower()} | ConvertTo-Json -Depth 3")
    if status != 0:
        raise RuntimeError(err)
    return json.loads(out)


# The 18 rows of negotiation.md §3 (reference/negotiation.md) and contract.md's class for each.
ROWS = [
    (1, "Required", "Required", True, "warning"), (2, "Required", "Required", False, "silent"),
    (3, "Optional", "Required", True, "warning"), (4, "Optional", "Required", False, "warning"),
    (5, "NotSupported", "Required", True, "needs-force"), (6, "NotSupported", "Required", False, "not-valid"),
    (7, "Required", "Optional", True, "silent"), (8, "Required", "Optional", False, "silent"),
    (9, "Optional", "Optional", True, "warning"), (10, "Optional", "Optional", False, "warning"),
    (11, "NotSupported", "Optional", True, "needs-force"), (12, "NotSupported", "Optional", False, "not-valid"),
    (13, "Required", "NotSupported", True, "silent"), (14, "Required", "NotSupported", False, "not-valid"),
    (15, "Optional", "NotSupported", True, "silent"), (16, "Optional", "NotSupported", False, "not-valid"),
    (17, "NotSupported", "NotSupported", True, "silent"), (18, "NotSupported", "NotSupported", False, "not-valid"),
]
# The Control Panel rule's opening sentences (negotiation.md §4, CP-EDIT).
SASL_RULE = "SASL requires TLS. To use SASL, TLS must either be required or optional."


def new_command(identity, tls, sasl, dialback, force=False, extra=""):
    return (f"New-CsXmppAllowedPartner -Identity {identity} -TlsNegotiation {tls} -SaslNegotiation {sasl} "
            f"-SupportDialbackNegotiation ${str(dialback).lower()}{' -Force' if force else ''}{extra}")


class Panel:
    """csshell -Store STORE -Command 'Start-CsControlPanel -Port 0 ARGS': the first stdout line is the
    sign-in URL. Stopped with SIGINT (Ctrl-C)."""

    def __init__(self, store, args="", home=None, sigint_ignored=False):
        self.store = store
        self.home = home or os.path.dirname(store)
        started = time.monotonic()
        # sigint_ignored: as a job started with & by a non-interactive shell (a CI script) is.
        self.process = subprocess.Popen(
            [BIN, "-Store", store, "-NonInteractive", "-Command", f"Start-CsControlPanel -Port 0 {args}".strip()],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environment(self.home),
            preexec_fn=(lambda: signal.signal(signal.SIGINT, signal.SIG_IGN)) if sigint_ignored else None)
        self.url = self.process.stdout.readline().strip()
        self.startup_seconds = time.monotonic() - started
        if not self.url.startswith("http"):
            self.process.wait(timeout=20)
            raise RuntimeError(f"Start-CsControlPanel did not start: {self.url} {self.process.stderr.read()}")
        parsed = urllib.parse.urlsplit(self.url)
        self.scheme, self.port = parsed.scheme, parsed.port
        self.base = f"{parsed.scheme}://{parsed.netloc}"
        self.token = urllib.parse.parse_qs(parsed.query)["token"][0]
        self.second_line = self.process.stdout.readline().strip()

    @property
    def cookie_name(self):
        return ("__Host-" if self.scheme == "https" else "") + f"csshell-panel-{self.port}"

    def interrupt(self, timeout=20):
        """Ctrl-C: (exit status, the rest of stdout, stderr, seconds until it exited)."""
        started = time.monotonic()
        self.process.send_signal(signal.SIGINT)
        status = self.process.wait(timeout=timeout)
        return status, self.process.stdout.read(), self.process.stderr.read(), time.monotonic() - started

    def kill(self):
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()


def tls_context():
    return ssl.create_default_context(cafile=CERT)


class Client:
    """An HTTP client for one browser: keeps its session cookie, can speak as another origin or host."""

    def __init__(self, panel, cookie=None):
        self.panel, self.cookie = panel, cookie

    def request(self, method, path, form=None, headers=None, body=None, host=None):
        if self.panel.scheme == "https":
            conn = http.client.HTTPSConnection("127.0.0.1", self.panel.port, timeout=30, context=tls_context())
        else:
            conn = http.client.HTTPConnection("127.0.0.1", self.panel.port, timeout=30)
        all_headers = {"Host": host or f"127.0.0.1:{self.panel.port}"}
        all_headers.update(headers or {})
        if self.cookie:
            all_headers["Cookie"] = self.cookie
        if form is not None:
            body = urllib.parse.urlencode(form)
        if body is not None:
            all_headers["Content-Type"] = "application/x-www-form-urlencoded"
        conn.request(method, path, body=body, headers=all_headers)
        response = conn.getresponse()
        text = response.read().decode("utf-8", "replace")
        conn.close()
        return response, text

    def sign_in(self, token=None):
        response, _ = self.request("GET", f"/signin?token={token or self.panel.token}")
        set_cookie = response.getheader("Set-Cookie", "")
        if response.status == 303 and set_cookie:
            self.cookie = set_cookie.split(";")[0]
        return response, set_cookie

    def csrf(self, path="/partners"):
        _, page = self.request("GET", path)
        return csrf_of(page)


def csrf_of(page):
    match = re.search(r'name="csrf" value="([0-9a-f]+)"', page)
    return match.group(1) if match else None


def field_value(page, name):
    match = re.search(rf'name="{name}" value="([^"]*)"', page)
    return html.unescape(match.group(1)) if match else None


def identities_of(page):
    return [html.unescape(i) for i in re.findall(r'<td class="identity"><label for="select-\d+">(.*?)</label></td>', page)]


def texts_of(page, element_id):
    """The texts of the list items of the element with this id (or its text, or its spans' texts when it
    has no list); None when there is no such element. No element of the pages nests its own tag."""
    match = re.search(rf'<(\w+)[^>]*\sid="{re.escape(element_id)}"[^>]*>', page)
    if not match:
        return None
    tag = match.group(1)
    inner = page[match.end():page.index(f"</{tag}>", match.end())]
    def text(fragment):
        return html.unescape(re.sub(r"<[^>]+>", "", fragment)).strip()
    items = re.findall(r"<li[^>]*>(.*?)</li>", inner, re.S) or re.findall(r"<span>(.*?)</span>", inner, re.S)
    return [text(i) for i in items] if items else [text(inner)]


def partner_form(csrf, identity, tls="Required", sasl="Required", dialback=True, **fields):
    form = {"csrf": csrf, "Identity": identity, "Description": "", "AdditionalDomains": "", "PartnerType": "PublicUnverified",
            "ConnectionLimit": "", "TlsNegotiation": tls, "SaslNegotiation": sasl,
            "SupportDialbackNegotiation": "True" if dialback else "False", "EnableKeepAlive": "True", "ProxyFqdn": ""}
    form.update(fields)
    return form
