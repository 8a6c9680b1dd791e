
Identity                   : contoso.com
AdditionalDomains          : {europe.contoso.com, asia.contoso.com}
ConnectionLimit            : 20
Description                :
Domain                     : contoso.com
EnableKeepAlive            : True
PartnerType                : PublicUnverified
ProxyFqdn                  :
SaslNegotiation            : Required
SupportDialbackNegotiation : True
TlsNegotiation             : Required

Identity                   : xmpp.contoso.com
AdditionalDomains          : {}
ConnectionLimit            : 20
Description                :
Domain                     : xmpp.contoso.com
EnableKeepAlive            : True
PartnerType                : Federated
ProxyFqdn                  :
SaslNegotiation            : Optional
SupportDialbackNegotiation : True
TlsNegotiation             : Required

Identity                   : xmpp.contoso.org
AdditionalDomains          : {}
ConnectionLimit            : 20
Description                :
Domain                     : xmpp.contoso.org
EnableKeepAlive            : True
PartnerType                : PublicUnverified
ProxyFqdn                  :
SaslNegotiation            : NotSupported
SupportDialbackNegotiation : True
TlsNegotiation             : Optional

Identity                   : xmpp.fabrikam.org
AdditionalDomains          : {}
ConnectionLimit            : 20
Description                :
Domain                     : xmpp.fabrikam.org
EnableKeepAlive            : True
PartnerType                : PublicVerified
ProxyFqdn                  :
SaslNegotiation            : Optional
SupportDialbackNegotiation : True
TlsNegotiation             : Required

