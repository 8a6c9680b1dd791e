; -- XMPP federation policy for Prosody 0.12 (Debian 12), written by csshell (Export-CsXmppFederationConfiguration).
; -- Partners: 4 (6 domains). Local domains: example.com.
; --
; -- Include this file in the global section of prosody.cfg.lua, above the VirtualHost sections (Debian's
; -- Include "conf.d/*.cfg.lua" does so for a file in /etc/prosody/conf.d/), then run
; -- "prosodyctl check config" and "prosodyctl reload". Change the store and export again rather than this file.
; --
; -- Prosody reads this file twice: as configuration (Lua; each line starts with ";", an empty statement)
; -- and, through firewall_scripts, as mod_firewall's rule script (to which lines starting with ";" are
; -- comments, and the rules between "--[[" and "]]" are not).
; -- Enforced on the local domains: a stanza from a domain that is not a partner is dropped and logged; no
; -- stanza leaves for a domain that is not a partner (the local sender gets policy-violation), so no stream is
; -- opened to it. A server that is not a partner can still open a stream: mod_firewall filters stanzas.
;
; s2s_require_encryption = true
; s2s_secure_auth = true
; -- Partners that must present a valid certificate (no dialback):
; s2s_secure_domains = { "contoso.com"
; "europe.contoso.com"
; "asia.contoso.com"
; }
; -- Partners that may use dialback:
; s2s_insecure_domains = { "xmpp.contoso.com"
; "xmpp.contoso.org"
; "xmpp.fabrikam.org"
; }
; s2s_tcp_keepalives = true
; s2s_timeout = 60
; s2s_idle_timeout = 600
; firewall_scripts = { (debug.getinfo(1, "S").source:gsub("^@", "")) }
; --[[ mod_firewall rules: only federation partners reach the local domains
%ZONE csshell_partners: \
  contoso.com, \
  europe.contoso.com, \
  asia.contoso.com, \
  xmpp.contoso.com, \
  xmpp.contoso.org, \
  xmpp.fabrikam.org

::deliver
ENTERING: $local
NOT LEAVING: csshell_partners
LOG=[info] csshell: refused stanza from $<@from> (not a federation partner)
DROP.

::deliver_remote
NOT ENTERING: csshell_partners
BOUNCE=policy-violation (That domain is not a federation partner)
; ]]
;
; VirtualHost "example.com"
;   modules_enabled = { "firewall"; "s2s_idle_timeout"; "dialback" }
