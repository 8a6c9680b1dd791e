"""The Control Panel at the HTTP level (http.client): sign-in and sessions, cookies, CSRF, Origin and
Host checks, security headers, escaping, static assets and paths, view-only (the switch and a
read-only store), two editors, the shell's changes, the 18 matrix rows against the cmdlets, the gateway
page, HTTPS, addresses, ports, Ctrl-C. Every expectation about partners comes from csshell's own
cmdlets (run in the shell) or from the reference tables, never from the page itself."""
import concurrent.futures
import html
import os
import re
import socket
import ssl
import subprocess
import time
import urllib.parse

from panel import (CERT, KEY, ROWS, SASL_RULE, Checks, Client, Panel, cmdlet_outcome, csrf_of, csshell, field_value,
                   identities_of, new_command, partner_form, partners, scratch, texts_of)

C = Checks("control panel, HTTP")
check = C.check
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
       "form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
SECRET_PARTNER = "secret-partner.example.com"


def security_headers_ok(response):
    return (response.getheader("Content-Security-Policy") == CSP
            and response.getheader("X-Content-Type-Options") == "nosniff"
            and response.getheader("Referrer-Policy") == "same-origin"
            and response.getheader("X-Frame-Options") == "DENY"
            and response.getheader("Cache-Control") in ("no-store", "no-cache"))


def new_store(*commands):
    folder = scratch()
    store = os.path.join(folder, "store.json")
    for command in commands:
        status, _, err = csshell(store, command)
        assert status == 0, err
    return store


