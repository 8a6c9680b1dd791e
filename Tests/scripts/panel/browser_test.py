"""The Control Panel in a real browser (headless Chromium, Debian's chromium and chromium-driver,
driven by Selenium), doing what an admin does in the seed procedure, and the security requirements:
sign in with the printed URL; New for each of the 18 matrix rows through the form (refusals, the SASL
message, Force, warnings checked against New-CsXmppAllowedPartner run in the shell, and the live hint
against Test-CsXmppAllowedPartner); Edit additional domains; Delete with its confirmation; a second
browser editing the same partner; a change made in the shell; the gateway page; view-only; a stolen
cookie without its session; a form without its CSRF token; <script> in a Description; HTTPS. Saves a
screenshot of each page in PANEL_SCREENS."""
import os
import time
import urllib.parse

from selenium import webdriver
from selenium.common.exceptions import NoSuchElementException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from panel import (CERT, KEY, ROWS, SASL_RULE, Checks, Panel, cmdlet_outcome, csshell, negotiation_test, new_command,
                   partners, scratch)

C = Checks("control panel, browser")
check = C.check
SCREENS = os.environ.get("PANEL_SCREENS") or scratch("csshell-panel-screens-")
os.makedirs(SCREENS, exist_ok=True)
for old in os.listdir(SCREENS):
    if old.endswith(".png"):
        os.remove(os.path.join(SCREENS, old))
shots = []


def browser(https=False):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    # --no-sandbox: Chromium's sandbox cannot start as root (CI runs as root).
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900",
                     "--disable-gpu", "--no-first-run", "--disable-extensions", "--lang=en-US"]:
        options.add_argument(argument)
    if https:
        options.accept_insecure_certs = True  # the test's self-signed certificate
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    # The Debian driver by path: without it Selenium Manager would try the network first.
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def shot(driver, name, what):
    path = os.path.join(SCREENS, name)
    driver.save_screenshot(path)
    shots.append((name, what))


def wait(driver, condition, seconds=10):
    return WebDriverWait(driver, seconds).until(condition)


def go(driver, element_id):
    """Clicks a link or button that loads a page, and waits until the new page has loaded. The old page
    is marked on its window object, which the new page does not have (Selenium's staleness_of asks the
    old element, and Chromium may answer "Node … does not belong to the document" instead of "stale"
    while the page is being replaced)."""
    driver.execute_script("window.panelTestOldPage = true")
    by_id(driver, element_id).click()

    def loaded(d):
        try:
            return d.execute_script("return window.panelTestOldPage !== true && document.readyState === 'complete'")
        except WebDriverException:
            return False  # between the two pages
    wait(driver, loaded)


def by_id(driver, element_id):
    return driver.find_element(By.ID, element_id)


def exists(driver, element_id):
    return bool(driver.find_elements(By.ID, element_id))


def texts(driver, element_id):
    """The list items' texts of an element (its spans', or its own text when it has none)."""
    try:
        element = by_id(driver, element_id)
    except NoSuchElementException:
        return None
    items = element.find_elements(By.TAG_NAME, "li") or element.find_elements(By.TAG_NAME, "span")
    return [i.text for i in items] if items else [element.text]


def identities(driver):
    return [cell.text for cell in driver.find_elements(By.CSS_SELECTOR, "#partners td.identity")]


def select_partner(driver, identity):
    for row in driver.find_elements(By.CSS_SELECTOR, "#partners tbody tr"):
        if row.find_element(By.CSS_SELECTOR, "td.identity").text == identity:
            row.find_element(By.CSS_SELECTOR, "td.select input").click()
            return
    raise AssertionError(f"no row for {identity}")


def choose(driver, name, value):
    Select(by_id(driver, name)).select_by_value(value)


def fill(driver, name, text):
    field = by_id(driver, name)
    field.clear()
    if text:
        field.send_keys(text)


def visible_hint(driver):
    shown = [h for h in driver.find_elements(By.CSS_SELECTOR, "#hints .hint") if h.is_displayed()]
    return shown[0] if len(shown) == 1 else None


def console_problems(driver):
    """Console messages other than the 4xx answers the tests provoke on purpose."""
    return [e for e in driver.get_log("browser") if e["level"] in ("SEVERE", "WARNING")
            and "the server responded with a status of 4" not in e["message"]]


