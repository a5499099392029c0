# Writes adversarial.dsw from exchange-a.dsw: every free-text value the Exchange scripts write
# holds PowerShell metacharacters (quote break-outs, subexpressions, backticks, comments,
# here-string markers, semicolons), within what the workspace accepts. The golden scripts made
# from it must keep each value inside one single-quoted literal. No new keys or certificates:
#   python3 make-adversarial.py
import json, os
os.chdir(os.path.dirname(os.path.abspath(__file__)))
w = json.load(open("exchange-a.dsw"))
w["organization"] = "A'; Remove-Item C:\\ -Recurse; '$(Stop-Computer) `#"
receive = w["servers"][0]["receiveConnectors"][0]
receive["name"] = "From B '; Stop-Service MSExchangeTransport; '"
receive["banner"] = "220 mx.a.example $(Remove-Item C:\\) `$env:PATH @' '@ #"
receive["comment"] = "\"; Format-Volume C; \" ; $(Get-Credential) ; ''"
send = w["sendConnectors"][0]
send["name"] = "To B $(Remove-Item C:/) '; #"
send["comment"] = "'@; Remove-Item C:\\ -Recurse; @' ` $null"
tls = w["sendConnectors"][1]
tls["comment"] = "C's relay; `$(Stop-Computer)` \"$x\""
for server in w["servers"]:
    for certificate in server["certificates"]:
        certificate["friendlyName"] = "A's cert '; Remove-Item C:\\; ' $(x)"
json.dump(w, open("adversarial.dsw", "w"), indent=2)
open("adversarial.dsw", "a").write("\n")