def sign_in_and_sessions():
    store = new_store(f"New-CsXmppAllowedPartner {SECRET_PARTNER} -SaslNegotiation Optional -Description 'internal notes'")
    panel = Panel(store)
    try:
        check("first stdout line is the sign-in URL (loopback HTTP, a 64-hex one-time token)",
              re.fullmatch(r"http://127\.0\.0\.1:\d+/signin\?token=[0-9a-f]{64}", panel.url) is not None, panel.url)
        check("second line says how to stop it", "Ctrl-C" in panel.second_line, panel.second_line)
        anonymous = Client(panel)
        for method, path in [("GET", "/"), ("GET", "/partners"), ("GET", "/partners?filter=*"), ("GET", "/partners/new"),
                             ("GET", f"/partners/edit?identity={SECRET_PARTNER}"), ("GET", f"/partners/delete?identity={SECRET_PARTNER}"),
                             ("GET", "/gateway"), ("POST", "/partners/new"), ("POST", "/partners/delete"), ("POST", "/gateway")]:
            response, page = anonymous.request(method, path, form={} if method == "POST" else None)
            check(f"no session: {method} {path} gets the sign-in page (401) and no data",
                  response.status == 401 and "<h1>Sign in</h1>" in page and SECRET_PARTNER not in page
                  and "internal notes" not in page and security_headers_ok(response), (response.status, page[:300]))
        response, page = anonymous.request("GET", "/signin?token=" + "0" * 64)
        check("a wrong token: 403, no cookie, no data",
              response.status == 403 and response.getheader("Set-Cookie") is None and SECRET_PARTNER not in page, response.status)
        response, _ = anonymous.request("GET", "/signin")
        check("no token: 403", response.status == 403, response.status)

        browser = Client(panel)
        response, set_cookie = browser.sign_in()
        attributes = [a.strip().lower() for a in set_cookie.split(";")[1:]]
        check("sign-in answers 303 to /partners", response.status == 303 and response.getheader("Location") == "/partners",
              response.status)
        check(f"session cookie {panel.cookie_name}: HttpOnly, SameSite=Strict, Path=/, not Secure over HTTP",
              set_cookie.startswith(panel.cookie_name + "=") and {"httponly", "samesite=strict", "path=/"} <= set(attributes)
              and "secure" not in attributes, set_cookie)
        check("the session id is 64 hex digits, not the token",
              re.fullmatch(r"[0-9a-f]{64}", browser.cookie.split("=", 1)[1] or "") is not None
              and panel.token not in browser.cookie, browser.cookie)
        response, _ = Client(panel).sign_in()
        check("the sign-in link works once", response.status == 403 and response.getheader("Set-Cookie") is None, response.status)
        response, page = browser.request("GET", "/partners")
        check("signed in: the list shows the partner", response.status == 200 and SECRET_PARTNER in identities_of(page),
              identities_of(page))
        check("signed in: security headers on 200", security_headers_ok(response), dict(response.getheaders()))

        forged = Client(panel, cookie=f"{panel.cookie_name}={'ab' * 32}")
        response, page = forged.request("GET", "/partners")
        check("a forged session cookie gets the sign-in page and no data",
              response.status == 401 and SECRET_PARTNER not in page, response.status)
        other_port = Client(panel, cookie=f"csshell-panel-{panel.port + 1}={browser.cookie.split('=', 1)[1]}")
        response, page = other_port.request("GET", "/partners")
        check("the session under another panel's cookie name gets nothing", response.status == 401 and SECRET_PARTNER not in page)

        # A second browser: a new one-time link from a signed-in page.
        csrf = browser.csrf()
        response, page = browser.request("POST", "/signin-links", form={"csrf": csrf})
        link = html.unescape(re.search(r'<code id="new-link">(.*?)</code>', page).group(1))
        token = urllib.parse.parse_qs(urllib.parse.urlsplit(link).query)["token"][0]
        check("'Sign in another browser' gives a new one-time link", response.status == 200 and token != panel.token
              and link.startswith(panel.base + "/signin?token="), link)
        second = Client(panel)
        response, _ = second.sign_in(token)
        check("the new link signs in a second browser with its own session", response.status == 303 and second.cookie != browser.cookie)
        response, _ = Client(panel).sign_in(token)
        check("the new link works once", response.status == 403)
        response, _ = browser.request("POST", "/signin-links", form={})
        check("a new link needs the CSRF token", response.status == 403)

        # Sign-out ends the session: its cookie (stolen or kept) is worth nothing afterwards.
        stolen = second.cookie
        response, page = second.request("POST", "/signout", form={"csrf": second.csrf()})
        check("sign-out clears the cookie", response.status == 200 and "Max-Age=0" in (response.getheader("Set-Cookie") or ""))
        response, page = Client(panel, cookie=stolen).request("GET", "/partners")
        check("a copy of a signed-out session's cookie gets the sign-in page and no data",
              response.status == 401 and SECRET_PARTNER not in page, response.status)
        response, page = browser.request("GET", "/partners")
        check("the other session goes on", response.status == 200)
        status, rest, stderr, seconds = panel.interrupt()
        check("Ctrl-C stops the panel: status 0, nothing on stderr (no log lines, no token)",
              status == 0 and stderr == "" and panel.token not in rest, (status, stderr))
        check(f"Ctrl-C stops it promptly ({seconds:.2f}s)", seconds < 5, seconds)
        # A cookie from a panel that stopped is worth nothing in the next one.
        again = Panel(store)
        try:
            old = browser.cookie.split("=", 1)[1]
            response, page = Client(again, cookie=f"{again.cookie_name}={old}").request("GET", "/partners")
            check("a session of a stopped panel gets the sign-in page in the next one",
                  response.status == 401 and SECRET_PARTNER not in page, response.status)
        finally:
            again.kill()
    finally:
        panel.kill()