def seed_procedure(driver, panel):
    store = panel.store
    driver.get(panel.url)
    check("the sign-in URL lands on XMPP Federated Partners", driver.current_url == panel.base + "/partners"
          and driver.title == "XMPP Federated Partners - csshell Control Panel", (driver.current_url, driver.title))
    cookies = driver.get_cookies()
    check("the browser holds the session cookie: HttpOnly, SameSite=Strict",
          len(cookies) == 1 and cookies[0]["name"] == panel.cookie_name and cookies[0]["httpOnly"] and cookies[0]["sameSite"] == "Strict", cookies)
    check("page script cannot read the cookie", driver.execute_script("return document.cookie") == "")
    check("the stylesheet (compiled in) is applied",
          driver.find_element(By.CSS_SELECTOR, "header.banner").value_of_css_property("background-color") == "rgba(30, 78, 121, 1)")
    go(driver, "nav-federation")
    check("Federation and External Access → XMPP Federated Partners", "current" in by_id(driver, "tab-partners").get_attribute("class"))

    # New, for each of the 18 matrix rows, against the cmdlet in the shell.
    for row, tls, sasl, dialback, kind in ROWS:
        identity = f"row{row}.example.com"
        label = f"row {row} ({tls}, {sasl}, {dialback})"
        shell = cmdlet_outcome(new_command(identity, tls, sasl, dialback))
        test = negotiation_test(tls, sasl, dialback)
        driver.get(panel.base + "/partners")
        go(driver, "new")
        wait(driver, lambda d: exists(d, "partner-form"))
        fill(driver, "Identity", identity)
        choose(driver, "TlsNegotiation", tls)
        choose(driver, "SaslNegotiation", sasl)
        choose(driver, "SupportDialbackNegotiation", "True" if dialback else "False")
        hint = visible_hint(driver)
        expected_methods = ", ".join(test["ExpectedAuthenticationMethods"]) if test["IsValid"] else "Not Valid Configuration"
        hint_texts = [li.text for li in hint.find_elements(By.TAG_NAME, "li")] if hint else None
        check(f"{label}: the hint beside the drop-downs is Test-CsXmppAllowedPartner's, before Commit",
              hint is not None and hint.find_element(By.CSS_SELECTOR, ".hint-methods strong").text == expected_methods
              and hint_texts == ["WARNING: " + w for w in test["Warnings"]] + test["Notes"],
              (hint.text if hint else None, test))
        if row == 5:
            shot(driver, "02-new-partner-form-with-hint.png",
                 "the New form: the seed's fields, TLS Not supported / SASL Required / Dialback True chosen, the hint says TCP Dialback, the warning, and that Commit needs Force")
        go(driver, "commit")
        wait(driver, lambda d: exists(d, "errors") or d.current_url.endswith("/partners"))
        stored = identity in partners(store)
        if shell["errors"]:
            check(f"{label}: Commit refused with the cmdlet's message, nothing saved",
                  texts(driver, "errors") == shell["errors"] and not stored and driver.current_url.endswith("/partners/new"),
                  (texts(driver, "errors"), shell["errors"]))
            check(f"{label}: the message is at the negotiation drop-downs", texts(driver, "Negotiation-error") == shell["errors"])
            if kind == "needs-force":
                check(f"{label}: the Control Panel's SASL message", shell["errors"][0].startswith(SASL_RULE) and by_id(driver, "errors").text.count(SASL_RULE) == 1)
                if row == 5:
                    shot(driver, "03-commit-refused-sasl-requires-tls.png", "Commit on row 5: 'Your changes are not saved' with the SASL-requires-TLS message, at the drop-downs too")
                forced = cmdlet_outcome(new_command(identity, tls, sasl, dialback, force=True))
                by_id(driver, "Force").click()
                go(driver, "commit")
                wait(driver, lambda d: d.current_url.endswith("/partners"))
                check(f"{label}: with Force (as -Force) saved, with the cmdlet's warning",
                      texts(driver, "notice-warnings") == ["WARNING: " + w for w in forced["warnings"]] and identity in partners(store)
                      and forced["warnings"] and identity in forced["stored"], (texts(driver, "notice-warnings"), forced))
            else:
                check(f"{label}: Not Valid in the reference; the message has the matrix text", kind == "not-valid")
                if row == 6:
                    shot(driver, "04-commit-refused-not-valid.png", "Commit on row 6: refused with the matrix's Not Valid Configuration text")
        else:
            check(f"{label}: saved, with the cmdlet's warnings shown",
                  stored and driver.current_url.endswith("/partners")
                  and (texts(driver, "notice-warnings") or []) == ["WARNING: " + w for w in shell["warnings"]],
                  (texts(driver, "notice-warnings"), shell["warnings"]))
            check(f"{label}: the same partner as the cmdlet stores", partners(store)[identity] == shell["stored"][identity],
                  (partners(store)[identity], shell["stored"][identity]))
            if row == 1:
                shot(driver, "05-saved-with-warning.png", "after Commit on row 1: saved, the matrix warning shown as WARNING: on the list")
    driver.get(panel.base + "/partners")
    expected_ids = sorted(f"row{r}.example.com" for r, _, _, _, k in ROWS if k != "not-valid")
    check("the list holds the 13 rows the cmdlet stores", sorted(identities(driver)) == expected_ids, identities(driver))
    shot(driver, "01-partner-list.png", "XMPP Federated Partners after the 18 rows: 13 partners (Not Valid rows absent), columns Identity, type, TLS, SASL, Dialback, domains, description")

    # Edit: select a partner, Edit, change the additional domains, Commit.
    select_partner(driver, "row7.example.com")
    go(driver, "edit")
    wait(driver, lambda d: exists(d, "partner-form"))
    check("Edit opens the partner's settings; the primary domain is read-only",
          by_id(driver, "Identity").get_attribute("value") == "row7.example.com" and by_id(driver, "Identity").get_attribute("readonly") is not None)
    fill(driver, "AdditionalDomains", "corp.row7.example.com\nit.row7.example.com")
    fill(driver, "Description", "Fabrikam's corporate and IT domains")
    choose(driver, "PartnerType", "Federated")
    shot(driver, "06-edit-additional-domains.png", "the Edit form of row7.example.com with two additional domains typed, partner type Federated")
    go(driver, "commit")
    wait(driver, lambda d: d.current_url.endswith("/partners"))
    _, out, _ = csshell(store, "$p = Get-CsXmppAllowedPartner row7.example.com; $p.AdditionalDomains; $p.PartnerType")
    check("Edit saved the additional domains (Get-CsXmppAllowedPartner in the shell)",
          out.split() == ["corp.row7.example.com", "it.row7.example.com", "Federated"], out)

    # A validation error points at its field.
    go(driver, "new")
    fill(driver, "Identity", "sales.example.com")
    fill(driver, "AdditionalDomains", "it.row7.example.com")
    choose(driver, "SaslNegotiation", "Optional")
    go(driver, "commit")
    wait(driver, lambda d: exists(d, "errors"))
    shell = cmdlet_outcome("New-CsXmppAllowedPartner row7.example.com -SaslNegotiation Optional -AdditionalDomains it.row7.example.com; "
                           "New-CsXmppAllowedPartner sales.example.com -SaslNegotiation Optional -AdditionalDomains it.row7.example.com")
    check("a domain another partner holds: the cmdlet's message at Additional domains",
          texts(driver, "AdditionalDomains-error") == shell["errors"] and by_id(driver, "AdditionalDomains").get_attribute("aria-invalid") == "true",
          (texts(driver, "AdditionalDomains-error"), shell["errors"]))
    shot(driver, "07-field-error.png", "New with an additional domain that row7.example.com holds: the message under Additional domains, field marked")

    # <script> in a Description.
    driver.get(panel.base + "/partners/new")
    markup = "<script>document.title='pwned'</script><img src=x onerror=\"document.title='pwned'\">"
    fill(driver, "Identity", "markup.example.com")
    fill(driver, "Description", markup)
    choose(driver, "SaslNegotiation", "Optional")
    go(driver, "commit")
    wait(driver, lambda d: d.current_url.endswith("/partners"))
    cells = [c.text for c in driver.find_elements(By.CSS_SELECTOR, "#partners td.description")]
    check("<script> in Description shows as text, runs nothing", markup in cells and driver.title != "pwned"
          and not driver.find_elements(By.CSS_SELECTOR, "#partners td.description img, #partners td.description script"), cells)
    fill(driver, "filter", "m*")
    go(driver, "search")
    check("the list filtered by a wildcard", identities(driver) == ["markup.example.com"], identities(driver))
    shot(driver, "08-script-in-description.png", "the list filtered by m*: markup.example.com, whose Description <script>…<img onerror> shows as text; the title is unchanged")
    driver.get(panel.base + "/partners")

    # Delete asks for confirmation.
    select_partner(driver, "row17.example.com")
    go(driver, "delete")
    wait(driver, lambda d: exists(d, "confirm-delete"))
    check("Delete asks for confirmation", "Delete the XMPP federated partner row17.example.com?" in by_id(driver, "confirm-text").text)
    shot(driver, "09-delete-confirmation.png", "Delete of row17.example.com: the question, the partner's settings, Delete and Cancel")
    go(driver, "cancel")
    check("Cancel keeps it", "row17.example.com" in identities(driver) and "row17.example.com" in partners(store))
    select_partner(driver, "row17.example.com")
    go(driver, "delete")
    go(driver, "confirm-delete")
    wait(driver, lambda d: d.current_url.endswith("/partners"))
    check("confirmed: deleted", "row17.example.com" not in identities(driver) and "row17.example.com" not in partners(store)
          and by_id(driver, "notice").text == "Deleted the XMPP federated partner row17.example.com.")

    # A change made in the shell appears on the next load.
    csshell(store, "Set-CsXmppAllowedPartner row13.example.com -Description 'set in the shell'")
    driver.refresh()
    check("a change made in the shell shows on the next load", "set in the shell" in [c.text for c in driver.find_elements(By.CSS_SELECTOR, "#partners td.description")])

    # The gateway settings page.
    go(driver, "tab-gateway")
    fill(driver, "PartnerConnectionLimit", "25")
    go(driver, "commit")
    wait(driver, lambda d: exists(d, "notice"))
    _, out, _ = csshell(store, "(Get-CsXmppGatewayConfiguration).PartnerConnectionLimit")
    check("the gateway page saves through Set-CsXmppGatewayConfiguration", out.strip() == "25", out)
    shot(driver, "10-gateway-settings.png", "XMPP Gateway tab after Commit: 'Saved', partner connection limit 25, passphrase field empty")
    check("no console errors: no CSP violation, no failed asset", console_problems(driver) == [], console_problems(driver))


