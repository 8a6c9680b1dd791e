/// The stylesheet, script and icon, compiled into the binary: served from memory by name, so no
/// request reaches the file system.
enum StaticAssets {
    struct Asset: Sendable {
        let contentType: String
        let body: String
    }

    static let all: [String: Asset] = [
        "panel.css": Asset(contentType: "text/css; charset=utf-8", body: css),
        "panel.js": Asset(contentType: "text/javascript; charset=utf-8", body: javaScript),
        "favicon.svg": Asset(contentType: "image/svg+xml", body: favicon),
    ]

    static let favicon = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#1e4e79"/>\
        <path d="M4 4h2v6h4v2H4z" fill="#fff"/></svg>
        """

    static let css = """
        [hidden] { display: none !important; }
        body { margin: 0; font-family: "Segoe UI", "DejaVu Sans", Arial, sans-serif; font-size: 13px; color: #333; background: #fff; }
        a { color: #1e5f99; }
        .banner { display: flex; align-items: center; gap: 12px; padding: 8px 16px; background: #1e4e79; color: #fff; }
        .banner .product { font-size: 18px; font-weight: 600; }
        .banner .app { font-size: 18px; font-weight: 300; }
        .banner .mode { margin-left: auto; font-weight: 600; color: #ffd27f; }
        .banner form.inline { margin: 0; }
        button.link { background: none; border: none; color: #fff; text-decoration: underline; cursor: pointer; font: inherit; padding: 0 4px; }
        .frame { display: flex; min-height: calc(100vh - 42px); }
        .sidebar { width: 220px; flex: none; background: #f3f3f3; border-right: 1px solid #ddd; }
        .sidebar ul { list-style: none; margin: 0; padding: 8px 0; }
        .sidebar li { padding: 6px 16px; color: #888; }
        .sidebar li.current { background: #cde6f7; font-weight: 600; }
        .sidebar li.current a { color: #000; text-decoration: none; }
        main { flex: 1; padding: 10px 22px 24px; min-width: 0; }
        .tabs { display: flex; flex-wrap: wrap; gap: 2px; border-bottom: 1px solid #ccc; margin-bottom: 4px; }
        .tab { padding: 6px 8px; color: #999; text-decoration: none; font-size: 12px; }
        a.tab { color: #1e5f99; }
        .tab.current { color: #000; border: 1px solid #ccc; border-bottom: 1px solid #fff; margin-bottom: -1px; background: #fff; font-weight: 600; }
        h1 { font-size: 20px; font-weight: 400; color: #1e4e79; margin: 12px 0; }
        .toolbar, .buttons { display: flex; gap: 6px; align-items: center; margin: 8px 0; }
        button, a.button { font: inherit; padding: 3px 14px; border: 1px solid #8aa8c7; background: #eef4fa; color: #1e4e79; border-radius: 2px; cursor: pointer; text-decoration: none; }
        button:hover, a.button:hover { background: #dbe9f6; }
        button.danger { border-color: #c55; background: #fbeaea; color: #900; }
        .search { display: flex; gap: 6px; align-items: center; margin: 6px 0; }
        .search input { width: 240px; padding: 3px 6px; }
        .grid { border-collapse: collapse; width: 100%; }
        .grid th, .grid td { border: 1px solid #ddd; padding: 4px 8px; text-align: left; vertical-align: top; }
        .grid td { white-space: nowrap; }
        .grid td.domains, .grid td.description { white-space: normal; }
        .grid th { background: #eef3f8; font-weight: 600; }
        .grid td.select { width: 20px; }
        .grid td.domains ul { margin: 0; padding: 0; list-style: none; }
        .grid td.description { max-width: 260px; overflow-wrap: anywhere; }
        .empty { color: #777; font-style: italic; }
        .count { color: #666; }
        .notice { color: #174; background: #eaf7ee; border: 1px solid #9c9; padding: 6px 10px; }
        .error { color: #900; background: #fee; border: 1px solid #f99; padding: 6px 10px; margin: 8px 0; }
        .error p { margin: 2px 0; }
        .error ul { margin: 4px 0; padding-left: 20px; }
        .warnings { color: #7a4b00; background: #fff6e0; border: 1px solid #e8c26a; padding: 6px 10px 6px 26px; margin: 8px 0; }
        .viewonly { color: #5a4500; background: #fff8d8; border: 1px solid #e6d27a; padding: 6px 10px; }
        .settings .field { display: grid; grid-template-columns: 230px minmax(200px, 420px); gap: 2px 10px; align-items: start; margin: 8px 0; }
        .settings .field label, .settings .field .label { padding-top: 3px; font-weight: 600; }
        .settings .field input, .settings .field textarea, .settings .field select { font: inherit; padding: 3px 6px; }
        .settings .field .help, .settings .field .field-error { grid-column: 2; }
        .field-error { color: #900; margin: 0; }
        [aria-invalid="true"] { border: 1px solid #c00; background: #fff4f4; }
        .required { font-weight: 400; color: #900; }
        .help { color: #777; }
        fieldset.negotiation { border: 1px solid #ccd; padding: 4px 12px 8px; margin: 12px 0; max-width: 920px; }
        fieldset.negotiation legend { font-weight: 600; color: #1e4e79; }
        .negotiation-fields { display: grid; grid-template-columns: minmax(300px, 620px) minmax(220px, 300px); gap: 0 18px; }
        .negotiation-fields .field { grid-column: 1; }
        .negotiation-fields .hints { grid-column: 2; grid-row: 1 / span 3; }
        .hint { border: 1px solid #b9cfe4; background: #f4f8fc; padding: 6px 10px; }
        .hint.not-valid { border-color: #e0a0a0; background: #fdf2f2; }
        .hint p { margin: 2px 0; }
        .hint-title { font-size: 11px; color: #777; text-transform: uppercase; letter-spacing: 0.04em; }
        .hint-texts { margin: 4px 0; padding-left: 18px; }
        .hint-warning { color: #7a4b00; }
        .hint-commit { font-style: italic; }
        .check { margin: 8px 0; }
        .settings-table { border-collapse: collapse; margin: 8px 0; }
        .settings-table th, .settings-table td { border: 1px solid #ddd; padding: 3px 8px; text-align: left; }
        .settings-table th { background: #f3f6f9; font-weight: 600; }
        .signin { display: flex; gap: 8px; align-items: center; }
        .signin input { width: 420px; padding: 3px 6px; }
        code { font-family: "DejaVu Sans Mono", monospace; background: #f4f4f4; padding: 1px 3px; overflow-wrap: anywhere; }
        .hidden { position: absolute; left: -9999px; }
        """

    /// Progressive enhancement only: every form works without it.
    static let javaScript = """
        "use strict";
        // Beside the TLS, SASL and Dialback drop-downs, show Test-CsXmppAllowedPartner's answer for the
        // values chosen now (the server renders all 18 answers; this picks the one to show).
        (function () {
          var selects = ["TlsNegotiation", "SaslNegotiation", "SupportDialbackNegotiation"].map(function (id) {
            return document.getElementById(id);
          });
          var hints = document.getElementById("hints");
          if (!hints || selects.some(function (s) { return !s; })) { return; }
          function update() {
            var key = selects.map(function (s) { return s.value; }).join("|").toLowerCase();
            var blocks = hints.querySelectorAll(".hint");
            for (var i = 0; i < blocks.length; i++) {
              blocks[i].hidden = blocks[i].getAttribute("data-key").toLowerCase() !== key;
            }
          }
          selects.forEach(function (s) { s.addEventListener("change", update); });
          update();
        })();
        """
}