def requests_and_headers():
    store = new_store("New-CsXmppAllowedPartner xmpp.contoso.org -SaslNegotiation Optional",
                      "New-CsXmppAllowedPartner contoso.com -SaslNegotiation Optional",
                      "New-CsXmppAllowedPartner xmpp.fabrikam.org -SaslNegotiation Optional",
                      "New-CsXmppAllowedPartner markup.example.com -SaslNegotiation Optional "
                      "-Description '<script>alert(1)</script><img src=x onerror=alert(2)>'")
    panel = Panel(store)
    try:
        browser = Client(panel)
        browser.sign_in()
        csrf = browser.csrf()
        for host in ["evil.example:%d" % panel.port, "127.0.0.1.nip.io:%d" % panel.port, "127.0.0.1:1"]:
            response, page = browser.request("GET", "/partners", host=host)
            check(f"Host {host}: 421 (DNS rebinding) and no data", response.status == 421 and "contoso" not in page
                  and security_headers_ok(response), response.status)
        response, _ = browser.request("GET", "/partners", host=f"localhost:{panel.port}")
        check("Host localhost:PORT is accepted", response.status == 200, response.status)

        before = partners(store)
        for name, form, headers in [
            ("without the CSRF token", partner_form("", "csrf1.example.com", sasl="Optional"), {}),
            ("with a wrong CSRF token", partner_form("0" * 64, "csrf2.example.com", sasl="Optional"), {}),
            ("from another origin", partner_form(csrf, "csrf3.example.com", sasl="Optional"), {"Origin": "http://evil.example"}),
        ]:
            if not form["csrf"]:
                del form["csrf"]
            response, page = browser.request("POST", "/partners/new", form=form, headers=headers)
            check(f"POST {name}: 403, nothing stored", response.status == 403 and partners(store) == before
                  and security_headers_ok(response), (response.status, page[:300]))
        response, _ = browser.request("POST", "/partners/new", form=partner_form(csrf, "origin.example.com", sasl="Optional"),
                                      headers={"Origin": panel.base})
        check("POST from the panel's own origin with the token: saved (303)", response.status == 303
              and "origin.example.com" in partners(store), response.status)

        response, page = browser.request("GET", "/partners")
        check("a Description with <script> shows as text",
              "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;" in page
              and "<script>alert" not in page and "<img src=x" not in page, re.findall(r'class="description">[^<]*', page))
        scripts = re.findall(r"<script[^>]*>", page)
        check("the only script tag loads the panel's own script (no inline script)",
              scripts == ['<script src="/static/panel.js" defer>'], scripts)

        response, page = browser.request("GET", "/partners?filter=" + urllib.parse.quote("*.org"))
        status, out, _ = csshell(store, "(Get-CsXmppAllowedPartner -Filter '*.org').Identity")
        check("the filter selects what Get-CsXmppAllowedPartner -Filter '*.org' does",
              identities_of(page) == out.split(), (identities_of(page), out.split()))
        response, page = browser.request("GET", "/partners?filter=" + urllib.parse.quote("<b>x</b>"))
        check("the filter is escaped in the page", "&lt;b&gt;x&lt;/b&gt;" in page and "<b>x</b>" not in page)

        response, page = browser.request("GET", "/static/panel.css")
        check("/static/panel.css: 200 text/css", response.status == 200 and response.getheader("Content-Type").startswith("text/css"))
        response, page = browser.request("GET", "/static/panel.js")
        check("/static/panel.js: 200 JavaScript", response.status == 200 and "javascript" in response.getheader("Content-Type"))
        for path in ["/static/../Package.swift", "/static/%2e%2e%2fPackage.swift", "/static/..%2f..%2f..%2fetc%2fpasswd",
                     "/../../../../etc/passwd", "/static/panel.css/../../Package.swift", "/static//etc/passwd",
                     "/static/%2fetc%2fpasswd", "/.build/debug/csshell", "/Package.swift", "/static/"]:
            response, page = browser.request("GET", path)
            check(f"{path}: no file outside the panel's assets", response.status == 404 and "root:" not in page
                  and "PackageDescription" not in page and security_headers_ok(response), response.status)
        response, _ = browser.request("POST", "/partners/new", body="csrf=" + csrf + "&Identity=" + "a" * 100_000)
        check("a body over 64 KiB: 413", response.status == 413, response.status)
        response, _ = Client(panel).request("GET", "/nope")
        check("404 carries the security headers", response.status == 404 and security_headers_ok(response))

        # The shell's change appears on the page's next load.
        csshell(store, "New-CsXmppAllowedPartner from-the-shell.example.com -SaslNegotiation Optional -Description 'typed in the shell'")
        _, page = browser.request("GET", "/partners")
        check("a partner made in the shell appears on the next load", "from-the-shell.example.com" in identities_of(page)
              and "typed in the shell" in page)
        csshell(store, "Remove-CsXmppAllowedPartner from-the-shell.example.com")
        _, page = browser.request("GET", "/partners")
        check("a partner removed in the shell disappears on the next load", "from-the-shell.example.com" not in identities_of(page))

        # Requests from many browsers at once are served one store call at a time.
        def create(i):
            response, _ = browser.request("POST", "/partners/new", form=partner_form(csrf, f"parallel{i}.example.com", sasl="Optional"))
            return response.status
        with concurrent.futures.ThreadPoolExecutor(8) as pool:
            statuses = list(pool.map(create, range(24)))
        stored = partners(store)
        check("24 concurrent Commits: all saved, none lost", statuses == [303] * 24
              and all(f"parallel{i}.example.com" in stored for i in range(24)), statuses)
    finally:
        panel.kill()