def second_browser(driver, panel):
    """Two browsers on one partner; a form without its CSRF token; a stolen cookie without its session."""
    store = panel.store
    driver.get(panel.base + "/partners")
    go(driver, "another-browser")
    link = by_id(driver, "new-link").text
    other = browser()
    try:
        other.get(link)
        check("the second browser signs in with a link made in the first", other.current_url == panel.base + "/partners")
        for d in (driver, other):
            d.get(panel.base + "/partners")
            select_partner(d, "row8.example.com")
            go(d, "edit")
            wait(d, lambda x: exists(x, "partner-form"))
        fill(driver, "Description", "first browser")
        go(driver, "commit")
        wait(driver, lambda d: d.current_url.endswith("/partners"))
        fill(other, "Description", "second browser")
        go(other, "commit")
        wait(other, lambda d: exists(d, "conflict"))
        check("the second Commit sees the partner changed and says so; nothing saved",
              "was changed after you opened this form" in by_id(other, "conflict").text
              and partners(store)["row8.example.com"]["Description"] == "first browser")
        shot(other, "11-second-browser-conflict.png", "the second browser's Commit on row8.example.com: 'changed after you opened this form', what is stored now, its own values kept")
        go(other, "commit")
        wait(other, lambda d: d.current_url.endswith("/partners"))
        check("after seeing what is stored, its Commit saves", partners(store)["row8.example.com"]["Description"] == "second browser")

        # A form whose CSRF token was removed (as a forged cross-site form would lack it).
        other.get(panel.base + "/partners/new")
        other.execute_script("document.querySelector('#partner-form input[name=csrf]').remove()")
        fill(other, "Identity", "csrf.example.com")
        choose(other, "SaslNegotiation", "Optional")
        go(other, "commit")
        wait(other, lambda d: exists(d, "message"))
        check("a form without the CSRF token is refused; nothing saved",
              other.title.startswith("Request refused") and "security token" in by_id(other, "message").text
              and "csrf.example.com" not in partners(store), other.title)
        shot(other, "12-csrf-refused.png", "Commit of a form whose CSRF token was removed: 'Request refused', nothing saved")

        # A stolen cookie without its session: the second browser signs out; a third browser gets
        # its cookie value.
        stolen = other.get_cookie(panel.cookie_name)["value"]
        other.get(panel.base + "/partners")
        go(other, "signout")
        wait(other, lambda d: d.title.startswith("Signed out"))
    finally:
        other.quit()
    thief = browser()
    try:
        thief.get(panel.base + "/static/panel.css")
        thief.add_cookie({"name": panel.cookie_name, "value": stolen, "path": "/", "httpOnly": True, "sameSite": "Strict"})
        thief.get(panel.base + "/partners")
        page = thief.page_source
        check("a stolen cookie whose session ended: the sign-in page, no partner data",
              thief.title.startswith("Sign in") and "row1.example.com" not in page and not thief.find_elements(By.ID, "partners"), thief.title)
        thief.delete_all_cookies()
        thief.add_cookie({"name": panel.cookie_name, "value": "ab" * 32, "path": "/"})
        thief.get(panel.base + "/partners/edit?identity=row1.example.com")
        check("a made-up cookie: the sign-in page, no partner data", thief.title.startswith("Sign in") and "row1.example.com" not in thief.page_source)
        shot(thief, "13-stolen-cookie-sign-in.png", "a browser with a copied cookie of a signed-out session: the sign-in page, no data")
        thief.get(panel.url)
        check("the printed sign-in URL, used already, is refused", thief.title.startswith("Sign in") and "already used" in by_id(thief, "message").text)
    finally:
        thief.quit()


