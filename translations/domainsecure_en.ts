<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Application</name>
    <message>
        <source>DomainSecure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertCommand</name>
    <message>
        <source>Certificate requests, import, enable, export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;cert&quot; is not available in this build</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateEntry</name>
    <message>
        <source>a certificate has no DER data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown service &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Usage: domainsecure-cli COMMAND [SUBCOMMAND] [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;domainsecure-cli COMMAND --help&quot; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domainsecure-cli: unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <source>The workspace file (default: $DOMAINSECURE_WORKSPACE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the workspace passphrase from the first line of FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no workspace: give -w FILE or set DOMAINSECURE_WORKSPACE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the password file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workspace keys are protected by a passphrase: give --passphrase-file FILE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainSecureCommand</name>
    <message>
        <source>The send and receive domain-secure lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;domain-secure&quot; is not available in this build</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export a server&apos;s configuration (Exchange, Postfix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;export&quot; is not available in this build</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LintCommand</name>
    <message>
        <source>Validate the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;lint&quot; is not available in this build</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseCommand</name>
    <message>
        <source>Set, change or remove the workspace passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;passphrase&quot; is not available in this build</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PendingRequest</name>
    <message>
        <source>pending request %1 lacks its request or its key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProbeCommand</name>
    <message>
        <source>Test SMTP STARTTLS / mutual TLS with a partner gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;probe&quot; is not available in this build</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiveCommand</name>
    <message>
        <source>Receive connectors of a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;receive&quot; is not available in this build</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendCommand</name>
    <message>
        <source>Send connectors of the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;send&quot; is not available in this build</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source>a server has no name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustCommand</name>
    <message>
        <source>Trusted partner root CAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;trust&quot; is not available in this build</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceCommand</name>
    <message>
        <source>Create a workspace (init) or the bundled demo (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace: expected &quot;init&quot; or &quot;demo&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty workspace with one Edge server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An accepted domain of the organization (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the Edge server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FQDN of the Edge server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace init: give the new file with -w FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace init: --organization, --server and --fqdn are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created workspace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace demo: not available yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceFile</name>
    <message>
        <source>%1: cannot open the workspace: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: file is too large for a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the workspace: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2:%3: damaged workspace file: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a DomainSecure workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workspace was written by a newer DomainSecure (format version %2; this version reads up to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workspace has no valid format version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the workspace: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot restrict the file mode to 0600</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