def matrix_rows():
    """Each of the 18 rows committed through the New form, against New-CsXmppAllowedPartner in the shell."""
    store = new_store()
    panel = Panel(store)
    try:
        browser = Client(panel)
        browser.sign_in()
        csrf = browser.csrf()
        for row, tls, sasl, dialback, kind in ROWS:
            identity = f"row{row}.example.com"
            for force in ([False, True] if kind == "needs-force" else [False]):
                shell = cmdlet_outcome(new_command(identity, tls, sasl, dialback, force))
                form = partner_form(csrf, identity, tls, sasl, dialback)
                if force:
                    form["Force"] = "on"
                response, page = browser.request("POST", "/partners/new", form=form)
                label = f"row {row} ({tls}, {sasl}, {dialback}){' with Force' if force else ''}"
                stored = identity in partners(store)
                if shell["errors"]:
                    shown = texts_of(page, "errors") or []
                    check(f"{label}: refused like the cmdlet, with its message at the negotiation fields, nothing saved",
                          response.status == 400 and not stored and shown == shell["errors"]
                          and f'id="{"Negotiation"}-error"' in page, (response.status, shown, shell["errors"]))
                else:
                    _, listing = browser.request("GET", "/partners")
                    warnings = texts_of(listing, "notice-warnings") or []
                    check(f"{label}: saved like the cmdlet, with its warnings",
                          response.status == 303 and stored and warnings == ["WARNING: " + w for w in shell["warnings"]],
                          (response.status, warnings, shell["warnings"]))
                # And the reference's class for the row (negotiation.md §3, contract.md).
                if kind == "not-valid":
                    check(f"{label}: Not Valid in the reference, refused", not stored)
                elif kind == "needs-force":
                    check(f"{label}: SASL without TLS: the Control Panel's message unless Force",
                          stored == force and (force or shell["errors"][0].startswith(SASL_RULE)), shell)
                elif kind == "warning":
                    check(f"{label}: the reference warns, the page shows one warning", stored and len(shell["warnings"]) == 1)
                else:
                    check(f"{label}: stored silently", stored and not shell["warnings"])
        # Validation errors point at their field, with the cmdlet's message.
        for name, fields, field in [
            ("a bad DNS name", {"Identity": "bad_name.example.com"}, "Identity"),
            ("a domain another partner holds", {"Identity": "holder.example.com", "AdditionalDomains": "row1.example.com"}, "AdditionalDomains"),
            ("a Proxy FQDN that is no DNS name", {"Identity": "proxy.example.com", "ProxyFqdn": "a..b"}, "ProxyFqdn"),
            ("a connection limit that is no number", {"Identity": "limit.example.com", "ConnectionLimit": "lots"}, "ConnectionLimit"),
        ]:
            form = partner_form(csrf, fields.pop("Identity"), sasl="Optional", **fields)
            response, page = browser.request("POST", "/partners/new", form=form)
            message = texts_of(page, f"{field}-error")
            check(f"{name}: 400, the message at {field}, the typed values kept",
                  response.status == 400 and message and f'id="{field}" name="{field}"' in page
                  and 'aria-invalid="true" aria-describedby="%s-error"' % field in page
                  and field_value(page, "Identity") == form["Identity"], (response.status, message))
        shell = cmdlet_outcome("New-CsXmppAllowedPartner bad_name.example.com -SaslNegotiation Optional")
        response, page = browser.request("POST", "/partners/new", form=partner_form(csrf, "bad_name.example.com", sasl="Optional"))
        check("the DNS name message is the cmdlet's", texts_of(page, "Identity-error") == shell["errors"], (texts_of(page, "Identity-error"), shell))
    finally:
        panel.kill()