def view_only(store):
    panel = Panel(store, "-ViewOnly")
    driver = browser()
    try:
        driver.get(panel.url)
        check("view-only: signed in, the list shown", "row1.example.com" in identities(driver))
        check("view-only: no New, Edit or Delete; it says why",
              not exists(driver, "new") and not exists(driver, "edit") and not exists(driver, "delete")
              and "-ViewOnly" in by_id(driver, "view-only").text and by_id(driver, "mode").text == "View only")
        shot(driver, "14-view-only.png", "the list under -ViewOnly: 'View only' in the banner, the reason, only a Details button")
        select_partner(driver, "row1.example.com")
        go(driver, "details")
        check("view-only: Details shows the settings, disabled, without Commit",
              not exists(driver, "commit") and not by_id(driver, "Description").is_enabled())
        # Writes are refused by the server, not just hidden: post a New form anyway.
        csrf = driver.find_element(By.CSS_SELECTOR, "form[action='/signout'] input[name=csrf]").get_attribute("value")
        driver.execute_script("""
            var f = document.createElement('form'); f.method = 'post'; f.action = '/partners/new';
            [['csrf', arguments[0]], ['Identity', 'viewonly.example.com'], ['SaslNegotiation', 'Optional']].forEach(function (p) {
              var i = document.createElement('input'); i.type = 'hidden'; i.name = p[0]; i.value = p[1]; f.appendChild(i); });
            document.body.appendChild(f); f.submit();""", csrf)
        wait(driver, lambda d: d.title.startswith("View only"))
        check("view-only: a posted New is refused on the server, nothing saved", "viewonly.example.com" not in partners(store))
        shot(driver, "15-view-only-refused.png", "a New form posted to a -ViewOnly panel: the 'View only … Nothing was changed.' page")
        driver.get(panel.base + "/partners/new")
        check("view-only: the New page itself is refused", driver.title.startswith("View only"))
    finally:
        driver.quit()
        panel.kill()


