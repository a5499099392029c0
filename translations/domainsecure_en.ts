<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddressSpace</name>
    <message>
        <source>address space &quot;%1&quot; %2</source>
        <translation>address space &quot;%1&quot; %2</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>is empty</translation>
    </message>
    <message>
        <source>has the type &quot;%1&quot;; only SMTP address spaces work on an Edge server</source>
        <translation>has the type &quot;%1&quot;; only SMTP address spaces work on an Edge server</translation>
    </message>
    <message>
        <source>has the cost &quot;%1&quot;; it must be a number from 1 to 100</source>
        <translation>has the cost &quot;%1&quot;; it must be a number from 1 to 100</translation>
    </message>
    <message>
        <source>has a wildcard joined to a name; use &quot;*.%1&quot; for all subdomains</source>
        <translation>has a wildcard joined to a name; use &quot;*.%1&quot; for all subdomains</translation>
    </message>
    <message>
        <source>has a wildcard that is not the whole leftmost label</source>
        <translation>has a wildcard that is not the whole leftmost label</translation>
    </message>
</context>
<context>
    <name>Binding</name>
    <message>
        <source>binding &quot;%1&quot; %2</source>
        <translation>binding &quot;%1&quot; %2</translation>
    </message>
    <message>
        <source>is empty; write IP:PORT, e.g. 0.0.0.0:25</source>
        <translation>is empty; write IP:PORT, e.g. 0.0.0.0:25</translation>
    </message>
    <message>
        <source>opens [ without closing ]</source>
        <translation>opens [ without closing ]</translation>
    </message>
    <message>
        <source>needs :PORT after the bracketed IPv6 address, e.g. [::]:25</source>
        <translation>needs :PORT after the bracketed IPv6 address, e.g. [::]:25</translation>
    </message>
    <message>
        <source>has brackets around &quot;%1&quot;; only IPv6 addresses are written in brackets</source>
        <translation>has brackets around &quot;%1&quot;; only IPv6 addresses are written in brackets</translation>
    </message>
    <message>
        <source>has no port; write IP:PORT, e.g. 0.0.0.0:25</source>
        <translation>has no port; write IP:PORT, e.g. 0.0.0.0:25</translation>
    </message>
    <message>
        <source>looks like an IPv6 address; write it in brackets with the port, e.g. [2001:db8::1]:25</source>
        <translation>looks like an IPv6 address; write it in brackets with the port, e.g. [2001:db8::1]:25</translation>
    </message>
    <message>
        <source>has the port &quot;%1&quot;; it must be a number from 1 to 65535</source>
        <translation>has the port &quot;%1&quot;; it must be a number from 1 to 65535</translation>
    </message>
</context>
<context>
    <name>ByteSize</name>
    <message>
        <source>size &quot;%1&quot; %2</source>
        <translation>size &quot;%1&quot; %2</translation>
    </message>
    <message>
        <source>is empty; write e.g. 10MB, 64KB or unlimited</source>
        <translation>is empty; write e.g. 10MB, 64KB or unlimited</translation>
    </message>
    <message>
        <source>is not a size; write a whole number with B, KB, MB, GB or TB, e.g. 10MB, or unlimited</source>
        <translation>is not a size; write a whole number with B, KB, MB, GB or TB, e.g. 10MB, or unlimited</translation>
    </message>
    <message>
        <source>has a fraction; write a whole number of a smaller unit, e.g. 1536KB</source>
        <translation>has a fraction; write a whole number of a smaller unit, e.g. 1536KB</translation>
    </message>
    <message>
        <source>is too large</source>
        <translation>is too large</translation>
    </message>
    <message>
        <source>disagrees with its byte count in parentheses</source>
        <translation>disagrees with its byte count in parentheses</translation>
    </message>
</context>
<context>
    <name>CertEnableVerb</name>
    <message>
        <source>Enable a certificate for services (services are only added).</source>
        <translation>Enable a certificate for services (services are only added).</translation>
    </message>
    <message>
        <source>SMTP[,IMAP,POP,IIS,UM].</source>
        <translation>SMTP[,IMAP,POP,IIS,UM].</translation>
    </message>
    <message>
        <source>SERVICES</source>
        <translation>SERVICES</translation>
    </message>
    <message>
        <source>Replace the server&apos;s default SMTP certificate.</source>
        <translation>Replace the server&apos;s default SMTP certificate.</translation>
    </message>
    <message>
        <source>SHA-1 thumbprint.</source>
        <translation>SHA-1 thumbprint.</translation>
    </message>
    <message>
        <source>cert enable: give one THUMBPRINT</source>
        <translation>cert enable: give one THUMBPRINT</translation>
    </message>
    <message>
        <source>cert enable: give --services SMTP[,IMAP,POP,IIS,UM]</source>
        <translation>cert enable: give --services SMTP[,IMAP,POP,IIS,UM]</translation>
    </message>
    <message>
        <source>Certificate %1 is enabled for %2</source>
        <translation>Certificate %1 is enabled for %2</translation>
    </message>
    <message>
        <source>It replaces %1 as the default SMTP certificate</source>
        <translation>It replaces %1 as the default SMTP certificate</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
</context>
<context>
    <name>CertExportVerb</name>
    <message>
        <source>Export a certificate (PEM with chain, DER, PFX) or a pending request.</source>
        <translation>Export a certificate (PEM with chain, DER, PFX) or a pending request.</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation>Output file.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>pem (default), der or pfx.</source>
        <translation>pem (default), der or pfx.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>PFX password from the first line of FILE.</source>
        <translation>PFX password from the first line of FILE.</translation>
    </message>
    <message>
        <source>PFX with PBE-SHA1-3DES and a SHA-1 MAC (Windows Server 2003/2008).</source>
        <translation>PFX with PBE-SHA1-3DES and a SHA-1 MAC (Windows Server 2003/2008).</translation>
    </message>
    <message>
        <source>Leave the issuer certificates out.</source>
        <translation>Leave the issuer certificates out.</translation>
    </message>
    <message>
        <source>SHA-1 thumbprint.</source>
        <translation>SHA-1 thumbprint.</translation>
    </message>
    <message>
        <source>cert export: give one THUMBPRINT</source>
        <translation>cert export: give one THUMBPRINT</translation>
    </message>
    <message>
        <source>cert export: give --out FILE</source>
        <translation>cert export: give --out FILE</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not pem, der or pfx</source>
        <translation>--format: &quot;%1&quot; is not pem, der or pfx</translation>
    </message>
    <message>
        <source>--legacy-pfx needs --format pfx</source>
        <translation>--legacy-pfx needs --format pfx</translation>
    </message>
    <message>
        <source>a PFX export needs --password-file FILE</source>
        <translation>a PFX export needs --password-file FILE</translation>
    </message>
    <message>
        <source>Exported %1 to %2 (%3)</source>
        <translation>Exported %1 to %2 (%3)</translation>
    </message>
</context>
<context>
    <name>CertImportVerb</name>
    <message>
        <source>unknown service &quot;%1&quot;: use SMTP, IMAP, POP, IIS, UM</source>
        <translation>unknown service &quot;%1&quot;: use SMTP, IMAP, POP, IIS, UM</translation>
    </message>
    <message>
        <source>Import a certificate (PEM, DER, PKCS#7, PKCS#12), completing a pending request when the public key matches.</source>
        <translation>Import a certificate (PEM, DER, PKCS#7, PKCS#12), completing a pending request when the public key matches.</translation>
    </message>
    <message>
        <source>The files to import; all or none are imported.</source>
        <translation>The files to import; all or none are imported.</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>FILE...</translation>
    </message>
    <message>
        <source>PKCS#12 password from the first line of FILE.</source>
        <translation>PKCS#12 password from the first line of FILE.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The server (default: the matching request&apos;s, or the only one).</source>
        <translation>The server (default: the matching request&apos;s, or the only one).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Enable the certificate for services: SMTP[,IMAP,POP,IIS,UM].</source>
        <translation>Enable the certificate for services: SMTP[,IMAP,POP,IIS,UM].</translation>
    </message>
    <message>
        <source>SERVICES</source>
        <translation>SERVICES</translation>
    </message>
    <message>
        <source>Replace the server&apos;s default SMTP certificate.</source>
        <translation>Replace the server&apos;s default SMTP certificate.</translation>
    </message>
    <message>
        <source>Fail unless the certificate completes a pending request or brings its key.</source>
        <translation>Fail unless the certificate completes a pending request or brings its key.</translation>
    </message>
    <message>
        <source>Friendly name (&lt; 64 characters).</source>
        <translation>Friendly name (&lt; 64 characters).</translation>
    </message>
    <message>
        <source>cert import: give at least one FILE</source>
        <translation>cert import: give at least one FILE</translation>
    </message>
    <message>
        <source>cert import: --friendly-name needs exactly one FILE</source>
        <translation>cert import: --friendly-name needs exactly one FILE</translation>
    </message>
    <message>
        <source>completed pending request</source>
        <translation>completed pending request</translation>
    </message>
    <message>
        <source>with private key</source>
        <translation>with private key</translation>
    </message>
    <message>
        <source>no private key</source>
        <translation>no private key</translation>
    </message>
    <message>
        <source>Imported %1 %2 on %3 (%4; services: %5)</source>
        <translation>Imported %1 %2 on %3 (%4; services: %5)</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
</context>
<context>
    <name>CertListVerb</name>
    <message>
        <source>List certificates and pending requests with their status.</source>
        <translation>List certificates and pending requests with their status.</translation>
    </message>
    <message>
        <source>Only this server.</source>
        <translation>Only this server.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>no server named &quot;%1&quot; in the workspace</source>
        <translation>no server named &quot;%1&quot; in the workspace</translation>
    </message>
    <message>
        <source>Thumbprint</source>
        <translation>Thumbprint</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
</context>
<context>
    <name>CertRemoveVerb</name>
    <message>
        <source>Remove a certificate or a pending request.</source>
        <translation>Remove a certificate or a pending request.</translation>
    </message>
    <message>
        <source>SHA-1 thumbprint.</source>
        <translation>SHA-1 thumbprint.</translation>
    </message>
    <message>
        <source>cert remove: give one THUMBPRINT</source>
        <translation>cert remove: give one THUMBPRINT</translation>
    </message>
    <message>
        <source>Removed pending request %1</source>
        <translation>Removed pending request %1</translation>
    </message>
    <message>
        <source>Removed certificate %1</source>
        <translation>Removed certificate %1</translation>
    </message>
</context>
<context>
    <name>CertRequestVerb</name>
    <message>
        <source>Create a self-signed certificate (internal use only).</source>
        <translation>Create a self-signed certificate (internal use only).</translation>
    </message>
    <message>
        <source>Create a key and a certificate request for a CA; the request stays pending until its certificate is imported.</source>
        <translation>Create a key and a certificate request for a CA; the request stays pending until its certificate is imported.</translation>
    </message>
    <message>
        <source>The server (default: the only one).</source>
        <translation>The server (default: the only one).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Subject, RFC 4514: &quot;CN=mail.contoso.com,O=Contoso,C=JP&quot;.</source>
        <translation>Subject, RFC 4514: &quot;CN=mail.contoso.com,O=Contoso,C=JP&quot;.</translation>
    </message>
    <message>
        <source>DN</source>
        <translation>DN</translation>
    </message>
    <message>
        <source>A DNS name for the certificate (repeatable).</source>
        <translation>A DNS name for the certificate (repeatable).</translation>
    </message>
    <message>
        <source>Key type: rsa:2048 (default), rsa:3072, rsa:4096, ec:p256, ec:p384.</source>
        <translation>Key type: rsa:2048 (default), rsa:3072, rsa:4096, ec:p256, ec:p384.</translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation>SPEC</translation>
    </message>
    <message>
        <source>Friendly name (&lt; 64 characters).</source>
        <translation>Friendly name (&lt; 64 characters).</translation>
    </message>
    <message>
        <source>Allow exporting the private key later.</source>
        <translation>Allow exporting the private key later.</translation>
    </message>
    <message>
        <source>Validity in days (default 365).</source>
        <translation>Validity in days (default 365).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Write the request to FILE.</source>
        <translation>Write the request to FILE.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Write DER instead of PEM.</source>
        <translation>Write DER instead of PEM.</translation>
    </message>
    <message>
        <source>give the subject with --subject &quot;CN=host.example,O=Org,C=JP&quot;</source>
        <translation>give the subject with --subject &quot;CN=host.example,O=Org,C=JP&quot;</translation>
    </message>
    <message>
        <source>give the request file with --out FILE</source>
        <translation>give the request file with --out FILE</translation>
    </message>
    <message>
        <source>--days: &quot;%1&quot; is not a number</source>
        <translation>--days: &quot;%1&quot; is not a number</translation>
    </message>
    <message>
        <source>Created self-signed certificate %1 for %2 on %3 (internal use only)</source>
        <translation>Created self-signed certificate %1 for %2 on %3 (internal use only)</translation>
    </message>
    <message>
        <source>Created pending request %1 for %2 on %3</source>
        <translation>Created pending request %1 for %2 on %3</translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation>Names: %1</translation>
    </message>
    <message>
        <source>Request written to %1 (%2); send it to your CA, then run &quot;cert import&quot; with the answer.</source>
        <translation>Request written to %1 (%2); send it to your CA, then run &quot;cert import&quot; with the answer.</translation>
    </message>
</context>
<context>
    <name>CertShowVerb</name>
    <message>
        <source>Show every field of a certificate or pending request, its chain and status.</source>
        <translation>Show every field of a certificate or pending request, its chain and status.</translation>
    </message>
    <message>
        <source>SHA-1 thumbprint (40 hex digits).</source>
        <translation>SHA-1 thumbprint (40 hex digits).</translation>
    </message>
    <message>
        <source>cert show: give one THUMBPRINT</source>
        <translation>cert show: give one THUMBPRINT</translation>
    </message>
    <message>
        <source>no certificate or pending request with thumbprint %1</source>
        <translation>no certificate or pending request with thumbprint %1</translation>
    </message>
    <message>
        <source>Pending request %1 on %2</source>
        <translation>Pending request %1 on %2</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Subject: %1</translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation>Names: %1</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Key: %1</translation>
    </message>
    <message>
        <source>Friendly name: %1</source>
        <translation>Friendly name: %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Created: %1</translation>
    </message>
    <message>
        <source>Certificate %1 on %2</source>
        <translation>Certificate %1 on %2</translation>
    </message>
    <message>
        <source>Status: %1%2</source>
        <translation>Status: %1%2</translation>
    </message>
    <message>
        <source>Services: %1</source>
        <translation>Services: %1</translation>
    </message>
    <message>
        <source>Private key: %1</source>
        <translation>Private key: %1</translation>
    </message>
    <message>
        <source>yes, exportable</source>
        <translation>yes, exportable</translation>
    </message>
    <message>
        <source>yes, not exportable</source>
        <translation>yes, not exportable</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation>Chain:</translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <source>not a DER X.509 certificate</source>
        <translation>not a DER X.509 certificate</translation>
    </message>
    <message>
        <source>%1 bytes of garbage follow the certificate</source>
        <translation>%1 bytes of garbage follow the certificate</translation>
    </message>
    <message>
        <source>no PEM certificate found</source>
        <translation>no PEM certificate found</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation>Signature algorithm</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Public key</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>Self-signed</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Certificate authority</translation>
    </message>
    <message>
        <source>Thumbprint (SHA-1)</source>
        <translation>Thumbprint (SHA-1)</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Fingerprint (SHA-256)</translation>
    </message>
    <message>
        <source>Public key SHA-256</source>
        <translation>Public key SHA-256</translation>
    </message>
    <message>
        <source>Extensions:</source>
        <translation>Extensions:</translation>
    </message>
    <message>
        <source> (critical)</source>
        <translation> (critical)</translation>
    </message>
</context>
<context>
    <name>CertificateAuthority</name>
    <message>
        <source>validity of %1 days is out of range (1-36500)</source>
        <translation>validity of %1 days is out of range (1-36500)</translation>
    </message>
    <message>
        <source>OpenSSL refuses the subject &quot;%1&quot;</source>
        <translation>OpenSSL refuses the subject &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot sign the certificate: %1</source>
        <translation>cannot sign the certificate: %1</translation>
    </message>
    <message>
        <source>the certificate request&apos;s signature does not verify</source>
        <translation>the certificate request&apos;s signature does not verify</translation>
    </message>
    <message>
        <source>the CA has no certificate or key</source>
        <translation>the CA has no certificate or key</translation>
    </message>
    <message>
        <source>the public key to certify cannot be read</source>
        <translation>the public key to certify cannot be read</translation>
    </message>
</context>
<context>
    <name>CertificateCommands</name>
    <message>
        <source>Remove the certificate %1 and its private key from %2?</source>
        <translation>Remove the certificate %1 and its private key from %2?</translation>
    </message>
    <message>
        <source>Remove %1 certificates and their private keys from %2?</source>
        <translation>Remove %1 certificates and their private keys from %2?</translation>
    </message>
    <message>
        <source>It is the server&apos;s SMTP certificate: domain-secured mail stops until another certificate is enabled for SMTP.</source>
        <translation>It is the server&apos;s SMTP certificate: domain-secured mail stops until another certificate is enabled for SMTP.</translation>
    </message>
    <message>
        <source>Remove Certificate</source>
        <translation>Remove Certificate</translation>
    </message>
    <message>
        <source>Remove Pending Request</source>
        <translation>Remove Pending Request</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n pending request(s) and their private keys? A certificate issued for them can no longer be imported.</source>
        <translation>
            <numerusform>Remove %n pending request and its private key? A certificate issued for it can no longer be imported.</numerusform>
            <numerusform>Remove %n pending requests and their private keys? A certificate issued for them can no longer be imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Trusted Root</source>
        <translation>Remove Trusted Root</translation>
    </message>
    <message numerus="yes">
        <source>Stop trusting %n root certificate(s)? Partners whose certificates chain to them fail domain security.</source>
        <translation>
            <numerusform>Stop trusting %n root certificate? Partners whose certificates chain to it fail domain security.</numerusform>
            <numerusform>Stop trusting %n root certificates? Partners whose certificates chain to them fail domain security.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Trusted Root</source>
        <translation>Add Trusted Root</translation>
    </message>
    <message>
        <source>CA certificates (*.cer *.crt *.pem *.der *.p7b *.p7c);;All files (*)</source>
        <translation>CA certificates (*.cer *.crt *.pem *.der *.p7b *.p7c);;All files (*)</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2)</source>
        <translation>%1: cannot read the file (%2)</translation>
    </message>
</context>
<context>
    <name>CertificateEntry</name>
    <message>
        <source>unknown service &quot;%1&quot;</source>
        <translation>unknown service &quot;%1&quot;</translation>
    </message>
    <message>
        <source>has no DER data</source>
        <translation>DER データがありません</translation>
    </message>
</context>
<context>
    <name>CertificateImporter</name>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: the file is empty</translation>
    </message>
    <message>
        <source>%1: not a certificate file: no PEM &quot;-----BEGIN&quot; line and not DER (which starts with an ASN.1 SEQUENCE)</source>
        <translation>%1: not a certificate file: no PEM &quot;-----BEGIN&quot; line and not DER (which starts with an ASN.1 SEQUENCE)</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: cannot read the file: %2</translation>
    </message>
    <message>
        <source>%1: the file is too large (%2 MiB) for a certificate file</source>
        <translation>%1: the file is too large (%2 MiB) for a certificate file</translation>
    </message>
    <message>
        <source>PKCS#12 safe contents nest too deeply</source>
        <translation>PKCS#12 safe contents nest too deeply</translation>
    </message>
    <message>
        <source>the private key in the PKCS#12 file cannot be decrypted (unsupported algorithm?)</source>
        <translation>the private key in the PKCS#12 file cannot be decrypted (unsupported algorithm?)</translation>
    </message>
    <message>
        <source>the private key in the PKCS#12 file is damaged</source>
        <translation>the private key in the PKCS#12 file is damaged</translation>
    </message>
    <message>
        <source>the PKCS#12 file holds more than one private key</source>
        <translation>the PKCS#12 file holds more than one private key</translation>
    </message>
    <message>
        <source>a certificate in the PKCS#12 file is damaged</source>
        <translation>a certificate in the PKCS#12 file is damaged</translation>
    </message>
    <message>
        <source>%1: the file holds a private key but no certificate</source>
        <translation>%1: the file holds a private key but no certificate</translation>
    </message>
    <message>
        <source>%1: the private key matches none of the certificates in the file</source>
        <translation>%1: the private key matches none of the certificates in the file</translation>
    </message>
    <message>
        <source>%1: the PKCS#7 data is damaged</source>
        <translation>%1: the PKCS#7 data is damaged</translation>
    </message>
    <message>
        <source>%1: the PKCS#7 file holds no certificates</source>
        <translation>%1: the PKCS#7 file holds no certificates</translation>
    </message>
    <message>
        <source>%1: the PKCS#12 data is damaged</source>
        <translation>%1: the PKCS#12 data is damaged</translation>
    </message>
    <message>
        <source>%1: the PKCS#12 file needs a password (give --password-file)</source>
        <translation>%1: the PKCS#12 file needs a password (give --password-file)</translation>
    </message>
    <message>
        <source>%1: wrong password for the PKCS#12 file</source>
        <translation>%1: wrong password for the PKCS#12 file</translation>
    </message>
    <message>
        <source>%1: the PKCS#12 contents are damaged</source>
        <translation>%1: the PKCS#12 contents are damaged</translation>
    </message>
    <message>
        <source>the encrypted certificates cannot be decrypted (unsupported algorithm?)</source>
        <translation>the encrypted certificates cannot be decrypted (unsupported algorithm?)</translation>
    </message>
    <message>
        <source>wrong password, or an unsupported encryption algorithm</source>
        <translation>wrong password, or an unsupported encryption algorithm</translation>
    </message>
    <message>
        <source>the PKCS#12 contents are damaged</source>
        <translation>the PKCS#12 contents are damaged</translation>
    </message>
    <message>
        <source>%1: the PKCS#12 file holds no certificate</source>
        <translation>%1: the PKCS#12 file holds no certificate</translation>
    </message>
    <message>
        <source>%1: the DER data is truncated or not DER (it declares %2 bytes, the file has %3)</source>
        <translation>%1: the DER data is truncated or not DER (it declares %2 bytes, the file has %3)</translation>
    </message>
    <message>
        <source>%1: garbage DER: not a certificate, PKCS#7 or PKCS#12 structure</source>
        <translation>%1: garbage DER: not a certificate, PKCS#7 or PKCS#12 structure</translation>
    </message>
    <message>
        <source>%1: this is a certificate request, not a certificate: send it to the CA</source>
        <translation>%1: this is a certificate request, not a certificate: send it to the CA</translation>
    </message>
    <message>
        <source>%1: line %2: a malformed PEM &quot;-----BEGIN&quot; line</source>
        <translation>%1: line %2: a malformed PEM &quot;-----BEGIN&quot; line</translation>
    </message>
    <message>
        <source>%1: line %2: the PEM block &quot;%3&quot; has no END line (truncated file?)</source>
        <translation>%1: line %2: the PEM block &quot;%3&quot; has no END line (truncated file?)</translation>
    </message>
    <message>
        <source>%1: line %2: legacy encrypted &quot;%3&quot; blocks are not supported; convert the key to PKCS#8 (openssl pkcs8 -topk8)</source>
        <translation>%1: line %2: legacy encrypted &quot;%3&quot; blocks are not supported; convert the key to PKCS#8 (openssl pkcs8 -topk8)</translation>
    </message>
    <message>
        <source>%1: line %2: the PEM block &quot;%3&quot; has a bad base64 body</source>
        <translation>%1: line %2: the PEM block &quot;%3&quot; has a bad base64 body</translation>
    </message>
    <message>
        <source>%1: line %2: the PEM certificate is damaged: %3</source>
        <translation>%1: line %2: the PEM certificate is damaged: %3</translation>
    </message>
    <message>
        <source>%1: line %2: the PEM certificate is damaged</source>
        <translation>%1: line %2: the PEM certificate is damaged</translation>
    </message>
    <message>
        <source>%1: the private key is encrypted: give its password</source>
        <translation>%1: the private key is encrypted: give its password</translation>
    </message>
    <message>
        <source>%1: wrong password for the encrypted private key</source>
        <translation>%1: wrong password for the encrypted private key</translation>
    </message>
    <message>
        <source>%1: line %2: %3</source>
        <translation>%1: line %2: %3</translation>
    </message>
    <message>
        <source>%1: the file holds more than one private key</source>
        <translation>%1: the file holds more than one private key</translation>
    </message>
    <message>
        <source>%1: no certificate in the PEM data (found: %2)</source>
        <translation>%1: no certificate in the PEM data (found: %2)</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: cancelled</translation>
    </message>
</context>
<context>
    <name>CertificateManager</name>
    <message>
        <source>the workspace has no server</source>
        <translation>the workspace has no server</translation>
    </message>
    <message>
        <source>the workspace has several servers (%1): choose one with --server</source>
        <translation>the workspace has several servers (%1): choose one with --server</translation>
    </message>
    <message>
        <source>no server named &quot;%1&quot; in the workspace</source>
        <translation>no server named &quot;%1&quot; in the workspace</translation>
    </message>
    <message>
        <source>the friendly name must be shorter than 64 characters (it has %1)</source>
        <translation>the friendly name must be shorter than 64 characters (it has %1)</translation>
    </message>
    <message>
        <source>subject: %1</source>
        <translation>subject: %1</translation>
    </message>
    <message>
        <source>domain: %1</source>
        <translation>domain: %1</translation>
    </message>
    <message>
        <source>subject CN: %1</source>
        <translation>subject CN: %1</translation>
    </message>
    <message>
        <source>--days must be between 1 and 3650 (got %1)</source>
        <translation>--days must be between 1 and 3650 (got %1)</translation>
    </message>
    <message>
        <source>%1: the certificate &quot;%2&quot; completes a pending request of server %3, not %4</source>
        <translation>%1: the certificate &quot;%2&quot; completes a pending request of server %3, not %4</translation>
    </message>
    <message>
        <source>%1: the certificate &quot;%2&quot; (thumbprint %3) matches no pending request</source>
        <translation>%1: the certificate &quot;%2&quot; (thumbprint %3) matches no pending request</translation>
    </message>
    <message>
        <source>certificate %1 was already in the workspace</source>
        <translation>certificate %1 was already in the workspace</translation>
    </message>
    <message>
        <source>%1: nothing to import</source>
        <translation>%1: nothing to import</translation>
    </message>
    <message>
        <source>no certificate with thumbprint %1</source>
        <translation>no certificate with thumbprint %1</translation>
    </message>
    <message>
        <source>%1 is a pending request: import the CA&apos;s certificate first</source>
        <translation>%1 is a pending request: import the CA&apos;s certificate first</translation>
    </message>
    <message>
        <source>no services to enable: give SMTP, IMAP, POP, IIS or UM</source>
        <translation>no services to enable: give SMTP, IMAP, POP, IIS or UM</translation>
    </message>
    <message>
        <source>certificate %1 has no private key: it cannot be enabled for %2</source>
        <translation>certificate %1 has no private key: it cannot be enabled for %2</translation>
    </message>
    <message>
        <source>certificate %1 is not currently valid (%2): it cannot be enabled</source>
        <translation>certificate %1 is not currently valid (%2): it cannot be enabled</translation>
    </message>
    <message>
        <source>certificate %1 (%2) is the default SMTP certificate of server %3: give --replace-default to replace it</source>
        <translation>certificate %1 (%2) is the default SMTP certificate of server %3: give --replace-default to replace it</translation>
    </message>
    <message>
        <source>certificate %1 is self-signed: partners will not trust it for Domain Security</source>
        <translation>certificate %1 is self-signed: partners will not trust it for Domain Security</translation>
    </message>
    <message>
        <source>certificate %1 is not trusted: %2</source>
        <translation>certificate %1 is not trusted: %2</translation>
    </message>
    <message>
        <source>certificate %1 %2</source>
        <translation>certificate %1 %2</translation>
    </message>
    <message>
        <source>no certificate or pending request with thumbprint %1</source>
        <translation>no certificate or pending request with thumbprint %1</translation>
    </message>
    <message>
        <source>%1 is a pending request: it exports as its PKCS#10 request (pem or der)</source>
        <translation>%1 is a pending request: it exports as its PKCS#10 request (pem or der)</translation>
    </message>
    <message>
        <source>certificate %1 has no private key: export it as pem or der</source>
        <translation>certificate %1 has no private key: export it as pem or der</translation>
    </message>
    <message>
        <source>the private key of certificate %1 is not exportable</source>
        <translation>the private key of certificate %1 is not exportable</translation>
    </message>
    <message>
        <source>a PFX export needs a password (--password-file)</source>
        <translation>a PFX export needs a password (--password-file)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a CA certificate; trust the partner&apos;s root CA instead</source>
        <translation>%1: &quot;%2&quot; is not a CA certificate; trust the partner&apos;s root CA instead</translation>
    </message>
    <message>
        <source>no trusted root with thumbprint %1</source>
        <translation>no trusted root with thumbprint %1</translation>
    </message>
    <message>
        <source>the key of certificate %1: %2</source>
        <translation>the key of certificate %1: %2</translation>
    </message>
</context>
<context>
    <name>CertificateOperations</name>
    <message>
        <source>no certificate with thumbprint %1 on %2</source>
        <translation>no certificate with thumbprint %1 on %2</translation>
    </message>
    <message>
        <source>Remove certificate %1</source>
        <translation>Remove certificate %1</translation>
    </message>
    <message>
        <source>no pending request with thumbprint %1 on %2</source>
        <translation>no pending request with thumbprint %1 on %2</translation>
    </message>
    <message>
        <source>Remove pending request %1</source>
        <translation>Remove pending request %1</translation>
    </message>
    <message>
        <source>no certificate or pending request with thumbprint %1</source>
        <translation>no certificate or pending request with thumbprint %1</translation>
    </message>
    <message>
        <source>Enable certificate %1 for %2</source>
        <translation>Enable certificate %1 for %2</translation>
    </message>
    <message>
        <source>Add trusted root from %1</source>
        <translation>Add trusted root from %1</translation>
    </message>
    <message>
        <source>Remove trusted root %1</source>
        <translation>Remove trusted root %1</translation>
    </message>
</context>
<context>
    <name>CertificateRequest</name>
    <message>
        <source>an empty domain name</source>
        <translation>an empty domain name</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid DNS name: a wildcard may only be the leftmost label &quot;*.&quot;</source>
        <translation>&quot;%1&quot; is not a valid DNS name: a wildcard may only be the leftmost label &quot;*.&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid DNS name (it cannot be converted to an IDN A-label)</source>
        <translation>&quot;%1&quot; is not a valid DNS name (it cannot be converted to an IDN A-label)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid DNS name: it has an empty label</source>
        <translation>&quot;%1&quot; is not a valid DNS name: it has an empty label</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid DNS name: the label &quot;%2&quot; is longer than 63 characters</source>
        <translation>&quot;%1&quot; is not a valid DNS name: the label &quot;%2&quot; is longer than 63 characters</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid DNS name: character &apos;%2&apos; is not allowed (use a-z, 0-9, -)</source>
        <translation>&quot;%1&quot; is not a valid DNS name: character &apos;%2&apos; is not allowed (use a-z, 0-9, -)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid DNS name: a label cannot start or end with &apos;-&apos;</source>
        <translation>&quot;%1&quot; is not a valid DNS name: a label cannot start or end with &apos;-&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid DNS name: longer than 253 characters</source>
        <translation>&quot;%1&quot; is not a valid DNS name: longer than 253 characters</translation>
    </message>
    <message>
        <source>no key for the certificate request</source>
        <translation>no key for the certificate request</translation>
    </message>
    <message>
        <source>the subject needs a CN (the server&apos;s host name)</source>
        <translation>the subject needs a CN (the server&apos;s host name)</translation>
    </message>
    <message>
        <source>subject CN: %1</source>
        <translation>subject CN: %1</translation>
    </message>
    <message>
        <source>domain: %1</source>
        <translation>domain: %1</translation>
    </message>
    <message>
        <source>OpenSSL refuses the subject &quot;%1&quot;</source>
        <translation>OpenSSL refuses the subject &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot build the request: %1</source>
        <translation>cannot build the request: %1</translation>
    </message>
    <message>
        <source>cannot sign the request: %1</source>
        <translation>cannot sign the request: %1</translation>
    </message>
    <message>
        <source>not a DER PKCS#10 certificate request</source>
        <translation>not a DER PKCS#10 certificate request</translation>
    </message>
    <message>
        <source>no PEM certificate request found</source>
        <translation>no PEM certificate request found</translation>
    </message>
</context>
<context>
    <name>CertificateRules</name>
    <message>
        <source>%1 has no certificate enabled for SMTP.</source>
        <translation>%1 has no certificate enabled for SMTP.</translation>
    </message>
    <message>
        <source>The SMTP certificate of %1 has no private key, so TLS cannot use it.</source>
        <translation>The SMTP certificate of %1 has no private key, so TLS cannot use it.</translation>
    </message>
    <message>
        <source>Import the certificate that answers your own request, or a PKCS#12 file with its key.</source>
        <translation>Import the certificate that answers your own request, or a PKCS#12 file with its key.</translation>
    </message>
    <message>
        <source>The SMTP certificate of %1 is valid only from %2.</source>
        <translation>The SMTP certificate of %1 is valid only from %2.</translation>
    </message>
    <message>
        <source>Wait until then or use another certificate.</source>
        <translation>Wait until then or use another certificate.</translation>
    </message>
    <message>
        <source>The SMTP certificate of %1 expired on %2.</source>
        <translation>The SMTP certificate of %1 expired on %2.</translation>
    </message>
    <message>
        <source>Request and import a new certificate.</source>
        <translation>Request and import a new certificate.</translation>
    </message>
    <message>
        <source>The SMTP certificate of %1 expires on %2, in %3 days.</source>
        <translation>The SMTP certificate of %1 expires on %2, in %3 days.</translation>
    </message>
    <message>
        <source>Request a new certificate now and give the partners time to trust it.</source>
        <translation>Request a new certificate now and give the partners time to trust it.</translation>
    </message>
    <message>
        <source>The SMTP certificate of %1 is self-signed; partners cannot verify it.</source>
        <translation>The SMTP certificate of %1 is self-signed; partners cannot verify it.</translation>
    </message>
    <message>
        <source>Use a certificate issued by a CA your partners trust.</source>
        <translation>Use a certificate issued by a CA your partners trust.</translation>
    </message>
    <message>
        <source>The SMTP certificate of %1 lacks the clientAuth extended key usage; a partner that verifies client certificates will refuse it when %1 sends.</source>
        <translation>The SMTP certificate of %1 lacks the clientAuth extended key usage; a partner that verifies client certificates will refuse it when %1 sends.</translation>
    </message>
    <message>
        <source>Ask the CA for a certificate with both serverAuth and clientAuth.</source>
        <translation>Ask the CA for a certificate with both serverAuth and clientAuth.</translation>
    </message>
    <message>
        <source>Private keys are stored in the workspace without a passphrase.</source>
        <translation>Private keys are stored in the workspace without a passphrase.</translation>
    </message>
    <message>
        <source>Import a CA-issued certificate and enable it for SMTP.</source>
        <translation>Import a CA-issued certificate and enable it for SMTP.</translation>
    </message>
    <message>
        <source>Protect them with a workspace passphrase.</source>
        <translation>Protect them with a workspace passphrase.</translation>
    </message>
</context>
<context>
    <name>CertificateStatusEvaluator</name>
    <message>
        <source>expired on %1</source>
        <translation>expired on %1</translation>
    </message>
    <message>
        <source>not valid before %1</source>
        <translation>not valid before %1</translation>
    </message>
    <message>
        <source>no private key: it cannot be used for SMTP on this server</source>
        <translation>no private key: it cannot be used for SMTP on this server</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s), on %1</source>
        <translation>
            <numerusform>expires in %n day, on %1</numerusform>
            <numerusform>expires in %n days, on %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the stored certificate is damaged</source>
        <translation>the stored certificate is damaged</translation>
    </message>
    <message>
        <source>untrusted: %1</source>
        <translation>untrusted: %1</translation>
    </message>
    <message>
        <source>waiting for the CA&apos;s certificate (requested %1)</source>
        <translation>waiting for the CA&apos;s certificate (requested %1)</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Expiring soon</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>Not yet valid</translation>
    </message>
    <message>
        <source>Untrusted</source>
        <translation>Untrusted</translation>
    </message>
    <message>
        <source>No private key</source>
        <translation>No private key</translation>
    </message>
    <message>
        <source>Pending request</source>
        <translation>Pending request</translation>
    </message>
</context>
<context>
    <name>ChainVerifier</name>
    <message>
        <source>expired on %1</source>
        <translation>expired on %1</translation>
    </message>
    <message>
        <source>not valid before %1</source>
        <translation>not valid before %1</translation>
    </message>
    <message>
        <source>its issuer &quot;%1&quot; is neither a trusted root nor an imported intermediate</source>
        <translation>its issuer &quot;%1&quot; is neither a trusted root nor an imported intermediate</translation>
    </message>
    <message>
        <source>self-signed and not among the trusted roots (add it with &quot;trust add&quot;)</source>
        <translation>self-signed and not among the trusted roots (add it with &quot;trust add&quot;)</translation>
    </message>
    <message>
        <source>not allowed for TLS %1 authentication (key usage or extended key usage)</source>
        <translation>not allowed for TLS %1 authentication (key usage or extended key usage)</translation>
    </message>
    <message>
        <source>its signature does not verify</source>
        <translation>its signature does not verify</translation>
    </message>
    <message>
        <source>it signs other certificates but is not a CA</source>
        <translation>it signs other certificates but is not a CA</translation>
    </message>
    <message>
        <source>server</source>
        <translation>server</translation>
    </message>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation>no certificate</translation>
    </message>
    <message>
        <source>cannot set up chain verification: %1</source>
        <translation>cannot set up chain verification: %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>the certificate: %1</source>
        <translation>the certificate: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the chain: %2</source>
        <translation>&quot;%1&quot; in the chain: %2</translation>
    </message>
</context>
<context>
    <name>Change</name>
    <message>
        <source>no server &quot;%1&quot; in the workspace</source>
        <translation>no server &quot;%1&quot; in the workspace</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Usage: domainsecure-cli COMMAND [SUBCOMMAND] [OPTIONS]</source>
        <translation>Usage: domainsecure-cli COMMAND [SUBCOMMAND] [OPTIONS]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Run &quot;domainsecure-cli COMMAND --help&quot; for the options of a command.</source>
        <translation>Run &quot;domainsecure-cli COMMAND --help&quot; for the options of a command.</translation>
    </message>
    <message>
        <source>domainsecure-cli: unknown command &quot;%1&quot;</source>
        <translation>domainsecure-cli: unknown command &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Set, change or remove the passphrase that encrypts the workspace keys</source>
        <translation>Set, change or remove the passphrase that encrypts the workspace keys</translation>
    </message>
    <message>
        <source>Certificate requests, import, enable, export</source>
        <translation>Certificate requests, import, enable, export</translation>
    </message>
    <message>
        <source>Trusted partner root CAs</source>
        <translation>Trusted partner root CAs</translation>
    </message>
    <message>
        <source>Receive connectors of a server (new, list, show, set, remove)</source>
        <translation>Receive connectors of a server (new, list, show, set, remove)</translation>
    </message>
    <message>
        <source>Send connectors of the organization (new, list, show, set, remove)</source>
        <translation>Send connectors of the organization (new, list, show, set, remove)</translation>
    </message>
    <message>
        <source>The domain-secure send and receive lists (add, remove, list)</source>
        <translation>The domain-secure send and receive lists (add, remove, list)</translation>
    </message>
    <message>
        <source>Validate the workspace (exit 1 when an error is found)</source>
        <translation>Validate the workspace (exit 1 when an error is found)</translation>
    </message>
    <message>
        <source>Export a server&apos;s configuration (exchange script, postfix bundle [--apply])</source>
        <translation>Export a server&apos;s configuration (exchange script, postfix bundle [--apply])</translation>
    </message>
    <message>
        <source>Test SMTP STARTTLS / mutual TLS with a partner gateway</source>
        <translation>Test SMTP STARTTLS / mutual TLS with a partner gateway</translation>
    </message>
    <message>
        <source>Global options (before or after the command):</source>
        <translation>Global options (before or after the command):</translation>
    </message>
    <message>
        <source>Usage: domainsecure-cli %1 SUBCOMMAND [OPTIONS]</source>
        <translation>Usage: domainsecure-cli %1 SUBCOMMAND [OPTIONS]</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>Subcommands:</translation>
    </message>
    <message>
        <source>Run &quot;domainsecure-cli %1 SUBCOMMAND --help&quot; for the options of a subcommand.</source>
        <translation>Run &quot;domainsecure-cli %1 SUBCOMMAND --help&quot; for the options of a subcommand.</translation>
    </message>
    <message>
        <source>domainsecure-cli: unknown option &quot;%1&quot;</source>
        <translation>domainsecure-cli: unknown option &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: expected a subcommand: %2</source>
        <translation>%1: expected a subcommand: %2</translation>
    </message>
    <message>
        <source>%1: unknown subcommand &quot;%2&quot; (expected %3)</source>
        <translation>%1: unknown subcommand &quot;%2&quot; (expected %3)</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>The organization&apos;s Edge and Hub Transport servers (add, set, list, remove)</source>
        <translation>The organization&apos;s Edge and Hub Transport servers (add, set, list, remove)</translation>
    </message>
    <message>
        <source>Set up a domain-secure partner (add) and pin its certificates (cert add, cert list, cert remove)</source>
        <translation>Set up a domain-secure partner (add) and pin its certificates (cert add, cert list, cert remove)</translation>
    </message>
    <message>
        <source>Create a workspace (init) or the bundled demo (demo); set the organization&apos;s Exchange release (set)</source>
        <translation>Create a workspace (init) or the bundled demo (demo); set the organization&apos;s Exchange release (set)</translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <source>The workspace file (default: $DOMAINSECURE_WORKSPACE).</source>
        <translation>The workspace file (default: $DOMAINSECURE_WORKSPACE).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Read the workspace passphrase from the first line of FILE.</source>
        <translation>Read the workspace passphrase from the first line of FILE.</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Print machine-readable JSON.</translation>
    </message>
    <message>
        <source>no workspace: give -w FILE or set DOMAINSECURE_WORKSPACE</source>
        <translation>no workspace: give -w FILE or set DOMAINSECURE_WORKSPACE</translation>
    </message>
    <message>
        <source>%1: cannot read the password file: %2</source>
        <translation>%1: cannot read the password file: %2</translation>
    </message>
    <message>
        <source>%1: the workspace keys are protected by a passphrase: give --passphrase-file FILE</source>
        <translation>%1: the workspace keys are protected by a passphrase: give --passphrase-file FILE</translation>
    </message>
</context>
<context>
    <name>CmdletContracts</name>
    <message>
        <source>a standalone Edge Transport server</source>
        <translation>a standalone Edge Transport server</translation>
    </message>
    <message>
        <source>a subscribed Edge Transport server</source>
        <translation>a subscribed Edge Transport server</translation>
    </message>
    <message>
        <source>a Hub Transport server</source>
        <translation>a Hub Transport server</translation>
    </message>
    <message>
        <source>%1 is not in the cmdlet contract table</source>
        <translation>%1 is not in the cmdlet contract table</translation>
    </message>
    <message>
        <source>%1 must not run on %2</source>
        <translation>%1 must not run on %2</translation>
    </message>
    <message>
        <source>%1: -%2 is given twice</source>
        <translation>%1: -%2 is given twice</translation>
    </message>
    <message>
        <source>%1: the switch -%2 takes no value</source>
        <translation>%1: the switch -%2 takes no value</translation>
    </message>
    <message>
        <source>%1: -%2 needs a value</source>
        <translation>%1: -%2 needs a value</translation>
    </message>
    <message>
        <source>%1: -%2 is not valid on an Edge Transport server</source>
        <translation>%1: -%2 is not valid on an Edge Transport server</translation>
    </message>
    <message numerus="yes">
        <source>%1 takes at most %n positional argument(s)</source>
        <translation>
            <numerusform>%1 takes at most %n positional argument</numerusform>
            <numerusform>%1 takes at most %n positional arguments</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 -Usage %2 needs -%3</source>
        <translation>%1 -Usage %2 needs -%3</translation>
    </message>
    <message>
        <source>%1 -Usage %2 cannot be combined with -%3</source>
        <translation>%1 -Usage %2 cannot be combined with -%3</translation>
    </message>
    <message>
        <source>%1 -Usage %2 does not exist on an Edge Transport server</source>
        <translation>%1 -Usage %2 does not exist on an Edge Transport server</translation>
    </message>
    <message>
        <source>a Mailbox server</source>
        <translation>a Mailbox server</translation>
    </message>
    <message>
        <source>%1 has no parameter -%2 in %3</source>
        <translation>%1 has no parameter -%2 in %3</translation>
    </message>
    <message>
        <source>%1: -%2 takes no @{Add=…} in %3</source>
        <translation>%1: -%2 takes no @{Add=…} in %3</translation>
    </message>
    <message>
        <source>%1: -TransportRole is only for a Mailbox server</source>
        <translation>%1: -TransportRole is only for a Mailbox server</translation>
    </message>
    <message>
        <source>Exchange Online</source>
        <translation>Exchange Online</translation>
    </message>
    <message>
        <source>%1 does not exist in %2</source>
        <translation>%1 does not exist in %2</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>&amp;Copy Thumbprint</source>
        <translation>&amp;Copy Thumbprint</translation>
    </message>
    <message>
        <source>Remove Certificate</source>
        <translation>Remove Certificate</translation>
    </message>
    <message>
        <source>Remove Pending Request</source>
        <translation>Remove Pending Request</translation>
    </message>
    <message>
        <source>Remove Trusted Root</source>
        <translation>Remove Trusted Root</translation>
    </message>
    <message>
        <source>Remove Receive Connector</source>
        <translation>Remove Receive Connector</translation>
    </message>
    <message>
        <source>Remove Send Connector</source>
        <translation>Remove Send Connector</translation>
    </message>
    <message>
        <source>Add &amp;Domain-Secure Domain...</source>
        <translation>Add &amp;Domain-Secure Domain...</translation>
    </message>
    <message>
        <source>Remove Domain-Secure Domain</source>
        <translation>Remove Domain-Secure Domain</translation>
    </message>
    <message>
        <source>&amp;Open Workspace...</source>
        <translation>&amp;Open Workspace...</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Save &amp;As...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Settings...</translation>
    </message>
    <message>
        <source>&amp;About DomainSecure</source>
        <translation>&amp;About DomainSecure</translation>
    </message>
    <message>
        <source>E&amp;xport Configuration…</source>
        <translation>E&amp;xport Configuration…</translation>
    </message>
    <message>
        <source>Preview, compare and write the configuration of a server (Exchange shell script or Postfix)</source>
        <translation>Preview, compare and write the configuration of a server (Exchange shell script or Postfix)</translation>
    </message>
    <message>
        <source>&amp;Test Connection…</source>
        <translation>&amp;Test Connection…</translation>
    </message>
    <message>
        <source>Test STARTTLS and mutual TLS with the partner&apos;s gateway</source>
        <translation>Test STARTTLS and mutual TLS with the partner&apos;s gateway</translation>
    </message>
    <message>
        <source>&amp;Self-Test Connection…</source>
        <translation>&amp;Self-Test Connection…</translation>
    </message>
    <message>
        <source>Self-test: connect to this connector&apos;s binding as a partner would</source>
        <translation>Self-test: connect to this connector&apos;s binding as a partner would</translation>
    </message>
    <message>
        <source>Test &amp;Connection…</source>
        <translation>Test &amp;Connection…</translation>
    </message>
    <message>
        <source>Test STARTTLS and mutual TLS with any SMTP host</source>
        <translation>Test STARTTLS and mutual TLS with any SMTP host</translation>
    </message>
    <message>
        <source>&amp;New Certificate Request...</source>
        <translation>&amp;New Certificate Request...</translation>
    </message>
    <message>
        <source>Create a key and a certificate request for a CA</source>
        <translation>Create a key and a certificate request for a CA</translation>
    </message>
    <message>
        <source>&amp;Import Certificate...</source>
        <translation>&amp;Import Certificate...</translation>
    </message>
    <message>
        <source>Import the certificate a CA issued, or a PKCS#12 file</source>
        <translation>Import the certificate a CA issued, or a PKCS#12 file</translation>
    </message>
    <message>
        <source>&amp;View Certificate</source>
        <translation>&amp;View Certificate</translation>
    </message>
    <message>
        <source>&amp;Enable Certificate...</source>
        <translation>&amp;Enable Certificate...</translation>
    </message>
    <message>
        <source>Enable the certificate for SMTP and other services</source>
        <translation>Enable the certificate for SMTP and other services</translation>
    </message>
    <message>
        <source>E&amp;xport Certificate...</source>
        <translation>E&amp;xport Certificate...</translation>
    </message>
    <message>
        <source>Re&amp;new Certificate...</source>
        <translation>Re&amp;new Certificate...</translation>
    </message>
    <message>
        <source>A new request with the names of this certificate</source>
        <translation>A new request with the names of this certificate</translation>
    </message>
    <message>
        <source>&amp;View Request</source>
        <translation>&amp;View Request</translation>
    </message>
    <message>
        <source>E&amp;xport Request...</source>
        <translation>E&amp;xport Request...</translation>
    </message>
    <message>
        <source>Save the request file again to send it to the CA</source>
        <translation>Save the request file again to send it to the CA</translation>
    </message>
    <message>
        <source>&amp;Add Trusted Root...</source>
        <translation>&amp;Add Trusted Root...</translation>
    </message>
    <message>
        <source>Trust a partner&apos;s root CA certificate</source>
        <translation>Trust a partner&apos;s root CA certificate</translation>
    </message>
    <message>
        <source>New &amp;Receive Connector...</source>
        <translation>New &amp;Receive Connector...</translation>
    </message>
    <message>
        <source>Create a receive connector on the server</source>
        <translation>Create a receive connector on the server</translation>
    </message>
    <message>
        <source>Receive Connector &amp;Properties</source>
        <translation>Receive Connector &amp;Properties</translation>
    </message>
    <message>
        <source>New &amp;Send Connector...</source>
        <translation>New &amp;Send Connector...</translation>
    </message>
    <message>
        <source>Create a send connector for the organization</source>
        <translation>Create a send connector for the organization</translation>
    </message>
    <message>
        <source>Send Connector P&amp;roperties</source>
        <translation>Send Connector P&amp;roperties</translation>
    </message>
    <message>
        <source>New &amp;Partner...</source>
        <translation>New &amp;Partner...</translation>
    </message>
    <message>
        <source>Set up domain security with a partner: both connectors and both list entries</source>
        <translation>Set up domain security with a partner: both connectors and both list entries</translation>
    </message>
    <message>
        <source>Domain-Secure &amp;Lists...</source>
        <translation>Domain-Secure &amp;Lists...</translation>
    </message>
    <message>
        <source>The send and receive lists with the state of each domain</source>
        <translation>The send and receive lists with the state of each domain</translation>
    </message>
    <message>
        <source>Workspace &amp;Passphrase...</source>
        <translation>Workspace &amp;Passphrase...</translation>
    </message>
    <message>
        <source>Encrypt the private keys of the workspace, or change the passphrase</source>
        <translation>Encrypt the private keys of the workspace, or change the passphrase</translation>
    </message>
    <message>
        <source>Server Pr&amp;operties</source>
        <translation>Server Pr&amp;operties</translation>
    </message>
    <message>
        <source>The server&apos;s role and, for an Edge, its subscription</source>
        <translation>The server&apos;s role and, for an Edge, its subscription</translation>
    </message>
    <message>
        <source>Organi&amp;zation Properties</source>
        <translation>Organi&amp;zation Properties</translation>
    </message>
    <message>
        <source>The organization&apos;s Exchange release</source>
        <translation>The organization&apos;s Exchange release</translation>
    </message>
</context>
<context>
    <name>ConnectorCommands</name>
    <message>
        <source>Remove the receive connector %1 from %2?</source>
        <translation>Remove the receive connector %1 from %2?</translation>
    </message>
    <message>
        <source>Remove %1 receive connectors from %2?</source>
        <translation>Remove %1 receive connectors from %2?</translation>
    </message>
    <message>
        <source>Remove Receive Connector</source>
        <translation>Remove Receive Connector</translation>
    </message>
    <message>
        <source>Remove the send connector %1?</source>
        <translation>Remove the send connector %1?</translation>
    </message>
    <message>
        <source>Remove %1 send connectors?</source>
        <translation>Remove %1 send connectors?</translation>
    </message>
    <message>
        <source>Remove Send Connector</source>
        <translation>Remove Send Connector</translation>
    </message>
</context>
<context>
    <name>ConnectorOperations</name>
    <message>
        <source>no receive connector &quot;%1&quot; on %2</source>
        <translation>no receive connector &quot;%1&quot; on %2</translation>
    </message>
    <message>
        <source>no send connector &quot;%1&quot;</source>
        <translation>no send connector &quot;%1&quot;</translation>
    </message>
    <message>
        <source>New receive connector %1</source>
        <translation>New receive connector %1</translation>
    </message>
    <message>
        <source>Change receive connector %1</source>
        <translation>Change receive connector %1</translation>
    </message>
    <message>
        <source>Remove receive connector %1</source>
        <translation>Remove receive connector %1</translation>
    </message>
    <message>
        <source>New send connector %1</source>
        <translation>New send connector %1</translation>
    </message>
    <message>
        <source>Change send connector %1</source>
        <translation>Change send connector %1</translation>
    </message>
    <message>
        <source>Remove send connector %1</source>
        <translation>Remove send connector %1</translation>
    </message>
</context>
<context>
    <name>ConnectorOptions</name>
    <message>
        <source>--%1: expected true or false, not &quot;%2&quot;</source>
        <translation>--%1: expected true or false, not &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--protocol-logging: expected None or Verbose, not &quot;%1&quot;</source>
        <translation>--protocol-logging: expected None or Verbose, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Comment.</source>
        <translation>Comment.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Connection inactivity timeout [d.]hh:mm:ss.</source>
        <translation>Connection inactivity timeout [d.]hh:mm:ss.</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <source>Protocol logging level: None or Verbose.</source>
        <translation>Protocol logging level: None or Verbose.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>LEVEL</translation>
    </message>
    <message>
        <source>Rename the connector.</source>
        <translation>Rename the connector.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Domain security (mutual TLS): true or false.</source>
        <translation>Domain security (mutual TLS): true or false.</translation>
    </message>
    <message>
        <source>BOOL</source>
        <translation>BOOL</translation>
    </message>
    <message>
        <source>Require TLS: true or false.</source>
        <translation>Require TLS: true or false.</translation>
    </message>
    <message>
        <source>Enabled: true or false.</source>
        <translation>Enabled: true or false.</translation>
    </message>
    <message>
        <source>Turn domain security (mutual TLS) on.</source>
        <translation>Turn domain security (mutual TLS) on.</translation>
    </message>
    <message>
        <source>Require TLS.</source>
        <translation>Require TLS.</translation>
    </message>
    <message>
        <source>Create the connector disabled.</source>
        <translation>Create the connector disabled.</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>comment</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
</context>
<context>
    <name>ConnectorPresets</name>
    <message>
        <source>Custom: TLS offered, no permission group; you choose everything else.</source>
        <translation>Custom: TLS offered, no permission group; you choose everything else.</translation>
    </message>
    <message>
        <source>Internet: anonymous senders from every address, TLS offered.</source>
        <translation>Internet: anonymous senders from every address, TLS offered.</translation>
    </message>
    <message>
        <source>Internal: your own Exchange servers, Exchange Server authentication.</source>
        <translation>Internal: your own Exchange servers, Exchange Server authentication.</translation>
    </message>
    <message>
        <source>Client: authenticated users on port 587 (not on an Edge server).</source>
        <translation>Client: authenticated users on port 587 (not on an Edge server).</translation>
    </message>
    <message>
        <source>Partner: only the partner&apos;s servers, mutual TLS with domain security, Partners group.</source>
        <translation>Partner: only the partner&apos;s servers, mutual TLS with domain security, Partners group.</translation>
    </message>
    <message>
        <source>Custom: Exchange&apos;s defaults; you choose everything else.</source>
        <translation>Custom: Exchange&apos;s defaults; you choose everything else.</translation>
    </message>
    <message>
        <source>Internet: deliver by DNS MX lookup.</source>
        <translation>Internet: deliver by DNS MX lookup.</translation>
    </message>
    <message>
        <source>Internal: forward through smart hosts of your own organization.</source>
        <translation>Internal: forward through smart hosts of your own organization.</translation>
    </message>
    <message>
        <source>Partner: DNS routing with domain security (mutual TLS) for the domains on the send list.</source>
        <translation>Partner: DNS routing with domain security (mutual TLS) for the domains on the send list.</translation>
    </message>
</context>
<context>
    <name>ConnectorVerbs</name>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
</context>
<context>
    <name>CoreDumps</name>
    <message>
        <source>cannot disable core dumps: %1</source>
        <translation>cannot disable core dumps: %1</translation>
    </message>
</context>
<context>
    <name>DistinguishedName</name>
    <message>
        <source>the distinguished name is empty (expected e.g. CN=mail.contoso.com)</source>
        <translation>the distinguished name is empty (expected e.g. CN=mail.contoso.com)</translation>
    </message>
    <message>
        <source>empty attribute at position %1 of &quot;%2&quot; (a stray comma?)</source>
        <translation>empty attribute at position %1 of &quot;%2&quot; (a stray comma?)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at position %2 has no &quot;=&quot; (expected TYPE=value)</source>
        <translation>&quot;%1&quot; at position %2 has no &quot;=&quot; (expected TYPE=value)</translation>
    </message>
    <message>
        <source>unknown attribute type &quot;%1&quot; at position %2: use CN, O, OU, L, ST or C</source>
        <translation>unknown attribute type &quot;%1&quot; at position %2: use CN, O, OU, L, ST or C</translation>
    </message>
    <message>
        <source>%1: hexadecimal (#...) values are not supported; write the text</source>
        <translation>%1: hexadecimal (#...) values are not supported; write the text</translation>
    </message>
    <message>
        <source>%1: the value ends with a lone backslash</source>
        <translation>%1: the value ends with a lone backslash</translation>
    </message>
    <message>
        <source>%1: bad escape &quot;\%2&quot; at position %3</source>
        <translation>%1: bad escape &quot;\%2&quot; at position %3</translation>
    </message>
    <message>
        <source>%1: character &apos;%2&apos; at position %3 must be escaped with a backslash</source>
        <translation>%1: character &apos;%2&apos; at position %3 must be escaped with a backslash</translation>
    </message>
    <message>
        <source>%1: control character at position %2</source>
        <translation>%1: control character at position %2</translation>
    </message>
    <message>
        <source>%1 has an empty value</source>
        <translation>%1 has an empty value</translation>
    </message>
    <message>
        <source>country &quot;%1&quot; must be a two-letter ISO 3166 code, e.g. C=JP</source>
        <translation>country &quot;%1&quot; must be a two-letter ISO 3166 code, e.g. C=JP</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is longer than %3 characters</source>
        <translation>%1 &quot;%2&quot; is longer than %3 characters</translation>
    </message>
    <message>
        <source>the distinguished name ends with a separator</source>
        <translation>the distinguished name ends with a separator</translation>
    </message>
</context>
<context>
    <name>DomainSecureChangeVerb</name>
    <message>
        <source>Add domains to the domain-secure lists.</source>
        <translation>Add domains to the domain-secure lists.</translation>
    </message>
    <message>
        <source>Remove domains from the domain-secure lists.</source>
        <translation>Remove domains from the domain-secure lists.</translation>
    </message>
    <message>
        <source>A domain for TLSSendDomainSecureList (repeatable).</source>
        <translation>A domain for TLSSendDomainSecureList (repeatable).</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMAIN</translation>
    </message>
    <message>
        <source>A domain for TLSReceiveDomainSecureList (repeatable).</source>
        <translation>A domain for TLSReceiveDomainSecureList (repeatable).</translation>
    </message>
    <message>
        <source>domain-secure: give domains with --send or --receive, not &quot;%1&quot;</source>
        <translation>domain-secure: give domains with --send or --receive, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>domain-secure: give at least one --send or --receive domain</source>
        <translation>domain-secure: give at least one --send or --receive domain</translation>
    </message>
</context>
<context>
    <name>DomainSecureListRules</name>
    <message>
        <source>Replace it with a plain domain such as fabrikam.example.</source>
        <translation>Replace it with a plain domain such as fabrikam.example.</translation>
    </message>
    <message>
        <source>%1 is on the %2 list more than once.</source>
        <translation>%1 is on the %2 list more than once.</translation>
    </message>
    <message>
        <source>Remove the duplicate.</source>
        <translation>Remove the duplicate.</translation>
    </message>
    <message>
        <source>%1 is on the send list but no domain-secure send connector has it as address space.</source>
        <translation>%1 is on the send list but no domain-secure send connector has it as address space.</translation>
    </message>
    <message>
        <source>Create a Partner send connector for %1, or remove it from the list.</source>
        <translation>Create a Partner send connector for %1, or remove it from the list.</translation>
    </message>
    <message>
        <source>%1 is on the receive list but no domain-secure receive connector serves it.</source>
        <translation>%1 is on the receive list but no domain-secure receive connector serves it.</translation>
    </message>
    <message>
        <source>%1 is on the send list only: mail from it is not treated as domain secured.</source>
        <translation>%1 is on the send list only: mail from it is not treated as domain secured.</translation>
    </message>
    <message>
        <source>Add it to the receive list too for two-way domain security.</source>
        <translation>Add it to the receive list too for two-way domain security.</translation>
    </message>
    <message>
        <source>Create a Partner receive connector for %1, or remove it from the list.</source>
        <translation>Create a Partner receive connector for %1, or remove it from the list.</translation>
    </message>
</context>
<context>
    <name>DomainSecureListVerb</name>
    <message>
        <source>Show the domain-secure send and receive lists.</source>
        <translation>Show the domain-secure send and receive lists.</translation>
    </message>
</context>
<context>
    <name>DomainSecurityCommands</name>
    <message>
        <source>Add Domain-Secure Domain</source>
        <translation>Add Domain-Secure Domain</translation>
    </message>
    <message>
        <source>Partner domain (added to the send and receive lists):</source>
        <translation>Partner domain (added to the send and receive lists):</translation>
    </message>
    <message>
        <source>Remove Domain-Secure Domain</source>
        <translation>Remove Domain-Secure Domain</translation>
    </message>
    <message>
        <source>Remove %1 from the send and receive domain-secure lists?</source>
        <translation>Remove %1 from the send and receive domain-secure lists?</translation>
    </message>
    <message>
        <source>Domain Security</source>
        <translation>Domain Security</translation>
    </message>
</context>
<context>
    <name>DurableBatch</name>
    <message>
        <source>%1 could not be put back (%2)</source>
        <translation>%1 could not be put back (%2)</translation>
    </message>
    <message>
        <source>%1 could not be removed again (%2)</source>
        <translation>%1 could not be removed again (%2)</translation>
    </message>
    <message>
        <source>the previous files were not all restored: %1</source>
        <translation>the previous files were not all restored: %1</translation>
    </message>
</context>
<context>
    <name>ExchangeCertificateCommands</name>
    <message>
        <source>subject</source>
        <translation>subject</translation>
    </message>
    <message>
        <source>request file</source>
        <translation>request file</translation>
    </message>
    <message>
        <source>domain name</source>
        <translation>domain name</translation>
    </message>
    <message>
        <source>friendly name</source>
        <translation>friendly name</translation>
    </message>
    <message>
        <source>certificate file</source>
        <translation>certificate file</translation>
    </message>
    <message>
        <source>thumbprint</source>
        <translation>thumbprint</translation>
    </message>
    <message>
        <source>export file</source>
        <translation>export file</translation>
    </message>
    <message>
        <source>the attribute %1 has no name DomainSecure knows in Windows</source>
        <translation>the attribute %1 has no name DomainSecure knows in Windows</translation>
    </message>
    <message>
        <source># %1 makes RSA keys of 1024, 2048 or 4096 bits only; %2 has no equivalent, the command below asks for RSA 2048.</source>
        <translation># %1 makes RSA keys of 1024, 2048 or 4096 bits only; %2 has no equivalent, the command below asks for RSA 2048.</translation>
    </message>
    <message>
        <source>Exchange Online presents Microsoft&apos;s certificate and has no certificate of the organization&apos;s own: there is no Exchange Online command for this</source>
        <translation>Exchange Online presents Microsoft&apos;s certificate and has no certificate of the organization&apos;s own: there is no Exchange Online command for this</translation>
    </message>
</context>
<context>
    <name>ExchangeConnectorCommands</name>
    <message>
        <source>%1 has the unsupported value &quot;%2&quot;</source>
        <translation>%1 has the unsupported value &quot;%2&quot;</translation>
    </message>
    <message>
        <source>authentication mechanism</source>
        <translation>authentication mechanism</translation>
    </message>
    <message>
        <source>permission group</source>
        <translation>permission group</translation>
    </message>
    <message>
        <source>maximum message size</source>
        <translation>maximum message size</translation>
    </message>
    <message>
        <source>connection timeout</source>
        <translation>connection timeout</translation>
    </message>
    <message>
        <source>connection inactivity timeout</source>
        <translation>connection inactivity timeout</translation>
    </message>
    <message>
        <source>protocol logging level</source>
        <translation>protocol logging level</translation>
    </message>
    <message>
        <source>address space</source>
        <translation>address space</translation>
    </message>
    <message>
        <source>smart host</source>
        <translation>smart host</translation>
    </message>
    <message>
        <source>smart host authentication</source>
        <translation>smart host authentication</translation>
    </message>
    <message>
        <source>source server</source>
        <translation>source server</translation>
    </message>
    <message>
        <source>receive connector name &quot;%1&quot; contains a backslash</source>
        <translation>receive connector name &quot;%1&quot; contains a backslash</translation>
    </message>
    <message>
        <source>receive connector name</source>
        <translation>receive connector name</translation>
    </message>
    <message>
        <source>usage</source>
        <translation>usage</translation>
    </message>
    <message>
        <source>binding</source>
        <translation>binding</translation>
    </message>
    <message>
        <source>remote IP range</source>
        <translation>remote IP range</translation>
    </message>
    <message>
        <source>FQDN</source>
        <translation>FQDN</translation>
    </message>
    <message>
        <source>banner</source>
        <translation>banner</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>comment</translation>
    </message>
    <message>
        <source>server name</source>
        <translation>server name</translation>
    </message>
    <message>
        <source>send connector name</source>
        <translation>send connector name</translation>
    </message>
    <message>
        <source>domain-secure domain</source>
        <translation>domain-secure domain</translation>
    </message>
    <message>
        <source>TLS authentication level</source>
        <translation>TLS authentication level</translation>
    </message>
    <message>
        <source>TLS domain</source>
        <translation>TLS domain</translation>
    </message>
    <message>
        <source>TLS certificate name</source>
        <translation>TLS certificate name</translation>
    </message>
</context>
<context>
    <name>ExchangeOnlineExporter</name>
    <message>
        <source>partner domain</source>
        <translation>partner domain</translation>
    </message>
    <message>
        <source>certificate name</source>
        <translation>certificate name</translation>
    </message>
    <message>
        <source>sender IP address</source>
        <translation>sender IP address</translation>
    </message>
    <message>
        <source>recipient domain</source>
        <translation>recipient domain</translation>
    </message>
    <message>
        <source>TLS domain</source>
        <translation>TLS domain</translation>
    </message>
    <message>
        <source>send connector %1 routes through smart hosts but names none</source>
        <translation>send connector %1 routes through smart hosts but names none</translation>
    </message>
    <message>
        <source>smart host</source>
        <translation>smart host</translation>
    </message>
    <message>
        <source>send connector comment</source>
        <translation>send connector comment</translation>
    </message>
    <message>
        <source>Exchange Online PowerShell script</source>
        <translation>Exchange Online PowerShell script</translation>
    </message>
    <message>
        <source>inbound connector name</source>
        <translation>inbound connector name</translation>
    </message>
    <message>
        <source>outbound connector name</source>
        <translation>outbound connector name</translation>
    </message>
    <message>
        <source>DomainSecure export: Exchange Online PowerShell script</source>
        <translation>DomainSecure export: Exchange Online PowerShell script</translation>
    </message>
    <message>
        <source>Organization %1.</source>
        <translation>Organization %1.</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>organization</translation>
    </message>
    <message>
        <source>Runs in: Windows PowerShell 5.1 or PowerShell 7 with the ExchangeOnlineManagement module,</source>
        <translation>Runs in: Windows PowerShell 5.1 or PowerShell 7 with the ExchangeOnlineManagement module,</translation>
    </message>
    <message>
        <source>as an Exchange administrator of the organization&apos;s Microsoft 365 tenant. It is one script</source>
        <translation>as an Exchange administrator of the organization&apos;s Microsoft 365 tenant. It is one script</translation>
    </message>
    <message>
        <source>for the whole organization (Exchange Online has no servers of yours); it signs in with</source>
        <translation>for the whole organization (Exchange Online has no servers of yours); it signs in with</translation>
    </message>
    <message>
        <source>Connect-ExchangeOnline unless this session is connected already.</source>
        <translation>Connect-ExchangeOnline unless this session is connected already.</translation>
    </message>
    <message>
        <source>Exchange Online has no receive connectors, domain-secure lists or Edge servers: each domain</source>
        <translation>Exchange Online has no receive connectors, domain-secure lists or Edge servers: each domain</translation>
    </message>
    <message>
        <source>of the domain-secure receive list becomes a Partner inbound connector that requires TLS with</source>
        <translation>of the domain-secure receive list becomes a Partner inbound connector that requires TLS with</translation>
    </message>
    <message>
        <source>No certificate is imported: Exchange Online presents Microsoft&apos;s certificate for %1,</source>
        <translation>No certificate is imported: Exchange Online presents Microsoft&apos;s certificate for %1,</translation>
    </message>
    <message>
        <source>so partners trust that name and its public CA instead of a certificate of yours. Partner</source>
        <translation>so partners trust that name and its public CA instead of a certificate of yours. Partner</translation>
    </message>
    <message>
        <source>root CAs cannot be added: Exchange Online accepts only certificates of publicly trusted CAs.</source>
        <translation>root CAs cannot be added: Exchange Online accepts only certificates of publicly trusted CAs.</translation>
    </message>
    <message>
        <source>Every value taken from the workspace is a single-quoted literal, so nothing in it is</source>
        <translation>Every value taken from the workspace is a single-quoted literal, so nothing in it is</translation>
    </message>
    <message>
        <source>expanded or executed. The script stops at the first error; running it again updates what</source>
        <translation>expanded or executed. The script stops at the first error; running it again updates what</translation>
    </message>
    <message>
        <source>already exists.</source>
        <translation>already exists.</translation>
    </message>
    <message>
        <source>Step %1: Partner inbound connectors, one per domain of the domain-secure receive list</source>
        <translation>Step %1: Partner inbound connectors, one per domain of the domain-secure receive list</translation>
    </message>
    <message>
        <source>(Get- then Set-, else New-).</source>
        <translation>(Get- then Set-, else New-).</translation>
    </message>
    <message>
        <source>The domain-secure receive list is empty: no inbound connector.</source>
        <translation>The domain-secure receive list is empty: no inbound connector.</translation>
    </message>
    <message>
        <source>Step %1.%2: mail from %3 only over TLS with a certificate for %4.</source>
        <translation>Step %1.%2: mail from %3 only over TLS with a certificate for %4.</translation>
    </message>
    <message>
        <source>Only from the addresses of %1.</source>
        <translation>Only from the addresses of %1.</translation>
    </message>
    <message>
        <source>receive connector identity</source>
        <translation>receive connector identity</translation>
    </message>
    <message>
        <source>Step %1: Partner outbound connectors, one per domain-secure send connector and TLS domain</source>
        <translation>Step %1: Partner outbound connectors, one per domain-secure send connector and TLS domain</translation>
    </message>
    <message>
        <source>The workspace has no domain-secure send connector: no outbound connector.</source>
        <translation>The workspace has no domain-secure send connector: no outbound connector.</translation>
    </message>
    <message>
        <source>Step %1.%2: send connector %3: mail to %4 only over TLS to a certificate for %5, %6.</source>
        <translation>Step %1.%2: send connector %3: mail to %4 only over TLS to a certificate for %5, %6.</translation>
    </message>
    <message>
        <source>send connector name</source>
        <translation>send connector name</translation>
    </message>
    <message>
        <source>by MX</source>
        <translation>by MX</translation>
    </message>
    <message>
        <source>through the smart hosts</source>
        <translation>through the smart hosts</translation>
    </message>
    <message>
        <source>Step %1: verify what this script configured; each failed check prints a warning.</source>
        <translation>Step %1: verify what this script configured; each failed check prints a warning.</translation>
    </message>
    <message>
        <source>message</source>
        <translation>message</translation>
    </message>
    <message>
        <source>Inbound connector %1 does not require TLS with the partner&apos;s certificate.</source>
        <translation>Inbound connector %1 does not require TLS with the partner&apos;s certificate.</translation>
    </message>
    <message>
        <source>Inbound connector %1 is not for %2.</source>
        <translation>Inbound connector %1 is not for %2.</translation>
    </message>
    <message>
        <source>Outbound connector %1 does not validate the certificate of %2.</source>
        <translation>Outbound connector %1 does not validate the certificate of %2.</translation>
    </message>
    <message>
        <source>Verification passed.</source>
        <translation>Verification passed.</translation>
    </message>
    <message>
        <source>Verification: checks failed:</source>
        <translation>Verification: checks failed:</translation>
    </message>
    <message>
        <source>Tell each partner what to trust instead of a certificate of yours: mail from this</source>
        <translation>Tell each partner what to trust instead of a certificate of yours: mail from this</translation>
    </message>
    <message>
        <source>organization now comes from Exchange Online with Microsoft&apos;s certificate for %1</source>
        <translation>organization now comes from Exchange Online with Microsoft&apos;s certificate for %1</translation>
    </message>
    <message>
        <source>(a public CA), and mail to it goes to your MX host in Exchange Online.</source>
        <translation>(a public CA), and mail to it goes to your MX host in Exchange Online.</translation>
    </message>
    <message>
        <source>Partner %1: trust the certificate name %2 (public CA) for mail from %3, and send over TLS to the MX host of %3.</source>
        <translation>Partner %1: trust the certificate name %2 (public CA) for mail from %3, and send over TLS to the MX host of %3.</translation>
    </message>
    <message>
        <source>the script signs in to Exchange Online (Connect-ExchangeOnline) unless the session is connected; run it as an Exchange administrator of the tenant</source>
        <translation>the script signs in to Exchange Online (Connect-ExchangeOnline) unless the session is connected; run it as an Exchange administrator of the tenant</translation>
    </message>
    <message>
        <source>Exchange Online PowerShell script: run it once for the organization</source>
        <translation>Exchange Online PowerShell script: run it once for the organization</translation>
    </message>
    <message>
        <source>the workspace has no server &quot;%1&quot;</source>
        <translation>the workspace has no server &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a certificate for that domain, and each domain-secure send connector (or one with the</source>
        <translation>a certificate for that domain, and each domain-secure send connector (or one with the</translation>
    </message>
    <message>
        <source>TLS authentication level DomainValidation) a Partner outbound connector that sends only</source>
        <translation>TLS authentication level DomainValidation) a Partner outbound connector that sends only</translation>
    </message>
    <message>
        <source>over TLS to a certificate of the partner domain (or of the connector&apos;s TLS domain).</source>
        <translation>over TLS to a certificate of the partner domain (or of the connector&apos;s TLS domain).</translation>
    </message>
</context>
<context>
    <name>ExchangeOnlineRules</name>
    <message>
        <source>Exchange Online has no Edge or Hub Transport servers: the export is one script for the whole organization, and the servers of the workspace (%1), their Edge subscriptions and receive connectors are left as they are.</source>
        <translation>Exchange Online has no Edge or Hub Transport servers: the export is one script for the whole organization, and the servers of the workspace (%1), their Edge subscriptions and receive connectors are left as they are.</translation>
    </message>
    <message>
        <source>Export the servers that stay on premises with their own Exchange target.</source>
        <translation>Export the servers that stay on premises with their own Exchange target.</translation>
    </message>
    <message>
        <source>The servers&apos; SMTP certificates are not exported: Exchange Online uses Microsoft&apos;s certificate for mail.protection.outlook.com.</source>
        <translation>The servers&apos; SMTP certificates are not exported: Exchange Online uses Microsoft&apos;s certificate for mail.protection.outlook.com.</translation>
    </message>
    <message>
        <source>Tell each partner to trust that certificate&apos;s name and CA; the script states both.</source>
        <translation>Tell each partner to trust that certificate&apos;s name and CA; the script states both.</translation>
    </message>
    <message>
        <source>Receive connector %1 is not exported: Exchange Online receives mail at its own MX host.</source>
        <translation>Receive connector %1 is not exported: Exchange Online receives mail at its own MX host.</translation>
    </message>
    <message>
        <source>Nothing to do unless partners must reach a server of your own.</source>
        <translation>Nothing to do unless partners must reach a server of your own.</translation>
    </message>
    <message>
        <source>binding %1</source>
        <translation>binding %1</translation>
    </message>
    <message>
        <source>banner</source>
        <translation>banner</translation>
    </message>
    <message>
        <source>FQDN %1</source>
        <translation>FQDN %1</translation>
    </message>
    <message>
        <source>Exchange Online accepts mail only on port 25 of its MX host, with its own banner and name; receive connector %1 sets what it cannot express: %2.</source>
        <translation>Exchange Online accepts mail only on port 25 of its MX host, with its own banner and name; receive connector %1 sets what it cannot express: %2.</translation>
    </message>
    <message>
        <source>Have partners send to your Exchange Online MX host on port 25.</source>
        <translation>Have partners send to your Exchange Online MX host on port 25.</translation>
    </message>
    <message>
        <source>Exchange Online cannot trust the partner root CA %1: it accepts only certificates of publicly trusted CAs, so a partner certificate issued only under this root is refused (mail is rejected, not accepted without verification).</source>
        <translation>Exchange Online cannot trust the partner root CA %1: it accepts only certificates of publicly trusted CAs, so a partner certificate issued only under this root is refused (mail is rejected, not accepted without verification).</translation>
    </message>
    <message>
        <source>Ask the partner for a certificate from a public CA.</source>
        <translation>Ask the partner for a certificate from a public CA.</translation>
    </message>
    <message>
        <source>Exchange Online accepts partner addresses only as IPv4 addresses and CIDR ranges of /24 to /32 (DomainSecure splits a range into at most %3 of them); the ranges %1 of partner %2 cannot be restricted there, so its inbound connector would refuse mail from them.</source>
        <translation>Exchange Online accepts partner addresses only as IPv4 addresses and CIDR ranges of /24 to /32 (DomainSecure splits a range into at most %3 of them); the ranges %1 of partner %2 cannot be restricted there, so its inbound connector would refuse mail from them.</translation>
    </message>
    <message>
        <source>Narrow the ranges to the IPv4 addresses of the partner&apos;s gateways, or accept the partner from any address.</source>
        <translation>Narrow the ranges to the IPv4 addresses of the partner&apos;s gateways, or accept the partner from any address.</translation>
    </message>
    <message>
        <source>The pinned certificate of partner %1 carries the domain only as a subjectAltName (its subject is %2); Microsoft documents that Exchange Online matches TlsSenderCertificateName against the certificate&apos;s subject.</source>
        <translation>The pinned certificate of partner %1 carries the domain only as a subjectAltName (its subject is %2); Microsoft documents that Exchange Online matches TlsSenderCertificateName against the certificate&apos;s subject.</translation>
    </message>
    <message>
        <source>Test mail from the partner after the export; ask for a certificate with CN=%1 if it is refused.</source>
        <translation>Test mail from the partner after the export; ask for a certificate with CN=%1 if it is refused.</translation>
    </message>
    <message>
        <source>Send connector %1 is not domain secured and is not exported.</source>
        <translation>Send connector %1 is not domain secured and is not exported.</translation>
    </message>
    <message>
        <source>Nothing to do: Exchange Online sends mail to the Internet by MX itself.</source>
        <translation>Nothing to do: Exchange Online sends mail to the Internet by MX itself.</translation>
    </message>
    <message>
        <source>Create an outbound connector for its domains in Exchange Online if mail to them must take this route.</source>
        <translation>Create an outbound connector for its domains in Exchange Online if mail to them must take this route.</translation>
    </message>
    <message>
        <source>Exchange Online delivers to smart hosts on port 25 only; send connector %1 uses port %2.</source>
        <translation>Exchange Online delivers to smart hosts on port 25 only; send connector %1 uses port %2.</translation>
    </message>
    <message>
        <source>Have the partner accept mail on port 25, then set the port to 25.</source>
        <translation>Have the partner accept mail on port 25, then set the port to 25.</translation>
    </message>
    <message>
        <source>Exchange Online outbound connectors do not authenticate to smart hosts; send connector %1 uses %2.</source>
        <translation>Exchange Online outbound connectors do not authenticate to smart hosts; send connector %1 uses %2.</translation>
    </message>
    <message>
        <source>Set the smart host authentication to None, or let the partner accept the certificate instead.</source>
        <translation>Set the smart host authentication to None, or let the partner accept the certificate instead.</translation>
    </message>
    <message>
        <source>Exchange Online will verify the partner&apos;s domain on the smart host&apos;s certificate (TlsSettings DomainValidation).</source>
        <translation>Exchange Online will verify the partner&apos;s domain on the smart host&apos;s certificate (TlsSettings DomainValidation).</translation>
    </message>
    <message>
        <source>Make sure the smart host presents a certificate for the partner domain.</source>
        <translation>Make sure the smart host presents a certificate for the partner domain.</translation>
    </message>
    <message>
        <source>Exchange Online sends with its own name and certificate; the FQDN %1 of send connector %2 is not exported.</source>
        <translation>Exchange Online sends with its own name and certificate; the FQDN %1 of send connector %2 is not exported.</translation>
    </message>
    <message>
        <source>Tell the partner to expect Exchange Online&apos;s certificate name instead.</source>
        <translation>Tell the partner to expect Exchange Online&apos;s certificate name instead.</translation>
    </message>
    <message>
        <source>The outbound connector name &quot;%1&quot; is longer than the %2 characters Exchange Online accepts.</source>
        <translation>The outbound connector name &quot;%1&quot; is longer than the %2 characters Exchange Online accepts.</translation>
    </message>
    <message>
        <source>Shorten the send connector&apos;s name.</source>
        <translation>Shorten the send connector&apos;s name.</translation>
    </message>
</context>
<context>
    <name>ExchangeShellExporter</name>
    <message>
        <source>Exchange 2007 Management Shell script</source>
        <translation>Exchange 2007 Management Shell script</translation>
    </message>
    <message>
        <source>server name</source>
        <translation>server name</translation>
    </message>
    <message>
        <source>server name &quot;%1&quot; cannot be used in an identity</source>
        <translation>server name &quot;%1&quot; cannot be used in an identity</translation>
    </message>
    <message>
        <source>DomainSecure export: Exchange Management Shell script for Exchange Server 2007</source>
        <translation>DomainSecure export: Exchange Management Shell script for Exchange Server 2007</translation>
    </message>
    <message>
        <source>Server %1 (%2), organization %3.</source>
        <translation>Server %1 (%2), organization %3.</translation>
    </message>
    <message>
        <source>server FQDN</source>
        <translation>server FQDN</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>organization</translation>
    </message>
    <message>
        <source>single-quoted literal, so nothing in it is expanded or executed.</source>
        <translation>single-quoted literal, so nothing in it is expanded or executed.</translation>
    </message>
    <message>
        <source>The script stops at the first error; running it again updates what already exists.</source>
        <translation>The script stops at the first error; running it again updates what already exists.</translation>
    </message>
    <message>
        <source>The workspace has no certificate enabled for SMTP on this server: nothing to import.</source>
        <translation>The workspace has no certificate enabled for SMTP on this server: nothing to import.</translation>
    </message>
    <message>
        <source>server %1 has no certificate enabled for SMTP; the script configures no certificate</source>
        <translation>server %1 has no certificate enabled for SMTP; the script configures no certificate</translation>
    </message>
    <message>
        <source>certificate thumbprint &quot;%1&quot; is not 40 hexadecimal digits</source>
        <translation>certificate thumbprint &quot;%1&quot; is not 40 hexadecimal digits</translation>
    </message>
    <message>
        <source>Imports %1 (subject %2) from %3 unless a certificate with this thumbprint is</source>
        <translation>Imports %1 (subject %2) from %3 unless a certificate with this thumbprint is</translation>
    </message>
    <message>
        <source>thumbprint</source>
        <translation>thumbprint</translation>
    </message>
    <message>
        <source>certificate subject</source>
        <translation>certificate subject</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>file name</translation>
    </message>
    <message>
        <source>The PFX password is asked when the script runs; it is never written into this file.</source>
        <translation>The PFX password is asked when the script runs; it is never written into this file.</translation>
    </message>
    <message>
        <source>prompt</source>
        <translation>prompt</translation>
    </message>
    <message>
        <source>Password of the PFX file %1</source>
        <translation>Password of the PFX file %1</translation>
    </message>
    <message>
        <source>The workspace has no receive connector for this server.</source>
        <translation>The workspace has no receive connector for this server.</translation>
    </message>
    <message>
        <source>receive connector name</source>
        <translation>receive connector name</translation>
    </message>
    <message>
        <source>receive connector identity</source>
        <translation>receive connector identity</translation>
    </message>
    <message>
        <source>binding</source>
        <translation>binding</translation>
    </message>
    <message>
        <source>remote IP range</source>
        <translation>remote IP range</translation>
    </message>
    <message>
        <source>Domain security: the partner&apos;s gateway must present a certificate over mutual TLS.</source>
        <translation>Domain security: the partner&apos;s gateway must present a certificate over mutual TLS.</translation>
    </message>
    <message>
        <source>The workspace has no send connector for this server.</source>
        <translation>The workspace has no send connector for this server.</translation>
    </message>
    <message>
        <source>send connector name</source>
        <translation>send connector name</translation>
    </message>
    <message>
        <source>send connector %1: source transport servers are not valid on an Edge server and are left out of the script</source>
        <translation>send connector %1: source transport servers are not valid on an Edge server and are left out of the script</translation>
    </message>
    <message>
        <source>Domain security: mail is sent only over mutual TLS to a certificate of the partner domain.</source>
        <translation>Domain security: mail is sent only over mutual TLS to a certificate of the partner domain.</translation>
    </message>
    <message>
        <source>list is read, the missing domains are appended and the list is written back only when it</source>
        <translation>list is read, the missing domains are appended and the list is written back only when it</translation>
    </message>
    <message>
        <source>changed; entries that are already there are kept.</source>
        <translation>changed; entries that are already there are kept.</translation>
    </message>
    <message>
        <source>%1: the workspace adds no domain.</source>
        <translation>%1: the workspace adds no domain.</translation>
    </message>
    <message>
        <source>domain-secure domain</source>
        <translation>domain-secure domain</translation>
    </message>
    <message>
        <source>Exchange Management Shell script: run it on %1</source>
        <translation>Exchange Management Shell script: run it on %1</translation>
    </message>
    <message>
        <source>already installed. Export that file from DomainSecure with (legacy encryption: Windows</source>
        <translation>already installed. Export that file from DomainSecure with (legacy encryption: Windows</translation>
    </message>
    <message>
        <source>Server 2003/2008 cannot read AES-protected PFX files)</source>
        <translation>Server 2003/2008 cannot read AES-protected PFX files)</translation>
    </message>
    <message>
        <source>copy the PFX file %1 (exported with &quot;cert export %2 --format pfx --legacy-pfx&quot;, or &quot;export exchange --pfx-password-file FILE&quot;) beside the script</source>
        <translation>copy the PFX file %1 (exported with &quot;cert export %2 --format pfx --legacy-pfx&quot;, or &quot;export exchange --pfx-password-file FILE&quot;) beside the script</translation>
    </message>
    <message>
        <source>Runs on: this standalone Edge Transport server (not subscribed to an organization), in</source>
        <translation>Runs on: this standalone Edge Transport server (not subscribed to an organization), in</translation>
    </message>
    <message>
        <source>the Exchange Management Shell as a local administrator. It is the only script to run.</source>
        <translation>the Exchange Management Shell as a local administrator. It is the only script to run.</translation>
    </message>
    <message>
        <source>Runs on: this Edge Transport server, subscribed to the organization (EdgeSync), in the</source>
        <translation>Runs on: this Edge Transport server, subscribed to the organization (EdgeSync), in the</translation>
    </message>
    <message>
        <source>Exchange Management Shell as a local administrator. It configures only what belongs on</source>
        <translation>Exchange Management Shell as a local administrator. It configures only what belongs on</translation>
    </message>
    <message>
        <source>the Edge; send connectors and the domain-secure lists come from the Hub through EdgeSync.</source>
        <translation>the Edge; send connectors and the domain-secure lists come from the Hub through EdgeSync.</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Order:</translation>
    </message>
    <message>
        <source>  1. This script on %1.</source>
        <translation>  1. This script on %1.</translation>
    </message>
    <message>
        <source>  2. If it reports that the SMTP certificate changed: renew the Edge Subscription (on</source>
        <translation>  2. If it reports that the SMTP certificate changed: renew the Edge Subscription (on</translation>
    </message>
    <message>
        <source>     this Edge: New-EdgeSubscription -FileName FILE; copy FILE to a Hub Transport server</source>
        <translation>     this Edge: New-EdgeSubscription -FileName FILE; copy FILE to a Hub Transport server</translation>
    </message>
    <message>
        <source>     and run New-EdgeSubscription -FileName FILE -Site SITE there).</source>
        <translation>     and run New-EdgeSubscription -FileName FILE -Site SITE there).</translation>
    </message>
    <message>
        <source>  3. The organization part on a Hub Transport server: the workspace has no Hub yet.</source>
        <translation>  3. The organization part on a Hub Transport server: the workspace has no Hub yet.</translation>
    </message>
    <message>
        <source>  3. The organization part on the Hub: %1 (export exchange --server %2).</source>
        <translation>  3. The organization part on the Hub: %1 (export exchange --server %2).</translation>
    </message>
    <message>
        <source>  4. After EdgeSync replicated (or Start-EdgeSynchronization on the Hub), this script</source>
        <translation>  4. After EdgeSync replicated (or Start-EdgeSynchronization on the Hub), this script</translation>
    </message>
    <message>
        <source>     again: it changes nothing more and its last step verifies the whole result.</source>
        <translation>     again: it changes nothing more and its last step verifies the whole result.</translation>
    </message>
    <message>
        <source>Runs on: this Hub Transport server, in the Exchange Management Shell as an Exchange</source>
        <translation>Runs on: this Hub Transport server, in the Exchange Management Shell as an Exchange</translation>
    </message>
    <message>
        <source>Organization Administrator. It configures the organization part (send connectors and</source>
        <translation>Organization Administrator. It configures the organization part (send connectors and</translation>
    </message>
    <message>
        <source>the domain-secure lists) that EdgeSync replicates to the subscribed Edge servers.</source>
        <translation>the domain-secure lists) that EdgeSync replicates to the subscribed Edge servers.</translation>
    </message>
    <message>
        <source>Order: first the script of each subscribed Edge (%1), then this one; then run the Edge</source>
        <translation>Order: first the script of each subscribed Edge (%1), then this one; then run the Edge</translation>
    </message>
    <message>
        <source>none in the workspace</source>
        <translation>none in the workspace</translation>
    </message>
    <message>
        <source>scripts again after EdgeSync replicated to verify the result there.</source>
        <translation>scripts again after EdgeSync replicated to verify the result there.</translation>
    </message>
    <message>
        <source>Written for Windows PowerShell 1.0. Every value taken from the workspace is a</source>
        <translation>Written for Windows PowerShell 1.0. Every value taken from the workspace is a</translation>
    </message>
    <message>
        <source>Step %1: the SMTP certificate.</source>
        <translation>Step %1: the SMTP certificate.</translation>
    </message>
    <message>
        <source>Enabled for SMTP only when it is not yet: the certificate for STARTTLS and domain</source>
        <translation>Enabled for SMTP only when it is not yet: the certificate for STARTTLS and domain</translation>
    </message>
    <message>
        <source>security. Exchange asks whether to replace the current default SMTP certificate: answer</source>
        <translation>security. Exchange asks whether to replace the current default SMTP certificate: answer</translation>
    </message>
    <message>
        <source>Yes. (-Force, which skips that question, is documented from Exchange 2010 only.)</source>
        <translation>Yes. (-Force, which skips that question, is documented from Exchange 2010 only.)</translation>
    </message>
    <message>
        <source>Step %1: the partner root CAs in the Local Computer&apos;s Trusted Root store.</source>
        <translation>Step %1: the partner root CAs in the Local Computer&apos;s Trusted Root store.</translation>
    </message>
    <message>
        <source>The workspace trusts no partner root CA: partners need certificates of CAs Windows</source>
        <translation>The workspace trusts no partner root CA: partners need certificates of CAs Windows</translation>
    </message>
    <message>
        <source>already trusts.</source>
        <translation>already trusts.</translation>
    </message>
    <message>
        <source>Each file in partner-roots beside this script is added unless a certificate with its</source>
        <translation>Each file in partner-roots beside this script is added unless a certificate with its</translation>
    </message>
    <message>
        <source>thumbprint is there; then every root is checked before domain security is enabled.</source>
        <translation>thumbprint is there; then every root is checked before domain security is enabled.</translation>
    </message>
    <message>
        <source>Partner root %1.</source>
        <translation>Partner root %1.</translation>
    </message>
    <message>
        <source>message</source>
        <translation>message</translation>
    </message>
    <message>
        <source>%1 is not the expected partner root</source>
        <translation>%1 is not the expected partner root</translation>
    </message>
    <message>
        <source>partner root CA the script adds to the Trusted Root store</source>
        <translation>partner root CA the script adds to the Trusted Root store</translation>
    </message>
    <message>
        <source>Domain security is not enabled: missing from LocalMachine\Root:</source>
        <translation>Domain security is not enabled: missing from LocalMachine\Root:</translation>
    </message>
    <message>
        <source>Step %1: receive connectors of %2 (Get- then Set-, else New-).</source>
        <translation>Step %1: receive connectors of %2 (Get- then Set-, else New-).</translation>
    </message>
    <message>
        <source>Step %1.%2: receive connector %3, usage %4.</source>
        <translation>Step %1.%2: receive connector %3, usage %4.</translation>
    </message>
    <message>
        <source>Created with the Custom usage and every setting explicit: the %1 usage cannot take %2.</source>
        <translation>Created with the Custom usage and every setting explicit: the %1 usage cannot take %2.</translation>
    </message>
    <message>
        <source>A connector with this binding for all remote addresses (the Edge&apos;s default receive</source>
        <translation>A connector with this binding for all remote addresses (the Edge&apos;s default receive</translation>
    </message>
    <message>
        <source>connector) is updated instead of creating a second one, which Exchange refuses.</source>
        <translation>connector) is updated instead of creating a second one, which Exchange refuses.</translation>
    </message>
    <message>
        <source>Step %1: send connectors (organization objects; Get- then Set-, else New-).</source>
        <translation>Step %1: send connectors (organization objects; Get- then Set-, else New-).</translation>
    </message>
    <message>
        <source>Step %1.%2: send connector %3, usage %4.</source>
        <translation>Step %1.%2: send connector %3, usage %4.</translation>
    </message>
    <message>
        <source>Step %1: domain-secure lists. Exchange 2007 replaces a whole list when it is set, so each</source>
        <translation>Step %1: domain-secure lists. Exchange 2007 replaces a whole list when it is set, so each</translation>
    </message>
    <message>
        <source>server %1 is a subscribed Edge: its send connectors and the domain-secure lists are configured on a Hub Transport server, and the workspace has none (server add --role hub)</source>
        <translation>server %1 is a subscribed Edge: its send connectors and the domain-secure lists are configured on a Hub Transport server, and the workspace has none (server add --role hub)</translation>
    </message>
    <message>
        <source>server %1 is a subscribed Edge: export the send connectors and the domain-secure lists with export exchange --server %2</source>
        <translation>server %1 is a subscribed Edge: export the send connectors and the domain-secure lists with export exchange --server %2</translation>
    </message>
    <message>
        <source>Step %1: verify what this script configured; each failed check prints a warning.</source>
        <translation>Step %1: verify what this script configured; each failed check prints a warning.</translation>
    </message>
    <message>
        <source>The SMTP certificate&apos;s status is not Valid.</source>
        <translation>The SMTP certificate&apos;s status is not Valid.</translation>
    </message>
    <message>
        <source>The certificate is not enabled for SMTP.</source>
        <translation>The certificate is not enabled for SMTP.</translation>
    </message>
    <message>
        <source>The SMTP certificate has expired.</source>
        <translation>The SMTP certificate has expired.</translation>
    </message>
    <message>
        <source>Partner root %1 is missing from LocalMachine\Root.</source>
        <translation>Partner root %1 is missing from LocalMachine\Root.</translation>
    </message>
    <message>
        <source>Receive connector %1 does not have domain security enabled.</source>
        <translation>Receive connector %1 does not have domain security enabled.</translation>
    </message>
    <message>
        <source>Send connector %1 does not have domain security enabled.</source>
        <translation>Send connector %1 does not have domain security enabled.</translation>
    </message>
    <message>
        <source>The lists come from the Hub through EdgeSync: they pass once it has replicated.</source>
        <translation>The lists come from the Hub through EdgeSync: they pass once it has replicated.</translation>
    </message>
    <message>
        <source>%1 is not in %2.</source>
        <translation>%1 is not in %2.</translation>
    </message>
    <message>
        <source>Verification passed.</source>
        <translation>Verification passed.</translation>
    </message>
    <message>
        <source>Verification: checks failed:</source>
        <translation>Verification: checks failed:</translation>
    </message>
    <message>
        <source>Test each partner from outside, on a computer with the DomainSecure workspace:</source>
        <translation>Test each partner from outside, on a computer with the DomainSecure workspace:</translation>
    </message>
    <message>
        <source>Test from outside: %1</source>
        <translation>Test from outside: %1</translation>
    </message>
    <message>
        <source>The SMTP certificate of this Edge changed: renew the Edge Subscription. On this Edge: New-EdgeSubscription -FileName C:\EdgeSubscription.xml; copy the file to a Hub Transport server and run there: New-EdgeSubscription -FileName C:\EdgeSubscription.xml -Site SITE.</source>
        <translation>The SMTP certificate of this Edge changed: renew the Edge Subscription. On this Edge: New-EdgeSubscription -FileName C:\EdgeSubscription.xml; copy the file to a Hub Transport server and run there: New-EdgeSubscription -FileName C:\EdgeSubscription.xml -Site SITE.</translation>
    </message>
    <message>
        <source>Partner certificates this Edge accepts with domain security (TLSReceiveDomainSecureList):</source>
        <translation>Partner certificates this Edge accepts with domain security (TLSReceiveDomainSecureList):</translation>
    </message>
    <message>
        <source>a certificate that chains to a root trusted on this server and carries the partner</source>
        <translation>a certificate that chains to a root trusted on this server and carries the partner</translation>
    </message>
    <message>
        <source>domain in its subject or subjectAltNames. Exchange does not pin keys: any such</source>
        <translation>domain in its subject or subjectAltNames. Exchange does not pin keys: any such</translation>
    </message>
    <message>
        <source>certificate is accepted, not only the partner certificates listed here.</source>
        <translation>certificate is accepted, not only the partner certificates listed here.</translation>
    </message>
    <message>
        <source>  %1: no partner certificate in the workspace.</source>
        <translation>  %1: no partner certificate in the workspace.</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>domain</translation>
    </message>
    <message>
        <source>  %1: %2, names %3, valid until %4: %5.</source>
        <translation>  %1: %2, names %3, valid until %4: %5.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>certificate names</source>
        <translation>certificate names</translation>
    </message>
    <message>
        <source>carries the domain</source>
        <translation>carries the domain</translation>
    </message>
    <message>
        <source>does NOT carry the domain, Exchange refuses it</source>
        <translation>does NOT carry the domain, Exchange refuses it</translation>
    </message>
    <message>
        <source>%1 Management Shell script</source>
        <translation>%1 Management Shell script</translation>
    </message>
    <message>
        <source>DomainSecure export: Exchange Management Shell script for %1</source>
        <translation>DomainSecure export: Exchange Management Shell script for %1</translation>
    </message>
    <message>
        <source>From Exchange 2013 the Hub Transport role is part of the Mailbox server: run this</source>
        <translation>From Exchange 2013 the Hub Transport role is part of the Mailbox server: run this</translation>
    </message>
    <message>
        <source>script on the Mailbox server %1; its receive connectors get -TransportRole.</source>
        <translation>script on the Mailbox server %1; its receive connectors get -TransportRole.</translation>
    </message>
    <message>
        <source>Written for Windows PowerShell %1. Every value taken from the workspace is a</source>
        <translation>Written for Windows PowerShell %1. Every value taken from the workspace is a</translation>
    </message>
    <message>
        <source>Yes.</source>
        <translation>Yes.</translation>
    </message>
    <message>
        <source>Step %1: domain-secure lists. The domains missing from each list are added with</source>
        <translation>Step %1: domain-secure lists. The domains missing from each list are added with</translation>
    </message>
    <message>
        <source>@{Add=...} (Exchange 2010 SP1 and later); entries that are already there are kept.</source>
        <translation>@{Add=...} (Exchange 2010 SP1 and later); entries that are already there are kept.</translation>
    </message>
    <message>
        <source>certificate %1 of %2: -TlsCertificateName is not written (%3); Exchange picks the certificate by the connector&apos;s FQDN</source>
        <translation>certificate %1 of %2: -TlsCertificateName is not written (%3); Exchange picks the certificate by the connector&apos;s FQDN</translation>
    </message>
    <message>
        <source>send connector %1: its source servers present certificates with different names, so -TlsCertificateName is not written</source>
        <translation>send connector %1: its source servers present certificates with different names, so -TlsCertificateName is not written</translation>
    </message>
    <message>
        <source>The connectors below name this certificate with -TlsCertificateName; stop if Exchange shows</source>
        <translation>The connectors below name this certificate with -TlsCertificateName; stop if Exchange shows</translation>
    </message>
    <message>
        <source>its issuer or subject otherwise (the name would pick no certificate).</source>
        <translation>its issuer or subject otherwise (the name would pick no certificate).</translation>
    </message>
    <message>
        <source>TLS certificate name</source>
        <translation>TLS certificate name</translation>
    </message>
    <message>
        <source>The TLS certificate name DomainSecure computed differs from the certificate&apos;s issuer and subject; the connectors were not changed.</source>
        <translation>The TLS certificate name DomainSecure computed differs from the certificate&apos;s issuer and subject; the connectors were not changed.</translation>
    </message>
</context>
<context>
    <name>ExchangeVersions</name>
    <message>
        <source>Exchange Server 2007</source>
        <translation>Exchange Server 2007</translation>
    </message>
    <message>
        <source>Exchange Server 2010</source>
        <translation>Exchange Server 2010</translation>
    </message>
    <message>
        <source>Exchange Server 2013</source>
        <translation>Exchange Server 2013</translation>
    </message>
    <message>
        <source>Exchange Server 2016, 2019 and Subscription Edition</source>
        <translation>Exchange Server 2016, 2019 and Subscription Edition</translation>
    </message>
    <message>
        <source>Exchange Online</source>
        <translation>Exchange Online</translation>
    </message>
</context>
<context>
    <name>ExportComparison</name>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
</context>
<context>
    <name>ExportResult</name>
    <message>
        <source>refusing to write the file name &quot;%1&quot;</source>
        <translation>refusing to write the file name &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ExportVerb</name>
    <message>
        <source>Write the Postfix bundle of a server (postconf lines, maps, certificate and key, apply.sh, README) into DIR and optionally apply it to a Postfix configuration directory. Refused while &quot;lint --target postfix&quot; reports errors.</source>
        <translation>Write the Postfix bundle of a server (postconf lines, maps, certificate and key, apply.sh, README) into DIR and optionally apply it to a Postfix configuration directory. Refused while &quot;lint --target postfix&quot; reports errors.</translation>
    </message>
    <message>
        <source>The server (default: the only one).</source>
        <translation>The server (default: the only one).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Directory to write the bundle to (created if missing).</source>
        <translation>Directory to write the bundle to (created if missing).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Apply the bundle to this Postfix configuration directory (postconf -c, postmap, postfix check).</source>
        <translation>Apply the bundle to this Postfix configuration directory (postconf -c, postmap, postfix check).</translation>
    </message>
    <message>
        <source>CONFIG_DIR</source>
        <translation>CONFIG_DIR</translation>
    </message>
    <message>
        <source>With --apply: also replace main.cf settings and master.cf services the administrator set to other values (server certificate, myhostname, a smaller message_size_limit); refused without it.</source>
        <translation>With --apply: also replace main.cf settings and master.cf services the administrator set to other values (server certificate, myhostname, a smaller message_size_limit); refused without it.</translation>
    </message>
    <message>
        <source>Write the SMTP certificate&apos;s private key into the bundle although it is marked non-exportable: the administrator wants the key on that server. Refused without it.</source>
        <translation>Write the SMTP certificate&apos;s private key into the bundle although it is marked non-exportable: the administrator wants the key on that server. Refused without it.</translation>
    </message>
    <message>
        <source>The script file to write (FILE.ps1, or a directory).</source>
        <translation>The script file to write (FILE.ps1, or a directory).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Also write the SMTP certificate as a PFX beside the script, protected by the password on the first line of FILE.</source>
        <translation>Also write the SMTP certificate as a PFX beside the script, protected by the password on the first line of FILE.</translation>
    </message>
    <message>
        <source>export: unexpected argument &quot;%1&quot;</source>
        <translation>export: unexpected argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>export %1: --out is required</source>
        <translation>export %1: --out is required</translation>
    </message>
    <message>
        <source>export %1: give --server (the workspace has %2 servers)</source>
        <translation>export %1: give --server (the workspace has %2 servers)</translation>
    </message>
    <message>
        <source>export %1: the workspace has no server &quot;%2&quot;</source>
        <translation>export %1: the workspace has no server &quot;%2&quot;</translation>
    </message>
    <message numerus="yes">
        <source>export %1 refused: &quot;lint --target %1&quot; reports %n error(s); nothing was written</source>
        <translation>
            <numerusform>export %1 refused: &quot;lint --target %1&quot; reports %n error; nothing was written</numerusform>
            <numerusform>export %1 refused: &quot;lint --target %1&quot; reports %n errors; nothing was written</numerusform>
        </translation>
    </message>
    <message>
        <source>export exchange: server %1 has no SMTP certificate to write as PFX</source>
        <translation>export exchange: server %1 has no SMTP certificate to write as PFX</translation>
    </message>
    <message>
        <source>SMTP certificate and key the script imports (PKCS#12)</source>
        <translation>SMTP certificate and key the script imports (PKCS#12)</translation>
    </message>
    <message>
        <source>export postfix: the bundle was written to %1, but applying it to %2 failed: %3</source>
        <translation>export postfix: the bundle was written to %1, but applying it to %2 failed: %3</translation>
    </message>
    <message>
        <source>Wrote %1 (%2): %3</source>
        <translation>Wrote %1 (%2): %3</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Applied to %1:</source>
        <translation>Applied to %1:</translation>
    </message>
    <message>
        <source>The previous files are in %1</source>
        <translation>The previous files are in %1</translation>
    </message>
    <message>
        <source>Reload Postfix to use it: postfix -c %1 reload</source>
        <translation>Reload Postfix to use it: postfix -c %1 reload</translation>
    </message>
    <message>
        <source>Applied to %1: nothing changed</source>
        <translation>Applied to %1: nothing changed</translation>
    </message>
    <message>
        <source>postfix check: %1</source>
        <translation>postfix check: %1</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>Write the Exchange Management Shell script of a server for Exchange 2007, 2010, 2013 or 2016/2019/SE, or the organization&apos;s Exchange Online PowerShell script (no server needed), as --version says (default: the workspace&apos;s release, see &quot;workspace set&quot;). Refused while &quot;lint --target exchange&lt;VERSION&gt;&quot; (exchange-online for online) reports errors.</source>
        <translation>Write the Exchange Management Shell script of a server for Exchange 2007, 2010, 2013 or 2016/2019/SE, or the organization&apos;s Exchange Online PowerShell script (no server needed), as --version says (default: the workspace&apos;s release, see &quot;workspace set&quot;). Refused while &quot;lint --target exchange&lt;VERSION&gt;&quot; (exchange-online for online) reports errors.</translation>
    </message>
    <message>
        <source>The Exchange release the script is written for: 2007, 2010, 2013, 2016 (also 2019 and Subscription Edition) or online (Exchange Online); default: the workspace&apos;s release.</source>
        <translation>The Exchange release the script is written for: 2007, 2010, 2013, 2016 (also 2019 and Subscription Edition) or online (Exchange Online); default: the workspace&apos;s release.</translation>
    </message>
    <message>
        <source>export exchange: --version must be 2007, 2010, 2013, 2016 or online, not &quot;%1&quot;</source>
        <translation>export exchange: --version must be 2007, 2010, 2013, 2016 or online, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>export exchange: Exchange Online imports no certificate; --pfx-password-file does not apply</source>
        <translation>export exchange: Exchange Online imports no certificate; --pfx-password-file does not apply</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>the workspace has no server &quot;%1&quot;</source>
        <translation>the workspace has no server &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>export to %1 refused: lint --target %2 reports %n error(s); first: %3</source>
        <translation>
            <numerusform>export to %1 refused: lint --target %2 reports %n error; first: %3</numerusform>
            <numerusform>export to %1 refused: lint --target %2 reports %n errors; first: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>%1 %2 %3: %4</source>
        <translation>%1 %2 %3: %4</translation>
    </message>
    <message>
        <source>(fix: %1)</source>
        <translation>(fix: %1)</translation>
    </message>
</context>
<context>
    <name>Fqdn</name>
    <message>
        <source>is empty</source>
        <translation>is empty</translation>
    </message>
    <message>
        <source>contains a space</source>
        <translation>contains a space</translation>
    </message>
    <message>
        <source>contains @; give a domain or host name, not a mail address</source>
        <translation>contains @; give a domain or host name, not a mail address</translation>
    </message>
    <message>
        <source>is not a valid internationalized domain name</source>
        <translation>is not a valid internationalized domain name</translation>
    </message>
    <message>
        <source>is %1 characters long; a DNS name has at most %2</source>
        <translation>is %1 characters long; a DNS name has at most %2</translation>
    </message>
    <message>
        <source>has an empty label (two dots in a row, or a dot at the start)</source>
        <translation>has an empty label (two dots in a row, or a dot at the start)</translation>
    </message>
    <message>
        <source>has a label of %1 characters; at most %2 are allowed</source>
        <translation>has a label of %1 characters; at most %2 are allowed</translation>
    </message>
    <message>
        <source>has the label &quot;%1&quot; starting or ending with a hyphen</source>
        <translation>has the label &quot;%1&quot; starting or ending with a hyphen</translation>
    </message>
    <message>
        <source>contains a wildcard *, which is not allowed here</source>
        <translation>contains a wildcard *, which is not allowed here</translation>
    </message>
    <message>
        <source>contains &quot;%1&quot;; DNS names use letters, digits, hyphens and dots</source>
        <translation>contains &quot;%1&quot;; DNS names use letters, digits, hyphens and dots</translation>
    </message>
    <message>
        <source>FQDN &quot;%1&quot; %2</source>
        <translation>FQDN &quot;%1&quot; %2</translation>
    </message>
</context>
<context>
    <name>FreeText</name>
    <message>
        <source>contains a line break at position %1</source>
        <translation>contains a line break at position %1</translation>
    </message>
    <message>
        <source>contains a tab at position %1</source>
        <translation>contains a tab at position %1</translation>
    </message>
    <message>
        <source>contains the control character %1 at position %2</source>
        <translation>contains the control character %1 at position %2</translation>
    </message>
    <message>
        <source>contains the Unicode line or paragraph separator %1 at position %2</source>
        <translation>contains the Unicode line or paragraph separator %1 at position %2</translation>
    </message>
    <message>
        <source>contains the typographic quote %1 (%2) at position %3; use a plain &apos; or &quot; instead</source>
        <translation>contains the typographic quote %1 (%2) at position %3; use a plain &apos; or &quot; instead</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>is empty</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation>is %1 characters long; at most %2 are allowed</translation>
    </message>
    <message>
        <source>contains a backslash, which separates server and connector in SERVER\Name</source>
        <translation>contains a backslash, which separates server and connector in SERVER\Name</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; %3</source>
        <translation>%1 &quot;%2&quot; %3</translation>
    </message>
</context>
<context>
    <name>Gate</name>
    <message>
        <source>%1: %2 Fix: %3</source>
        <translation>%1: %2 Fix: %3</translation>
    </message>
</context>
<context>
    <name>IpRange</name>
    <message>
        <source>IP range &quot;%1&quot; %2</source>
        <translation>IP range &quot;%1&quot; %2</translation>
    </message>
    <message>
        <source>is not an IPv4 address: it needs four numbers separated by dots</source>
        <translation>is not an IPv4 address: it needs four numbers separated by dots</translation>
    </message>
    <message>
        <source>is not an IPv4 address: &quot;%1&quot; is not a number from 0 to 255</source>
        <translation>is not an IPv4 address: &quot;%1&quot; is not a number from 0 to 255</translation>
    </message>
    <message>
        <source>has a leading zero in &quot;%1&quot;, which some tools read as octal</source>
        <translation>has a leading zero in &quot;%1&quot;, which some tools read as octal</translation>
    </message>
    <message>
        <source>is not an IPv4 address: %1 is larger than 255</source>
        <translation>is not an IPv4 address: %1 is larger than 255</translation>
    </message>
    <message>
        <source>IP address &quot;%1&quot; %2</source>
        <translation>IP address &quot;%1&quot; %2</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>is empty</translation>
    </message>
    <message>
        <source>has an IPv6 zone index (%...); zones are local to one host and not allowed here</source>
        <translation>has an IPv6 zone index (%...); zones are local to one host and not allowed here</translation>
    </message>
    <message>
        <source>is not an IPv6 address: &quot;%1&quot; is not allowed in one</source>
        <translation>is not an IPv6 address: &quot;%1&quot; is not allowed in one</translation>
    </message>
    <message>
        <source>is not a valid IPv6 address</source>
        <translation>is not a valid IPv6 address</translation>
    </message>
    <message>
        <source>contains a space; give one range per entry</source>
        <translation>contains a space; give one range per entry</translation>
    </message>
    <message>
        <source>mixes a range (a-b) and a CIDR prefix (/n)</source>
        <translation>mixes a range (a-b) and a CIDR prefix (/n)</translation>
    </message>
    <message>
        <source>has the prefix length &quot;%1&quot;; it must be a number from 0 to %2</source>
        <translation>has the prefix length &quot;%1&quot;; it must be a number from 0 to %2</translation>
    </message>
    <message>
        <source>has host bits set after the prefix; did you mean %1/%2?</source>
        <translation>has host bits set after the prefix; did you mean %1/%2?</translation>
    </message>
    <message>
        <source>mixes IPv4 and IPv6 addresses</source>
        <translation>mixes IPv4 and IPv6 addresses</translation>
    </message>
    <message>
        <source>starts after it ends; write the lower address first</source>
        <translation>starts after it ends; write the lower address first</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>expected true or false</source>
        <translation>true または false が必要です</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>文字列が必要です</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>%1 から %2 までの整数が必要です</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>配列が必要です</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>オブジェクトが必要です</translation>
    </message>
    <message>
        <source>expected base64 text</source>
        <translation>base64 テキストが必要です</translation>
    </message>
    <message>
        <source>expected an ISO 8601 time such as 2026-01-31T12:00:00Z</source>
        <translation>2026-01-31T12:00:00Z のような ISO 8601 形式の時刻が必要です</translation>
    </message>
</context>
<context>
    <name>KeyProtector</name>
    <message>
        <source>an empty passphrase cannot protect a key</source>
        <translation>an empty passphrase cannot protect a key</translation>
    </message>
    <message>
        <source>the private key is not valid PKCS#8 data</source>
        <translation>the private key is not valid PKCS#8 data</translation>
    </message>
    <message>
        <source>cannot set up key encryption: %1</source>
        <translation>cannot set up key encryption: %1</translation>
    </message>
    <message>
        <source>cannot encrypt the private key: %1</source>
        <translation>cannot encrypt the private key: %1</translation>
    </message>
    <message>
        <source>the encrypted private key is damaged (not EncryptedPrivateKeyInfo)</source>
        <translation>the encrypted private key is damaged (not EncryptedPrivateKeyInfo)</translation>
    </message>
    <message>
        <source>wrong passphrase: the private key cannot be decrypted</source>
        <translation>wrong passphrase: the private key cannot be decrypted</translation>
    </message>
    <message>
        <source>the private key is encrypted: a workspace passphrase is needed</source>
        <translation>the private key is encrypted: a workspace passphrase is needed</translation>
    </message>
</context>
<context>
    <name>KeySpec</name>
    <message>
        <source>unknown key type &quot;%1&quot;: use one of %2</source>
        <translation>unknown key type &quot;%1&quot;: use one of %2</translation>
    </message>
</context>
<context>
    <name>LintVerb</name>
    <message>
        <source>Check connectors, domain-secure lists and certificates; exit 1 when any finding is an error.</source>
        <translation>Check connectors, domain-secure lists and certificates; exit 1 when any finding is an error.</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>TARGET</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 notes (target %4)</source>
        <translation>%1 errors, %2 warnings, %3 notes (target %4)</translation>
    </message>
    <message>
        <source>%1 (default: the workspace&apos;s Exchange release, else exchange2007).</source>
        <translation>%1 (default: the workspace&apos;s Exchange release, else exchange2007).</translation>
    </message>
    <message>
        <source>lint: --target must be %1, not &quot;%2&quot;</source>
        <translation>lint: --target must be %1, not &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Also check an optional rule profile (repeatable): %1; its findings name the profile&apos;s rule ids.</source>
        <translation>Also check an optional rule profile (repeatable): %1; its findings name the profile&apos;s rule ids.</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFILE</translation>
    </message>
    <message>
        <source>lint: --profile must be %1, not &quot;%2&quot;</source>
        <translation>lint: --profile must be %1, not &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 notes (target %4, profile %5)</source>
        <translation>%1 errors, %2 warnings, %3 notes (target %4, profile %5)</translation>
    </message>
</context>
<context>
    <name>ListOperations</name>
    <message>
        <source>no domain given</source>
        <translation>no domain given</translation>
    </message>
    <message>
        <source>%1 list: %2</source>
        <translation>%1 list: %2</translation>
    </message>
    <message>
        <source>the domain-secure lists</source>
        <translation>the domain-secure lists</translation>
    </message>
    <message>
        <source>the domain-secure send list</source>
        <translation>the domain-secure send list</translation>
    </message>
    <message>
        <source>the domain-secure receive list</source>
        <translation>the domain-secure receive list</translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <translation>Add %1 to %2</translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation>Remove %1 from %2</translation>
    </message>
    <message>
        <source>Added %1 to the %2 list</source>
        <translation>Added %1 to the %2 list</translation>
    </message>
    <message>
        <source>%1 is on the %2 list already</source>
        <translation>%1 is on the %2 list already</translation>
    </message>
    <message>
        <source>Removed %1 from the %2 list</source>
        <translation>Removed %1 from the %2 list</translation>
    </message>
    <message>
        <source>%1 was not on the %2 list</source>
        <translation>%1 was not on the %2 list</translation>
    </message>
</context>
<context>
    <name>MxResolver</name>
    <message>
        <source>&quot;%1&quot; is not a domain name</source>
        <translation>&quot;%1&quot; is not a domain name</translation>
    </message>
    <message>
        <source>DNS gave no usable answer for %1 (%2). Give the partner gateway&apos;s host name or address instead.</source>
        <translation>DNS gave no usable answer for %1 (%2). Give the partner gateway&apos;s host name or address instead.</translation>
    </message>
    <message>
        <source>%1 publishes a null MX record (RFC 7505): the domain accepts no mail.</source>
        <translation>%1 publishes a null MX record (RFC 7505): the domain accepts no mail.</translation>
    </message>
    <message>
        <source>The domain %1 does not exist in DNS.</source>
        <translation>The domain %1 does not exist in DNS.</translation>
    </message>
    <message>
        <source>%1 has neither an MX record nor an address record: mail cannot be delivered to it.</source>
        <translation>%1 has neither an MX record nor an address record: mail cannot be delivered to it.</translation>
    </message>
    <message>
        <source>no DNS resolver configuration (/etc/resolv.conf)</source>
        <translation>no DNS resolver configuration (/etc/resolv.conf)</translation>
    </message>
    <message>
        <source>no nameserver in /etc/resolv.conf</source>
        <translation>no nameserver in /etc/resolv.conf</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>out of memory</translation>
    </message>
    <message>
        <source>cannot build a DNS query for %1</source>
        <translation>cannot build a DNS query for %1</translation>
    </message>
    <message>
        <source>the DNS server refused the query or is not reachable</source>
        <translation>the DNS server refused the query or is not reachable</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s), or the server failed</source>
        <translation>
            <numerusform>no answer within %n second, or the server failed</numerusform>
            <numerusform>no answer within %n seconds, or the server failed</numerusform>
        </translation>
    </message>
    <message>
        <source>the DNS answer is malformed</source>
        <translation>the DNS answer is malformed</translation>
    </message>
    <message>
        <source>the DNS server answered with error code %1</source>
        <translation>the DNS server answered with error code %1</translation>
    </message>
</context>
<context>
    <name>OrganizationOperations</name>
    <message>
        <source>Set the organization&apos;s Exchange release to %1</source>
        <translation>Set the organization&apos;s Exchange release to %1</translation>
    </message>
</context>
<context>
    <name>PartnerAddVerb</name>
    <message>
        <source>Set up a domain-secure partner: a Partner receive connector accepting only the partner&apos;s gateways with mutual TLS, a Partner send connector for the partner&apos;s domains, and the domains on the domain-secure send and receive lists.</source>
        <translation>Set up a domain-secure partner: a Partner receive connector accepting only the partner&apos;s gateways with mutual TLS, a Partner send connector for the partner&apos;s domains, and the domains on the domain-secure send and receive lists.</translation>
    </message>
    <message>
        <source>The partner&apos;s name; the connectors are called &quot;From NAME&quot; and &quot;To NAME&quot;.</source>
        <translation>The partner&apos;s name; the connectors are called &quot;From NAME&quot; and &quot;To NAME&quot;.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>A domain of the partner (repeatable).</source>
        <translation>A domain of the partner (repeatable).</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMAIN</translation>
    </message>
    <message>
        <source>An address or range of the partner&apos;s gateways (repeatable).</source>
        <translation>An address or range of the partner&apos;s gateways (repeatable).</translation>
    </message>
    <message>
        <source>RANGE</source>
        <translation>RANGE</translation>
    </message>
    <message>
        <source>Our server that receives from the partner (default: the only server).</source>
        <translation>Our server that receives from the partner (default: the only server).</translation>
    </message>
    <message>
        <source>A local address:port the receive connector listens on (repeatable).</source>
        <translation>A local address:port the receive connector listens on (repeatable).</translation>
    </message>
    <message>
        <source>ADDRESS:PORT</source>
        <translation>ADDRESS:PORT</translation>
    </message>
    <message>
        <source>The FQDN our connectors announce (default: the server&apos;s FQDN).</source>
        <translation>The FQDN our connectors announce (default: the server&apos;s FQDN).</translation>
    </message>
    <message>
        <source>FQDN</source>
        <translation>FQDN</translation>
    </message>
    <message>
        <source>partner add: --name, --domain and --gateway are required</source>
        <translation>partner add: --name, --domain and --gateway are required</translation>
    </message>
    <message>
        <source>partner add: the workspace has several servers; give --server</source>
        <translation>partner add: the workspace has several servers; give --server</translation>
    </message>
    <message>
        <source>Created receive connector %1\%2 and send connector %3</source>
        <translation>Created receive connector %1\%2 and send connector %3</translation>
    </message>
</context>
<context>
    <name>PartnerCertAddVerb</name>
    <message>
        <source>Pin a partner&apos;s identity: import the certificate of the partner&apos;s gateway (PEM or DER) for a partner domain; its public key (SHA-256 of the SubjectPublicKeyInfo) is what the partner&apos;s gateway must present.</source>
        <translation>Pin a partner&apos;s identity: import the certificate of the partner&apos;s gateway (PEM or DER) for a partner domain; its public key (SHA-256 of the SubjectPublicKeyInfo) is what the partner&apos;s gateway must present.</translation>
    </message>
    <message>
        <source>The partner domain the certificate stands for.</source>
        <translation>The partner domain the certificate stands for.</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMAIN</translation>
    </message>
    <message>
        <source>The partner gateway&apos;s certificate.</source>
        <translation>The partner gateway&apos;s certificate.</translation>
    </message>
    <message>
        <source>partner cert add: give exactly one FILE</source>
        <translation>partner cert add: give exactly one FILE</translation>
    </message>
    <message>
        <source>partner cert add: --domain is required</source>
        <translation>partner cert add: --domain is required</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: cannot read the file: %2</translation>
    </message>
    <message>
        <source>Partner %1: this certificate is pinned already (public key %2)</source>
        <translation>Partner %1: this certificate is pinned already (public key %2)</translation>
    </message>
    <message>
        <source>Partner %1: pinned public key %2 of %3, valid until %4</source>
        <translation>Partner %1: pinned public key %2 of %3, valid until %4</translation>
    </message>
</context>
<context>
    <name>PartnerCertListVerb</name>
    <message>
        <source>List the pinned partner certificates: domain, public-key pin, expiry and subject.</source>
        <translation>List the pinned partner certificates: domain, public-key pin, expiry and subject.</translation>
    </message>
    <message>
        <source>Only the certificates of this partner domain.</source>
        <translation>Only the certificates of this partner domain.</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMAIN</translation>
    </message>
</context>
<context>
    <name>PartnerCertRemoveVerb</name>
    <message>
        <source>Remove a pinned public key of a partner domain (every certificate with that key).</source>
        <translation>Remove a pinned public key of a partner domain (every certificate with that key).</translation>
    </message>
    <message>
        <source>The partner domain.</source>
        <translation>The partner domain.</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMAIN</translation>
    </message>
    <message>
        <source>The public-key pin (64 hex digits, as partner cert list shows it).</source>
        <translation>The public-key pin (64 hex digits, as partner cert list shows it).</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>partner cert remove: --domain and --pin are required</source>
        <translation>partner cert remove: --domain and --pin are required</translation>
    </message>
</context>
<context>
    <name>PartnerCertificate</name>
    <message>
        <source>a pin is the SHA-256 of a public key: 64 hexadecimal digits, optionally in pairs joined by &quot;:&quot;</source>
        <translation>a pin is the SHA-256 of a public key: 64 hexadecimal digits, optionally in pairs joined by &quot;:&quot;</translation>
    </message>
    <message>
        <source>has no DER data</source>
        <translation>has no DER data</translation>
    </message>
</context>
<context>
    <name>PartnerOperations</name>
    <message>
        <source>Partner name: %1</source>
        <translation>Partner name: %1</translation>
    </message>
    <message>
        <source>The organization already has a send connector named %1; choose another partner name.</source>
        <translation>The organization already has a send connector named %1; choose another partner name.</translation>
    </message>
    <message>
        <source>%1 already has a receive connector named %2; choose another partner name.</source>
        <translation>%1 already has a receive connector named %2; choose another partner name.</translation>
    </message>
    <message>
        <source>Give at least one partner domain.</source>
        <translation>Give at least one partner domain.</translation>
    </message>
    <message>
        <source>Give the IP addresses of the partner&apos;s gateways.</source>
        <translation>Give the IP addresses of the partner&apos;s gateways.</translation>
    </message>
    <message>
        <source>Give at least one local binding.</source>
        <translation>Give at least one local binding.</translation>
    </message>
    <message>
        <source>The server %1 is not in the workspace.</source>
        <translation>The server %1 is not in the workspace.</translation>
    </message>
    <message>
        <source>New partner %1</source>
        <translation>New partner %1</translation>
    </message>
</context>
<context>
    <name>PartnerPinOperations</name>
    <message>
        <source>%1: the file is too large for a partner certificate</source>
        <translation>%1: the file is too large for a partner certificate</translation>
    </message>
    <message>
        <source>%1 holds a private key; a partner&apos;s certificate is imported without one</source>
        <translation>%1 holds a private key; a partner&apos;s certificate is imported without one</translation>
    </message>
    <message>
        <source>%1 holds no certificate</source>
        <translation>%1 holds no certificate</translation>
    </message>
    <message>
        <source>no certificate was given</source>
        <translation>no certificate was given</translation>
    </message>
    <message>
        <source>%1 is a CA certificate; pin the partner gateway&apos;s own certificate (trust the CA with &quot;trust add&quot;)</source>
        <translation>%1 is a CA certificate; pin the partner gateway&apos;s own certificate (trust the CA with &quot;trust add&quot;)</translation>
    </message>
    <message>
        <source>The certificate of %1 is pinned already</source>
        <translation>The certificate of %1 is pinned already</translation>
    </message>
    <message>
        <source>Pin the public key %1 for partner %2</source>
        <translation>Pin the public key %1 for partner %2</translation>
    </message>
    <message>
        <source>the certificate of %1 was not verified by the test (trusted chain and the partner&apos;s name); nothing is pinned</source>
        <translation>the certificate of %1 was not verified by the test (trusted chain and the partner&apos;s name); nothing is pinned</translation>
    </message>
    <message>
        <source>partner %1 has no pin %2</source>
        <translation>partner %1 has no pin %2</translation>
    </message>
    <message>
        <source>Remove the pin %1 of partner %2</source>
        <translation>Remove the pin %1 of partner %2</translation>
    </message>
</context>
<context>
    <name>PartnerPinRules</name>
    <message>
        <source>The certificate pinned for partner %1 (%2) does not carry %1; its names are: %3.</source>
        <translation>The certificate pinned for partner %1 (%2) does not carry %1; its names are: %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Ask the partner for a certificate with %1 among its subject alternative names, import it and remove this pin.</source>
        <translation>Ask the partner for a certificate with %1 among its subject alternative names, import it and remove this pin.</translation>
    </message>
    <message>
        <source>The certificate pinned for partner %1 (public key %2) expired on %3.</source>
        <translation>The certificate pinned for partner %1 (public key %2) expired on %3.</translation>
    </message>
    <message>
        <source>Import the partner&apos;s current certificate and remove the old pin.</source>
        <translation>Import the partner&apos;s current certificate and remove the old pin.</translation>
    </message>
    <message>
        <source>The certificate pinned for partner %1 (public key %2) expires on %3, in %4 days.</source>
        <translation>The certificate pinned for partner %1 (public key %2) expires on %3, in %4 days.</translation>
    </message>
    <message>
        <source>Import the partner&apos;s next certificate now, so that both keys are pinned during the rollover.</source>
        <translation>Import the partner&apos;s next certificate now, so that both keys are pinned during the rollover.</translation>
    </message>
    <message>
        <source>Receive connector %1 trusts the public CA %2 without a pinned partner key (%3): anyone with a certificate from that CA in the partner&apos;s address ranges would be taken for the partner.</source>
        <translation>Receive connector %1 trusts the public CA %2 without a pinned partner key (%3): anyone with a certificate from that CA in the partner&apos;s address ranges would be taken for the partner.</translation>
    </message>
    <message>
        <source>no partner domain</source>
        <translation>no partner domain</translation>
    </message>
    <message>
        <source>Pin the partner&apos;s certificate: import it, or trust it from Test Connection.</source>
        <translation>Pin the partner&apos;s certificate: import it, or trust it from Test Connection.</translation>
    </message>
</context>
<context>
    <name>PartnerSetup</name>
    <message>
        <source>From %1</source>
        <translation>From %1</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>To %1</translation>
    </message>
</context>
<context>
    <name>PassphraseVerb</name>
    <message>
        <source>Encrypt every private key with a new passphrase.</source>
        <translation>Encrypt every private key with a new passphrase.</translation>
    </message>
    <message>
        <source>Re-encrypt every private key with a new passphrase (the current one from --passphrase-file).</source>
        <translation>Re-encrypt every private key with a new passphrase (the current one from --passphrase-file).</translation>
    </message>
    <message>
        <source>Store the private keys unencrypted (the current passphrase from --passphrase-file).</source>
        <translation>Store the private keys unencrypted (the current passphrase from --passphrase-file).</translation>
    </message>
    <message>
        <source>The new passphrase from the first line of FILE.</source>
        <translation>The new passphrase from the first line of FILE.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>passphrase %1: give --new-passphrase-file FILE</source>
        <translation>passphrase %1: give --new-passphrase-file FILE</translation>
    </message>
    <message>
        <source>the new passphrase is empty</source>
        <translation>the new passphrase is empty</translation>
    </message>
    <message>
        <source>%1: the workspace has a passphrase already: use &quot;passphrase change&quot;</source>
        <translation>%1: the workspace has a passphrase already: use &quot;passphrase change&quot;</translation>
    </message>
    <message>
        <source>%1: the workspace has no passphrase: use &quot;passphrase set&quot;</source>
        <translation>%1: the workspace has no passphrase: use &quot;passphrase set&quot;</translation>
    </message>
    <message>
        <source>The private keys are encrypted with the new passphrase</source>
        <translation>The private keys are encrypted with the new passphrase</translation>
    </message>
    <message>
        <source>The private keys are stored unencrypted (the file stays mode 0600)</source>
        <translation>The private keys are stored unencrypted (the file stays mode 0600)</translation>
    </message>
</context>
<context>
    <name>PbeBounds</name>
    <message>
        <source>iteration count too large (%1; at most %2)</source>
        <translation>iteration count too large (%1; at most %2)</translation>
    </message>
    <message>
        <source>scrypt parameters too large (N=%1, r=%2, p=%3; at most %4 MiB of memory and N·r·p at most %5)</source>
        <translation>scrypt parameters too large (N=%1, r=%2, p=%3; at most %4 MiB of memory and N·r·p at most %5)</translation>
    </message>
</context>
<context>
    <name>PendingRequest</name>
    <message>
        <source>has no DER data</source>
        <translation>DER データがありません</translation>
    </message>
    <message>
        <source>has no key data</source>
        <translation>鍵データがありません</translation>
    </message>
</context>
<context>
    <name>Pkcs12Writer</name>
    <message>
        <source>no certificate to put in the PKCS#12 file</source>
        <translation>no certificate to put in the PKCS#12 file</translation>
    </message>
    <message>
        <source>a PKCS#12 file needs a password</source>
        <translation>a PKCS#12 file needs a password</translation>
    </message>
    <message>
        <source>the private key does not belong to the certificate</source>
        <translation>the private key does not belong to the certificate</translation>
    </message>
    <message>
        <source>cannot build the PKCS#12 file: %1</source>
        <translation>cannot build the PKCS#12 file: %1</translation>
    </message>
    <message>
        <source>cannot add the PKCS#12 MAC: %1</source>
        <translation>cannot add the PKCS#12 MAC: %1</translation>
    </message>
</context>
<context>
    <name>PostfixApplier</name>
    <message>
        <source>%1 not found; is Postfix installed?</source>
        <translation>%1 not found; is Postfix installed?</translation>
    </message>
    <message>
        <source>%1 did not run: %2</source>
        <translation>%1 did not run: %2</translation>
    </message>
    <message>
        <source>%1 %2 failed: %3</source>
        <translation>%1 %2 failed: %3</translation>
    </message>
    <message>
        <source>%1 is not a Postfix configuration directory (no main.cf or master.cf)</source>
        <translation>%1 is not a Postfix configuration directory (no main.cf or master.cf)</translation>
    </message>
    <message>
        <source>applying to %1 was cancelled</source>
        <translation>applying to %1 was cancelled</translation>
    </message>
    <message>
        <source>writing files under %1</source>
        <translation>writing files under %1</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>wrote %1</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>removed %1</translation>
    </message>
    <message>
        <source>updating main.cf settings</source>
        <translation>updating main.cf settings</translation>
    </message>
    <message>
        <source>main.cf: %1 = %2 (was: %3)</source>
        <translation>main.cf: %1 = %2 (was: %3)</translation>
    </message>
    <message>
        <source>main.cf: %1 = %2 (was not set)</source>
        <translation>main.cf: %1 = %2 (was not set)</translation>
    </message>
    <message>
        <source>updating master.cf services</source>
        <translation>updating master.cf services</translation>
    </message>
    <message>
        <source>master.cf: replaced service %1</source>
        <translation>master.cf: replaced service %1</translation>
    </message>
    <message>
        <source>master.cf: added service %1</source>
        <translation>master.cf: added service %1</translation>
    </message>
    <message>
        <source>master.cf: removed service %1 (no longer in the workspace)</source>
        <translation>master.cf: removed service %1 (no longer in the workspace)</translation>
    </message>
    <message>
        <source>building the lookup tables</source>
        <translation>building the lookup tables</translation>
    </message>
    <message>
        <source>postmap %1</source>
        <translation>postmap %1</translation>
    </message>
    <message>
        <source>running postfix check</source>
        <translation>running postfix check</translation>
    </message>
    <message>
        <source>postfix check failed after applying: %1</source>
        <translation>postfix check failed after applying: %1</translation>
    </message>
    <message>
        <source>exit code %1, no message</source>
        <translation>exit code %1, no message</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>cannot remove %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>cannot create %1: %2</translation>
    </message>
    <message>
        <source>the name in the EHLO and banner that partners check against the certificate</source>
        <translation>the name in the EHLO and banner that partners check against the certificate</translation>
    </message>
    <message>
        <source>smaller than the largest message a connector accepts; larger mail would be refused</source>
        <translation>smaller than the largest message a connector accepts; larger mail would be refused</translation>
    </message>
    <message>
        <source>the certificate and key partners verify (server and client certificate)</source>
        <translation>the certificate and key partners verify (server and client certificate)</translation>
    </message>
    <message>
        <source>the partner set-up needs this value</source>
        <translation>the partner set-up needs this value</translation>
    </message>
    <message>
        <source>refusing the manifest %1: it is not a regular file (a symbolic link?)</source>
        <translation>refusing the manifest %1: it is not a regular file (a symbolic link?)</translation>
    </message>
    <message>
        <source>refusing the manifest %1: it is owned by user id %2, not by you or root</source>
        <translation>refusing the manifest %1: it is owned by user id %2, not by you or root</translation>
    </message>
    <message>
        <source>refusing the manifest %1: other users may write to it (mode %2)</source>
        <translation>refusing the manifest %1: other users may write to it (mode %2)</translation>
    </message>
    <message>
        <source>refusing the manifest %1: &quot;%2&quot; is nothing DomainSecure creates (files directly under %3/, partner listeners); remove the line</source>
        <translation>refusing the manifest %1: &quot;%2&quot; is nothing DomainSecure creates (files directly under %3/, partner listeners); remove the line</translation>
    </message>
    <message>
        <source>checking %1</source>
        <translation>checking %1</translation>
    </message>
    <message>
        <source>refusing to apply: %1 is not a regular file (a symbolic link?)</source>
        <translation>refusing to apply: %1 is not a regular file (a symbolic link?)</translation>
    </message>
    <message>
        <source>refusing to apply: %1 is not a folder (a symbolic link?); nothing was written</source>
        <translation>refusing to apply: %1 is not a folder (a symbolic link?); nothing was written</translation>
    </message>
    <message>
        <source>refusing to apply: %1 is a symbolic link; nothing was written</source>
        <translation>refusing to apply: %1 is a symbolic link; nothing was written</translation>
    </message>
    <message>
        <source>cannot create a staging folder in %1</source>
        <translation>cannot create a staging folder in %1</translation>
    </message>
    <message>
        <source>%1; nothing was changed in %2</source>
        <translation>%1; nothing was changed in %2</translation>
    </message>
    <message>
        <source>applying to %1 was cancelled; nothing was changed</source>
        <translation>applying to %1 was cancelled; nothing was changed</translation>
    </message>
    <message>
        <source>copying the current files to a backup folder</source>
        <translation>copying the current files to a backup folder</translation>
    </message>
    <message>
        <source>cannot copy the current configuration to %1: %2; nothing was changed in %3</source>
        <translation>cannot copy the current configuration to %1: %2; nothing was changed in %3</translation>
    </message>
    <message>
        <source>installing the new files into %1</source>
        <translation>installing the new files into %1</translation>
    </message>
    <message>
        <source>%1; restoring the previous configuration FAILED: %2 differ from before; the intact copies are in %3 (see SHA256SUMS there)</source>
        <translation>%1; restoring the previous configuration FAILED: %2 differ from before; the intact copies are in %3 (see SHA256SUMS there)</translation>
    </message>
    <message>
        <source>%1 (the previous configuration was restored and verified by sha256; copies are in %2)</source>
        <translation>%1 (the previous configuration was restored and verified by sha256; copies are in %2)</translation>
    </message>
    <message>
        <source>%1 = %2 (DomainSecure needs %3: %4)</source>
        <translation>%1 = %2 (DomainSecure needs %3: %4)</translation>
    </message>
    <message>
        <source>refusing to replace global settings the administrator set: %1; allow it explicitly (--allow-global-change) to replace them</source>
        <translation>refusing to replace global settings the administrator set: %1; allow it explicitly (--allow-global-change) to replace them</translation>
    </message>
    <message>
        <source>refusing to replace the master.cf service %1: the administrator defined it, not DomainSecure; allow it explicitly (--allow-global-change) to replace it</source>
        <translation>refusing to replace the master.cf service %1: the administrator defined it, not DomainSecure; allow it explicitly (--allow-global-change) to replace it</translation>
    </message>
    <message>
        <source>master.cf: service %1 is no longer in the workspace but was changed by someone else; it was left in place</source>
        <translation>master.cf: service %1 is no longer in the workspace but was changed by someone else; it was left in place</translation>
    </message>
    <message>
        <source>the smtp service runs chrooted (master.cf chroot column &quot;%1&quot;): the partner trust anchors (tafile=) must also be readable inside the queue directory, or set its chroot column to n</source>
        <translation>the smtp service runs chrooted (master.cf chroot column &quot;%1&quot;): the partner trust anchors (tafile=) must also be readable inside the queue directory, or set its chroot column to n</translation>
    </message>
    <message>
        <source>postfix check refused the new configuration: %1</source>
        <translation>postfix check refused the new configuration: %1</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>cannot create %1</translation>
    </message>
</context>
<context>
    <name>PostfixApplyScript</name>
    <message>
        <source>Applies this DomainSecure bundle to a Postfix configuration directory.</source>
        <translation>Applies this DomainSecure bundle to a Postfix configuration directory.</translation>
    </message>
    <message>
        <source>Usage: %1   (default /etc/postfix); run as root.</source>
        <translation>Usage: %1   (default /etc/postfix); run as root.</translation>
    </message>
    <message>
        <source>It checks everything before the first change and never lowers a setting the administrator chose.</source>
        <translation>It checks everything before the first change and never lowers a setting the administrator chose.</translation>
    </message>
    <message>
        <source>It copies every file it may change to CONFIG_DIR/%1TIME first; if a step fails, it puts them back and verifies them (exit 4).</source>
        <translation>It copies every file it may change to CONFIG_DIR/%1TIME first; if a step fails, it puts them back and verifies them (exit 4).</translation>
    </message>
    <message>
        <source>&quot;domainsecure-cli export postfix --apply&quot; does the same and also removes what earlier bundles created.</source>
        <translation>&quot;domainsecure-cli export postfix --apply&quot; does the same and also removes what earlier bundles created.</translation>
    </message>
    <message>
        <source>unknown option %1; usage: %2</source>
        <translation>unknown option %1; usage: %2</translation>
    </message>
    <message>
        <source>%1 is not a Postfix configuration directory (no main.cf or master.cf)</source>
        <translation>%1 is not a Postfix configuration directory (no main.cf or master.cf)</translation>
    </message>
    <message>
        <source>1. Checks; nothing is changed when one fails.</source>
        <translation>1. Checks; nothing is changed when one fails.</translation>
    </message>
    <message>
        <source>%1 not found; is Postfix installed?</source>
        <translation>%1 not found; is Postfix installed?</translation>
    </message>
    <message>
        <source>refusing to apply: %1 is not a regular file (a symbolic link?)</source>
        <translation>refusing to apply: %1 is not a regular file (a symbolic link?)</translation>
    </message>
    <message>
        <source>refusing to apply: %1 is not a folder (a symbolic link?); nothing was written</source>
        <translation>refusing to apply: %1 is not a folder (a symbolic link?); nothing was written</translation>
    </message>
    <message>
        <source>refusing to apply: %1 is a symbolic link or not a regular file; nothing was written</source>
        <translation>refusing to apply: %1 is a symbolic link or not a regular file; nothing was written</translation>
    </message>
    <message>
        <source>refusing the manifest %1: other users may write to it</source>
        <translation>refusing the manifest %1: other users may write to it</translation>
    </message>
    <message>
        <source>The apply pass collects the changes and writes them with one postconf call each for main.cf and master.cf.</source>
        <translation>The apply pass collects the changes and writes them with one postconf call each for main.cf and master.cf.</translation>
    </message>
    <message>
        <source>Settings the partner set-up needs as they are: an administrator&apos;s other value is refused.</source>
        <translation>Settings the partner set-up needs as they are: an administrator&apos;s other value is refused.</translation>
    </message>
    <message>
        <source>Written only where the administrator has not set them (a stronger TLS level stays).</source>
        <translation>Written only where the administrator has not set them (a stronger TLS level stays).</translation>
    </message>
    <message>
        <source>Raised, never lowered (0 is unlimited).</source>
        <translation>Raised, never lowered (0 is unlimited).</translation>
    </message>
    <message>
        <source>Lists: our entry first, every other entry kept as it is.</source>
        <translation>Lists: our entry first, every other entry kept as it is.</translation>
    </message>
    <message>
        <source>master.cf services: one the administrator defined is not replaced.</source>
        <translation>master.cf services: one the administrator defined is not replaced.</translation>
    </message>
    <message>
        <source>refusing to replace what the administrator set: %1; run %2 to replace it</source>
        <translation>refusing to replace what the administrator set: %1; run %2 to replace it</translation>
    </message>
    <message>
        <source>2. Copies of everything that may change, beside the configuration.</source>
        <translation>2. Copies of everything that may change, beside the configuration.</translation>
    </message>
    <message>
        <source>cannot copy the current configuration to %1; nothing was changed in %2</source>
        <translation>cannot copy the current configuration to %1; nothing was changed in %2</translation>
    </message>
    <message>
        <source>3. Install. Any failure from here on puts the copies back and verifies them.</source>
        <translation>3. Install. Any failure from here on puts the copies back and verifies them.</translation>
    </message>
    <message>
        <source>the previous configuration was restored and verified (copies in %1)</source>
        <translation>the previous configuration was restored and verified (copies in %1)</translation>
    </message>
    <message>
        <source>restoring FAILED: these files are damaged: %1; the intact copies are in %2 (SHA256SUMS lists them)</source>
        <translation>restoring FAILED: these files are damaged: %1; the intact copies are in %2 (SHA256SUMS lists them)</translation>
    </message>
    <message>
        <source>a step failed (exit code %1); putting back the files from %2</source>
        <translation>a step failed (exit code %1); putting back the files from %2</translation>
    </message>
    <message>
        <source>Applied; the previous files are in %1. Run: postfix -c %2 reload</source>
        <translation>Applied; the previous files are in %1. Run: postfix -c %2 reload</translation>
    </message>
</context>
<context>
    <name>PostfixExporter</name>
    <message>
        <source>the IPv6 range %1 cannot be written as a Postfix CIDR map; use prefix notation</source>
        <translation>the IPv6 range %1 cannot be written as a Postfix CIDR map; use prefix notation</translation>
    </message>
    <message>
        <source>banner cannot be exported: %1</source>
        <translation>banner cannot be exported: %1</translation>
    </message>
    <message>
        <source>the key of certificate %1 is encrypted and this build cannot decrypt it</source>
        <translation>the key of certificate %1 is encrypted and this build cannot decrypt it</translation>
    </message>
    <message>
        <source>Postfix configuration bundle</source>
        <translation>Postfix configuration bundle</translation>
    </message>
    <message>
        <source>server %1 has no FQDN, which Postfix needs as myhostname</source>
        <translation>server %1 has no FQDN, which Postfix needs as myhostname</translation>
    </message>
    <message>
        <source>server %1 has no certificate enabled for SMTP: no certificate is configured</source>
        <translation>server %1 has no certificate enabled for SMTP: no certificate is configured</translation>
    </message>
    <message>
        <source>the SMTP certificate %1 of server %2 has no private key in the workspace</source>
        <translation>the SMTP certificate %1 of server %2 has no private key in the workspace</translation>
    </message>
    <message>
        <source>certificate %1 and its chain (server and client certificate)</source>
        <translation>certificate %1 and its chain (server and client certificate)</translation>
    </message>
    <message>
        <source>private key of certificate %1</source>
        <translation>private key of certificate %1</translation>
    </message>
    <message>
        <source>the workspace trusts no partner root CA: partner certificates cannot be verified</source>
        <translation>the workspace trusts no partner root CA: partner certificates cannot be verified</translation>
    </message>
    <message>
        <source>trusted partner root CAs (verify partner server and client certificates)</source>
        <translation>trusted partner root CAs (verify partner server and client certificates)</translation>
    </message>
    <message>
        <source>receive connector %1 is disabled and not exported</source>
        <translation>receive connector %1 is disabled and not exported</translation>
    </message>
    <message>
        <source>receive connector %1 needs no TLS: Postfix&apos;s default smtpd service covers it, no listener is written</source>
        <translation>receive connector %1 needs no TLS: Postfix&apos;s default smtpd service covers it, no listener is written</translation>
    </message>
    <message>
        <source>receive connector %1 has no binding to listen on</source>
        <translation>receive connector %1 has no binding to listen on</translation>
    </message>
    <message>
        <source>receive connector %1: %2</source>
        <translation>receive connector %1: %2</translation>
    </message>
    <message>
        <source>client CIDR access map of receive connector %1</source>
        <translation>client CIDR access map of receive connector %1</translation>
    </message>
    <message>
        <source>receive connector %1 accepts every remote address; only the certificate check limits it</source>
        <translation>receive connector %1 accepts every remote address; only the certificate check limits it</translation>
    </message>
    <message>
        <source>receive connector %1 listens on every address (%2): its Postfix listener conflicts with any other service on port %3</source>
        <translation>receive connector %1 listens on every address (%2): its Postfix listener conflicts with any other service on port %3</translation>
    </message>
    <message>
        <source>receive connector %1 (%2)</source>
        <translation>receive connector %1 (%2)</translation>
    </message>
    <message>
        <source>domain security: verified client certificate required</source>
        <translation>domain security: verified client certificate required</translation>
    </message>
    <message>
        <source>TLS required</source>
        <translation>TLS required</translation>
    </message>
    <message>
        <source>send connector %1 is disabled and not exported</source>
        <translation>send connector %1 is disabled and not exported</translation>
    </message>
    <message>
        <source>send connector %1 routes through smart hosts but has none</source>
        <translation>send connector %1 routes through smart hosts but has none</translation>
    </message>
    <message>
        <source>send connector %1: Postfix uses only the first smart host %2</source>
        <translation>send connector %1: Postfix uses only the first smart host %2</translation>
    </message>
    <message>
        <source>send connector %1: smart host authentication is not exported</source>
        <translation>send connector %1: smart host authentication is not exported</translation>
    </message>
    <message>
        <source>send connector %1: the address space * (all domains) is not exported; Postfix&apos;s default routing applies</source>
        <translation>send connector %1: the address space * (all domains) is not exported; Postfix&apos;s default routing applies</translation>
    </message>
    <message>
        <source>next hop %1 is used by connectors with different TLS levels; the strongest, %2, is written</source>
        <translation>next hop %1 is used by connectors with different TLS levels; the strongest, %2, is written</translation>
    </message>
    <message>
        <source>TLS policy per next hop, exactly as the transport map produces it.</source>
        <translation>TLS policy per next hop, exactly as the transport map produces it.</translation>
    </message>
    <message>
        <source>Routes to smart hosts and non-standard ports.</source>
        <translation>Routes to smart hosts and non-standard ports.</translation>
    </message>
    <message>
        <source>TLS policy map (smtp_tls_policy_maps)</source>
        <translation>TLS policy map (smtp_tls_policy_maps)</translation>
    </message>
    <message>
        <source>transport map (transport_maps)</source>
        <translation>transport map (transport_maps)</translation>
    </message>
    <message>
        <source>list setting: --apply puts this entry first and keeps existing ones</source>
        <translation>list setting: --apply puts this entry first and keeps existing ones</translation>
    </message>
    <message>
        <source>DomainSecure Postfix bundle for server %1 (%2)</source>
        <translation>DomainSecure Postfix bundle for server %1 (%2)</translation>
    </message>
    <message>
        <source>Apply it as root with one of:</source>
        <translation>Apply it as root with one of:</translation>
    </message>
    <message>
        <source>then reload Postfix (postfix reload). Only the settings listed in main.cf.postconf, the services in master.cf.postconf and the files under CONFIG_DIR/%1/ are written; nothing else is changed.</source>
        <translation>then reload Postfix (postfix reload). Only the settings listed in main.cf.postconf, the services in master.cf.postconf and the files under CONFIG_DIR/%1/ are written; nothing else is changed.</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Files:</translation>
    </message>
    <message>
        <source>main.cf settings as postconf -e lines</source>
        <translation>main.cf settings as postconf -e lines</translation>
    </message>
    <message>
        <source>master.cf services as postconf -M lines</source>
        <translation>master.cf services as postconf -M lines</translation>
    </message>
    <message>
        <source>Listeners:</source>
        <translation>Listeners:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>The TLS policy map is keyed by the next hop the transport map produces ([ip]:port for a smart host), with match= naming the partner domain: an entry keyed by the domain alone would never be used.</source>
        <translation>The TLS policy map is keyed by the next hop the transport map produces ([ip]:port for a smart host), with match= naming the partner domain: an entry keyed by the domain alone would never be used.</translation>
    </message>
    <message>
        <source>A partner listener requires STARTTLS and a client certificate issued by a trusted partner root, and accepts only the partner&apos;s IP ranges. smtpd checks the chain, not the name.</source>
        <translation>A partner listener requires STARTTLS and a client certificate issued by a trusted partner root, and accepts only the partner&apos;s IP ranges. smtpd checks the chain, not the name.</translation>
    </message>
    <message>
        <source>A certificate mismatch defers mail (4.7.5); it stays in the queue, it is not lost.</source>
        <translation>A certificate mismatch defers mail (4.7.5); it stays in the queue, it is not lost.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>what the bundle does and how to apply it</source>
        <translation>what the bundle does and how to apply it</translation>
    </message>
    <message>
        <source>shell script that applies the bundle</source>
        <translation>shell script that applies the bundle</translation>
    </message>
    <message>
        <source>receive connectors %1 and %2 share the binding %3 but differ in TLS, size, banner or FQDN settings, which one Postfix listener cannot express</source>
        <translation>receive connectors %1 and %2 share the binding %3 but differ in TLS, size, banner or FQDN settings, which one Postfix listener cannot express</translation>
    </message>
    <message>
        <source>Remote IP ranges of the receive connectors below; the first match wins.</source>
        <translation>Remote IP ranges of the receive connectors below; the first match wins.</translation>
    </message>
    <message>
        <source>receive connectors %1 share the binding %2 and one of them accepts every address: the listener accepts every address</source>
        <translation>receive connectors %1 share the binding %2 and one of them accepts every address: the listener accepts every address</translation>
    </message>
    <message>
        <source>receive connectors %1 listen on bindings that Postfix cannot tell apart (%2)</source>
        <translation>receive connectors %1 listen on bindings that Postfix cannot tell apart (%2)</translation>
    </message>
    <message>
        <source>banner &quot;%1&quot; %2</source>
        <translation>バナー &quot;%1&quot; は %2</translation>
    </message>
    <message>
        <source>%1: the Postfix bundle is not written; include the key only if it belongs on server %2 (--include-private-key)</source>
        <translation>%1: the Postfix bundle is not written; include the key only if it belongs on server %2 (--include-private-key)</translation>
    </message>
    <message>
        <source>the key of certificate %1: %2</source>
        <translation>the key of certificate %1: %2</translation>
    </message>
    <message>
        <source>Both check everything before the first change, never lower a TLS level, size limit or list the administrator set, and refuse to replace the administrator&apos;s own certificate, host name or listener unless --allow-global-change is given. Both copy the files they change to CONFIG_DIR/%1TIME first and, if a step fails, put them back and verify them.</source>
        <translation>Both check everything before the first change, never lower a TLS level, size limit or list the administrator set, and refuse to replace the administrator&apos;s own certificate, host name or listener unless --allow-global-change is given. Both copy the files they change to CONFIG_DIR/%1TIME first and, if a step fails, put them back and verify them.</translation>
    </message>
    <message>
        <source>checks, copies, installs the files and runs the postconf, postmap and check steps</source>
        <translation>checks, copies, installs the files and runs the postconf, postmap and check steps</translation>
    </message>
    <message>
        <source>receive connector %1: no trusted root issued the pinned certificates of %2; the listener verifies client certificates with every trusted partner root, and the pin still admits only the partner&apos;s key</source>
        <translation>receive connector %1: no trusted root issued the pinned certificates of %2; the listener verifies client certificates with every trusted partner root, and the pin still admits only the partner&apos;s key</translation>
    </message>
    <message>
        <source>receive connector %1 pins the keys of %2 but the workspace trusts no root that could verify them</source>
        <translation>receive connector %1 pins the keys of %2 but the workspace trusts no root that could verify them</translation>
    </message>
    <message>
        <source>root CAs of partner %1 (client certificates on its listener)</source>
        <translation>root CAs of partner %1 (client certificates on its listener)</translation>
    </message>
    <message>
        <source>Public-key SHA-256 fingerprints of partner %1 (check_ccert_access).</source>
        <translation>Public-key SHA-256 fingerprints of partner %1 (check_ccert_access).</translation>
    </message>
    <message>
        <source>certificate %1, valid until %2</source>
        <translation>certificate %1, valid until %2</translation>
    </message>
    <message>
        <source>pinned public keys of partner %1 (check_ccert_access)</source>
        <translation>pinned public keys of partner %1 (check_ccert_access)</translation>
    </message>
    <message>
        <source>Any other client certificate on a pinned partner listener.</source>
        <translation>Any other client certificate on a pinned partner listener.</translation>
    </message>
    <message>
        <source>refusal of client certificates whose key is not pinned</source>
        <translation>refusal of client certificates whose key is not pinned</translation>
    </message>
    <message>
        <source>pinned public keys of partner %1 (tafile= of its TLS policy)</source>
        <translation>pinned public keys of partner %1 (tafile= of its TLS policy)</translation>
    </message>
    <message>
        <source>next hop %1 serves the pinned partner domains and %2, which has no pin: it is verified with the trusted partner roots</source>
        <translation>next hop %1 serves the pinned partner domains and %2, which has no pin: it is verified with the trusted partner roots</translation>
    </message>
    <message>
        <source>send connector %1: Postfix has no certificate check without the name check, so CertificateValidation is written as &quot;verify&quot;, which also checks the partner&apos;s name</source>
        <translation>send connector %1: Postfix has no certificate check without the name check, so CertificateValidation is written as &quot;verify&quot;, which also checks the partner&apos;s name</translation>
    </message>
</context>
<context>
    <name>PowerShellQuote</name>
    <message>
        <source>a control character (U+%1)</source>
        <translation>a control character (U+%1)</translation>
    </message>
    <message>
        <source>a line or paragraph separator (U+%1)</source>
        <translation>a line or paragraph separator (U+%1)</translation>
    </message>
    <message>
        <source>a typographic quote mark (U+%1)</source>
        <translation>a typographic quote mark (U+%1)</translation>
    </message>
    <message>
        <source>contains %1 at position %2</source>
        <translation>contains %1 at position %2</translation>
    </message>
    <message>
        <source>%1 cannot be exported: it %2</source>
        <translation>%1 cannot be exported: it %2</translation>
    </message>
</context>
<context>
    <name>PrivateKey</name>
    <message>
        <source>cannot set up key generation: %1</source>
        <translation>cannot set up key generation: %1</translation>
    </message>
    <message>
        <source>cannot generate a %1 key: %2</source>
        <translation>cannot generate a %1 key: %2</translation>
    </message>
    <message>
        <source>key generation was cancelled</source>
        <translation>key generation was cancelled</translation>
    </message>
    <message>
        <source>the private key is not valid PKCS#8 data</source>
        <translation>the private key is not valid PKCS#8 data</translation>
    </message>
    <message>
        <source>the private key cannot be read: %1</source>
        <translation>the private key cannot be read: %1</translation>
    </message>
    <message>
        <source>no unencrypted private key found in the PEM data</source>
        <translation>no unencrypted private key found in the PEM data</translation>
    </message>
</context>
<context>
    <name>ProbeConnection</name>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>no answer within %n second</numerusform>
            <numerusform>no answer within %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot resolve &quot;%1&quot;: %2</source>
        <translation>cannot resolve &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>%1 (address %2)</source>
        <translation>%1 (address %2)</translation>
    </message>
    <message numerus="yes">
        <source>no connection within %n second(s) (address %1)</source>
        <translation>
            <numerusform>no connection within %n second (address %1)</numerusform>
            <numerusform>no connection within %n seconds (address %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>the connection was closed</translation>
    </message>
    <message>
        <source>the server closed the TLS connection</source>
        <translation>the server closed the TLS connection</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>the server closed the connection</translation>
    </message>
    <message>
        <source>the server sent a line longer than %1 bytes without a line break: &quot;%2&quot;</source>
        <translation>the server sent a line longer than %1 bytes without a line break: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the server sent something that is not an SMTP reply: &quot;%1&quot;</source>
        <translation>the server sent something that is not an SMTP reply: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the server mixed reply codes %1 and %2 in one reply</source>
        <translation>the server mixed reply codes %1 and %2 in one reply</translation>
    </message>
    <message>
        <source>the server sent a reply of more than %1 lines</source>
        <translation>the server sent a reply of more than %1 lines</translation>
    </message>
</context>
<context>
    <name>ProbeOptions</name>
    <message>
        <source>&quot;%1&quot;: missing &quot;]&quot; after the IPv6 address</source>
        <translation>&quot;%1&quot;: missing &quot;]&quot; after the IPv6 address</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected &quot;:PORT&quot; after &quot;]&quot;</source>
        <translation>&quot;%1&quot;: expected &quot;:PORT&quot; after &quot;]&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: no host name or address</source>
        <translation>&quot;%1&quot;: no host name or address</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the port must be a number from 1 to 65535</source>
        <translation>&quot;%1&quot;: the port must be a number from 1 to 65535</translation>
    </message>
    <message>
        <source>no server &quot;%1&quot; in the workspace</source>
        <translation>no server &quot;%1&quot; in the workspace</translation>
    </message>
    <message>
        <source>server &quot;%1&quot; has no certificate enabled for SMTP</source>
        <translation>server &quot;%1&quot; has no certificate enabled for SMTP</translation>
    </message>
    <message>
        <source>the SMTP certificate %1 of server &quot;%2&quot; has no private key</source>
        <translation>the SMTP certificate %1 of server &quot;%2&quot; has no private key</translation>
    </message>
    <message>
        <source>the workspace keys are protected by a passphrase: give --passphrase-file FILE</source>
        <translation>the workspace keys are protected by a passphrase: give --passphrase-file FILE</translation>
    </message>
    <message>
        <source>cannot decrypt the key of certificate %1: wrong passphrase?</source>
        <translation>cannot decrypt the key of certificate %1: wrong passphrase?</translation>
    </message>
    <message>
        <source>the key of certificate %1: %2</source>
        <translation>the key of certificate %1: %2</translation>
    </message>
</context>
<context>
    <name>ProbeReport</name>
    <message>
        <source>Steps:</source>
        <translation>Steps:</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FAILED</translation>
    </message>
    <message>
        <source>TLS: %1, %2 (%3 bits), key exchange %4</source>
        <translation>TLS: %1, %2 (%3 bits), key exchange %4</translation>
    </message>
    <message>
        <source>  [%1] %2</source>
        <translation>  [%1] %2</translation>
    </message>
    <message>
        <source>      issuer %1</source>
        <translation>      issuer %1</translation>
    </message>
    <message numerus="yes">
        <source>      valid %1 to %2 (%n day(s) left), %3 %4</source>
        <translation>
            <numerusform>      valid %1 to %2 (%n day left), %3 %4</numerusform>
            <numerusform>      valid %1 to %2 (%n days left), %3 %4</numerusform>
        </translation>
    </message>
    <message>
        <source>      names %1</source>
        <translation>      names %1</translation>
    </message>
    <message>
        <source>      extended key usage %1</source>
        <translation>      extended key usage %1</translation>
    </message>
    <message>
        <source>Chain as sent:</source>
        <translation>Chain as sent:</translation>
    </message>
    <message>
        <source>Chain as built:</source>
        <translation>Chain as built:</translation>
    </message>
    <message>
        <source>Trust: trusted (%1)</source>
        <translation>Trust: trusted (%1)</translation>
    </message>
    <message>
        <source>Trust: NOT trusted: %1 (%2)</source>
        <translation>Trust: NOT trusted: %1 (%2)</translation>
    </message>
    <message>
        <source>Names:</source>
        <translation>Names:</translation>
    </message>
    <message>
        <source>  %1 (%2): no match</source>
        <translation>  %1 (%2): no match</translation>
    </message>
    <message>
        <source>  %1 (%2): matched by %3 (%4)</source>
        <translation>  %1 (%2): matched by %3 (%4)</translation>
    </message>
    <message>
        <source>Client certificate requested; acceptable CAs: %1</source>
        <translation>Client certificate requested; acceptable CAs: %1</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(any)</translation>
    </message>
    <message>
        <source>  ours: %1; chains to an acceptable CA: %2; clientAuth: %3</source>
        <translation>  ours: %1; chains to an acceptable CA: %2; clientAuth: %3</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>  verdict: %1 %2</source>
        <translation>  verdict: %1 %2</translation>
    </message>
    <message>
        <source>Client certificate: not requested</source>
        <translation>Client certificate: not requested</translation>
    </message>
    <message>
        <source>Result: %1 (level %2, %3 ms)</source>
        <translation>Result: %1 (level %2, %3 ms)</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Hint: %1</source>
        <translation>Hint: %1</translation>
    </message>
    <message>
        <source>  WARNING: the name is only in the CN; the certificate has no DNS subject alternative names</source>
        <translation>  WARNING: the name is only in the CN; the certificate has no DNS subject alternative names</translation>
    </message>
    <message>
        <source> [information only at level %1]</source>
        <translation> [information only at level %1]</translation>
    </message>
</context>
<context>
    <name>ProbeVerb</name>
    <message>
        <source>Connects to HOST[:PORT] (port 25 by default), runs EHLO, STARTTLS and the TLS handshake with our server&apos;s SMTP certificate as client certificate, and reports why the link works or fails.</source>
        <translation>Connects to HOST[:PORT] (port 25 by default), runs EHLO, STARTTLS and the TLS handshake with our server&apos;s SMTP certificate as client certificate, and reports why the link works or fails.</translation>
    </message>
    <message>
        <source>The partner&apos;s gateway, HOST[:PORT]; without it, the MX hosts of --domain in order.</source>
        <translation>The partner&apos;s gateway, HOST[:PORT]; without it, the MX hosts of --domain in order.</translation>
    </message>
    <message>
        <source>[HOST[:PORT]]</source>
        <translation>[HOST[:PORT]]</translation>
    </message>
    <message>
        <source>The partner domain the certificate must name.</source>
        <translation>The partner domain the certificate must name.</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMAIN</translation>
    </message>
    <message>
        <source>The workspace server whose SMTP certificate and FQDN to use.</source>
        <translation>The workspace server whose SMTP certificate and FQDN to use.</translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation>SERVER</translation>
    </message>
    <message>
        <source>encrypt, verify or secure (default: secure).</source>
        <translation>encrypt, verify or secure (default: secure).</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>LEVEL</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Also trust the CA certificates in this PEM file.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Do not present a client certificate.</source>
        <translation>Do not present a client certificate.</translation>
    </message>
    <message>
        <source>With --domain and no HOST: the port of the MX hosts (default: 25).</source>
        <translation>With --domain and no HOST: the port of the MX hosts (default: 25).</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>With --domain and no HOST: ask this DNS server for the MX records.</source>
        <translation>With --domain and no HOST: ask this DNS server for the MX records.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADDRESS</translation>
    </message>
    <message>
        <source>Seconds to wait for each network step (default: 30).</source>
        <translation>Seconds to wait for each network step (default: 30).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>probe: give one HOST[:PORT], or none with --domain to probe its MX hosts</source>
        <translation>probe: give one HOST[:PORT], or none with --domain to probe its MX hosts</translation>
    </message>
    <message>
        <source>probe: give HOST[:PORT], or --domain DOMAIN to probe its MX hosts</source>
        <translation>probe: give HOST[:PORT], or --domain DOMAIN to probe its MX hosts</translation>
    </message>
    <message>
        <source>probe: --port and --nameserver are for MX lookups; give HOST:PORT</source>
        <translation>probe: --port and --nameserver are for MX lookups; give HOST:PORT</translation>
    </message>
    <message>
        <source>--port &quot;%1&quot;: give a number from 1 to 65535</source>
        <translation>--port &quot;%1&quot;: give a number from 1 to 65535</translation>
    </message>
    <message>
        <source>--nameserver &quot;%1&quot;: give an IP address</source>
        <translation>--nameserver &quot;%1&quot;: give an IP address</translation>
    </message>
    <message>
        <source>--domain: %1</source>
        <translation>--domain: %1</translation>
    </message>
    <message>
        <source>--level &quot;%1&quot;: use encrypt, verify or secure</source>
        <translation>--level &quot;%1&quot;: use encrypt, verify or secure</translation>
    </message>
    <message>
        <source>--timeout &quot;%1&quot;: give seconds from 0.1 to 3600</source>
        <translation>--timeout &quot;%1&quot;: give seconds from 0.1 to 3600</translation>
    </message>
    <message>
        <source>%1: cannot read the CA file</source>
        <translation>%1: cannot read the CA file</translation>
    </message>
    <message>
        <source>--server needs a workspace: give -w FILE or set DOMAINSECURE_WORKSPACE</source>
        <translation>--server needs a workspace: give -w FILE or set DOMAINSECURE_WORKSPACE</translation>
    </message>
    <message>
        <source>%1 has no MX record; probing the domain itself</source>
        <translation>%1 has no MX record; probing the domain itself</translation>
    </message>
    <message>
        <source>MX %1 %2</source>
        <translation>MX %1 %2</translation>
    </message>
    <message>
        <source>== %1:%2 ==</source>
        <translation>== %1:%2 ==</translation>
    </message>
    <message>
        <source>With HOST and --domain: when the probe succeeds, pin the certificate the partner&apos;s gateway presented for the domain in the workspace (as partner cert add).</source>
        <translation>With HOST and --domain: when the probe succeeds, pin the certificate the partner&apos;s gateway presented for the domain in the workspace (as partner cert add).</translation>
    </message>
    <message>
        <source>probe --save-partner-cert: give HOST[:PORT], --domain DOMAIN and a workspace</source>
        <translation>probe --save-partner-cert: give HOST[:PORT], --domain DOMAIN and a workspace</translation>
    </message>
    <message>
        <source>Partner %1: this certificate is pinned already (public key %2)</source>
        <translation>Partner %1: this certificate is pinned already (public key %2)</translation>
    </message>
    <message>
        <source>Partner %1: pinned public key %2 of %3, valid until %4</source>
        <translation>Partner %1: pinned public key %2 of %3, valid until %4</translation>
    </message>
</context>
<context>
    <name>ReceiveConnector</name>
    <message>
        <source>unknown value &quot;%1&quot;</source>
        <translation>unknown value &quot;%1&quot;</translation>
    </message>
    <message>
        <source>contains { or }, which master.cf cannot hold</source>
        <translation>{ または } を含んでいますが、master.cf には書けません</translation>
    </message>
    <message>
        <source>a receive connector&apos;s maximum message size cannot be unlimited</source>
        <translation>a receive connector&apos;s maximum message size cannot be unlimited</translation>
    </message>
    <message>
        <source>%1 is outside 64KB to 2GB</source>
        <translation>%1 is outside 64KB to 2GB</translation>
    </message>
    <message>
        <source>a size from 64KB to 2GB, such as 10MB</source>
        <translation>a size from 64KB to 2GB, such as 10MB</translation>
    </message>
</context>
<context>
    <name>ReceiveConnectorRules</name>
    <message>
        <source>Two receive connectors of %1 are named &quot;%2&quot;; names must be unique per server.</source>
        <translation>Two receive connectors of %1 are named &quot;%2&quot;; names must be unique per server.</translation>
    </message>
    <message>
        <source>Rename one of them.</source>
        <translation>Rename one of them.</translation>
    </message>
    <message>
        <source>The receive connector has no name.</source>
        <translation>The receive connector has no name.</translation>
    </message>
    <message>
        <source>Give it a name.</source>
        <translation>Give it a name.</translation>
    </message>
    <message>
        <source>The name has %1 characters; Exchange allows at most %2.</source>
        <translation>The name has %1 characters; Exchange allows at most %2.</translation>
    </message>
    <message>
        <source>Shorten the name.</source>
        <translation>Shorten the name.</translation>
    </message>
    <message>
        <source>The name contains a backslash, which Exchange reserves for SERVER\Name.</source>
        <translation>The name contains a backslash, which Exchange reserves for SERVER\Name.</translation>
    </message>
    <message>
        <source>Remove the backslash from the name.</source>
        <translation>Remove the backslash from the name.</translation>
    </message>
    <message>
        <source>The name %1.</source>
        <translation>The name %1.</translation>
    </message>
    <message>
        <source>Use plain characters; the name is written into scripts and configuration files.</source>
        <translation>Use plain characters; the name is written into scripts and configuration files.</translation>
    </message>
    <message>
        <source>The banner %1.</source>
        <translation>The banner %1.</translation>
    </message>
    <message>
        <source>Write the banner on one line without control characters or typographic quotes.</source>
        <translation>Write the banner on one line without control characters or typographic quotes.</translation>
    </message>
    <message>
        <source>The banner &quot;%1&quot; does not start with &quot;220 &quot;; SMTP clients reject such a greeting.</source>
        <translation>The banner &quot;%1&quot; does not start with &quot;220 &quot;; SMTP clients reject such a greeting.</translation>
    </message>
    <message>
        <source>Start the banner with &quot;220 &quot;, or clear it to use the default.</source>
        <translation>Start the banner with &quot;220 &quot;, or clear it to use the default.</translation>
    </message>
    <message>
        <source>The comment %1.</source>
        <translation>The comment %1.</translation>
    </message>
    <message>
        <source>Write the comment without control characters or typographic quotes.</source>
        <translation>Write the comment without control characters or typographic quotes.</translation>
    </message>
    <message>
        <source>The connector has no bindings (local IP address and port).</source>
        <translation>The connector has no bindings (local IP address and port).</translation>
    </message>
    <message>
        <source>Add a binding such as 0.0.0.0:25.</source>
        <translation>Add a binding such as 0.0.0.0:25.</translation>
    </message>
    <message>
        <source>The connector accepts no remote IP range.</source>
        <translation>The connector accepts no remote IP range.</translation>
    </message>
    <message>
        <source>Add the IP addresses of the partner&apos;s sending servers.</source>
        <translation>Add the IP addresses of the partner&apos;s sending servers.</translation>
    </message>
    <message>
        <source>Add the remote IP ranges this connector serves.</source>
        <translation>Add the remote IP ranges this connector serves.</translation>
    </message>
    <message>
        <source>The partner connector accepts every address (%1), so it would demand partner certificates from all Internet senders.</source>
        <translation>The partner connector accepts every address (%1), so it would demand partner certificates from all Internet senders.</translation>
    </message>
    <message>
        <source>List only the partner&apos;s gateway addresses.</source>
        <translation>List only the partner&apos;s gateway addresses.</translation>
    </message>
    <message>
        <source>BasicAuthRequireTLS is set without both BasicAuth and Tls.</source>
        <translation>BasicAuthRequireTLS is set without both BasicAuth and Tls.</translation>
    </message>
    <message>
        <source>Add BasicAuth and Tls, or remove BasicAuthRequireTLS.</source>
        <translation>Add BasicAuth and Tls, or remove BasicAuthRequireTLS.</translation>
    </message>
    <message>
        <source>ExternalAuthoritative combines only with Tls and needs the ExchangeServers permission group.</source>
        <translation>ExternalAuthoritative combines only with Tls and needs the ExchangeServers permission group.</translation>
    </message>
    <message>
        <source>Keep only Tls besides ExternalAuthoritative and set the ExchangeServers group.</source>
        <translation>Keep only Tls besides ExternalAuthoritative and set the ExchangeServers group.</translation>
    </message>
    <message>
        <source>Domain security is on but Tls is not an authentication mechanism.</source>
        <translation>Domain security is on but Tls is not an authentication mechanism.</translation>
    </message>
    <message>
        <source>Add Tls to the authentication mechanisms.</source>
        <translation>Add Tls to the authentication mechanisms.</translation>
    </message>
    <message>
        <source>Domain security cannot be combined with ExternalAuthoritative.</source>
        <translation>Domain security cannot be combined with ExternalAuthoritative.</translation>
    </message>
    <message>
        <source>Remove ExternalAuthoritative, or turn domain security off.</source>
        <translation>Remove ExternalAuthoritative, or turn domain security off.</translation>
    </message>
    <message>
        <source>Require TLS is on but Tls is not an authentication mechanism.</source>
        <translation>Require TLS is on but Tls is not an authentication mechanism.</translation>
    </message>
    <message>
        <source>Domain security is on but the Partners permission group is not, so an authenticated partner gets no Partner Servers rights.</source>
        <translation>Domain security is on but the Partners permission group is not, so an authenticated partner gets no Partner Servers rights.</translation>
    </message>
    <message>
        <source>Add the Partners permission group.</source>
        <translation>Add the Partners permission group.</translation>
    </message>
    <message>
        <source>The Custom permission group cannot be set; Exchange shows it only after Add-ADPermission.</source>
        <translation>The Custom permission group cannot be set; Exchange shows it only after Add-ADPermission.</translation>
    </message>
    <message>
        <source>Remove Custom from the permission groups.</source>
        <translation>Remove Custom from the permission groups.</translation>
    </message>
    <message>
        <source>ExchangeUsers and ExchangeLegacyServers do not exist on an Edge Transport server.</source>
        <translation>ExchangeUsers and ExchangeLegacyServers do not exist on an Edge Transport server.</translation>
    </message>
    <message>
        <source>Remove those permission groups.</source>
        <translation>Remove those permission groups.</translation>
    </message>
    <message>
        <source>The Client usage is not available on an Edge server.</source>
        <translation>The Client usage is not available on an Edge server.</translation>
    </message>
    <message>
        <source>Use the Custom or Internet usage.</source>
        <translation>Use the Custom or Internet usage.</translation>
    </message>
    <message>
        <source>The maximum message size %1 is outside 64KB to 2GB.</source>
        <translation>The maximum message size %1 is outside 64KB to 2GB.</translation>
    </message>
    <message>
        <source>Use a size such as 10MB.</source>
        <translation>Use a size such as 10MB.</translation>
    </message>
    <message>
        <source>The maximum number of recipients %1 is outside 1 to %2.</source>
        <translation>The maximum number of recipients %1 is outside 1 to %2.</translation>
    </message>
    <message>
        <source>Use a number such as 200.</source>
        <translation>Use a number such as 200.</translation>
    </message>
    <message>
        <source>The connection timeout %1 is outside 00:00:01 to 1.00:00:00.</source>
        <translation>The connection timeout %1 is outside 00:00:01 to 1.00:00:00.</translation>
    </message>
    <message>
        <source>Use a value such as 00:05:00.</source>
        <translation>Use a value such as 00:05:00.</translation>
    </message>
    <message>
        <source>The inactivity timeout %1 is outside 00:00:01 to 1.00:00:00.</source>
        <translation>The inactivity timeout %1 is outside 00:00:01 to 1.00:00:00.</translation>
    </message>
    <message>
        <source>Use a value such as 00:01:00.</source>
        <translation>Use a value such as 00:01:00.</translation>
    </message>
    <message>
        <source>The inactivity timeout %1 is not shorter than the connection timeout %2.</source>
        <translation>The inactivity timeout %1 is not shorter than the connection timeout %2.</translation>
    </message>
    <message>
        <source>Make the inactivity timeout shorter than the connection timeout.</source>
        <translation>Make the inactivity timeout shorter than the connection timeout.</translation>
    </message>
    <message>
        <source>The domain-secure connector does not say which partner domains it serves, so its pairing with the receive list cannot be checked.</source>
        <translation>The domain-secure connector does not say which partner domains it serves, so its pairing with the receive list cannot be checked.</translation>
    </message>
    <message>
        <source>The partner domain %1 is not on the domain-secure receive list, so its mail is not treated as domain secured.</source>
        <translation>The partner domain %1 is not on the domain-secure receive list, so its mail is not treated as domain secured.</translation>
    </message>
    <message>
        <source>The connector FQDN %1 is not a name of the SMTP certificate %2 (%3).</source>
        <translation>The connector FQDN %1 is not a name of the SMTP certificate %2 (%3).</translation>
    </message>
    <message>
        <source>Set the connector FQDN to a name of the certificate, or enable a certificate for %1.</source>
        <translation>Set the connector FQDN to a name of the certificate, or enable a certificate for %1.</translation>
    </message>
    <message>
        <source>The domain-secure connector is disabled.</source>
        <translation>The domain-secure connector is disabled.</translation>
    </message>
    <message>
        <source>Enable it when the partner is ready.</source>
        <translation>Enable it when the partner is ready.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot; both listen on %3 for the same remote range %4, so Exchange cannot tell which one receives a connection.</source>
        <translation>&quot;%1&quot; and &quot;%2&quot; both listen on %3 for the same remote range %4, so Exchange cannot tell which one receives a connection.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot; both listen on %3 with partly overlapping remote ranges %4 and %5.</source>
        <translation>&quot;%1&quot; and &quot;%2&quot; both listen on %3 with partly overlapping remote ranges %4 and %5.</translation>
    </message>
    <message>
        <source>Make the remote ranges disjoint, or make one range contain the other.</source>
        <translation>Make the remote ranges disjoint, or make one range contain the other.</translation>
    </message>
    <message>
        <source>Remove { and } from the banner.</source>
        <translation>バナーから { と } を削除してください。</translation>
    </message>
    <message>
        <source>Add the partner domains it serves.</source>
        <translation>Add the partner domains it serves.</translation>
    </message>
    <message>
        <source>Add %1 to the domain-secure receive list.</source>
        <translation>Add %1 to the domain-secure receive list.</translation>
    </message>
</context>
<context>
    <name>ReceiveKind</name>
    <message>
        <source>Create a receive connector with the settings Exchange applies for its usage.</source>
        <translation>Create a receive connector with the settings Exchange applies for its usage.</translation>
    </message>
    <message>
        <source>List the receive connectors.</source>
        <translation>List the receive connectors.</translation>
    </message>
    <message>
        <source>Show one receive connector.</source>
        <translation>Show one receive connector.</translation>
    </message>
    <message>
        <source>Change the named fields of a receive connector; the others stay as they are.</source>
        <translation>Change the named fields of a receive connector; the others stay as they are.</translation>
    </message>
    <message>
        <source>Remove a receive connector.</source>
        <translation>Remove a receive connector.</translation>
    </message>
    <message>
        <source>Created receive connector %1</source>
        <translation>Created receive connector %1</translation>
    </message>
    <message>
        <source>Updated receive connector %1</source>
        <translation>Updated receive connector %1</translation>
    </message>
    <message>
        <source>Removed receive connector %1</source>
        <translation>Removed receive connector %1</translation>
    </message>
    <message>
        <source>The server (optional when the workspace has one).</source>
        <translation>The server (optional when the workspace has one).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Connector name (1-64 characters, no backslash).</source>
        <translation>Connector name (1-64 characters, no backslash).</translation>
    </message>
    <message>
        <source>partner, internet, internal, client or custom.</source>
        <translation>partner, internet, internal, client or custom.</translation>
    </message>
    <message>
        <source>USAGE</source>
        <translation>USAGE</translation>
    </message>
    <message>
        <source>Only this server.</source>
        <translation>Only this server.</translation>
    </message>
    <message>
        <source>The server.</source>
        <translation>The server.</translation>
    </message>
    <message>
        <source>The connector name.</source>
        <translation>The connector name.</translation>
    </message>
    <message>
        <source>SERVER\Name (or use --server and --name).</source>
        <translation>SERVER\Name (or use --server and --name).</translation>
    </message>
    <message>
        <source>Local IP:PORT to listen on, e.g. 0.0.0.0:25 or [::]:25 (repeatable).</source>
        <translation>Local IP:PORT to listen on, e.g. 0.0.0.0:25 or [::]:25 (repeatable).</translation>
    </message>
    <message>
        <source>IP:PORT</source>
        <translation>IP:PORT</translation>
    </message>
    <message>
        <source>Remote IP range: address, a-b or CIDR (repeatable).</source>
        <translation>Remote IP range: address, a-b or CIDR (repeatable).</translation>
    </message>
    <message>
        <source>RANGE</source>
        <translation>RANGE</translation>
    </message>
    <message>
        <source>FQDN given in HELO/EHLO and used to pick the certificate.</source>
        <translation>FQDN given in HELO/EHLO and used to pick the certificate.</translation>
    </message>
    <message>
        <source>FQDN</source>
        <translation>FQDN</translation>
    </message>
    <message>
        <source>SMTP banner, e.g. &quot;220 mail.contoso.example&quot;.</source>
        <translation>SMTP banner, e.g. &quot;220 mail.contoso.example&quot;.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Authentication mechanisms: None, Tls, Integrated, BasicAuth, BasicAuthRequireTLS, ExchangeServer, ExternalAuthoritative.</source>
        <translation>Authentication mechanisms: None, Tls, Integrated, BasicAuth, BasicAuthRequireTLS, ExchangeServer, ExternalAuthoritative.</translation>
    </message>
    <message>
        <source>M,...</source>
        <translation>M,...</translation>
    </message>
    <message>
        <source>Permission groups: None, AnonymousUsers, ExchangeUsers, ExchangeServers, ExchangeLegacyServers, Partners.</source>
        <translation>Permission groups: None, AnonymousUsers, ExchangeUsers, ExchangeServers, ExchangeLegacyServers, Partners.</translation>
    </message>
    <message>
        <source>P,...</source>
        <translation>P,...</translation>
    </message>
    <message>
        <source>Maximum message size, e.g. 10MB.</source>
        <translation>Maximum message size, e.g. 10MB.</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <source>Maximum recipients per message (1-512000).</source>
        <translation>Maximum recipients per message (1-512000).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Connection timeout [d.]hh:mm:ss.</source>
        <translation>Connection timeout [d.]hh:mm:ss.</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <source>A partner domain whose gateways this connector accepts (repeatable).</source>
        <translation>A partner domain whose gateways this connector accepts (repeatable).</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMAIN</translation>
    </message>
    <message>
        <source>Add a remote IP range (repeatable).</source>
        <translation>Add a remote IP range (repeatable).</translation>
    </message>
    <message>
        <source>Remove a remote IP range (repeatable).</source>
        <translation>Remove a remote IP range (repeatable).</translation>
    </message>
    <message>
        <source>Add a partner domain (repeatable).</source>
        <translation>Add a partner domain (repeatable).</translation>
    </message>
    <message>
        <source>Remove a partner domain (repeatable).</source>
        <translation>Remove a partner domain (repeatable).</translation>
    </message>
    <message>
        <source>receive new: unexpected argument &quot;%1&quot;</source>
        <translation>receive new: unexpected argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>receive new: --name and --usage are required</source>
        <translation>receive new: --name and --usage are required</translation>
    </message>
    <message>
        <source>receive new: --usage must be partner, internet, internal, client or custom, not &quot;%1&quot;</source>
        <translation>receive new: --usage must be partner, internet, internal, client or custom, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>receive new: --binding is required for the %1 usage</source>
        <translation>receive new: --binding is required for the %1 usage</translation>
    </message>
    <message>
        <source>receive new: --remote (the partner&apos;s gateway addresses) is required for the Partner usage</source>
        <translation>receive new: --remote (the partner&apos;s gateway addresses) is required for the Partner usage</translation>
    </message>
    <message>
        <source>domain-secure</source>
        <translation>domain-secure</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>enabled</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>banner</source>
        <translation>banner</translation>
    </message>
    <message>
        <source>--auth: None cannot be combined with other mechanisms</source>
        <translation>--auth: None cannot be combined with other mechanisms</translation>
    </message>
    <message>
        <source>--auth: unknown mechanism &quot;%1&quot;</source>
        <translation>--auth: unknown mechanism &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--permissions: None cannot be combined with other groups</source>
        <translation>--permissions: None cannot be combined with other groups</translation>
    </message>
    <message>
        <source>--permissions: unknown group &quot;%1&quot;</source>
        <translation>--permissions: unknown group &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number from 1 to 512000</source>
        <translation>&quot;%1&quot; is not a number from 1 to 512000</translation>
    </message>
    <message>
        <source>%1 is not a remote range of the connector</source>
        <translation>%1 is not a remote range of the connector</translation>
    </message>
    <message>
        <source>%1 is not a partner domain of the connector</source>
        <translation>%1 is not a partner domain of the connector</translation>
    </message>
    <message>
        <source>give the server with --server NAME</source>
        <translation>give the server with --server NAME</translation>
    </message>
    <message>
        <source>%1: no server &quot;%2&quot; in the workspace</source>
        <translation>%1: no server &quot;%2&quot; in the workspace</translation>
    </message>
    <message>
        <source>give one connector identity, SERVER\Name</source>
        <translation>give one connector identity, SERVER\Name</translation>
    </message>
    <message>
        <source>name the connector: SERVER\Name, or --server S --name N</source>
        <translation>name the connector: SERVER\Name, or --server S --name N</translation>
    </message>
    <message>
        <source>give the server: SERVER\Name or --server NAME</source>
        <translation>give the server: SERVER\Name or --server NAME</translation>
    </message>
    <message>
        <source>%1: no receive connector &quot;%2&quot; on %3</source>
        <translation>%1: no receive connector &quot;%2&quot; on %3</translation>
    </message>
</context>
<context>
    <name>ReceiveUsageRules</name>
    <message>
        <source>The Internet usage accepts every remote address, but the connector lists the remote range %1; New-ReceiveConnector takes no remote ranges with this usage.</source>
        <translation>The Internet usage accepts every remote address, but the connector lists the remote range %1; New-ReceiveConnector takes no remote ranges with this usage.</translation>
    </message>
    <message>
        <source>Use the Custom usage to limit the remote ranges, or accept every address (0.0.0.0-255.255.255.255).</source>
        <translation>Use the Custom usage to limit the remote ranges, or accept every address (0.0.0.0-255.255.255.255).</translation>
    </message>
    <message>
        <source>The %1 usage listens on %2, but the connector has the bindings %3; New-ReceiveConnector takes no bindings with this usage.</source>
        <translation>The %1 usage listens on %2, but the connector has the bindings %3; New-ReceiveConnector takes no bindings with this usage.</translation>
    </message>
    <message>
        <source>Use the Custom usage for other bindings, or bind to %1.</source>
        <translation>Use the Custom usage for other bindings, or bind to %1.</translation>
    </message>
    <message>
        <source>The connector listens on 0.0.0.0:25 for every remote address, as the default receive connector &quot;%1&quot; of the Edge server %2 does; Exchange refuses a second connector with the same binding and remote range.</source>
        <translation>The connector listens on 0.0.0.0:25 for every remote address, as the default receive connector &quot;%1&quot; of the Edge server %2 does; Exchange refuses a second connector with the same binding and remote range.</translation>
    </message>
    <message>
        <source>Bind the connector to one IP address of %1, or name it &quot;%2&quot; to change the default connector instead.</source>
        <translation>Bind the connector to one IP address of %1, or name it &quot;%2&quot; to change the default connector instead.</translation>
    </message>
</context>
<context>
    <name>SendConnector</name>
    <message>
        <source>smart host &quot;%1&quot;: %2</source>
        <translation>smart host &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>smart host: %1</source>
        <translation>smart host: %1</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;</source>
        <translation>unknown value &quot;%1&quot;</translation>
    </message>
    <message>
        <source>TLS domain: %1</source>
        <translation>TLS domain: %1</translation>
    </message>
</context>
<context>
    <name>SendConnectorRules</name>
    <message>
        <source>Two send connectors are named &quot;%1&quot;; names must be unique in the organization.</source>
        <translation>Two send connectors are named &quot;%1&quot;; names must be unique in the organization.</translation>
    </message>
    <message>
        <source>Rename one of them.</source>
        <translation>Rename one of them.</translation>
    </message>
    <message>
        <source>The address space %1 with cost %2 is also on &quot;%3&quot;; Exchange picks one of them arbitrarily.</source>
        <translation>The address space %1 with cost %2 is also on &quot;%3&quot;; Exchange picks one of them arbitrarily.</translation>
    </message>
    <message>
        <source>Remove the address space from one connector or give them different costs.</source>
        <translation>Remove the address space from one connector or give them different costs.</translation>
    </message>
    <message>
        <source>The send connector has no name.</source>
        <translation>The send connector has no name.</translation>
    </message>
    <message>
        <source>Give it a name.</source>
        <translation>Give it a name.</translation>
    </message>
    <message>
        <source>The name has %1 characters; at most %2 are allowed.</source>
        <translation>The name has %1 characters; at most %2 are allowed.</translation>
    </message>
    <message>
        <source>Shorten the name.</source>
        <translation>Shorten the name.</translation>
    </message>
    <message>
        <source>The name %1.</source>
        <translation>The name %1.</translation>
    </message>
    <message>
        <source>Use plain characters; the name is written into scripts and configuration files.</source>
        <translation>Use plain characters; the name is written into scripts and configuration files.</translation>
    </message>
    <message>
        <source>The comment %1.</source>
        <translation>The comment %1.</translation>
    </message>
    <message>
        <source>Write the comment without control characters or typographic quotes.</source>
        <translation>Write the comment without control characters or typographic quotes.</translation>
    </message>
    <message>
        <source>The send connector has no address space.</source>
        <translation>The send connector has no address space.</translation>
    </message>
    <message>
        <source>Smart hosts are set while DNS routing is on.</source>
        <translation>Smart hosts are set while DNS routing is on.</translation>
    </message>
    <message>
        <source>Turn DNS routing off to use the smart hosts, or remove them.</source>
        <translation>Turn DNS routing off to use the smart hosts, or remove them.</translation>
    </message>
    <message>
        <source>DNS routing is off but no smart host is set.</source>
        <translation>DNS routing is off but no smart host is set.</translation>
    </message>
    <message>
        <source>Add a smart host, or turn DNS routing on.</source>
        <translation>Add a smart host, or turn DNS routing on.</translation>
    </message>
    <message>
        <source>A smart host authentication mechanism (%1) is set without smart hosts.</source>
        <translation>A smart host authentication mechanism (%1) is set without smart hosts.</translation>
    </message>
    <message>
        <source>Set it to None, or route through smart hosts.</source>
        <translation>Set it to None, or route through smart hosts.</translation>
    </message>
    <message>
        <source>Basic authentication to the smart host needs a credential, which DomainSecure does not store.</source>
        <translation>Basic authentication to the smart host needs a credential, which DomainSecure does not store.</translation>
    </message>
    <message>
        <source>Enter the credential when the exported script asks for it.</source>
        <translation>Enter the credential when the exported script asks for it.</translation>
    </message>
    <message>
        <source>Require TLS and Ignore STARTTLS are both on.</source>
        <translation>Require TLS and Ignore STARTTLS are both on.</translation>
    </message>
    <message>
        <source>Turn Ignore STARTTLS off.</source>
        <translation>Turn Ignore STARTTLS off.</translation>
    </message>
    <message>
        <source>The port %1 is outside 0 to 65535.</source>
        <translation>The port %1 is outside 0 to 65535.</translation>
    </message>
    <message>
        <source>Use port 25 unless the partner asks for another.</source>
        <translation>Use port 25 unless the partner asks for another.</translation>
    </message>
    <message>
        <source>The maximum message size %1 is larger than 2GB.</source>
        <translation>The maximum message size %1 is larger than 2GB.</translation>
    </message>
    <message>
        <source>Use a size below 2GB or unlimited.</source>
        <translation>Use a size below 2GB or unlimited.</translation>
    </message>
    <message>
        <source>The inactivity timeout %1 is outside 00:00:01 to 1.00:00:00.</source>
        <translation>The inactivity timeout %1 is outside 00:00:01 to 1.00:00:00.</translation>
    </message>
    <message>
        <source>Use a value such as 00:10:00.</source>
        <translation>Use a value such as 00:10:00.</translation>
    </message>
    <message>
        <source>Source transport servers cannot be set on a standalone Edge server.</source>
        <translation>Source transport servers cannot be set on a standalone Edge server.</translation>
    </message>
    <message>
        <source>Clear the source servers; the connector applies to the Edge server itself.</source>
        <translation>Clear the source servers; the connector applies to the Edge server itself.</translation>
    </message>
    <message>
        <source>The source server %1 is not a server of this workspace.</source>
        <translation>The source server %1 is not a server of this workspace.</translation>
    </message>
    <message>
        <source>Remove it or add the server.</source>
        <translation>Remove it or add the server.</translation>
    </message>
    <message>
        <source>Turn DNS routing on and remove the smart hosts.</source>
        <translation>Turn DNS routing on and remove the smart hosts.</translation>
    </message>
    <message>
        <source>Postfix will verify the partner&apos;s domain on the smart host&apos;s certificate.</source>
        <translation>Postfix will verify the partner&apos;s domain on the smart host&apos;s certificate.</translation>
    </message>
    <message>
        <source>Make sure the smart host presents a certificate for the partner domain.</source>
        <translation>Make sure the smart host presents a certificate for the partner domain.</translation>
    </message>
    <message>
        <source>The wildcard address space %1 cannot be domain secured.</source>
        <translation>The wildcard address space %1 cannot be domain secured.</translation>
    </message>
    <message>
        <source>List each partner domain on its own.</source>
        <translation>List each partner domain on its own.</translation>
    </message>
    <message>
        <source>Domain security is on but Ignore STARTTLS is on too.</source>
        <translation>Domain security is on but Ignore STARTTLS is on too.</translation>
    </message>
    <message>
        <source>The domain %1 is not on the domain-secure send list, so mail to it is not sent with domain security.</source>
        <translation>The domain %1 is not on the domain-secure send list, so mail to it is not sent with domain security.</translation>
    </message>
    <message>
        <source>On %1 the FQDN %2 is not a name of the SMTP certificate %3 (%4).</source>
        <translation>On %1 the FQDN %2 is not a name of the SMTP certificate %3 (%4).</translation>
    </message>
    <message>
        <source>Set the connector FQDN to a name of the certificate, or enable a certificate for %1.</source>
        <translation>Set the connector FQDN to a name of the certificate, or enable a certificate for %1.</translation>
    </message>
    <message>
        <source>The domain-secure connector is disabled.</source>
        <translation>The domain-secure connector is disabled.</translation>
    </message>
    <message>
        <source>Enable it when the partner is ready.</source>
        <translation>Enable it when the partner is ready.</translation>
    </message>
    <message>
        <source>Add the domains it delivers to as address spaces.</source>
        <translation>Add the domains it delivers to as address spaces.</translation>
    </message>
    <message>
        <source>Add %1 to the domain-secure send list.</source>
        <translation>Add %1 to the domain-secure send list.</translation>
    </message>
    <message>
        <source>Domain security needs DNS routing in %1.</source>
        <translation>Domain security needs DNS routing in %1.</translation>
    </message>
    <message>
        <source>%1 does not do domain security through smart hosts.</source>
        <translation>%1 does not do domain security through smart hosts.</translation>
    </message>
    <message>
        <source>Turn DNS routing on and remove the smart hosts, or turn domain security off and set the TLS authentication level DomainValidation with the partner&apos;s TLS domain.</source>
        <translation>Turn DNS routing on and remove the smart hosts, or turn domain security off and set the TLS authentication level DomainValidation with the partner&apos;s TLS domain.</translation>
    </message>
    <message>
        <source>The TLS domain %1 is set without the TLS authentication level DomainValidation, so it is not used.</source>
        <translation>The TLS domain %1 is set without the TLS authentication level DomainValidation, so it is not used.</translation>
    </message>
    <message>
        <source>Set the TLS authentication level to DomainValidation, or clear the TLS domain.</source>
        <translation>Set the TLS authentication level to DomainValidation, or clear the TLS domain.</translation>
    </message>
    <message>
        <source>%1 has no TLS authentication level: the connector would send without the %2 check.</source>
        <translation>%1 has no TLS authentication level: the connector would send without the %2 check.</translation>
    </message>
    <message>
        <source>Export for Exchange 2010 or later, or clear the TLS authentication level.</source>
        <translation>Export for Exchange 2010 or later, or clear the TLS authentication level.</translation>
    </message>
    <message>
        <source>The TLS authentication level %1 needs Require TLS on and Ignore STARTTLS off.</source>
        <translation>The TLS authentication level %1 needs Require TLS on and Ignore STARTTLS off.</translation>
    </message>
    <message>
        <source>Turn Require TLS on, or clear the TLS authentication level.</source>
        <translation>Turn Require TLS on, or clear the TLS authentication level.</translation>
    </message>
    <message>
        <source>The TLS domain %1 is used only with DomainValidation, not with %2.</source>
        <translation>The TLS domain %1 is used only with DomainValidation, not with %2.</translation>
    </message>
    <message>
        <source>DomainValidation through smart hosts needs the TLS domain the smart host&apos;s certificate must carry.</source>
        <translation>DomainValidation through smart hosts needs the TLS domain the smart host&apos;s certificate must carry.</translation>
    </message>
    <message>
        <source>Set the TLS domain to the partner&apos;s domain.</source>
        <translation>Set the TLS domain to the partner&apos;s domain.</translation>
    </message>
</context>
<context>
    <name>SendKind</name>
    <message>
        <source>smart host &quot;%1&quot;: expected :PORT after ]</source>
        <translation>smart host &quot;%1&quot;: expected :PORT after ]</translation>
    </message>
    <message>
        <source>smart host &quot;%1&quot;: the port must be a number from 1 to 65535</source>
        <translation>smart host &quot;%1&quot;: the port must be a number from 1 to 65535</translation>
    </message>
    <message>
        <source>Create a send connector with the settings Exchange applies for its usage.</source>
        <translation>Create a send connector with the settings Exchange applies for its usage.</translation>
    </message>
    <message>
        <source>List the send connectors.</source>
        <translation>List the send connectors.</translation>
    </message>
    <message>
        <source>Show one send connector.</source>
        <translation>Show one send connector.</translation>
    </message>
    <message>
        <source>Change the named fields of a send connector; the others stay as they are.</source>
        <translation>Change the named fields of a send connector; the others stay as they are.</translation>
    </message>
    <message>
        <source>Remove a send connector.</source>
        <translation>Remove a send connector.</translation>
    </message>
    <message>
        <source>Created send connector %1</source>
        <translation>Created send connector %1</translation>
    </message>
    <message>
        <source>Updated send connector %1</source>
        <translation>Updated send connector %1</translation>
    </message>
    <message>
        <source>Removed send connector %1</source>
        <translation>Removed send connector %1</translation>
    </message>
    <message>
        <source>Connector name (1-64 characters).</source>
        <translation>Connector name (1-64 characters).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>partner, internet, internal or custom.</source>
        <translation>partner, internet, internal or custom.</translation>
    </message>
    <message>
        <source>USAGE</source>
        <translation>USAGE</translation>
    </message>
    <message>
        <source>The connector name.</source>
        <translation>The connector name.</translation>
    </message>
    <message>
        <source>Address space [SMTP:]domain[;cost], e.g. fabrikam.example (repeatable).</source>
        <translation>Address space [SMTP:]domain[;cost], e.g. fabrikam.example (repeatable).</translation>
    </message>
    <message>
        <source>D[;COST]</source>
        <translation>D[;COST]</translation>
    </message>
    <message>
        <source>Route through this smart host, HOST[:PORT] (repeatable); turns DNS routing off.</source>
        <translation>Route through this smart host, HOST[:PORT] (repeatable); turns DNS routing off.</translation>
    </message>
    <message>
        <source>H[:P]</source>
        <translation>H[:P]</translation>
    </message>
    <message>
        <source>Port of the remote or smart host (default 25).</source>
        <translation>Port of the remote or smart host (default 25).</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>FQDN given in HELO/EHLO.</source>
        <translation>FQDN given in HELO/EHLO.</translation>
    </message>
    <message>
        <source>FQDN</source>
        <translation>FQDN</translation>
    </message>
    <message>
        <source>A source server of the connector (repeatable).</source>
        <translation>A source server of the connector (repeatable).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Smart host authentication: None, BasicAuth, BasicAuthRequireTLS, ExchangeServer, ExternalAuthoritative.</source>
        <translation>Smart host authentication: None, BasicAuth, BasicAuthRequireTLS, ExchangeServer, ExternalAuthoritative.</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Maximum message size, e.g. 10MB or unlimited.</source>
        <translation>Maximum message size, e.g. 10MB or unlimited.</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <source>Add an address space (repeatable).</source>
        <translation>Add an address space (repeatable).</translation>
    </message>
    <message>
        <source>Remove the address space of a domain (repeatable).</source>
        <translation>Remove the address space of a domain (repeatable).</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>DNS (MX) routing: true or false; true clears the smart hosts.</source>
        <translation>DNS (MX) routing: true or false; true clears the smart hosts.</translation>
    </message>
    <message>
        <source>BOOL</source>
        <translation>BOOL</translation>
    </message>
    <message>
        <source>Ignore STARTTLS: true or false.</source>
        <translation>Ignore STARTTLS: true or false.</translation>
    </message>
    <message>
        <source>Ignore the STARTTLS offer of the remote server.</source>
        <translation>Ignore the STARTTLS offer of the remote server.</translation>
    </message>
    <message>
        <source>send new: unexpected argument &quot;%1&quot;</source>
        <translation>send new: unexpected argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>send new: --name, --usage and --address-space are required</source>
        <translation>send new: --name, --usage and --address-space are required</translation>
    </message>
    <message>
        <source>send new: --usage must be partner, internet, internal or custom, not &quot;%1&quot;</source>
        <translation>send new: --usage must be partner, internet, internal or custom, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>dns</source>
        <translation>dns</translation>
    </message>
    <message>
        <source>domain-secure</source>
        <translation>domain-secure</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>enabled</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number from 0 to 65535</source>
        <translation>&quot;%1&quot; is not a number from 0 to 65535</translation>
    </message>
    <message>
        <source>all smart hosts share one port; %1 and %2 differ</source>
        <translation>all smart hosts share one port; %1 and %2 differ</translation>
    </message>
    <message>
        <source>the port %1 differs from --port %2</source>
        <translation>the port %1 differs from --port %2</translation>
    </message>
    <message>
        <source>source server</source>
        <translation>source server</translation>
    </message>
    <message>
        <source>--smart-host-auth: unknown mechanism &quot;%1&quot;</source>
        <translation>--smart-host-auth: unknown mechanism &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 is not an address space of the connector</source>
        <translation>%1 is not an address space of the connector</translation>
    </message>
    <message>
        <source>--dns-routing true and --smart-host exclude each other</source>
        <translation>--dns-routing true and --smart-host exclude each other</translation>
    </message>
    <message>
        <source>give one connector name</source>
        <translation>give one connector name</translation>
    </message>
    <message>
        <source>name the send connector: NAME or --name NAME</source>
        <translation>name the send connector: NAME or --name NAME</translation>
    </message>
    <message>
        <source>%1: no send connector &quot;%2&quot;</source>
        <translation>%1: no send connector &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Check of the remote certificate (Exchange 2010 and later; needs --require-tls true): EncryptionOnly, CertificateValidation, DomainValidation, or None.</source>
        <translation>Check of the remote certificate (Exchange 2010 and later; needs --require-tls true): EncryptionOnly, CertificateValidation, DomainValidation, or None.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>LEVEL</translation>
    </message>
    <message>
        <source>The domain the remote certificate must carry with DomainValidation (D or *.D; required with smart hosts); empty clears it.</source>
        <translation>The domain the remote certificate must carry with DomainValidation (D or *.D; required with smart hosts); empty clears it.</translation>
    </message>
    <message>
        <source>--tls-auth-level: unknown level &quot;%1&quot;</source>
        <translation>--tls-auth-level: unknown level &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source>a server name has 1 to 15 letters, digits or hyphens</source>
        <translation>サーバー名は 1 ～ 15 文字の英字、数字、ハイフンです</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected Edge or Hub</source>
        <translation>&quot;%1&quot;: expected Edge or Hub</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected standalone or subscribed</source>
        <translation>&quot;%1&quot;: expected standalone or subscribed</translation>
    </message>
    <message>
        <source>only an Edge server is subscribed to the organization</source>
        <translation>only an Edge server is subscribed to the organization</translation>
    </message>
</context>
<context>
    <name>ServerAddVerb</name>
    <message>
        <source>--role: expected hub or edge, not &quot;%1&quot;</source>
        <translation>--role: expected hub or edge, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--edge-sync: expected subscribed or standalone, not &quot;%1&quot;</source>
        <translation>--edge-sync: expected subscribed or standalone, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The Exchange server role: edge or hub.</source>
        <translation>The Exchange server role: edge or hub.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>Whether the Edge is subscribed to the organization (EdgeSync): subscribed or standalone.</source>
        <translation>Whether the Edge is subscribed to the organization (EdgeSync): subscribed or standalone.</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <source>The server&apos;s fully qualified domain name.</source>
        <translation>The server&apos;s fully qualified domain name.</translation>
    </message>
    <message>
        <source>FQDN</source>
        <translation>FQDN</translation>
    </message>
    <message>
        <source>server %1: give one server NAME</source>
        <translation>server %1: give one server NAME</translation>
    </message>
    <message>
        <source>Add an Edge or Hub Transport server (a Postfix host is an Edge).</source>
        <translation>Add an Edge or Hub Transport server (a Postfix host is an Edge).</translation>
    </message>
    <message>
        <source>The server&apos;s name (1 to 15 letters, digits or hyphens).</source>
        <translation>The server&apos;s name (1 to 15 letters, digits or hyphens).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>server add: --name, --role and --fqdn are required</source>
        <translation>server add: --name, --role and --fqdn are required</translation>
    </message>
</context>
<context>
    <name>ServerListVerb</name>
    <message>
        <source>List the servers: name, role, Edge subscription and FQDN.</source>
        <translation>List the servers: name, role, Edge subscription and FQDN.</translation>
    </message>
</context>
<context>
    <name>ServerOperations</name>
    <message>
        <source>%1: only an Edge server is subscribed to the organization</source>
        <translation>%1: only an Edge server is subscribed to the organization</translation>
    </message>
    <message>
        <source>FQDN: %1</source>
        <translation>FQDN: %1</translation>
    </message>
    <message>
        <source>the workspace has a server named %1 already</source>
        <translation>the workspace has a server named %1 already</translation>
    </message>
    <message>
        <source>New server %1</source>
        <translation>New server %1</translation>
    </message>
    <message>
        <source>Change server %1</source>
        <translation>Change server %1</translation>
    </message>
    <message>
        <source>%1 is a source server of the send connector %2; remove it there first</source>
        <translation>%1 is a source server of the send connector %2; remove it there first</translation>
    </message>
    <message>
        <source>Remove server %1</source>
        <translation>Remove server %1</translation>
    </message>
</context>
<context>
    <name>ServerRemoveVerb</name>
    <message>
        <source>Remove a server with its certificates and receive connectors (refused while a send connector uses it as a source server).</source>
        <translation>Remove a server with its certificates and receive connectors (refused while a send connector uses it as a source server).</translation>
    </message>
    <message>
        <source>The server&apos;s name.</source>
        <translation>The server&apos;s name.</translation>
    </message>
</context>
<context>
    <name>ServerSetVerb</name>
    <message>
        <source>Change a server&apos;s role, FQDN or Edge subscription. A change that breaks a rule for the server&apos;s connectors is refused.</source>
        <translation>Change a server&apos;s role, FQDN or Edge subscription. A change that breaks a rule for the server&apos;s connectors is refused.</translation>
    </message>
    <message>
        <source>The server&apos;s name.</source>
        <translation>The server&apos;s name.</translation>
    </message>
    <message>
        <source>server set: give --role, --fqdn or --edge-sync</source>
        <translation>server set: give --role, --fqdn or --edge-sync</translation>
    </message>
</context>
<context>
    <name>SmtpDomain</name>
    <message>
        <source>SMTP domain &quot;%1&quot; %2</source>
        <translation>SMTP domain &quot;%1&quot; %2</translation>
    </message>
    <message>
        <source>is a mail address; give only the part after @ (%1)</source>
        <translation>is a mail address; give only the part after @ (%1)</translation>
    </message>
    <message>
        <source>contains a wildcard; domain-secure lists hold plain domains only</source>
        <translation>contains a wildcard; domain-secure lists hold plain domains only</translation>
    </message>
    <message>
        <source>has a single label; give the full domain, e.g. fabrikam.example</source>
        <translation>has a single label; give the full domain, e.g. fabrikam.example</translation>
    </message>
</context>
<context>
    <name>SmtpProbe</name>
    <message>
        <source>sending %1</source>
        <translation>sending %1</translation>
    </message>
    <message>
        <source>The probe of %1 was cancelled.</source>
        <translation>The probe of %1 was cancelled.</translation>
    </message>
    <message>
        <source>%1 did not answer while %2: %3</source>
        <translation>%1 did not answer while %2: %3</translation>
    </message>
    <message>
        <source>The server is silent: it may be overloaded or tarpitting, or a firewall drops the traffic. Check the server&apos;s log, or try a longer --timeout.</source>
        <translation>The server is silent: it may be overloaded or tarpitting, or a firewall drops the traffic. Check the server&apos;s log, or try a longer --timeout.</translation>
    </message>
    <message>
        <source>%1 closed the connection while %2: %3</source>
        <translation>%1 closed the connection while %2: %3</translation>
    </message>
    <message>
        <source>The server hung up. Its log says why (often a client restriction on our address or name).</source>
        <translation>The server hung up. Its log says why (often a client restriction on our address or name).</translation>
    </message>
    <message>
        <source>%1: protocol error while %2: %3</source>
        <translation>%1: protocol error while %2: %3</translation>
    </message>
    <message>
        <source>The service on this port does not behave like an SMTP server. Check the host and port (25 for MX, 587 for submission).</source>
        <translation>The service on this port does not behave like an SMTP server. Check the host and port (25 for MX, 587 for submission).</translation>
    </message>
    <message>
        <source>our client certificate is not a DER certificate</source>
        <translation>our client certificate is not a DER certificate</translation>
    </message>
    <message>
        <source>our client key is not an unencrypted PKCS#8 key</source>
        <translation>our client key is not an unencrypted PKCS#8 key</translation>
    </message>
    <message>
        <source>our client key does not belong to our certificate</source>
        <translation>our client key does not belong to our certificate</translation>
    </message>
    <message>
        <source>a certificate of our client chain is not DER</source>
        <translation>a certificate of our client chain is not DER</translation>
    </message>
    <message>
        <source>%1: cannot read the CA file</source>
        <translation>%1: cannot read the CA file</translation>
    </message>
    <message>
        <source>%1: the CA file holds no PEM certificate</source>
        <translation>%1: the CA file holds no PEM certificate</translation>
    </message>
    <message numerus="yes">
        <source>The server asks for a client certificate (%n acceptable CA name(s)).</source>
        <translation>
            <numerusform>The server asks for a client certificate (%n acceptable CA name).</numerusform>
            <numerusform>The server asks for a client certificate (%n acceptable CA names).</numerusform>
        </translation>
    </message>
    <message>
        <source>TLS established: %1, %2 (%3 bits), key exchange %4</source>
        <translation>TLS established: %1, %2 (%3 bits), key exchange %4</translation>
    </message>
    <message>
        <source>the server sent no certificate</source>
        <translation>the server sent no certificate</translation>
    </message>
    <message>
        <source>Certificate %1: %2; names %3</source>
        <translation>Certificate %1: %2; names %3</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>trusted</translation>
    </message>
    <message>
        <source>not trusted (%1)</source>
        <translation>not trusted (%1)</translation>
    </message>
    <message>
        <source>match</source>
        <translation>match</translation>
    </message>
    <message>
        <source>do not match</source>
        <translation>do not match</translation>
    </message>
    <message>
        <source>The certificate of %1 has expired (%2).</source>
        <translation>The certificate of %1 has expired (%2).</translation>
    </message>
    <message>
        <source>The partner must renew its certificate and enable the new one for SMTP; until then mail to it waits in the queue.</source>
        <translation>The partner must renew its certificate and enable the new one for SMTP; until then mail to it waits in the queue.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2 (issuer &quot;%3&quot;).</source>
        <translation>The certificate of %1 is not trusted: %2 (issuer &quot;%3&quot;).</translation>
    </message>
    <message>
        <source>Add the partner&apos;s root CA to the workspace (trust add FILE) or give it with --ca-file; if the partner uses a public CA, ask it to send the intermediate certificates.</source>
        <translation>Add the partner&apos;s root CA to the workspace (trust add FILE) or give it with --ca-file; if the partner uses a public CA, ask it to send the intermediate certificates.</translation>
    </message>
    <message>
        <source>The certificate of %1 failed verification: %2.</source>
        <translation>The certificate of %1 failed verification: %2.</translation>
    </message>
    <message>
        <source>Ask the partner for a valid certificate for SMTP (serverAuth, valid dates).</source>
        <translation>Ask the partner for a valid certificate for SMTP (serverAuth, valid dates).</translation>
    </message>
    <message>
        <source>No reference name to check the certificate of %1 against (it names %2).</source>
        <translation>No reference name to check the certificate of %1 against (it names %2).</translation>
    </message>
    <message>
        <source>Give the partner domain with --domain, or probe the gateway by its host name.</source>
        <translation>Give the partner domain with --domain, or probe the gateway by its host name.</translation>
    </message>
    <message>
        <source>The certificate of %1 names %2, none of which matches %3.</source>
        <translation>The certificate of %1 names %2, none of which matches %3.</translation>
    </message>
    <message>
        <source>Ask the partner for a certificate whose subject alternative names include its domain or its gateway&apos;s host name, or check that you probe the right host and --domain.</source>
        <translation>Ask the partner for a certificate whose subject alternative names include its domain or its gateway&apos;s host name, or check that you probe the right host and --domain.</translation>
    </message>
    <message>
        <source>%1 refused our client certificate: %2</source>
        <translation>%1 refused our client certificate: %2</translation>
    </message>
    <message>
        <source>Our certificate comes from a CA the partner accepts; check that it is valid and carries clientAuth, and that the partner allows our IP address.</source>
        <translation>Our certificate comes from a CA the partner accepts; check that it is valid and carries clientAuth, and that the partner allows our IP address.</translation>
    </message>
    <message>
        <source>The certificate carries its name only in the CN; current clients ignore the CN. Ask the partner for a certificate with subject alternative names.</source>
        <translation>The certificate carries its name only in the CN; current clients ignore the CN. Ask the partner for a certificate with subject alternative names.</translation>
    </message>
    <message numerus="yes">
        <source>The partner&apos;s certificate expires in %n day(s).</source>
        <translation>
            <numerusform>The partner&apos;s certificate expires in %n day.</numerusform>
            <numerusform>The partner&apos;s certificate expires in %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server asked for a client certificate and we sent none; a domain-secure partner may refuse mail without one.</source>
        <translation>The server asked for a client certificate and we sent none; a domain-secure partner may refuse mail without one.</translation>
    </message>
    <message>
        <source>No host to probe.</source>
        <translation>No host to probe.</translation>
    </message>
    <message>
        <source>Give HOST[:PORT].</source>
        <translation>Give HOST[:PORT].</translation>
    </message>
    <message>
        <source>Check the server&apos;s SMTP certificate and key in the workspace.</source>
        <translation>Check the server&apos;s SMTP certificate and key in the workspace.</translation>
    </message>
    <message>
        <source>Give a readable PEM file.</source>
        <translation>Give a readable PEM file.</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2</source>
        <translation>Connecting to %1 port %2</translation>
    </message>
    <message>
        <source>Cannot connect to %1:%2: %3</source>
        <translation>Cannot connect to %1:%2: %3</translation>
    </message>
    <message>
        <source>Check the host and port, that the gateway is running, and that no firewall blocks port %1.</source>
        <translation>Check the host and port, that the gateway is running, and that no firewall blocks port %1.</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connected to %1</translation>
    </message>
    <message>
        <source>waiting for the greeting</source>
        <translation>waiting for the greeting</translation>
    </message>
    <message>
        <source>%1:%2 refused the session with %3 %4</source>
        <translation>%1:%2 refused the session with %3 %4</translation>
    </message>
    <message>
        <source>The partner&apos;s gateway does not accept connections from us; its administrator must allow our address.</source>
        <translation>The partner&apos;s gateway does not accept connections from us; its administrator must allow our address.</translation>
    </message>
    <message>
        <source>waiting for the EHLO reply</source>
        <translation>waiting for the EHLO reply</translation>
    </message>
    <message>
        <source>The server refused EHLO %1: %2 %3</source>
        <translation>The server refused EHLO %1: %2 %3</translation>
    </message>
    <message>
        <source>Check the connector&apos;s FQDN: the partner may require a resolvable EHLO name.</source>
        <translation>Check the connector&apos;s FQDN: the partner may require a resolvable EHLO name.</translation>
    </message>
    <message>
        <source>%1:%2 does not offer STARTTLS.</source>
        <translation>%1:%2 does not offer STARTTLS.</translation>
    </message>
    <message>
        <source>Enable TLS on the partner&apos;s receive side (Exchange: a certificate enabled for SMTP; Postfix: smtpd_tls_security_level = may or encrypt, with smtpd_tls_cert_file).</source>
        <translation>Enable TLS on the partner&apos;s receive side (Exchange: a certificate enabled for SMTP; Postfix: smtpd_tls_security_level = may or encrypt, with smtpd_tls_cert_file).</translation>
    </message>
    <message>
        <source>waiting for the STARTTLS reply</source>
        <translation>waiting for the STARTTLS reply</translation>
    </message>
    <message>
        <source>%1:%2 offers STARTTLS but answered it with %3 %4</source>
        <translation>%1:%2 offers STARTTLS but answered it with %3 %4</translation>
    </message>
    <message>
        <source>The partner&apos;s TLS set-up is broken (often an unreadable certificate or key); its log says why.</source>
        <translation>The partner&apos;s TLS set-up is broken (often an unreadable certificate or key); its log says why.</translation>
    </message>
    <message>
        <source>%1:%2 sent data after its STARTTLS reply, before the handshake.</source>
        <translation>%1:%2 sent data after its STARTTLS reply, before the handshake.</translation>
    </message>
    <message>
        <source>This is a protocol violation (or a STARTTLS injection by a middlebox); report it to the partner.</source>
        <translation>This is a protocol violation (or a STARTTLS injection by a middlebox); report it to the partner.</translation>
    </message>
    <message>
        <source>TLS handshake without SNI</source>
        <translation>TLS handshake without SNI</translation>
    </message>
    <message>
        <source>TLS handshake, SNI %1</source>
        <translation>TLS handshake, SNI %1</translation>
    </message>
    <message>
        <source>%1:%2 ended the TLS handshake after our client certificate: %3</source>
        <translation>%1:%2 ended the TLS handshake after our client certificate: %3</translation>
    </message>
    <message>
        <source>The partner refused our certificate. It accepts certificates from: %1. Our certificate must chain to one of them and carry clientAuth.</source>
        <translation>The partner refused our certificate. It accepts certificates from: %1. Our certificate must chain to one of them and carry clientAuth.</translation>
    </message>
    <message>
        <source>TLS handshake with %1:%2 failed: %3</source>
        <translation>TLS handshake with %1:%2 failed: %3</translation>
    </message>
    <message>
        <source>The server requires a client certificate; give the workspace server (--server) whose SMTP certificate the partner trusts.</source>
        <translation>The server requires a client certificate; give the workspace server (--server) whose SMTP certificate the partner trusts.</translation>
    </message>
    <message>
        <source>The two sides share no protocol version or cipher, or the server&apos;s TLS set-up is broken; compare with the partner&apos;s TLS settings.</source>
        <translation>The two sides share no protocol version or cipher, or the server&apos;s TLS set-up is broken; compare with the partner&apos;s TLS settings.</translation>
    </message>
    <message>
        <source>doing the TLS handshake</source>
        <translation>doing the TLS handshake</translation>
    </message>
    <message>
        <source>waiting for the EHLO reply after TLS</source>
        <translation>waiting for the EHLO reply after TLS</translation>
    </message>
    <message>
        <source>%1:%2 refused EHLO after TLS: %3</source>
        <translation>%1:%2 refused EHLO after TLS: %3</translation>
    </message>
    <message>
        <source>The partner&apos;s gateway refuses us after TLS; its log says why.</source>
        <translation>The partner&apos;s gateway refuses us after TLS; its log says why.</translation>
    </message>
    <message>
        <source>(no CA names sent)</source>
        <translation>(no CA names sent)</translation>
    </message>
    <message>
        <source>%1 requires a client certificate and refused the session without one: %2</source>
        <translation>%1 requires a client certificate and refused the session without one: %2</translation>
    </message>
    <message>
        <source>Our certificate was not sent; check its key in the workspace.</source>
        <translation>Our certificate was not sent; check its key in the workspace.</translation>
    </message>
    <message>
        <source>Probe with the workspace server (--server) whose SMTP certificate the partner trusts; it accepts certificates from: %1.</source>
        <translation>Probe with the workspace server (--server) whose SMTP certificate the partner trusts; it accepts certificates from: %1.</translation>
    </message>
    <message>
        <source>The partner trusts only: %1. Ask it to trust our CA (send it our root certificate), or use a certificate from one of those CAs (with clientAuth).</source>
        <translation>The partner trusts only: %1. Ask it to trust our CA (send it our root certificate), or use a certificate from one of those CAs (with clientAuth).</translation>
    </message>
</context>
<context>
    <name>StigEx19EdgeProfile</name>
    <message>
        <source>DISA STIG: Exchange 2019 Edge</source>
        <translation>DISA STIG: Exchange 2019 Edge</translation>
    </message>
    <message>
        <source>%1 (DISA STIG %2)</source>
        <translation>%1 (DISA STIG %2)</translation>
    </message>
    <message>
        <source>%1 is the organization&apos;s only Edge server.</source>
        <translation>%1 is the organization&apos;s only Edge server.</translation>
    </message>
    <message>
        <source>Deploy a second Edge server (and subscribe it).</source>
        <translation>Deploy a second Edge server (and subscribe it).</translation>
    </message>
    <message>
        <source>%1 is the only Edge server subscribed to the organization; the STIG asks for at least two Edge subscriptions.</source>
        <translation>%1 is the only Edge server subscribed to the organization; the STIG asks for at least two Edge subscriptions.</translation>
    </message>
    <message>
        <source>Subscribe two or more Edge servers for load balancing, and record them in the Email Domain Security Plan.</source>
        <translation>Subscribe two or more Edge servers for load balancing, and record them in the Email Domain Security Plan.</translation>
    </message>
    <message>
        <source>The external receive connector %1 is not domain secure-enabled.</source>
        <translation>The external receive connector %1 is not domain secure-enabled.</translation>
    </message>
    <message>
        <source>Turn on DomainSecureEnabled.</source>
        <translation>Turn on DomainSecureEnabled.</translation>
    </message>
    <message>
        <source>The external receive connector %1 authenticates with %2; the STIG asks for %3, so that TLS is offered before basic authentication.</source>
        <translation>The external receive connector %1 authenticates with %2; the STIG asks for %3, so that TLS is offered before basic authentication.</translation>
    </message>
    <message>
        <source>Set AuthMechanism to %1 (not applicable in SIPR enclaves).</source>
        <translation>Set AuthMechanism to %1 (not applicable in SIPR enclaves).</translation>
    </message>
    <message>
        <source>The internal receive connector %1 authenticates with %2, not Tls alone.</source>
        <translation>The internal receive connector %1 authenticates with %2, not Tls alone.</translation>
    </message>
    <message>
        <source>Set AuthMechanism to Tls.</source>
        <translation>Set AuthMechanism to Tls.</translation>
    </message>
    <message>
        <source>The internal receive connector %1 accepts anonymous connections.</source>
        <translation>The internal receive connector %1 accepts anonymous connections.</translation>
    </message>
    <message>
        <source>Remove AnonymousUsers from PermissionGroups.</source>
        <translation>Remove AnonymousUsers from PermissionGroups.</translation>
    </message>
    <message>
        <source>The receive connector %1 accepts %2 recipients per message; the STIG&apos;s value is %3.</source>
        <translation>The receive connector %1 accepts %2 recipients per message; the STIG&apos;s value is %3.</translation>
    </message>
    <message>
        <source>Set MaxRecipientsPerMessage to %1, or record the signed-off value in the Email Domain Security Plan.</source>
        <translation>Set MaxRecipientsPerMessage to %1, or record the signed-off value in the Email Domain Security Plan.</translation>
    </message>
    <message>
        <source>The receive connector %1 keeps connections for %2, longer than %3.</source>
        <translation>The receive connector %1 keeps connections for %2, longer than %3.</translation>
    </message>
    <message>
        <source>Set ConnectionTimeout to %1, or record the signed-off value in the Email Domain Security Plan.</source>
        <translation>Set ConnectionTimeout to %1, or record the signed-off value in the Email Domain Security Plan.</translation>
    </message>
    <message>
        <source>The receive connector %1 answers with Exchange&apos;s default banner, which names the server.</source>
        <translation>The receive connector %1 answers with Exchange&apos;s default banner, which names the server.</translation>
    </message>
    <message>
        <source>The receive connector %1 answers with the banner &quot;%2&quot;.</source>
        <translation>The receive connector %1 answers with the banner &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Set Banner to &quot;%1&quot;.</source>
        <translation>Set Banner to &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The internet-facing send connector &quot;%1&quot; does not route through a smart host.</source>
        <translation>The internet-facing send connector &quot;%1&quot; does not route through a smart host.</translation>
    </message>
    <message>
        <source>Name the smart host and turn DNS routing off (not applicable in SIPR enclaves).</source>
        <translation>Name the smart host and turn DNS routing off (not applicable in SIPR enclaves).</translation>
    </message>
    <message>
        <source>The send connector &quot;%1&quot; does not use domain security (mutual TLS).</source>
        <translation>The send connector &quot;%1&quot; does not use domain security (mutual TLS).</translation>
    </message>
    <message>
        <source>The send connector &quot;%1&quot; is domain secure-enabled but does not use DNS routing, which domain security requires.</source>
        <translation>The send connector &quot;%1&quot; is domain secure-enabled but does not use DNS routing, which domain security requires.</translation>
    </message>
    <message>
        <source>Turn on DNS routing.</source>
        <translation>Turn on DNS routing.</translation>
    </message>
    <message>
        <source>Turn on DomainSecureEnabled (and list the domain on the receiving side), or require TLS with domain validation.</source>
        <translation>Turn on DomainSecureEnabled (and list the domain on the receiving side), or require TLS with domain validation.</translation>
    </message>
    <message>
        <source>The send connector &quot;%1&quot; keeps idle connections for %2, longer than %3.</source>
        <translation>The send connector &quot;%1&quot; keeps idle connections for %2, longer than %3.</translation>
    </message>
    <message>
        <source>Set ConnectionInactivityTimeout to %1 or less, or record the signed-off value in the Email Domain Security Plan.</source>
        <translation>Set ConnectionInactivityTimeout to %1 or less, or record the signed-off value in the Email Domain Security Plan.</translation>
    </message>
    <message>
        <source>The send connector &quot;%1&quot; requires neither domain security nor TLS with domain validation.</source>
        <translation>The send connector &quot;%1&quot; requires neither domain security nor TLS with domain validation.</translation>
    </message>
    <message>
        <source>The send connector &quot;%1&quot; has the TLS authentication level %2, not DomainValidation.</source>
        <translation>The send connector &quot;%1&quot; has the TLS authentication level %2, not DomainValidation.</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>Set the TLS authentication level to DomainValidation (with Require TLS).</source>
        <translation>Set the TLS authentication level to DomainValidation (with Require TLS).</translation>
    </message>
</context>
<context>
    <name>TimeSpan</name>
    <message>
        <source>time span &quot;%1&quot; %2</source>
        <translation>time span &quot;%1&quot; %2</translation>
    </message>
    <message>
        <source>is empty; write [d.]hh:mm:ss, e.g. 00:05:00</source>
        <translation>is empty; write [d.]hh:mm:ss, e.g. 00:05:00</translation>
    </message>
    <message>
        <source>is not a time span; write [d.]hh:mm:ss, e.g. 00:05:00 or 1.00:00:00</source>
        <translation>is not a time span; write [d.]hh:mm:ss, e.g. 00:05:00 or 1.00:00:00</translation>
    </message>
    <message>
        <source>has %1 hours; use days for 24 hours or more (1.00:00:00)</source>
        <translation>has %1 hours; use days for 24 hours or more (1.00:00:00)</translation>
    </message>
    <message>
        <source>has minutes or seconds above 59</source>
        <translation>has minutes or seconds above 59</translation>
    </message>
</context>
<context>
    <name>TopologyRules</name>
    <message>
        <source>The send connector &quot;%1&quot; would be created on %2, which is subscribed to the organization; a subscribed Edge refuses send connectors, which a Hub Transport server holds and EdgeSync replicates, and the workspace has no Hub Transport server.</source>
        <translation>The send connector &quot;%1&quot; would be created on %2, which is subscribed to the organization; a subscribed Edge refuses send connectors, which a Hub Transport server holds and EdgeSync replicates, and the workspace has no Hub Transport server.</translation>
    </message>
    <message>
        <source>Add the Hub Transport server that %1 is subscribed to, or mark %1 standalone.</source>
        <translation>Add the Hub Transport server that %1 is subscribed to, or mark %1 standalone.</translation>
    </message>
    <message>
        <source>The domain-secure lists would be set on %1, which is subscribed to the organization; they are the organization&apos;s transport settings, which a Hub Transport server holds and EdgeSync replicates, and the workspace has no Hub Transport server.</source>
        <translation>The domain-secure lists would be set on %1, which is subscribed to the organization; they are the organization&apos;s transport settings, which a Hub Transport server holds and EdgeSync replicates, and the workspace has no Hub Transport server.</translation>
    </message>
</context>
<context>
    <name>TrustAddVerb</name>
    <message>
        <source>Trust a partner&apos;s root CA (PEM, DER or PKCS#7 file).</source>
        <translation>Trust a partner&apos;s root CA (PEM, DER or PKCS#7 file).</translation>
    </message>
    <message>
        <source>The CA certificate file.</source>
        <translation>The CA certificate file.</translation>
    </message>
    <message>
        <source>trust %1: give exactly one argument</source>
        <translation>trust %1: give exactly one argument</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: cannot read the file: %2</translation>
    </message>
    <message>
        <source>%1: the file is too large for a CA certificate</source>
        <translation>%1: the file is too large for a CA certificate</translation>
    </message>
    <message>
        <source>%1: already trusted</source>
        <translation>%1: already trusted</translation>
    </message>
    <message>
        <source>Trusted %1 %2</source>
        <translation>Trusted %1 %2</translation>
    </message>
</context>
<context>
    <name>TrustListVerb</name>
    <message>
        <source>List the trusted partner root CAs.</source>
        <translation>List the trusted partner root CAs.</translation>
    </message>
</context>
<context>
    <name>TrustRemoveVerb</name>
    <message>
        <source>Stop trusting a partner root CA.</source>
        <translation>Stop trusting a partner root CA.</translation>
    </message>
    <message>
        <source>SHA-1 thumbprint.</source>
        <translation>SHA-1 thumbprint.</translation>
    </message>
    <message>
        <source>trust %1: give exactly one argument</source>
        <translation>trust %1: give exactly one argument</translation>
    </message>
    <message>
        <source>Removed trusted root %1</source>
        <translation>Removed trusted root %1</translation>
    </message>
</context>
<context>
    <name>TrustRules</name>
    <message>
        <source>The certificate %1 of %2 has an RSA key of %3 bits; partners and CAs expect at least %4.</source>
        <translation>The certificate %1 of %2 has an RSA key of %3 bits; partners and CAs expect at least %4.</translation>
    </message>
    <message>
        <source>Request a new certificate with a key of at least %1 bits.</source>
        <translation>Request a new certificate with a key of at least %1 bits.</translation>
    </message>
    <message>
        <source>The pending request %1 of %2 has an RSA key of %3 bits; partners and CAs expect at least %4.</source>
        <translation>The pending request %1 of %2 has an RSA key of %3 bits; partners and CAs expect at least %4.</translation>
    </message>
    <message>
        <source>Remove the request and make a new one with a key of at least %1 bits.</source>
        <translation>Remove the request and make a new one with a key of at least %1 bits.</translation>
    </message>
    <message>
        <source>The trusted certificate %1 is not a root: it is issued by %2, which is not among the trusted roots, so a partner chain through it cannot be verified.</source>
        <translation>The trusted certificate %1 is not a root: it is issued by %2, which is not among the trusted roots, so a partner chain through it cannot be verified.</translation>
    </message>
    <message>
        <source>Add the partner&apos;s root CA %1 to the trusted roots.</source>
        <translation>Add the partner&apos;s root CA %1 to the trusted roots.</translation>
    </message>
    <message>
        <source>The workspace trusts no partner root CA, so the export adds none to the servers&apos; trust stores; mutual TLS with %1 works only if their certificates come from a CA the servers trust already.</source>
        <translation>The workspace trusts no partner root CA, so the export adds none to the servers&apos; trust stores; mutual TLS with %1 works only if their certificates come from a CA the servers trust already.</translation>
    </message>
    <message>
        <source>Add the root CA of each partner with a private CA to the trusted roots.</source>
        <translation>Add the root CA of each partner with a private CA to the trusted roots.</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>Postfix</source>
        <translation>Postfix</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 or %2</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>a second server named %1</source>
        <translation>%1 という名前のサーバーが 2 つあります</translation>
    </message>
    <message>
        <source>expected 2007, 2010, 2013, 2016 or online, not &quot;%1&quot;</source>
        <translation>expected 2007, 2010, 2013, 2016 or online, not &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>WorkspaceCrypto</name>
    <message>
        <source>the workspace keys are protected: a passphrase is needed</source>
        <translation>the workspace keys are protected: a passphrase is needed</translation>
    </message>
    <message>
        <source>wrong workspace passphrase</source>
        <translation>wrong workspace passphrase</translation>
    </message>
    <message>
        <source>certificate %1: %2</source>
        <translation>certificate %1: %2</translation>
    </message>
    <message>
        <source>pending request %1: %2</source>
        <translation>pending request %1: %2</translation>
    </message>
    <message>
        <source>cannot derive the passphrase verifier</source>
        <translation>cannot derive the passphrase verifier</translation>
    </message>
</context>
<context>
    <name>WorkspaceDemoVerb</name>
    <message>
        <source>The workspace file to create.</source>
        <translation>The workspace file to create.</translation>
    </message>
    <message>
        <source>workspace demo: give exactly one output file</source>
        <translation>workspace demo: give exactly one output file</translation>
    </message>
    <message>
        <source>%1: the file exists already</source>
        <translation>%1: the file exists already</translation>
    </message>
    <message>
        <source>Created the demo workspace %1</source>
        <translation>Created the demo workspace %1</translation>
    </message>
    <message>
        <source>Write the bundled demo workspace: Contoso with a Hub Transport server and a subscribed Edge, partner Fabrikam, a demo CA, the SMTP certificates it issued, partner connectors and the domain-secure lists.</source>
        <translation>Write the bundled demo workspace: Contoso with a Hub Transport server and a subscribed Edge, partner Fabrikam, a demo CA, the SMTP certificates it issued, partner connectors and the domain-secure lists.</translation>
    </message>
</context>
<context>
    <name>WorkspaceFile</name>
    <message>
        <source>%1: not a regular file (a device, FIFO or directory cannot be a workspace)</source>
        <translation>%1: 通常のファイルではありません (デバイス、FIFO、ディレクトリはワークスペースにできません)</translation>
    </message>
    <message>
        <source>%1:%2:%3: damaged workspace file: a key appears twice in one object</source>
        <translation>%1:%2:%3: ワークスペース ファイルが壊れています: 1 つのオブジェクトに同じキーが 2 回あります</translation>
    </message>
    <message>
        <source>%1: cannot open the workspace: %2</source>
        <translation>%1: cannot open the workspace: %2</translation>
    </message>
    <message>
        <source>%1: file is too large for a workspace</source>
        <translation>%1: file is too large for a workspace</translation>
    </message>
    <message>
        <source>%1: cannot read the workspace: %2</source>
        <translation>%1: cannot read the workspace: %2</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: the file is empty</translation>
    </message>
    <message>
        <source>%1:%2:%3: damaged workspace file: %4</source>
        <translation>%1:%2:%3: damaged workspace file: %4</translation>
    </message>
    <message>
        <source>%1: not a DomainSecure workspace</source>
        <translation>%1: not a DomainSecure workspace</translation>
    </message>
    <message>
        <source>%1: the workspace was written by a newer DomainSecure (format version %2; this version reads up to %3)</source>
        <translation>%1: the workspace was written by a newer DomainSecure (format version %2; this version reads up to %3)</translation>
    </message>
    <message>
        <source>%1: the workspace has no valid format version</source>
        <translation>%1: the workspace has no valid format version</translation>
    </message>
    <message>
        <source>%1: cannot write the workspace</source>
        <translation>%1: cannot write the workspace</translation>
    </message>
</context>
<context>
    <name>WorkspaceInitVerb</name>
    <message>
        <source>Create an empty workspace with one Edge server.</source>
        <translation>Create an empty workspace with one Edge server.</translation>
    </message>
    <message>
        <source>Organization name.</source>
        <translation>Organization name.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>An accepted domain of the organization (repeatable).</source>
        <translation>An accepted domain of the organization (repeatable).</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMAIN</translation>
    </message>
    <message>
        <source>Name of the Edge server.</source>
        <translation>Name of the Edge server.</translation>
    </message>
    <message>
        <source>FQDN of the Edge server.</source>
        <translation>FQDN of the Edge server.</translation>
    </message>
    <message>
        <source>FQDN</source>
        <translation>FQDN</translation>
    </message>
    <message>
        <source>workspace init: give the new file with -w FILE</source>
        <translation>workspace init: give the new file with -w FILE</translation>
    </message>
    <message>
        <source>%1: the file exists already</source>
        <translation>%1: the file exists already</translation>
    </message>
    <message>
        <source>workspace init: --organization, --server and --fqdn are required</source>
        <translation>workspace init: --organization, --server and --fqdn are required</translation>
    </message>
    <message>
        <source>--organization</source>
        <translation>--organization</translation>
    </message>
    <message>
        <source>Created workspace %1</source>
        <translation>Created workspace %1</translation>
    </message>
</context>
<context>
    <name>WorkspaceSetVerb</name>
    <message>
        <source>Set the organization&apos;s Exchange release, which &quot;export exchange&quot; and &quot;lint&quot; use when no --version or --target is given.</source>
        <translation>Set the organization&apos;s Exchange release, which &quot;export exchange&quot; and &quot;lint&quot; use when no --version or --target is given.</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>workspace set: give --exchange-version</source>
        <translation>workspace set: give --exchange-version</translation>
    </message>
    <message>
        <source>The organization&apos;s Exchange release is %1 (target %2)</source>
        <translation>The organization&apos;s Exchange release is %1 (target %2)</translation>
    </message>
    <message>
        <source>The Exchange release: 2007, 2010, 2013, 2016 (also 2019 and Subscription Edition) or online (Exchange Online).</source>
        <translation>The Exchange release: 2007, 2010, 2013, 2016 (also 2019 and Subscription Edition) or online (Exchange Online).</translation>
    </message>
    <message>
        <source>workspace set: --exchange-version must be 2007, 2010, 2013, 2016 or online, not &quot;%1&quot;</source>
        <translation>workspace set: --exchange-version must be 2007, 2010, 2013, 2016 or online, not &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>WorkspaceVerb</name>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unexpected argument &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ds::core::DurableFile</name>
    <message>
        <source>%1: the file is already being written</source>
        <translation>%1: the file is already being written</translation>
    </message>
    <message>
        <source>%1: not a file name</source>
        <translation>%1: not a file name</translation>
    </message>
    <message>
        <source>%1: cannot open the folder %2: %3</source>
        <translation>%1: cannot open the folder %2: %3</translation>
    </message>
    <message>
        <source>%1: cannot inspect the folder %2: %3</source>
        <translation>%1: cannot inspect the folder %2: %3</translation>
    </message>
    <message>
        <source>%1: refusing to write into %2: other users may write to that folder (mode %3) and it has no sticky bit</source>
        <translation>%1: refusing to write into %2: other users may write to that folder (mode %3) and it has no sticky bit</translation>
    </message>
    <message>
        <source>%1: refusing to write through a symbolic link</source>
        <translation>%1: refusing to write through a symbolic link</translation>
    </message>
    <message>
        <source>%1: refusing to replace something that is not a regular file</source>
        <translation>%1: refusing to replace something that is not a regular file</translation>
    </message>
    <message>
        <source>%1: cannot inspect the file: %2</source>
        <translation>%1: cannot inspect the file: %2</translation>
    </message>
    <message>
        <source>%1: cannot create a temporary file in %2: %3</source>
        <translation>%1: cannot create a temporary file in %2: %3</translation>
    </message>
    <message>
        <source>%1: cannot set the file mode %2: %3</source>
        <translation>%1: cannot set the file mode %2: %3</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: cannot write: %2</translation>
    </message>
    <message>
        <source>%1: the file is not open for writing</source>
        <translation>%1: the file is not open for writing</translation>
    </message>
    <message>
        <source>%1: cannot write to disk: %2</source>
        <translation>%1: cannot write to disk: %2</translation>
    </message>
    <message>
        <source>%1: cannot replace the file: %2</source>
        <translation>%1: cannot replace the file: %2</translation>
    </message>
    <message>
        <source>%1: cannot write the folder %2 to disk: %3</source>
        <translation>%1: cannot write the folder %2 to disk: %3</translation>
    </message>
    <message>
        <source>The previous file could not be put back (%1); it is kept as %2.</source>
        <translation>The previous file could not be put back (%1); it is kept as %2.</translation>
    </message>
    <message>
        <source>%1: refusing to use a symbolic link as a folder</source>
        <translation>%1: refusing to use a symbolic link as a folder</translation>
    </message>
    <message>
        <source>%1: exists and is not a folder</source>
        <translation>%1: exists and is not a folder</translation>
    </message>
    <message>
        <source>%1: cannot inspect the folder: %2</source>
        <translation>%1: cannot inspect the folder: %2</translation>
    </message>
    <message>
        <source>%1: cannot create the folder: %2</source>
        <translation>%1: cannot create the folder: %2</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: cannot read the file: %2</translation>
    </message>
</context>
<context>
    <name>ds::ui::AboutDialog</name>
    <message>
        <source>About DomainSecure</source>
        <translation>About DomainSecure</translation>
    </message>
    <message>
        <source>&lt;h2&gt;DomainSecure %1&lt;/h2&gt;&lt;p&gt;Certificates and mutual-TLS (Domain Security) connectors for mail gateways: Exchange 2007 Edge Transport servers and Postfix.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Cryptography by OpenSSL 3, used directly by the core library.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;DomainSecure %1&lt;/h2&gt;&lt;p&gt;Certificates and mutual-TLS (Domain Security) connectors for mail gateways: Exchange 2007 Edge Transport servers and Postfix.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Cryptography by OpenSSL 3, used directly by the core library.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ds::ui::Application</name>
    <message>
        <source>Certificates and mutual-TLS connectors for mail gateways.</source>
        <translation>Certificates and mutual-TLS connectors for mail gateways.</translation>
    </message>
    <message>
        <source>The workspace file (*.dsw) to open; the demo when omitted.</source>
        <translation>The workspace file (*.dsw) to open; the demo when omitted.</translation>
    </message>
    <message>
        <source>Demo Workspace</source>
        <translation>Demo Workspace</translation>
    </message>
    <message>
        <source>User interface language for this session: en or ja (default: Settings, else the system locale).</source>
        <translation>User interface language for this session: en or ja (default: Settings, else the system locale).</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>LANGUAGE</translation>
    </message>
</context>
<context>
    <name>ds::ui::CertificateDialog</name>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Certificate fields</source>
        <translation>Certificate fields</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Certificate as text</source>
        <translation>Certificate as text</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Certification &amp;Path</source>
        <translation>Certification &amp;Path</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Error:</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>Certificate: %1</translation>
    </message>
    <message>
        <source>Friendly name:</source>
        <translation>Friendly name:</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Issued to:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Issued by:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Valid from:</translation>
    </message>
    <message>
        <source>Valid to:</source>
        <translation>Valid to:</translation>
    </message>
    <message>
        <source>Domain names:</source>
        <translation>Domain names:</translation>
    </message>
    <message>
        <source>Services:</source>
        <translation>Services:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation>Private key:</translation>
    </message>
    <message>
        <source>yes, exportable</source>
        <translation>yes, exportable</translation>
    </message>
    <message>
        <source>yes, not exportable</source>
        <translation>yes, not exportable</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Self-signed for internal mail only; partners will not trust it.</source>
        <translation>Self-signed for internal mail only; partners will not trust it.</translation>
    </message>
    <message>
        <source>Thumbprint:</source>
        <translation>Thumbprint:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Valid to</translation>
    </message>
    <message>
        <source>Subject alternative names</source>
        <translation>Subject alternative names</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Public key</translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation>Signature algorithm</translation>
    </message>
    <message>
        <source>Key usage</source>
        <translation>Key usage</translation>
    </message>
    <message>
        <source>Enhanced key usage</source>
        <translation>Enhanced key usage</translation>
    </message>
    <message>
        <source>Basic constraints</source>
        <translation>Basic constraints</translation>
    </message>
    <message>
        <source>Certification authority</source>
        <translation>Certification authority</translation>
    </message>
    <message>
        <source>End entity</source>
        <translation>End entity</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>Self-signed</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Thumbprint (SHA-1)</source>
        <translation>Thumbprint (SHA-1)</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Fingerprint (SHA-256)</translation>
    </message>
    <message>
        <source>Certificates in the stored chain</source>
        <translation>Certificates in the stored chain</translation>
    </message>
    <message>
        <source>Pending Request: %1</source>
        <translation>Pending Request: %1</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Created:</translation>
    </message>
    <message>
        <source>Key thumbprint:</source>
        <translation>Key thumbprint:</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>verifies</source>
        <translation>verifies</translation>
    </message>
    <message>
        <source>does not verify</source>
        <translation>does not verify</translation>
    </message>
    <message>
        <source>Key exportable</source>
        <translation>Key exportable</translation>
    </message>
</context>
<context>
    <name>ds::ui::CertificateRequestWizard</name>
    <message>
        <source>New Certificate Request</source>
        <translation>New Certificate Request</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generate</translation>
    </message>
    <message>
        <source>Renew Certificate</source>
        <translation>Renew Certificate</translation>
    </message>
    <message>
        <source>New certificate request for %1</source>
        <translation>New certificate request for %1</translation>
    </message>
    <message>
        <source>A certificate request holds the public half of a new key and the names the certificate is for. Send it to a certification authority (CA) that your partners trust; import the certificate it returns with Import Certificate.</source>
        <translation>A certificate request holds the public half of a new key and the names the certificate is for. Send it to a certification authority (CA) that your partners trust; import the certificate it returns with Import Certificate.</translation>
    </message>
    <message>
        <source>The common name (CN) is the name partners connect to, usually the FQDN of the server (mail.contoso.com). Most CAs also want the organization and the country.</source>
        <translation>The common name (CN) is the name partners connect to, usually the FQDN of the server (mail.contoso.com). Most CAs also want the organization and the country.</translation>
    </message>
    <message>
        <source>Domain security checks that the certificate names the domain of the sender. List the server&apos;s FQDN and every domain the server sends mail for (contoso.com).</source>
        <translation>Domain security checks that the certificate names the domain of the sender. List the server&apos;s FQDN and every domain the server sends mail for (contoso.com).</translation>
    </message>
    <message>
        <source>RSA 2048 is what Exchange 2007 makes by default. An exportable key can be copied to a second Edge server later. The friendly name is shown in lists (at most 63 characters).</source>
        <translation>RSA 2048 is what Exchange 2007 makes by default. An exportable key can be copied to a second Edge server later. The friendly name is shown in lists (at most 63 characters).</translation>
    </message>
    <message>
        <source>Check the answers. The shell command does the same on an Exchange 2007 server. Generate starts the key generation; you cannot go back after that.</source>
        <translation>Check the answers. The shell command does the same on an Exchange 2007 server. Generate starts the key generation; you cannot go back after that.</translation>
    </message>
    <message>
        <source>The key is generated in the background. Large RSA keys can take a while; Cancel stops it.</source>
        <translation>The key is generated in the background. Large RSA keys can take a while; Cancel stops it.</translation>
    </message>
    <message>
        <source>Save the request and send the file to your CA. The request stays pending on the server until you import the certificate the CA issues.</source>
        <translation>Save the request and send the file to your CA. The request stays pending on the server until you import the certificate the CA issues.</translation>
    </message>
    <message>
        <source>New Certificate Request Help</source>
        <translation>New Certificate Request Help</translation>
    </message>
</context>
<context>
    <name>ds::ui::CertificateTableModel</name>
    <message>
        <source>Friendly name</source>
        <translation>Friendly name</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Thumbprint</source>
        <translation>Thumbprint</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Expiring soon</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>Not yet valid</translation>
    </message>
    <message>
        <source>Untrusted</source>
        <translation>Untrusted</translation>
    </message>
    <message>
        <source>Pending request</source>
        <translation>Pending request</translation>
    </message>
</context>
<context>
    <name>ds::ui::CertificationPathWidget</name>
    <message>
        <source>Certification path</source>
        <translation>Certification path</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Certification &amp;path:</source>
        <translation>Certification &amp;path:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>The certificate is trusted for TLS server and client use.</source>
        <translation>The certificate is trusted for TLS server and client use.</translation>
    </message>
    <message>
        <source>The certificate is not trusted: %1</source>
        <translation>The certificate is not trusted: %1</translation>
    </message>
</context>
<context>
    <name>ds::ui::ConnectorTextPage</name>
    <message>
        <source>&amp;Copy to Clipboard</source>
        <translation>&amp;Copy to Clipboard</translation>
    </message>
</context>
<context>
    <name>ds::ui::ConnectorWizardPage</name>
    <message>
        <source>Correct or remove the entries marked in red, then click Next again.</source>
        <translation>Correct or remove the entries marked in red, then click Next again.</translation>
    </message>
    <message>
        <source>Fill in the required fields.</source>
        <translation>Fill in the required fields.</translation>
    </message>
</context>
<context>
    <name>ds::ui::CountryComboBox</name>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ds::ui::DomainListEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Add &amp;Suggested</source>
        <translation>Add &amp;Suggested</translation>
    </message>
    <message>
        <source>mail.contoso.com</source>
        <translation>mail.contoso.com</translation>
    </message>
    <message>
        <source>Domain name to add</source>
        <translation>Domain name to add</translation>
    </message>
    <message>
        <source>Domain names of the certificate</source>
        <translation>Domain names of the certificate</translation>
    </message>
    <message>
        <source>Suggested domain names</source>
        <translation>Suggested domain names</translation>
    </message>
    <message>
        <source>&amp;Domain names:</source>
        <translation>&amp;Domain names:</translation>
    </message>
    <message>
        <source>Su&amp;ggestions:</source>
        <translation>Su&amp;ggestions:</translation>
    </message>
</context>
<context>
    <name>ds::ui::DomainSecureListModel</name>
    <message>
        <source>No server</source>
        <translation>No server</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>No connector</source>
        <translation>No connector</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>On, TLS required</source>
        <translation>On, TLS required</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s)</source>
        <translation>%1 error(s), %2 warning(s)</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Connector</translation>
    </message>
    <message>
        <source>Domain security</source>
        <translation>Domain security</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
</context>
<context>
    <name>ds::ui::DomainSecureTableModel</name>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Send list</source>
        <translation>Send list</translation>
    </message>
    <message>
        <source>Receive list</source>
        <translation>Receive list</translation>
    </message>
    <message>
        <source>Send connector</source>
        <translation>Send connector</translation>
    </message>
    <message>
        <source>Receive connector</source>
        <translation>Receive connector</translation>
    </message>
    <message>
        <source>SMTP certificate</source>
        <translation>SMTP certificate</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Missing on %1</source>
        <translation>Missing on %1</translation>
    </message>
    <message>
        <source>No server</source>
        <translation>No server</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Pinned keys</source>
        <translation>Pinned keys</translation>
    </message>
    <message>
        <source>No key is pinned: any certificate from a trusted partner root is accepted for this partner.</source>
        <translation>No key is pinned: any certificate from a trusted partner root is accepted for this partner.</translation>
    </message>
    <message>
        <source>%1… until %2</source>
        <translation>%1… until %2</translation>
    </message>
    <message>
        <source>%1 (%2), until %3</source>
        <translation>%1 (%2), until %3</translation>
    </message>
</context>
<context>
    <name>ds::ui::DomainSecurityPage</name>
    <message>
        <source>Mail to domains on the send list and from domains on the receive list travels over mutual TLS (domain security). Each domain needs a Partner connector with domain security and an SMTP certificate that the partner trusts.</source>
        <translation>Mail to domains on the send list and from domains on the receive list travels over mutual TLS (domain security). Each domain needs a Partner connector with domain security and an SMTP certificate that the partner trusts.</translation>
    </message>
    <message>
        <source>&amp;Send list (TLSSendDomainSecureList)</source>
        <translation>&amp;Send list (TLSSendDomainSecureList)</translation>
    </message>
    <message>
        <source>&amp;Receive list (TLSReceiveDomainSecureList)</source>
        <translation>&amp;Receive list (TLSReceiveDomainSecureList)</translation>
    </message>
    <message>
        <source>Domain to add to the send list</source>
        <translation>Domain to add to the send list</translation>
    </message>
    <message>
        <source>Domain to add to the receive list</source>
        <translation>Domain to add to the receive list</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Remove Domain-Secure Domain</source>
        <translation>Remove Domain-Secure Domain</translation>
    </message>
</context>
<context>
    <name>ds::ui::EnableCertificateDialog</name>
    <message>
        <source>Enable Certificate</source>
        <translation>Enable Certificate</translation>
    </message>
    <message>
        <source>Services that use certificate %1. A service cannot be taken away from a certificate: enable another certificate for it instead.</source>
        <translation>Services that use certificate %1. A service cannot be taken away from a certificate: enable another certificate for it instead.</translation>
    </message>
    <message>
        <source>&amp;SMTP</source>
        <translation>&amp;SMTP</translation>
    </message>
    <message>
        <source>&amp;IMAP</source>
        <translation>&amp;IMAP</translation>
    </message>
    <message>
        <source>&amp;POP</source>
        <translation>&amp;POP</translation>
    </message>
    <message>
        <source>II&amp;S</source>
        <translation>II&amp;S</translation>
    </message>
    <message>
        <source>&amp;UM</source>
        <translation>&amp;UM</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Enable</translation>
    </message>
    <message>
        <source>Exchange Management Shell: %1</source>
        <translation>Exchange Management Shell: %1</translation>
    </message>
    <message>
        <source>Choose a service to enable.</source>
        <translation>Choose a service to enable.</translation>
    </message>
    <message>
        <source>Replace SMTP Certificate</source>
        <translation>Replace SMTP Certificate</translation>
    </message>
    <message>
        <source>Replace the default SMTP certificate of %1 (%2, %3) with %4?</source>
        <translation>Replace the default SMTP certificate of %1 (%2, %3) with %4?</translation>
    </message>
</context>
<context>
    <name>ds::ui::ExportCertificateDialog</name>
    <message>
        <source>&amp;Base64 (PEM)</source>
        <translation>&amp;Base64 (PEM)</translation>
    </message>
    <message>
        <source>Binary (&amp;DER)</source>
        <translation>Binary (&amp;DER)</translation>
    </message>
    <message>
        <source>PKCS#12 (.&amp;pfx) with the private key</source>
        <translation>PKCS#12 (.&amp;pfx) with the private key</translation>
    </message>
    <message>
        <source>Include the &amp;issuer certificates</source>
        <translation>Include the &amp;issuer certificates</translation>
    </message>
    <message>
        <source>&amp;Legacy encryption (3DES) for Windows Server 2003/2008</source>
        <translation>&amp;Legacy encryption (3DES) for Windows Server 2003/2008</translation>
    </message>
    <message>
        <source>Export Certificate Request</source>
        <translation>Export Certificate Request</translation>
    </message>
    <message>
        <source>Export Certificate</source>
        <translation>Export Certificate</translation>
    </message>
    <message>
        <source>The certificate has no exportable private key.</source>
        <translation>The certificate has no exportable private key.</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>&amp;Confirm password:</translation>
    </message>
    <message>
        <source>Workspace pass&amp;phrase:</source>
        <translation>Workspace pass&amp;phrase:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Exchange Management Shell: %1</source>
        <translation>Exchange Management Shell: %1</translation>
    </message>
    <message>
        <source>Choose the file to export to.</source>
        <translation>Choose the file to export to.</translation>
    </message>
    <message>
        <source>A PFX file needs a password.</source>
        <translation>A PFX file needs a password.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>The passwords do not match.</translation>
    </message>
</context>
<context>
    <name>ds::ui::ExportDialog</name>
    <message>
        <source>Export Configuration</source>
        <translation>Export Configuration</translation>
    </message>
    <message>
        <source>Export target</source>
        <translation>Export target</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Target:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Workspace passphrase</source>
        <translation>Workspace passphrase</translation>
    </message>
    <message>
        <source>Workspace &amp;passphrase:</source>
        <translation>Workspace &amp;passphrase:</translation>
    </message>
    <message>
        <source>Lint findings for this target</source>
        <translation>Lint findings for this target</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Fix</translation>
    </message>
    <message>
        <source>Generated files</source>
        <translation>Generated files</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>File preview</source>
        <translation>File preview</translation>
    </message>
    <message>
        <source>Changes against the previous export</source>
        <translation>Changes against the previous export</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation>C&amp;hanges</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Export folder</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Write</translation>
    </message>
    <message>
        <source>Apply to a Postfix server (optional)</source>
        <translation>Apply to a Postfix server (optional)</translation>
    </message>
    <message>
        <source>Choose a target and a server; the workspace has no server yet.</source>
        <translation>Choose a target and a server; the workspace has no server yet.</translation>
    </message>
    <message numerus="yes">
        <source>Export to %1 refused: lint reports %n error(s) for this target. Fix them first (the list below says where).</source>
        <translation>
            <numerusform>Export to %1 refused: lint reports %n error for this target. Fix it first (the list below says where).</numerusform>
            <numerusform>Export to %1 refused: lint reports %n errors for this target. Fix them first (the list below says where).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot export: %1</source>
        <translation>Cannot export: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) for %1 on %2.</source>
        <translation>
            <numerusform>%n file for %1 on %2.</numerusform>
            <numerusform>%n files for %1 on %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read before deploying:</source>
        <translation>Read before deploying:</translation>
    </message>
    <message>
        <source>changed (+%1 −%2)</source>
        <translation>changed (+%1 −%2)</translation>
    </message>
    <message>
        <source>This file holds a private key. Its content is not shown; it is written readable by the owner only (mode 0600).</source>
        <translation>This file holds a private key. Its content is not shown; it is written readable by the owner only (mode 0600).</translation>
    </message>
    <message>
        <source>Binary file, %1.</source>
        <translation>Binary file, %1.</translation>
    </message>
    <message>
        <source>Choose a folder to compare with its previous export.</source>
        <translation>Choose a folder to compare with its previous export.</translation>
    </message>
    <message>
        <source>New file: %1 has no previous %2.</source>
        <translation>New file: %1 has no previous %2.</translation>
    </message>
    <message>
        <source>Unchanged since the previous export.</source>
        <translation>Unchanged since the previous export.</translation>
    </message>
    <message>
        <source>Changed (content not shown: binary or secret file).</source>
        <translation>Changed (content not shown: binary or secret file).</translation>
    </message>
    <message>
        <source>Export Folder</source>
        <translation>Export Folder</translation>
    </message>
    <message>
        <source>Write Export</source>
        <translation>Write Export</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in %1 will be replaced. Continue?</source>
        <translation>
            <numerusform>%n file in %1 will be replaced. Continue?</numerusform>
            <numerusform>%n files in %1 will be replaced. Continue?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n file to %1.</numerusform>
            <numerusform>Wrote %n files to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Include the private key although it is marked non-exportable</source>
        <translation>&amp;Include the private key although it is marked non-exportable</translation>
    </message>
    <message>
        <source>The bundle holds the key of the SMTP certificate. Check this only if the administrator wants that key on the Postfix server.</source>
        <translation>The bundle holds the key of the SMTP certificate. Check this only if the administrator wants that key on the Postfix server.</translation>
    </message>
</context>
<context>
    <name>ds::ui::FindingTableModel</name>
    <message>
        <source>%1
Fix: %2</source>
        <translation>%1
Fix: %2</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>How to fix</translation>
    </message>
</context>
<context>
    <name>ds::ui::ImportCertificateWizard</name>
    <message>
        <source>Import Certificate</source>
        <translation>Import Certificate</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Choose the file your CA returned (.cer, .crt, .pem, .p7b) or a PKCS#12 file (.pfx, .p12) with a certificate and its private key. You can also drop the file on the main window.</source>
        <translation>Choose the file your CA returned (.cer, .crt, .pem, .p7b) or a PKCS#12 file (.pfx, .p12) with a certificate and its private key. You can also drop the file on the main window.</translation>
    </message>
    <message>
        <source>PKCS#12 files are protected by the password chosen when they were exported.</source>
        <translation>PKCS#12 files are protected by the password chosen when they were exported.</translation>
    </message>
    <message>
        <source>Check the certificate before importing it. A certificate issued for a pending request takes over that request&apos;s private key; the chain must reach a root your partners trust.</source>
        <translation>Check the certificate before importing it. A certificate issued for a pending request takes over that request&apos;s private key; the chain must reach a root your partners trust.</translation>
    </message>
    <message>
        <source>Domain security uses the server&apos;s SMTP certificate. A server has one default SMTP certificate: enabling this one for SMTP replaces the current one.</source>
        <translation>Domain security uses the server&apos;s SMTP certificate. A server has one default SMTP certificate: enabling this one for SMTP replaces the current one.</translation>
    </message>
    <message>
        <source>The certificate is in the workspace. The commands do the same on an Exchange 2007 server.</source>
        <translation>The certificate is in the workspace. The commands do the same on an Exchange 2007 server.</translation>
    </message>
    <message>
        <source>Import Certificate Help</source>
        <translation>Import Certificate Help</translation>
    </message>
</context>
<context>
    <name>ds::ui::ImportCompletionPage</name>
    <message>
        <source>Completion</source>
        <translation>Completion</translation>
    </message>
    <message>
        <source>Exchange Management Shell commands</source>
        <translation>Exchange Management Shell commands</translation>
    </message>
    <message>
        <source>&amp;Copy Commands</source>
        <translation>&amp;Copy Commands</translation>
    </message>
    <message>
        <source>The same in the Exchange Management &amp;Shell:</source>
        <translation>The same in the Exchange Management &amp;Shell:</translation>
    </message>
    <message>
        <source>%1 (%2) was imported to %3</source>
        <translation>%1 (%2) was imported to %3</translation>
    </message>
    <message>
        <source>; it completed the pending request</source>
        <translation>; it completed the pending request</translation>
    </message>
    <message>
        <source>; enabled for %1</source>
        <translation>; enabled for %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more certificate(s).</source>
        <translation>
            <numerusform>… and %n more certificate.</numerusform>
            <numerusform>… and %n more certificates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more note(s).</source>
        <translation>
            <numerusform>… and %n more note.</numerusform>
            <numerusform>… and %n more notes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ds::ui::ImportFilePage</name>
    <message>
        <source>Certificate File</source>
        <translation>Certificate File</translation>
    </message>
    <message>
        <source>The certificate your CA issued, or a PKCS#12 file with a certificate and its key.</source>
        <translation>The certificate your CA issued, or a PKCS#12 file with a certificate and its key.</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Certificate file</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <source>PEM, DER, PKCS#7 (.p7b) and PKCS#12 (.pfx, .p12) files are accepted. You can also drop a file on the main window.</source>
        <translation>PEM, DER, PKCS#7 (.p7b) and PKCS#12 (.pfx, .p12) files are accepted. You can also drop a file on the main window.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Import Certificate</source>
        <translation>Import Certificate</translation>
    </message>
    <message>
        <source>Certificates (*.cer *.crt *.pem *.der *.p7b *.p7c *.pfx *.p12);;All files (*)</source>
        <translation>Certificates (*.cer *.crt *.pem *.der *.p7b *.p7c *.pfx *.p12);;All files (*)</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: no such file</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MiB</source>
        <translation>%1: the file is larger than %2 MiB</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2)</source>
        <translation>%1: cannot read the file (%2)</translation>
    </message>
</context>
<context>
    <name>ds::ui::ImportPasswordPage</name>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>The file is a PKCS#12 file: enter the password it was exported with.</source>
        <translation>The file is a PKCS#12 file: enter the password it was exported with.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Opening the file…</source>
        <translation>Opening the file…</translation>
    </message>
</context>
<context>
    <name>ds::ui::ImportPreviewJob</name>
    <message>
        <source>%1: no certificate in the file</source>
        <translation>%1: no certificate in the file</translation>
    </message>
</context>
<context>
    <name>ds::ui::ImportPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Check the certificate before it is imported.</source>
        <translation>Check the certificate before it is imported.</translation>
    </message>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation>Reading the file was cancelled.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>File format:</source>
        <translation>File format:</translation>
    </message>
    <message>
        <source>Certificates in the file:</source>
        <translation>Certificates in the file:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Issued by:</translation>
    </message>
    <message>
        <source>Domain names:</source>
        <translation>Domain names:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Valid from:</translation>
    </message>
    <message>
        <source>Valid to:</source>
        <translation>Valid to:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Key:</translation>
    </message>
    <message>
        <source>Thumbprint:</source>
        <translation>Thumbprint:</translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation>Private key:</translation>
    </message>
    <message>
        <source>from the pending request</source>
        <translation>from the pending request</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>in the file</source>
        <translation>in the file</translation>
    </message>
    <message>
        <source>This certificate completes the pending request &quot;%1&quot; (%2) of server %3.</source>
        <translation>This certificate completes the pending request &quot;%1&quot; (%2) of server %3.</translation>
    </message>
    <message>
        <source>This certificate completes no pending request and the file has no private key: it is imported without a key and cannot be enabled for SMTP.</source>
        <translation>This certificate completes no pending request and the file has no private key: it is imported without a key and cannot be enabled for SMTP.</translation>
    </message>
    <message>
        <source>The certificate comes with its private key.</source>
        <translation>The certificate comes with its private key.</translation>
    </message>
    <message>
        <source>Status: %1. %2</source>
        <translation>Status: %1. %2</translation>
    </message>
</context>
<context>
    <name>ds::ui::ImportServicesPage</name>
    <message>
        <source>&amp;SMTP (domain security, STARTTLS)</source>
        <translation>&amp;SMTP (domain security, STARTTLS)</translation>
    </message>
    <message>
        <source>&amp;IMAP</source>
        <translation>&amp;IMAP</translation>
    </message>
    <message>
        <source>&amp;POP</source>
        <translation>&amp;POP</translation>
    </message>
    <message>
        <source>II&amp;S</source>
        <translation>II&amp;S</translation>
    </message>
    <message>
        <source>&amp;Unified Messaging</source>
        <translation>&amp;Unified Messaging</translation>
    </message>
    <message>
        <source>Workspace &amp;passphrase:</source>
        <translation>Workspace &amp;passphrase:</translation>
    </message>
    <message>
        <source>Enable Services</source>
        <translation>Enable Services</translation>
    </message>
    <message>
        <source>The services that use the certificate. Domain security needs SMTP.</source>
        <translation>The services that use the certificate. Domain security needs SMTP.</translation>
    </message>
    <message>
        <source>&amp;Friendly name:</source>
        <translation>&amp;Friendly name:</translation>
    </message>
    <message>
        <source>The certificate is not valid now (%1): it is imported without services.</source>
        <translation>The certificate is not valid now (%1): it is imported without services.</translation>
    </message>
    <message>
        <source>There is no private key for this certificate: it is imported without services.</source>
        <translation>There is no private key for this certificate: it is imported without services.</translation>
    </message>
    <message>
        <source>%1 uses &quot;%2&quot; (%3) for SMTP now; enabling SMTP replaces it.</source>
        <translation>%1 uses &quot;%2&quot; (%3) for SMTP now; enabling SMTP replaces it.</translation>
    </message>
    <message>
        <source>Replace SMTP Certificate</source>
        <translation>Replace SMTP Certificate</translation>
    </message>
    <message>
        <source>Replace the default SMTP certificate of %1?

Current: %2 (%3, expires %4)
New: %5 (%6)</source>
        <translation>Replace the default SMTP certificate of %1?

Current: %2 (%3, expires %4)
New: %5 (%6)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Import certificate %1</source>
        <translation>Import certificate %1</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Imported.</translation>
    </message>
</context>
<context>
    <name>ds::ui::KeyGenerationPage</name>
    <message>
        <source>Key Generation</source>
        <translation>Key Generation</translation>
    </message>
    <message>
        <source>The private key is generated in the background; the window stays usable.</source>
        <translation>The private key is generated in the background; the window stays usable.</translation>
    </message>
    <message>
        <source>Key generation progress</source>
        <translation>Key generation progress</translation>
    </message>
    <message>
        <source>Generating a %1 key…</source>
        <translation>Generating a %1 key…</translation>
    </message>
    <message>
        <source>&amp;Cancel Generation</source>
        <translation>&amp;Cancel Generation</translation>
    </message>
    <message>
        <source>Key generation was cancelled.</source>
        <translation>Key generation was cancelled.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>The %1 key was generated and the request was added to %2 as pending.</source>
        <translation>The %1 key was generated and the request was added to %2 as pending.</translation>
    </message>
</context>
<context>
    <name>ds::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Navigation tree</source>
        <translation>Navigation tree</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>%1[*] - DomainSecure</source>
        <translation>%1[*] - DomainSecure</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n selected objects</source>
        <translation>
            <numerusform>%n selected object</numerusform>
            <numerusform>%n selected objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n object</numerusform>
            <numerusform>%n objects</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Open Workspace</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Recover Unsaved Changes</translation>
    </message>
    <message>
        <source>%1 has unsaved changes from an earlier session that did not end normally. Restore them?</source>
        <translation>%1 has unsaved changes from an earlier session that did not end normally. Restore them?</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <source>Save Workspace</source>
        <translation>Save Workspace</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Save Workspace As</source>
        <translation>Save Workspace As</translation>
    </message>
    <message>
        <source>DomainSecure workspaces (*.dsw)</source>
        <translation>DomainSecure workspaces (*.dsw)</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Unsaved Changes</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 has unsaved changes. Save them?</translation>
    </message>
    <message>
        <source>DomainSecure workspaces (*.dsw);;All files (*)</source>
        <translation>DomainSecure workspaces (*.dsw);;All files (*)</translation>
    </message>
</context>
<context>
    <name>ds::ui::NavigationModel</name>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Send Connectors</source>
        <translation>Send Connectors</translation>
    </message>
    <message>
        <source>Domain Security</source>
        <translation>Domain Security</translation>
    </message>
    <message>
        <source>Trusted Roots</source>
        <translation>Trusted Roots</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Servers</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>Receive Connectors</source>
        <translation>Receive Connectors</translation>
    </message>
    <message>
        <source>Organization (%1)</source>
        <translation>Organization (%1)</translation>
    </message>
    <message>
        <source>%1 (Edge Transport)</source>
        <translation>%1 (Edge Transport)</translation>
    </message>
    <message>
        <source>%1 (Hub Transport)</source>
        <translation>%1 (Hub Transport)</translation>
    </message>
</context>
<context>
    <name>ds::ui::NewPartnerWizard</name>
    <message>
        <source>New Partner</source>
        <translation>New Partner</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Name the partner organization and list its SMTP domains.</source>
        <translation>Name the partner organization and list its SMTP domains.</translation>
    </message>
    <message>
        <source>The wizard names the connectors &quot;From &lt;partner&gt;&quot; and &quot;To &lt;partner&gt;&quot;. The domains go on the domain-secure send and receive lists and become the send connector&apos;s address spaces; no wildcards.</source>
        <translation>The wizard names the connectors &quot;From &lt;partner&gt;&quot; and &quot;To &lt;partner&gt;&quot;. The domains go on the domain-secure send and receive lists and become the send connector&apos;s address spaces; no wildcards.</translation>
    </message>
    <message>
        <source>Partner Gateways</source>
        <translation>Partner Gateways</translation>
    </message>
    <message>
        <source>Specify the IP addresses of the partner&apos;s mail gateways that send to us.</source>
        <translation>Specify the IP addresses of the partner&apos;s mail gateways that send to us.</translation>
    </message>
    <message>
        <source>Ask the partner for the addresses its outbound gateways use: single addresses, a-b ranges or CIDR blocks.</source>
        <translation>Ask the partner for the addresses its outbound gateways use: single addresses, a-b ranges or CIDR blocks.</translation>
    </message>
    <message>
        <source>Our Server</source>
        <translation>Our Server</translation>
    </message>
    <message>
        <source>Choose the server that exchanges mail with the partner.</source>
        <translation>Choose the server that exchanges mail with the partner.</translation>
    </message>
    <message>
        <source>The receive connector listens on these bindings of our server; its FQDN must be a name of the server&apos;s SMTP certificate, which the partner checks.</source>
        <translation>The receive connector listens on these bindings of our server; its FQDN must be a name of the server&apos;s SMTP certificate, which the partner checks.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Check what will be created, then click Create.</source>
        <translation>Check what will be created, then click Create.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>Create adds the four objects as one step: a single Undo removes them all.</source>
        <translation>Create adds the four objects as one step: a single Undo removes them all.</translation>
    </message>
    <message>
        <source>What Is Left to Do</source>
        <translation>What Is Left to Do</translation>
    </message>
    <message>
        <source>The partner is set up. Validation of the workspace says:</source>
        <translation>The partner is set up. Validation of the workspace says:</translation>
    </message>
    <message>
        <source>Fix the errors listed here, then export the configuration and test the connection.</source>
        <translation>Fix the errors listed here, then export the configuration and test the connection.</translation>
    </message>
    <message>
        <source>Help: %1</source>
        <translation>Help: %1</translation>
    </message>
    <message>
        <source>Partner: %1 (%2)</source>
        <translation>Partner: %1 (%2)</translation>
    </message>
    <message>
        <source>1. Receive connector %1: Partner usage, TLS with domain security, bindings %2, accepts only %3.</source>
        <translation>1. Receive connector %1: Partner usage, TLS with domain security, bindings %2, accepts only %3.</translation>
    </message>
    <message>
        <source>2. Send connector %1: Partner usage, DNS routing with domain security for %2.</source>
        <translation>2. Send connector %1: Partner usage, DNS routing with domain security for %2.</translation>
    </message>
    <message>
        <source>3. Domain-secure send list: + %1</source>
        <translation>3. Domain-secure send list: + %1</translation>
    </message>
    <message>
        <source>4. Domain-secure receive list: + %1</source>
        <translation>4. Domain-secure receive list: + %1</translation>
    </message>
    <message>
        <source>Exchange Management Shell equivalent:</source>
        <translation>Exchange Management Shell equivalent:</translation>
    </message>
    <message>
        <source>No findings for the new connectors, the lists or the server&apos;s certificate.</source>
        <translation>No findings for the new connectors, the lists or the server&apos;s certificate.</translation>
    </message>
    <message>
        <source>Then:</source>
        <translation>Then:</translation>
    </message>
    <message>
        <source>- Ask %1 to put your domains on its domain-secure send and receive lists and to accept your gateways.</source>
        <translation>- Ask %1 to put your domains on its domain-secure send and receive lists and to accept your gateways.</translation>
    </message>
    <message>
        <source>- Trust the root CA of the partner&apos;s certificates (Trusted Roots).</source>
        <translation>- Trust the root CA of the partner&apos;s certificates (Trusted Roots).</translation>
    </message>
    <message>
        <source>- Export the configuration for %1 and test the connection to the partner&apos;s gateway.</source>
        <translation>- Export the configuration for %1 and test the connection to the partner&apos;s gateway.</translation>
    </message>
    <message>
        <source>Exchange Online equivalent (export exchange --version online):</source>
        <translation>Exchange Online equivalent (export exchange --version online):</translation>
    </message>
</context>
<context>
    <name>ds::ui::OrganizationPropertiesDialog</name>
    <message>
        <source>Organization Properties</source>
        <translation>Organization Properties</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organization:</translation>
    </message>
    <message>
        <source>Accepted domains:</source>
        <translation>Accepted domains:</translation>
    </message>
    <message>
        <source>&amp;Exchange release:</source>
        <translation>&amp;Exchange release:</translation>
    </message>
    <message>
        <source>Lint, the Validation pane and the Exchange export use this release unless another target is chosen; the wizards write commands for it.</source>
        <translation>Lint, the Validation pane and the Exchange export use this release unless another target is chosen; the wizards write commands for it.</translation>
    </message>
</context>
<context>
    <name>ds::ui::PartnerEditor</name>
    <message>
        <source>Partner domains</source>
        <translation>Partner domains</translation>
    </message>
    <message>
        <source>Partner &amp;name:</source>
        <translation>Partner &amp;name:</translation>
    </message>
    <message>
        <source>Partner &amp;domains (mail to and from them travels over mutual TLS):</source>
        <translation>Partner &amp;domains (mail to and from them travels over mutual TLS):</translation>
    </message>
    <message>
        <source>Partner name: %1</source>
        <translation>Partner name: %1</translation>
    </message>
    <message>
        <source>Partner domains: %1</source>
        <translation>Partner domains: %1</translation>
    </message>
</context>
<context>
    <name>ds::ui::PartnerServerEditor</name>
    <message>
        <source>&amp;Require TLS in both directions</source>
        <translation>&amp;Require TLS in both directions</translation>
    </message>
    <message>
        <source>Our &amp;server:</source>
        <translation>Our &amp;server:</translation>
    </message>
</context>
<context>
    <name>ds::ui::PostfixApplyWidget</name>
    <message>
        <source>Postfix &amp;configuration directory:</source>
        <translation>Postfix &amp;configuration directory:</translation>
    </message>
    <message>
        <source>Postfix configuration directory</source>
        <translation>Postfix configuration directory</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Bro&amp;wse…</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>Write the configuration into the directory with postconf and postmap, then run &quot;postfix check&quot;. Settings DomainSecure does not own are left alone.</source>
        <translation>Write the configuration into the directory with postconf and postmap, then run &quot;postfix check&quot;. Settings DomainSecure does not own are left alone.</translation>
    </message>
    <message>
        <source>Cancel A&amp;pply</source>
        <translation>Cancel A&amp;pply</translation>
    </message>
    <message>
        <source>Also replace &amp;global settings set by the administrator</source>
        <translation>Also replace &amp;global settings set by the administrator</translation>
    </message>
    <message>
        <source>Without it, the apply refuses to replace main.cf settings the administrator set to other values (server certificate, myhostname, a smaller message_size_limit) and services it did not create. TLS security levels and CA files are never replaced.</source>
        <translation>Without it, the apply refuses to replace main.cf settings the administrator set to other values (server certificate, myhostname, a smaller message_size_limit) and services it did not create. TLS security levels and CA files are never replaced.</translation>
    </message>
    <message>
        <source>Apply progress</source>
        <translation>Apply progress</translation>
    </message>
    <message>
        <source>Changes made by the apply</source>
        <translation>Changes made by the apply</translation>
    </message>
    <message>
        <source>Postfix Configuration Directory</source>
        <translation>Postfix Configuration Directory</translation>
    </message>
    <message>
        <source>Apply to Postfix</source>
        <translation>Apply to Postfix</translation>
    </message>
    <message>
        <source>%1 is not a Postfix configuration directory: it has no main.cf.</source>
        <translation>%1 is not a Postfix configuration directory: it has no main.cf.</translation>
    </message>
    <message>
        <source>Change the Postfix configuration in %1? Only settings and services that DomainSecure owns are written.</source>
        <translation>Change the Postfix configuration in %1? Only settings and services that DomainSecure owns are written.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Applying…</translation>
    </message>
    <message>
        <source>Cancelling after the current step…</source>
        <translation>Cancelling after the current step…</translation>
    </message>
    <message numerus="yes">
        <source>Applied: %n change(s).</source>
        <translation>
            <numerusform>Applied: %n change.</numerusform>
            <numerusform>Applied: %n changes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applied: the configuration was already up to date.</source>
        <translation>Applied: the configuration was already up to date.</translation>
    </message>
    <message>
        <source>postfix check: %1</source>
        <translation>postfix check: %1</translation>
    </message>
    <message>
        <source>Apply cancelled; steps already done stay done.</source>
        <translation>Apply cancelled; steps already done stay done.</translation>
    </message>
    <message>
        <source>Apply failed: %1</source>
        <translation>Apply failed: %1</translation>
    </message>
</context>
<context>
    <name>ds::ui::ProbeResultTree</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Test result</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>[%1]</source>
        <translation>[%1]</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>DNS names</source>
        <translation>DNS names</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n day(s) left)</source>
        <translation>
            <numerusform>%1 to %2 (%n day left)</numerusform>
            <numerusform>%1 to %2 (%n days left)</numerusform>
        </translation>
    </message>
    <message>
        <source> %1 bits</source>
        <translation> %1 bits</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Extended key usage</source>
        <translation>Extended key usage</translation>
    </message>
    <message>
        <source>CA</source>
        <translation>CA</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n certificate</numerusform>
            <numerusform>%n certificates</numerusform>
        </translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Failed step</source>
        <translation>Failed step</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>How to fix</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Total time</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms  %2</source>
        <translation>%1 ms  %2</translation>
    </message>
    <message>
        <source>started at %1 ms, took %2 ms</source>
        <translation>started at %1 ms, took %2 ms</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>EHLO name</source>
        <translation>EHLO name</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>Banner</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Extensions</translation>
    </message>
    <message>
        <source>STARTTLS offered</source>
        <translation>STARTTLS offered</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation>Cipher</translation>
    </message>
    <message>
        <source>%1 (%2 bits)</source>
        <translation>%1 (%2 bits)</translation>
    </message>
    <message>
        <source>Key exchange</source>
        <translation>Key exchange</translation>
    </message>
    <message>
        <source>SNI</source>
        <translation>SNI</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Extensions after TLS</source>
        <translation>Extensions after TLS</translation>
    </message>
    <message>
        <source>Chain as sent</source>
        <translation>Chain as sent</translation>
    </message>
    <message>
        <source>Chain as built</source>
        <translation>Chain as built</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Names</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>matched</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>no match</translation>
    </message>
    <message>
        <source>matched by %1 (%2)</source>
        <translation>matched by %1 (%2)</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>the name is only in the common name, not in the SAN</source>
        <translation>the name is only in the common name, not in the SAN</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Trust</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>trusted</translation>
    </message>
    <message>
        <source>not trusted</source>
        <translation>not trusted</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Trust sources</source>
        <translation>Trust sources</translation>
    </message>
    <message>
        <source>Mutual TLS</source>
        <translation>Mutual TLS</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Certificate requested</source>
        <translation>Certificate requested</translation>
    </message>
    <message>
        <source>Acceptable CAs</source>
        <translation>Acceptable CAs</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(any)</translation>
    </message>
    <message>
        <source>Our certificate configured</source>
        <translation>Our certificate configured</translation>
    </message>
    <message>
        <source>Our certificate</source>
        <translation>Our certificate</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Chains to an acceptable CA</source>
        <translation>Chains to an acceptable CA</translation>
    </message>
    <message>
        <source>Has clientAuth</source>
        <translation>Has clientAuth</translation>
    </message>
</context>
<context>
    <name>ds::ui::ReceiveAuthenticationEditor</name>
    <message>
        <source>&amp;Transport Layer Security (TLS)</source>
        <translation>&amp;Transport Layer Security (TLS)</translation>
    </message>
    <message>
        <source>Enable &amp;Domain Security (Mutual Auth TLS)</source>
        <translation>Enable &amp;Domain Security (Mutual Auth TLS)</translation>
    </message>
    <message>
        <source>&amp;Require TLS for every session</source>
        <translation>&amp;Require TLS for every session</translation>
    </message>
    <message>
        <source>&amp;Basic Authentication</source>
        <translation>&amp;Basic Authentication</translation>
    </message>
    <message>
        <source>&amp;Offer Basic authentication only after starting TLS</source>
        <translation>&amp;Offer Basic authentication only after starting TLS</translation>
    </message>
    <message>
        <source>&amp;Exchange Server authentication</source>
        <translation>&amp;Exchange Server authentication</translation>
    </message>
    <message>
        <source>&amp;Integrated Windows authentication</source>
        <translation>&amp;Integrated Windows authentication</translation>
    </message>
    <message>
        <source>E&amp;xternally Secured (for example, with IPsec)</source>
        <translation>E&amp;xternally Secured (for example, with IPsec)</translation>
    </message>
</context>
<context>
    <name>ds::ui::ReceiveConnectorPropertiesDialog</name>
    <message>
        <source>%1\%2 Properties</source>
        <translation>%1\%2 Properties</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentication</translation>
    </message>
    <message>
        <source>Permission Groups</source>
        <translation>Permission Groups</translation>
    </message>
    <message>
        <source>The receive connector %1\%2 no longer exists.</source>
        <translation>The receive connector %1\%2 no longer exists.</translation>
    </message>
    <message>
        <source>Correct or remove the entries marked in red.</source>
        <translation>Correct or remove the entries marked in red.</translation>
    </message>
</context>
<context>
    <name>ds::ui::ReceiveConnectorTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>Bindings</source>
        <translation>Bindings</translation>
    </message>
    <message>
        <source>Remote IP ranges</source>
        <translation>Remote IP ranges</translation>
    </message>
    <message>
        <source>Domain security</source>
        <translation>Domain security</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ds::ui::ReceiveConnectorWizard</name>
    <message>
        <source>New Receive Connector</source>
        <translation>New Receive Connector</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>This wizard helps you create a new receive connector on %1.</source>
        <translation>This wizard helps you create a new receive connector on %1.</translation>
    </message>
    <message>
        <source>Name the connector (up to 64 characters, no backslash; unique on the server) and choose its intended use. Partner sets up TLS with domain security and the Partners permission group, so that only the partner&apos;s servers authenticated by mutual TLS can send.</source>
        <translation>Name the connector (up to 64 characters, no backslash; unique on the server) and choose its intended use. Partner sets up TLS with domain security and the Partners permission group, so that only the partner&apos;s servers authenticated by mutual TLS can send.</translation>
    </message>
    <message>
        <source>Local Network Settings</source>
        <translation>Local Network Settings</translation>
    </message>
    <message>
        <source>Specify the local IP addresses and ports on which this connector receives mail, and its FQDN.</source>
        <translation>Specify the local IP addresses and ports on which this connector receives mail, and its FQDN.</translation>
    </message>
    <message>
        <source>Bindings are IP:port pairs (0.0.0.0:25 for every IPv4 address, [::]:25 for IPv6). The FQDN is what the connector answers to HELO/EHLO and which certificate it presents; leave it empty for the server&apos;s FQDN.</source>
        <translation>Bindings are IP:port pairs (0.0.0.0:25 for every IPv4 address, [::]:25 for IPv6). The FQDN is what the connector answers to HELO/EHLO and which certificate it presents; leave it empty for the server&apos;s FQDN.</translation>
    </message>
    <message>
        <source>Remote Network Settings</source>
        <translation>Remote Network Settings</translation>
    </message>
    <message>
        <source>Specify the IP addresses of the remote servers from which this connector receives mail.</source>
        <translation>Specify the IP addresses of the remote servers from which this connector receives mail.</translation>
    </message>
    <message>
        <source>Enter single addresses (192.0.2.10), ranges (192.0.2.10-192.0.2.20) or CIDR blocks (198.51.100.0/28). A partner connector must list only the partner&apos;s gateways, never every address. The partner domains pair the connector with the domain-secure receive list.</source>
        <translation>Enter single addresses (192.0.2.10), ranges (192.0.2.10-192.0.2.20) or CIDR blocks (198.51.100.0/28). A partner connector must list only the partner&apos;s gateways, never every address. The partner domains pair the connector with the domain-secure receive list.</translation>
    </message>
    <message>
        <source>New Connector</source>
        <translation>New Connector</translation>
    </message>
    <message>
        <source>Check the settings, then click New to create the connector.</source>
        <translation>Check the settings, then click New to create the connector.</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>New adds the connector to the workspace as one step that Undo takes back.</source>
        <translation>New adds the connector to the workspace as one step that Undo takes back.</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Completion</translation>
    </message>
    <message>
        <source>The connector was created. The Exchange Management Shell command that does the same:</source>
        <translation>The connector was created. The Exchange Management Shell command that does the same:</translation>
    </message>
    <message>
        <source>Run the command on the Edge server, or export the whole configuration.</source>
        <translation>Run the command on the Edge server, or export the whole configuration.</translation>
    </message>
    <message>
        <source>Help: %1</source>
        <translation>Help: %1</translation>
    </message>
    <message>
        <source>The server %1 is not in the workspace.</source>
        <translation>The server %1 is not in the workspace.</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Usage: %1</translation>
    </message>
    <message>
        <source>Bindings: %1</source>
        <translation>Bindings: %1</translation>
    </message>
    <message>
        <source>Remote IP ranges: %1</source>
        <translation>Remote IP ranges: %1</translation>
    </message>
    <message>
        <source>FQDN: %1</source>
        <translation>FQDN: %1</translation>
    </message>
    <message>
        <source>(the server&apos;s FQDN)</source>
        <translation>(the server&apos;s FQDN)</translation>
    </message>
    <message>
        <source>Authentication: %1</source>
        <translation>Authentication: %1</translation>
    </message>
    <message>
        <source>Permission groups: %1</source>
        <translation>Permission groups: %1</translation>
    </message>
    <message>
        <source>Domain security: %1</source>
        <translation>Domain security: %1</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>Partner domains: %1</source>
        <translation>Partner domains: %1</translation>
    </message>
    <message>
        <source>Validation:</source>
        <translation>Validation:</translation>
    </message>
    <message>
        <source>Left to do:</source>
        <translation>Left to do:</translation>
    </message>
    <message>
        <source>Exchange Online equivalent (export exchange --version online):</source>
        <translation>Exchange Online equivalent (export exchange --version online):</translation>
    </message>
    <message>
        <source>None: Exchange Online has no receive connectors; a partner domain on the domain-secure receive list that a domain-secure connector accepts becomes an inbound connector (lint --target exchange-online).</source>
        <translation>None: Exchange Online has no receive connectors; a partner domain on the domain-secure receive list that a domain-secure connector accepts becomes an inbound connector (lint --target exchange-online).</translation>
    </message>
</context>
<context>
    <name>ds::ui::ReceiveGeneralEditor</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Intended &amp;use:</source>
        <translation>Intended &amp;use:</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Enabled</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Verbose</source>
        <translation>Verbose</translation>
    </message>
    <message>
        <source>&amp;Protocol logging level:</source>
        <translation>&amp;Protocol logging level:</translation>
    </message>
    <message>
        <source>&amp;FQDN in response to HELO or EHLO:</source>
        <translation>&amp;FQDN in response to HELO or EHLO:</translation>
    </message>
    <message>
        <source>Exchange&apos;s default banner</source>
        <translation>Exchange&apos;s default banner</translation>
    </message>
    <message>
        <source>&amp;Banner:</source>
        <translation>&amp;Banner:</translation>
    </message>
    <message>
        <source>Maximum &amp;message size:</source>
        <translation>Maximum &amp;message size:</translation>
    </message>
    <message>
        <source>Maximum &amp;recipients per message:</source>
        <translation>Maximum &amp;recipients per message:</translation>
    </message>
    <message>
        <source>&amp;Connection timeout:</source>
        <translation>&amp;Connection timeout:</translation>
    </message>
    <message>
        <source>Connection &amp;inactivity timeout:</source>
        <translation>Connection &amp;inactivity timeout:</translation>
    </message>
    <message>
        <source>%1 (the server&apos;s FQDN)</source>
        <translation>%1 (the server&apos;s FQDN)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>FQDN</source>
        <translation>FQDN</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>Banner</translation>
    </message>
    <message>
        <source>Maximum message size</source>
        <translation>Maximum message size</translation>
    </message>
    <message>
        <source>Connection timeout</source>
        <translation>Connection timeout</translation>
    </message>
    <message>
        <source>Connection inactivity timeout</source>
        <translation>Connection inactivity timeout</translation>
    </message>
</context>
<context>
    <name>ds::ui::ReceiveNetworkEditor</name>
    <message>
        <source>&amp;Local IP addresses and ports this connector receives mail on</source>
        <translation>&amp;Local IP addresses and ports this connector receives mail on</translation>
    </message>
    <message>
        <source>&amp;Remote servers with these IP addresses (address, a-b range or CIDR)</source>
        <translation>&amp;Remote servers with these IP addresses (address, a-b range or CIDR)</translation>
    </message>
    <message>
        <source>Partner &amp;domains these servers send for (domain security)</source>
        <translation>Partner &amp;domains these servers send for (domain security)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ds::ui::ReceivePermissionsEditor</name>
    <message>
        <source>Specify who is allowed to connect:</source>
        <translation>Specify who is allowed to connect:</translation>
    </message>
    <message>
        <source>&amp;Anonymous users</source>
        <translation>&amp;Anonymous users</translation>
    </message>
    <message>
        <source>Exchange &amp;users</source>
        <translation>Exchange &amp;users</translation>
    </message>
    <message>
        <source>Exchange &amp;servers</source>
        <translation>Exchange &amp;servers</translation>
    </message>
    <message>
        <source>&amp;Legacy Exchange Servers</source>
        <translation>&amp;Legacy Exchange Servers</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>&amp;Partners</translation>
    </message>
    <message>
        <source>Custom permissions were added with Add-ADPermission; they are kept.</source>
        <translation>Custom permissions were added with Add-ADPermission; they are kept.</translation>
    </message>
    <message>
        <source>Not available on an Edge Transport server.</source>
        <translation>Not available on an Edge Transport server.</translation>
    </message>
</context>
<context>
    <name>ds::ui::RequestCompletionPage</name>
    <message>
        <source>&amp;Base64 (PEM, like New-ExchangeCertificate)</source>
        <translation>&amp;Base64 (PEM, like New-ExchangeCertificate)</translation>
    </message>
    <message>
        <source>Binary (&amp;DER, like -BinaryEncoded)</source>
        <translation>Binary (&amp;DER, like -BinaryEncoded)</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <source>&amp;Save Request</source>
        <translation>&amp;Save Request</translation>
    </message>
    <message>
        <source>Cop&amp;y Request to Clipboard</source>
        <translation>Cop&amp;y Request to Clipboard</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Completion</translation>
    </message>
    <message>
        <source>Request file</source>
        <translation>Request file</translation>
    </message>
    <message>
        <source>&lt;b&gt;What to do next:&lt;/b&gt; send the request file to your certification authority. When it returns the certificate, run &lt;i&gt;Import Certificate&lt;/i&gt;: the certificate is matched to this pending request, and you can enable it for SMTP. The request can be exported again from the Certificates page until then.</source>
        <translation>&lt;b&gt;What to do next:&lt;/b&gt; send the request file to your certification authority. When it returns the certificate, run &lt;i&gt;Import Certificate&lt;/i&gt;: the certificate is matched to this pending request, and you can enable it for SMTP. The request can be exported again from the Certificates page until then.</translation>
    </message>
    <message>
        <source>Request &amp;file:</source>
        <translation>Request &amp;file:</translation>
    </message>
    <message>
        <source>The request (PEM) is on the clipboard.</source>
        <translation>The request (PEM) is on the clipboard.</translation>
    </message>
    <message>
        <source>The request for &lt;b&gt;%1&lt;/b&gt; is pending on %2 (key thumbprint %3).</source>
        <translation>The request for &lt;b&gt;%1&lt;/b&gt; is pending on %2 (key thumbprint %3).</translation>
    </message>
    <message>
        <source>Save Certificate Request</source>
        <translation>Save Certificate Request</translation>
    </message>
    <message>
        <source>Certificate requests (*.req *.csr);;All files (*)</source>
        <translation>Certificate requests (*.req *.csr);;All files (*)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
</context>
<context>
    <name>ds::ui::RequestDomainsPage</name>
    <message>
        <source>Domain Names</source>
        <translation>Domain Names</translation>
    </message>
    <message>
        <source>The names the certificate is valid for. Partners check that it names your domain.</source>
        <translation>The names the certificate is valid for. Partners check that it names your domain.</translation>
    </message>
</context>
<context>
    <name>ds::ui::RequestIntroductionPage</name>
    <message>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>This wizard creates a key pair and a certificate request for a certification authority.</source>
        <translation>This wizard creates a key pair and a certificate request for a certification authority.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Domain security needs a certificate that your partners trust, issued for the names of your Edge server. The wizard asks for the subject and the domain names, generates the private key, and writes a PKCS#10 request file that you send to your CA.&lt;/p&gt;&lt;p&gt;The request stays &lt;b&gt;pending&lt;/b&gt; on the server until you import the certificate the CA returns.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Domain security needs a certificate that your partners trust, issued for the names of your Edge server. The wizard asks for the subject and the domain names, generates the private key, and writes a PKCS#10 request file that you send to your CA.&lt;/p&gt;&lt;p&gt;The request stays &lt;b&gt;pending&lt;/b&gt; on the server until you import the certificate the CA returns.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
</context>
<context>
    <name>ds::ui::RequestKeyPage</name>
    <message>
        <source>Make the private key &amp;exportable</source>
        <translation>Make the private key &amp;exportable</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>The private key stays in the workspace; only its public half goes into the request.</source>
        <translation>The private key stays in the workspace; only its public half goes into the request.</translation>
    </message>
    <message>
        <source>Needed to copy the certificate with its key to a second server later.</source>
        <translation>Needed to copy the certificate with its key to a second server later.</translation>
    </message>
    <message>
        <source>Key &amp;type and size:</source>
        <translation>Key &amp;type and size:</translation>
    </message>
    <message>
        <source>&amp;Friendly name:</source>
        <translation>&amp;Friendly name:</translation>
    </message>
    <message>
        <source>Workspace &amp;passphrase:</source>
        <translation>Workspace &amp;passphrase:</translation>
    </message>
    <message>
        <source>The friendly name has %1 characters; Exchange allows at most 63.</source>
        <translation>The friendly name has %1 characters; Exchange allows at most 63.</translation>
    </message>
</context>
<context>
    <name>ds::ui::RequestSubjectPage</name>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Who the certificate is for. The common name is required; CAs usually want the organization and the country too.</source>
        <translation>Who the certificate is for. The common name is required; CAs usually want the organization and the country too.</translation>
    </message>
    <message>
        <source>mail.contoso.com</source>
        <translation>mail.contoso.com</translation>
    </message>
    <message>
        <source>Contoso, Ltd.</source>
        <translation>Contoso, Ltd.</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>IT</translation>
    </message>
    <message>
        <source>Tokyo</source>
        <translation>Tokyo</translation>
    </message>
    <message>
        <source>Common &amp;name (CN):</source>
        <translation>Common &amp;name (CN):</translation>
    </message>
    <message>
        <source>&amp;Organization (O):</source>
        <translation>&amp;Organization (O):</translation>
    </message>
    <message>
        <source>Organizational &amp;unit (OU):</source>
        <translation>Organizational &amp;unit (OU):</translation>
    </message>
    <message>
        <source>&amp;Locality (L):</source>
        <translation>&amp;Locality (L):</translation>
    </message>
    <message>
        <source>S&amp;tate or province (ST):</source>
        <translation>S&amp;tate or province (ST):</translation>
    </message>
    <message>
        <source>&amp;Country (C):</source>
        <translation>&amp;Country (C):</translation>
    </message>
    <message>
        <source>Common name: %1</source>
        <translation>Common name: %1</translation>
    </message>
</context>
<context>
    <name>ds::ui::RequestSummaryPage</name>
    <message>
        <source>&amp;Copy Command</source>
        <translation>&amp;Copy Command</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Check the request. Generate creates the key; the request is then added to the server.</source>
        <translation>Check the request. Generate creates the key; the request is then added to the server.</translation>
    </message>
    <message>
        <source>Exchange Management Shell command</source>
        <translation>Exchange Management Shell command</translation>
    </message>
    <message>
        <source>The same in the Exchange Management &amp;Shell:</source>
        <translation>The same in the Exchange Management &amp;Shell:</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Subject: %1</translation>
    </message>
    <message>
        <source>Domain names: %1</source>
        <translation>Domain names: %1</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Key: %1</translation>
    </message>
    <message>
        <source>Exportable: %1</source>
        <translation>Exportable: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Friendly name: %1</source>
        <translation>Friendly name: %1</translation>
    </message>
</context>
<context>
    <name>ds::ui::ResultPane</name>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Type to filter</source>
        <translation>Type to filter</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
</context>
<context>
    <name>ds::ui::SendAddressSpaceEditor</name>
    <message>
        <source>Address spaces</source>
        <translation>Address spaces</translation>
    </message>
    <message>
        <source>Route mail for these &amp;domains through this connector (&quot;*.domain&quot; includes all subdomains; &quot;;cost&quot; from 1 to 100):</source>
        <translation>Route mail for these &amp;domains through this connector (&quot;*.domain&quot; includes all subdomains; &quot;;cost&quot; from 1 to 100):</translation>
    </message>
    <message>
        <source>Address space: %1</source>
        <translation>Address space: %1</translation>
    </message>
</context>
<context>
    <name>ds::ui::SendConnectorPropertiesDialog</name>
    <message>
        <source>%1 Properties</source>
        <translation>%1 Properties</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Address Space</source>
        <translation>Address Space</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Source Server</source>
        <translation>Source Server</translation>
    </message>
    <message>
        <source>The send connector %1 no longer exists.</source>
        <translation>The send connector %1 no longer exists.</translation>
    </message>
    <message>
        <source>Correct or remove the entries marked in red.</source>
        <translation>Correct or remove the entries marked in red.</translation>
    </message>
</context>
<context>
    <name>ds::ui::SendConnectorTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>Address spaces</source>
        <translation>Address spaces</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Routing</translation>
    </message>
    <message>
        <source>Domain security</source>
        <translation>Domain security</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>DNS (MX records)</source>
        <translation>DNS (MX records)</translation>
    </message>
    <message>
        <source>Smart hosts: %1</source>
        <translation>Smart hosts: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ds::ui::SendConnectorWizard</name>
    <message>
        <source>New Send Connector</source>
        <translation>New Send Connector</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>This wizard helps you create a new send connector for the organization.</source>
        <translation>This wizard helps you create a new send connector for the organization.</translation>
    </message>
    <message>
        <source>Name the connector (unique in the organization) and choose its intended use. Partner routes by DNS with domain security: the partner&apos;s servers must present a certificate for a domain on the domain-secure send list.</source>
        <translation>Name the connector (unique in the organization) and choose its intended use. Partner routes by DNS with domain security: the partner&apos;s servers must present a certificate for a domain on the domain-secure send list.</translation>
    </message>
    <message>
        <source>Address Space</source>
        <translation>Address Space</translation>
    </message>
    <message>
        <source>Specify the domains to which this connector routes mail.</source>
        <translation>Specify the domains to which this connector routes mail.</translation>
    </message>
    <message>
        <source>Enter a domain (fabrikam.example), &quot;*.fabrikam.example&quot; for all its subdomains, and optionally &quot;;cost&quot; from 1 to 100. Domain security does not work with wildcards.</source>
        <translation>Enter a domain (fabrikam.example), &quot;*.fabrikam.example&quot; for all its subdomains, and optionally &quot;;cost&quot; from 1 to 100. Domain security does not work with wildcards.</translation>
    </message>
    <message>
        <source>Network Settings</source>
        <translation>Network Settings</translation>
    </message>
    <message>
        <source>Select how to send mail with this connector.</source>
        <translation>Select how to send mail with this connector.</translation>
    </message>
    <message>
        <source>DNS routing looks up the partner&apos;s MX records. Exchange 2007 needs DNS routing, no smart host and STARTTLS for domain security.</source>
        <translation>DNS routing looks up the partner&apos;s MX records. Exchange 2007 needs DNS routing, no smart host and STARTTLS for domain security.</translation>
    </message>
    <message>
        <source>Source Server</source>
        <translation>Source Server</translation>
    </message>
    <message>
        <source>Select the servers that send mail through this connector.</source>
        <translation>Select the servers that send mail through this connector.</translation>
    </message>
    <message>
        <source>New Connector</source>
        <translation>New Connector</translation>
    </message>
    <message>
        <source>Check the settings, then click New to create the connector.</source>
        <translation>Check the settings, then click New to create the connector.</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>New adds the connector to the workspace as one step that Undo takes back.</source>
        <translation>New adds the connector to the workspace as one step that Undo takes back.</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Completion</translation>
    </message>
    <message>
        <source>The connector was created. The Exchange Management Shell command that does the same:</source>
        <translation>The connector was created. The Exchange Management Shell command that does the same:</translation>
    </message>
    <message>
        <source>Run the command in the Exchange Management Shell, or export the configuration.</source>
        <translation>Run the command in the Exchange Management Shell, or export the configuration.</translation>
    </message>
    <message>
        <source>Help: %1</source>
        <translation>Help: %1</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Usage: %1</translation>
    </message>
    <message>
        <source>Address spaces: %1</source>
        <translation>Address spaces: %1</translation>
    </message>
    <message>
        <source>Routing: DNS MX records</source>
        <translation>Routing: DNS MX records</translation>
    </message>
    <message>
        <source>Routing: smart hosts %1 (port %2)</source>
        <translation>Routing: smart hosts %1 (port %2)</translation>
    </message>
    <message>
        <source>Domain security: %1</source>
        <translation>Domain security: %1</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>Require TLS: %1</source>
        <translation>Require TLS: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Source servers: %1</source>
        <translation>Source servers: %1</translation>
    </message>
    <message>
        <source>(every server)</source>
        <translation>(every server)</translation>
    </message>
    <message>
        <source>Validation:</source>
        <translation>Validation:</translation>
    </message>
    <message>
        <source>Left to do:</source>
        <translation>Left to do:</translation>
    </message>
    <message>
        <source>Check the servers that send mail through this connector: the subscribed Edge servers for mail to the Internet and partners, or Hub Transport servers. Without a Hub Transport server the page is skipped: the connector belongs to the Edge server itself.</source>
        <translation>Check the servers that send mail through this connector: the subscribed Edge servers for mail to the Internet and partners, or Hub Transport servers. Without a Hub Transport server the page is skipped: the connector belongs to the Edge server itself.</translation>
    </message>
    <message>
        <source>Exchange Online equivalent (export exchange --version online):</source>
        <translation>Exchange Online equivalent (export exchange --version online):</translation>
    </message>
    <message>
        <source>None: only a connector with domain security or the TLS authentication level DomainValidation becomes an outbound connector (lint --target exchange-online).</source>
        <translation>None: only a connector with domain security or the TLS authentication level DomainValidation becomes an outbound connector (lint --target exchange-online).</translation>
    </message>
</context>
<context>
    <name>ds::ui::SendGeneralEditor</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Intended &amp;use:</source>
        <translation>Intended &amp;use:</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Enabled</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Verbose</source>
        <translation>Verbose</translation>
    </message>
    <message>
        <source>&amp;Protocol logging level:</source>
        <translation>&amp;Protocol logging level:</translation>
    </message>
    <message>
        <source>the source server&apos;s FQDN</source>
        <translation>the source server&apos;s FQDN</translation>
    </message>
    <message>
        <source>&amp;FQDN this connector provides in HELO or EHLO:</source>
        <translation>&amp;FQDN this connector provides in HELO or EHLO:</translation>
    </message>
    <message>
        <source>10MB, 64KB or unlimited</source>
        <translation>10MB, 64KB or unlimited</translation>
    </message>
    <message>
        <source>Maximum &amp;message size:</source>
        <translation>Maximum &amp;message size:</translation>
    </message>
    <message>
        <source>Connection &amp;inactivity timeout:</source>
        <translation>Connection &amp;inactivity timeout:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>FQDN</source>
        <translation>FQDN</translation>
    </message>
    <message>
        <source>Maximum message size</source>
        <translation>Maximum message size</translation>
    </message>
    <message>
        <source>Connection inactivity timeout</source>
        <translation>Connection inactivity timeout</translation>
    </message>
</context>
<context>
    <name>ds::ui::SendNetworkEditor</name>
    <message>
        <source>Use domain name system (&amp;DNS) MX records to route mail automatically</source>
        <translation>Use domain name system (&amp;DNS) MX records to route mail automatically</translation>
    </message>
    <message>
        <source>Route mail through the following &amp;smart hosts:</source>
        <translation>Route mail through the following &amp;smart hosts:</translation>
    </message>
    <message>
        <source>Enable Domain Security (&amp;Mutual Auth TLS)</source>
        <translation>Enable Domain Security (&amp;Mutual Auth TLS)</translation>
    </message>
    <message>
        <source>&amp;Require TLS</source>
        <translation>&amp;Require TLS</translation>
    </message>
    <message>
        <source>&amp;Ignore STARTTLS (never encrypt)</source>
        <translation>&amp;Ignore STARTTLS (never encrypt)</translation>
    </message>
    <message>
        <source>Smart hosts</source>
        <translation>Smart hosts</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Routing</translation>
    </message>
    <message>
        <source>Smart host &amp;authentication:</source>
        <translation>Smart host &amp;authentication:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>Domain security needs DNS routing, no wildcard address space, and the domains on the domain-secure send list.</source>
        <translation>Domain security needs DNS routing, no wildcard address space, and the domains on the domain-secure send list.</translation>
    </message>
    <message>
        <source>Smart hosts: %1</source>
        <translation>Smart hosts: %1</translation>
    </message>
    <message>
        <source>Smart hosts: give at least one smart host.</source>
        <translation>Smart hosts: give at least one smart host.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>TLS authentication &amp;level (Exchange 2010 and later):</source>
        <translation>TLS authentication &amp;level (Exchange 2010 and later):</translation>
    </message>
    <message>
        <source>TLS domai&amp;n (DomainValidation):</source>
        <translation>TLS domai&amp;n (DomainValidation):</translation>
    </message>
</context>
<context>
    <name>ds::ui::SendSourceServerEditor</name>
    <message>
        <source>Source servers</source>
        <translation>Source servers</translation>
    </message>
    <message>
        <source>&amp;Servers that send mail through this connector (none checked: every server of the workspace):</source>
        <translation>&amp;Servers that send mail through this connector (none checked: every server of the workspace):</translation>
    </message>
    <message>
        <source>Not a server of this workspace.</source>
        <translation>Not a server of this workspace.</translation>
    </message>
</context>
<context>
    <name>ds::ui::ServerPropertiesDialog</name>
    <message>
        <source>%1 Properties</source>
        <translation>%1 Properties</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>FQDN:</source>
        <translation>FQDN:</translation>
    </message>
    <message>
        <source>Edge Transport</source>
        <translation>Edge Transport</translation>
    </message>
    <message>
        <source>Hub Transport</source>
        <translation>Hub Transport</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Standalone</source>
        <translation>Standalone</translation>
    </message>
    <message>
        <source>Subscribed to the organization (EdgeSync)</source>
        <translation>Subscribed to the organization (EdgeSync)</translation>
    </message>
    <message>
        <source>Edge &amp;subscription:</source>
        <translation>Edge &amp;subscription:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>A Hub Transport server holds the organization&apos;s send connectors and domain-secure lists; EdgeSync replicates them to subscribed Edge servers.</source>
        <translation>A Hub Transport server holds the organization&apos;s send connectors and domain-secure lists; EdgeSync replicates them to subscribed Edge servers.</translation>
    </message>
    <message>
        <source>The send connectors and the domain-secure lists are configured on a Hub Transport server and replicated to this Edge by EdgeSync; the Edge itself holds its certificate and receive connectors.</source>
        <translation>The send connectors and the domain-secure lists are configured on a Hub Transport server and replicated to this Edge by EdgeSync; the Edge itself holds its certificate and receive connectors.</translation>
    </message>
    <message>
        <source>Everything is configured on this Edge itself: its certificate, receive connectors, send connectors and the domain-secure lists.</source>
        <translation>Everything is configured on this Edge itself: its certificate, receive connectors, send connectors and the domain-secure lists.</translation>
    </message>
</context>
<context>
    <name>ds::ui::ServerTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>FQDN</source>
        <translation>FQDN</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>Receive connectors</source>
        <translation>Receive connectors</translation>
    </message>
    <message>
        <source>Edge subscription</source>
        <translation>Edge subscription</translation>
    </message>
    <message>
        <source>Edge Transport</source>
        <translation>Edge Transport</translation>
    </message>
    <message>
        <source>Hub Transport</source>
        <translation>Hub Transport</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Subscribed</translation>
    </message>
    <message>
        <source>Standalone</source>
        <translation>Standalone</translation>
    </message>
</context>
<context>
    <name>ds::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Default key type</source>
        <translation>Default key type</translation>
    </message>
    <message>
        <source>RSA 2048 bits</source>
        <translation>RSA 2048 bits</translation>
    </message>
    <message>
        <source>RSA 3072 bits</source>
        <translation>RSA 3072 bits</translation>
    </message>
    <message>
        <source>RSA 4096 bits</source>
        <translation>RSA 4096 bits</translation>
    </message>
    <message>
        <source>ECDSA P-256</source>
        <translation>ECDSA P-256</translation>
    </message>
    <message>
        <source>ECDSA P-384</source>
        <translation>ECDSA P-384</translation>
    </message>
    <message>
        <source>Default &amp;key type:</source>
        <translation>Default &amp;key type:</translation>
    </message>
    <message>
        <source>Exchange 2007 accepts RSA keys only; use ECDSA for Postfix gateways.</source>
        <translation>Exchange 2007 accepts RSA keys only; use ECDSA for Postfix gateways.</translation>
    </message>
</context>
<context>
    <name>ds::ui::TestConnectionDialog</name>
    <message>
        <source>Test Connection</source>
        <translation>Test Connection</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Target and options</source>
        <translation>Target and options</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Partner domain</source>
        <translation>Partner domain</translation>
    </message>
    <message>
        <source>partner.example</source>
        <translation>partner.example</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domain:</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>encrypt – TLS required, certificate not judged</source>
        <translation>encrypt – TLS required, certificate not judged</translation>
    </message>
    <message>
        <source>verify – trusted chain and a matching host name</source>
        <translation>verify – trusted chain and a matching host name</translation>
    </message>
    <message>
        <source>secure – trusted chain naming the partner domain</source>
        <translation>secure – trusted chain naming the partner domain</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>Server whose certificate is presented</source>
        <translation>Server whose certificate is presented</translation>
    </message>
    <message>
        <source>&amp;No client certificate</source>
        <translation>&amp;No client certificate</translation>
    </message>
    <message>
        <source>&amp;Our server:</source>
        <translation>&amp;Our server:</translation>
    </message>
    <message>
        <source>Extra CA file</source>
        <translation>Extra CA file</translation>
    </message>
    <message>
        <source>PEM file with more CA certificates (optional)</source>
        <translation>PEM file with more CA certificates (optional)</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA file:</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Bro&amp;wse…</translation>
    </message>
    <message>
        <source>CA Certificates</source>
        <translation>CA Certificates</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM certificates (*.pem *.crt);;All files (*)</translation>
    </message>
    <message>
        <source>Timeout per step in seconds</source>
        <translation>Timeout per step in seconds</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Timeout:</translation>
    </message>
    <message>
        <source>Workspace passphrase</source>
        <translation>Workspace passphrase</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>&amp;Cancel Test</source>
        <translation>&amp;Cancel Test</translation>
    </message>
    <message>
        <source>Test progress</source>
        <translation>Test progress</translation>
    </message>
    <message>
        <source>SMTP transcript</source>
        <translation>SMTP transcript</translation>
    </message>
    <message>
        <source>Sa&amp;ve Report…</source>
        <translation>Sa&amp;ve Report…</translation>
    </message>
    <message>
        <source>Send connector %1: its smart host, as Postfix or Exchange would connect.</source>
        <translation>Send connector %1: its smart host, as Postfix or Exchange would connect.</translation>
    </message>
    <message>
        <source>Send connector %1: the MX hosts of %2 (looked up in DNS; type a host when DNS does not answer).</source>
        <translation>Send connector %1: the MX hosts of %2 (looked up in DNS; type a host when DNS does not answer).</translation>
    </message>
    <message>
        <source>Receive connector %1\%2: a self-test against our own binding, as a partner would connect.</source>
        <translation>Receive connector %1\%2: a self-test against our own binding, as a partner would connect.</translation>
    </message>
    <message>
        <source>No MX answer for %1; testing %1 itself.</source>
        <translation>No MX answer for %1; testing %1 itself.</translation>
    </message>
    <message>
        <source>Enter the host to test.</source>
        <translation>Enter the host to test.</translation>
    </message>
    <message>
        <source>%1: cannot read the CA file</source>
        <translation>%1: cannot read the CA file</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>Cannot start: %1</translation>
    </message>
    <message>
        <source>Testing %1:%2…</source>
        <translation>Testing %1:%2…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Success: %1</source>
        <translation>Success: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>How to fix: %1</source>
        <translation>How to fix: %1</translation>
    </message>
    <message>
        <source>Save Test Report</source>
        <translation>Save Test Report</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>T&amp;rust This Partner&apos;s Certificate…</source>
        <translation>T&amp;rust This Partner&apos;s Certificate…</translation>
    </message>
    <message>
        <source>Pin the public key of the certificate the partner&apos;s gateway presented, so that only this key (or another pinned one) is accepted for the partner domain.</source>
        <translation>Pin the public key of the certificate the partner&apos;s gateway presented, so that only this key (or another pinned one) is accepted for the partner domain.</translation>
    </message>
    <message>
        <source>Trust This Partner&apos;s Certificate</source>
        <translation>Trust This Partner&apos;s Certificate</translation>
    </message>
    <message>
        <source>Pin this certificate&apos;s public key for partner %1? Only a gateway that presents this key (or another pinned one) will be accepted for %1.

Subject: %2
Names: %3
Public key SHA-256: %4
Valid from %5 until %6</source>
        <translation>Pin this certificate&apos;s public key for partner %1? Only a gateway that presents this key (or another pinned one) will be accepted for %1.

Subject: %2
Names: %3
Public key SHA-256: %4
Valid from %5 until %6</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>ds::ui::TrustedRootTableModel</name>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Thumbprint</source>
        <translation>Thumbprint</translation>
    </message>
    <message>
        <source>(unreadable certificate)</source>
        <translation>(unreadable certificate)</translation>
    </message>
</context>
<context>
    <name>ds::ui::ValidationPane</name>
    <message>
        <source>No problems found.</source>
        <translation>No problems found.</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Rules for:</source>
        <translation>&amp;Rules for:</translation>
    </message>
    <message>
        <source>Validation rules</source>
        <translation>Validation rules</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>F&amp;ind:</translation>
    </message>
    <message>
        <source>Type to filter findings</source>
        <translation>Type to filter findings</translation>
    </message>
    <message>
        <source>Filter findings</source>
        <translation>Filter findings</translation>
    </message>
    <message>
        <source>Validation findings</source>
        <translation>Validation findings</translation>
    </message>
    <message>
        <source>Press Enter or double-click a finding to open the object where it can be fixed.</source>
        <translation>Press Enter or double-click a finding to open the object where it can be fixed.</translation>
    </message>
    <message>
        <source>&amp;Also check: %1</source>
        <translation>&amp;Also check: %1</translation>
    </message>
    <message>
        <source>Also list the findings of the optional rule profile %1 (lint --profile %2); the export does not apply it.</source>
        <translation>Also list the findings of the optional rule profile %1 (lint --profile %2); the export does not apply it.</translation>
    </message>
</context>
<context>
    <name>ds::ui::ValueListEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>New entry</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos;: %2</translation>
    </message>
</context>
<context>
    <name>ds::ui::WorkspaceDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <source>The workspace has no file name yet; use Save As.</source>
        <translation>The workspace has no file name yet; use Save As.</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>Restore unsaved changes</translation>
    </message>
</context>
<context>
    <name>ds::ui::WorkspacePassphraseDialog</name>
    <message>
        <source>Workspace Passphrase</source>
        <translation>Workspace Passphrase</translation>
    </message>
    <message>
        <source>The private keys of this workspace are encrypted with a passphrase. Enter it, then the new passphrase (leave both new fields empty to store the keys without encryption).</source>
        <translation>The private keys of this workspace are encrypted with a passphrase. Enter it, then the new passphrase (leave both new fields empty to store the keys without encryption).</translation>
    </message>
    <message>
        <source>The private keys of this workspace are stored without encryption. Choose a passphrase to encrypt them (PKCS#8 with scrypt).</source>
        <translation>The private keys of this workspace are stored without encryption. Choose a passphrase to encrypt them (PKCS#8 with scrypt).</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Current passphrase:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>Confirm the new passphrase</source>
        <translation>Confirm the new passphrase</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;New passphrase:</translation>
    </message>
    <message>
        <source>C&amp;onfirm:</source>
        <translation>C&amp;onfirm:</translation>
    </message>
    <message>
        <source>The new passphrase and its confirmation differ.</source>
        <translation>The new passphrase and its confirmation differ.</translation>
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation>Enter a passphrase.</translation>
    </message>
    <message>
        <source>Store the private keys without encryption? Anyone who can read the workspace file can then use them.</source>
        <translation>Store the private keys without encryption? Anyone who can read the workspace file can then use them.</translation>
    </message>
    <message>
        <source>Remove workspace passphrase</source>
        <translation>Remove workspace passphrase</translation>
    </message>
    <message>
        <source>Change workspace passphrase</source>
        <translation>Change workspace passphrase</translation>
    </message>
</context>
</TS>