def two_editors_and_delete():
    store = new_store("New-CsXmppAllowedPartner fabrikam.com -SaslNegotiation Optional -AdditionalDomains corp.fabrikam.com")
    panel = Panel(store)
    try:
        a, b = Client(panel), Client(panel)
        a.sign_in()
        _, page = a.request("POST", "/signin-links", form={"csrf": a.csrf()})
        b.sign_in(urllib.parse.parse_qs(urllib.parse.urlsplit(html.unescape(re.search(r'<code id="new-link">(.*?)</code>', page).group(1))).query)["token"][0])
        _, form_a = a.request("GET", "/partners/edit?identity=fabrikam.com")
        _, form_b = b.request("GET", "/partners/edit?identity=fabrikam.com")
        version = field_value(form_a, "version")
        check("the edit form carries the partner's version", version and version == field_value(form_b, "version"), version)
        fields = {"version": version, "AdditionalDomains": "corp.fabrikam.com\nit.fabrikam.com"}
        response, _ = a.request("POST", "/partners/edit", form=partner_form(csrf_of(form_a), "fabrikam.com", sasl="Optional", Description="from A", **fields))
        check("the first Commit saves", response.status == 303 and partners(store)["fabrikam.com"]["Description"] == "from A")
        response, page = b.request("POST", "/partners/edit", form=partner_form(csrf_of(form_b), "fabrikam.com", sasl="Optional", Description="from B", **fields))
        check("the second Commit sees the partner changed and says so (409), saving nothing",
              response.status == 409 and "was changed after you opened this form" in page
              and partners(store)["fabrikam.com"]["Description"] == "from A", (response.status, page[:400]))
        check("…showing what is stored now and keeping B's values", "<td>from A</td>" in page and field_value(page, "Description") == "from B")
        response, _ = b.request("POST", "/partners/edit", form=partner_form(csrf_of(page), "fabrikam.com", sasl="Optional", Description="from B",
                                                                             **dict(fields, version=field_value(page, "version"))))
        check("after seeing it, B's Commit saves", response.status == 303 and partners(store)["fabrikam.com"]["Description"] == "from B")
        check("additional domains edited", partners(store)["fabrikam.com"]["AdditionalDomains"] == ["corp.fabrikam.com", "it.fabrikam.com"])
        # The shell changes the partner while a Delete confirmation is open.
        _, confirm = a.request("GET", "/partners/delete?identity=fabrikam.com")
        check("Delete asks first", "Delete the XMPP federated partner fabrikam.com?" in confirm and 'id="confirm-delete"' in confirm)
        csshell(store, "Set-CsXmppAllowedPartner fabrikam.com -Description 'changed in the shell'")
        form = {"csrf": csrf_of(confirm), "Identity": "fabrikam.com", "version": field_value(confirm, "version")}
        response, page = a.request("POST", "/partners/delete", form=form)
        check("a Delete of a partner changed since the confirmation: 409, not deleted", response.status == 409
              and "fabrikam.com" in partners(store) and "changed in the shell" in page, response.status)
        form["version"] = field_value(page, "version")
        response, _ = a.request("POST", "/partners/delete", form=form)
        check("confirmed again: deleted (Remove-CsXmppAllowedPartner)", response.status == 303 and "fabrikam.com" not in partners(store))
        response, _ = a.request("GET", "/partners/edit?identity=fabrikam.com")
        check("the deleted partner's form: 404", response.status == 404)
    finally:
        panel.kill()