def https(store):
    panel = Panel(store, f"-CertificatePath {CERT} -KeyPath {KEY}")
    driver = browser(https=True)
    try:
        driver.get(panel.url)
        cookies = driver.get_cookies()
        check("HTTPS: signed in; the cookie is Secure, HttpOnly, SameSite=Strict, __Host-",
              driver.current_url == panel.base + "/partners" and len(cookies) == 1 and cookies[0]["secure"]
              and cookies[0]["httpOnly"] and cookies[0]["name"].startswith("__Host-"), cookies)
        shot(driver, "16-https.png", "the list served over HTTPS (-CertificatePath/-KeyPath)")
        check("HTTPS: no console errors", console_problems(driver) == [], console_problems(driver))
    finally:
        driver.quit()
        panel.kill()


def main():
    folder = scratch()
    store = os.path.join(folder, "store.json")
    panel = Panel(store)
    driver = None
    try:
        driver = browser()
        started = time.monotonic()
        seed_procedure(driver, panel)
        second_browser(driver, panel)
        driver.get(panel.base + "/partners")
        go(driver, "signout")
        wait(driver, lambda d: d.title.startswith("Signed out"))
        driver.get(panel.base + "/partners")
        check("after sign-out: the sign-in page", driver.title.startswith("Sign in"))
        driver.quit()
        driver = None
        status, _, stderr, seconds = panel.interrupt()
        check(f"Ctrl-C stops the panel ({seconds:.2f}s), nothing on stderr", status == 0 and stderr == "", (status, stderr))
        view_only(store)
        https(store)
        print(f"browser steps: {time.monotonic() - started:.1f}s")
    except Exception:
        if driver:
            shot(driver, "failure.png", "the page when the test stopped")
            print("page when the test stopped:", driver.current_url, driver.find_element(By.TAG_NAME, "body").text[:3000])
        raise
    finally:
        if driver:
            driver.quit()
        panel.kill()
    print(f"screenshots in {SCREENS}:")
    for name, what in shots:
        print(f"  {name}: {what}")


main()
C.finish()
