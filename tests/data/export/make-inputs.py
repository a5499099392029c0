# Writes the golden-test input workspaces from the DER files in sys.argv[1] (see make-inputs.sh).
import base64, hashlib, json, sys
d = sys.argv[1]
def b64(name): return base64.b64encode(open(f"{d}/{name}", "rb").read()).decode()
def cert(org):
    der = open(f"{d}/{org}.der", "rb").read()
    return {"certificate": base64.b64encode(der).decode(), "chain": [b64("ca.der")],
            "privateKey": b64(f"{org}.p8"), "keyEncrypted": False, "exportable": True,
            "friendlyName": f"{org.upper()} domain security", "services": ["SMTP"],
            "thumbprint": hashlib.sha1(der).hexdigest().upper(), "sha256": hashlib.sha256(der).hexdigest().upper(),
            "subject": f"CN=mx.{org}.example", "issuer": "CN=DomainSecure Golden Test CA",
            "domains": [f"mx.{org}.example", f"{org}.example"], "serialNumber": "01",
            "notBefore": "2026-01-01T00:00:00Z", "notAfter": "2036-01-01T00:00:00Z", "selfSigned": False,
            "key": "RSA 2048", "extendedKeyUsage": ["serverAuth", "clientAuth"]}
def receive(name, binding, remote, partner="b.example", **extra):
    c = {"name": name, "usage": "Partner", "bindings": [binding], "remoteIPRanges": remote, "fqdn": "",
         "banner": "", "authMechanism": ["Tls"], "permissionGroups": ["Partners"], "domainSecureEnabled": True,
         "requireTLS": True, "maxMessageSize": "10MB", "maxRecipientsPerMessage": 200,
         "connectionTimeout": "00:05:00", "connectionInactivityTimeout": "00:01:00",
         "protocolLoggingLevel": "Verbose", "enabled": True, "comment": "", "partnerDomains": [partner]}
    c.update(extra); return c
def send(name, spaces, **extra):
    c = {"name": name, "usage": "Partner", "addressSpaces": spaces, "dnsRoutingEnabled": True, "smartHosts": [],
         "port": 25, "smartHostAuthMechanism": "None", "fqdn": "", "domainSecureEnabled": True,
         "requireTLS": True, "ignoreStartTls": False, "sourceTransportServers": [], "maxMessageSize": "10MB",
         "protocolLoggingLevel": "None", "connectionInactivityTimeout": "00:10:00", "enabled": True, "comment": ""}
    c.update(extra); return c
def workspace(servers, sends, lists):
    return {"format": "domainsecure-workspace", "version": 1, "organization": "A Example Ltd.",
            "domains": ["a.example"], "servers": servers, "sendConnectors": sends, "domainSecure": lists,
            "trustedRoots": [b64("ca.der")]}
# Partner set-up of organization A: one partner B, domain security both ways, a smart host to
# B's gateway, a TLS-only connector, and values that need quoting.
partner = workspace(
    [{"name": "EDGE01", "fqdn": "mx.a.example", "role": "Edge", "certificates": [cert("a")], "pendingRequests": [],
      "receiveConnectors": [
          receive("From B (domain secure)", "127.0.0.2:2525", ["127.0.0.3", "192.0.2.16-192.0.2.40"],
                  banner="220 mx.a.example O'Brien's $gateway ready", comment="Partner B's gateways"),
          receive("Internet", "0.0.0.0:25", ["0.0.0.0-255.255.255.255"], usage="Internet",
                  permissionGroups=["AnonymousUsers"], domainSecureEnabled=False, requireTLS=False,
                  protocolLoggingLevel="None", partnerDomains=[])]}],
    [send("To B (domain secure)", ["SMTP:b.example;1"], dnsRoutingEnabled=False, smartHosts=["127.0.0.3"], port=2525),
     send("To C (TLS required)", ["SMTP:c.example;5", "SMTP:*.c.example;5"], domainSecureEnabled=False,
          usage="Custom"),
     send("Internet", ["SMTP:*;100"], domainSecureEnabled=False, requireTLS=False, usage="Internet",
          maxMessageSize="20MB")],
    {"send": ["b.example"], "receive": ["b.example"]})
json.dump(partner, open("partner-a.dsw", "w"), indent=2); open("partner-a.dsw", "a").write("\n")
# The same organization as Exchange 2007 accepts it (lint --target exchange2007 clean): domain
# security only with DNS routing; the TLS-only connector goes through a smart host instead.
exchange = json.loads(json.dumps(partner))
for s in exchange["sendConnectors"]:
    if s["name"] == "To B (domain secure)":
        s.update(dnsRoutingEnabled=True, smartHosts=[], port=25)
    if s["name"] == "To C (TLS required)":
        s.update(dnsRoutingEnabled=False, smartHosts=["192.0.2.25"], port=587, comment="C's relay; TLS required")
json.dump(exchange, open("exchange-a.dsw", "w"), indent=2); open("exchange-a.dsw", "a").write("\n")
# A bare server: no certificate, no connectors.
bare = workspace([{"name": "EDGE02", "fqdn": "mx2.a.example", "role": "Edge", "certificates": [],
                   "pendingRequests": [], "receiveConnectors": []}], [], {"send": [], "receive": []})
bare["trustedRoots"] = []
json.dump(bare, open("bare.dsw", "w"), indent=2); open("bare.dsw", "a").write("\n")
# The same organization deployed as Exchange 2007 usually is: a Hub Transport server inside and
# the Edge subscribed to the organization (EdgeSync); the Edge's Internet connector is the one
# that collides with the Edge's default receive connector, and the send connectors are sourced
# by the Edge Subscription.
def topology(exchange):
    t = json.loads(json.dumps(exchange))
    t["servers"][0]["edgeSync"] = "subscribed"
    t["servers"].insert(0, {"name": "HUB01", "fqdn": "hub01.a.example", "role": "Hub", "certificates": [],
                            "pendingRequests": [], "receiveConnectors": []})
    for s in t["sendConnectors"]:
        s["sourceTransportServers"] = ["EDGE01"]
    return t
json.dump(topology(exchange), open("exchange-topology.dsw", "w"), indent=2); open("exchange-topology.dsw", "a").write("\n")