def gateway_page():
    store = new_store("Set-CsXmppGatewayConfiguration -DialbackPassphrase 'Pa55-phrase-xyz'")
    panel = Panel(store)
    try:
        browser = Client(panel)
        browser.sign_in()
        response, page = browser.request("GET", "/gateway")
        check("the gateway page never shows the passphrase", response.status == 200 and "Pa55-phrase-xyz" not in page
              and "set (not shown)" in page, response.status)
        form = {"csrf": csrf_of(page), "version": field_value(page, "version")}
        for name in ["ConnectionLimit", "KeepAliveInterval", "PartnerConnectionLimit", "StreamEstablishmentTimeout",
                     "StreamInactivityTimeout", "SubscriptionRefreshInterval"]:
            form[name] = field_value(page, name)
        form.update({"PartnerConnectionLimit": "30", "EnableLoggingAllMessageBodies": "False", "DialbackPassphrase": ""})
        response, _ = browser.request("POST", "/gateway", form=form)
        _, out, _ = csshell(store, "$g = Get-CsXmppGatewayConfiguration; $g.PartnerConnectionLimit; $g.DialbackPassphrase")
        check("Commit runs Set-CsXmppGatewayConfiguration; an empty passphrase keeps it", response.status == 303
              and out.split() == ["30", "********"], out)
        response, page = browser.request("POST", "/gateway", form=dict(form, ConnectionLimit="999"))
        check("a stale gateway page saves nothing and says so", response.status == 409 and "were changed after you opened" in page)
        response, page = browser.request("POST", "/gateway", form=dict(form, version=field_value(page, "version"), KeepAliveInterval="-5"))
        check("a negative interval: the binder's conversion message at the field",
              response.status == 400 and "Cannot convert value" in " ".join(texts_of(page, "KeepAliveInterval-error") or []), response.status)
    finally:
        panel.kill()


def view_only():
    store = new_store("New-CsXmppAllowedPartner a.example.com -SaslNegotiation Optional")
    panel = Panel(store, "-ViewOnly")
    try:
        check("-ViewOnly: the second line says so", "view only" in panel.second_line, panel.second_line)
        browser = Client(panel)
        browser.sign_in()
        response, page = browser.request("GET", "/partners")
        check("-ViewOnly: the list without New, Edit, Delete", response.status == 200 and "a.example.com" in identities_of(page)
              and 'id="new"' not in page and 'id="edit"' not in page and 'id="delete"' not in page and 'id="view-only"' in page)
        csrf = csrf_of(page)
        for method, path, form in [("GET", "/partners/new", None), ("GET", "/partners/delete?identity=a.example.com", None),
                                   ("POST", "/partners/new", partner_form(csrf, "b.example.com", sasl="Optional")),
                                   ("POST", "/partners/edit", partner_form(csrf, "a.example.com", sasl="Optional", Description="x")),
                                   ("POST", "/partners/delete", {"csrf": csrf, "Identity": "a.example.com", "version": "x"}),
                                   ("POST", "/gateway", {"csrf": csrf, "ConnectionLimit": "5"})]:
            before = partners(store)
            response, page = browser.request(method, path, form=form)
            check(f"-ViewOnly: {method} {path} refused on the server (403), nothing changed",
                  response.status == 403 and "View only" in page and partners(store) == before, response.status)
        response, page = browser.request("GET", "/partners/edit?identity=a.example.com")
        check("-ViewOnly: Details shows the settings read-only", response.status == 200 and 'id="commit"' not in page
              and re.search(r'id="Description" name="Description" value="[^"]*" maxlength="\d+" disabled', page) is not None)
    finally:
        panel.kill()


def read_only_store():
    """A store this process may only read makes the panel view-only by itself. As root (who ignores
    file modes) the store is on a tmpfs remounted read-only; otherwise its files lose their write bits."""
    folder = scratch()
    mounted = os.geteuid() == 0 and subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", folder]).returncode == 0
    store = os.path.join(folder, "store.json")
    try:
        csshell(store, "New-CsXmppAllowedPartner a.example.com -SaslNegotiation Optional", home=scratch())
        if mounted:
            subprocess.run(["mount", "-o", "remount,ro", folder], check=True)
        else:
            for f in os.listdir(folder):
                os.chmod(os.path.join(folder, f), 0o400)
            os.chmod(folder, 0o500)
        panel = Panel(store, home=scratch())
        try:
            browser = Client(panel)
            browser.sign_in()
            response, page = browser.request("GET", "/partners")
            check("a read-only store: the pages show view-only, with the store's reason", response.status == 200
                  and 'id="view-only"' in page and "can only be read" in page and 'id="new"' not in page
                  and "a.example.com" in identities_of(page), page[:500])
            response, page = browser.request("POST", "/partners/new", form=partner_form(csrf_of(page), "b.example.com", sasl="Optional"))
            check("a read-only store: a write is refused on the server (403)", response.status == 403 and "b.example.com" not in partners(store))
        finally:
            panel.kill()
    finally:
        if mounted:
            subprocess.run(["umount", folder])
        else:
            os.chmod(folder, 0o700)


def https_and_addresses():
    store = new_store("New-CsXmppAllowedPartner a.example.com -SaslNegotiation Optional")
    panel = Panel(store, f"-CertificatePath {CERT} -KeyPath {KEY}")
    try:
        check("HTTPS: the URL is https", panel.url.startswith("https://127.0.0.1:"), panel.url)
        browser = Client(panel)
        response, set_cookie = browser.sign_in()
        attributes = [a.strip().lower() for a in set_cookie.split(";")[1:]]
        check("HTTPS: the cookie is Secure and __Host- prefixed", set_cookie.startswith("__Host-csshell-panel-")
              and "secure" in attributes and "httponly" in attributes and "samesite=strict" in attributes, set_cookie)
        response, page = browser.request("GET", "/partners")
        check("HTTPS: pages served, with HSTS", response.status == 200 and "a.example.com" in page
              and response.getheader("Strict-Transport-Security", "").startswith("max-age="))
        conn = socket.create_connection(("127.0.0.1", panel.port), timeout=5)
        conn.sendall(f"GET /partners HTTP/1.1\r\nHost: 127.0.0.1:{panel.port}\r\n\r\n".encode())
        try:
            reply = conn.recv(4096)
        except OSError:
            reply = b""
        conn.close()
        check("HTTPS: plain HTTP to the port gets no page", b"a.example.com" not in reply and not reply.startswith(b"HTTP/1.1 200"), reply[:80])
    finally:
        panel.kill()

    home = scratch()
    for args, fragment in [("-Address 0.0.0.0", "is not a loopback address"), (f"-CertificatePath {CERT}", "go together"),
                           ("-Address 192.0.2.1 -KeyPath x", "go together"), ("-Port 70000", "greater than the maximum"),
                           (f"-CertificatePath /nonexistent.pem -KeyPath {KEY}", "Cannot load the certificate")]:
        status, out, err = csshell(store, f"Start-CsControlPanel {args}", home=home)
        check(f"Start-CsControlPanel {args}: a clear error, nothing on stdout", status == 1 and out == "" and fragment in err, (status, out, err))

    wide = Panel(store, f"-Address 0.0.0.0 -CertificatePath {CERT} -KeyPath {KEY}")
    try:
        check("-Address 0.0.0.0 with a certificate: HTTPS, the URL names this machine",
              wide.url.startswith(f"https://{socket.gethostname()}:"), wide.url)
        response, page = Client(wide).request("GET", "/partners", host=f"{socket.gethostname()}:{wide.port}")
        check("…and answers other names (no data without a session)", response.status == 401 and "a.example.com" not in page, response.status)
    finally:
        wide.kill()

    ignoring = Panel(store, sigint_ignored=True)
    try:
        status, _, stderr, seconds = ignoring.interrupt()
        check("Ctrl-C stops a panel started with SIGINT ignored (a background job of a script)",
              status == 0 and stderr == "" and seconds < 5, (status, stderr, seconds))
    finally:
        ignoring.kill()

    busy = socket.socket()
    busy.bind(("127.0.0.1", 0))
    busy.listen(1)
    port = busy.getsockname()[1]
    status, out, err = csshell(store, f"Start-CsControlPanel -Port {port}", home=home)
    busy.close()
    check("a port in use: the error says so, nothing on stdout", status == 1 and out == "" and f"Port {port} on 127.0.0.1 is already in use" in err, err)


sign_in_and_sessions()
requests_and_headers()
matrix_rows()
two_editors_and_delete()
gateway_page()
view_only()
read_only_store()
https_and_addresses()
C.finish()
