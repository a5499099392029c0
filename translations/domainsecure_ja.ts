<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AddressSpace</name>
    <message>
        <source>address space &quot;%1&quot; %2</source>
        <translation>アドレス空間 &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>空です</translation>
    </message>
    <message>
        <source>has the type &quot;%1&quot;; only SMTP address spaces work on an Edge server</source>
        <translation>種類が &quot;%1&quot; です。エッジ サーバーで使用できるのは SMTP アドレス空間だけです</translation>
    </message>
    <message>
        <source>has the cost &quot;%1&quot;; it must be a number from 1 to 100</source>
        <translation>コストが &quot;%1&quot; です。コストには 1 ～ 100 の数値を指定してください</translation>
    </message>
    <message>
        <source>has a wildcard joined to a name; use &quot;*.%1&quot; for all subdomains</source>
        <translation>ワイルドカードが名前に連結されています。すべてのサブドメインを対象にするには &quot;*.%1&quot; と指定してください</translation>
    </message>
    <message>
        <source>has a wildcard that is not the whole leftmost label</source>
        <translation>ワイルドカードが左端のラベル全体になっていません</translation>
    </message>
</context>
<context>
    <name>Binding</name>
    <message>
        <source>binding &quot;%1&quot; %2</source>
        <translation>バインド &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>is empty; write IP:PORT, e.g. 0.0.0.0:25</source>
        <translation>空です。IP:PORT の形式 (例: 0.0.0.0:25) で指定してください</translation>
    </message>
    <message>
        <source>opens [ without closing ]</source>
        <translation>[ が ] で閉じられていません</translation>
    </message>
    <message>
        <source>needs :PORT after the bracketed IPv6 address, e.g. [::]:25</source>
        <translation>角かっこで囲んだ IPv6 アドレスの後に :PORT が必要です (例: [::]:25)</translation>
    </message>
    <message>
        <source>has brackets around &quot;%1&quot;; only IPv6 addresses are written in brackets</source>
        <translation>&quot;%1&quot; が角かっこで囲まれています。角かっこで囲むのは IPv6 アドレスだけです</translation>
    </message>
    <message>
        <source>has no port; write IP:PORT, e.g. 0.0.0.0:25</source>
        <translation>ポートがありません。IP:PORT の形式 (例: 0.0.0.0:25) で指定してください</translation>
    </message>
    <message>
        <source>looks like an IPv6 address; write it in brackets with the port, e.g. [2001:db8::1]:25</source>
        <translation>IPv6 アドレスのようです。角かっこで囲み、ポートを付けて指定してください (例: [2001:db8::1]:25)</translation>
    </message>
    <message>
        <source>has the port &quot;%1&quot;; it must be a number from 1 to 65535</source>
        <translation>ポートが &quot;%1&quot; です。ポートには 1 ～ 65535 の数値を指定してください</translation>
    </message>
</context>
<context>
    <name>ByteSize</name>
    <message>
        <source>size &quot;%1&quot; %2</source>
        <translation>サイズ &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>is empty; write e.g. 10MB, 64KB or unlimited</source>
        <translation>空です。10MB、64KB、unlimited などと指定してください</translation>
    </message>
    <message>
        <source>is not a size; write a whole number with B, KB, MB, GB or TB, e.g. 10MB, or unlimited</source>
        <translation>サイズではありません。整数に B、KB、MB、GB、TB のいずれかを付けて (例: 10MB)、または unlimited と指定してください</translation>
    </message>
    <message>
        <source>has a fraction; write a whole number of a smaller unit, e.g. 1536KB</source>
        <translation>小数が含まれています。小さい単位の整数で指定してください (例: 1536KB)</translation>
    </message>
    <message>
        <source>is too large</source>
        <translation>大きすぎます</translation>
    </message>
    <message>
        <source>disagrees with its byte count in parentheses</source>
        <translation>かっこ内のバイト数と一致しません</translation>
    </message>
</context>
<context>
    <name>CertEnableVerb</name>
    <message>
        <source>Enable a certificate for services (services are only added).</source>
        <translation>証明書をサービスに対して有効にします (サービスは追加されるだけです)。</translation>
    </message>
    <message>
        <source>SMTP[,IMAP,POP,IIS,UM].</source>
        <translation>SMTP[,IMAP,POP,IIS,UM]。</translation>
    </message>
    <message>
        <source>SERVICES</source>
        <translation>SERVICES</translation>
    </message>
    <message>
        <source>Replace the server&apos;s default SMTP certificate.</source>
        <translation>サーバーの既定の SMTP 証明書を置き換えます。</translation>
    </message>
    <message>
        <source>SHA-1 thumbprint.</source>
        <translation>SHA-1 拇印。</translation>
    </message>
    <message>
        <source>cert enable: give one THUMBPRINT</source>
        <translation>cert enable: THUMBPRINT を 1 つ指定してください</translation>
    </message>
    <message>
        <source>cert enable: give --services SMTP[,IMAP,POP,IIS,UM]</source>
        <translation>cert enable: --services SMTP[,IMAP,POP,IIS,UM] を指定してください</translation>
    </message>
    <message>
        <source>Certificate %1 is enabled for %2</source>
        <translation>証明書 %1 を %2 に対して有効にしました</translation>
    </message>
    <message>
        <source>It replaces %1 as the default SMTP certificate</source>
        <translation>既定の SMTP 証明書として %1 を置き換えます</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
</context>
<context>
    <name>CertExportVerb</name>
    <message>
        <source>Export a certificate (PEM with chain, DER, PFX) or a pending request.</source>
        <translation>証明書 (チェーン付き PEM、DER、PFX) または保留中の要求をエクスポートします。</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation>出力ファイル。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>pem (default), der or pfx.</source>
        <translation>pem (既定)、der、pfx のいずれか。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>PFX password from the first line of FILE.</source>
        <translation>PFX のパスワード (FILE の 1 行目から読み取ります)。</translation>
    </message>
    <message>
        <source>PFX with PBE-SHA1-3DES and a SHA-1 MAC (Windows Server 2003/2008).</source>
        <translation>PBE-SHA1-3DES と SHA-1 MAC を使用した PFX (Windows Server 2003/2008 用)。</translation>
    </message>
    <message>
        <source>Leave the issuer certificates out.</source>
        <translation>発行者の証明書を含めません。</translation>
    </message>
    <message>
        <source>SHA-1 thumbprint.</source>
        <translation>SHA-1 拇印。</translation>
    </message>
    <message>
        <source>cert export: give one THUMBPRINT</source>
        <translation>cert export: THUMBPRINT を 1 つ指定してください</translation>
    </message>
    <message>
        <source>cert export: give --out FILE</source>
        <translation>cert export: --out FILE を指定してください</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not pem, der or pfx</source>
        <translation>--format: &quot;%1&quot; は pem、der、pfx のいずれでもありません</translation>
    </message>
    <message>
        <source>--legacy-pfx needs --format pfx</source>
        <translation>--legacy-pfx には --format pfx が必要です</translation>
    </message>
    <message>
        <source>a PFX export needs --password-file FILE</source>
        <translation>PFX へのエクスポートには --password-file FILE が必要です</translation>
    </message>
    <message>
        <source>Exported %1 to %2 (%3)</source>
        <translation>%1 を %2 (%3) にエクスポートしました</translation>
    </message>
</context>
<context>
    <name>CertImportVerb</name>
    <message>
        <source>unknown service &quot;%1&quot;: use SMTP, IMAP, POP, IIS, UM</source>
        <translation>不明なサービス &quot;%1&quot; です。SMTP、IMAP、POP、IIS、UM のいずれかを指定してください</translation>
    </message>
    <message>
        <source>Import a certificate (PEM, DER, PKCS#7, PKCS#12), completing a pending request when the public key matches.</source>
        <translation>証明書 (PEM、DER、PKCS#7、PKCS#12) をインポートします。公開キーが一致する場合は保留中の要求を完了します。</translation>
    </message>
    <message>
        <source>The files to import; all or none are imported.</source>
        <translation>インポートするファイル。すべてをインポートするか、1 つもインポートしません。</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>FILE...</translation>
    </message>
    <message>
        <source>PKCS#12 password from the first line of FILE.</source>
        <translation>PKCS#12 のパスワード (FILE の 1 行目から読み取ります)。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The server (default: the matching request&apos;s, or the only one).</source>
        <translation>サーバー (既定: 一致する要求のサーバー、またはワークスペース内の唯一のサーバー)。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Enable the certificate for services: SMTP[,IMAP,POP,IIS,UM].</source>
        <translation>証明書を有効にするサービス: SMTP[,IMAP,POP,IIS,UM]。</translation>
    </message>
    <message>
        <source>SERVICES</source>
        <translation>SERVICES</translation>
    </message>
    <message>
        <source>Replace the server&apos;s default SMTP certificate.</source>
        <translation>サーバーの既定の SMTP 証明書を置き換えます。</translation>
    </message>
    <message>
        <source>Fail unless the certificate completes a pending request or brings its key.</source>
        <translation>証明書が保留中の要求を完了しない場合、または秘密キーを含まない場合は失敗します。</translation>
    </message>
    <message>
        <source>Friendly name (&lt; 64 characters).</source>
        <translation>フレンドリ名 (64 文字未満)。</translation>
    </message>
    <message>
        <source>cert import: give at least one FILE</source>
        <translation>cert import: FILE を 1 つ以上指定してください</translation>
    </message>
    <message>
        <source>cert import: --friendly-name needs exactly one FILE</source>
        <translation>cert import: --friendly-name には FILE を 1 つだけ指定してください</translation>
    </message>
    <message>
        <source>completed pending request</source>
        <translation>保留中の要求を完了</translation>
    </message>
    <message>
        <source>with private key</source>
        <translation>秘密キーあり</translation>
    </message>
    <message>
        <source>no private key</source>
        <translation>秘密キーなし</translation>
    </message>
    <message>
        <source>Imported %1 %2 on %3 (%4; services: %5)</source>
        <translation>%3 に %1 %2 をインポートしました (%4、サービス: %5)</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
</context>
<context>
    <name>CertListVerb</name>
    <message>
        <source>List certificates and pending requests with their status.</source>
        <translation>証明書と保留中の要求を状態と共に一覧表示します。</translation>
    </message>
    <message>
        <source>Only this server.</source>
        <translation>このサーバーのみ。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>no server named &quot;%1&quot; in the workspace</source>
        <translation>ワークスペースに &quot;%1&quot; という名前のサーバーはありません</translation>
    </message>
    <message>
        <source>Thumbprint</source>
        <translation>拇印</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>サブジェクト</translation>
    </message>
</context>
<context>
    <name>CertRemoveVerb</name>
    <message>
        <source>Remove a certificate or a pending request.</source>
        <translation>証明書または保留中の要求を削除します。</translation>
    </message>
    <message>
        <source>SHA-1 thumbprint.</source>
        <translation>SHA-1 拇印。</translation>
    </message>
    <message>
        <source>cert remove: give one THUMBPRINT</source>
        <translation>cert remove: THUMBPRINT を 1 つ指定してください</translation>
    </message>
    <message>
        <source>Removed pending request %1</source>
        <translation>保留中の要求 %1 を削除しました</translation>
    </message>
    <message>
        <source>Removed certificate %1</source>
        <translation>証明書 %1 を削除しました</translation>
    </message>
</context>
<context>
    <name>CertRequestVerb</name>
    <message>
        <source>Create a self-signed certificate (internal use only).</source>
        <translation>自己署名証明書を作成します (内部での使用専用)。</translation>
    </message>
    <message>
        <source>Create a key and a certificate request for a CA; the request stays pending until its certificate is imported.</source>
        <translation>キーと CA 宛ての証明書の要求を作成します。要求は、その証明書がインポートされるまで保留中のままです。</translation>
    </message>
    <message>
        <source>The server (default: the only one).</source>
        <translation>サーバー (既定: ワークスペース内の唯一のサーバー)。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Subject, RFC 4514: &quot;CN=mail.contoso.com,O=Contoso,C=JP&quot;.</source>
        <translation>サブジェクト (RFC 4514 形式): &quot;CN=mail.contoso.com,O=Contoso,C=JP&quot;。</translation>
    </message>
    <message>
        <source>DN</source>
        <translation>DN</translation>
    </message>
    <message>
        <source>A DNS name for the certificate (repeatable).</source>
        <translation>証明書の DNS 名 (複数指定可)。</translation>
    </message>
    <message>
        <source>Key type: rsa:2048 (default), rsa:3072, rsa:4096, ec:p256, ec:p384.</source>
        <translation>キーの種類: rsa:2048 (既定)、rsa:3072、rsa:4096、ec:p256、ec:p384。</translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation>SPEC</translation>
    </message>
    <message>
        <source>Friendly name (&lt; 64 characters).</source>
        <translation>フレンドリ名 (64 文字未満)。</translation>
    </message>
    <message>
        <source>Allow exporting the private key later.</source>
        <translation>後で秘密キーをエクスポートできるようにします。</translation>
    </message>
    <message>
        <source>Validity in days (default 365).</source>
        <translation>有効期間の日数 (既定 365)。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Write the request to FILE.</source>
        <translation>要求を FILE に書き込みます。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Write DER instead of PEM.</source>
        <translation>PEM ではなく DER で書き込みます。</translation>
    </message>
    <message>
        <source>give the subject with --subject &quot;CN=host.example,O=Org,C=JP&quot;</source>
        <translation>--subject &quot;CN=host.example,O=Org,C=JP&quot; でサブジェクトを指定してください</translation>
    </message>
    <message>
        <source>give the request file with --out FILE</source>
        <translation>--out FILE で要求ファイルを指定してください</translation>
    </message>
    <message>
        <source>--days: &quot;%1&quot; is not a number</source>
        <translation>--days: &quot;%1&quot; は数値ではありません</translation>
    </message>
    <message>
        <source>Created self-signed certificate %1 for %2 on %3 (internal use only)</source>
        <translation>%3 に %2 の自己署名証明書 %1 を作成しました (内部での使用専用)</translation>
    </message>
    <message>
        <source>Created pending request %1 for %2 on %3</source>
        <translation>%3 に %2 の保留中の要求 %1 を作成しました</translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation>名前: %1</translation>
    </message>
    <message>
        <source>Request written to %1 (%2); send it to your CA, then run &quot;cert import&quot; with the answer.</source>
        <translation>要求を %1 (%2) に書き込みました。CA に送信し、発行された証明書を &quot;cert import&quot; でインポートしてください。</translation>
    </message>
</context>
<context>
    <name>CertShowVerb</name>
    <message>
        <source>Show every field of a certificate or pending request, its chain and status.</source>
        <translation>証明書または保留中の要求のすべてのフィールド、チェーン、状態を表示します。</translation>
    </message>
    <message>
        <source>SHA-1 thumbprint (40 hex digits).</source>
        <translation>SHA-1 拇印 (16 進数 40 桁)。</translation>
    </message>
    <message>
        <source>cert show: give one THUMBPRINT</source>
        <translation>cert show: THUMBPRINT を 1 つ指定してください</translation>
    </message>
    <message>
        <source>no certificate or pending request with thumbprint %1</source>
        <translation>拇印 %1 の証明書または保留中の要求はありません</translation>
    </message>
    <message>
        <source>Pending request %1 on %2</source>
        <translation>%2 の保留中の要求 %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>サブジェクト: %1</translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation>名前: %1</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>キー: %1</translation>
    </message>
    <message>
        <source>Friendly name: %1</source>
        <translation>フレンドリ名: %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>作成日時: %1</translation>
    </message>
    <message>
        <source>Certificate %1 on %2</source>
        <translation>%2 の証明書 %1</translation>
    </message>
    <message>
        <source>Status: %1%2</source>
        <translation>状態: %1%2</translation>
    </message>
    <message>
        <source>Services: %1</source>
        <translation>サービス: %1</translation>
    </message>
    <message>
        <source>Private key: %1</source>
        <translation>秘密キー: %1</translation>
    </message>
    <message>
        <source>yes, exportable</source>
        <translation>あり (エクスポート可能)</translation>
    </message>
    <message>
        <source>yes, not exportable</source>
        <translation>あり (エクスポート不可)</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation>チェーン:</translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <source>not a DER X.509 certificate</source>
        <translation>DER 形式の X.509 証明書ではありません</translation>
    </message>
    <message>
        <source>%1 bytes of garbage follow the certificate</source>
        <translation>証明書の後に %1 バイトの不要なデータがあります</translation>
    </message>
    <message>
        <source>no PEM certificate found</source>
        <translation>PEM 形式の証明書が見つかりません</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation>署名アルゴリズム</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>発行者</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>有効期間の開始</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有効期間の終了</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>サブジェクト</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>公開キー</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>自己署名</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>証明機関</translation>
    </message>
    <message>
        <source>Thumbprint (SHA-1)</source>
        <translation>拇印 (SHA-1)</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>フィンガープリント (SHA-256)</translation>
    </message>
    <message>
        <source>Public key SHA-256</source>
        <translation>公開キーの SHA-256</translation>
    </message>
    <message>
        <source>Extensions:</source>
        <translation>拡張機能:</translation>
    </message>
    <message>
        <source> (critical)</source>
        <translation> (重要)</translation>
    </message>
</context>
<context>
    <name>CertificateAuthority</name>
    <message>
        <source>validity of %1 days is out of range (1-36500)</source>
        <translation>有効期間 %1 日は範囲 (1 ～ 36500) 外です</translation>
    </message>
    <message>
        <source>OpenSSL refuses the subject &quot;%1&quot;</source>
        <translation>OpenSSL がサブジェクト &quot;%1&quot; を受け付けません</translation>
    </message>
    <message>
        <source>cannot sign the certificate: %1</source>
        <translation>証明書に署名できません: %1</translation>
    </message>
    <message>
        <source>the certificate request&apos;s signature does not verify</source>
        <translation>証明書の要求の署名を検証できません</translation>
    </message>
    <message>
        <source>the CA has no certificate or key</source>
        <translation>CA に証明書またはキーがありません</translation>
    </message>
    <message>
        <source>the public key to certify cannot be read</source>
        <translation>証明する公開キーを読み取れません</translation>
    </message>
</context>
<context>
    <name>CertificateCommands</name>
    <message>
        <source>Remove the certificate %1 and its private key from %2?</source>
        <translation>証明書 %1 とその秘密キーを %2 から削除しますか?</translation>
    </message>
    <message>
        <source>Remove %1 certificates and their private keys from %2?</source>
        <translation>%1 個の証明書とその秘密キーを %2 から削除しますか?</translation>
    </message>
    <message>
        <source>It is the server&apos;s SMTP certificate: domain-secured mail stops until another certificate is enabled for SMTP.</source>
        <translation>これはサーバーの SMTP 証明書です。別の証明書を SMTP に対して有効にするまで、ドメイン セキュリティで保護されたメールは停止します。</translation>
    </message>
    <message>
        <source>Remove Certificate</source>
        <translation>証明書の削除</translation>
    </message>
    <message>
        <source>Remove Pending Request</source>
        <translation>保留中の要求の削除</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n pending request(s) and their private keys? A certificate issued for them can no longer be imported.</source>
        <translation>
            <numerusform>%n 件の保留中の要求とその秘密キーを削除しますか? 削除すると、その要求に対して発行された証明書をインポートできなくなります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Trusted Root</source>
        <translation>信頼されたルートの削除</translation>
    </message>
    <message numerus="yes">
        <source>Stop trusting %n root certificate(s)? Partners whose certificates chain to them fail domain security.</source>
        <translation>
            <numerusform>%n 個のルート証明書の信頼を解除しますか? 証明書がこれらにチェーンしているパートナーは、ドメイン セキュリティに失敗します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Trusted Root</source>
        <translation>信頼されたルートの追加</translation>
    </message>
    <message>
        <source>CA certificates (*.cer *.crt *.pem *.der *.p7b *.p7c);;All files (*)</source>
        <translation>CA 証明書 (*.cer *.crt *.pem *.der *.p7b *.p7c);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2)</source>
        <translation>%1: ファイルを読み取れません (%2)</translation>
    </message>
</context>
<context>
    <name>CertificateEntry</name>
    <message>
        <source>unknown service &quot;%1&quot;</source>
        <translation>不明なサービス &quot;%1&quot;</translation>
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
        <translation>%1: ファイルが空です</translation>
    </message>
    <message>
        <source>%1: not a certificate file: no PEM &quot;-----BEGIN&quot; line and not DER (which starts with an ASN.1 SEQUENCE)</source>
        <translation>%1: 証明書ファイルではありません。PEM の &quot;-----BEGIN&quot; 行がなく、DER (ASN.1 SEQUENCE で始まる) でもありません</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: ファイルを読み取れません: %2</translation>
    </message>
    <message>
        <source>%1: the file is too large (%2 MiB) for a certificate file</source>
        <translation>%1: 証明書ファイルとしては大きすぎます (%2 MiB)</translation>
    </message>
    <message>
        <source>PKCS#12 safe contents nest too deeply</source>
        <translation>PKCS#12 の SafeContents の入れ子が深すぎます</translation>
    </message>
    <message>
        <source>the private key in the PKCS#12 file cannot be decrypted (unsupported algorithm?)</source>
        <translation>PKCS#12 ファイル内の秘密キーを復号化できません (サポートされていないアルゴリズムの可能性があります)</translation>
    </message>
    <message>
        <source>the private key in the PKCS#12 file is damaged</source>
        <translation>PKCS#12 ファイル内の秘密キーが破損しています</translation>
    </message>
    <message>
        <source>the PKCS#12 file holds more than one private key</source>
        <translation>PKCS#12 ファイルに複数の秘密キーが含まれています</translation>
    </message>
    <message>
        <source>a certificate in the PKCS#12 file is damaged</source>
        <translation>PKCS#12 ファイル内の証明書が破損しています</translation>
    </message>
    <message>
        <source>%1: the file holds a private key but no certificate</source>
        <translation>%1: ファイルに秘密キーは含まれていますが、証明書がありません</translation>
    </message>
    <message>
        <source>%1: the private key matches none of the certificates in the file</source>
        <translation>%1: 秘密キーがファイル内のどの証明書とも一致しません</translation>
    </message>
    <message>
        <source>%1: the PKCS#7 data is damaged</source>
        <translation>%1: PKCS#7 データが破損しています</translation>
    </message>
    <message>
        <source>%1: the PKCS#7 file holds no certificates</source>
        <translation>%1: PKCS#7 ファイルに証明書がありません</translation>
    </message>
    <message>
        <source>%1: the PKCS#12 data is damaged</source>
        <translation>%1: PKCS#12 データが破損しています</translation>
    </message>
    <message>
        <source>%1: the PKCS#12 file needs a password (give --password-file)</source>
        <translation>%1: PKCS#12 ファイルにはパスワードが必要です (--password-file を指定してください)</translation>
    </message>
    <message>
        <source>%1: wrong password for the PKCS#12 file</source>
        <translation>%1: PKCS#12 ファイルのパスワードが正しくありません</translation>
    </message>
    <message>
        <source>%1: the PKCS#12 contents are damaged</source>
        <translation>%1: PKCS#12 の内容が破損しています</translation>
    </message>
    <message>
        <source>the encrypted certificates cannot be decrypted (unsupported algorithm?)</source>
        <translation>暗号化された証明書を復号化できません (サポートされていないアルゴリズムの可能性があります)</translation>
    </message>
    <message>
        <source>wrong password, or an unsupported encryption algorithm</source>
        <translation>パスワードが正しくないか、サポートされていない暗号化アルゴリズムです</translation>
    </message>
    <message>
        <source>the PKCS#12 contents are damaged</source>
        <translation>PKCS#12 の内容が破損しています</translation>
    </message>
    <message>
        <source>%1: the PKCS#12 file holds no certificate</source>
        <translation>%1: PKCS#12 ファイルに証明書がありません</translation>
    </message>
    <message>
        <source>%1: the DER data is truncated or not DER (it declares %2 bytes, the file has %3)</source>
        <translation>%1: DER データが途中で切れているか、DER ではありません (宣言されたサイズは %2 バイト、ファイルは %3 バイト)</translation>
    </message>
    <message>
        <source>%1: garbage DER: not a certificate, PKCS#7 or PKCS#12 structure</source>
        <translation>%1: 不正な DER です。証明書、PKCS#7、PKCS#12 のいずれの構造でもありません</translation>
    </message>
    <message>
        <source>%1: this is a certificate request, not a certificate: send it to the CA</source>
        <translation>%1: これは証明書ではなく証明書の要求です。CA に送信してください</translation>
    </message>
    <message>
        <source>%1: line %2: a malformed PEM &quot;-----BEGIN&quot; line</source>
        <translation>%1: %2 行目: PEM の &quot;-----BEGIN&quot; 行の形式が正しくありません</translation>
    </message>
    <message>
        <source>%1: line %2: the PEM block &quot;%3&quot; has no END line (truncated file?)</source>
        <translation>%1: %2 行目: PEM ブロック &quot;%3&quot; に END 行がありません (ファイルが途中で切れていませんか?)</translation>
    </message>
    <message>
        <source>%1: line %2: legacy encrypted &quot;%3&quot; blocks are not supported; convert the key to PKCS#8 (openssl pkcs8 -topk8)</source>
        <translation>%1: %2 行目: 従来形式で暗号化された &quot;%3&quot; ブロックはサポートされていません。キーを PKCS#8 に変換してください (openssl pkcs8 -topk8)</translation>
    </message>
    <message>
        <source>%1: line %2: the PEM block &quot;%3&quot; has a bad base64 body</source>
        <translation>%1: %2 行目: PEM ブロック &quot;%3&quot; の base64 本文が正しくありません</translation>
    </message>
    <message>
        <source>%1: line %2: the PEM certificate is damaged: %3</source>
        <translation>%1: %2 行目: PEM 形式の証明書が破損しています: %3</translation>
    </message>
    <message>
        <source>%1: line %2: the PEM certificate is damaged</source>
        <translation>%1: %2 行目: PEM 形式の証明書が破損しています</translation>
    </message>
    <message>
        <source>%1: the private key is encrypted: give its password</source>
        <translation>%1: 秘密キーは暗号化されています。パスワードを指定してください</translation>
    </message>
    <message>
        <source>%1: wrong password for the encrypted private key</source>
        <translation>%1: 暗号化された秘密キーのパスワードが正しくありません</translation>
    </message>
    <message>
        <source>%1: line %2: %3</source>
        <translation>%1: %2 行目: %3</translation>
    </message>
    <message>
        <source>%1: the file holds more than one private key</source>
        <translation>%1: ファイルに複数の秘密キーが含まれています</translation>
    </message>
    <message>
        <source>%1: no certificate in the PEM data (found: %2)</source>
        <translation>%1: PEM データに証明書がありません (検出されたもの: %2)</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: キャンセルされました</translation>
    </message>
</context>
<context>
    <name>CertificateManager</name>
    <message>
        <source>the workspace has no server</source>
        <translation>ワークスペースにサーバーがありません</translation>
    </message>
    <message>
        <source>the workspace has several servers (%1): choose one with --server</source>
        <translation>ワークスペースに複数のサーバー (%1) があります。--server で 1 つ選択してください</translation>
    </message>
    <message>
        <source>no server named &quot;%1&quot; in the workspace</source>
        <translation>ワークスペースに &quot;%1&quot; という名前のサーバーはありません</translation>
    </message>
    <message>
        <source>the friendly name must be shorter than 64 characters (it has %1)</source>
        <translation>フレンドリ名は 64 文字未満にしてください (現在 %1 文字)</translation>
    </message>
    <message>
        <source>subject: %1</source>
        <translation>サブジェクト: %1</translation>
    </message>
    <message>
        <source>domain: %1</source>
        <translation>ドメイン: %1</translation>
    </message>
    <message>
        <source>subject CN: %1</source>
        <translation>サブジェクトの CN: %1</translation>
    </message>
    <message>
        <source>--days must be between 1 and 3650 (got %1)</source>
        <translation>--days には 1 ～ 3650 を指定してください (指定値: %1)</translation>
    </message>
    <message>
        <source>%1: the certificate &quot;%2&quot; completes a pending request of server %3, not %4</source>
        <translation>%1: 証明書 &quot;%2&quot; は %4 ではなくサーバー %3 の保留中の要求を完了する証明書です</translation>
    </message>
    <message>
        <source>%1: the certificate &quot;%2&quot; (thumbprint %3) matches no pending request</source>
        <translation>%1: 証明書 &quot;%2&quot; (拇印 %3) に一致する保留中の要求はありません</translation>
    </message>
    <message>
        <source>certificate %1 was already in the workspace</source>
        <translation>証明書 %1 は既にワークスペースにあります</translation>
    </message>
    <message>
        <source>%1: nothing to import</source>
        <translation>%1: インポートするものがありません</translation>
    </message>
    <message>
        <source>no certificate with thumbprint %1</source>
        <translation>拇印 %1 の証明書はありません</translation>
    </message>
    <message>
        <source>%1 is a pending request: import the CA&apos;s certificate first</source>
        <translation>%1 は保留中の要求です。先に CA が発行した証明書をインポートしてください</translation>
    </message>
    <message>
        <source>no services to enable: give SMTP, IMAP, POP, IIS or UM</source>
        <translation>有効にするサービスがありません。SMTP、IMAP、POP、IIS、UM のいずれかを指定してください</translation>
    </message>
    <message>
        <source>certificate %1 has no private key: it cannot be enabled for %2</source>
        <translation>証明書 %1 には秘密キーがないため、%2 に対して有効にできません</translation>
    </message>
    <message>
        <source>certificate %1 is not currently valid (%2): it cannot be enabled</source>
        <translation>証明書 %1 は現在有効ではない (%2) ため、有効にできません</translation>
    </message>
    <message>
        <source>certificate %1 (%2) is the default SMTP certificate of server %3: give --replace-default to replace it</source>
        <translation>証明書 %1 (%2) はサーバー %3 の既定の SMTP 証明書です。置き換えるには --replace-default を指定してください</translation>
    </message>
    <message>
        <source>certificate %1 is self-signed: partners will not trust it for Domain Security</source>
        <translation>証明書 %1 は自己署名証明書です。パートナーはドメイン セキュリティ用として信頼しません</translation>
    </message>
    <message>
        <source>certificate %1 is not trusted: %2</source>
        <translation>証明書 %1 は信頼されていません: %2</translation>
    </message>
    <message>
        <source>certificate %1 %2</source>
        <translation>証明書 %1: %2</translation>
    </message>
    <message>
        <source>no certificate or pending request with thumbprint %1</source>
        <translation>拇印 %1 の証明書または保留中の要求はありません</translation>
    </message>
    <message>
        <source>%1 is a pending request: it exports as its PKCS#10 request (pem or der)</source>
        <translation>%1 は保留中の要求です。PKCS#10 の要求 (pem または der) としてエクスポートされます</translation>
    </message>
    <message>
        <source>certificate %1 has no private key: export it as pem or der</source>
        <translation>証明書 %1 には秘密キーがありません。pem または der でエクスポートしてください</translation>
    </message>
    <message>
        <source>the private key of certificate %1 is not exportable</source>
        <translation>証明書 %1 の秘密キーはエクスポートできません</translation>
    </message>
    <message>
        <source>a PFX export needs a password (--password-file)</source>
        <translation>PFX へのエクスポートにはパスワード (--password-file) が必要です</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a CA certificate; trust the partner&apos;s root CA instead</source>
        <translation>%1: &quot;%2&quot; は CA 証明書ではありません。代わりにパートナーのルート CA を信頼してください</translation>
    </message>
    <message>
        <source>no trusted root with thumbprint %1</source>
        <translation>拇印 %1 の信頼されたルートはありません</translation>
    </message>
    <message>
        <source>the key of certificate %1: %2</source>
        <translation>証明書 %1 のキー: %2</translation>
    </message>
</context>
<context>
    <name>CertificateOperations</name>
    <message>
        <source>no certificate with thumbprint %1 on %2</source>
        <translation>%2 に拇印 %1 の証明書がありません</translation>
    </message>
    <message>
        <source>Remove certificate %1</source>
        <translation>証明書 %1 の削除</translation>
    </message>
    <message>
        <source>no pending request with thumbprint %1 on %2</source>
        <translation>%2 に拇印 %1 の保留中の要求がありません</translation>
    </message>
    <message>
        <source>Remove pending request %1</source>
        <translation>保留中の要求 %1 の削除</translation>
    </message>
    <message>
        <source>no certificate or pending request with thumbprint %1</source>
        <translation>拇印 %1 の証明書または保留中の要求がありません</translation>
    </message>
    <message>
        <source>Enable certificate %1 for %2</source>
        <translation>証明書 %1 を %2 に対して有効化</translation>
    </message>
    <message>
        <source>Add trusted root from %1</source>
        <translation>%1 から信頼されたルートを追加</translation>
    </message>
    <message>
        <source>Remove trusted root %1</source>
        <translation>信頼されたルート %1 の削除</translation>
    </message>
</context>
<context>
    <name>CertificateRequest</name>
    <message>
        <source>an empty domain name</source>
        <translation>ドメイン名が空です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid DNS name: a wildcard may only be the leftmost label &quot;*.&quot;</source>
        <translation>&quot;%1&quot; は有効な DNS 名ではありません: ワイルドカードは左端のラベル &quot;*.&quot; としてのみ使用できます</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid DNS name (it cannot be converted to an IDN A-label)</source>
        <translation>&quot;%1&quot; は有効な DNS 名ではありません (IDN の A ラベルに変換できません)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid DNS name: it has an empty label</source>
        <translation>&quot;%1&quot; は有効な DNS 名ではありません: 空のラベルがあります</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid DNS name: the label &quot;%2&quot; is longer than 63 characters</source>
        <translation>&quot;%1&quot; は有効な DNS 名ではありません: ラベル &quot;%2&quot; が 63 文字を超えています</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid DNS name: character &apos;%2&apos; is not allowed (use a-z, 0-9, -)</source>
        <translation>&quot;%1&quot; は有効な DNS 名ではありません: 文字 &apos;%2&apos; は使用できません (a-z、0-9、- を使用してください)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid DNS name: a label cannot start or end with &apos;-&apos;</source>
        <translation>&quot;%1&quot; は有効な DNS 名ではありません: ラベルの先頭または末尾に &apos;-&apos; は使用できません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid DNS name: longer than 253 characters</source>
        <translation>&quot;%1&quot; は有効な DNS 名ではありません: 253 文字を超えています</translation>
    </message>
    <message>
        <source>no key for the certificate request</source>
        <translation>証明書の要求のキーがありません</translation>
    </message>
    <message>
        <source>the subject needs a CN (the server&apos;s host name)</source>
        <translation>サブジェクトには CN (サーバーのホスト名) が必要です</translation>
    </message>
    <message>
        <source>subject CN: %1</source>
        <translation>サブジェクトの CN: %1</translation>
    </message>
    <message>
        <source>domain: %1</source>
        <translation>ドメイン: %1</translation>
    </message>
    <message>
        <source>OpenSSL refuses the subject &quot;%1&quot;</source>
        <translation>OpenSSL がサブジェクト &quot;%1&quot; を受け付けません</translation>
    </message>
    <message>
        <source>cannot build the request: %1</source>
        <translation>要求を作成できません: %1</translation>
    </message>
    <message>
        <source>cannot sign the request: %1</source>
        <translation>要求に署名できません: %1</translation>
    </message>
    <message>
        <source>not a DER PKCS#10 certificate request</source>
        <translation>DER 形式の PKCS#10 証明書の要求ではありません</translation>
    </message>
    <message>
        <source>no PEM certificate request found</source>
        <translation>PEM 形式の証明書の要求が見つかりません</translation>
    </message>
</context>
<context>
    <name>CertificateRules</name>
    <message>
        <source>%1 has no certificate enabled for SMTP.</source>
        <translation>%1 には SMTP に対して有効な証明書がありません。</translation>
    </message>
    <message>
        <source>The SMTP certificate of %1 has no private key, so TLS cannot use it.</source>
        <translation>%1 の SMTP 証明書には秘密キーがないため、TLS で使用できません。</translation>
    </message>
    <message>
        <source>Import the certificate that answers your own request, or a PKCS#12 file with its key.</source>
        <translation>自分で作成した要求に対して発行された証明書か、キーを含む PKCS#12 ファイルをインポートしてください。</translation>
    </message>
    <message>
        <source>The SMTP certificate of %1 is valid only from %2.</source>
        <translation>%1 の SMTP 証明書は %2 以降にのみ有効です。</translation>
    </message>
    <message>
        <source>Wait until then or use another certificate.</source>
        <translation>その日時まで待つか、別の証明書を使用してください。</translation>
    </message>
    <message>
        <source>The SMTP certificate of %1 expired on %2.</source>
        <translation>%1 の SMTP 証明書は %2 に有効期限が切れました。</translation>
    </message>
    <message>
        <source>Request and import a new certificate.</source>
        <translation>新しい証明書を要求してインポートしてください。</translation>
    </message>
    <message>
        <source>The SMTP certificate of %1 expires on %2, in %3 days.</source>
        <translation>%1 の SMTP 証明書は %2 (%3 日後) に有効期限が切れます。</translation>
    </message>
    <message>
        <source>Request a new certificate now and give the partners time to trust it.</source>
        <translation>今すぐ新しい証明書を要求し、パートナーがそれを信頼するための時間を確保してください。</translation>
    </message>
    <message>
        <source>The SMTP certificate of %1 is self-signed; partners cannot verify it.</source>
        <translation>%1 の SMTP 証明書は自己署名証明書のため、パートナーが検証できません。</translation>
    </message>
    <message>
        <source>Use a certificate issued by a CA your partners trust.</source>
        <translation>パートナーが信頼する CA が発行した証明書を使用してください。</translation>
    </message>
    <message>
        <source>The SMTP certificate of %1 lacks the clientAuth extended key usage; a partner that verifies client certificates will refuse it when %1 sends.</source>
        <translation>%1 の SMTP 証明書には拡張キー使用法 clientAuth がありません。クライアント証明書を検証するパートナーは、%1 からの送信時にこの証明書を拒否します。</translation>
    </message>
    <message>
        <source>Ask the CA for a certificate with both serverAuth and clientAuth.</source>
        <translation>serverAuth と clientAuth の両方を含む証明書を CA に要求してください。</translation>
    </message>
    <message>
        <source>Private keys are stored in the workspace without a passphrase.</source>
        <translation>秘密キーがパスフレーズなしでワークスペースに保存されています。</translation>
    </message>
    <message>
        <source>Import a CA-issued certificate and enable it for SMTP.</source>
        <translation>CA が発行した証明書をインポートし、SMTP に対して有効にしてください。</translation>
    </message>
    <message>
        <source>Protect them with a workspace passphrase.</source>
        <translation>ワークスペースのパスフレーズで保護してください。</translation>
    </message>
</context>
<context>
    <name>CertificateStatusEvaluator</name>
    <message>
        <source>expired on %1</source>
        <translation>%1 に有効期限切れ</translation>
    </message>
    <message>
        <source>not valid before %1</source>
        <translation>%1 より前は無効</translation>
    </message>
    <message>
        <source>no private key: it cannot be used for SMTP on this server</source>
        <translation>秘密キーがありません。このサーバーの SMTP には使用できません</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s), on %1</source>
        <translation>
            <numerusform>あと %n 日 (%1) で有効期限切れ</numerusform>
        </translation>
    </message>
    <message>
        <source>the stored certificate is damaged</source>
        <translation>保存されている証明書が破損しています</translation>
    </message>
    <message>
        <source>untrusted: %1</source>
        <translation>信頼されていません: %1</translation>
    </message>
    <message>
        <source>waiting for the CA&apos;s certificate (requested %1)</source>
        <translation>CA の証明書を待機中 (要求日時 %1)</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>まもなく期限切れ</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>まだ有効ではない</translation>
    </message>
    <message>
        <source>Untrusted</source>
        <translation>信頼されていない</translation>
    </message>
    <message>
        <source>No private key</source>
        <translation>秘密キーなし</translation>
    </message>
    <message>
        <source>Pending request</source>
        <translation>保留中の要求</translation>
    </message>
</context>
<context>
    <name>ChainVerifier</name>
    <message>
        <source>expired on %1</source>
        <translation>%1 に有効期限切れ</translation>
    </message>
    <message>
        <source>not valid before %1</source>
        <translation>%1 より前は無効</translation>
    </message>
    <message>
        <source>its issuer &quot;%1&quot; is neither a trusted root nor an imported intermediate</source>
        <translation>発行者 &quot;%1&quot; は信頼されたルートでも、インポート済みの中間証明書でもありません</translation>
    </message>
    <message>
        <source>self-signed and not among the trusted roots (add it with &quot;trust add&quot;)</source>
        <translation>自己署名証明書で、信頼されたルートに含まれていません (&quot;trust add&quot; で追加してください)</translation>
    </message>
    <message>
        <source>not allowed for TLS %1 authentication (key usage or extended key usage)</source>
        <translation>TLS %1 認証には使用できません (キー使用法または拡張キー使用法)</translation>
    </message>
    <message>
        <source>its signature does not verify</source>
        <translation>署名を検証できません</translation>
    </message>
    <message>
        <source>it signs other certificates but is not a CA</source>
        <translation>他の証明書に署名していますが、CA ではありません</translation>
    </message>
    <message>
        <source>server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>client</source>
        <translation>クライアント</translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation>証明書がありません</translation>
    </message>
    <message>
        <source>cannot set up chain verification: %1</source>
        <translation>チェーンの検証を準備できません: %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>the certificate: %1</source>
        <translation>証明書: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the chain: %2</source>
        <translation>チェーン内の &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>Change</name>
    <message>
        <source>no server &quot;%1&quot; in the workspace</source>
        <translation>ワークスペースにサーバー &quot;%1&quot; がありません</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Usage: domainsecure-cli COMMAND [SUBCOMMAND] [OPTIONS]</source>
        <translation>使用法: domainsecure-cli COMMAND [SUBCOMMAND] [OPTIONS]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>Run &quot;domainsecure-cli COMMAND --help&quot; for the options of a command.</source>
        <translation>コマンドのオプションを表示するには &quot;domainsecure-cli COMMAND --help&quot; を実行してください。</translation>
    </message>
    <message>
        <source>domainsecure-cli: unknown command &quot;%1&quot;</source>
        <translation>domainsecure-cli: 不明なコマンド &quot;%1&quot; です</translation>
    </message>
    <message>
        <source>Set, change or remove the passphrase that encrypts the workspace keys</source>
        <translation>ワークスペースのキーを暗号化するパスフレーズを設定、変更、または削除します</translation>
    </message>
    <message>
        <source>Certificate requests, import, enable, export</source>
        <translation>証明書の要求、インポート、有効化、エクスポート</translation>
    </message>
    <message>
        <source>Trusted partner root CAs</source>
        <translation>信頼されたパートナーのルート CA</translation>
    </message>
    <message>
        <source>Receive connectors of a server (new, list, show, set, remove)</source>
        <translation>サーバーの受信コネクタ (new、list、show、set、remove)</translation>
    </message>
    <message>
        <source>Send connectors of the organization (new, list, show, set, remove)</source>
        <translation>組織の送信コネクタ (new、list、show、set、remove)</translation>
    </message>
    <message>
        <source>The domain-secure send and receive lists (add, remove, list)</source>
        <translation>ドメイン セキュリティの送信リストと受信リスト (add、remove、list)</translation>
    </message>
    <message>
        <source>Validate the workspace (exit 1 when an error is found)</source>
        <translation>ワークスペースを検証します (エラーが見つかった場合は終了コード 1)</translation>
    </message>
    <message>
        <source>Export a server&apos;s configuration (exchange script, postfix bundle [--apply])</source>
        <translation>サーバーの構成をエクスポートします (exchange スクリプト、postfix バンドル [--apply])</translation>
    </message>
    <message>
        <source>Test SMTP STARTTLS / mutual TLS with a partner gateway</source>
        <translation>パートナーのゲートウェイとの SMTP STARTTLS および相互 TLS をテストします</translation>
    </message>
    <message>
        <source>Global options (before or after the command):</source>
        <translation>グローバル オプション (コマンドの前後どちらでも指定できます):</translation>
    </message>
    <message>
        <source>Usage: domainsecure-cli %1 SUBCOMMAND [OPTIONS]</source>
        <translation>使い方: domainsecure-cli %1 SUBCOMMAND [OPTIONS]</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>サブコマンド:</translation>
    </message>
    <message>
        <source>Run &quot;domainsecure-cli %1 SUBCOMMAND --help&quot; for the options of a subcommand.</source>
        <translation>サブコマンドのオプションは &quot;domainsecure-cli %1 SUBCOMMAND --help&quot; で表示できます。</translation>
    </message>
    <message>
        <source>domainsecure-cli: unknown option &quot;%1&quot;</source>
        <translation>domainsecure-cli: 不明なオプション &quot;%1&quot; です</translation>
    </message>
    <message>
        <source>%1: expected a subcommand: %2</source>
        <translation>%1: サブコマンドを指定してください: %2</translation>
    </message>
    <message>
        <source>%1: unknown subcommand &quot;%2&quot; (expected %3)</source>
        <translation>%1: 不明なサブコマンド &quot;%2&quot; です (%3 のいずれかを指定してください)</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>The organization&apos;s Edge and Hub Transport servers (add, set, list, remove)</source>
        <translation>組織のエッジ トランスポート サーバーとハブ トランスポート サーバー (add、set、list、remove)</translation>
    </message>
    <message>
        <source>Set up a domain-secure partner (add) and pin its certificates (cert add, cert list, cert remove)</source>
        <translation>ドメイン セキュリティのパートナーを設定し (add)、その証明書を固定します (cert add、cert list、cert remove)</translation>
    </message>
    <message>
        <source>Create a workspace (init) or the bundled demo (demo); set the organization&apos;s Exchange release (set)</source>
        <translation>ワークスペース (init) または付属のデモ (demo) を作成します。組織の Exchange のリリースを設定します (set)</translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <source>The workspace file (default: $DOMAINSECURE_WORKSPACE).</source>
        <translation>ワークスペース ファイル (既定: $DOMAINSECURE_WORKSPACE)。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Read the workspace passphrase from the first line of FILE.</source>
        <translation>ワークスペースのパスフレーズを FILE の 1 行目から読み取ります。</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>機械処理用の JSON を出力します。</translation>
    </message>
    <message>
        <source>no workspace: give -w FILE or set DOMAINSECURE_WORKSPACE</source>
        <translation>ワークスペースがありません。-w FILE を指定するか、DOMAINSECURE_WORKSPACE を設定してください</translation>
    </message>
    <message>
        <source>%1: cannot read the password file: %2</source>
        <translation>%1: パスワード ファイルを読み取れません: %2</translation>
    </message>
    <message>
        <source>%1: the workspace keys are protected by a passphrase: give --passphrase-file FILE</source>
        <translation>%1: ワークスペースのキーはパスフレーズで保護されています。--passphrase-file FILE を指定してください</translation>
    </message>
</context>
<context>
    <name>CmdletContracts</name>
    <message>
        <source>a standalone Edge Transport server</source>
        <translation>スタンドアロンのエッジ トランスポート サーバー</translation>
    </message>
    <message>
        <source>a subscribed Edge Transport server</source>
        <translation>サブスクライブされたエッジ トランスポート サーバー</translation>
    </message>
    <message>
        <source>a Hub Transport server</source>
        <translation>ハブ トランスポート サーバー</translation>
    </message>
    <message>
        <source>%1 is not in the cmdlet contract table</source>
        <translation>%1 はコマンドレット契約表にありません</translation>
    </message>
    <message>
        <source>%1 must not run on %2</source>
        <translation>%1 は %2 で実行してはいけません</translation>
    </message>
    <message>
        <source>%1: -%2 is given twice</source>
        <translation>%1: -%2 が 2 回指定されています</translation>
    </message>
    <message>
        <source>%1: the switch -%2 takes no value</source>
        <translation>%1: スイッチ -%2 は値を取りません</translation>
    </message>
    <message>
        <source>%1: -%2 needs a value</source>
        <translation>%1: -%2 には値が必要です</translation>
    </message>
    <message>
        <source>%1: -%2 is not valid on an Edge Transport server</source>
        <translation>%1: -%2 はエッジ トランスポート サーバーでは無効です</translation>
    </message>
    <message numerus="yes">
        <source>%1 takes at most %n positional argument(s)</source>
        <translation>
            <numerusform>%1 の位置指定引数は最大 %n 個です</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 -Usage %2 needs -%3</source>
        <translation>%1 -Usage %2 には -%3 が必要です</translation>
    </message>
    <message>
        <source>%1 -Usage %2 cannot be combined with -%3</source>
        <translation>%1 -Usage %2 は -%3 と組み合わせられません</translation>
    </message>
    <message>
        <source>%1 -Usage %2 does not exist on an Edge Transport server</source>
        <translation>%1 -Usage %2 はエッジ トランスポート サーバーにはありません</translation>
    </message>
    <message>
        <source>a Mailbox server</source>
        <translation>メールボックス サーバー</translation>
    </message>
    <message>
        <source>%1 has no parameter -%2 in %3</source>
        <translation>%3 の %1 にはパラメーター -%2 がありません</translation>
    </message>
    <message>
        <source>%1: -%2 takes no @{Add=…} in %3</source>
        <translation>%1: %3 の -%2 は @{Add=…} を受け付けません</translation>
    </message>
    <message>
        <source>%1: -TransportRole is only for a Mailbox server</source>
        <translation>%1: -TransportRole はメールボックス サーバー専用です</translation>
    </message>
    <message>
        <source>Exchange Online</source>
        <translation>Exchange Online</translation>
    </message>
    <message>
        <source>%1 does not exist in %2</source>
        <translation>%1 は %2 には存在しません</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>&amp;Copy Thumbprint</source>
        <translation>拇印のコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Remove Certificate</source>
        <translation>証明書の削除</translation>
    </message>
    <message>
        <source>Remove Pending Request</source>
        <translation>保留中の要求の削除</translation>
    </message>
    <message>
        <source>Remove Trusted Root</source>
        <translation>信頼されたルートの削除</translation>
    </message>
    <message>
        <source>Remove Receive Connector</source>
        <translation>受信コネクタの削除</translation>
    </message>
    <message>
        <source>Remove Send Connector</source>
        <translation>送信コネクタの削除</translation>
    </message>
    <message>
        <source>Add &amp;Domain-Secure Domain...</source>
        <translation>ドメイン セキュリティ ドメインの追加(&amp;D)...</translation>
    </message>
    <message>
        <source>Remove Domain-Secure Domain</source>
        <translation>ドメイン セキュリティ ドメインの削除</translation>
    </message>
    <message>
        <source>&amp;Open Workspace...</source>
        <translation>ワークスペースを開く(&amp;O)...</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>上書き保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>名前を付けて保存(&amp;A)...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>設定(&amp;S)...</translation>
    </message>
    <message>
        <source>&amp;About DomainSecure</source>
        <translation>DomainSecure のバージョン情報(&amp;A)</translation>
    </message>
    <message>
        <source>E&amp;xport Configuration…</source>
        <translation>構成のエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Preview, compare and write the configuration of a server (Exchange shell script or Postfix)</source>
        <translation>サーバーの構成 (Exchange シェル スクリプトまたは Postfix) をプレビュー、比較して書き込みます</translation>
    </message>
    <message>
        <source>&amp;Test Connection…</source>
        <translation>接続のテスト(&amp;T)…</translation>
    </message>
    <message>
        <source>Test STARTTLS and mutual TLS with the partner&apos;s gateway</source>
        <translation>パートナーのゲートウェイとの STARTTLS および相互 TLS をテストします</translation>
    </message>
    <message>
        <source>&amp;Self-Test Connection…</source>
        <translation>接続の自己テスト(&amp;S)…</translation>
    </message>
    <message>
        <source>Self-test: connect to this connector&apos;s binding as a partner would</source>
        <translation>自己テスト: パートナーと同じようにこのコネクタのバインドに接続します</translation>
    </message>
    <message>
        <source>Test &amp;Connection…</source>
        <translation>接続のテスト(&amp;C)…</translation>
    </message>
    <message>
        <source>Test STARTTLS and mutual TLS with any SMTP host</source>
        <translation>任意の SMTP ホストとの STARTTLS および相互 TLS をテストします</translation>
    </message>
    <message>
        <source>&amp;New Certificate Request...</source>
        <translation>新しい証明書の要求(&amp;N)...</translation>
    </message>
    <message>
        <source>Create a key and a certificate request for a CA</source>
        <translation>キーと CA 宛ての証明書の要求を作成します</translation>
    </message>
    <message>
        <source>&amp;Import Certificate...</source>
        <translation>証明書のインポート(&amp;I)...</translation>
    </message>
    <message>
        <source>Import the certificate a CA issued, or a PKCS#12 file</source>
        <translation>CA が発行した証明書、または PKCS#12 ファイルをインポートします</translation>
    </message>
    <message>
        <source>&amp;View Certificate</source>
        <translation>証明書の表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Enable Certificate...</source>
        <translation>証明書の有効化(&amp;E)...</translation>
    </message>
    <message>
        <source>Enable the certificate for SMTP and other services</source>
        <translation>証明書を SMTP およびその他のサービスに対して有効にします</translation>
    </message>
    <message>
        <source>E&amp;xport Certificate...</source>
        <translation>証明書のエクスポート(&amp;X)...</translation>
    </message>
    <message>
        <source>Re&amp;new Certificate...</source>
        <translation>証明書の更新(&amp;N)...</translation>
    </message>
    <message>
        <source>A new request with the names of this certificate</source>
        <translation>この証明書の名前で新しい要求を作成します</translation>
    </message>
    <message>
        <source>&amp;View Request</source>
        <translation>要求の表示(&amp;V)</translation>
    </message>
    <message>
        <source>E&amp;xport Request...</source>
        <translation>要求のエクスポート(&amp;X)...</translation>
    </message>
    <message>
        <source>Save the request file again to send it to the CA</source>
        <translation>CA に送信するために要求ファイルをもう一度保存します</translation>
    </message>
    <message>
        <source>&amp;Add Trusted Root...</source>
        <translation>信頼されたルートの追加(&amp;A)...</translation>
    </message>
    <message>
        <source>Trust a partner&apos;s root CA certificate</source>
        <translation>パートナーのルート CA 証明書を信頼します</translation>
    </message>
    <message>
        <source>New &amp;Receive Connector...</source>
        <translation>新しい受信コネクタ(&amp;R)...</translation>
    </message>
    <message>
        <source>Create a receive connector on the server</source>
        <translation>サーバーに受信コネクタを作成します</translation>
    </message>
    <message>
        <source>Receive Connector &amp;Properties</source>
        <translation>受信コネクタのプロパティ(&amp;P)</translation>
    </message>
    <message>
        <source>New &amp;Send Connector...</source>
        <translation>新しい送信コネクタ(&amp;S)...</translation>
    </message>
    <message>
        <source>Create a send connector for the organization</source>
        <translation>組織の送信コネクタを作成します</translation>
    </message>
    <message>
        <source>Send Connector P&amp;roperties</source>
        <translation>送信コネクタのプロパティ(&amp;R)</translation>
    </message>
    <message>
        <source>New &amp;Partner...</source>
        <translation>新しいパートナー(&amp;P)...</translation>
    </message>
    <message>
        <source>Set up domain security with a partner: both connectors and both list entries</source>
        <translation>パートナーとのドメイン セキュリティを設定します (両方のコネクタと両方のリスト エントリ)</translation>
    </message>
    <message>
        <source>Domain-Secure &amp;Lists...</source>
        <translation>ドメイン セキュリティ リスト(&amp;L)...</translation>
    </message>
    <message>
        <source>The send and receive lists with the state of each domain</source>
        <translation>送信リストと受信リスト、および各ドメインの状態</translation>
    </message>
    <message>
        <source>Workspace &amp;Passphrase...</source>
        <translation>ワークスペースのパスフレーズ(&amp;P)...</translation>
    </message>
    <message>
        <source>Encrypt the private keys of the workspace, or change the passphrase</source>
        <translation>ワークスペースの秘密キーを暗号化するか、パスフレーズを変更します</translation>
    </message>
    <message>
        <source>Server Pr&amp;operties</source>
        <translation>サーバーのプロパティ(&amp;O)</translation>
    </message>
    <message>
        <source>The server&apos;s role and, for an Edge, its subscription</source>
        <translation>サーバーの役割と、エッジの場合はそのサブスクリプション</translation>
    </message>
    <message>
        <source>Organi&amp;zation Properties</source>
        <translation>組織のプロパティ(&amp;Z)</translation>
    </message>
    <message>
        <source>The organization&apos;s Exchange release</source>
        <translation>組織の Exchange のリリース</translation>
    </message>
</context>
<context>
    <name>ConnectorCommands</name>
    <message>
        <source>Remove the receive connector %1 from %2?</source>
        <translation>受信コネクタ %1 を %2 から削除しますか?</translation>
    </message>
    <message>
        <source>Remove %1 receive connectors from %2?</source>
        <translation>%1 個の受信コネクタを %2 から削除しますか?</translation>
    </message>
    <message>
        <source>Remove Receive Connector</source>
        <translation>受信コネクタの削除</translation>
    </message>
    <message>
        <source>Remove the send connector %1?</source>
        <translation>送信コネクタ %1 を削除しますか?</translation>
    </message>
    <message>
        <source>Remove %1 send connectors?</source>
        <translation>%1 個の送信コネクタを削除しますか?</translation>
    </message>
    <message>
        <source>Remove Send Connector</source>
        <translation>送信コネクタの削除</translation>
    </message>
</context>
<context>
    <name>ConnectorOperations</name>
    <message>
        <source>no receive connector &quot;%1&quot; on %2</source>
        <translation>%2 に受信コネクタ &quot;%1&quot; がありません</translation>
    </message>
    <message>
        <source>no send connector &quot;%1&quot;</source>
        <translation>送信コネクタ &quot;%1&quot; がありません</translation>
    </message>
    <message>
        <source>New receive connector %1</source>
        <translation>新しい受信コネクタ %1</translation>
    </message>
    <message>
        <source>Change receive connector %1</source>
        <translation>受信コネクタ %1 の変更</translation>
    </message>
    <message>
        <source>Remove receive connector %1</source>
        <translation>受信コネクタ %1 の削除</translation>
    </message>
    <message>
        <source>New send connector %1</source>
        <translation>新しい送信コネクタ %1</translation>
    </message>
    <message>
        <source>Change send connector %1</source>
        <translation>送信コネクタ %1 の変更</translation>
    </message>
    <message>
        <source>Remove send connector %1</source>
        <translation>送信コネクタ %1 の削除</translation>
    </message>
</context>
<context>
    <name>ConnectorOptions</name>
    <message>
        <source>--%1: expected true or false, not &quot;%2&quot;</source>
        <translation>--%1: &quot;%2&quot; ではなく true または false を指定してください</translation>
    </message>
    <message>
        <source>--protocol-logging: expected None or Verbose, not &quot;%1&quot;</source>
        <translation>--protocol-logging: &quot;%1&quot; ではなく None または Verbose を指定してください</translation>
    </message>
    <message>
        <source>Comment.</source>
        <translation>コメント。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Connection inactivity timeout [d.]hh:mm:ss.</source>
        <translation>接続の非アクティブ タイムアウト ([d.]hh:mm:ss)。</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <source>Protocol logging level: None or Verbose.</source>
        <translation>プロトコル ログ レベル: None または Verbose。</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>LEVEL</translation>
    </message>
    <message>
        <source>Rename the connector.</source>
        <translation>コネクタの名前を変更します。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Domain security (mutual TLS): true or false.</source>
        <translation>ドメイン セキュリティ (相互 TLS): true または false。</translation>
    </message>
    <message>
        <source>BOOL</source>
        <translation>BOOL</translation>
    </message>
    <message>
        <source>Require TLS: true or false.</source>
        <translation>TLS を必須にする: true または false。</translation>
    </message>
    <message>
        <source>Enabled: true or false.</source>
        <translation>有効: true または false。</translation>
    </message>
    <message>
        <source>Turn domain security (mutual TLS) on.</source>
        <translation>ドメイン セキュリティ (相互 TLS) を有効にします。</translation>
    </message>
    <message>
        <source>Require TLS.</source>
        <translation>TLS を必須にします。</translation>
    </message>
    <message>
        <source>Create the connector disabled.</source>
        <translation>コネクタを無効な状態で作成します。</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
</context>
<context>
    <name>ConnectorPresets</name>
    <message>
        <source>Custom: TLS offered, no permission group; you choose everything else.</source>
        <translation>カスタム: TLS を提供し、アクセス許可グループはなし。その他の設定はすべて自分で選択します。</translation>
    </message>
    <message>
        <source>Internet: anonymous senders from every address, TLS offered.</source>
        <translation>インターネット: すべてのアドレスからの匿名の送信者を受け付け、TLS を提供します。</translation>
    </message>
    <message>
        <source>Internal: your own Exchange servers, Exchange Server authentication.</source>
        <translation>内部: 自組織の Exchange サーバー。Exchange Server 認証を使用します。</translation>
    </message>
    <message>
        <source>Client: authenticated users on port 587 (not on an Edge server).</source>
        <translation>クライアント: ポート 587 で認証されたユーザー (エッジ サーバーでは使用不可)。</translation>
    </message>
    <message>
        <source>Partner: only the partner&apos;s servers, mutual TLS with domain security, Partners group.</source>
        <translation>パートナー: パートナーのサーバーのみ。ドメイン セキュリティによる相互 TLS と Partners グループを使用します。</translation>
    </message>
    <message>
        <source>Custom: Exchange&apos;s defaults; you choose everything else.</source>
        <translation>カスタム: Exchange の既定値。その他の設定はすべて自分で選択します。</translation>
    </message>
    <message>
        <source>Internet: deliver by DNS MX lookup.</source>
        <translation>インターネット: DNS の MX 参照によって配信します。</translation>
    </message>
    <message>
        <source>Internal: forward through smart hosts of your own organization.</source>
        <translation>内部: 自組織のスマート ホスト経由で転送します。</translation>
    </message>
    <message>
        <source>Partner: DNS routing with domain security (mutual TLS) for the domains on the send list.</source>
        <translation>パートナー: 送信リストにあるドメインに対して、ドメイン セキュリティ (相互 TLS) を使用した DNS ルーティングを行います。</translation>
    </message>
</context>
<context>
    <name>ConnectorVerbs</name>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
</context>
<context>
    <name>CoreDumps</name>
    <message>
        <source>cannot disable core dumps: %1</source>
        <translation>コア ダンプを無効にできません: %1</translation>
    </message>
</context>
<context>
    <name>DistinguishedName</name>
    <message>
        <source>the distinguished name is empty (expected e.g. CN=mail.contoso.com)</source>
        <translation>識別名が空です (例: CN=mail.contoso.com)</translation>
    </message>
    <message>
        <source>empty attribute at position %1 of &quot;%2&quot; (a stray comma?)</source>
        <translation>&quot;%2&quot; の位置 %1 に空の属性があります (余分なコンマがありませんか?)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at position %2 has no &quot;=&quot; (expected TYPE=value)</source>
        <translation>位置 %2 の &quot;%1&quot; に &quot;=&quot; がありません (TYPE=value の形式で指定してください)</translation>
    </message>
    <message>
        <source>unknown attribute type &quot;%1&quot; at position %2: use CN, O, OU, L, ST or C</source>
        <translation>位置 %2 の属性の種類 &quot;%1&quot; は不明です。CN、O、OU、L、ST、C のいずれかを使用してください</translation>
    </message>
    <message>
        <source>%1: hexadecimal (#...) values are not supported; write the text</source>
        <translation>%1: 16 進数 (#...) の値はサポートされていません。テキストで指定してください</translation>
    </message>
    <message>
        <source>%1: the value ends with a lone backslash</source>
        <translation>%1: 値が単独の円記号 (バックスラッシュ) で終わっています</translation>
    </message>
    <message>
        <source>%1: bad escape &quot;\%2&quot; at position %3</source>
        <translation>%1: 位置 %3 のエスケープ &quot;\%2&quot; が正しくありません</translation>
    </message>
    <message>
        <source>%1: character &apos;%2&apos; at position %3 must be escaped with a backslash</source>
        <translation>%1: 位置 %3 の文字 &apos;%2&apos; は円記号 (バックスラッシュ) でエスケープする必要があります</translation>
    </message>
    <message>
        <source>%1: control character at position %2</source>
        <translation>%1: 位置 %2 に制御文字があります</translation>
    </message>
    <message>
        <source>%1 has an empty value</source>
        <translation>%1 の値が空です</translation>
    </message>
    <message>
        <source>country &quot;%1&quot; must be a two-letter ISO 3166 code, e.g. C=JP</source>
        <translation>国 &quot;%1&quot; は ISO 3166 の 2 文字のコードで指定してください (例: C=JP)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is longer than %3 characters</source>
        <translation>%1 &quot;%2&quot; は %3 文字を超えています</translation>
    </message>
    <message>
        <source>the distinguished name ends with a separator</source>
        <translation>識別名が区切り文字で終わっています</translation>
    </message>
</context>
<context>
    <name>DomainSecureChangeVerb</name>
    <message>
        <source>Add domains to the domain-secure lists.</source>
        <translation>ドメインをドメイン セキュリティ リストに追加します。</translation>
    </message>
    <message>
        <source>Remove domains from the domain-secure lists.</source>
        <translation>ドメインをドメイン セキュリティ リストから削除します。</translation>
    </message>
    <message>
        <source>A domain for TLSSendDomainSecureList (repeatable).</source>
        <translation>TLSSendDomainSecureList に指定するドメイン (複数指定可)。</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMAIN</translation>
    </message>
    <message>
        <source>A domain for TLSReceiveDomainSecureList (repeatable).</source>
        <translation>TLSReceiveDomainSecureList に指定するドメイン (複数指定可)。</translation>
    </message>
    <message>
        <source>domain-secure: give domains with --send or --receive, not &quot;%1&quot;</source>
        <translation>domain-secure: &quot;%1&quot; ではなく、--send または --receive でドメインを指定してください</translation>
    </message>
    <message>
        <source>domain-secure: give at least one --send or --receive domain</source>
        <translation>domain-secure: --send または --receive でドメインを 1 つ以上指定してください</translation>
    </message>
</context>
<context>
    <name>DomainSecureListRules</name>
    <message>
        <source>Replace it with a plain domain such as fabrikam.example.</source>
        <translation>fabrikam.example のような通常のドメインに置き換えてください。</translation>
    </message>
    <message>
        <source>%1 is on the %2 list more than once.</source>
        <translation>%1 が %2 リストに重複して登録されています。</translation>
    </message>
    <message>
        <source>Remove the duplicate.</source>
        <translation>重複を削除してください。</translation>
    </message>
    <message>
        <source>%1 is on the send list but no domain-secure send connector has it as address space.</source>
        <translation>%1 は送信リストにありますが、これをアドレス空間に持つドメイン セキュリティ送信コネクタがありません。</translation>
    </message>
    <message>
        <source>Create a Partner send connector for %1, or remove it from the list.</source>
        <translation>%1 用のパートナー送信コネクタを作成するか、リストから削除してください。</translation>
    </message>
    <message>
        <source>%1 is on the receive list but no domain-secure receive connector serves it.</source>
        <translation>%1 は受信リストにありますが、これを処理するドメイン セキュリティ受信コネクタがありません。</translation>
    </message>
    <message>
        <source>%1 is on the send list only: mail from it is not treated as domain secured.</source>
        <translation>%1 は送信リストにのみあります。%1 からのメールはドメイン セキュリティで保護されたものとして扱われません。</translation>
    </message>
    <message>
        <source>Add it to the receive list too for two-way domain security.</source>
        <translation>双方向のドメイン セキュリティにするには、受信リストにも追加してください。</translation>
    </message>
    <message>
        <source>Create a Partner receive connector for %1, or remove it from the list.</source>
        <translation>%1 用のパートナー受信コネクタを作成するか、一覧から削除してください。</translation>
    </message>
</context>
<context>
    <name>DomainSecureListVerb</name>
    <message>
        <source>Show the domain-secure send and receive lists.</source>
        <translation>ドメイン セキュリティの送信リストと受信リストを表示します。</translation>
    </message>
</context>
<context>
    <name>DomainSecurityCommands</name>
    <message>
        <source>Add Domain-Secure Domain</source>
        <translation>ドメイン セキュリティ ドメインの追加</translation>
    </message>
    <message>
        <source>Partner domain (added to the send and receive lists):</source>
        <translation>パートナー ドメイン (送信リストと受信リストに追加されます):</translation>
    </message>
    <message>
        <source>Remove Domain-Secure Domain</source>
        <translation>ドメイン セキュリティ ドメインの削除</translation>
    </message>
    <message>
        <source>Remove %1 from the send and receive domain-secure lists?</source>
        <translation>%1 をドメイン セキュリティの送信リストと受信リストから削除しますか?</translation>
    </message>
    <message>
        <source>Domain Security</source>
        <translation>ドメイン セキュリティ</translation>
    </message>
</context>
<context>
    <name>DurableBatch</name>
    <message>
        <source>%1 could not be put back (%2)</source>
        <translation>%1 を元に戻せませんでした (%2)</translation>
    </message>
    <message>
        <source>%1 could not be removed again (%2)</source>
        <translation>%1 を再び削除できませんでした (%2)</translation>
    </message>
    <message>
        <source>the previous files were not all restored: %1</source>
        <translation>以前のファイルの一部を復元できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>ExchangeCertificateCommands</name>
    <message>
        <source>subject</source>
        <translation>サブジェクト</translation>
    </message>
    <message>
        <source>request file</source>
        <translation>要求ファイル</translation>
    </message>
    <message>
        <source>domain name</source>
        <translation>ドメイン名</translation>
    </message>
    <message>
        <source>friendly name</source>
        <translation>フレンドリ名</translation>
    </message>
    <message>
        <source>certificate file</source>
        <translation>証明書ファイル</translation>
    </message>
    <message>
        <source>thumbprint</source>
        <translation>拇印</translation>
    </message>
    <message>
        <source>export file</source>
        <translation>エクスポート ファイル</translation>
    </message>
    <message>
        <source>the attribute %1 has no name DomainSecure knows in Windows</source>
        <translation>属性 %1 には、DomainSecure が知っている Windows での名前がありません</translation>
    </message>
    <message>
        <source># %1 makes RSA keys of 1024, 2048 or 4096 bits only; %2 has no equivalent, the command below asks for RSA 2048.</source>
        <translation># %1 で作成できるのは 1024、2048、4096 ビットの RSA キーだけです。%2 に相当するものはないため、次のコマンドでは RSA 2048 を要求します。</translation>
    </message>
    <message>
        <source>Exchange Online presents Microsoft&apos;s certificate and has no certificate of the organization&apos;s own: there is no Exchange Online command for this</source>
        <translation>Exchange Online は Microsoft の証明書を提示し、組織独自の証明書を持たないため、これに相当する Exchange Online のコマンドはありません</translation>
    </message>
</context>
<context>
    <name>ExchangeConnectorCommands</name>
    <message>
        <source>%1 has the unsupported value &quot;%2&quot;</source>
        <translation>%1 の値 &quot;%2&quot; はサポートされていません</translation>
    </message>
    <message>
        <source>authentication mechanism</source>
        <translation>認証方式</translation>
    </message>
    <message>
        <source>permission group</source>
        <translation>アクセス許可グループ</translation>
    </message>
    <message>
        <source>maximum message size</source>
        <translation>最大メッセージ サイズ</translation>
    </message>
    <message>
        <source>connection timeout</source>
        <translation>接続タイムアウト</translation>
    </message>
    <message>
        <source>connection inactivity timeout</source>
        <translation>接続の非アクティブ タイムアウト</translation>
    </message>
    <message>
        <source>protocol logging level</source>
        <translation>プロトコル ログ レベル</translation>
    </message>
    <message>
        <source>address space</source>
        <translation>アドレス空間</translation>
    </message>
    <message>
        <source>smart host</source>
        <translation>スマート ホスト</translation>
    </message>
    <message>
        <source>smart host authentication</source>
        <translation>スマート ホスト認証</translation>
    </message>
    <message>
        <source>source server</source>
        <translation>送信元サーバー</translation>
    </message>
    <message>
        <source>receive connector name &quot;%1&quot; contains a backslash</source>
        <translation>受信コネクタ名 &quot;%1&quot; に円記号が含まれています</translation>
    </message>
    <message>
        <source>receive connector name</source>
        <translation>受信コネクタ名</translation>
    </message>
    <message>
        <source>usage</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>binding</source>
        <translation>バインド</translation>
    </message>
    <message>
        <source>remote IP range</source>
        <translation>リモート IP 範囲</translation>
    </message>
    <message>
        <source>FQDN</source>
        <translation>FQDN</translation>
    </message>
    <message>
        <source>banner</source>
        <translation>バナー</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>server name</source>
        <translation>サーバー名</translation>
    </message>
    <message>
        <source>send connector name</source>
        <translation>送信コネクタ名</translation>
    </message>
    <message>
        <source>domain-secure domain</source>
        <translation>ドメイン セキュリティのドメイン</translation>
    </message>
    <message>
        <source>TLS authentication level</source>
        <translation>TLS 認証レベル</translation>
    </message>
    <message>
        <source>TLS domain</source>
        <translation>TLS ドメイン</translation>
    </message>
    <message>
        <source>TLS certificate name</source>
        <translation>TLS 証明書名</translation>
    </message>
</context>
<context>
    <name>ExchangeOnlineExporter</name>
    <message>
        <source>partner domain</source>
        <translation>パートナー ドメイン</translation>
    </message>
    <message>
        <source>certificate name</source>
        <translation>証明書の名前</translation>
    </message>
    <message>
        <source>sender IP address</source>
        <translation>送信元 IP アドレス</translation>
    </message>
    <message>
        <source>recipient domain</source>
        <translation>受信者ドメイン</translation>
    </message>
    <message>
        <source>TLS domain</source>
        <translation>TLS ドメイン</translation>
    </message>
    <message>
        <source>send connector %1 routes through smart hosts but names none</source>
        <translation>送信コネクタ %1 はスマート ホスト経由でルーティングしますが、スマート ホストが指定されていません</translation>
    </message>
    <message>
        <source>smart host</source>
        <translation>スマート ホスト</translation>
    </message>
    <message>
        <source>send connector comment</source>
        <translation>送信コネクタのコメント</translation>
    </message>
    <message>
        <source>Exchange Online PowerShell script</source>
        <translation>Exchange Online PowerShell スクリプト</translation>
    </message>
    <message>
        <source>inbound connector name</source>
        <translation>インバウンド コネクタ名</translation>
    </message>
    <message>
        <source>outbound connector name</source>
        <translation>アウトバウンド コネクタ名</translation>
    </message>
    <message>
        <source>DomainSecure export: Exchange Online PowerShell script</source>
        <translation>DomainSecure のエクスポート: Exchange Online PowerShell スクリプト</translation>
    </message>
    <message>
        <source>Organization %1.</source>
        <translation>組織 %1。</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Runs in: Windows PowerShell 5.1 or PowerShell 7 with the ExchangeOnlineManagement module,</source>
        <translation>実行場所: ExchangeOnlineManagement モジュールを読み込んだ Windows PowerShell 5.1 または PowerShell 7 で、</translation>
    </message>
    <message>
        <source>as an Exchange administrator of the organization&apos;s Microsoft 365 tenant. It is one script</source>
        <translation>組織の Microsoft 365 テナントの Exchange 管理者として実行します。組織全体で 1 つのスクリプトです</translation>
    </message>
    <message>
        <source>for the whole organization (Exchange Online has no servers of yours); it signs in with</source>
        <translation>(Exchange Online にはお客様のサーバーがありません)。このセッションがまだ接続されていない場合は</translation>
    </message>
    <message>
        <source>Connect-ExchangeOnline unless this session is connected already.</source>
        <translation>Connect-ExchangeOnline でサインインします。</translation>
    </message>
    <message>
        <source>Exchange Online has no receive connectors, domain-secure lists or Edge servers: each domain</source>
        <translation>Exchange Online には受信コネクタ、ドメイン セキュリティ リスト、エッジ サーバーがありません。ドメイン</translation>
    </message>
    <message>
        <source>of the domain-secure receive list becomes a Partner inbound connector that requires TLS with</source>
        <translation>セキュリティの受信リストの各ドメインは、そのドメインの証明書による TLS を必須とする Partner</translation>
    </message>
    <message>
        <source>No certificate is imported: Exchange Online presents Microsoft&apos;s certificate for %1,</source>
        <translation>証明書はインポートしません。Exchange Online は %1 の Microsoft の証明書を提示するため、</translation>
    </message>
    <message>
        <source>so partners trust that name and its public CA instead of a certificate of yours. Partner</source>
        <translation>パートナーはお客様の証明書ではなく、その名前と公的 CA を信頼します。パートナーの</translation>
    </message>
    <message>
        <source>root CAs cannot be added: Exchange Online accepts only certificates of publicly trusted CAs.</source>
        <translation>ルート CA は追加できません。Exchange Online は公的に信頼された CA の証明書のみを受け入れます。</translation>
    </message>
    <message>
        <source>Every value taken from the workspace is a single-quoted literal, so nothing in it is</source>
        <translation>ワークスペースから取得した値はすべて単一引用符のリテラルであるため、その中のものが展開</translation>
    </message>
    <message>
        <source>expanded or executed. The script stops at the first error; running it again updates what</source>
        <translation>または実行されることはありません。スクリプトは最初のエラーで停止します。再実行すると既存の</translation>
    </message>
    <message>
        <source>already exists.</source>
        <translation>ものを更新します。</translation>
    </message>
    <message>
        <source>Step %1: Partner inbound connectors, one per domain of the domain-secure receive list</source>
        <translation>手順 %1: Partner インバウンド コネクタ (ドメイン セキュリティの受信リストのドメインごとに 1 つ)</translation>
    </message>
    <message>
        <source>(Get- then Set-, else New-).</source>
        <translation>(Get- の後に Set-、なければ New-)。</translation>
    </message>
    <message>
        <source>The domain-secure receive list is empty: no inbound connector.</source>
        <translation>ドメイン セキュリティの受信リストは空です。インバウンド コネクタはありません。</translation>
    </message>
    <message>
        <source>Step %1.%2: mail from %3 only over TLS with a certificate for %4.</source>
        <translation>手順 %1.%2: %3 からのメールは %4 の証明書による TLS でのみ受け付けます。</translation>
    </message>
    <message>
        <source>Only from the addresses of %1.</source>
        <translation>%1 のアドレスからのみ受け付けます。</translation>
    </message>
    <message>
        <source>receive connector identity</source>
        <translation>受信コネクタの ID</translation>
    </message>
    <message>
        <source>Step %1: Partner outbound connectors, one per domain-secure send connector and TLS domain</source>
        <translation>手順 %1: Partner アウトバウンド コネクタ (ドメイン セキュリティの送信コネクタと TLS ドメインごとに 1 つ)</translation>
    </message>
    <message>
        <source>The workspace has no domain-secure send connector: no outbound connector.</source>
        <translation>ワークスペースにドメイン セキュリティの送信コネクタがありません。アウトバウンド コネクタはありません。</translation>
    </message>
    <message>
        <source>Step %1.%2: send connector %3: mail to %4 only over TLS to a certificate for %5, %6.</source>
        <translation>手順 %1.%2: 送信コネクタ %3: %4 宛てのメールは %5 の証明書への TLS でのみ送信します (%6)。</translation>
    </message>
    <message>
        <source>send connector name</source>
        <translation>送信コネクタ名</translation>
    </message>
    <message>
        <source>by MX</source>
        <translation>MX 経由</translation>
    </message>
    <message>
        <source>through the smart hosts</source>
        <translation>スマート ホスト経由</translation>
    </message>
    <message>
        <source>Step %1: verify what this script configured; each failed check prints a warning.</source>
        <translation>手順 %1: このスクリプトが構成した内容を検証します。失敗した確認ごとに警告を表示します。</translation>
    </message>
    <message>
        <source>message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Inbound connector %1 does not require TLS with the partner&apos;s certificate.</source>
        <translation>インバウンド コネクタ %1 はパートナーの証明書による TLS を必須にしていません。</translation>
    </message>
    <message>
        <source>Inbound connector %1 is not for %2.</source>
        <translation>インバウンド コネクタ %1 は %2 用ではありません。</translation>
    </message>
    <message>
        <source>Outbound connector %1 does not validate the certificate of %2.</source>
        <translation>アウトバウンド コネクタ %1 は %2 の証明書を検証しません。</translation>
    </message>
    <message>
        <source>Verification passed.</source>
        <translation>検証に成功しました。</translation>
    </message>
    <message>
        <source>Verification: checks failed:</source>
        <translation>検証: 失敗した確認の数:</translation>
    </message>
    <message>
        <source>Tell each partner what to trust instead of a certificate of yours: mail from this</source>
        <translation>お客様の証明書の代わりに何を信頼するかを各パートナーに伝えてください。この組織からのメールは</translation>
    </message>
    <message>
        <source>organization now comes from Exchange Online with Microsoft&apos;s certificate for %1</source>
        <translation>Exchange Online から %1 の Microsoft の証明書 (公的 CA) で届き、</translation>
    </message>
    <message>
        <source>(a public CA), and mail to it goes to your MX host in Exchange Online.</source>
        <translation>この組織宛てのメールは Exchange Online のお客様の MX ホストに届きます。</translation>
    </message>
    <message>
        <source>Partner %1: trust the certificate name %2 (public CA) for mail from %3, and send over TLS to the MX host of %3.</source>
        <translation>パートナー %1: %3 からのメールには証明書の名前 %2 (公的 CA) を信頼し、%3 の MX ホストへ TLS で送信してください。</translation>
    </message>
    <message>
        <source>the script signs in to Exchange Online (Connect-ExchangeOnline) unless the session is connected; run it as an Exchange administrator of the tenant</source>
        <translation>セッションが接続されていない場合、スクリプトは Exchange Online にサインインします (Connect-ExchangeOnline)。テナントの Exchange 管理者として実行してください</translation>
    </message>
    <message>
        <source>Exchange Online PowerShell script: run it once for the organization</source>
        <translation>Exchange Online PowerShell スクリプト: 組織で 1 回実行します</translation>
    </message>
    <message>
        <source>the workspace has no server &quot;%1&quot;</source>
        <translation>ワークスペースにサーバー &quot;%1&quot; がありません</translation>
    </message>
    <message>
        <source>a certificate for that domain, and each domain-secure send connector (or one with the</source>
        <translation>インバウンド コネクタになり、ドメイン セキュリティの各送信コネクタ (または TLS 認証レベルが</translation>
    </message>
    <message>
        <source>TLS authentication level DomainValidation) a Partner outbound connector that sends only</source>
        <translation>DomainValidation のコネクタ) は、パートナー ドメインの証明書 (またはコネクタの TLS ドメインの証明書)</translation>
    </message>
    <message>
        <source>over TLS to a certificate of the partner domain (or of the connector&apos;s TLS domain).</source>
        <translation>への TLS でのみ送信する Partner アウトバウンド コネクタになります。</translation>
    </message>
</context>
<context>
    <name>ExchangeOnlineRules</name>
    <message>
        <source>Exchange Online has no Edge or Hub Transport servers: the export is one script for the whole organization, and the servers of the workspace (%1), their Edge subscriptions and receive connectors are left as they are.</source>
        <translation>Exchange Online にはエッジ トランスポート サーバーもハブ トランスポート サーバーもありません。エクスポートは組織全体で 1 つのスクリプトで、ワークスペースのサーバー (%1)、そのエッジ サブスクリプションと受信コネクタはそのまま残ります。</translation>
    </message>
    <message>
        <source>Export the servers that stay on premises with their own Exchange target.</source>
        <translation>オンプレミスに残るサーバーは、それぞれの Exchange ターゲットでエクスポートしてください。</translation>
    </message>
    <message>
        <source>The servers&apos; SMTP certificates are not exported: Exchange Online uses Microsoft&apos;s certificate for mail.protection.outlook.com.</source>
        <translation>サーバーの SMTP 証明書はエクスポートされません。Exchange Online は mail.protection.outlook.com の Microsoft の証明書を使用します。</translation>
    </message>
    <message>
        <source>Tell each partner to trust that certificate&apos;s name and CA; the script states both.</source>
        <translation>その証明書の名前と CA を信頼するよう各パートナーに伝えてください。スクリプトに両方が記載されます。</translation>
    </message>
    <message>
        <source>Receive connector %1 is not exported: Exchange Online receives mail at its own MX host.</source>
        <translation>受信コネクタ %1 はエクスポートされません。Exchange Online は自身の MX ホストでメールを受信します。</translation>
    </message>
    <message>
        <source>Nothing to do unless partners must reach a server of your own.</source>
        <translation>パートナーがお客様自身のサーバーに接続する必要がなければ、何もする必要はありません。</translation>
    </message>
    <message>
        <source>binding %1</source>
        <translation>バインド %1</translation>
    </message>
    <message>
        <source>banner</source>
        <translation>バナー</translation>
    </message>
    <message>
        <source>FQDN %1</source>
        <translation>FQDN %1</translation>
    </message>
    <message>
        <source>Exchange Online accepts mail only on port 25 of its MX host, with its own banner and name; receive connector %1 sets what it cannot express: %2.</source>
        <translation>Exchange Online は自身の MX ホストのポート 25 でのみ、自身のバナーと名前でメールを受け付けます。受信コネクタ %1 には表現できない設定があります: %2。</translation>
    </message>
    <message>
        <source>Have partners send to your Exchange Online MX host on port 25.</source>
        <translation>パートナーには Exchange Online の MX ホストのポート 25 へ送信してもらってください。</translation>
    </message>
    <message>
        <source>Exchange Online cannot trust the partner root CA %1: it accepts only certificates of publicly trusted CAs, so a partner certificate issued only under this root is refused (mail is rejected, not accepted without verification).</source>
        <translation>Exchange Online はパートナーのルート CA %1 を信頼できません。公的に信頼された CA の証明書のみを受け入れるため、このルートの下でのみ発行されたパートナーの証明書は拒否されます (メールは検証なしで受け入れられるのではなく、拒否されます)。</translation>
    </message>
    <message>
        <source>Ask the partner for a certificate from a public CA.</source>
        <translation>公的 CA の証明書を使用するようパートナーに依頼してください。</translation>
    </message>
    <message>
        <source>Exchange Online accepts partner addresses only as IPv4 addresses and CIDR ranges of /24 to /32 (DomainSecure splits a range into at most %3 of them); the ranges %1 of partner %2 cannot be restricted there, so its inbound connector would refuse mail from them.</source>
        <translation>Exchange Online はパートナーのアドレスを IPv4 アドレスと /24 から /32 の CIDR 範囲としてのみ受け付けます (DomainSecure は範囲を最大 %3 個に分割します)。パートナー %2 の範囲 %1 はそこで制限できないため、そのインバウンド コネクタはこれらからのメールを拒否します。</translation>
    </message>
    <message>
        <source>Narrow the ranges to the IPv4 addresses of the partner&apos;s gateways, or accept the partner from any address.</source>
        <translation>範囲をパートナーのゲートウェイの IPv4 アドレスに絞り込むか、任意のアドレスからパートナーを受け付けてください。</translation>
    </message>
    <message>
        <source>The pinned certificate of partner %1 carries the domain only as a subjectAltName (its subject is %2); Microsoft documents that Exchange Online matches TlsSenderCertificateName against the certificate&apos;s subject.</source>
        <translation>パートナー %1 の固定された証明書は、ドメインをサブジェクト代替名としてのみ含みます (サブジェクトは %2)。Microsoft は、Exchange Online が TlsSenderCertificateName を証明書のサブジェクトと照合すると記載しています。</translation>
    </message>
    <message>
        <source>Test mail from the partner after the export; ask for a certificate with CN=%1 if it is refused.</source>
        <translation>エクスポート後にパートナーからのメールをテストし、拒否される場合は CN=%1 の証明書を依頼してください。</translation>
    </message>
    <message>
        <source>Send connector %1 is not domain secured and is not exported.</source>
        <translation>送信コネクタ %1 はドメイン セキュリティで保護されておらず、エクスポートされません。</translation>
    </message>
    <message>
        <source>Nothing to do: Exchange Online sends mail to the Internet by MX itself.</source>
        <translation>何もする必要はありません。Exchange Online はインターネットへのメールを自身で MX 経由で送信します。</translation>
    </message>
    <message>
        <source>Create an outbound connector for its domains in Exchange Online if mail to them must take this route.</source>
        <translation>これらのドメイン宛てのメールがこの経路を通る必要がある場合は、Exchange Online でアウトバウンド コネクタを作成してください。</translation>
    </message>
    <message>
        <source>Exchange Online delivers to smart hosts on port 25 only; send connector %1 uses port %2.</source>
        <translation>Exchange Online はスマート ホストへポート 25 でのみ配信します。送信コネクタ %1 はポート %2 を使用しています。</translation>
    </message>
    <message>
        <source>Have the partner accept mail on port 25, then set the port to 25.</source>
        <translation>パートナーにポート 25 でメールを受け付けてもらい、ポートを 25 に設定してください。</translation>
    </message>
    <message>
        <source>Exchange Online outbound connectors do not authenticate to smart hosts; send connector %1 uses %2.</source>
        <translation>Exchange Online のアウトバウンド コネクタはスマート ホストに対して認証しません。送信コネクタ %1 は %2 を使用しています。</translation>
    </message>
    <message>
        <source>Set the smart host authentication to None, or let the partner accept the certificate instead.</source>
        <translation>スマート ホストの認証を None に設定するか、代わりに証明書を受け入れるようパートナーに依頼してください。</translation>
    </message>
    <message>
        <source>Exchange Online will verify the partner&apos;s domain on the smart host&apos;s certificate (TlsSettings DomainValidation).</source>
        <translation>Exchange Online はスマート ホストの証明書でパートナーのドメインを検証します (TlsSettings DomainValidation)。</translation>
    </message>
    <message>
        <source>Make sure the smart host presents a certificate for the partner domain.</source>
        <translation>スマート ホストがパートナー ドメインの証明書を提示することを確認してください。</translation>
    </message>
    <message>
        <source>Exchange Online sends with its own name and certificate; the FQDN %1 of send connector %2 is not exported.</source>
        <translation>Exchange Online は自身の名前と証明書で送信します。送信コネクタ %2 の FQDN %1 はエクスポートされません。</translation>
    </message>
    <message>
        <source>Tell the partner to expect Exchange Online&apos;s certificate name instead.</source>
        <translation>代わりに Exchange Online の証明書の名前を想定するようパートナーに伝えてください。</translation>
    </message>
    <message>
        <source>The outbound connector name &quot;%1&quot; is longer than the %2 characters Exchange Online accepts.</source>
        <translation>アウトバウンド コネクタ名 &quot;%1&quot; は、Exchange Online が受け付ける %2 文字を超えています。</translation>
    </message>
    <message>
        <source>Shorten the send connector&apos;s name.</source>
        <translation>送信コネクタの名前を短くしてください。</translation>
    </message>
</context>
<context>
    <name>ExchangeShellExporter</name>
    <message>
        <source>Exchange 2007 Management Shell script</source>
        <translation>Exchange 2007 管理シェル スクリプト</translation>
    </message>
    <message>
        <source>server name</source>
        <translation>サーバー名</translation>
    </message>
    <message>
        <source>server name &quot;%1&quot; cannot be used in an identity</source>
        <translation>サーバー名 &quot;%1&quot; は ID に使用できません</translation>
    </message>
    <message>
        <source>DomainSecure export: Exchange Management Shell script for Exchange Server 2007</source>
        <translation>DomainSecure のエクスポート: Exchange Server 2007 用 Exchange 管理シェル スクリプト</translation>
    </message>
    <message>
        <source>Server %1 (%2), organization %3.</source>
        <translation>サーバー %1 (%2)、組織 %3。</translation>
    </message>
    <message>
        <source>server FQDN</source>
        <translation>サーバーの FQDN</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>single-quoted literal, so nothing in it is expanded or executed.</source>
        <translation>単一引用符で囲んだリテラルのため、値の中身が展開されたり実行されたりすることはありません。</translation>
    </message>
    <message>
        <source>The script stops at the first error; running it again updates what already exists.</source>
        <translation>スクリプトは最初のエラーで停止します。再実行すると、既に存在するものが更新されます。</translation>
    </message>
    <message>
        <source>The workspace has no certificate enabled for SMTP on this server: nothing to import.</source>
        <translation>ワークスペースには、このサーバーで SMTP に対して有効な証明書がありません。インポートするものはありません。</translation>
    </message>
    <message>
        <source>server %1 has no certificate enabled for SMTP; the script configures no certificate</source>
        <translation>サーバー %1 には SMTP に対して有効な証明書がないため、スクリプトは証明書を構成しません</translation>
    </message>
    <message>
        <source>certificate thumbprint &quot;%1&quot; is not 40 hexadecimal digits</source>
        <translation>証明書の拇印 &quot;%1&quot; が 16 進数 40 桁ではありません</translation>
    </message>
    <message>
        <source>Imports %1 (subject %2) from %3 unless a certificate with this thumbprint is</source>
        <translation>%1 (サブジェクト %2) を %3 からインポートします (この拇印の証明書が</translation>
    </message>
    <message>
        <source>thumbprint</source>
        <translation>拇印</translation>
    </message>
    <message>
        <source>certificate subject</source>
        <translation>証明書のサブジェクト</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>ファイル名</translation>
    </message>
    <message>
        <source>The PFX password is asked when the script runs; it is never written into this file.</source>
        <translation>PFX のパスワードはスクリプトの実行時に入力を求められます。このファイルに書き込まれることはありません。</translation>
    </message>
    <message>
        <source>prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <source>Password of the PFX file %1</source>
        <translation>PFX ファイル %1 のパスワード</translation>
    </message>
    <message>
        <source>The workspace has no receive connector for this server.</source>
        <translation>ワークスペースには、このサーバーの受信コネクタがありません。</translation>
    </message>
    <message>
        <source>receive connector name</source>
        <translation>受信コネクタ名</translation>
    </message>
    <message>
        <source>receive connector identity</source>
        <translation>受信コネクタの ID</translation>
    </message>
    <message>
        <source>binding</source>
        <translation>バインド</translation>
    </message>
    <message>
        <source>remote IP range</source>
        <translation>リモート IP アドレス範囲</translation>
    </message>
    <message>
        <source>Domain security: the partner&apos;s gateway must present a certificate over mutual TLS.</source>
        <translation>ドメイン セキュリティ: パートナーのゲートウェイは相互 TLS で証明書を提示する必要があります。</translation>
    </message>
    <message>
        <source>The workspace has no send connector for this server.</source>
        <translation>ワークスペースには、このサーバーの送信コネクタがありません。</translation>
    </message>
    <message>
        <source>send connector name</source>
        <translation>送信コネクタ名</translation>
    </message>
    <message>
        <source>send connector %1: source transport servers are not valid on an Edge server and are left out of the script</source>
        <translation>送信コネクタ %1: 発信元トランスポート サーバーはエッジ サーバーでは無効なため、スクリプトから除外されます</translation>
    </message>
    <message>
        <source>Domain security: mail is sent only over mutual TLS to a certificate of the partner domain.</source>
        <translation>ドメイン セキュリティ: メールは、パートナー ドメインの証明書に対して相互 TLS でのみ送信されます。</translation>
    </message>
    <message>
        <source>list is read, the missing domains are appended and the list is written back only when it</source>
        <translation>各リストを読み取って不足しているドメインを追加し、変更があった場合にのみ</translation>
    </message>
    <message>
        <source>changed; entries that are already there are kept.</source>
        <translation>リストを書き戻します。既存のエントリは保持されます。</translation>
    </message>
    <message>
        <source>%1: the workspace adds no domain.</source>
        <translation>%1: ワークスペースから追加されるドメインはありません。</translation>
    </message>
    <message>
        <source>domain-secure domain</source>
        <translation>ドメイン セキュリティ ドメイン</translation>
    </message>
    <message>
        <source>Exchange Management Shell script: run it on %1</source>
        <translation>Exchange 管理シェル スクリプト: %1 で実行してください</translation>
    </message>
    <message>
        <source>already installed. Export that file from DomainSecure with (legacy encryption: Windows</source>
        <translation>既にインストールされている場合を除く)。このファイルは DomainSecure から次のコマンドでエクスポートします (従来の暗号化: Windows</translation>
    </message>
    <message>
        <source>Server 2003/2008 cannot read AES-protected PFX files)</source>
        <translation>Server 2003/2008 は AES で保護された PFX ファイルを読み取れません)</translation>
    </message>
    <message>
        <source>copy the PFX file %1 (exported with &quot;cert export %2 --format pfx --legacy-pfx&quot;, or &quot;export exchange --pfx-password-file FILE&quot;) beside the script</source>
        <translation>PFX ファイル %1 (&quot;cert export %2 --format pfx --legacy-pfx&quot; または &quot;export exchange --pfx-password-file FILE&quot; でエクスポート) をスクリプトと同じ場所にコピーしてください</translation>
    </message>
    <message>
        <source>Runs on: this standalone Edge Transport server (not subscribed to an organization), in</source>
        <translation>実行場所: このスタンドアロンのエッジ トランスポート サーバー (組織にサブスクライブされていない) の</translation>
    </message>
    <message>
        <source>the Exchange Management Shell as a local administrator. It is the only script to run.</source>
        <translation>Exchange 管理シェルで、ローカル管理者として実行します。実行するスクリプトはこれだけです。</translation>
    </message>
    <message>
        <source>Runs on: this Edge Transport server, subscribed to the organization (EdgeSync), in the</source>
        <translation>実行場所: 組織にサブスクライブされた (EdgeSync) このエッジ トランスポート サーバーの</translation>
    </message>
    <message>
        <source>Exchange Management Shell as a local administrator. It configures only what belongs on</source>
        <translation>Exchange 管理シェルで、ローカル管理者として実行します。エッジに属するものだけを構成します。</translation>
    </message>
    <message>
        <source>the Edge; send connectors and the domain-secure lists come from the Hub through EdgeSync.</source>
        <translation>送信コネクタとドメイン セキュリティ リストは EdgeSync によりハブから複製されます。</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>順序:</translation>
    </message>
    <message>
        <source>  1. This script on %1.</source>
        <translation>  1. %1 でこのスクリプトを実行します。</translation>
    </message>
    <message>
        <source>  2. If it reports that the SMTP certificate changed: renew the Edge Subscription (on</source>
        <translation>  2. SMTP 証明書が変更されたと報告された場合: エッジ サブスクリプションを更新します (</translation>
    </message>
    <message>
        <source>     this Edge: New-EdgeSubscription -FileName FILE; copy FILE to a Hub Transport server</source>
        <translation>     このエッジで New-EdgeSubscription -FileName FILE を実行し、FILE をハブ トランスポート サーバーにコピーして</translation>
    </message>
    <message>
        <source>     and run New-EdgeSubscription -FileName FILE -Site SITE there).</source>
        <translation>     そこで New-EdgeSubscription -FileName FILE -Site SITE を実行します)。</translation>
    </message>
    <message>
        <source>  3. The organization part on a Hub Transport server: the workspace has no Hub yet.</source>
        <translation>  3. 組織の部分をハブ トランスポート サーバーで実行します: ワークスペースにはまだハブがありません。</translation>
    </message>
    <message>
        <source>  3. The organization part on the Hub: %1 (export exchange --server %2).</source>
        <translation>  3. 組織の部分をハブで実行します: %1 (export exchange --server %2)。</translation>
    </message>
    <message>
        <source>  4. After EdgeSync replicated (or Start-EdgeSynchronization on the Hub), this script</source>
        <translation>  4. EdgeSync による複製の後 (またはハブで Start-EdgeSynchronization を実行した後)、このスクリプトを</translation>
    </message>
    <message>
        <source>     again: it changes nothing more and its last step verifies the whole result.</source>
        <translation>     もう一度実行します: これ以上何も変更せず、最後の手順で結果全体を検証します。</translation>
    </message>
    <message>
        <source>Runs on: this Hub Transport server, in the Exchange Management Shell as an Exchange</source>
        <translation>実行場所: このハブ トランスポート サーバーの Exchange 管理シェルで、Exchange</translation>
    </message>
    <message>
        <source>Organization Administrator. It configures the organization part (send connectors and</source>
        <translation>組織管理者として実行します。組織の部分 (送信コネクタと</translation>
    </message>
    <message>
        <source>the domain-secure lists) that EdgeSync replicates to the subscribed Edge servers.</source>
        <translation>ドメイン セキュリティ リスト) を構成し、EdgeSync がサブスクライブされたエッジ サーバーに複製します。</translation>
    </message>
    <message>
        <source>Order: first the script of each subscribed Edge (%1), then this one; then run the Edge</source>
        <translation>順序: まずサブスクライブされた各エッジのスクリプト (%1)、次にこのスクリプトを実行します。その後、</translation>
    </message>
    <message>
        <source>none in the workspace</source>
        <translation>ワークスペースにはありません</translation>
    </message>
    <message>
        <source>scripts again after EdgeSync replicated to verify the result there.</source>
        <translation>EdgeSync の複製後にエッジのスクリプトをもう一度実行して、結果をそこで検証します。</translation>
    </message>
    <message>
        <source>Written for Windows PowerShell 1.0. Every value taken from the workspace is a</source>
        <translation>Windows PowerShell 1.0 用に書かれています。ワークスペースから取得した値はすべて</translation>
    </message>
    <message>
        <source>Step %1: the SMTP certificate.</source>
        <translation>手順 %1: SMTP 証明書。</translation>
    </message>
    <message>
        <source>Enabled for SMTP only when it is not yet: the certificate for STARTTLS and domain</source>
        <translation>まだ SMTP に対して有効でない場合にだけ有効にします: STARTTLS とドメイン セキュリティの</translation>
    </message>
    <message>
        <source>security. Exchange asks whether to replace the current default SMTP certificate: answer</source>
        <translation>証明書です。Exchange が現在の既定の SMTP 証明書を置き換えるかどうかを確認するので、</translation>
    </message>
    <message>
        <source>Yes. (-Force, which skips that question, is documented from Exchange 2010 only.)</source>
        <translation>[はい] と答えてください。(この確認を省略する -Force は Exchange 2010 以降でのみ文書化されています。)</translation>
    </message>
    <message>
        <source>Step %1: the partner root CAs in the Local Computer&apos;s Trusted Root store.</source>
        <translation>手順 %1: ローカル コンピューターの信頼されたルート ストアにあるパートナーのルート CA。</translation>
    </message>
    <message>
        <source>The workspace trusts no partner root CA: partners need certificates of CAs Windows</source>
        <translation>ワークスペースはパートナーのルート CA を信頼していません: パートナーには、Windows が</translation>
    </message>
    <message>
        <source>already trusts.</source>
        <translation>既に信頼している CA の証明書が必要です。</translation>
    </message>
    <message>
        <source>Each file in partner-roots beside this script is added unless a certificate with its</source>
        <translation>このスクリプトの横にある partner-roots の各ファイルは、同じ拇印の証明書が</translation>
    </message>
    <message>
        <source>thumbprint is there; then every root is checked before domain security is enabled.</source>
        <translation>まだない場合に追加されます。その後、ドメイン セキュリティを有効にする前にすべてのルートを確認します。</translation>
    </message>
    <message>
        <source>Partner root %1.</source>
        <translation>パートナーのルート %1。</translation>
    </message>
    <message>
        <source>message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>%1 is not the expected partner root</source>
        <translation>%1 は想定されたパートナーのルートではありません</translation>
    </message>
    <message>
        <source>partner root CA the script adds to the Trusted Root store</source>
        <translation>スクリプトが信頼されたルート ストアに追加するパートナーのルート CA</translation>
    </message>
    <message>
        <source>Domain security is not enabled: missing from LocalMachine\Root:</source>
        <translation>ドメイン セキュリティは有効にされません: LocalMachine\Root にありません:</translation>
    </message>
    <message>
        <source>Step %1: receive connectors of %2 (Get- then Set-, else New-).</source>
        <translation>手順 %1: %2 の受信コネクタ (Get- の後に Set-、なければ New-)。</translation>
    </message>
    <message>
        <source>Step %1.%2: receive connector %3, usage %4.</source>
        <translation>手順 %1.%2: 受信コネクタ %3、用途 %4。</translation>
    </message>
    <message>
        <source>Created with the Custom usage and every setting explicit: the %1 usage cannot take %2.</source>
        <translation>用途 Custom で、すべての設定を明示して作成します: 用途 %1 では %2 を指定できません。</translation>
    </message>
    <message>
        <source>A connector with this binding for all remote addresses (the Edge&apos;s default receive</source>
        <translation>このバインドですべてのリモート アドレスを受け付けるコネクタ (エッジの既定の受信</translation>
    </message>
    <message>
        <source>connector) is updated instead of creating a second one, which Exchange refuses.</source>
        <translation>コネクタ) を更新します。Exchange は 2 つ目の作成を拒否するためです。</translation>
    </message>
    <message>
        <source>Step %1: send connectors (organization objects; Get- then Set-, else New-).</source>
        <translation>手順 %1: 送信コネクタ (組織のオブジェクト。Get- の後に Set-、なければ New-)。</translation>
    </message>
    <message>
        <source>Step %1.%2: send connector %3, usage %4.</source>
        <translation>手順 %1.%2: 送信コネクタ %3、用途 %4。</translation>
    </message>
    <message>
        <source>Step %1: domain-secure lists. Exchange 2007 replaces a whole list when it is set, so each</source>
        <translation>手順 %1: ドメイン セキュリティ リスト。Exchange 2007 はリストを設定するとリスト全体を置き換えるため、各</translation>
    </message>
    <message>
        <source>server %1 is a subscribed Edge: its send connectors and the domain-secure lists are configured on a Hub Transport server, and the workspace has none (server add --role hub)</source>
        <translation>サーバー %1 はサブスクライブされたエッジです: 送信コネクタとドメイン セキュリティ リストはハブ トランスポート サーバーで構成しますが、ワークスペースにはありません (server add --role hub)</translation>
    </message>
    <message>
        <source>server %1 is a subscribed Edge: export the send connectors and the domain-secure lists with export exchange --server %2</source>
        <translation>サーバー %1 はサブスクライブされたエッジです: 送信コネクタとドメイン セキュリティ リストは export exchange --server %2 でエクスポートしてください</translation>
    </message>
    <message>
        <source>Step %1: verify what this script configured; each failed check prints a warning.</source>
        <translation>手順 %1: このスクリプトが構成した内容を検証します。失敗した確認ごとに警告を表示します。</translation>
    </message>
    <message>
        <source>The SMTP certificate&apos;s status is not Valid.</source>
        <translation>SMTP 証明書の状態が Valid ではありません。</translation>
    </message>
    <message>
        <source>The certificate is not enabled for SMTP.</source>
        <translation>証明書が SMTP に対して有効になっていません。</translation>
    </message>
    <message>
        <source>The SMTP certificate has expired.</source>
        <translation>SMTP 証明書の有効期限が切れています。</translation>
    </message>
    <message>
        <source>Partner root %1 is missing from LocalMachine\Root.</source>
        <translation>パートナーのルート %1 が LocalMachine\Root にありません。</translation>
    </message>
    <message>
        <source>Receive connector %1 does not have domain security enabled.</source>
        <translation>受信コネクタ %1 でドメイン セキュリティが有効になっていません。</translation>
    </message>
    <message>
        <source>Send connector %1 does not have domain security enabled.</source>
        <translation>送信コネクタ %1 でドメイン セキュリティが有効になっていません。</translation>
    </message>
    <message>
        <source>The lists come from the Hub through EdgeSync: they pass once it has replicated.</source>
        <translation>リストは EdgeSync によりハブから複製されます: 複製後に確認が通ります。</translation>
    </message>
    <message>
        <source>%1 is not in %2.</source>
        <translation>%1 は %2 にありません。</translation>
    </message>
    <message>
        <source>Verification passed.</source>
        <translation>検証に成功しました。</translation>
    </message>
    <message>
        <source>Verification: checks failed:</source>
        <translation>検証: 失敗した確認の数:</translation>
    </message>
    <message>
        <source>Test each partner from outside, on a computer with the DomainSecure workspace:</source>
        <translation>DomainSecure ワークスペースのあるコンピューターから、各パートナーを外部からテストします:</translation>
    </message>
    <message>
        <source>Test from outside: %1</source>
        <translation>外部からのテスト: %1</translation>
    </message>
    <message>
        <source>The SMTP certificate of this Edge changed: renew the Edge Subscription. On this Edge: New-EdgeSubscription -FileName C:\EdgeSubscription.xml; copy the file to a Hub Transport server and run there: New-EdgeSubscription -FileName C:\EdgeSubscription.xml -Site SITE.</source>
        <translation>このエッジの SMTP 証明書が変更されました: エッジ サブスクリプションを更新してください。このエッジで New-EdgeSubscription -FileName C:\EdgeSubscription.xml を実行し、ファイルをハブ トランスポート サーバーにコピーしてそこで New-EdgeSubscription -FileName C:\EdgeSubscription.xml -Site SITE を実行します。</translation>
    </message>
    <message>
        <source>Partner certificates this Edge accepts with domain security (TLSReceiveDomainSecureList):</source>
        <translation>この Edge がドメイン セキュリティで受け付けるパートナー証明書 (TLSReceiveDomainSecureList):</translation>
    </message>
    <message>
        <source>a certificate that chains to a root trusted on this server and carries the partner</source>
        <translation>このサーバーで信頼されたルートにチェーンし、パートナー ドメインをサブジェクトまたは</translation>
    </message>
    <message>
        <source>domain in its subject or subjectAltNames. Exchange does not pin keys: any such</source>
        <translation>subjectAltNames に含む証明書です。Exchange は鍵を固定しません。条件を満たす証明書はすべて</translation>
    </message>
    <message>
        <source>certificate is accepted, not only the partner certificates listed here.</source>
        <translation>受け付けられ、ここに挙げたパートナー証明書に限られません。</translation>
    </message>
    <message>
        <source>  %1: no partner certificate in the workspace.</source>
        <translation>  %1: ワークスペースにパートナー証明書がありません。</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <source>  %1: %2, names %3, valid until %4: %5.</source>
        <translation>  %1: %2、名前 %3、有効期限 %4: %5。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>certificate names</source>
        <translation>証明書の名前</translation>
    </message>
    <message>
        <source>carries the domain</source>
        <translation>ドメインを含みます</translation>
    </message>
    <message>
        <source>does NOT carry the domain, Exchange refuses it</source>
        <translation>ドメインを含まないため、Exchange は拒否します</translation>
    </message>
    <message>
        <source>%1 Management Shell script</source>
        <translation>%1 管理シェル スクリプト</translation>
    </message>
    <message>
        <source>DomainSecure export: Exchange Management Shell script for %1</source>
        <translation>DomainSecure のエクスポート: %1 用 Exchange 管理シェル スクリプト</translation>
    </message>
    <message>
        <source>From Exchange 2013 the Hub Transport role is part of the Mailbox server: run this</source>
        <translation>Exchange 2013 以降、ハブ トランスポートの役割はメールボックス サーバーに含まれます。このスクリプトは</translation>
    </message>
    <message>
        <source>script on the Mailbox server %1; its receive connectors get -TransportRole.</source>
        <translation>メールボックス サーバー %1 で実行してください。受信コネクタには -TransportRole が付きます。</translation>
    </message>
    <message>
        <source>Written for Windows PowerShell %1. Every value taken from the workspace is a</source>
        <translation>Windows PowerShell %1 用に書かれています。ワークスペースから取得した値はすべて</translation>
    </message>
    <message>
        <source>Yes.</source>
        <translation>[はい] と答えてください。</translation>
    </message>
    <message>
        <source>Step %1: domain-secure lists. The domains missing from each list are added with</source>
        <translation>手順 %1: ドメイン セキュリティ リスト。各リストにないドメインを</translation>
    </message>
    <message>
        <source>@{Add=...} (Exchange 2010 SP1 and later); entries that are already there are kept.</source>
        <translation>@{Add=...} で追加します (Exchange 2010 SP1 以降)。既存のエントリは保持されます。</translation>
    </message>
    <message>
        <source>certificate %1 of %2: -TlsCertificateName is not written (%3); Exchange picks the certificate by the connector&apos;s FQDN</source>
        <translation>%2 の証明書 %1: -TlsCertificateName は書き出されません (%3)。Exchange はコネクタの FQDN で証明書を選びます</translation>
    </message>
    <message>
        <source>send connector %1: its source servers present certificates with different names, so -TlsCertificateName is not written</source>
        <translation>送信コネクタ %1: 送信元サーバーが異なる名前の証明書を提示するため、-TlsCertificateName は書き出されません</translation>
    </message>
    <message>
        <source>The connectors below name this certificate with -TlsCertificateName; stop if Exchange shows</source>
        <translation>以下のコネクタは -TlsCertificateName でこの証明書を指定します。Exchange が表示する</translation>
    </message>
    <message>
        <source>its issuer or subject otherwise (the name would pick no certificate).</source>
        <translation>発行者またはサブジェクトが異なる場合は停止します (その名前ではどの証明書も選ばれません)。</translation>
    </message>
    <message>
        <source>TLS certificate name</source>
        <translation>TLS 証明書名</translation>
    </message>
    <message>
        <source>The TLS certificate name DomainSecure computed differs from the certificate&apos;s issuer and subject; the connectors were not changed.</source>
        <translation>DomainSecure が算出した TLS 証明書名が証明書の発行者とサブジェクトと異なります。コネクタは変更されていません。</translation>
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
        <translation>Exchange Server 2016、2019、Subscription Edition</translation>
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
        <translation>新規</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>変更あり</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>変更なし</translation>
    </message>
</context>
<context>
    <name>ExportResult</name>
    <message>
        <source>refusing to write the file name &quot;%1&quot;</source>
        <translation>ファイル名 &quot;%1&quot; には書き込めません</translation>
    </message>
</context>
<context>
    <name>ExportVerb</name>
    <message>
        <source>Write the Postfix bundle of a server (postconf lines, maps, certificate and key, apply.sh, README) into DIR and optionally apply it to a Postfix configuration directory. Refused while &quot;lint --target postfix&quot; reports errors.</source>
        <translation>サーバーの Postfix バンドル (postconf の行、マップ、証明書とキー、apply.sh、README) を DIR に書き込み、必要に応じて Postfix 構成ディレクトリに適用します。&quot;lint --target postfix&quot; がエラーを報告している間は拒否されます。</translation>
    </message>
    <message>
        <source>The server (default: the only one).</source>
        <translation>サーバー (既定: ワークスペース内の唯一のサーバー)。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Directory to write the bundle to (created if missing).</source>
        <translation>バンドルを書き込むディレクトリ (存在しない場合は作成されます)。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Apply the bundle to this Postfix configuration directory (postconf -c, postmap, postfix check).</source>
        <translation>バンドルをこの Postfix 構成ディレクトリに適用します (postconf -c、postmap、postfix check)。</translation>
    </message>
    <message>
        <source>CONFIG_DIR</source>
        <translation>CONFIG_DIR</translation>
    </message>
    <message>
        <source>With --apply: also replace main.cf settings and master.cf services the administrator set to other values (server certificate, myhostname, a smaller message_size_limit); refused without it.</source>
        <translation>--apply と共に指定: 管理者が別の値に設定した main.cf の設定と master.cf のサービス (サーバー証明書、myhostname、より小さい message_size_limit) も置き換えます。指定しない場合は拒否されます。</translation>
    </message>
    <message>
        <source>Write the SMTP certificate&apos;s private key into the bundle although it is marked non-exportable: the administrator wants the key on that server. Refused without it.</source>
        <translation>SMTP 証明書の秘密キーを、エクスポート不可とされていてもバンドルに書き込みます (管理者がそのサーバーにキーを置くと決めた場合)。指定しないと拒否されます。</translation>
    </message>
    <message>
        <source>The script file to write (FILE.ps1, or a directory).</source>
        <translation>書き込むスクリプト ファイル (FILE.ps1 またはディレクトリ)。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Also write the SMTP certificate as a PFX beside the script, protected by the password on the first line of FILE.</source>
        <translation>SMTP 証明書も PFX としてスクリプトと同じ場所に書き込みます。PFX は FILE の 1 行目のパスワードで保護されます。</translation>
    </message>
    <message>
        <source>export: unexpected argument &quot;%1&quot;</source>
        <translation>export: 予期しない引数 &quot;%1&quot; です</translation>
    </message>
    <message>
        <source>export %1: --out is required</source>
        <translation>export %1: --out は必須です</translation>
    </message>
    <message>
        <source>export %1: give --server (the workspace has %2 servers)</source>
        <translation>export %1: --server を指定してください (ワークスペースには %2 台のサーバーがあります)</translation>
    </message>
    <message>
        <source>export %1: the workspace has no server &quot;%2&quot;</source>
        <translation>export %1: ワークスペースにサーバー &quot;%2&quot; がありません</translation>
    </message>
    <message numerus="yes">
        <source>export %1 refused: &quot;lint --target %1&quot; reports %n error(s); nothing was written</source>
        <translation>
            <numerusform>export %1 を拒否しました: &quot;lint --target %1&quot; が %n 件のエラーを報告しています。何も書き込まれていません</numerusform>
        </translation>
    </message>
    <message>
        <source>export exchange: server %1 has no SMTP certificate to write as PFX</source>
        <translation>export exchange: サーバー %1 には PFX として書き込む SMTP 証明書がありません</translation>
    </message>
    <message>
        <source>SMTP certificate and key the script imports (PKCS#12)</source>
        <translation>スクリプトがインポートする SMTP 証明書とキー (PKCS#12)</translation>
    </message>
    <message>
        <source>export postfix: the bundle was written to %1, but applying it to %2 failed: %3</source>
        <translation>export postfix: バンドルは %1 に書き込まれましたが、%2 への適用に失敗しました: %3</translation>
    </message>
    <message>
        <source>Wrote %1 (%2): %3</source>
        <translation>%1 (%2) を書き込みました: %3</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>Applied to %1:</source>
        <translation>%1 に適用しました:</translation>
    </message>
    <message>
        <source>The previous files are in %1</source>
        <translation>以前のファイルは %1 にあります</translation>
    </message>
    <message>
        <source>Reload Postfix to use it: postfix -c %1 reload</source>
        <translation>使用するには Postfix を再読み込みしてください: postfix -c %1 reload</translation>
    </message>
    <message>
        <source>Applied to %1: nothing changed</source>
        <translation>%1 に適用しました: 変更はありません</translation>
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
        <translation>サーバーの Exchange 管理シェル スクリプトを Exchange 2007、2010、2013、または 2016/2019/SE 用に、または組織の Exchange Online PowerShell スクリプト (サーバー不要) を、--version の指定に従って書き出します (既定はワークスペースのリリース。&quot;workspace set&quot; を参照)。&quot;lint --target exchange&lt;VERSION&gt;&quot; (online の場合は exchange-online) がエラーを報告している間は拒否されます。</translation>
    </message>
    <message>
        <source>The Exchange release the script is written for: 2007, 2010, 2013, 2016 (also 2019 and Subscription Edition) or online (Exchange Online); default: the workspace&apos;s release.</source>
        <translation>スクリプトの対象とする Exchange のリリース: 2007、2010、2013、2016 (2019 と Subscription Edition を含む)、または online (Exchange Online)。既定はワークスペースのリリースです。</translation>
    </message>
    <message>
        <source>export exchange: --version must be 2007, 2010, 2013, 2016 or online, not &quot;%1&quot;</source>
        <translation>export exchange: --version には &quot;%1&quot; ではなく 2007、2010、2013、2016、または online を指定してください</translation>
    </message>
    <message>
        <source>export exchange: Exchange Online imports no certificate; --pfx-password-file does not apply</source>
        <translation>export exchange: Exchange Online は証明書をインポートしないため、--pfx-password-file は使用できません</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>the workspace has no server &quot;%1&quot;</source>
        <translation>ワークスペースにサーバー &quot;%1&quot; がありません</translation>
    </message>
    <message numerus="yes">
        <source>export to %1 refused: lint --target %2 reports %n error(s); first: %3</source>
        <translation>
            <numerusform>%1 へのエクスポートを拒否しました: lint --target %2 が %n 件のエラーを報告しています。最初のエラー: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>%1 %2 %3: %4</source>
        <translation>%1 %2 %3: %4</translation>
    </message>
    <message>
        <source>(fix: %1)</source>
        <translation>(対処方法: %1)</translation>
    </message>
</context>
<context>
    <name>Fqdn</name>
    <message>
        <source>is empty</source>
        <translation>空です</translation>
    </message>
    <message>
        <source>contains a space</source>
        <translation>スペースが含まれています</translation>
    </message>
    <message>
        <source>contains @; give a domain or host name, not a mail address</source>
        <translation>@ が含まれています。メール アドレスではなく、ドメイン名またはホスト名を指定してください</translation>
    </message>
    <message>
        <source>is not a valid internationalized domain name</source>
        <translation>有効な国際化ドメイン名ではありません</translation>
    </message>
    <message>
        <source>is %1 characters long; a DNS name has at most %2</source>
        <translation>長さが %1 文字です。DNS 名は最大 %2 文字です</translation>
    </message>
    <message>
        <source>has an empty label (two dots in a row, or a dot at the start)</source>
        <translation>空のラベルがあります (ドットが 2 つ連続しているか、先頭にドットがあります)</translation>
    </message>
    <message>
        <source>has a label of %1 characters; at most %2 are allowed</source>
        <translation>%1 文字のラベルがあります。ラベルは最大 %2 文字です</translation>
    </message>
    <message>
        <source>has the label &quot;%1&quot; starting or ending with a hyphen</source>
        <translation>ラベル &quot;%1&quot; の先頭または末尾がハイフンです</translation>
    </message>
    <message>
        <source>contains a wildcard *, which is not allowed here</source>
        <translation>ワイルドカード * が含まれています。ここでは使用できません</translation>
    </message>
    <message>
        <source>contains &quot;%1&quot;; DNS names use letters, digits, hyphens and dots</source>
        <translation>&quot;%1&quot; が含まれています。DNS 名に使用できるのは英字、数字、ハイフン、ドットです</translation>
    </message>
    <message>
        <source>FQDN &quot;%1&quot; %2</source>
        <translation>FQDN &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>FreeText</name>
    <message>
        <source>contains a line break at position %1</source>
        <translation>位置 %1 に改行が含まれています</translation>
    </message>
    <message>
        <source>contains a tab at position %1</source>
        <translation>位置 %1 にタブが含まれています</translation>
    </message>
    <message>
        <source>contains the control character %1 at position %2</source>
        <translation>位置 %2 に制御文字 %1 が含まれています</translation>
    </message>
    <message>
        <source>contains the Unicode line or paragraph separator %1 at position %2</source>
        <translation>位置 %2 に Unicode の行区切り文字または段落区切り文字 %1 が含まれています</translation>
    </message>
    <message>
        <source>contains the typographic quote %1 (%2) at position %3; use a plain &apos; or &quot; instead</source>
        <translation>位置 %3 に印刷用引用符 %1 (%2) が含まれています。代わりに通常の &apos; または &quot; を使用してください</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>空です</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation>長さが %1 文字です。最大 %2 文字までです</translation>
    </message>
    <message>
        <source>contains a backslash, which separates server and connector in SERVER\Name</source>
        <translation>円記号 (バックスラッシュ) が含まれています。円記号は SERVER\Name でサーバーとコネクタを区切る文字です</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; %3</source>
        <translation>%1 &quot;%2&quot;: %3</translation>
    </message>
</context>
<context>
    <name>Gate</name>
    <message>
        <source>%1: %2 Fix: %3</source>
        <translation>%1: %2 対処方法: %3</translation>
    </message>
</context>
<context>
    <name>IpRange</name>
    <message>
        <source>IP range &quot;%1&quot; %2</source>
        <translation>IP アドレス範囲 &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>is not an IPv4 address: it needs four numbers separated by dots</source>
        <translation>IPv4 アドレスではありません。ドットで区切った 4 つの数値が必要です</translation>
    </message>
    <message>
        <source>is not an IPv4 address: &quot;%1&quot; is not a number from 0 to 255</source>
        <translation>IPv4 アドレスではありません。&quot;%1&quot; は 0 ～ 255 の数値ではありません</translation>
    </message>
    <message>
        <source>has a leading zero in &quot;%1&quot;, which some tools read as octal</source>
        <translation>&quot;%1&quot; の先頭に 0 があります。一部のツールでは 8 進数として解釈されます</translation>
    </message>
    <message>
        <source>is not an IPv4 address: %1 is larger than 255</source>
        <translation>IPv4 アドレスではありません。%1 は 255 より大きい値です</translation>
    </message>
    <message>
        <source>IP address &quot;%1&quot; %2</source>
        <translation>IP アドレス &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>空です</translation>
    </message>
    <message>
        <source>has an IPv6 zone index (%...); zones are local to one host and not allowed here</source>
        <translation>IPv6 のゾーン インデックス (%...) があります。ゾーンは 1 台のホスト内でのみ有効なため、ここでは使用できません</translation>
    </message>
    <message>
        <source>is not an IPv6 address: &quot;%1&quot; is not allowed in one</source>
        <translation>IPv6 アドレスではありません。IPv6 アドレスに &quot;%1&quot; は使用できません</translation>
    </message>
    <message>
        <source>is not a valid IPv6 address</source>
        <translation>有効な IPv6 アドレスではありません</translation>
    </message>
    <message>
        <source>contains a space; give one range per entry</source>
        <translation>スペースが含まれています。1 つのエントリには 1 つの範囲を指定してください</translation>
    </message>
    <message>
        <source>mixes a range (a-b) and a CIDR prefix (/n)</source>
        <translation>範囲 (a-b) と CIDR プレフィックス (/n) が混在しています</translation>
    </message>
    <message>
        <source>has the prefix length &quot;%1&quot;; it must be a number from 0 to %2</source>
        <translation>プレフィックス長が &quot;%1&quot; です。0 ～ %2 の数値を指定してください</translation>
    </message>
    <message>
        <source>has host bits set after the prefix; did you mean %1/%2?</source>
        <translation>プレフィックスより後ろのホスト ビットが設定されています。%1/%2 の誤りではありませんか?</translation>
    </message>
    <message>
        <source>mixes IPv4 and IPv6 addresses</source>
        <translation>IPv4 アドレスと IPv6 アドレスが混在しています</translation>
    </message>
    <message>
        <source>starts after it ends; write the lower address first</source>
        <translation>開始アドレスが終了アドレスより後ろです。小さいアドレスを先に指定してください</translation>
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
        <translation>空のパスフレーズではキーを保護できません</translation>
    </message>
    <message>
        <source>the private key is not valid PKCS#8 data</source>
        <translation>秘密キーが有効な PKCS#8 データではありません</translation>
    </message>
    <message>
        <source>cannot set up key encryption: %1</source>
        <translation>キーの暗号化を準備できません: %1</translation>
    </message>
    <message>
        <source>cannot encrypt the private key: %1</source>
        <translation>秘密キーを暗号化できません: %1</translation>
    </message>
    <message>
        <source>the encrypted private key is damaged (not EncryptedPrivateKeyInfo)</source>
        <translation>暗号化された秘密キーが破損しています (EncryptedPrivateKeyInfo ではありません)</translation>
    </message>
    <message>
        <source>wrong passphrase: the private key cannot be decrypted</source>
        <translation>パスフレーズが正しくありません。秘密キーを復号化できません</translation>
    </message>
    <message>
        <source>the private key is encrypted: a workspace passphrase is needed</source>
        <translation>秘密キーは暗号化されています。ワークスペースのパスフレーズが必要です</translation>
    </message>
</context>
<context>
    <name>KeySpec</name>
    <message>
        <source>unknown key type &quot;%1&quot;: use one of %2</source>
        <translation>不明なキーの種類 &quot;%1&quot; です。%2 のいずれかを使用してください</translation>
    </message>
</context>
<context>
    <name>LintVerb</name>
    <message>
        <source>Check connectors, domain-secure lists and certificates; exit 1 when any finding is an error.</source>
        <translation>コネクタ、ドメイン セキュリティ リスト、証明書を確認します。検出結果にエラーがある場合は終了コード 1 で終了します。</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>TARGET</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 notes (target %4)</source>
        <translation>エラー %1 件、警告 %2 件、情報 %3 件 (対象 %4)</translation>
    </message>
    <message>
        <source>%1 (default: the workspace&apos;s Exchange release, else exchange2007).</source>
        <translation>%1 (既定: ワークスペースの Exchange のリリース、未設定なら exchange2007)。</translation>
    </message>
    <message>
        <source>lint: --target must be %1, not &quot;%2&quot;</source>
        <translation>lint: --target には &quot;%2&quot; ではなく %1 を指定してください</translation>
    </message>
    <message>
        <source>Also check an optional rule profile (repeatable): %1; its findings name the profile&apos;s rule ids.</source>
        <translation>オプションの規則プロファイルも検査します (複数指定可): %1。その検出結果にはプロファイルの規則 ID が示されます。</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFILE</translation>
    </message>
    <message>
        <source>lint: --profile must be %1, not &quot;%2&quot;</source>
        <translation>lint: --profile には &quot;%2&quot; ではなく %1 を指定してください</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 notes (target %4, profile %5)</source>
        <translation>エラー %1 件、警告 %2 件、注意 %3 件 (ターゲット %4、プロファイル %5)</translation>
    </message>
</context>
<context>
    <name>ListOperations</name>
    <message>
        <source>no domain given</source>
        <translation>ドメインが指定されていません</translation>
    </message>
    <message>
        <source>%1 list: %2</source>
        <translation>%1 一覧: %2</translation>
    </message>
    <message>
        <source>the domain-secure lists</source>
        <translation>ドメイン セキュリティの一覧</translation>
    </message>
    <message>
        <source>the domain-secure send list</source>
        <translation>ドメイン セキュリティの送信一覧</translation>
    </message>
    <message>
        <source>the domain-secure receive list</source>
        <translation>ドメイン セキュリティの受信一覧</translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <translation>%1 を%2に追加</translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation>%1 を%2から削除</translation>
    </message>
    <message>
        <source>Added %1 to the %2 list</source>
        <translation>%1 を %2 一覧に追加しました</translation>
    </message>
    <message>
        <source>%1 is on the %2 list already</source>
        <translation>%1 は既に %2 一覧にあります</translation>
    </message>
    <message>
        <source>Removed %1 from the %2 list</source>
        <translation>%1 を %2 一覧から削除しました</translation>
    </message>
    <message>
        <source>%1 was not on the %2 list</source>
        <translation>%1 は %2 一覧にありませんでした</translation>
    </message>
</context>
<context>
    <name>MxResolver</name>
    <message>
        <source>&quot;%1&quot; is not a domain name</source>
        <translation>&quot;%1&quot; はドメイン名ではありません</translation>
    </message>
    <message>
        <source>DNS gave no usable answer for %1 (%2). Give the partner gateway&apos;s host name or address instead.</source>
        <translation>DNS から %1 について使用可能な応答がありませんでした (%2)。代わりにパートナーのゲートウェイのホスト名またはアドレスを指定してください。</translation>
    </message>
    <message>
        <source>%1 publishes a null MX record (RFC 7505): the domain accepts no mail.</source>
        <translation>%1 は Null MX レコード (RFC 7505) を公開しています。このドメインはメールを受け付けません。</translation>
    </message>
    <message>
        <source>The domain %1 does not exist in DNS.</source>
        <translation>ドメイン %1 は DNS に存在しません。</translation>
    </message>
    <message>
        <source>%1 has neither an MX record nor an address record: mail cannot be delivered to it.</source>
        <translation>%1 には MX レコードもアドレス レコードもありません。このドメインにはメールを配信できません。</translation>
    </message>
    <message>
        <source>no DNS resolver configuration (/etc/resolv.conf)</source>
        <translation>DNS リゾルバーの設定がありません (/etc/resolv.conf)</translation>
    </message>
    <message>
        <source>no nameserver in /etc/resolv.conf</source>
        <translation>/etc/resolv.conf にネームサーバーがありません</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>メモリが不足しています</translation>
    </message>
    <message>
        <source>cannot build a DNS query for %1</source>
        <translation>%1 の DNS クエリを作成できません</translation>
    </message>
    <message>
        <source>the DNS server refused the query or is not reachable</source>
        <translation>DNS サーバーがクエリを拒否したか、到達できません</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s), or the server failed</source>
        <translation>
            <numerusform>%n 秒以内に応答がないか、サーバーが失敗しました</numerusform>
        </translation>
    </message>
    <message>
        <source>the DNS answer is malformed</source>
        <translation>DNS の応答の形式が正しくありません</translation>
    </message>
    <message>
        <source>the DNS server answered with error code %1</source>
        <translation>DNS サーバーがエラー コード %1 を返しました</translation>
    </message>
</context>
<context>
    <name>OrganizationOperations</name>
    <message>
        <source>Set the organization&apos;s Exchange release to %1</source>
        <translation>組織の Exchange リリースを %1 に設定</translation>
    </message>
</context>
<context>
    <name>PartnerAddVerb</name>
    <message>
        <source>Set up a domain-secure partner: a Partner receive connector accepting only the partner&apos;s gateways with mutual TLS, a Partner send connector for the partner&apos;s domains, and the domains on the domain-secure send and receive lists.</source>
        <translation>ドメイン セキュリティのパートナーを設定します: パートナーのゲートウェイだけを相互 TLS で受け付けるパートナー受信コネクタ、パートナーのドメイン宛てのパートナー送信コネクタ、およびドメイン セキュリティの送信一覧と受信一覧へのドメインの追加です。</translation>
    </message>
    <message>
        <source>The partner&apos;s name; the connectors are called &quot;From NAME&quot; and &quot;To NAME&quot;.</source>
        <translation>パートナーの名前。コネクタの名前は &quot;From NAME&quot; と &quot;To NAME&quot; になります。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>A domain of the partner (repeatable).</source>
        <translation>パートナーのドメイン (複数指定可)。</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMAIN</translation>
    </message>
    <message>
        <source>An address or range of the partner&apos;s gateways (repeatable).</source>
        <translation>パートナーのゲートウェイのアドレスまたは範囲 (複数指定可)。</translation>
    </message>
    <message>
        <source>RANGE</source>
        <translation>RANGE</translation>
    </message>
    <message>
        <source>Our server that receives from the partner (default: the only server).</source>
        <translation>パートナーから受信する自組織のサーバー (既定: 唯一のサーバー)。</translation>
    </message>
    <message>
        <source>A local address:port the receive connector listens on (repeatable).</source>
        <translation>受信コネクタが待ち受けるローカルのアドレス:ポート (複数指定可)。</translation>
    </message>
    <message>
        <source>ADDRESS:PORT</source>
        <translation>ADDRESS:PORT</translation>
    </message>
    <message>
        <source>The FQDN our connectors announce (default: the server&apos;s FQDN).</source>
        <translation>コネクタが通知する FQDN (既定: サーバーの FQDN)。</translation>
    </message>
    <message>
        <source>FQDN</source>
        <translation>FQDN</translation>
    </message>
    <message>
        <source>partner add: --name, --domain and --gateway are required</source>
        <translation>partner add: --name、--domain、--gateway は必須です</translation>
    </message>
    <message>
        <source>partner add: the workspace has several servers; give --server</source>
        <translation>partner add: ワークスペースに複数のサーバーがあります。--server を指定してください</translation>
    </message>
    <message>
        <source>Created receive connector %1\%2 and send connector %3</source>
        <translation>受信コネクタ %1\%2 と送信コネクタ %3 を作成しました</translation>
    </message>
</context>
<context>
    <name>PartnerCertAddVerb</name>
    <message>
        <source>Pin a partner&apos;s identity: import the certificate of the partner&apos;s gateway (PEM or DER) for a partner domain; its public key (SHA-256 of the SubjectPublicKeyInfo) is what the partner&apos;s gateway must present.</source>
        <translation>パートナーの ID を固定します: パートナー ドメインについて、パートナーのゲートウェイの証明書 (PEM または DER) をインポートします。パートナーのゲートウェイは、この証明書の公開鍵 (SubjectPublicKeyInfo の SHA-256) を提示する必要があります。</translation>
    </message>
    <message>
        <source>The partner domain the certificate stands for.</source>
        <translation>証明書が表すパートナー ドメイン。</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMAIN</translation>
    </message>
    <message>
        <source>The partner gateway&apos;s certificate.</source>
        <translation>パートナーのゲートウェイの証明書。</translation>
    </message>
    <message>
        <source>partner cert add: give exactly one FILE</source>
        <translation>partner cert add: FILE を 1 つだけ指定してください</translation>
    </message>
    <message>
        <source>partner cert add: --domain is required</source>
        <translation>partner cert add: --domain が必要です</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: ファイルを読み取れません: %2</translation>
    </message>
    <message>
        <source>Partner %1: this certificate is pinned already (public key %2)</source>
        <translation>パートナー %1: この証明書は既に固定されています (公開鍵 %2)</translation>
    </message>
    <message>
        <source>Partner %1: pinned public key %2 of %3, valid until %4</source>
        <translation>パートナー %1: %3 の公開鍵 %2 を固定しました (有効期限 %4)</translation>
    </message>
</context>
<context>
    <name>PartnerCertListVerb</name>
    <message>
        <source>List the pinned partner certificates: domain, public-key pin, expiry and subject.</source>
        <translation>固定されたパートナーの証明書を一覧表示します: ドメイン、公開鍵のピン、有効期限、サブジェクト。</translation>
    </message>
    <message>
        <source>Only the certificates of this partner domain.</source>
        <translation>このパートナー ドメインの証明書だけ。</translation>
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
        <translation>パートナー ドメインの固定された公開鍵を削除します (その鍵を持つすべての証明書)。</translation>
    </message>
    <message>
        <source>The partner domain.</source>
        <translation>パートナー ドメイン。</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMAIN</translation>
    </message>
    <message>
        <source>The public-key pin (64 hex digits, as partner cert list shows it).</source>
        <translation>公開鍵のピン (partner cert list が表示する 16 進 64 桁)。</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>partner cert remove: --domain and --pin are required</source>
        <translation>partner cert remove: --domain と --pin が必要です</translation>
    </message>
</context>
<context>
    <name>PartnerCertificate</name>
    <message>
        <source>a pin is the SHA-256 of a public key: 64 hexadecimal digits, optionally in pairs joined by &quot;:&quot;</source>
        <translation>ピンは公開鍵の SHA-256 です: 16 進 64 桁 (2 桁ずつ &quot;:&quot; で区切ってもかまいません)</translation>
    </message>
    <message>
        <source>has no DER data</source>
        <translation>DER データがありません</translation>
    </message>
</context>
<context>
    <name>PartnerOperations</name>
    <message>
        <source>Partner name: %1</source>
        <translation>パートナー名: %1</translation>
    </message>
    <message>
        <source>The organization already has a send connector named %1; choose another partner name.</source>
        <translation>組織には既に %1 という名前の送信コネクタがあります。別のパートナー名を選んでください。</translation>
    </message>
    <message>
        <source>%1 already has a receive connector named %2; choose another partner name.</source>
        <translation>%1 には既に %2 という名前の受信コネクタがあります。別のパートナー名を選んでください。</translation>
    </message>
    <message>
        <source>Give at least one partner domain.</source>
        <translation>パートナーのドメインを 1 つ以上指定してください。</translation>
    </message>
    <message>
        <source>Give the IP addresses of the partner&apos;s gateways.</source>
        <translation>パートナーのゲートウェイの IP アドレスを指定してください。</translation>
    </message>
    <message>
        <source>Give at least one local binding.</source>
        <translation>ローカル バインドを 1 つ以上指定してください。</translation>
    </message>
    <message>
        <source>The server %1 is not in the workspace.</source>
        <translation>サーバー %1 はワークスペースにありません。</translation>
    </message>
    <message>
        <source>New partner %1</source>
        <translation>新しいパートナー %1</translation>
    </message>
</context>
<context>
    <name>PartnerPinOperations</name>
    <message>
        <source>%1: the file is too large for a partner certificate</source>
        <translation>%1: パートナーの証明書としてはファイルが大きすぎます</translation>
    </message>
    <message>
        <source>%1 holds a private key; a partner&apos;s certificate is imported without one</source>
        <translation>%1 には秘密キーが含まれています。パートナーの証明書は秘密キーなしでインポートします</translation>
    </message>
    <message>
        <source>%1 holds no certificate</source>
        <translation>%1 に証明書がありません</translation>
    </message>
    <message>
        <source>no certificate was given</source>
        <translation>証明書が指定されていません</translation>
    </message>
    <message>
        <source>%1 is a CA certificate; pin the partner gateway&apos;s own certificate (trust the CA with &quot;trust add&quot;)</source>
        <translation>%1 は CA 証明書です。パートナーのゲートウェイ自身の証明書を固定してください (CA は &quot;trust add&quot; で信頼します)</translation>
    </message>
    <message>
        <source>The certificate of %1 is pinned already</source>
        <translation>%1 の証明書は既に固定されています</translation>
    </message>
    <message>
        <source>Pin the public key %1 for partner %2</source>
        <translation>パートナー %2 の公開鍵 %1 の固定</translation>
    </message>
    <message>
        <source>the certificate of %1 was not verified by the test (trusted chain and the partner&apos;s name); nothing is pinned</source>
        <translation>%1 の証明書はテストで検証されませんでした (信頼されたチェーンとパートナーの名前)。何も固定していません</translation>
    </message>
    <message>
        <source>partner %1 has no pin %2</source>
        <translation>パートナー %1 にピン %2 がありません</translation>
    </message>
    <message>
        <source>Remove the pin %1 of partner %2</source>
        <translation>パートナー %2 のピン %1 の削除</translation>
    </message>
</context>
<context>
    <name>PartnerPinRules</name>
    <message>
        <source>The certificate pinned for partner %1 (%2) does not carry %1; its names are: %3.</source>
        <translation>パートナー %1 に固定された証明書 (%2) に %1 が含まれていません。証明書の名前: %3。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Ask the partner for a certificate with %1 among its subject alternative names, import it and remove this pin.</source>
        <translation>サブジェクトの別名に %1 を含む証明書をパートナーに依頼し、それをインポートしてこのピンを削除してください。</translation>
    </message>
    <message>
        <source>The certificate pinned for partner %1 (public key %2) expired on %3.</source>
        <translation>パートナー %1 に固定された証明書 (公開鍵 %2) は %3 に期限切れになりました。</translation>
    </message>
    <message>
        <source>Import the partner&apos;s current certificate and remove the old pin.</source>
        <translation>パートナーの現在の証明書をインポートし、古いピンを削除してください。</translation>
    </message>
    <message>
        <source>The certificate pinned for partner %1 (public key %2) expires on %3, in %4 days.</source>
        <translation>パートナー %1 に固定された証明書 (公開鍵 %2) は %3 (%4 日後) に期限切れになります。</translation>
    </message>
    <message>
        <source>Import the partner&apos;s next certificate now, so that both keys are pinned during the rollover.</source>
        <translation>切り替えの間は両方の鍵が固定されるように、パートナーの次の証明書を今インポートしてください。</translation>
    </message>
    <message>
        <source>Receive connector %1 trusts the public CA %2 without a pinned partner key (%3): anyone with a certificate from that CA in the partner&apos;s address ranges would be taken for the partner.</source>
        <translation>受信コネクタ %1 は、パートナーの鍵を固定せずに公的 CA %2 を信頼しています (%3): パートナーのアドレス範囲にいて、その CA の証明書を持つ者は誰でもパートナーとして扱われます。</translation>
    </message>
    <message>
        <source>no partner domain</source>
        <translation>パートナー ドメインなし</translation>
    </message>
    <message>
        <source>Pin the partner&apos;s certificate: import it, or trust it from Test Connection.</source>
        <translation>パートナーの証明書を固定してください。証明書をインポートするか、[接続のテスト] から信頼します。</translation>
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
        <translation>すべての秘密キーを新しいパスフレーズで暗号化します。</translation>
    </message>
    <message>
        <source>Re-encrypt every private key with a new passphrase (the current one from --passphrase-file).</source>
        <translation>すべての秘密キーを新しいパスフレーズで暗号化し直します (現在のパスフレーズは --passphrase-file から読み取ります)。</translation>
    </message>
    <message>
        <source>Store the private keys unencrypted (the current passphrase from --passphrase-file).</source>
        <translation>秘密キーを暗号化せずに保存します (現在のパスフレーズは --passphrase-file から読み取ります)。</translation>
    </message>
    <message>
        <source>The new passphrase from the first line of FILE.</source>
        <translation>新しいパスフレーズ (FILE の 1 行目から読み取ります)。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>passphrase %1: give --new-passphrase-file FILE</source>
        <translation>passphrase %1: --new-passphrase-file FILE を指定してください</translation>
    </message>
    <message>
        <source>the new passphrase is empty</source>
        <translation>新しいパスフレーズが空です</translation>
    </message>
    <message>
        <source>%1: the workspace has a passphrase already: use &quot;passphrase change&quot;</source>
        <translation>%1: ワークスペースには既にパスフレーズがあります。&quot;passphrase change&quot; を使用してください</translation>
    </message>
    <message>
        <source>%1: the workspace has no passphrase: use &quot;passphrase set&quot;</source>
        <translation>%1: ワークスペースにはパスフレーズがありません。&quot;passphrase set&quot; を使用してください</translation>
    </message>
    <message>
        <source>The private keys are encrypted with the new passphrase</source>
        <translation>秘密キーを新しいパスフレーズで暗号化しました</translation>
    </message>
    <message>
        <source>The private keys are stored unencrypted (the file stays mode 0600)</source>
        <translation>秘密キーを暗号化せずに保存しました (ファイルのモードは 0600 のままです)</translation>
    </message>
</context>
<context>
    <name>PbeBounds</name>
    <message>
        <source>iteration count too large (%1; at most %2)</source>
        <translation>反復回数が大きすぎます (%1、上限は %2)</translation>
    </message>
    <message>
        <source>scrypt parameters too large (N=%1, r=%2, p=%3; at most %4 MiB of memory and N·r·p at most %5)</source>
        <translation>scrypt のパラメーターが大きすぎます (N=%1、r=%2、p=%3。メモリの上限は %4 MiB、N·r·p の上限は %5)</translation>
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
        <translation>PKCS#12 ファイルに格納する証明書がありません</translation>
    </message>
    <message>
        <source>a PKCS#12 file needs a password</source>
        <translation>PKCS#12 ファイルにはパスワードが必要です</translation>
    </message>
    <message>
        <source>the private key does not belong to the certificate</source>
        <translation>秘密キーが証明書に対応していません</translation>
    </message>
    <message>
        <source>cannot build the PKCS#12 file: %1</source>
        <translation>PKCS#12 ファイルを作成できません: %1</translation>
    </message>
    <message>
        <source>cannot add the PKCS#12 MAC: %1</source>
        <translation>PKCS#12 の MAC を追加できません: %1</translation>
    </message>
</context>
<context>
    <name>PostfixApplier</name>
    <message>
        <source>%1 not found; is Postfix installed?</source>
        <translation>%1 が見つかりません。Postfix はインストールされていますか?</translation>
    </message>
    <message>
        <source>%1 did not run: %2</source>
        <translation>%1 を実行できませんでした: %2</translation>
    </message>
    <message>
        <source>%1 %2 failed: %3</source>
        <translation>%1 %2 が失敗しました: %3</translation>
    </message>
    <message>
        <source>%1 is not a Postfix configuration directory (no main.cf or master.cf)</source>
        <translation>%1 は Postfix の構成ディレクトリではありません (main.cf または master.cf がありません)</translation>
    </message>
    <message>
        <source>applying to %1 was cancelled</source>
        <translation>%1 への適用は取り消されました</translation>
    </message>
    <message>
        <source>writing files under %1</source>
        <translation>%1 の下にファイルを書き込んでいます</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1 を書き込みました</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>%1 を削除しました</translation>
    </message>
    <message>
        <source>updating main.cf settings</source>
        <translation>main.cf の設定を更新しています</translation>
    </message>
    <message>
        <source>main.cf: %1 = %2 (was: %3)</source>
        <translation>main.cf: %1 = %2 (変更前: %3)</translation>
    </message>
    <message>
        <source>main.cf: %1 = %2 (was not set)</source>
        <translation>main.cf: %1 = %2 (変更前: 未設定)</translation>
    </message>
    <message>
        <source>updating master.cf services</source>
        <translation>master.cf のサービスを更新しています</translation>
    </message>
    <message>
        <source>master.cf: replaced service %1</source>
        <translation>master.cf: サービス %1 を置き換えました</translation>
    </message>
    <message>
        <source>master.cf: added service %1</source>
        <translation>master.cf: サービス %1 を追加しました</translation>
    </message>
    <message>
        <source>master.cf: removed service %1 (no longer in the workspace)</source>
        <translation>master.cf: サービス %1 を削除しました (ワークスペースにはもうありません)</translation>
    </message>
    <message>
        <source>building the lookup tables</source>
        <translation>参照テーブルを作成しています</translation>
    </message>
    <message>
        <source>postmap %1</source>
        <translation>postmap %1</translation>
    </message>
    <message>
        <source>running postfix check</source>
        <translation>postfix check を実行しています</translation>
    </message>
    <message>
        <source>postfix check failed after applying: %1</source>
        <translation>適用後の postfix check が失敗しました: %1</translation>
    </message>
    <message>
        <source>exit code %1, no message</source>
        <translation>終了コード %1、メッセージなし</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>%1 を削除できません</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 を作成できません: %2</translation>
    </message>
    <message>
        <source>the name in the EHLO and banner that partners check against the certificate</source>
        <translation>パートナーが証明書と照合する EHLO とバナーの名前です</translation>
    </message>
    <message>
        <source>smaller than the largest message a connector accepts; larger mail would be refused</source>
        <translation>コネクタが受け付ける最大のメッセージより小さいため、それより大きいメールは拒否されます</translation>
    </message>
    <message>
        <source>the certificate and key partners verify (server and client certificate)</source>
        <translation>パートナーが検証する証明書とキーです (サーバー証明書およびクライアント証明書)</translation>
    </message>
    <message>
        <source>the partner set-up needs this value</source>
        <translation>パートナーの構成にこの値が必要です</translation>
    </message>
    <message>
        <source>refusing the manifest %1: it is not a regular file (a symbolic link?)</source>
        <translation>マニフェスト %1 を拒否しました: 通常のファイルではありません (シンボリック リンク?)</translation>
    </message>
    <message>
        <source>refusing the manifest %1: it is owned by user id %2, not by you or root</source>
        <translation>マニフェスト %1 を拒否しました: 所有者がユーザー ID %2 で、実行中のユーザーでも root でもありません</translation>
    </message>
    <message>
        <source>refusing the manifest %1: other users may write to it (mode %2)</source>
        <translation>マニフェスト %1 を拒否しました: 他のユーザーが書き込めます (モード %2)</translation>
    </message>
    <message>
        <source>refusing the manifest %1: &quot;%2&quot; is nothing DomainSecure creates (files directly under %3/, partner listeners); remove the line</source>
        <translation>マニフェスト %1 を拒否しました: &quot;%2&quot; は DomainSecure が作成するもの (%3/ 直下のファイル、パートナー リスナー) ではありません。その行を削除してください</translation>
    </message>
    <message>
        <source>checking %1</source>
        <translation>%1 を確認しています</translation>
    </message>
    <message>
        <source>refusing to apply: %1 is not a regular file (a symbolic link?)</source>
        <translation>適用を拒否しました: %1 は通常のファイルではありません (シンボリック リンク?)</translation>
    </message>
    <message>
        <source>refusing to apply: %1 is not a folder (a symbolic link?); nothing was written</source>
        <translation>適用を拒否しました: %1 はフォルダーではありません (シンボリック リンク?)。何も書き込まれていません</translation>
    </message>
    <message>
        <source>refusing to apply: %1 is a symbolic link; nothing was written</source>
        <translation>適用を拒否しました: %1 はシンボリック リンクです。何も書き込まれていません</translation>
    </message>
    <message>
        <source>cannot create a staging folder in %1</source>
        <translation>%1 にステージング フォルダーを作成できません</translation>
    </message>
    <message>
        <source>%1; nothing was changed in %2</source>
        <translation>%1。%2 では何も変更されていません</translation>
    </message>
    <message>
        <source>applying to %1 was cancelled; nothing was changed</source>
        <translation>%1 への適用は取り消されました。何も変更されていません</translation>
    </message>
    <message>
        <source>copying the current files to a backup folder</source>
        <translation>現在のファイルをバックアップ フォルダーにコピーしています</translation>
    </message>
    <message>
        <source>cannot copy the current configuration to %1: %2; nothing was changed in %3</source>
        <translation>現在の構成を %1 にコピーできません: %2。%3 では何も変更されていません</translation>
    </message>
    <message>
        <source>installing the new files into %1</source>
        <translation>新しいファイルを %1 にインストールしています</translation>
    </message>
    <message>
        <source>%1; restoring the previous configuration FAILED: %2 differ from before; the intact copies are in %3 (see SHA256SUMS there)</source>
        <translation>%1。以前の構成の復元に失敗しました: %2 が以前と異なります。損なわれていないコピーは %3 にあります (そこにある SHA256SUMS を参照してください)</translation>
    </message>
    <message>
        <source>%1 (the previous configuration was restored and verified by sha256; copies are in %2)</source>
        <translation>%1 (以前の構成を復元し、sha256 で検証しました。コピーは %2 にあります)</translation>
    </message>
    <message>
        <source>%1 = %2 (DomainSecure needs %3: %4)</source>
        <translation>%1 = %2 (DomainSecure には %3 が必要です: %4)</translation>
    </message>
    <message>
        <source>refusing to replace global settings the administrator set: %1; allow it explicitly (--allow-global-change) to replace them</source>
        <translation>管理者が設定したグローバル設定の置き換えを拒否しました: %1。置き換えるには明示的に許可してください (--allow-global-change)</translation>
    </message>
    <message>
        <source>refusing to replace the master.cf service %1: the administrator defined it, not DomainSecure; allow it explicitly (--allow-global-change) to replace it</source>
        <translation>master.cf のサービス %1 の置き換えを拒否しました: DomainSecure ではなく管理者が定義したサービスです。置き換えるには明示的に許可してください (--allow-global-change)</translation>
    </message>
    <message>
        <source>master.cf: service %1 is no longer in the workspace but was changed by someone else; it was left in place</source>
        <translation>master.cf: サービス %1 はワークスペースにもうありませんが、他の誰かが変更したため、そのまま残しました</translation>
    </message>
    <message>
        <source>the smtp service runs chrooted (master.cf chroot column &quot;%1&quot;): the partner trust anchors (tafile=) must also be readable inside the queue directory, or set its chroot column to n</source>
        <translation>smtp サービスは chroot 環境で動作します (master.cf の chroot 列 &quot;%1&quot;): パートナーのトラスト アンカー (tafile=) をキュー ディレクトリ内でも読み取れるようにするか、chroot 列を n にしてください</translation>
    </message>
    <message>
        <source>postfix check refused the new configuration: %1</source>
        <translation>postfix check が新しい構成を拒否しました: %1</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 を作成できません</translation>
    </message>
</context>
<context>
    <name>PostfixApplyScript</name>
    <message>
        <source>Applies this DomainSecure bundle to a Postfix configuration directory.</source>
        <translation>この DomainSecure バンドルを Postfix の設定ディレクトリに適用します。</translation>
    </message>
    <message>
        <source>Usage: %1   (default /etc/postfix); run as root.</source>
        <translation>使い方: %1   (既定は /etc/postfix)。root で実行してください。</translation>
    </message>
    <message>
        <source>It checks everything before the first change and never lowers a setting the administrator chose.</source>
        <translation>最初の変更の前にすべてを確認し、管理者が選んだ設定を弱めることはありません。</translation>
    </message>
    <message>
        <source>It copies every file it may change to CONFIG_DIR/%1TIME first; if a step fails, it puts them back and verifies them (exit 4).</source>
        <translation>変更する可能性のあるファイルをすべて先に CONFIG_DIR/%1TIME にコピーします。途中の手順が失敗すると、それらを元に戻して検証します (終了コード 4)。</translation>
    </message>
    <message>
        <source>&quot;domainsecure-cli export postfix --apply&quot; does the same and also removes what earlier bundles created.</source>
        <translation>&quot;domainsecure-cli export postfix --apply&quot; も同じ処理を行い、以前のバンドルが作成したものの削除も行います。</translation>
    </message>
    <message>
        <source>unknown option %1; usage: %2</source>
        <translation>不明なオプション %1 です。使い方: %2</translation>
    </message>
    <message>
        <source>%1 is not a Postfix configuration directory (no main.cf or master.cf)</source>
        <translation>%1 は Postfix の設定ディレクトリではありません (main.cf または master.cf がありません)</translation>
    </message>
    <message>
        <source>1. Checks; nothing is changed when one fails.</source>
        <translation>1. 確認。どれかが失敗した場合は何も変更しません。</translation>
    </message>
    <message>
        <source>%1 not found; is Postfix installed?</source>
        <translation>%1 が見つかりません。Postfix はインストールされていますか?</translation>
    </message>
    <message>
        <source>refusing to apply: %1 is not a regular file (a symbolic link?)</source>
        <translation>適用を拒否しました: %1 は通常のファイルではありません (シンボリック リンク?)</translation>
    </message>
    <message>
        <source>refusing to apply: %1 is not a folder (a symbolic link?); nothing was written</source>
        <translation>適用を拒否しました: %1 はフォルダーではありません (シンボリック リンク?)。何も書き込んでいません</translation>
    </message>
    <message>
        <source>refusing to apply: %1 is a symbolic link or not a regular file; nothing was written</source>
        <translation>適用を拒否しました: %1 はシンボリック リンクであるか、通常のファイルではありません。何も書き込んでいません</translation>
    </message>
    <message>
        <source>refusing the manifest %1: other users may write to it</source>
        <translation>マニフェスト %1 を拒否しました: ほかのユーザーが書き込めます</translation>
    </message>
    <message>
        <source>The apply pass collects the changes and writes them with one postconf call each for main.cf and master.cf.</source>
        <translation>適用の段階では変更をまとめ、main.cf と master.cf それぞれに 1 回の postconf 呼び出しで書き込みます。</translation>
    </message>
    <message>
        <source>Settings the partner set-up needs as they are: an administrator&apos;s other value is refused.</source>
        <translation>パートナー設定にこの値のまま必要な設定: 管理者が別の値を設定している場合は拒否します。</translation>
    </message>
    <message>
        <source>Written only where the administrator has not set them (a stronger TLS level stays).</source>
        <translation>管理者が設定していない場合にだけ書き込みます (より強い TLS レベルはそのまま残ります)。</translation>
    </message>
    <message>
        <source>Raised, never lowered (0 is unlimited).</source>
        <translation>引き上げるだけで、引き下げることはありません (0 は無制限)。</translation>
    </message>
    <message>
        <source>Lists: our entry first, every other entry kept as it is.</source>
        <translation>リスト: 自分のエントリを先頭に置き、ほかのエントリはそのまま残します。</translation>
    </message>
    <message>
        <source>master.cf services: one the administrator defined is not replaced.</source>
        <translation>master.cf のサービス: 管理者が定義したものは置き換えません。</translation>
    </message>
    <message>
        <source>refusing to replace what the administrator set: %1; run %2 to replace it</source>
        <translation>管理者が設定したものの置き換えを拒否しました: %1。置き換えるには %2 を実行してください</translation>
    </message>
    <message>
        <source>2. Copies of everything that may change, beside the configuration.</source>
        <translation>2. 変更する可能性のあるものすべてを、設定の隣にコピーします。</translation>
    </message>
    <message>
        <source>cannot copy the current configuration to %1; nothing was changed in %2</source>
        <translation>現在の設定を %1 にコピーできません。%2 では何も変更していません</translation>
    </message>
    <message>
        <source>3. Install. Any failure from here on puts the copies back and verifies them.</source>
        <translation>3. インストール。ここから先で失敗すると、コピーを元に戻して検証します。</translation>
    </message>
    <message>
        <source>the previous configuration was restored and verified (copies in %1)</source>
        <translation>以前の設定を復元して検証しました (コピーは %1 にあります)</translation>
    </message>
    <message>
        <source>restoring FAILED: these files are damaged: %1; the intact copies are in %2 (SHA256SUMS lists them)</source>
        <translation>復元に失敗しました: 次のファイルが破損しています: %1。無傷のコピーは %2 にあります (SHA256SUMS に一覧があります)</translation>
    </message>
    <message>
        <source>a step failed (exit code %1); putting back the files from %2</source>
        <translation>手順が失敗しました (終了コード %1)。%2 からファイルを元に戻します</translation>
    </message>
    <message>
        <source>Applied; the previous files are in %1. Run: postfix -c %2 reload</source>
        <translation>適用しました。以前のファイルは %1 にあります。次を実行してください: postfix -c %2 reload</translation>
    </message>
</context>
<context>
    <name>PostfixExporter</name>
    <message>
        <source>the IPv6 range %1 cannot be written as a Postfix CIDR map; use prefix notation</source>
        <translation>IPv6 の範囲 %1 は Postfix の CIDR マップとして書き込めません。プレフィックス表記を使用してください</translation>
    </message>
    <message>
        <source>banner cannot be exported: %1</source>
        <translation>バナーをエクスポートできません: %1</translation>
    </message>
    <message>
        <source>the key of certificate %1 is encrypted and this build cannot decrypt it</source>
        <translation>証明書 %1 のキーは暗号化されており、このビルドでは復号化できません</translation>
    </message>
    <message>
        <source>Postfix configuration bundle</source>
        <translation>Postfix 構成バンドル</translation>
    </message>
    <message>
        <source>server %1 has no FQDN, which Postfix needs as myhostname</source>
        <translation>サーバー %1 に FQDN がありません。Postfix では myhostname として FQDN が必要です</translation>
    </message>
    <message>
        <source>server %1 has no certificate enabled for SMTP: no certificate is configured</source>
        <translation>サーバー %1 には SMTP に対して有効な証明書がないため、証明書は構成されません</translation>
    </message>
    <message>
        <source>the SMTP certificate %1 of server %2 has no private key in the workspace</source>
        <translation>サーバー %2 の SMTP 証明書 %1 の秘密キーがワークスペースにありません</translation>
    </message>
    <message>
        <source>certificate %1 and its chain (server and client certificate)</source>
        <translation>証明書 %1 とそのチェーン (サーバー証明書およびクライアント証明書)</translation>
    </message>
    <message>
        <source>private key of certificate %1</source>
        <translation>証明書 %1 の秘密キー</translation>
    </message>
    <message>
        <source>the workspace trusts no partner root CA: partner certificates cannot be verified</source>
        <translation>ワークスペースで信頼されているパートナーのルート CA がないため、パートナーの証明書を検証できません</translation>
    </message>
    <message>
        <source>trusted partner root CAs (verify partner server and client certificates)</source>
        <translation>信頼されたパートナーのルート CA (パートナーのサーバー証明書とクライアント証明書を検証します)</translation>
    </message>
    <message>
        <source>receive connector %1 is disabled and not exported</source>
        <translation>受信コネクタ %1 は無効なため、エクスポートされません</translation>
    </message>
    <message>
        <source>receive connector %1 needs no TLS: Postfix&apos;s default smtpd service covers it, no listener is written</source>
        <translation>受信コネクタ %1 は TLS を必要としません。Postfix の既定の smtpd サービスで対応できるため、リスナーは書き込まれません</translation>
    </message>
    <message>
        <source>receive connector %1 has no binding to listen on</source>
        <translation>受信コネクタ %1 には待ち受けるバインドがありません</translation>
    </message>
    <message>
        <source>receive connector %1: %2</source>
        <translation>受信コネクタ %1: %2</translation>
    </message>
    <message>
        <source>client CIDR access map of receive connector %1</source>
        <translation>受信コネクタ %1 のクライアント CIDR アクセス マップ</translation>
    </message>
    <message>
        <source>receive connector %1 accepts every remote address; only the certificate check limits it</source>
        <translation>受信コネクタ %1 はすべてのリモート アドレスを受け付けます。制限は証明書のチェックのみです</translation>
    </message>
    <message>
        <source>receive connector %1 listens on every address (%2): its Postfix listener conflicts with any other service on port %3</source>
        <translation>受信コネクタ %1 はすべてのアドレス (%2) で待ち受けます。この Postfix リスナーは、ポート %3 の他のすべてのサービスと競合します</translation>
    </message>
    <message>
        <source>receive connector %1 (%2)</source>
        <translation>受信コネクタ %1 (%2)</translation>
    </message>
    <message>
        <source>domain security: verified client certificate required</source>
        <translation>ドメイン セキュリティ: 検証済みのクライアント証明書が必須</translation>
    </message>
    <message>
        <source>TLS required</source>
        <translation>TLS が必須</translation>
    </message>
    <message>
        <source>send connector %1 is disabled and not exported</source>
        <translation>送信コネクタ %1 は無効なため、エクスポートされません</translation>
    </message>
    <message>
        <source>send connector %1 routes through smart hosts but has none</source>
        <translation>送信コネクタ %1 はスマート ホスト経由でルーティングしますが、スマート ホストがありません</translation>
    </message>
    <message>
        <source>send connector %1: Postfix uses only the first smart host %2</source>
        <translation>送信コネクタ %1: Postfix は最初のスマート ホスト %2 のみを使用します</translation>
    </message>
    <message>
        <source>send connector %1: smart host authentication is not exported</source>
        <translation>送信コネクタ %1: スマート ホストの認証はエクスポートされません</translation>
    </message>
    <message>
        <source>send connector %1: the address space * (all domains) is not exported; Postfix&apos;s default routing applies</source>
        <translation>送信コネクタ %1: アドレス空間 * (すべてのドメイン) はエクスポートされません。Postfix の既定のルーティングが適用されます</translation>
    </message>
    <message>
        <source>next hop %1 is used by connectors with different TLS levels; the strongest, %2, is written</source>
        <translation>次ホップ %1 は TLS レベルの異なる複数のコネクタで使用されています。最も強い %2 が書き込まれます</translation>
    </message>
    <message>
        <source>TLS policy per next hop, exactly as the transport map produces it.</source>
        <translation>次ホップごとの TLS ポリシー (トランスポート マップが生成する次ホップと完全に一致させます)。</translation>
    </message>
    <message>
        <source>Routes to smart hosts and non-standard ports.</source>
        <translation>スマート ホストおよび標準以外のポートへのルート。</translation>
    </message>
    <message>
        <source>TLS policy map (smtp_tls_policy_maps)</source>
        <translation>TLS ポリシー マップ (smtp_tls_policy_maps)</translation>
    </message>
    <message>
        <source>transport map (transport_maps)</source>
        <translation>トランスポート マップ (transport_maps)</translation>
    </message>
    <message>
        <source>list setting: --apply puts this entry first and keeps existing ones</source>
        <translation>リストの設定: --apply ではこのエントリを先頭に置き、既存のエントリを保持します</translation>
    </message>
    <message>
        <source>DomainSecure Postfix bundle for server %1 (%2)</source>
        <translation>サーバー %1 (%2) 用の DomainSecure Postfix バンドル</translation>
    </message>
    <message>
        <source>Apply it as root with one of:</source>
        <translation>root で次のいずれかを実行して適用します:</translation>
    </message>
    <message>
        <source>then reload Postfix (postfix reload). Only the settings listed in main.cf.postconf, the services in master.cf.postconf and the files under CONFIG_DIR/%1/ are written; nothing else is changed.</source>
        <translation>その後、Postfix を再読み込みします (postfix reload)。書き込まれるのは、main.cf.postconf に記載された設定、master.cf.postconf のサービス、および CONFIG_DIR/%1/ の下のファイルだけです。それ以外は変更されません。</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <source>main.cf settings as postconf -e lines</source>
        <translation>main.cf の設定 (postconf -e の行)</translation>
    </message>
    <message>
        <source>master.cf services as postconf -M lines</source>
        <translation>master.cf のサービス (postconf -M の行)</translation>
    </message>
    <message>
        <source>Listeners:</source>
        <translation>リスナー:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>注:</translation>
    </message>
    <message>
        <source>The TLS policy map is keyed by the next hop the transport map produces ([ip]:port for a smart host), with match= naming the partner domain: an entry keyed by the domain alone would never be used.</source>
        <translation>TLS ポリシー マップのキーは、トランスポート マップが生成する次ホップ (スマート ホストの場合は [ip]:port) で、match= にパートナー ドメインを指定します。ドメインだけをキーにしたエントリは使用されません。</translation>
    </message>
    <message>
        <source>A partner listener requires STARTTLS and a client certificate issued by a trusted partner root, and accepts only the partner&apos;s IP ranges. smtpd checks the chain, not the name.</source>
        <translation>パートナー用のリスナーは、STARTTLS と、信頼されたパートナーのルートが発行したクライアント証明書を必須とし、パートナーの IP アドレス範囲だけを受け付けます。smtpd が確認するのはチェーンで、名前は確認しません。</translation>
    </message>
    <message>
        <source>A certificate mismatch defers mail (4.7.5); it stays in the queue, it is not lost.</source>
        <translation>証明書が一致しない場合、メールは延期されます (4.7.5)。メールはキューに残り、失われることはありません。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>what the bundle does and how to apply it</source>
        <translation>バンドルの内容と適用方法</translation>
    </message>
    <message>
        <source>shell script that applies the bundle</source>
        <translation>バンドルを適用するシェル スクリプト</translation>
    </message>
    <message>
        <source>receive connectors %1 and %2 share the binding %3 but differ in TLS, size, banner or FQDN settings, which one Postfix listener cannot express</source>
        <translation>受信コネクタ %1 と %2 はバインド %3 を共有していますが、TLS、サイズ、バナー、FQDN のいずれかの設定が異なります。1 つの Postfix リスナーでは表現できません</translation>
    </message>
    <message>
        <source>Remote IP ranges of the receive connectors below; the first match wins.</source>
        <translation>以下の受信コネクタのリモート IP アドレス範囲。最初に一致したものが適用されます。</translation>
    </message>
    <message>
        <source>receive connectors %1 share the binding %2 and one of them accepts every address: the listener accepts every address</source>
        <translation>受信コネクタ %1 はバインド %2 を共有しており、そのうちの 1 つがすべてのアドレスを受け付けます。このため、リスナーはすべてのアドレスを受け付けます</translation>
    </message>
    <message>
        <source>receive connectors %1 listen on bindings that Postfix cannot tell apart (%2)</source>
        <translation>受信コネクタ %1 は、Postfix が区別できないバインドで待ち受けています (%2)</translation>
    </message>
    <message>
        <source>banner &quot;%1&quot; %2</source>
        <translation>バナー &quot;%1&quot; は %2</translation>
    </message>
    <message>
        <source>%1: the Postfix bundle is not written; include the key only if it belongs on server %2 (--include-private-key)</source>
        <translation>%1: Postfix バンドルは書き込まれません。このキーをサーバー %2 に置く場合に限り、キーを含めてください (--include-private-key)</translation>
    </message>
    <message>
        <source>the key of certificate %1: %2</source>
        <translation>証明書 %1 のキー: %2</translation>
    </message>
    <message>
        <source>Both check everything before the first change, never lower a TLS level, size limit or list the administrator set, and refuse to replace the administrator&apos;s own certificate, host name or listener unless --allow-global-change is given. Both copy the files they change to CONFIG_DIR/%1TIME first and, if a step fails, put them back and verify them.</source>
        <translation>どちらも最初の変更の前にすべてを確認し、管理者が設定した TLS レベル、サイズ上限、リストを弱めることはなく、--allow-global-change を指定しない限り管理者自身の証明書、ホスト名、リスナーの置き換えを拒否します。どちらも変更するファイルを先に CONFIG_DIR/%1TIME にコピーし、途中の手順が失敗するとそれらを元に戻して検証します。</translation>
    </message>
    <message>
        <source>checks, copies, installs the files and runs the postconf, postmap and check steps</source>
        <translation>確認とコピーを行い、ファイルをインストールし、postconf、postmap、check の各手順を実行します</translation>
    </message>
    <message>
        <source>receive connector %1: no trusted root issued the pinned certificates of %2; the listener verifies client certificates with every trusted partner root, and the pin still admits only the partner&apos;s key</source>
        <translation>受信コネクタ %1: %2 の固定された証明書を発行した信頼されたルートがありません。リスナーはすべての信頼されたパートナーのルートでクライアント証明書を検証し、ピンによってパートナーの鍵だけを受け付けます</translation>
    </message>
    <message>
        <source>receive connector %1 pins the keys of %2 but the workspace trusts no root that could verify them</source>
        <translation>受信コネクタ %1 は %2 の鍵を固定していますが、ワークスペースにはそれを検証できる信頼されたルートがありません</translation>
    </message>
    <message>
        <source>root CAs of partner %1 (client certificates on its listener)</source>
        <translation>パートナー %1 のルート CA (そのリスナーでのクライアント証明書用)</translation>
    </message>
    <message>
        <source>Public-key SHA-256 fingerprints of partner %1 (check_ccert_access).</source>
        <translation>パートナー %1 の公開鍵の SHA-256 フィンガープリント (check_ccert_access)。</translation>
    </message>
    <message>
        <source>certificate %1, valid until %2</source>
        <translation>証明書 %1、有効期限 %2</translation>
    </message>
    <message>
        <source>pinned public keys of partner %1 (check_ccert_access)</source>
        <translation>パートナー %1 の固定された公開鍵 (check_ccert_access)</translation>
    </message>
    <message>
        <source>Any other client certificate on a pinned partner listener.</source>
        <translation>鍵を固定したパートナーのリスナーで、それ以外のクライアント証明書。</translation>
    </message>
    <message>
        <source>refusal of client certificates whose key is not pinned</source>
        <translation>鍵が固定されていないクライアント証明書の拒否</translation>
    </message>
    <message>
        <source>pinned public keys of partner %1 (tafile= of its TLS policy)</source>
        <translation>パートナー %1 の固定された公開鍵 (その TLS ポリシーの tafile=)</translation>
    </message>
    <message>
        <source>next hop %1 serves the pinned partner domains and %2, which has no pin: it is verified with the trusted partner roots</source>
        <translation>ネクスト ホップ %1 は、鍵を固定したパートナー ドメインと、ピンのない %2 の両方に使われています: 信頼されたパートナーのルートで検証されます</translation>
    </message>
    <message>
        <source>send connector %1: Postfix has no certificate check without the name check, so CertificateValidation is written as &quot;verify&quot;, which also checks the partner&apos;s name</source>
        <translation>送信コネクタ %1: Postfix には名前の確認を伴わない証明書の確認がないため、CertificateValidation は &quot;verify&quot; として書き出されます。これはパートナーの名前も確認します</translation>
    </message>
</context>
<context>
    <name>PowerShellQuote</name>
    <message>
        <source>a control character (U+%1)</source>
        <translation>制御文字 (U+%1)</translation>
    </message>
    <message>
        <source>a line or paragraph separator (U+%1)</source>
        <translation>行区切り文字または段落区切り文字 (U+%1)</translation>
    </message>
    <message>
        <source>a typographic quote mark (U+%1)</source>
        <translation>印刷用引用符 (U+%1)</translation>
    </message>
    <message>
        <source>contains %1 at position %2</source>
        <translation>位置 %2 に %1 が含まれています</translation>
    </message>
    <message>
        <source>%1 cannot be exported: it %2</source>
        <translation>%1 をエクスポートできません: %2</translation>
    </message>
</context>
<context>
    <name>PrivateKey</name>
    <message>
        <source>cannot set up key generation: %1</source>
        <translation>キーの生成を準備できません: %1</translation>
    </message>
    <message>
        <source>cannot generate a %1 key: %2</source>
        <translation>%1 キーを生成できません: %2</translation>
    </message>
    <message>
        <source>key generation was cancelled</source>
        <translation>キーの生成は取り消されました</translation>
    </message>
    <message>
        <source>the private key is not valid PKCS#8 data</source>
        <translation>秘密キーが有効な PKCS#8 データではありません</translation>
    </message>
    <message>
        <source>the private key cannot be read: %1</source>
        <translation>秘密キーを読み取れません: %1</translation>
    </message>
    <message>
        <source>no unencrypted private key found in the PEM data</source>
        <translation>PEM データに暗号化されていない秘密キーが見つかりません</translation>
    </message>
</context>
<context>
    <name>ProbeConnection</name>
    <message>
        <source>cancelled</source>
        <translation>取り消されました</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>%n 秒以内に応答がありません</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot resolve &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; の名前を解決できません: %2</translation>
    </message>
    <message>
        <source>%1 (address %2)</source>
        <translation>%1 (アドレス %2)</translation>
    </message>
    <message numerus="yes">
        <source>no connection within %n second(s) (address %1)</source>
        <translation>
            <numerusform>%n 秒以内に接続できません (アドレス %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>接続が閉じられました</translation>
    </message>
    <message>
        <source>the server closed the TLS connection</source>
        <translation>サーバーが TLS 接続を閉じました</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>サーバーが接続を閉じました</translation>
    </message>
    <message>
        <source>the server sent a line longer than %1 bytes without a line break: &quot;%2&quot;</source>
        <translation>サーバーが改行のない %1 バイトを超える行を送信しました: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the server sent something that is not an SMTP reply: &quot;%1&quot;</source>
        <translation>サーバーが SMTP 応答ではないデータを送信しました: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the server mixed reply codes %1 and %2 in one reply</source>
        <translation>サーバーが 1 つの応答に応答コード %1 と %2 を混在させました</translation>
    </message>
    <message>
        <source>the server sent a reply of more than %1 lines</source>
        <translation>サーバーが %1 行を超える応答を送信しました</translation>
    </message>
</context>
<context>
    <name>ProbeOptions</name>
    <message>
        <source>&quot;%1&quot;: missing &quot;]&quot; after the IPv6 address</source>
        <translation>&quot;%1&quot;: IPv6 アドレスの後に &quot;]&quot; がありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected &quot;:PORT&quot; after &quot;]&quot;</source>
        <translation>&quot;%1&quot;: &quot;]&quot; の後に &quot;:PORT&quot; が必要です</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: no host name or address</source>
        <translation>&quot;%1&quot;: ホスト名またはアドレスがありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the port must be a number from 1 to 65535</source>
        <translation>&quot;%1&quot;: ポートには 1 ～ 65535 の数値を指定してください</translation>
    </message>
    <message>
        <source>no server &quot;%1&quot; in the workspace</source>
        <translation>ワークスペースにサーバー &quot;%1&quot; がありません</translation>
    </message>
    <message>
        <source>server &quot;%1&quot; has no certificate enabled for SMTP</source>
        <translation>サーバー &quot;%1&quot; には SMTP に対して有効な証明書がありません</translation>
    </message>
    <message>
        <source>the SMTP certificate %1 of server &quot;%2&quot; has no private key</source>
        <translation>サーバー &quot;%2&quot; の SMTP 証明書 %1 には秘密キーがありません</translation>
    </message>
    <message>
        <source>the workspace keys are protected by a passphrase: give --passphrase-file FILE</source>
        <translation>ワークスペースのキーはパスフレーズで保護されています。--passphrase-file FILE を指定してください</translation>
    </message>
    <message>
        <source>cannot decrypt the key of certificate %1: wrong passphrase?</source>
        <translation>証明書 %1 のキーを復号化できません。パスフレーズが間違っていませんか?</translation>
    </message>
    <message>
        <source>the key of certificate %1: %2</source>
        <translation>証明書 %1 のキー: %2</translation>
    </message>
</context>
<context>
    <name>ProbeReport</name>
    <message>
        <source>Steps:</source>
        <translation>手順:</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>TLS: %1, %2 (%3 bits), key exchange %4</source>
        <translation>TLS: %1、%2 (%3 ビット)、キー交換 %4</translation>
    </message>
    <message>
        <source>  [%1] %2</source>
        <translation>  [%1] %2</translation>
    </message>
    <message>
        <source>      issuer %1</source>
        <translation>      発行者 %1</translation>
    </message>
    <message numerus="yes">
        <source>      valid %1 to %2 (%n day(s) left), %3 %4</source>
        <translation>
            <numerusform>      有効期間 %1 ～ %2 (残り %n 日)、%3 %4</numerusform>
        </translation>
    </message>
    <message>
        <source>      names %1</source>
        <translation>      名前 %1</translation>
    </message>
    <message>
        <source>      extended key usage %1</source>
        <translation>      拡張キー使用法 %1</translation>
    </message>
    <message>
        <source>Chain as sent:</source>
        <translation>送信されたチェーン:</translation>
    </message>
    <message>
        <source>Chain as built:</source>
        <translation>構築されたチェーン:</translation>
    </message>
    <message>
        <source>Trust: trusted (%1)</source>
        <translation>信頼: 信頼済み (%1)</translation>
    </message>
    <message>
        <source>Trust: NOT trusted: %1 (%2)</source>
        <translation>信頼: 信頼されていません: %1 (%2)</translation>
    </message>
    <message>
        <source>Names:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>  %1 (%2): no match</source>
        <translation>  %1 (%2): 一致なし</translation>
    </message>
    <message>
        <source>  %1 (%2): matched by %3 (%4)</source>
        <translation>  %1 (%2): %3 (%4) と一致</translation>
    </message>
    <message>
        <source>Client certificate requested; acceptable CAs: %1</source>
        <translation>クライアント証明書が要求されました。受け入れ可能な CA: %1</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(任意)</translation>
    </message>
    <message>
        <source>  ours: %1; chains to an acceptable CA: %2; clientAuth: %3</source>
        <translation>  自証明書: %1、受け入れ可能な CA へのチェーン: %2、clientAuth: %3</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>  verdict: %1 %2</source>
        <translation>  判定: %1 %2</translation>
    </message>
    <message>
        <source>Client certificate: not requested</source>
        <translation>クライアント証明書: 要求されていません</translation>
    </message>
    <message>
        <source>Result: %1 (level %2, %3 ms)</source>
        <translation>結果: %1 (レベル %2、%3 ミリ秒)</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>Hint: %1</source>
        <translation>ヒント: %1</translation>
    </message>
    <message>
        <source>  WARNING: the name is only in the CN; the certificate has no DNS subject alternative names</source>
        <translation>  警告: 名前が CN にしかありません。証明書に DNS のサブジェクト代替名がありません</translation>
    </message>
    <message>
        <source> [information only at level %1]</source>
        <translation> [レベル %1 では情報のみ]</translation>
    </message>
</context>
<context>
    <name>ProbeVerb</name>
    <message>
        <source>Connects to HOST[:PORT] (port 25 by default), runs EHLO, STARTTLS and the TLS handshake with our server&apos;s SMTP certificate as client certificate, and reports why the link works or fails.</source>
        <translation>HOST[:PORT] (既定のポートは 25) に接続し、EHLO と STARTTLS を実行し、自サーバーの SMTP 証明書をクライアント証明書として TLS ハンドシェイクを行い、接続が成功または失敗する理由を報告します。</translation>
    </message>
    <message>
        <source>The partner&apos;s gateway, HOST[:PORT]; without it, the MX hosts of --domain in order.</source>
        <translation>パートナーのゲートウェイ (HOST[:PORT])。省略すると --domain の MX ホストを順に使用します。</translation>
    </message>
    <message>
        <source>[HOST[:PORT]]</source>
        <translation>[HOST[:PORT]]</translation>
    </message>
    <message>
        <source>The partner domain the certificate must name.</source>
        <translation>証明書に含まれている必要があるパートナー ドメイン。</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMAIN</translation>
    </message>
    <message>
        <source>The workspace server whose SMTP certificate and FQDN to use.</source>
        <translation>SMTP 証明書と FQDN を使用するワークスペースのサーバー。</translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation>SERVER</translation>
    </message>
    <message>
        <source>encrypt, verify or secure (default: secure).</source>
        <translation>encrypt、verify、secure のいずれか (既定: secure)。</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>LEVEL</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>この PEM ファイル内の CA 証明書も信頼します。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Do not present a client certificate.</source>
        <translation>クライアント証明書を提示しません。</translation>
    </message>
    <message>
        <source>With --domain and no HOST: the port of the MX hosts (default: 25).</source>
        <translation>--domain を指定し HOST を省略した場合: MX ホストのポート (既定: 25)。</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>With --domain and no HOST: ask this DNS server for the MX records.</source>
        <translation>--domain を指定し HOST を省略した場合: この DNS サーバーに MX レコードを問い合わせます。</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADDRESS</translation>
    </message>
    <message>
        <source>Seconds to wait for each network step (default: 30).</source>
        <translation>ネットワークの各手順で待機する秒数 (既定: 30)。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>probe: give one HOST[:PORT], or none with --domain to probe its MX hosts</source>
        <translation>probe: HOST[:PORT] を 1 つ指定するか、--domain の MX ホストをプローブする場合は省略してください</translation>
    </message>
    <message>
        <source>probe: give HOST[:PORT], or --domain DOMAIN to probe its MX hosts</source>
        <translation>probe: HOST[:PORT] を指定するか、MX ホストをプローブするには --domain DOMAIN を指定してください</translation>
    </message>
    <message>
        <source>probe: --port and --nameserver are for MX lookups; give HOST:PORT</source>
        <translation>probe: --port と --nameserver は MX 参照用です。HOST:PORT を指定してください</translation>
    </message>
    <message>
        <source>--port &quot;%1&quot;: give a number from 1 to 65535</source>
        <translation>--port &quot;%1&quot;: 1 ～ 65535 の数値を指定してください</translation>
    </message>
    <message>
        <source>--nameserver &quot;%1&quot;: give an IP address</source>
        <translation>--nameserver &quot;%1&quot;: IP アドレスを指定してください</translation>
    </message>
    <message>
        <source>--domain: %1</source>
        <translation>--domain: %1</translation>
    </message>
    <message>
        <source>--level &quot;%1&quot;: use encrypt, verify or secure</source>
        <translation>--level &quot;%1&quot;: encrypt、verify、secure のいずれかを指定してください</translation>
    </message>
    <message>
        <source>--timeout &quot;%1&quot;: give seconds from 0.1 to 3600</source>
        <translation>--timeout &quot;%1&quot;: 0.1 ～ 3600 の秒数を指定してください</translation>
    </message>
    <message>
        <source>%1: cannot read the CA file</source>
        <translation>%1: CA ファイルを読み取れません</translation>
    </message>
    <message>
        <source>--server needs a workspace: give -w FILE or set DOMAINSECURE_WORKSPACE</source>
        <translation>--server にはワークスペースが必要です。-w FILE を指定するか、DOMAINSECURE_WORKSPACE を設定してください</translation>
    </message>
    <message>
        <source>%1 has no MX record; probing the domain itself</source>
        <translation>%1 には MX レコードがありません。ドメイン自体をプローブします</translation>
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
        <translation>HOST と --domain を指定した場合: テストが成功すると、パートナーのゲートウェイが提示した証明書をそのドメイン用にワークスペースに固定します (partner cert add と同様)。</translation>
    </message>
    <message>
        <source>probe --save-partner-cert: give HOST[:PORT], --domain DOMAIN and a workspace</source>
        <translation>probe --save-partner-cert: HOST[:PORT]、--domain DOMAIN、およびワークスペースを指定してください</translation>
    </message>
    <message>
        <source>Partner %1: this certificate is pinned already (public key %2)</source>
        <translation>パートナー %1: この証明書は既に固定されています (公開鍵 %2)</translation>
    </message>
    <message>
        <source>Partner %1: pinned public key %2 of %3, valid until %4</source>
        <translation>パートナー %1: %3 の公開鍵 %2 を固定しました (有効期限 %4)</translation>
    </message>
</context>
<context>
    <name>ReceiveConnector</name>
    <message>
        <source>unknown value &quot;%1&quot;</source>
        <translation>不明な値 &quot;%1&quot; です</translation>
    </message>
    <message>
        <source>contains { or }, which master.cf cannot hold</source>
        <translation>{ または } を含んでいますが、master.cf には書けません</translation>
    </message>
    <message>
        <source>a receive connector&apos;s maximum message size cannot be unlimited</source>
        <translation>受信コネクタの最大メッセージ サイズを無制限にすることはできません</translation>
    </message>
    <message>
        <source>%1 is outside 64KB to 2GB</source>
        <translation>%1 は 64KB から 2GB の範囲外です</translation>
    </message>
    <message>
        <source>a size from 64KB to 2GB, such as 10MB</source>
        <translation>64KB から 2GB までのサイズ (例: 10MB)</translation>
    </message>
</context>
<context>
    <name>ReceiveConnectorRules</name>
    <message>
        <source>Two receive connectors of %1 are named &quot;%2&quot;; names must be unique per server.</source>
        <translation>%1 の 2 つの受信コネクタの名前が &quot;%2&quot; です。名前はサーバーごとに一意である必要があります。</translation>
    </message>
    <message>
        <source>Rename one of them.</source>
        <translation>どちらかの名前を変更してください。</translation>
    </message>
    <message>
        <source>The receive connector has no name.</source>
        <translation>受信コネクタに名前がありません。</translation>
    </message>
    <message>
        <source>Give it a name.</source>
        <translation>名前を付けてください。</translation>
    </message>
    <message>
        <source>The name has %1 characters; Exchange allows at most %2.</source>
        <translation>名前が %1 文字です。Exchange で使用できるのは最大 %2 文字です。</translation>
    </message>
    <message>
        <source>Shorten the name.</source>
        <translation>名前を短くしてください。</translation>
    </message>
    <message>
        <source>The name contains a backslash, which Exchange reserves for SERVER\Name.</source>
        <translation>名前に円記号 (バックスラッシュ) が含まれています。Exchange では円記号は SERVER\Name 用に予約されています。</translation>
    </message>
    <message>
        <source>Remove the backslash from the name.</source>
        <translation>名前から円記号 (バックスラッシュ) を削除してください。</translation>
    </message>
    <message>
        <source>The name %1.</source>
        <translation>名前に問題があります: %1。</translation>
    </message>
    <message>
        <source>Use plain characters; the name is written into scripts and configuration files.</source>
        <translation>通常の文字を使用してください。名前はスクリプトや構成ファイルに書き込まれます。</translation>
    </message>
    <message>
        <source>The banner %1.</source>
        <translation>バナーに問題があります: %1。</translation>
    </message>
    <message>
        <source>Write the banner on one line without control characters or typographic quotes.</source>
        <translation>バナーは制御文字や印刷用引用符を使用せずに 1 行で記述してください。</translation>
    </message>
    <message>
        <source>The banner &quot;%1&quot; does not start with &quot;220 &quot;; SMTP clients reject such a greeting.</source>
        <translation>バナー &quot;%1&quot; が &quot;220 &quot; で始まっていません。SMTP クライアントはこのようなグリーティングを拒否します。</translation>
    </message>
    <message>
        <source>Start the banner with &quot;220 &quot;, or clear it to use the default.</source>
        <translation>バナーを &quot;220 &quot; で始めるか、既定値を使用するためにバナーを消去してください。</translation>
    </message>
    <message>
        <source>The comment %1.</source>
        <translation>コメントに問題があります: %1。</translation>
    </message>
    <message>
        <source>Write the comment without control characters or typographic quotes.</source>
        <translation>コメントは制御文字や印刷用引用符を使用せずに記述してください。</translation>
    </message>
    <message>
        <source>The connector has no bindings (local IP address and port).</source>
        <translation>コネクタにバインド (ローカル IP アドレスとポート) がありません。</translation>
    </message>
    <message>
        <source>Add a binding such as 0.0.0.0:25.</source>
        <translation>0.0.0.0:25 のようなバインドを追加してください。</translation>
    </message>
    <message>
        <source>The connector accepts no remote IP range.</source>
        <translation>コネクタが受け付けるリモート IP アドレス範囲がありません。</translation>
    </message>
    <message>
        <source>Add the IP addresses of the partner&apos;s sending servers.</source>
        <translation>パートナーの送信サーバーの IP アドレスを追加してください。</translation>
    </message>
    <message>
        <source>Add the remote IP ranges this connector serves.</source>
        <translation>このコネクタが処理するリモート IP アドレス範囲を追加してください。</translation>
    </message>
    <message>
        <source>The partner connector accepts every address (%1), so it would demand partner certificates from all Internet senders.</source>
        <translation>パートナー コネクタがすべてのアドレス (%1) を受け付けるため、インターネット上のすべての送信者にパートナー証明書を要求することになります。</translation>
    </message>
    <message>
        <source>List only the partner&apos;s gateway addresses.</source>
        <translation>パートナーのゲートウェイのアドレスだけを指定してください。</translation>
    </message>
    <message>
        <source>BasicAuthRequireTLS is set without both BasicAuth and Tls.</source>
        <translation>BasicAuthRequireTLS が、BasicAuth と Tls の両方なしで設定されています。</translation>
    </message>
    <message>
        <source>Add BasicAuth and Tls, or remove BasicAuthRequireTLS.</source>
        <translation>BasicAuth と Tls を追加するか、BasicAuthRequireTLS を削除してください。</translation>
    </message>
    <message>
        <source>ExternalAuthoritative combines only with Tls and needs the ExchangeServers permission group.</source>
        <translation>ExternalAuthoritative は Tls とのみ組み合わせることができ、ExchangeServers アクセス許可グループが必要です。</translation>
    </message>
    <message>
        <source>Keep only Tls besides ExternalAuthoritative and set the ExchangeServers group.</source>
        <translation>ExternalAuthoritative 以外は Tls のみを残し、ExchangeServers グループを設定してください。</translation>
    </message>
    <message>
        <source>Domain security is on but Tls is not an authentication mechanism.</source>
        <translation>ドメイン セキュリティが有効ですが、Tls が認証方式に含まれていません。</translation>
    </message>
    <message>
        <source>Add Tls to the authentication mechanisms.</source>
        <translation>認証方式に Tls を追加してください。</translation>
    </message>
    <message>
        <source>Domain security cannot be combined with ExternalAuthoritative.</source>
        <translation>ドメイン セキュリティは ExternalAuthoritative と組み合わせられません。</translation>
    </message>
    <message>
        <source>Remove ExternalAuthoritative, or turn domain security off.</source>
        <translation>ExternalAuthoritative を削除するか、ドメイン セキュリティを無効にしてください。</translation>
    </message>
    <message>
        <source>Require TLS is on but Tls is not an authentication mechanism.</source>
        <translation>TLS の必須が有効ですが、Tls が認証方式に含まれていません。</translation>
    </message>
    <message>
        <source>Domain security is on but the Partners permission group is not, so an authenticated partner gets no Partner Servers rights.</source>
        <translation>ドメイン セキュリティが有効ですが、Partners アクセス許可グループが設定されていないため、認証されたパートナーにパートナー サーバーの権限が与えられません。</translation>
    </message>
    <message>
        <source>Add the Partners permission group.</source>
        <translation>Partners アクセス許可グループを追加してください。</translation>
    </message>
    <message>
        <source>The Custom permission group cannot be set; Exchange shows it only after Add-ADPermission.</source>
        <translation>Custom アクセス許可グループは設定できません。Exchange では Add-ADPermission の実行後にのみ表示されます。</translation>
    </message>
    <message>
        <source>Remove Custom from the permission groups.</source>
        <translation>アクセス許可グループから Custom を削除してください。</translation>
    </message>
    <message>
        <source>ExchangeUsers and ExchangeLegacyServers do not exist on an Edge Transport server.</source>
        <translation>ExchangeUsers と ExchangeLegacyServers はエッジ トランスポート サーバーには存在しません。</translation>
    </message>
    <message>
        <source>Remove those permission groups.</source>
        <translation>これらのアクセス許可グループを削除してください。</translation>
    </message>
    <message>
        <source>The Client usage is not available on an Edge server.</source>
        <translation>使用目的 Client はエッジ サーバーでは使用できません。</translation>
    </message>
    <message>
        <source>Use the Custom or Internet usage.</source>
        <translation>使用目的 Custom または Internet を使用してください。</translation>
    </message>
    <message>
        <source>The maximum message size %1 is outside 64KB to 2GB.</source>
        <translation>最大メッセージ サイズ %1 が 64KB ～ 2GB の範囲外です。</translation>
    </message>
    <message>
        <source>Use a size such as 10MB.</source>
        <translation>10MB のようなサイズを使用してください。</translation>
    </message>
    <message>
        <source>The maximum number of recipients %1 is outside 1 to %2.</source>
        <translation>最大受信者数 %1 が 1 ～ %2 の範囲外です。</translation>
    </message>
    <message>
        <source>Use a number such as 200.</source>
        <translation>200 のような数値を使用してください。</translation>
    </message>
    <message>
        <source>The connection timeout %1 is outside 00:00:01 to 1.00:00:00.</source>
        <translation>接続タイムアウト %1 が 00:00:01 ～ 1.00:00:00 の範囲外です。</translation>
    </message>
    <message>
        <source>Use a value such as 00:05:00.</source>
        <translation>00:05:00 のような値を使用してください。</translation>
    </message>
    <message>
        <source>The inactivity timeout %1 is outside 00:00:01 to 1.00:00:00.</source>
        <translation>非アクティブ タイムアウト %1 が 00:00:01 ～ 1.00:00:00 の範囲外です。</translation>
    </message>
    <message>
        <source>Use a value such as 00:01:00.</source>
        <translation>00:01:00 のような値を使用してください。</translation>
    </message>
    <message>
        <source>The inactivity timeout %1 is not shorter than the connection timeout %2.</source>
        <translation>非アクティブ タイムアウト %1 が接続タイムアウト %2 より短くありません。</translation>
    </message>
    <message>
        <source>Make the inactivity timeout shorter than the connection timeout.</source>
        <translation>非アクティブ タイムアウトを接続タイムアウトより短くしてください。</translation>
    </message>
    <message>
        <source>The domain-secure connector does not say which partner domains it serves, so its pairing with the receive list cannot be checked.</source>
        <translation>ドメイン セキュリティ コネクタが処理するパートナー ドメインが指定されていないため、受信リストとの対応を確認できません。</translation>
    </message>
    <message>
        <source>The partner domain %1 is not on the domain-secure receive list, so its mail is not treated as domain secured.</source>
        <translation>パートナー ドメイン %1 がドメイン セキュリティの受信リストにないため、そのメールはドメイン セキュリティで保護されたものとして扱われません。</translation>
    </message>
    <message>
        <source>The connector FQDN %1 is not a name of the SMTP certificate %2 (%3).</source>
        <translation>コネクタの FQDN %1 は SMTP 証明書 %2 (%3) の名前に含まれていません。</translation>
    </message>
    <message>
        <source>Set the connector FQDN to a name of the certificate, or enable a certificate for %1.</source>
        <translation>コネクタの FQDN を証明書の名前のいずれかに設定するか、%1 の証明書を有効にしてください。</translation>
    </message>
    <message>
        <source>The domain-secure connector is disabled.</source>
        <translation>ドメイン セキュリティ コネクタが無効になっています。</translation>
    </message>
    <message>
        <source>Enable it when the partner is ready.</source>
        <translation>パートナーの準備ができたら有効にしてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot; both listen on %3 for the same remote range %4, so Exchange cannot tell which one receives a connection.</source>
        <translation>&quot;%1&quot; と &quot;%2&quot; の両方が同じリモート IP アドレス範囲 %4 に対して %3 で待ち受けているため、Exchange はどちらが接続を受信するかを判断できません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot; both listen on %3 with partly overlapping remote ranges %4 and %5.</source>
        <translation>&quot;%1&quot; と &quot;%2&quot; の両方が %3 で待ち受けており、リモート IP アドレス範囲 %4 と %5 が部分的に重複しています。</translation>
    </message>
    <message>
        <source>Make the remote ranges disjoint, or make one range contain the other.</source>
        <translation>リモート IP アドレス範囲が重複しないようにするか、一方の範囲が他方を含むようにしてください。</translation>
    </message>
    <message>
        <source>Remove { and } from the banner.</source>
        <translation>バナーから { と } を削除してください。</translation>
    </message>
    <message>
        <source>Add the partner domains it serves.</source>
        <translation>このコネクタが扱うパートナー ドメインを追加してください。</translation>
    </message>
    <message>
        <source>Add %1 to the domain-secure receive list.</source>
        <translation>%1 をドメイン セキュリティの受信一覧に追加してください。</translation>
    </message>
</context>
<context>
    <name>ReceiveKind</name>
    <message>
        <source>Create a receive connector with the settings Exchange applies for its usage.</source>
        <translation>使用目的に応じて Exchange が適用する設定で受信コネクタを作成します。</translation>
    </message>
    <message>
        <source>List the receive connectors.</source>
        <translation>受信コネクタを一覧表示します。</translation>
    </message>
    <message>
        <source>Show one receive connector.</source>
        <translation>受信コネクタを 1 つ表示します。</translation>
    </message>
    <message>
        <source>Change the named fields of a receive connector; the others stay as they are.</source>
        <translation>受信コネクタの指定したフィールドを変更します。その他のフィールドはそのままです。</translation>
    </message>
    <message>
        <source>Remove a receive connector.</source>
        <translation>受信コネクタを削除します。</translation>
    </message>
    <message>
        <source>Created receive connector %1</source>
        <translation>受信コネクタ %1 を作成しました</translation>
    </message>
    <message>
        <source>Updated receive connector %1</source>
        <translation>受信コネクタ %1 を更新しました</translation>
    </message>
    <message>
        <source>Removed receive connector %1</source>
        <translation>受信コネクタ %1 を削除しました</translation>
    </message>
    <message>
        <source>The server (optional when the workspace has one).</source>
        <translation>サーバー (ワークスペースにサーバーが 1 つだけの場合は省略可)。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Connector name (1-64 characters, no backslash).</source>
        <translation>コネクタ名 (1 ～ 64 文字、円記号 (バックスラッシュ) は使用不可)。</translation>
    </message>
    <message>
        <source>partner, internet, internal, client or custom.</source>
        <translation>partner、internet、internal、client、custom のいずれか。</translation>
    </message>
    <message>
        <source>USAGE</source>
        <translation>USAGE</translation>
    </message>
    <message>
        <source>Only this server.</source>
        <translation>このサーバーのみ。</translation>
    </message>
    <message>
        <source>The server.</source>
        <translation>サーバー。</translation>
    </message>
    <message>
        <source>The connector name.</source>
        <translation>コネクタ名。</translation>
    </message>
    <message>
        <source>SERVER\Name (or use --server and --name).</source>
        <translation>SERVER\Name (または --server と --name を使用)。</translation>
    </message>
    <message>
        <source>Local IP:PORT to listen on, e.g. 0.0.0.0:25 or [::]:25 (repeatable).</source>
        <translation>待ち受けるローカルの IP:PORT (例: 0.0.0.0:25、[::]:25。複数指定可)。</translation>
    </message>
    <message>
        <source>IP:PORT</source>
        <translation>IP:PORT</translation>
    </message>
    <message>
        <source>Remote IP range: address, a-b or CIDR (repeatable).</source>
        <translation>リモート IP アドレス範囲: アドレス、a-b、または CIDR (複数指定可)。</translation>
    </message>
    <message>
        <source>RANGE</source>
        <translation>RANGE</translation>
    </message>
    <message>
        <source>FQDN given in HELO/EHLO and used to pick the certificate.</source>
        <translation>HELO/EHLO で応答し、証明書の選択に使用する FQDN。</translation>
    </message>
    <message>
        <source>FQDN</source>
        <translation>FQDN</translation>
    </message>
    <message>
        <source>SMTP banner, e.g. &quot;220 mail.contoso.example&quot;.</source>
        <translation>SMTP バナー (例: &quot;220 mail.contoso.example&quot;)。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Authentication mechanisms: None, Tls, Integrated, BasicAuth, BasicAuthRequireTLS, ExchangeServer, ExternalAuthoritative.</source>
        <translation>認証方式: None、Tls、Integrated、BasicAuth、BasicAuthRequireTLS、ExchangeServer、ExternalAuthoritative。</translation>
    </message>
    <message>
        <source>M,...</source>
        <translation>M,...</translation>
    </message>
    <message>
        <source>Permission groups: None, AnonymousUsers, ExchangeUsers, ExchangeServers, ExchangeLegacyServers, Partners.</source>
        <translation>アクセス許可グループ: None、AnonymousUsers、ExchangeUsers、ExchangeServers、ExchangeLegacyServers、Partners。</translation>
    </message>
    <message>
        <source>P,...</source>
        <translation>P,...</translation>
    </message>
    <message>
        <source>Maximum message size, e.g. 10MB.</source>
        <translation>最大メッセージ サイズ (例: 10MB)。</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <source>Maximum recipients per message (1-512000).</source>
        <translation>メッセージあたりの最大受信者数 (1 ～ 512000)。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Connection timeout [d.]hh:mm:ss.</source>
        <translation>接続タイムアウト ([d.]hh:mm:ss)。</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <source>A partner domain whose gateways this connector accepts (repeatable).</source>
        <translation>このコネクタがゲートウェイからの接続を受け付けるパートナー ドメイン (複数指定可)。</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMAIN</translation>
    </message>
    <message>
        <source>Add a remote IP range (repeatable).</source>
        <translation>リモート IP アドレス範囲を追加します (複数指定可)。</translation>
    </message>
    <message>
        <source>Remove a remote IP range (repeatable).</source>
        <translation>リモート IP アドレス範囲を削除します (複数指定可)。</translation>
    </message>
    <message>
        <source>Add a partner domain (repeatable).</source>
        <translation>パートナー ドメインを追加します (複数指定可)。</translation>
    </message>
    <message>
        <source>Remove a partner domain (repeatable).</source>
        <translation>パートナー ドメインを削除します (複数指定可)。</translation>
    </message>
    <message>
        <source>receive new: unexpected argument &quot;%1&quot;</source>
        <translation>receive new: 予期しない引数 &quot;%1&quot; です</translation>
    </message>
    <message>
        <source>receive new: --name and --usage are required</source>
        <translation>receive new: --name と --usage は必須です</translation>
    </message>
    <message>
        <source>receive new: --usage must be partner, internet, internal, client or custom, not &quot;%1&quot;</source>
        <translation>receive new: --usage には &quot;%1&quot; ではなく partner、internet、internal、client、custom のいずれかを指定してください</translation>
    </message>
    <message>
        <source>receive new: --binding is required for the %1 usage</source>
        <translation>receive new: 使用目的 %1 では --binding は必須です</translation>
    </message>
    <message>
        <source>receive new: --remote (the partner&apos;s gateway addresses) is required for the Partner usage</source>
        <translation>receive new: 使用目的 Partner では --remote (パートナーのゲートウェイのアドレス) は必須です</translation>
    </message>
    <message>
        <source>domain-secure</source>
        <translation>ドメイン セキュリティ</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>banner</source>
        <translation>バナー</translation>
    </message>
    <message>
        <source>--auth: None cannot be combined with other mechanisms</source>
        <translation>--auth: None は他の認証方式と組み合わせられません</translation>
    </message>
    <message>
        <source>--auth: unknown mechanism &quot;%1&quot;</source>
        <translation>--auth: 不明な認証方式 &quot;%1&quot; です</translation>
    </message>
    <message>
        <source>--permissions: None cannot be combined with other groups</source>
        <translation>--permissions: None は他のグループと組み合わせられません</translation>
    </message>
    <message>
        <source>--permissions: unknown group &quot;%1&quot;</source>
        <translation>--permissions: 不明なグループ &quot;%1&quot; です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number from 1 to 512000</source>
        <translation>&quot;%1&quot; は 1 ～ 512000 の数値ではありません</translation>
    </message>
    <message>
        <source>%1 is not a remote range of the connector</source>
        <translation>%1 はコネクタのリモート IP アドレス範囲ではありません</translation>
    </message>
    <message>
        <source>%1 is not a partner domain of the connector</source>
        <translation>%1 はコネクタのパートナー ドメインではありません</translation>
    </message>
    <message>
        <source>give the server with --server NAME</source>
        <translation>--server NAME でサーバーを指定してください</translation>
    </message>
    <message>
        <source>%1: no server &quot;%2&quot; in the workspace</source>
        <translation>%1: ワークスペースにサーバー &quot;%2&quot; がありません</translation>
    </message>
    <message>
        <source>give one connector identity, SERVER\Name</source>
        <translation>コネクタの ID (SERVER\Name) を 1 つ指定してください</translation>
    </message>
    <message>
        <source>name the connector: SERVER\Name, or --server S --name N</source>
        <translation>コネクタを SERVER\Name、または --server S --name N で指定してください</translation>
    </message>
    <message>
        <source>give the server: SERVER\Name or --server NAME</source>
        <translation>サーバーを SERVER\Name または --server NAME で指定してください</translation>
    </message>
    <message>
        <source>%1: no receive connector &quot;%2&quot; on %3</source>
        <translation>%1: %3 に受信コネクタ &quot;%2&quot; はありません</translation>
    </message>
</context>
<context>
    <name>ReceiveUsageRules</name>
    <message>
        <source>The Internet usage accepts every remote address, but the connector lists the remote range %1; New-ReceiveConnector takes no remote ranges with this usage.</source>
        <translation>使用目的 &quot;インターネット&quot; はすべてのリモート アドレスを受け付けますが、このコネクタにはリモート IP アドレス範囲 %1 が指定されています。この使用目的では New-ReceiveConnector はリモート IP アドレス範囲を受け付けません。</translation>
    </message>
    <message>
        <source>Use the Custom usage to limit the remote ranges, or accept every address (0.0.0.0-255.255.255.255).</source>
        <translation>リモート IP アドレス範囲を限定するには使用目的 &quot;カスタム&quot; を使うか、すべてのアドレス (0.0.0.0-255.255.255.255) を受け付けてください。</translation>
    </message>
    <message>
        <source>The %1 usage listens on %2, but the connector has the bindings %3; New-ReceiveConnector takes no bindings with this usage.</source>
        <translation>使用目的 %1 は %2 で待ち受けますが、このコネクタのバインドは %3 です。この使用目的では New-ReceiveConnector はバインドを受け付けません。</translation>
    </message>
    <message>
        <source>Use the Custom usage for other bindings, or bind to %1.</source>
        <translation>ほかのバインドには使用目的 &quot;カスタム&quot; を使うか、%1 にバインドしてください。</translation>
    </message>
    <message>
        <source>The connector listens on 0.0.0.0:25 for every remote address, as the default receive connector &quot;%1&quot; of the Edge server %2 does; Exchange refuses a second connector with the same binding and remote range.</source>
        <translation>このコネクタは、エッジ サーバー %2 の既定の受信コネクタ &quot;%1&quot; と同じく、すべてのリモート アドレスに対して 0.0.0.0:25 で待ち受けます。Exchange は同じバインドとリモート IP アドレス範囲を持つ 2 つ目のコネクタを拒否します。</translation>
    </message>
    <message>
        <source>Bind the connector to one IP address of %1, or name it &quot;%2&quot; to change the default connector instead.</source>
        <translation>コネクタを %1 の 1 つの IP アドレスにバインドするか、名前を &quot;%2&quot; にして既定のコネクタを変更してください。</translation>
    </message>
</context>
<context>
    <name>SendConnector</name>
    <message>
        <source>smart host &quot;%1&quot;: %2</source>
        <translation>スマート ホスト &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>smart host: %1</source>
        <translation>スマート ホスト: %1</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;</source>
        <translation>不明な値 &quot;%1&quot; です</translation>
    </message>
    <message>
        <source>TLS domain: %1</source>
        <translation>TLS ドメイン: %1</translation>
    </message>
</context>
<context>
    <name>SendConnectorRules</name>
    <message>
        <source>Two send connectors are named &quot;%1&quot;; names must be unique in the organization.</source>
        <translation>2 つの送信コネクタの名前が &quot;%1&quot; です。名前は組織内で一意である必要があります。</translation>
    </message>
    <message>
        <source>Rename one of them.</source>
        <translation>どちらかの名前を変更してください。</translation>
    </message>
    <message>
        <source>The address space %1 with cost %2 is also on &quot;%3&quot;; Exchange picks one of them arbitrarily.</source>
        <translation>コスト %2 のアドレス空間 %1 が &quot;%3&quot; にもあります。Exchange はどちらかを任意に選択します。</translation>
    </message>
    <message>
        <source>Remove the address space from one connector or give them different costs.</source>
        <translation>一方のコネクタからアドレス空間を削除するか、異なるコストを指定してください。</translation>
    </message>
    <message>
        <source>The send connector has no name.</source>
        <translation>送信コネクタに名前がありません。</translation>
    </message>
    <message>
        <source>Give it a name.</source>
        <translation>名前を付けてください。</translation>
    </message>
    <message>
        <source>The name has %1 characters; at most %2 are allowed.</source>
        <translation>名前が %1 文字です。最大 %2 文字までです。</translation>
    </message>
    <message>
        <source>Shorten the name.</source>
        <translation>名前を短くしてください。</translation>
    </message>
    <message>
        <source>The name %1.</source>
        <translation>名前に問題があります: %1。</translation>
    </message>
    <message>
        <source>Use plain characters; the name is written into scripts and configuration files.</source>
        <translation>通常の文字を使用してください。名前はスクリプトや構成ファイルに書き込まれます。</translation>
    </message>
    <message>
        <source>The comment %1.</source>
        <translation>コメントに問題があります: %1。</translation>
    </message>
    <message>
        <source>Write the comment without control characters or typographic quotes.</source>
        <translation>コメントは制御文字や印刷用引用符を使用せずに記述してください。</translation>
    </message>
    <message>
        <source>The send connector has no address space.</source>
        <translation>送信コネクタにアドレス空間がありません。</translation>
    </message>
    <message>
        <source>Smart hosts are set while DNS routing is on.</source>
        <translation>DNS ルーティングが有効なのに、スマート ホストが設定されています。</translation>
    </message>
    <message>
        <source>Turn DNS routing off to use the smart hosts, or remove them.</source>
        <translation>スマート ホストを使用するには DNS ルーティングを無効にするか、スマート ホストを削除してください。</translation>
    </message>
    <message>
        <source>DNS routing is off but no smart host is set.</source>
        <translation>DNS ルーティングが無効ですが、スマート ホストが設定されていません。</translation>
    </message>
    <message>
        <source>Add a smart host, or turn DNS routing on.</source>
        <translation>スマート ホストを追加するか、DNS ルーティングを有効にしてください。</translation>
    </message>
    <message>
        <source>A smart host authentication mechanism (%1) is set without smart hosts.</source>
        <translation>スマート ホストがないのに、スマート ホストの認証方式 (%1) が設定されています。</translation>
    </message>
    <message>
        <source>Set it to None, or route through smart hosts.</source>
        <translation>None に設定するか、スマート ホスト経由でルーティングしてください。</translation>
    </message>
    <message>
        <source>Basic authentication to the smart host needs a credential, which DomainSecure does not store.</source>
        <translation>スマート ホストへの基本認証には資格情報が必要ですが、DomainSecure は資格情報を保存しません。</translation>
    </message>
    <message>
        <source>Enter the credential when the exported script asks for it.</source>
        <translation>エクスポートしたスクリプトで要求されたときに資格情報を入力してください。</translation>
    </message>
    <message>
        <source>Require TLS and Ignore STARTTLS are both on.</source>
        <translation>TLS の必須と STARTTLS の無視が両方とも有効になっています。</translation>
    </message>
    <message>
        <source>Turn Ignore STARTTLS off.</source>
        <translation>STARTTLS の無視を無効にしてください。</translation>
    </message>
    <message>
        <source>The port %1 is outside 0 to 65535.</source>
        <translation>ポート %1 が 0 ～ 65535 の範囲外です。</translation>
    </message>
    <message>
        <source>Use port 25 unless the partner asks for another.</source>
        <translation>パートナーから別のポートを指定されない限り、ポート 25 を使用してください。</translation>
    </message>
    <message>
        <source>The maximum message size %1 is larger than 2GB.</source>
        <translation>最大メッセージ サイズ %1 が 2GB を超えています。</translation>
    </message>
    <message>
        <source>Use a size below 2GB or unlimited.</source>
        <translation>2GB 未満のサイズまたは unlimited を使用してください。</translation>
    </message>
    <message>
        <source>The inactivity timeout %1 is outside 00:00:01 to 1.00:00:00.</source>
        <translation>非アクティブ タイムアウト %1 が 00:00:01 ～ 1.00:00:00 の範囲外です。</translation>
    </message>
    <message>
        <source>Use a value such as 00:10:00.</source>
        <translation>00:10:00 のような値を使用してください。</translation>
    </message>
    <message>
        <source>Source transport servers cannot be set on a standalone Edge server.</source>
        <translation>スタンドアロンのエッジ サーバーでは発信元トランスポート サーバーを設定できません。</translation>
    </message>
    <message>
        <source>Clear the source servers; the connector applies to the Edge server itself.</source>
        <translation>発信元サーバーを消去してください。コネクタはエッジ サーバー自体に適用されます。</translation>
    </message>
    <message>
        <source>The source server %1 is not a server of this workspace.</source>
        <translation>発信元サーバー %1 はこのワークスペースのサーバーではありません。</translation>
    </message>
    <message>
        <source>Remove it or add the server.</source>
        <translation>削除するか、サーバーを追加してください。</translation>
    </message>
    <message>
        <source>Turn DNS routing on and remove the smart hosts.</source>
        <translation>DNS ルーティングを有効にし、スマート ホストを削除してください。</translation>
    </message>
    <message>
        <source>Postfix will verify the partner&apos;s domain on the smart host&apos;s certificate.</source>
        <translation>Postfix はスマート ホストの証明書でパートナーのドメインを検証します。</translation>
    </message>
    <message>
        <source>Make sure the smart host presents a certificate for the partner domain.</source>
        <translation>スマート ホストがパートナー ドメインの証明書を提示することを確認してください。</translation>
    </message>
    <message>
        <source>The wildcard address space %1 cannot be domain secured.</source>
        <translation>ワイルドカードのアドレス空間 %1 はドメイン セキュリティで保護できません。</translation>
    </message>
    <message>
        <source>List each partner domain on its own.</source>
        <translation>パートナー ドメインを個別に指定してください。</translation>
    </message>
    <message>
        <source>Domain security is on but Ignore STARTTLS is on too.</source>
        <translation>ドメイン セキュリティが有効ですが、STARTTLS の無視も有効になっています。</translation>
    </message>
    <message>
        <source>The domain %1 is not on the domain-secure send list, so mail to it is not sent with domain security.</source>
        <translation>ドメイン %1 がドメイン セキュリティの送信リストにないため、このドメインへのメールはドメイン セキュリティを使用して送信されません。</translation>
    </message>
    <message>
        <source>On %1 the FQDN %2 is not a name of the SMTP certificate %3 (%4).</source>
        <translation>%1 で、FQDN %2 は SMTP 証明書 %3 (%4) の名前に含まれていません。</translation>
    </message>
    <message>
        <source>Set the connector FQDN to a name of the certificate, or enable a certificate for %1.</source>
        <translation>コネクタの FQDN を証明書の名前のいずれかに設定するか、%1 の証明書を有効にしてください。</translation>
    </message>
    <message>
        <source>The domain-secure connector is disabled.</source>
        <translation>ドメイン セキュリティ コネクタが無効になっています。</translation>
    </message>
    <message>
        <source>Enable it when the partner is ready.</source>
        <translation>パートナーの準備ができたら有効にしてください。</translation>
    </message>
    <message>
        <source>Add the domains it delivers to as address spaces.</source>
        <translation>配信先のドメインをアドレス空間として追加してください。</translation>
    </message>
    <message>
        <source>Add %1 to the domain-secure send list.</source>
        <translation>%1 をドメイン セキュリティの送信一覧に追加してください。</translation>
    </message>
    <message>
        <source>Domain security needs DNS routing in %1.</source>
        <translation>%1 のドメイン セキュリティには DNS ルーティングが必要です。</translation>
    </message>
    <message>
        <source>%1 does not do domain security through smart hosts.</source>
        <translation>%1 はスマート ホスト経由ではドメイン セキュリティを使用できません。</translation>
    </message>
    <message>
        <source>Turn DNS routing on and remove the smart hosts, or turn domain security off and set the TLS authentication level DomainValidation with the partner&apos;s TLS domain.</source>
        <translation>DNS ルーティングをオンにしてスマート ホストを削除するか、ドメイン セキュリティをオフにして TLS 認証レベル DomainValidation とパートナーの TLS ドメインを設定してください。</translation>
    </message>
    <message>
        <source>The TLS domain %1 is set without the TLS authentication level DomainValidation, so it is not used.</source>
        <translation>TLS ドメイン %1 が TLS 認証レベル DomainValidation なしで設定されているため、使用されません。</translation>
    </message>
    <message>
        <source>Set the TLS authentication level to DomainValidation, or clear the TLS domain.</source>
        <translation>TLS 認証レベルを DomainValidation に設定するか、TLS ドメインをクリアしてください。</translation>
    </message>
    <message>
        <source>%1 has no TLS authentication level: the connector would send without the %2 check.</source>
        <translation>%1 には TLS 認証レベルがありません。コネクタは %2 の確認なしで送信することになります。</translation>
    </message>
    <message>
        <source>Export for Exchange 2010 or later, or clear the TLS authentication level.</source>
        <translation>Exchange 2010 以降向けにエクスポートするか、TLS 認証レベルをクリアしてください。</translation>
    </message>
    <message>
        <source>The TLS authentication level %1 needs Require TLS on and Ignore STARTTLS off.</source>
        <translation>TLS 認証レベル %1 には、TLS の要求がオンで STARTTLS の無視がオフである必要があります。</translation>
    </message>
    <message>
        <source>Turn Require TLS on, or clear the TLS authentication level.</source>
        <translation>TLS の要求をオンにするか、TLS 認証レベルをクリアしてください。</translation>
    </message>
    <message>
        <source>The TLS domain %1 is used only with DomainValidation, not with %2.</source>
        <translation>TLS ドメイン %1 は DomainValidation でのみ使用され、%2 では使用されません。</translation>
    </message>
    <message>
        <source>DomainValidation through smart hosts needs the TLS domain the smart host&apos;s certificate must carry.</source>
        <translation>スマート ホスト経由の DomainValidation には、スマート ホストの証明書が持つべき TLS ドメインが必要です。</translation>
    </message>
    <message>
        <source>Set the TLS domain to the partner&apos;s domain.</source>
        <translation>TLS ドメインをパートナーのドメインに設定してください。</translation>
    </message>
</context>
<context>
    <name>SendKind</name>
    <message>
        <source>smart host &quot;%1&quot;: expected :PORT after ]</source>
        <translation>スマート ホスト &quot;%1&quot;: ] の後に :PORT が必要です</translation>
    </message>
    <message>
        <source>smart host &quot;%1&quot;: the port must be a number from 1 to 65535</source>
        <translation>スマート ホスト &quot;%1&quot;: ポートには 1 ～ 65535 の数値を指定してください</translation>
    </message>
    <message>
        <source>Create a send connector with the settings Exchange applies for its usage.</source>
        <translation>使用目的に応じて Exchange が適用する設定で送信コネクタを作成します。</translation>
    </message>
    <message>
        <source>List the send connectors.</source>
        <translation>送信コネクタを一覧表示します。</translation>
    </message>
    <message>
        <source>Show one send connector.</source>
        <translation>送信コネクタを 1 つ表示します。</translation>
    </message>
    <message>
        <source>Change the named fields of a send connector; the others stay as they are.</source>
        <translation>送信コネクタの指定したフィールドを変更します。その他のフィールドはそのままです。</translation>
    </message>
    <message>
        <source>Remove a send connector.</source>
        <translation>送信コネクタを削除します。</translation>
    </message>
    <message>
        <source>Created send connector %1</source>
        <translation>送信コネクタ %1 を作成しました</translation>
    </message>
    <message>
        <source>Updated send connector %1</source>
        <translation>送信コネクタ %1 を更新しました</translation>
    </message>
    <message>
        <source>Removed send connector %1</source>
        <translation>送信コネクタ %1 を削除しました</translation>
    </message>
    <message>
        <source>Connector name (1-64 characters).</source>
        <translation>コネクタ名 (1 ～ 64 文字)。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>partner, internet, internal or custom.</source>
        <translation>partner、internet、internal、custom のいずれか。</translation>
    </message>
    <message>
        <source>USAGE</source>
        <translation>USAGE</translation>
    </message>
    <message>
        <source>The connector name.</source>
        <translation>コネクタ名。</translation>
    </message>
    <message>
        <source>Address space [SMTP:]domain[;cost], e.g. fabrikam.example (repeatable).</source>
        <translation>アドレス空間 [SMTP:]domain[;cost] (例: fabrikam.example。複数指定可)。</translation>
    </message>
    <message>
        <source>D[;COST]</source>
        <translation>D[;COST]</translation>
    </message>
    <message>
        <source>Route through this smart host, HOST[:PORT] (repeatable); turns DNS routing off.</source>
        <translation>このスマート ホスト (HOST[:PORT]) 経由でルーティングします (複数指定可)。DNS ルーティングは無効になります。</translation>
    </message>
    <message>
        <source>H[:P]</source>
        <translation>H[:P]</translation>
    </message>
    <message>
        <source>Port of the remote or smart host (default 25).</source>
        <translation>リモート ホストまたはスマート ホストのポート (既定 25)。</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>FQDN given in HELO/EHLO.</source>
        <translation>HELO/EHLO で通知する FQDN。</translation>
    </message>
    <message>
        <source>FQDN</source>
        <translation>FQDN</translation>
    </message>
    <message>
        <source>A source server of the connector (repeatable).</source>
        <translation>コネクタの発信元サーバー (複数指定可)。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Smart host authentication: None, BasicAuth, BasicAuthRequireTLS, ExchangeServer, ExternalAuthoritative.</source>
        <translation>スマート ホストの認証: None、BasicAuth、BasicAuthRequireTLS、ExchangeServer、ExternalAuthoritative。</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Maximum message size, e.g. 10MB or unlimited.</source>
        <translation>最大メッセージ サイズ (例: 10MB、unlimited)。</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <source>Add an address space (repeatable).</source>
        <translation>アドレス空間を追加します (複数指定可)。</translation>
    </message>
    <message>
        <source>Remove the address space of a domain (repeatable).</source>
        <translation>ドメインのアドレス空間を削除します (複数指定可)。</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>DNS (MX) routing: true or false; true clears the smart hosts.</source>
        <translation>DNS (MX) ルーティング: true または false。true にするとスマート ホストは消去されます。</translation>
    </message>
    <message>
        <source>BOOL</source>
        <translation>BOOL</translation>
    </message>
    <message>
        <source>Ignore STARTTLS: true or false.</source>
        <translation>STARTTLS を無視する: true または false。</translation>
    </message>
    <message>
        <source>Ignore the STARTTLS offer of the remote server.</source>
        <translation>リモート サーバーが提供する STARTTLS を無視します。</translation>
    </message>
    <message>
        <source>send new: unexpected argument &quot;%1&quot;</source>
        <translation>send new: 予期しない引数 &quot;%1&quot; です</translation>
    </message>
    <message>
        <source>send new: --name, --usage and --address-space are required</source>
        <translation>send new: --name、--usage、--address-space は必須です</translation>
    </message>
    <message>
        <source>send new: --usage must be partner, internet, internal or custom, not &quot;%1&quot;</source>
        <translation>send new: --usage には &quot;%1&quot; ではなく partner、internet、internal、custom のいずれかを指定してください</translation>
    </message>
    <message>
        <source>dns</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>domain-secure</source>
        <translation>ドメイン セキュリティ</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number from 0 to 65535</source>
        <translation>&quot;%1&quot; は 0 ～ 65535 の数値ではありません</translation>
    </message>
    <message>
        <source>all smart hosts share one port; %1 and %2 differ</source>
        <translation>すべてのスマート ホストは 1 つのポートを共有します。%1 と %2 が異なっています</translation>
    </message>
    <message>
        <source>the port %1 differs from --port %2</source>
        <translation>ポート %1 が --port %2 と異なります</translation>
    </message>
    <message>
        <source>source server</source>
        <translation>発信元サーバー</translation>
    </message>
    <message>
        <source>--smart-host-auth: unknown mechanism &quot;%1&quot;</source>
        <translation>--smart-host-auth: 不明な認証方式 &quot;%1&quot; です</translation>
    </message>
    <message>
        <source>%1 is not an address space of the connector</source>
        <translation>%1 はコネクタのアドレス空間ではありません</translation>
    </message>
    <message>
        <source>--dns-routing true and --smart-host exclude each other</source>
        <translation>--dns-routing true と --smart-host は同時に指定できません</translation>
    </message>
    <message>
        <source>give one connector name</source>
        <translation>コネクタ名を 1 つ指定してください</translation>
    </message>
    <message>
        <source>name the send connector: NAME or --name NAME</source>
        <translation>送信コネクタを NAME または --name NAME で指定してください</translation>
    </message>
    <message>
        <source>%1: no send connector &quot;%2&quot;</source>
        <translation>%1: 送信コネクタ &quot;%2&quot; はありません</translation>
    </message>
    <message>
        <source>Check of the remote certificate (Exchange 2010 and later; needs --require-tls true): EncryptionOnly, CertificateValidation, DomainValidation, or None.</source>
        <translation>リモートの証明書の確認 (Exchange 2010 以降。--require-tls true が必要): EncryptionOnly、CertificateValidation、DomainValidation、または None。</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>LEVEL</translation>
    </message>
    <message>
        <source>The domain the remote certificate must carry with DomainValidation (D or *.D; required with smart hosts); empty clears it.</source>
        <translation>DomainValidation でリモートの証明書が持つべきドメイン (D または *.D。スマート ホストでは必須)。空にするとクリアします。</translation>
    </message>
    <message>
        <source>--tls-auth-level: unknown level &quot;%1&quot;</source>
        <translation>--tls-auth-level: 不明なレベル &quot;%1&quot;</translation>
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
        <translation>&quot;%1&quot;: Edge または Hub を指定してください</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected standalone or subscribed</source>
        <translation>&quot;%1&quot;: standalone または subscribed を指定してください</translation>
    </message>
    <message>
        <source>only an Edge server is subscribed to the organization</source>
        <translation>組織にサブスクライブできるのはエッジ サーバーだけです</translation>
    </message>
</context>
<context>
    <name>ServerAddVerb</name>
    <message>
        <source>--role: expected hub or edge, not &quot;%1&quot;</source>
        <translation>--role: &quot;%1&quot; ではなく hub または edge を指定してください</translation>
    </message>
    <message>
        <source>--edge-sync: expected subscribed or standalone, not &quot;%1&quot;</source>
        <translation>--edge-sync: &quot;%1&quot; ではなく subscribed または standalone を指定してください</translation>
    </message>
    <message>
        <source>The Exchange server role: edge or hub.</source>
        <translation>Exchange サーバーの役割: edge または hub。</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>Whether the Edge is subscribed to the organization (EdgeSync): subscribed or standalone.</source>
        <translation>エッジが組織にサブスクライブされているか (EdgeSync): subscribed または standalone。</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <source>The server&apos;s fully qualified domain name.</source>
        <translation>サーバーの完全修飾ドメイン名。</translation>
    </message>
    <message>
        <source>FQDN</source>
        <translation>FQDN</translation>
    </message>
    <message>
        <source>server %1: give one server NAME</source>
        <translation>server %1: サーバー名 NAME を 1 つ指定してください</translation>
    </message>
    <message>
        <source>Add an Edge or Hub Transport server (a Postfix host is an Edge).</source>
        <translation>エッジ トランスポート サーバーまたはハブ トランスポート サーバーを追加します (Postfix ホストはエッジです)。</translation>
    </message>
    <message>
        <source>The server&apos;s name (1 to 15 letters, digits or hyphens).</source>
        <translation>サーバーの名前 (1 ～ 15 文字の英字、数字、ハイフン)。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>server add: --name, --role and --fqdn are required</source>
        <translation>server add: --name、--role、--fqdn は必須です</translation>
    </message>
</context>
<context>
    <name>ServerListVerb</name>
    <message>
        <source>List the servers: name, role, Edge subscription and FQDN.</source>
        <translation>サーバーを一覧表示します: 名前、役割、エッジのサブスクリプション、FQDN。</translation>
    </message>
</context>
<context>
    <name>ServerOperations</name>
    <message>
        <source>%1: only an Edge server is subscribed to the organization</source>
        <translation>%1: 組織にサブスクライブできるのはエッジ サーバーだけです</translation>
    </message>
    <message>
        <source>FQDN: %1</source>
        <translation>FQDN: %1</translation>
    </message>
    <message>
        <source>the workspace has a server named %1 already</source>
        <translation>ワークスペースには既に %1 という名前のサーバーがあります</translation>
    </message>
    <message>
        <source>New server %1</source>
        <translation>新しいサーバー %1</translation>
    </message>
    <message>
        <source>Change server %1</source>
        <translation>サーバー %1 の変更</translation>
    </message>
    <message>
        <source>%1 is a source server of the send connector %2; remove it there first</source>
        <translation>%1 は送信コネクタ %2 の送信元サーバーです。先にそこから削除してください</translation>
    </message>
    <message>
        <source>Remove server %1</source>
        <translation>サーバー %1 の削除</translation>
    </message>
</context>
<context>
    <name>ServerRemoveVerb</name>
    <message>
        <source>Remove a server with its certificates and receive connectors (refused while a send connector uses it as a source server).</source>
        <translation>サーバーをその証明書と受信コネクタとともに削除します (送信コネクタが送信元サーバーとして使っている間は拒否されます)。</translation>
    </message>
    <message>
        <source>The server&apos;s name.</source>
        <translation>サーバーの名前。</translation>
    </message>
</context>
<context>
    <name>ServerSetVerb</name>
    <message>
        <source>Change a server&apos;s role, FQDN or Edge subscription. A change that breaks a rule for the server&apos;s connectors is refused.</source>
        <translation>サーバーの役割、FQDN、エッジのサブスクリプションを変更します。サーバーのコネクタの規則に反する変更は拒否されます。</translation>
    </message>
    <message>
        <source>The server&apos;s name.</source>
        <translation>サーバーの名前。</translation>
    </message>
    <message>
        <source>server set: give --role, --fqdn or --edge-sync</source>
        <translation>server set: --role、--fqdn、--edge-sync のいずれかを指定してください</translation>
    </message>
</context>
<context>
    <name>SmtpDomain</name>
    <message>
        <source>SMTP domain &quot;%1&quot; %2</source>
        <translation>SMTP ドメイン &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>is a mail address; give only the part after @ (%1)</source>
        <translation>メール アドレスです。@ より後ろの部分 (%1) だけを指定してください</translation>
    </message>
    <message>
        <source>contains a wildcard; domain-secure lists hold plain domains only</source>
        <translation>ワイルドカードが含まれています。ドメイン セキュリティ リストには通常のドメインだけを指定できます</translation>
    </message>
    <message>
        <source>has a single label; give the full domain, e.g. fabrikam.example</source>
        <translation>ラベルが 1 つしかありません。完全なドメイン (例: fabrikam.example) を指定してください</translation>
    </message>
</context>
<context>
    <name>SmtpProbe</name>
    <message>
        <source>sending %1</source>
        <translation>%1 の送信中</translation>
    </message>
    <message>
        <source>The probe of %1 was cancelled.</source>
        <translation>%1 のプローブは取り消されました。</translation>
    </message>
    <message>
        <source>%1 did not answer while %2: %3</source>
        <translation>%1 が応答しませんでした (%2): %3</translation>
    </message>
    <message>
        <source>The server is silent: it may be overloaded or tarpitting, or a firewall drops the traffic. Check the server&apos;s log, or try a longer --timeout.</source>
        <translation>サーバーが応答しません。過負荷またはターピット中であるか、ファイアウォールが通信を破棄している可能性があります。サーバーのログを確認するか、--timeout を長くしてください。</translation>
    </message>
    <message>
        <source>%1 closed the connection while %2: %3</source>
        <translation>%1 が接続を閉じました (%2): %3</translation>
    </message>
    <message>
        <source>The server hung up. Its log says why (often a client restriction on our address or name).</source>
        <translation>サーバーが接続を切断しました。理由はサーバーのログで確認できます (多くの場合、自サーバーのアドレスまたは名前に対するクライアント制限です)。</translation>
    </message>
    <message>
        <source>%1: protocol error while %2: %3</source>
        <translation>%1: プロトコル エラー (%2): %3</translation>
    </message>
    <message>
        <source>The service on this port does not behave like an SMTP server. Check the host and port (25 for MX, 587 for submission).</source>
        <translation>このポートのサービスは SMTP サーバーとして動作していません。ホストとポート (MX は 25、サブミッションは 587) を確認してください。</translation>
    </message>
    <message>
        <source>our client certificate is not a DER certificate</source>
        <translation>自サーバーのクライアント証明書が DER 形式の証明書ではありません</translation>
    </message>
    <message>
        <source>our client key is not an unencrypted PKCS#8 key</source>
        <translation>自サーバーのクライアント キーが暗号化されていない PKCS#8 キーではありません</translation>
    </message>
    <message>
        <source>our client key does not belong to our certificate</source>
        <translation>自サーバーのクライアント キーが自サーバーの証明書に対応していません</translation>
    </message>
    <message>
        <source>a certificate of our client chain is not DER</source>
        <translation>自サーバーのクライアント チェーンに DER 形式でない証明書があります</translation>
    </message>
    <message>
        <source>%1: cannot read the CA file</source>
        <translation>%1: CA ファイルを読み取れません</translation>
    </message>
    <message>
        <source>%1: the CA file holds no PEM certificate</source>
        <translation>%1: CA ファイルに PEM 形式の証明書がありません</translation>
    </message>
    <message numerus="yes">
        <source>The server asks for a client certificate (%n acceptable CA name(s)).</source>
        <translation>
            <numerusform>サーバーがクライアント証明書を要求しています (受け入れ可能な CA 名 %n 個)。</numerusform>
        </translation>
    </message>
    <message>
        <source>TLS established: %1, %2 (%3 bits), key exchange %4</source>
        <translation>TLS を確立しました: %1、%2 (%3 ビット)、キー交換 %4</translation>
    </message>
    <message>
        <source>the server sent no certificate</source>
        <translation>サーバーが証明書を送信しませんでした</translation>
    </message>
    <message>
        <source>Certificate %1: %2; names %3</source>
        <translation>証明書 %1: %2、名前 %3</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>信頼済み</translation>
    </message>
    <message>
        <source>not trusted (%1)</source>
        <translation>信頼されていません (%1)</translation>
    </message>
    <message>
        <source>match</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>do not match</source>
        <translation>一致しません</translation>
    </message>
    <message>
        <source>The certificate of %1 has expired (%2).</source>
        <translation>%1 の証明書は有効期限が切れています (%2)。</translation>
    </message>
    <message>
        <source>The partner must renew its certificate and enable the new one for SMTP; until then mail to it waits in the queue.</source>
        <translation>パートナーは証明書を更新し、新しい証明書を SMTP に対して有効にする必要があります。それまでパートナー宛てのメールはキューで待機します。</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2 (issuer &quot;%3&quot;).</source>
        <translation>%1 の証明書は信頼されていません: %2 (発行者 &quot;%3&quot;)。</translation>
    </message>
    <message>
        <source>Add the partner&apos;s root CA to the workspace (trust add FILE) or give it with --ca-file; if the partner uses a public CA, ask it to send the intermediate certificates.</source>
        <translation>パートナーのルート CA をワークスペースに追加する (trust add FILE) か、--ca-file で指定してください。パートナーがパブリック CA を使用している場合は、中間証明書も送信するようパートナーに依頼してください。</translation>
    </message>
    <message>
        <source>The certificate of %1 failed verification: %2.</source>
        <translation>%1 の証明書の検証に失敗しました: %2。</translation>
    </message>
    <message>
        <source>Ask the partner for a valid certificate for SMTP (serverAuth, valid dates).</source>
        <translation>SMTP 用の有効な証明書 (serverAuth、有効な期間) をパートナーに依頼してください。</translation>
    </message>
    <message>
        <source>No reference name to check the certificate of %1 against (it names %2).</source>
        <translation>%1 の証明書を照合する参照名がありません (証明書の名前: %2)。</translation>
    </message>
    <message>
        <source>Give the partner domain with --domain, or probe the gateway by its host name.</source>
        <translation>--domain でパートナー ドメインを指定するか、ホスト名でゲートウェイをプローブしてください。</translation>
    </message>
    <message>
        <source>The certificate of %1 names %2, none of which matches %3.</source>
        <translation>%1 の証明書の名前は %2 で、いずれも %3 と一致しません。</translation>
    </message>
    <message>
        <source>Ask the partner for a certificate whose subject alternative names include its domain or its gateway&apos;s host name, or check that you probe the right host and --domain.</source>
        <translation>サブジェクト代替名にパートナーのドメインまたはゲートウェイのホスト名を含む証明書をパートナーに依頼するか、プローブするホストと --domain が正しいことを確認してください。</translation>
    </message>
    <message>
        <source>%1 refused our client certificate: %2</source>
        <translation>%1 が自サーバーのクライアント証明書を拒否しました: %2</translation>
    </message>
    <message>
        <source>Our certificate comes from a CA the partner accepts; check that it is valid and carries clientAuth, and that the partner allows our IP address.</source>
        <translation>自サーバーの証明書はパートナーが受け入れる CA から発行されています。証明書が有効で clientAuth を含むこと、およびパートナーが自サーバーの IP アドレスを許可していることを確認してください。</translation>
    </message>
    <message>
        <source>The certificate carries its name only in the CN; current clients ignore the CN. Ask the partner for a certificate with subject alternative names.</source>
        <translation>証明書の名前は CN にしかありません。現在のクライアントは CN を無視します。サブジェクト代替名を含む証明書をパートナーに依頼してください。</translation>
    </message>
    <message numerus="yes">
        <source>The partner&apos;s certificate expires in %n day(s).</source>
        <translation>
            <numerusform>パートナーの証明書はあと %n 日で有効期限が切れます。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server asked for a client certificate and we sent none; a domain-secure partner may refuse mail without one.</source>
        <translation>サーバーがクライアント証明書を要求しましたが、送信しませんでした。ドメイン セキュリティを使用するパートナーは、クライアント証明書のないメールを拒否する場合があります。</translation>
    </message>
    <message>
        <source>No host to probe.</source>
        <translation>プローブするホストがありません。</translation>
    </message>
    <message>
        <source>Give HOST[:PORT].</source>
        <translation>HOST[:PORT] を指定してください。</translation>
    </message>
    <message>
        <source>Check the server&apos;s SMTP certificate and key in the workspace.</source>
        <translation>ワークスペース内のサーバーの SMTP 証明書とキーを確認してください。</translation>
    </message>
    <message>
        <source>Give a readable PEM file.</source>
        <translation>読み取り可能な PEM ファイルを指定してください。</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2</source>
        <translation>%1 のポート %2 に接続しています</translation>
    </message>
    <message>
        <source>Cannot connect to %1:%2: %3</source>
        <translation>%1:%2 に接続できません: %3</translation>
    </message>
    <message>
        <source>Check the host and port, that the gateway is running, and that no firewall blocks port %1.</source>
        <translation>ホストとポート、ゲートウェイが実行中であること、およびファイアウォールがポート %1 をブロックしていないことを確認してください。</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>%1 に接続しました</translation>
    </message>
    <message>
        <source>waiting for the greeting</source>
        <translation>グリーティングの待機中</translation>
    </message>
    <message>
        <source>%1:%2 refused the session with %3 %4</source>
        <translation>%1:%2 がセッションを拒否しました: %3 %4</translation>
    </message>
    <message>
        <source>The partner&apos;s gateway does not accept connections from us; its administrator must allow our address.</source>
        <translation>パートナーのゲートウェイが自サーバーからの接続を受け付けません。パートナーの管理者が自サーバーのアドレスを許可する必要があります。</translation>
    </message>
    <message>
        <source>waiting for the EHLO reply</source>
        <translation>EHLO の応答の待機中</translation>
    </message>
    <message>
        <source>The server refused EHLO %1: %2 %3</source>
        <translation>サーバーが EHLO %1 を拒否しました: %2 %3</translation>
    </message>
    <message>
        <source>Check the connector&apos;s FQDN: the partner may require a resolvable EHLO name.</source>
        <translation>コネクタの FQDN を確認してください。パートナーが名前解決できる EHLO 名を要求している可能性があります。</translation>
    </message>
    <message>
        <source>%1:%2 does not offer STARTTLS.</source>
        <translation>%1:%2 は STARTTLS を提供していません。</translation>
    </message>
    <message>
        <source>Enable TLS on the partner&apos;s receive side (Exchange: a certificate enabled for SMTP; Postfix: smtpd_tls_security_level = may or encrypt, with smtpd_tls_cert_file).</source>
        <translation>パートナーの受信側で TLS を有効にする必要があります (Exchange: SMTP に対して有効な証明書、Postfix: smtpd_tls_security_level = may または encrypt と smtpd_tls_cert_file)。</translation>
    </message>
    <message>
        <source>waiting for the STARTTLS reply</source>
        <translation>STARTTLS の応答の待機中</translation>
    </message>
    <message>
        <source>%1:%2 offers STARTTLS but answered it with %3 %4</source>
        <translation>%1:%2 は STARTTLS を提供していますが、%3 %4 で応答しました</translation>
    </message>
    <message>
        <source>The partner&apos;s TLS set-up is broken (often an unreadable certificate or key); its log says why.</source>
        <translation>パートナーの TLS の設定に問題があります (多くの場合、証明書またはキーを読み取れません)。理由はパートナーのログで確認できます。</translation>
    </message>
    <message>
        <source>%1:%2 sent data after its STARTTLS reply, before the handshake.</source>
        <translation>%1:%2 が STARTTLS の応答の後、ハンドシェイクの前にデータを送信しました。</translation>
    </message>
    <message>
        <source>This is a protocol violation (or a STARTTLS injection by a middlebox); report it to the partner.</source>
        <translation>これはプロトコル違反 (または中間装置による STARTTLS インジェクション) です。パートナーに報告してください。</translation>
    </message>
    <message>
        <source>TLS handshake without SNI</source>
        <translation>SNI なしの TLS ハンドシェイク</translation>
    </message>
    <message>
        <source>TLS handshake, SNI %1</source>
        <translation>TLS ハンドシェイク (SNI %1)</translation>
    </message>
    <message>
        <source>%1:%2 ended the TLS handshake after our client certificate: %3</source>
        <translation>自サーバーのクライアント証明書の送信後に %1:%2 が TLS ハンドシェイクを終了しました: %3</translation>
    </message>
    <message>
        <source>The partner refused our certificate. It accepts certificates from: %1. Our certificate must chain to one of them and carry clientAuth.</source>
        <translation>パートナーが自サーバーの証明書を拒否しました。パートナーが受け入れる証明書の発行元: %1。自サーバーの証明書は、これらのいずれかにチェーンし、clientAuth を含む必要があります。</translation>
    </message>
    <message>
        <source>TLS handshake with %1:%2 failed: %3</source>
        <translation>%1:%2 との TLS ハンドシェイクに失敗しました: %3</translation>
    </message>
    <message>
        <source>The server requires a client certificate; give the workspace server (--server) whose SMTP certificate the partner trusts.</source>
        <translation>サーバーはクライアント証明書を必要としています。パートナーが信頼する SMTP 証明書を持つワークスペースのサーバーを (--server で) 指定してください。</translation>
    </message>
    <message>
        <source>The two sides share no protocol version or cipher, or the server&apos;s TLS set-up is broken; compare with the partner&apos;s TLS settings.</source>
        <translation>双方に共通のプロトコル バージョンまたは暗号がないか、サーバーの TLS の設定に問題があります。パートナーの TLS 設定と比較してください。</translation>
    </message>
    <message>
        <source>doing the TLS handshake</source>
        <translation>TLS ハンドシェイクの実行中</translation>
    </message>
    <message>
        <source>waiting for the EHLO reply after TLS</source>
        <translation>TLS 後の EHLO の応答の待機中</translation>
    </message>
    <message>
        <source>%1:%2 refused EHLO after TLS: %3</source>
        <translation>%1:%2 が TLS 後の EHLO を拒否しました: %3</translation>
    </message>
    <message>
        <source>The partner&apos;s gateway refuses us after TLS; its log says why.</source>
        <translation>パートナーのゲートウェイが TLS 後に接続を拒否しています。理由はパートナーのログで確認できます。</translation>
    </message>
    <message>
        <source>(no CA names sent)</source>
        <translation>(CA 名は送信されませんでした)</translation>
    </message>
    <message>
        <source>%1 requires a client certificate and refused the session without one: %2</source>
        <translation>%1 はクライアント証明書を必要としており、証明書のないセッションを拒否しました: %2</translation>
    </message>
    <message>
        <source>Our certificate was not sent; check its key in the workspace.</source>
        <translation>自サーバーの証明書が送信されませんでした。ワークスペース内のキーを確認してください。</translation>
    </message>
    <message>
        <source>Probe with the workspace server (--server) whose SMTP certificate the partner trusts; it accepts certificates from: %1.</source>
        <translation>パートナーが信頼する SMTP 証明書を持つワークスペースのサーバー (--server) でプローブしてください。パートナーが受け入れる証明書の発行元: %1。</translation>
    </message>
    <message>
        <source>The partner trusts only: %1. Ask it to trust our CA (send it our root certificate), or use a certificate from one of those CAs (with clientAuth).</source>
        <translation>パートナーが信頼しているのは %1 だけです。自組織の CA を信頼するよう依頼する (自組織のルート証明書を送付する) か、これらの CA のいずれかが発行した証明書 (clientAuth 付き) を使用してください。</translation>
    </message>
</context>
<context>
    <name>StigEx19EdgeProfile</name>
    <message>
        <source>DISA STIG: Exchange 2019 Edge</source>
        <translation>DISA STIG: Exchange 2019 エッジ</translation>
    </message>
    <message>
        <source>%1 (DISA STIG %2)</source>
        <translation>%1 (DISA STIG %2)</translation>
    </message>
    <message>
        <source>%1 is the organization&apos;s only Edge server.</source>
        <translation>%1 は組織で唯一のエッジ サーバーです。</translation>
    </message>
    <message>
        <source>Deploy a second Edge server (and subscribe it).</source>
        <translation>2 台目のエッジ サーバーを展開してください (サブスクライブも行ってください)。</translation>
    </message>
    <message>
        <source>%1 is the only Edge server subscribed to the organization; the STIG asks for at least two Edge subscriptions.</source>
        <translation>組織にサブスクライブされているエッジ サーバーは %1 だけです。STIG は 2 つ以上のエッジ サブスクリプションを求めています。</translation>
    </message>
    <message>
        <source>Subscribe two or more Edge servers for load balancing, and record them in the Email Domain Security Plan.</source>
        <translation>負荷分散のために 2 台以上のエッジ サーバーをサブスクライブし、電子メール ドメイン セキュリティ計画 (EDSP) に記録してください。</translation>
    </message>
    <message>
        <source>The external receive connector %1 is not domain secure-enabled.</source>
        <translation>外部の受信コネクタ %1 でドメイン セキュリティが有効になっていません。</translation>
    </message>
    <message>
        <source>Turn on DomainSecureEnabled.</source>
        <translation>DomainSecureEnabled をオンにしてください。</translation>
    </message>
    <message>
        <source>The external receive connector %1 authenticates with %2; the STIG asks for %3, so that TLS is offered before basic authentication.</source>
        <translation>外部の受信コネクタ %1 の認証は %2 です。基本認証の前に TLS が提示されるよう、STIG は %3 を求めています。</translation>
    </message>
    <message>
        <source>Set AuthMechanism to %1 (not applicable in SIPR enclaves).</source>
        <translation>AuthMechanism を %1 に設定してください (SIPR エンクレーブには適用されません)。</translation>
    </message>
    <message>
        <source>The internal receive connector %1 authenticates with %2, not Tls alone.</source>
        <translation>内部の受信コネクタ %1 の認証は Tls のみではなく %2 です。</translation>
    </message>
    <message>
        <source>Set AuthMechanism to Tls.</source>
        <translation>AuthMechanism を Tls に設定してください。</translation>
    </message>
    <message>
        <source>The internal receive connector %1 accepts anonymous connections.</source>
        <translation>内部の受信コネクタ %1 は匿名の接続を受け付けます。</translation>
    </message>
    <message>
        <source>Remove AnonymousUsers from PermissionGroups.</source>
        <translation>PermissionGroups から AnonymousUsers を削除してください。</translation>
    </message>
    <message>
        <source>The receive connector %1 accepts %2 recipients per message; the STIG&apos;s value is %3.</source>
        <translation>受信コネクタ %1 はメッセージあたり %2 人の受信者を受け付けます。STIG の値は %3 です。</translation>
    </message>
    <message>
        <source>Set MaxRecipientsPerMessage to %1, or record the signed-off value in the Email Domain Security Plan.</source>
        <translation>MaxRecipientsPerMessage を %1 に設定するか、承認済みの値を電子メール ドメイン セキュリティ計画 (EDSP) に記録してください。</translation>
    </message>
    <message>
        <source>The receive connector %1 keeps connections for %2, longer than %3.</source>
        <translation>受信コネクタ %1 は接続を %2 保持します。これは %3 より長い時間です。</translation>
    </message>
    <message>
        <source>Set ConnectionTimeout to %1, or record the signed-off value in the Email Domain Security Plan.</source>
        <translation>ConnectionTimeout を %1 に設定するか、承認済みの値を電子メール ドメイン セキュリティ計画 (EDSP) に記録してください。</translation>
    </message>
    <message>
        <source>The receive connector %1 answers with Exchange&apos;s default banner, which names the server.</source>
        <translation>受信コネクタ %1 は Exchange の既定のバナーで応答します。既定のバナーにはサーバー名が含まれます。</translation>
    </message>
    <message>
        <source>The receive connector %1 answers with the banner &quot;%2&quot;.</source>
        <translation>受信コネクタ %1 はバナー &quot;%2&quot; で応答します。</translation>
    </message>
    <message>
        <source>Set Banner to &quot;%1&quot;.</source>
        <translation>Banner を &quot;%1&quot; に設定してください。</translation>
    </message>
    <message>
        <source>The internet-facing send connector &quot;%1&quot; does not route through a smart host.</source>
        <translation>インターネットに接続する送信コネクタ &quot;%1&quot; はスマート ホスト経由でルーティングしていません。</translation>
    </message>
    <message>
        <source>Name the smart host and turn DNS routing off (not applicable in SIPR enclaves).</source>
        <translation>スマート ホストを指定し、DNS ルーティングをオフにしてください (SIPR エンクレーブには適用されません)。</translation>
    </message>
    <message>
        <source>The send connector &quot;%1&quot; does not use domain security (mutual TLS).</source>
        <translation>送信コネクタ &quot;%1&quot; はドメイン セキュリティ (相互 TLS) を使用していません。</translation>
    </message>
    <message>
        <source>The send connector &quot;%1&quot; is domain secure-enabled but does not use DNS routing, which domain security requires.</source>
        <translation>送信コネクタ &quot;%1&quot; はドメイン セキュリティが有効ですが、ドメイン セキュリティに必要な DNS ルーティングを使用していません。</translation>
    </message>
    <message>
        <source>Turn on DNS routing.</source>
        <translation>DNS ルーティングをオンにしてください。</translation>
    </message>
    <message>
        <source>Turn on DomainSecureEnabled (and list the domain on the receiving side), or require TLS with domain validation.</source>
        <translation>DomainSecureEnabled をオンにする (受信側でもドメインを一覧に追加する) か、ドメイン検証付きの TLS を必須にしてください。</translation>
    </message>
    <message>
        <source>The send connector &quot;%1&quot; keeps idle connections for %2, longer than %3.</source>
        <translation>送信コネクタ &quot;%1&quot; はアイドル状態の接続を %2 保持します。これは %3 より長い時間です。</translation>
    </message>
    <message>
        <source>Set ConnectionInactivityTimeout to %1 or less, or record the signed-off value in the Email Domain Security Plan.</source>
        <translation>ConnectionInactivityTimeout を %1 以下に設定するか、承認済みの値を電子メール ドメイン セキュリティ計画 (EDSP) に記録してください。</translation>
    </message>
    <message>
        <source>The send connector &quot;%1&quot; requires neither domain security nor TLS with domain validation.</source>
        <translation>送信コネクタ &quot;%1&quot; はドメイン セキュリティも、ドメイン検証付きの TLS も必須にしていません。</translation>
    </message>
    <message>
        <source>The send connector &quot;%1&quot; has the TLS authentication level %2, not DomainValidation.</source>
        <translation>送信コネクタ &quot;%1&quot; の TLS 認証レベルは %2 で、DomainValidation ではありません。</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(未設定)</translation>
    </message>
    <message>
        <source>Set the TLS authentication level to DomainValidation (with Require TLS).</source>
        <translation>TLS 認証レベルを DomainValidation に設定してください (TLS の要求をオンにして)。</translation>
    </message>
</context>
<context>
    <name>TimeSpan</name>
    <message>
        <source>time span &quot;%1&quot; %2</source>
        <translation>時間間隔 &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>is empty; write [d.]hh:mm:ss, e.g. 00:05:00</source>
        <translation>空です。[d.]hh:mm:ss の形式 (例: 00:05:00) で指定してください</translation>
    </message>
    <message>
        <source>is not a time span; write [d.]hh:mm:ss, e.g. 00:05:00 or 1.00:00:00</source>
        <translation>時間間隔ではありません。[d.]hh:mm:ss の形式 (例: 00:05:00、1.00:00:00) で指定してください</translation>
    </message>
    <message>
        <source>has %1 hours; use days for 24 hours or more (1.00:00:00)</source>
        <translation>時間が %1 です。24 時間以上は日数を使用してください (1.00:00:00)</translation>
    </message>
    <message>
        <source>has minutes or seconds above 59</source>
        <translation>分または秒が 59 を超えています</translation>
    </message>
</context>
<context>
    <name>TopologyRules</name>
    <message>
        <source>The send connector &quot;%1&quot; would be created on %2, which is subscribed to the organization; a subscribed Edge refuses send connectors, which a Hub Transport server holds and EdgeSync replicates, and the workspace has no Hub Transport server.</source>
        <translation>送信コネクタ &quot;%1&quot; は組織にサブスクライブされている %2 に作成されることになります。サブスクライブされたエッジは送信コネクタを拒否します (送信コネクタはハブ トランスポート サーバーが保持し、EdgeSync が複製します) が、ワークスペースにハブ トランスポート サーバーがありません。</translation>
    </message>
    <message>
        <source>Add the Hub Transport server that %1 is subscribed to, or mark %1 standalone.</source>
        <translation>%1 のサブスクライブ先のハブ トランスポート サーバーを追加するか、%1 をスタンドアロンにしてください。</translation>
    </message>
    <message>
        <source>The domain-secure lists would be set on %1, which is subscribed to the organization; they are the organization&apos;s transport settings, which a Hub Transport server holds and EdgeSync replicates, and the workspace has no Hub Transport server.</source>
        <translation>ドメイン セキュリティの一覧は組織にサブスクライブされている %1 に設定されることになります。一覧は組織のトランスポート設定であり、ハブ トランスポート サーバーが保持して EdgeSync が複製しますが、ワークスペースにハブ トランスポート サーバーがありません。</translation>
    </message>
</context>
<context>
    <name>TrustAddVerb</name>
    <message>
        <source>Trust a partner&apos;s root CA (PEM, DER or PKCS#7 file).</source>
        <translation>パートナーのルート CA (PEM、DER、または PKCS#7 ファイル) を信頼します。</translation>
    </message>
    <message>
        <source>The CA certificate file.</source>
        <translation>CA 証明書ファイル。</translation>
    </message>
    <message>
        <source>trust %1: give exactly one argument</source>
        <translation>trust %1: 引数を 1 つだけ指定してください</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: ファイルを読み取れません: %2</translation>
    </message>
    <message>
        <source>%1: the file is too large for a CA certificate</source>
        <translation>%1: CA 証明書としてはファイルが大きすぎます</translation>
    </message>
    <message>
        <source>%1: already trusted</source>
        <translation>%1: 既に信頼されています</translation>
    </message>
    <message>
        <source>Trusted %1 %2</source>
        <translation>%1 %2 を信頼しました</translation>
    </message>
</context>
<context>
    <name>TrustListVerb</name>
    <message>
        <source>List the trusted partner root CAs.</source>
        <translation>信頼されたパートナーのルート CA を一覧表示します。</translation>
    </message>
</context>
<context>
    <name>TrustRemoveVerb</name>
    <message>
        <source>Stop trusting a partner root CA.</source>
        <translation>パートナーのルート CA の信頼を解除します。</translation>
    </message>
    <message>
        <source>SHA-1 thumbprint.</source>
        <translation>SHA-1 拇印。</translation>
    </message>
    <message>
        <source>trust %1: give exactly one argument</source>
        <translation>trust %1: 引数を 1 つだけ指定してください</translation>
    </message>
    <message>
        <source>Removed trusted root %1</source>
        <translation>信頼されたルート %1 を削除しました</translation>
    </message>
</context>
<context>
    <name>TrustRules</name>
    <message>
        <source>The certificate %1 of %2 has an RSA key of %3 bits; partners and CAs expect at least %4.</source>
        <translation>%2 の証明書 %1 の RSA キーは %3 ビットです。パートナーや CA は %4 ビット以上を求めます。</translation>
    </message>
    <message>
        <source>Request a new certificate with a key of at least %1 bits.</source>
        <translation>%1 ビット以上のキーで新しい証明書を要求してください。</translation>
    </message>
    <message>
        <source>The pending request %1 of %2 has an RSA key of %3 bits; partners and CAs expect at least %4.</source>
        <translation>%2 の保留中の要求 %1 の RSA キーは %3 ビットです。パートナーや CA は %4 ビット以上を求めます。</translation>
    </message>
    <message>
        <source>Remove the request and make a new one with a key of at least %1 bits.</source>
        <translation>要求を削除し、%1 ビット以上のキーで新しい要求を作成してください。</translation>
    </message>
    <message>
        <source>The trusted certificate %1 is not a root: it is issued by %2, which is not among the trusted roots, so a partner chain through it cannot be verified.</source>
        <translation>信頼された証明書 %1 はルートではありません。発行者 %2 が信頼されたルートに含まれていないため、この証明書を経由するパートナーの証明書チェーンを検証できません。</translation>
    </message>
    <message>
        <source>Add the partner&apos;s root CA %1 to the trusted roots.</source>
        <translation>パートナーのルート CA %1 を信頼されたルートに追加してください。</translation>
    </message>
    <message>
        <source>The workspace trusts no partner root CA, so the export adds none to the servers&apos; trust stores; mutual TLS with %1 works only if their certificates come from a CA the servers trust already.</source>
        <translation>ワークスペースはパートナーのルート CA を信頼していないため、エクスポートはサーバーの信頼ストアに何も追加しません。%1 との相互 TLS は、相手の証明書をサーバーが既に信頼している CA が発行している場合にだけ機能します。</translation>
    </message>
    <message>
        <source>Add the root CA of each partner with a private CA to the trusted roots.</source>
        <translation>プライベート CA を使うパートナーごとに、そのルート CA を信頼されたルートに追加してください。</translation>
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
        <translation>%1 または %2</translation>
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
        <translation>&quot;%1&quot; ではなく 2007、2010、2013、2016、または online を指定してください</translation>
    </message>
</context>
<context>
    <name>WorkspaceCrypto</name>
    <message>
        <source>the workspace keys are protected: a passphrase is needed</source>
        <translation>ワークスペースのキーは保護されています。パスフレーズが必要です</translation>
    </message>
    <message>
        <source>wrong workspace passphrase</source>
        <translation>ワークスペースのパスフレーズが正しくありません</translation>
    </message>
    <message>
        <source>certificate %1: %2</source>
        <translation>証明書 %1: %2</translation>
    </message>
    <message>
        <source>pending request %1: %2</source>
        <translation>保留中の要求 %1: %2</translation>
    </message>
    <message>
        <source>cannot derive the passphrase verifier</source>
        <translation>パスフレーズの検証子を導出できません</translation>
    </message>
</context>
<context>
    <name>WorkspaceDemoVerb</name>
    <message>
        <source>The workspace file to create.</source>
        <translation>作成するワークスペース ファイル。</translation>
    </message>
    <message>
        <source>workspace demo: give exactly one output file</source>
        <translation>workspace demo: 出力ファイルを 1 つだけ指定してください</translation>
    </message>
    <message>
        <source>%1: the file exists already</source>
        <translation>%1: ファイルは既に存在します</translation>
    </message>
    <message>
        <source>Created the demo workspace %1</source>
        <translation>デモ ワークスペース %1 を作成しました</translation>
    </message>
    <message>
        <source>Write the bundled demo workspace: Contoso with a Hub Transport server and a subscribed Edge, partner Fabrikam, a demo CA, the SMTP certificates it issued, partner connectors and the domain-secure lists.</source>
        <translation>付属のデモ ワークスペースを書き込みます: ハブ トランスポート サーバーとサブスクライブされたエッジを持つ Contoso、パートナー Fabrikam、デモ CA、その CA が発行した SMTP 証明書、パートナー コネクタ、ドメイン セキュリティの一覧。</translation>
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
        <translation>%1: ワークスペースを開けません: %2</translation>
    </message>
    <message>
        <source>%1: file is too large for a workspace</source>
        <translation>%1: ワークスペースとしてはファイルが大きすぎます</translation>
    </message>
    <message>
        <source>%1: cannot read the workspace: %2</source>
        <translation>%1: ワークスペースを読み取れません: %2</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: ファイルが空です</translation>
    </message>
    <message>
        <source>%1:%2:%3: damaged workspace file: %4</source>
        <translation>%1:%2:%3: ワークスペース ファイルが破損しています: %4</translation>
    </message>
    <message>
        <source>%1: not a DomainSecure workspace</source>
        <translation>%1: DomainSecure のワークスペースではありません</translation>
    </message>
    <message>
        <source>%1: the workspace was written by a newer DomainSecure (format version %2; this version reads up to %3)</source>
        <translation>%1: このワークスペースは新しいバージョンの DomainSecure で書き込まれています (形式のバージョン %2。このバージョンで読み取れるのは %3 までです)</translation>
    </message>
    <message>
        <source>%1: the workspace has no valid format version</source>
        <translation>%1: ワークスペースに有効な形式のバージョンがありません</translation>
    </message>
    <message>
        <source>%1: cannot write the workspace</source>
        <translation>%1: ワークスペースを書き込めません</translation>
    </message>
</context>
<context>
    <name>WorkspaceInitVerb</name>
    <message>
        <source>Create an empty workspace with one Edge server.</source>
        <translation>エッジ サーバーを 1 台含む空のワークスペースを作成します。</translation>
    </message>
    <message>
        <source>Organization name.</source>
        <translation>組織名。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>An accepted domain of the organization (repeatable).</source>
        <translation>組織の承認済みドメイン (複数指定可)。</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMAIN</translation>
    </message>
    <message>
        <source>Name of the Edge server.</source>
        <translation>エッジ サーバーの名前。</translation>
    </message>
    <message>
        <source>FQDN of the Edge server.</source>
        <translation>エッジ サーバーの FQDN。</translation>
    </message>
    <message>
        <source>FQDN</source>
        <translation>FQDN</translation>
    </message>
    <message>
        <source>workspace init: give the new file with -w FILE</source>
        <translation>workspace init: -w FILE で新しいファイルを指定してください</translation>
    </message>
    <message>
        <source>%1: the file exists already</source>
        <translation>%1: ファイルは既に存在します</translation>
    </message>
    <message>
        <source>workspace init: --organization, --server and --fqdn are required</source>
        <translation>workspace init: --organization、--server、--fqdn は必須です</translation>
    </message>
    <message>
        <source>--organization</source>
        <translation>--organization</translation>
    </message>
    <message>
        <source>Created workspace %1</source>
        <translation>ワークスペース %1 を作成しました</translation>
    </message>
</context>
<context>
    <name>WorkspaceSetVerb</name>
    <message>
        <source>Set the organization&apos;s Exchange release, which &quot;export exchange&quot; and &quot;lint&quot; use when no --version or --target is given.</source>
        <translation>組織の Exchange のリリースを設定します。--version または --target が指定されていないとき、&quot;export exchange&quot; と &quot;lint&quot; はこのリリースを使用します。</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>workspace set: give --exchange-version</source>
        <translation>workspace set: --exchange-version を指定してください</translation>
    </message>
    <message>
        <source>The organization&apos;s Exchange release is %1 (target %2)</source>
        <translation>組織の Exchange のリリースは %1 です (ターゲット %2)</translation>
    </message>
    <message>
        <source>The Exchange release: 2007, 2010, 2013, 2016 (also 2019 and Subscription Edition) or online (Exchange Online).</source>
        <translation>Exchange のリリース: 2007、2010、2013、2016 (2019 と Subscription Edition を含む)、または online (Exchange Online)。</translation>
    </message>
    <message>
        <source>workspace set: --exchange-version must be 2007, 2010, 2013, 2016 or online, not &quot;%1&quot;</source>
        <translation>workspace set: --exchange-version には &quot;%1&quot; ではなく 2007、2010、2013、2016、または online を指定してください</translation>
    </message>
</context>
<context>
    <name>WorkspaceVerb</name>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>予期しない引数 &quot;%1&quot; です</translation>
    </message>
</context>
<context>
    <name>ds::core::DurableFile</name>
    <message>
        <source>%1: the file is already being written</source>
        <translation>%1: ファイルは既に書き込み中です</translation>
    </message>
    <message>
        <source>%1: not a file name</source>
        <translation>%1: ファイル名ではありません</translation>
    </message>
    <message>
        <source>%1: cannot open the folder %2: %3</source>
        <translation>%1: フォルダー %2 を開けません: %3</translation>
    </message>
    <message>
        <source>%1: cannot inspect the folder %2: %3</source>
        <translation>%1: フォルダー %2 を調べられません: %3</translation>
    </message>
    <message>
        <source>%1: refusing to write into %2: other users may write to that folder (mode %3) and it has no sticky bit</source>
        <translation>%1: %2 には書き込みません: ほかのユーザーがこのフォルダーに書き込めます (モード %3) が、スティッキー ビットがありません</translation>
    </message>
    <message>
        <source>%1: refusing to write through a symbolic link</source>
        <translation>%1: シンボリック リンクを経由しては書き込みません</translation>
    </message>
    <message>
        <source>%1: refusing to replace something that is not a regular file</source>
        <translation>%1: 通常のファイルではないものは置き換えません</translation>
    </message>
    <message>
        <source>%1: cannot inspect the file: %2</source>
        <translation>%1: ファイルを調べられません: %2</translation>
    </message>
    <message>
        <source>%1: cannot create a temporary file in %2: %3</source>
        <translation>%1: %2 に一時ファイルを作成できません: %3</translation>
    </message>
    <message>
        <source>%1: cannot set the file mode %2: %3</source>
        <translation>%1: ファイル モード %2 を設定できません: %3</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: 書き込めません: %2</translation>
    </message>
    <message>
        <source>%1: the file is not open for writing</source>
        <translation>%1: ファイルは書き込み用に開かれていません</translation>
    </message>
    <message>
        <source>%1: cannot write to disk: %2</source>
        <translation>%1: ディスクに書き込めません: %2</translation>
    </message>
    <message>
        <source>%1: cannot replace the file: %2</source>
        <translation>%1: ファイルを置き換えられません: %2</translation>
    </message>
    <message>
        <source>%1: cannot write the folder %2 to disk: %3</source>
        <translation>%1: フォルダー %2 をディスクに書き込めません: %3</translation>
    </message>
    <message>
        <source>The previous file could not be put back (%1); it is kept as %2.</source>
        <translation>以前のファイルを元に戻せませんでした (%1)。%2 として保持されています。</translation>
    </message>
    <message>
        <source>%1: refusing to use a symbolic link as a folder</source>
        <translation>%1: シンボリック リンクはフォルダーとして使用しません</translation>
    </message>
    <message>
        <source>%1: exists and is not a folder</source>
        <translation>%1: 存在しますが、フォルダーではありません</translation>
    </message>
    <message>
        <source>%1: cannot inspect the folder: %2</source>
        <translation>%1: フォルダーを調べられません: %2</translation>
    </message>
    <message>
        <source>%1: cannot create the folder: %2</source>
        <translation>%1: フォルダーを作成できません: %2</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: ファイルを読み取れません: %2</translation>
    </message>
</context>
<context>
    <name>ds::ui::AboutDialog</name>
    <message>
        <source>About DomainSecure</source>
        <translation>DomainSecure のバージョン情報</translation>
    </message>
    <message>
        <source>&lt;h2&gt;DomainSecure %1&lt;/h2&gt;&lt;p&gt;Certificates and mutual-TLS (Domain Security) connectors for mail gateways: Exchange 2007 Edge Transport servers and Postfix.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Cryptography by OpenSSL 3, used directly by the core library.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;DomainSecure %1&lt;/h2&gt;&lt;p&gt;メール ゲートウェイ (Exchange 2007 エッジ トランスポート サーバーおよび Postfix) 用の証明書と相互 TLS (ドメイン セキュリティ) コネクタを管理します。&lt;/p&gt;&lt;p&gt;Qt %2 でビルドされています。暗号処理にはコア ライブラリから直接 OpenSSL 3 を使用しています。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ds::ui::Application</name>
    <message>
        <source>Certificates and mutual-TLS connectors for mail gateways.</source>
        <translation>メール ゲートウェイ用の証明書と相互 TLS コネクタ。</translation>
    </message>
    <message>
        <source>The workspace file (*.dsw) to open; the demo when omitted.</source>
        <translation>開くワークスペース ファイル (*.dsw)。省略するとデモを開きます。</translation>
    </message>
    <message>
        <source>Demo Workspace</source>
        <translation>デモ ワークスペース</translation>
    </message>
    <message>
        <source>User interface language for this session: en or ja (default: Settings, else the system locale).</source>
        <translation>このセッションのユーザー インターフェイスの言語: en または ja (既定: 設定、なければシステムのロケール)。</translation>
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
        <translation>証明書</translation>
    </message>
    <message>
        <source>Certificate fields</source>
        <translation>証明書のフィールド</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Certificate as text</source>
        <translation>証明書のテキスト表示</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>全般(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>詳細(&amp;D)</translation>
    </message>
    <message>
        <source>Certification &amp;Path</source>
        <translation>証明のパス(&amp;P)</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>エラー:</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>証明書: %1</translation>
    </message>
    <message>
        <source>Friendly name:</source>
        <translation>フレンドリ名:</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>発行先:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>発行者:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>有効期間の開始:</translation>
    </message>
    <message>
        <source>Valid to:</source>
        <translation>有効期間の終了:</translation>
    </message>
    <message>
        <source>Domain names:</source>
        <translation>ドメイン名:</translation>
    </message>
    <message>
        <source>Services:</source>
        <translation>サービス:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状態:</translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation>秘密キー:</translation>
    </message>
    <message>
        <source>yes, exportable</source>
        <translation>あり (エクスポート可能)</translation>
    </message>
    <message>
        <source>yes, not exportable</source>
        <translation>あり (エクスポート不可)</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>注:</translation>
    </message>
    <message>
        <source>Self-signed for internal mail only; partners will not trust it.</source>
        <translation>内部メール専用の自己署名証明書です。パートナーはこの証明書を信頼しません。</translation>
    </message>
    <message>
        <source>Thumbprint:</source>
        <translation>拇印:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>サブジェクト</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>発行者</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>有効期間の開始</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>有効期間の終了</translation>
    </message>
    <message>
        <source>Subject alternative names</source>
        <translation>サブジェクト代替名</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>公開キー</translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation>署名アルゴリズム</translation>
    </message>
    <message>
        <source>Key usage</source>
        <translation>キー使用法</translation>
    </message>
    <message>
        <source>Enhanced key usage</source>
        <translation>拡張キー使用法</translation>
    </message>
    <message>
        <source>Basic constraints</source>
        <translation>基本制限</translation>
    </message>
    <message>
        <source>Certification authority</source>
        <translation>証明機関</translation>
    </message>
    <message>
        <source>End entity</source>
        <translation>エンド エンティティ</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>自己署名</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>Thumbprint (SHA-1)</source>
        <translation>拇印 (SHA-1)</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>フィンガープリント (SHA-256)</translation>
    </message>
    <message>
        <source>Certificates in the stored chain</source>
        <translation>保存されているチェーン内の証明書</translation>
    </message>
    <message>
        <source>Pending Request: %1</source>
        <translation>保留中の要求: %1</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>サブジェクト:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>作成日時:</translation>
    </message>
    <message>
        <source>Key thumbprint:</source>
        <translation>キーの拇印:</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>verifies</source>
        <translation>検証済み</translation>
    </message>
    <message>
        <source>does not verify</source>
        <translation>検証できません</translation>
    </message>
    <message>
        <source>Key exportable</source>
        <translation>キーのエクスポート可能</translation>
    </message>
</context>
<context>
    <name>ds::ui::CertificateRequestWizard</name>
    <message>
        <source>New Certificate Request</source>
        <translation>新しい証明書の要求</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>Renew Certificate</source>
        <translation>証明書の更新</translation>
    </message>
    <message>
        <source>New certificate request for %1</source>
        <translation>%1 の新しい証明書の要求</translation>
    </message>
    <message>
        <source>A certificate request holds the public half of a new key and the names the certificate is for. Send it to a certification authority (CA) that your partners trust; import the certificate it returns with Import Certificate.</source>
        <translation>証明書の要求には、新しいキーの公開部分と、証明書の対象となる名前が含まれます。要求はパートナーが信頼する証明機関 (CA) に送信し、返された証明書は [証明書のインポート] でインポートします。</translation>
    </message>
    <message>
        <source>The common name (CN) is the name partners connect to, usually the FQDN of the server (mail.contoso.com). Most CAs also want the organization and the country.</source>
        <translation>共通名 (CN) はパートナーが接続する名前で、通常はサーバーの FQDN (mail.contoso.com) です。ほとんどの CA では組織と国も必要です。</translation>
    </message>
    <message>
        <source>Domain security checks that the certificate names the domain of the sender. List the server&apos;s FQDN and every domain the server sends mail for (contoso.com).</source>
        <translation>ドメイン セキュリティでは、証明書に送信者のドメインが含まれていることが確認されます。サーバーの FQDN と、サーバーがメールを送信するすべてのドメイン (contoso.com) を指定してください。</translation>
    </message>
    <message>
        <source>RSA 2048 is what Exchange 2007 makes by default. An exportable key can be copied to a second Edge server later. The friendly name is shown in lists (at most 63 characters).</source>
        <translation>Exchange 2007 の既定は RSA 2048 です。エクスポート可能なキーは、後で 2 台目のエッジ サーバーにコピーできます。フレンドリ名は一覧に表示されます (最大 63 文字)。</translation>
    </message>
    <message>
        <source>Check the answers. The shell command does the same on an Exchange 2007 server. Generate starts the key generation; you cannot go back after that.</source>
        <translation>入力内容を確認してください。シェル コマンドは Exchange 2007 サーバーで同じ処理を行います。[生成] をクリックするとキーの生成が始まり、その後は前に戻れません。</translation>
    </message>
    <message>
        <source>The key is generated in the background. Large RSA keys can take a while; Cancel stops it.</source>
        <translation>キーはバックグラウンドで生成されます。大きな RSA キーの生成には時間がかかる場合があります。[キャンセル] で中止できます。</translation>
    </message>
    <message>
        <source>Save the request and send the file to your CA. The request stays pending on the server until you import the certificate the CA issues.</source>
        <translation>要求を保存し、そのファイルを CA に送信してください。CA が発行した証明書をインポートするまで、要求はサーバー上で保留中のままです。</translation>
    </message>
    <message>
        <source>New Certificate Request Help</source>
        <translation>新しい証明書の要求のヘルプ</translation>
    </message>
</context>
<context>
    <name>ds::ui::CertificateTableModel</name>
    <message>
        <source>Friendly name</source>
        <translation>フレンドリ名</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>サブジェクト</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Thumbprint</source>
        <translation>拇印</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>まもなく期限切れ</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>まだ有効ではない</translation>
    </message>
    <message>
        <source>Untrusted</source>
        <translation>信頼されていない</translation>
    </message>
    <message>
        <source>Pending request</source>
        <translation>保留中の要求</translation>
    </message>
</context>
<context>
    <name>ds::ui::CertificationPathWidget</name>
    <message>
        <source>Certification path</source>
        <translation>証明のパス</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Certification &amp;path:</source>
        <translation>証明のパス(&amp;P):</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>The certificate is trusted for TLS server and client use.</source>
        <translation>この証明書は TLS サーバーおよびクライアントの用途で信頼されています。</translation>
    </message>
    <message>
        <source>The certificate is not trusted: %1</source>
        <translation>この証明書は信頼されていません: %1</translation>
    </message>
</context>
<context>
    <name>ds::ui::ConnectorTextPage</name>
    <message>
        <source>&amp;Copy to Clipboard</source>
        <translation>クリップボードにコピー(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ds::ui::ConnectorWizardPage</name>
    <message>
        <source>Correct or remove the entries marked in red, then click Next again.</source>
        <translation>赤で示されたエントリを修正または削除してから、もう一度 [次へ] をクリックしてください。</translation>
    </message>
    <message>
        <source>Fill in the required fields.</source>
        <translation>必須フィールドに入力してください。</translation>
    </message>
</context>
<context>
    <name>ds::ui::CountryComboBox</name>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
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
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Add &amp;Suggested</source>
        <translation>候補を追加(&amp;S)</translation>
    </message>
    <message>
        <source>mail.contoso.com</source>
        <translation>mail.contoso.com</translation>
    </message>
    <message>
        <source>Domain name to add</source>
        <translation>追加するドメイン名</translation>
    </message>
    <message>
        <source>Domain names of the certificate</source>
        <translation>証明書のドメイン名</translation>
    </message>
    <message>
        <source>Suggested domain names</source>
        <translation>候補のドメイン名</translation>
    </message>
    <message>
        <source>&amp;Domain names:</source>
        <translation>ドメイン名(&amp;D):</translation>
    </message>
    <message>
        <source>Su&amp;ggestions:</source>
        <translation>候補(&amp;G):</translation>
    </message>
</context>
<context>
    <name>ds::ui::DomainSecureListModel</name>
    <message>
        <source>No server</source>
        <translation>サーバーなし</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>No connector</source>
        <translation>コネクタなし</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>On, TLS required</source>
        <translation>オン (TLS 必須)</translation>
    </message>
    <message>
        <source>On</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s)</source>
        <translation>エラー %1 件、警告 %2 件</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>コネクタ</translation>
    </message>
    <message>
        <source>Domain security</source>
        <translation>ドメイン セキュリティ</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>検出結果</translation>
    </message>
</context>
<context>
    <name>ds::ui::DomainSecureTableModel</name>
    <message>
        <source>Domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <source>Send list</source>
        <translation>送信リスト</translation>
    </message>
    <message>
        <source>Receive list</source>
        <translation>受信リスト</translation>
    </message>
    <message>
        <source>Send connector</source>
        <translation>送信コネクタ</translation>
    </message>
    <message>
        <source>Receive connector</source>
        <translation>受信コネクタ</translation>
    </message>
    <message>
        <source>SMTP certificate</source>
        <translation>SMTP 証明書</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Missing on %1</source>
        <translation>%1 にありません</translation>
    </message>
    <message>
        <source>No server</source>
        <translation>サーバーなし</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>検出結果</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>エラー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Pinned keys</source>
        <translation>固定された鍵</translation>
    </message>
    <message>
        <source>No key is pinned: any certificate from a trusted partner root is accepted for this partner.</source>
        <translation>鍵が固定されていません: 信頼されたパートナーのルートが発行した証明書であれば、どれでもこのパートナーとして受け付けられます。</translation>
    </message>
    <message>
        <source>%1… until %2</source>
        <translation>%1… (%2 まで)</translation>
    </message>
    <message>
        <source>%1 (%2), until %3</source>
        <translation>%1 (%2)、%3 まで</translation>
    </message>
</context>
<context>
    <name>ds::ui::DomainSecurityPage</name>
    <message>
        <source>Mail to domains on the send list and from domains on the receive list travels over mutual TLS (domain security). Each domain needs a Partner connector with domain security and an SMTP certificate that the partner trusts.</source>
        <translation>送信リストにあるドメイン宛てのメールと、受信リストにあるドメインからのメールは、相互 TLS (ドメイン セキュリティ) で転送されます。各ドメインには、ドメイン セキュリティが有効なパートナー コネクタと、パートナーが信頼する SMTP 証明書が必要です。</translation>
    </message>
    <message>
        <source>&amp;Send list (TLSSendDomainSecureList)</source>
        <translation>送信リスト (TLSSendDomainSecureList)(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Receive list (TLSReceiveDomainSecureList)</source>
        <translation>受信リスト (TLSReceiveDomainSecureList)(&amp;R)</translation>
    </message>
    <message>
        <source>Domain to add to the send list</source>
        <translation>送信リストに追加するドメイン</translation>
    </message>
    <message>
        <source>Domain to add to the receive list</source>
        <translation>受信リストに追加するドメイン</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>削除(&amp;M)</translation>
    </message>
    <message>
        <source>Remove Domain-Secure Domain</source>
        <translation>ドメイン セキュリティ ドメインの削除</translation>
    </message>
</context>
<context>
    <name>ds::ui::EnableCertificateDialog</name>
    <message>
        <source>Enable Certificate</source>
        <translation>証明書の有効化</translation>
    </message>
    <message>
        <source>Services that use certificate %1. A service cannot be taken away from a certificate: enable another certificate for it instead.</source>
        <translation>証明書 %1 を使用するサービス。証明書からサービスを外すことはできません。代わりに別の証明書をそのサービスに対して有効にしてください。</translation>
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
        <translation>有効にする(&amp;E)</translation>
    </message>
    <message>
        <source>Exchange Management Shell: %1</source>
        <translation>Exchange 管理シェル: %1</translation>
    </message>
    <message>
        <source>Choose a service to enable.</source>
        <translation>有効にするサービスを選択してください。</translation>
    </message>
    <message>
        <source>Replace SMTP Certificate</source>
        <translation>SMTP 証明書の置き換え</translation>
    </message>
    <message>
        <source>Replace the default SMTP certificate of %1 (%2, %3) with %4?</source>
        <translation>%1 の既定の SMTP 証明書 (%2、%3) を %4 に置き換えますか?</translation>
    </message>
</context>
<context>
    <name>ds::ui::ExportCertificateDialog</name>
    <message>
        <source>&amp;Base64 (PEM)</source>
        <translation>Base64 (PEM)(&amp;B)</translation>
    </message>
    <message>
        <source>Binary (&amp;DER)</source>
        <translation>バイナリ (DER)(&amp;D)</translation>
    </message>
    <message>
        <source>PKCS#12 (.&amp;pfx) with the private key</source>
        <translation>秘密キーを含む PKCS#12 (.pfx)(&amp;P)</translation>
    </message>
    <message>
        <source>Include the &amp;issuer certificates</source>
        <translation>発行者の証明書を含める(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Legacy encryption (3DES) for Windows Server 2003/2008</source>
        <translation>Windows Server 2003/2008 用の従来の暗号化 (3DES)(&amp;L)</translation>
    </message>
    <message>
        <source>Export Certificate Request</source>
        <translation>証明書の要求のエクスポート</translation>
    </message>
    <message>
        <source>Export Certificate</source>
        <translation>証明書のエクスポート</translation>
    </message>
    <message>
        <source>The certificate has no exportable private key.</source>
        <translation>この証明書にはエクスポート可能な秘密キーがありません。</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>参照(&amp;R)…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>パスワードの確認(&amp;C):</translation>
    </message>
    <message>
        <source>Workspace pass&amp;phrase:</source>
        <translation>ワークスペースのパスフレーズ(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>Exchange Management Shell: %1</source>
        <translation>Exchange 管理シェル: %1</translation>
    </message>
    <message>
        <source>Choose the file to export to.</source>
        <translation>エクスポート先のファイルを選択してください。</translation>
    </message>
    <message>
        <source>A PFX file needs a password.</source>
        <translation>PFX ファイルにはパスワードが必要です。</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>パスワードが一致しません。</translation>
    </message>
</context>
<context>
    <name>ds::ui::ExportDialog</name>
    <message>
        <source>Export Configuration</source>
        <translation>構成のエクスポート</translation>
    </message>
    <message>
        <source>Export target</source>
        <translation>エクスポートの対象</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>対象(&amp;T):</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>サーバー(&amp;S):</translation>
    </message>
    <message>
        <source>Workspace passphrase</source>
        <translation>ワークスペースのパスフレーズ</translation>
    </message>
    <message>
        <source>Workspace &amp;passphrase:</source>
        <translation>ワークスペースのパスフレーズ(&amp;P):</translation>
    </message>
    <message>
        <source>Lint findings for this target</source>
        <translation>この対象に対する lint の検出結果</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>対処方法</translation>
    </message>
    <message>
        <source>Generated files</source>
        <translation>生成されたファイル</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>File preview</source>
        <translation>ファイルのプレビュー</translation>
    </message>
    <message>
        <source>Changes against the previous export</source>
        <translation>前回のエクスポートからの変更点</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>プレビュー(&amp;P)</translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation>変更点(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>フォルダー(&amp;F):</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>エクスポート フォルダー</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>書き込み(&amp;W)</translation>
    </message>
    <message>
        <source>Apply to a Postfix server (optional)</source>
        <translation>Postfix サーバーに適用 (省略可能)</translation>
    </message>
    <message>
        <source>Choose a target and a server; the workspace has no server yet.</source>
        <translation>対象とサーバーを選択してください。ワークスペースにはまだサーバーがありません。</translation>
    </message>
    <message numerus="yes">
        <source>Export to %1 refused: lint reports %n error(s) for this target. Fix them first (the list below says where).</source>
        <translation>
            <numerusform>%1 へのエクスポートを拒否しました: lint がこの対象について %n 件のエラーを報告しています。先にエラーを修正してください (場所は下の一覧に示されています)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot export: %1</source>
        <translation>エクスポートできません: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) for %1 on %2.</source>
        <translation>
            <numerusform>%2 の %1 用のファイル %n 個。</numerusform>
        </translation>
    </message>
    <message>
        <source>Read before deploying:</source>
        <translation>展開する前にお読みください:</translation>
    </message>
    <message>
        <source>changed (+%1 −%2)</source>
        <translation>変更あり (+%1 −%2)</translation>
    </message>
    <message>
        <source>This file holds a private key. Its content is not shown; it is written readable by the owner only (mode 0600).</source>
        <translation>このファイルには秘密キーが含まれています。内容は表示されません。ファイルは所有者のみが読み取れるように書き込まれます (モード 0600)。</translation>
    </message>
    <message>
        <source>Binary file, %1.</source>
        <translation>バイナリ ファイル、%1。</translation>
    </message>
    <message>
        <source>Choose a folder to compare with its previous export.</source>
        <translation>前回のエクスポートと比較するフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>New file: %1 has no previous %2.</source>
        <translation>新しいファイル: %1 には以前の %2 がありません。</translation>
    </message>
    <message>
        <source>Unchanged since the previous export.</source>
        <translation>前回のエクスポートから変更はありません。</translation>
    </message>
    <message>
        <source>Changed (content not shown: binary or secret file).</source>
        <translation>変更あり (バイナリ ファイルまたは機密ファイルのため内容は表示されません)。</translation>
    </message>
    <message>
        <source>Export Folder</source>
        <translation>エクスポート フォルダー</translation>
    </message>
    <message>
        <source>Write Export</source>
        <translation>エクスポートの書き込み</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in %1 will be replaced. Continue?</source>
        <translation>
            <numerusform>%1 内の %n 個のファイルが置き換えられます。続行しますか?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to %1.</source>
        <translation>
            <numerusform>%1 に %n 個のファイルを書き込みました。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Include the private key although it is marked non-exportable</source>
        <translation>エクスポート不可とされている秘密キーも含める(&amp;I)</translation>
    </message>
    <message>
        <source>The bundle holds the key of the SMTP certificate. Check this only if the administrator wants that key on the Postfix server.</source>
        <translation>バンドルには SMTP 証明書のキーが含まれます。管理者がそのキーを Postfix サーバーに置くと決めた場合にのみオンにしてください。</translation>
    </message>
</context>
<context>
    <name>ds::ui::FindingTableModel</name>
    <message>
        <source>%1
Fix: %2</source>
        <translation>%1
対処方法: %2</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>対処方法</translation>
    </message>
</context>
<context>
    <name>ds::ui::ImportCertificateWizard</name>
    <message>
        <source>Import Certificate</source>
        <translation>証明書のインポート</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <source>Choose the file your CA returned (.cer, .crt, .pem, .p7b) or a PKCS#12 file (.pfx, .p12) with a certificate and its private key. You can also drop the file on the main window.</source>
        <translation>CA から返されたファイル (.cer、.crt、.pem、.p7b)、または証明書と秘密キーを含む PKCS#12 ファイル (.pfx、.p12) を選択してください。メイン ウィンドウにファイルをドロップすることもできます。</translation>
    </message>
    <message>
        <source>PKCS#12 files are protected by the password chosen when they were exported.</source>
        <translation>PKCS#12 ファイルは、エクスポート時に指定したパスワードで保護されています。</translation>
    </message>
    <message>
        <source>Check the certificate before importing it. A certificate issued for a pending request takes over that request&apos;s private key; the chain must reach a root your partners trust.</source>
        <translation>インポートする前に証明書を確認してください。保留中の要求に対して発行された証明書は、その要求の秘密キーを引き継ぎます。チェーンは、パートナーが信頼するルートに到達する必要があります。</translation>
    </message>
    <message>
        <source>Domain security uses the server&apos;s SMTP certificate. A server has one default SMTP certificate: enabling this one for SMTP replaces the current one.</source>
        <translation>ドメイン セキュリティではサーバーの SMTP 証明書が使用されます。サーバーの既定の SMTP 証明書は 1 つだけのため、この証明書を SMTP に対して有効にすると現在の証明書が置き換えられます。</translation>
    </message>
    <message>
        <source>The certificate is in the workspace. The commands do the same on an Exchange 2007 server.</source>
        <translation>証明書はワークスペースに追加されました。次のコマンドは Exchange 2007 サーバーで同じ処理を行います。</translation>
    </message>
    <message>
        <source>Import Certificate Help</source>
        <translation>証明書のインポートのヘルプ</translation>
    </message>
</context>
<context>
    <name>ds::ui::ImportCompletionPage</name>
    <message>
        <source>Completion</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Exchange Management Shell commands</source>
        <translation>Exchange 管理シェル コマンド</translation>
    </message>
    <message>
        <source>&amp;Copy Commands</source>
        <translation>コマンドのコピー(&amp;C)</translation>
    </message>
    <message>
        <source>The same in the Exchange Management &amp;Shell:</source>
        <translation>Exchange 管理シェルでの同等の操作(&amp;S):</translation>
    </message>
    <message>
        <source>%1 (%2) was imported to %3</source>
        <translation>%1 (%2) を %3 にインポートしました</translation>
    </message>
    <message>
        <source>; it completed the pending request</source>
        <translation>。保留中の要求を完了しました</translation>
    </message>
    <message>
        <source>; enabled for %1</source>
        <translation>。%1 に対して有効にしました</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more certificate(s).</source>
        <translation>
            <numerusform>…ほか %n 件の証明書。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more note(s).</source>
        <translation>
            <numerusform>…ほか %n 件の注記。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ds::ui::ImportFilePage</name>
    <message>
        <source>Certificate File</source>
        <translation>証明書ファイル</translation>
    </message>
    <message>
        <source>The certificate your CA issued, or a PKCS#12 file with a certificate and its key.</source>
        <translation>CA が発行した証明書、または証明書とそのキーを含む PKCS#12 ファイル。</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>証明書ファイル</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>参照(&amp;R)…</translation>
    </message>
    <message>
        <source>PEM, DER, PKCS#7 (.p7b) and PKCS#12 (.pfx, .p12) files are accepted. You can also drop a file on the main window.</source>
        <translation>PEM、DER、PKCS#7 (.p7b)、PKCS#12 (.pfx、.p12) の各ファイルを使用できます。メイン ウィンドウにファイルをドロップすることもできます。</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>Import Certificate</source>
        <translation>証明書のインポート</translation>
    </message>
    <message>
        <source>Certificates (*.cer *.crt *.pem *.der *.p7b *.p7c *.pfx *.p12);;All files (*)</source>
        <translation>証明書 (*.cer *.crt *.pem *.der *.p7b *.p7c *.pfx *.p12);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: ファイルが存在しません</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MiB</source>
        <translation>%1: ファイルが %2 MiB を超えています</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2)</source>
        <translation>%1: ファイルを読み取れません (%2)</translation>
    </message>
</context>
<context>
    <name>ds::ui::ImportPasswordPage</name>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>The file is a PKCS#12 file: enter the password it was exported with.</source>
        <translation>このファイルは PKCS#12 ファイルです。エクスポート時のパスワードを入力してください。</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>Opening the file…</source>
        <translation>ファイルを開いています…</translation>
    </message>
</context>
<context>
    <name>ds::ui::ImportPreviewJob</name>
    <message>
        <source>%1: no certificate in the file</source>
        <translation>%1: ファイルに証明書がありません</translation>
    </message>
</context>
<context>
    <name>ds::ui::ImportPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Check the certificate before it is imported.</source>
        <translation>インポートする前に証明書を確認してください。</translation>
    </message>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation>ファイルの読み取りは取り消されました。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み取っています…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>File format:</source>
        <translation>ファイル形式:</translation>
    </message>
    <message>
        <source>Certificates in the file:</source>
        <translation>ファイル内の証明書:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>サブジェクト:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>発行者:</translation>
    </message>
    <message>
        <source>Domain names:</source>
        <translation>ドメイン名:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>有効期間の開始:</translation>
    </message>
    <message>
        <source>Valid to:</source>
        <translation>有効期間の終了:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>キー:</translation>
    </message>
    <message>
        <source>Thumbprint:</source>
        <translation>拇印:</translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation>秘密キー:</translation>
    </message>
    <message>
        <source>from the pending request</source>
        <translation>保留中の要求から</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>in the file</source>
        <translation>ファイル内</translation>
    </message>
    <message>
        <source>This certificate completes the pending request &quot;%1&quot; (%2) of server %3.</source>
        <translation>この証明書は、サーバー %3 の保留中の要求 &quot;%1&quot; (%2) を完了します。</translation>
    </message>
    <message>
        <source>This certificate completes no pending request and the file has no private key: it is imported without a key and cannot be enabled for SMTP.</source>
        <translation>この証明書はどの保留中の要求も完了せず、ファイルに秘密キーもありません。キーなしでインポートされるため、SMTP に対して有効にできません。</translation>
    </message>
    <message>
        <source>The certificate comes with its private key.</source>
        <translation>この証明書には秘密キーが付属しています。</translation>
    </message>
    <message>
        <source>Status: %1. %2</source>
        <translation>状態: %1。%2</translation>
    </message>
</context>
<context>
    <name>ds::ui::ImportServicesPage</name>
    <message>
        <source>&amp;SMTP (domain security, STARTTLS)</source>
        <translation>&amp;SMTP (ドメイン セキュリティ、STARTTLS)</translation>
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
        <translation>ユニファイド メッセージング(&amp;U)</translation>
    </message>
    <message>
        <source>Workspace &amp;passphrase:</source>
        <translation>ワークスペースのパスフレーズ(&amp;P):</translation>
    </message>
    <message>
        <source>Enable Services</source>
        <translation>サービスの有効化</translation>
    </message>
    <message>
        <source>The services that use the certificate. Domain security needs SMTP.</source>
        <translation>この証明書を使用するサービス。ドメイン セキュリティには SMTP が必要です。</translation>
    </message>
    <message>
        <source>&amp;Friendly name:</source>
        <translation>フレンドリ名(&amp;F):</translation>
    </message>
    <message>
        <source>The certificate is not valid now (%1): it is imported without services.</source>
        <translation>この証明書は現在有効ではありません (%1)。サービスなしでインポートされます。</translation>
    </message>
    <message>
        <source>There is no private key for this certificate: it is imported without services.</source>
        <translation>この証明書の秘密キーがありません。サービスなしでインポートされます。</translation>
    </message>
    <message>
        <source>%1 uses &quot;%2&quot; (%3) for SMTP now; enabling SMTP replaces it.</source>
        <translation>%1 は現在 SMTP に &quot;%2&quot; (%3) を使用しています。SMTP を有効にすると置き換えられます。</translation>
    </message>
    <message>
        <source>Replace SMTP Certificate</source>
        <translation>SMTP 証明書の置き換え</translation>
    </message>
    <message>
        <source>Replace the default SMTP certificate of %1?

Current: %2 (%3, expires %4)
New: %5 (%6)</source>
        <translation>%1 の既定の SMTP 証明書を置き換えますか?

現在: %2 (%3、有効期限 %4)
新規: %5 (%6)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>インポートしています…</translation>
    </message>
    <message>
        <source>Import certificate %1</source>
        <translation>証明書 %1 のインポート</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>インポートしました。</translation>
    </message>
</context>
<context>
    <name>ds::ui::KeyGenerationPage</name>
    <message>
        <source>Key Generation</source>
        <translation>キーの生成</translation>
    </message>
    <message>
        <source>The private key is generated in the background; the window stays usable.</source>
        <translation>秘密キーはバックグラウンドで生成されます。その間もウィンドウは使用できます。</translation>
    </message>
    <message>
        <source>Key generation progress</source>
        <translation>キーの生成の進行状況</translation>
    </message>
    <message>
        <source>Generating a %1 key…</source>
        <translation>%1 キーを生成しています…</translation>
    </message>
    <message>
        <source>&amp;Cancel Generation</source>
        <translation>生成のキャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Key generation was cancelled.</source>
        <translation>キーの生成は取り消されました。</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>The %1 key was generated and the request was added to %2 as pending.</source>
        <translation>%1 キーが生成され、要求が保留中として %2 に追加されました。</translation>
    </message>
</context>
<context>
    <name>ds::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>操作(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>ナビゲーション</translation>
    </message>
    <message>
        <source>Navigation tree</source>
        <translation>ナビゲーション ツリー</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>ツール バー</translation>
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
            <numerusform>%n 個のオブジェクトが選択されています</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n 個のオブジェクト</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>ワークスペースを開く</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>保存されていない変更の回復</translation>
    </message>
    <message>
        <source>%1 has unsaved changes from an earlier session that did not end normally. Restore them?</source>
        <translation>%1 には、正常に終了しなかった前回のセッションで保存されていない変更があります。復元しますか?</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 を開きました</translation>
    </message>
    <message>
        <source>Save Workspace</source>
        <translation>ワークスペースの保存</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>Save Workspace As</source>
        <translation>名前を付けてワークスペースを保存</translation>
    </message>
    <message>
        <source>DomainSecure workspaces (*.dsw)</source>
        <translation>DomainSecure ワークスペース (*.dsw)</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>保存されていない変更</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 には保存されていない変更があります。保存しますか?</translation>
    </message>
    <message>
        <source>DomainSecure workspaces (*.dsw);;All files (*)</source>
        <translation>DomainSecure ワークスペース (*.dsw);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>ds::ui::NavigationModel</name>
    <message>
        <source>Organization</source>
        <translation>組織の構成</translation>
    </message>
    <message>
        <source>Send Connectors</source>
        <translation>送信コネクタ</translation>
    </message>
    <message>
        <source>Domain Security</source>
        <translation>ドメイン セキュリティ</translation>
    </message>
    <message>
        <source>Trusted Roots</source>
        <translation>信頼されたルート証明機関</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>サーバーの構成</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>Receive Connectors</source>
        <translation>受信コネクタ</translation>
    </message>
    <message>
        <source>Organization (%1)</source>
        <translation>組織の構成 (%1)</translation>
    </message>
    <message>
        <source>%1 (Edge Transport)</source>
        <translation>%1 (エッジ トランスポート)</translation>
    </message>
    <message>
        <source>%1 (Hub Transport)</source>
        <translation>%1 (ハブ トランスポート)</translation>
    </message>
</context>
<context>
    <name>ds::ui::NewPartnerWizard</name>
    <message>
        <source>New Partner</source>
        <translation>新しいパートナー</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>パートナー</translation>
    </message>
    <message>
        <source>Name the partner organization and list its SMTP domains.</source>
        <translation>パートナー組織の名前と SMTP ドメインを指定してください。</translation>
    </message>
    <message>
        <source>The wizard names the connectors &quot;From &lt;partner&gt;&quot; and &quot;To &lt;partner&gt;&quot;. The domains go on the domain-secure send and receive lists and become the send connector&apos;s address spaces; no wildcards.</source>
        <translation>ウィザードはコネクタに &quot;From &lt;partner&gt;&quot; および &quot;To &lt;partner&gt;&quot; という名前を付けます。ドメインはドメイン セキュリティの送信リストと受信リストに追加され、送信コネクタのアドレス空間になります。ワイルドカードは使用できません。</translation>
    </message>
    <message>
        <source>Partner Gateways</source>
        <translation>パートナーのゲートウェイ</translation>
    </message>
    <message>
        <source>Specify the IP addresses of the partner&apos;s mail gateways that send to us.</source>
        <translation>自組織にメールを送信するパートナーのメール ゲートウェイの IP アドレスを指定してください。</translation>
    </message>
    <message>
        <source>Ask the partner for the addresses its outbound gateways use: single addresses, a-b ranges or CIDR blocks.</source>
        <translation>パートナーの送信ゲートウェイが使用するアドレス (単一のアドレス、a-b の範囲、または CIDR ブロック) をパートナーに確認してください。</translation>
    </message>
    <message>
        <source>Our Server</source>
        <translation>自組織のサーバー</translation>
    </message>
    <message>
        <source>Choose the server that exchanges mail with the partner.</source>
        <translation>パートナーとメールをやり取りするサーバーを選択してください。</translation>
    </message>
    <message>
        <source>The receive connector listens on these bindings of our server; its FQDN must be a name of the server&apos;s SMTP certificate, which the partner checks.</source>
        <translation>受信コネクタは自組織のサーバーのこれらのバインドで待ち受けます。コネクタの FQDN は、パートナーが確認するサーバーの SMTP 証明書の名前のいずれかである必要があります。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>要約</translation>
    </message>
    <message>
        <source>Check what will be created, then click Create.</source>
        <translation>作成される内容を確認してから、[作成] をクリックしてください。</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>作成(&amp;C)</translation>
    </message>
    <message>
        <source>Create adds the four objects as one step: a single Undo removes them all.</source>
        <translation>[作成] では 4 つのオブジェクトが 1 つの手順として追加されます。1 回の [元に戻す] ですべて削除されます。</translation>
    </message>
    <message>
        <source>What Is Left to Do</source>
        <translation>残りの作業</translation>
    </message>
    <message>
        <source>The partner is set up. Validation of the workspace says:</source>
        <translation>パートナーの設定が完了しました。ワークスペースの検証結果:</translation>
    </message>
    <message>
        <source>Fix the errors listed here, then export the configuration and test the connection.</source>
        <translation>ここに示されたエラーを修正してから、構成をエクスポートし、接続をテストしてください。</translation>
    </message>
    <message>
        <source>Help: %1</source>
        <translation>ヘルプ: %1</translation>
    </message>
    <message>
        <source>Partner: %1 (%2)</source>
        <translation>パートナー: %1 (%2)</translation>
    </message>
    <message>
        <source>1. Receive connector %1: Partner usage, TLS with domain security, bindings %2, accepts only %3.</source>
        <translation>1. 受信コネクタ %1: 使用目的 Partner、ドメイン セキュリティ付きの TLS、バインド %2、%3 のみを受け付けます。</translation>
    </message>
    <message>
        <source>2. Send connector %1: Partner usage, DNS routing with domain security for %2.</source>
        <translation>2. 送信コネクタ %1: 使用目的 Partner、%2 に対するドメイン セキュリティ付きの DNS ルーティング。</translation>
    </message>
    <message>
        <source>3. Domain-secure send list: + %1</source>
        <translation>3. ドメイン セキュリティの送信リスト: + %1</translation>
    </message>
    <message>
        <source>4. Domain-secure receive list: + %1</source>
        <translation>4. ドメイン セキュリティの受信リスト: + %1</translation>
    </message>
    <message>
        <source>Exchange Management Shell equivalent:</source>
        <translation>Exchange 管理シェルでの同等のコマンド:</translation>
    </message>
    <message>
        <source>No findings for the new connectors, the lists or the server&apos;s certificate.</source>
        <translation>新しいコネクタ、リスト、サーバーの証明書について検出結果はありません。</translation>
    </message>
    <message>
        <source>Then:</source>
        <translation>その後の作業:</translation>
    </message>
    <message>
        <source>- Ask %1 to put your domains on its domain-secure send and receive lists and to accept your gateways.</source>
        <translation>- 自組織のドメインをドメイン セキュリティの送信リストと受信リストに追加し、自組織のゲートウェイを受け付けるよう %1 に依頼します。</translation>
    </message>
    <message>
        <source>- Trust the root CA of the partner&apos;s certificates (Trusted Roots).</source>
        <translation>- パートナーの証明書のルート CA を信頼します (信頼されたルート証明機関)。</translation>
    </message>
    <message>
        <source>- Export the configuration for %1 and test the connection to the partner&apos;s gateway.</source>
        <translation>- %1 の構成をエクスポートし、パートナーのゲートウェイへの接続をテストします。</translation>
    </message>
    <message>
        <source>Exchange Online equivalent (export exchange --version online):</source>
        <translation>Exchange Online での同等の設定 (export exchange --version online):</translation>
    </message>
</context>
<context>
    <name>ds::ui::OrganizationPropertiesDialog</name>
    <message>
        <source>Organization Properties</source>
        <translation>組織のプロパティ</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>組織:</translation>
    </message>
    <message>
        <source>Accepted domains:</source>
        <translation>承認済みドメイン:</translation>
    </message>
    <message>
        <source>&amp;Exchange release:</source>
        <translation>Exchange のリリース(&amp;E):</translation>
    </message>
    <message>
        <source>Lint, the Validation pane and the Exchange export use this release unless another target is chosen; the wizards write commands for it.</source>
        <translation>別のターゲットが選択されていない限り、lint、検証ペイン、Exchange へのエクスポートはこのリリースを使用します。ウィザードはこのリリース用のコマンドを書き出します。</translation>
    </message>
</context>
<context>
    <name>ds::ui::PartnerEditor</name>
    <message>
        <source>Partner domains</source>
        <translation>パートナー ドメイン</translation>
    </message>
    <message>
        <source>Partner &amp;name:</source>
        <translation>パートナー名(&amp;N):</translation>
    </message>
    <message>
        <source>Partner &amp;domains (mail to and from them travels over mutual TLS):</source>
        <translation>パートナー ドメイン (これらのドメインとのメールは相互 TLS で転送されます)(&amp;D):</translation>
    </message>
    <message>
        <source>Partner name: %1</source>
        <translation>パートナー名: %1</translation>
    </message>
    <message>
        <source>Partner domains: %1</source>
        <translation>パートナー ドメイン: %1</translation>
    </message>
</context>
<context>
    <name>ds::ui::PartnerServerEditor</name>
    <message>
        <source>&amp;Require TLS in both directions</source>
        <translation>双方向で TLS を必須にする(&amp;R)</translation>
    </message>
    <message>
        <source>Our &amp;server:</source>
        <translation>自組織のサーバー(&amp;S):</translation>
    </message>
</context>
<context>
    <name>ds::ui::PostfixApplyWidget</name>
    <message>
        <source>Postfix &amp;configuration directory:</source>
        <translation>Postfix の構成ディレクトリ(&amp;C):</translation>
    </message>
    <message>
        <source>Postfix configuration directory</source>
        <translation>Postfix の構成ディレクトリ</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>参照(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
    <message>
        <source>Write the configuration into the directory with postconf and postmap, then run &quot;postfix check&quot;. Settings DomainSecure does not own are left alone.</source>
        <translation>postconf と postmap で構成をディレクトリに書き込み、&quot;postfix check&quot; を実行します。DomainSecure が管理していない設定は変更されません。</translation>
    </message>
    <message>
        <source>Cancel A&amp;pply</source>
        <translation>適用のキャンセル(&amp;P)</translation>
    </message>
    <message>
        <source>Also replace &amp;global settings set by the administrator</source>
        <translation>管理者が設定したグローバル設定も置き換える(&amp;G)</translation>
    </message>
    <message>
        <source>Without it, the apply refuses to replace main.cf settings the administrator set to other values (server certificate, myhostname, a smaller message_size_limit) and services it did not create. TLS security levels and CA files are never replaced.</source>
        <translation>オフの場合、管理者が別の値に設定した main.cf の設定 (サーバー証明書、myhostname、より小さい message_size_limit) と、DomainSecure が作成していないサービスの置き換えを拒否します。TLS セキュリティ レベルと CA ファイルは置き換えられません。</translation>
    </message>
    <message>
        <source>Apply progress</source>
        <translation>適用の進行状況</translation>
    </message>
    <message>
        <source>Changes made by the apply</source>
        <translation>適用による変更</translation>
    </message>
    <message>
        <source>Postfix Configuration Directory</source>
        <translation>Postfix の構成ディレクトリ</translation>
    </message>
    <message>
        <source>Apply to Postfix</source>
        <translation>Postfix に適用</translation>
    </message>
    <message>
        <source>%1 is not a Postfix configuration directory: it has no main.cf.</source>
        <translation>%1 は Postfix の構成ディレクトリではありません (main.cf がありません)。</translation>
    </message>
    <message>
        <source>Change the Postfix configuration in %1? Only settings and services that DomainSecure owns are written.</source>
        <translation>%1 の Postfix 構成を変更しますか? 書き込まれるのは DomainSecure が管理する設定とサービスだけです。</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>適用しています…</translation>
    </message>
    <message>
        <source>Cancelling after the current step…</source>
        <translation>現在の手順の後でキャンセルしています…</translation>
    </message>
    <message numerus="yes">
        <source>Applied: %n change(s).</source>
        <translation>
            <numerusform>適用しました: %n 件の変更。</numerusform>
        </translation>
    </message>
    <message>
        <source>Applied: the configuration was already up to date.</source>
        <translation>適用しました: 構成は既に最新の状態でした。</translation>
    </message>
    <message>
        <source>postfix check: %1</source>
        <translation>postfix check: %1</translation>
    </message>
    <message>
        <source>Apply cancelled; steps already done stay done.</source>
        <translation>適用は取り消されました。既に完了した手順はそのままです。</translation>
    </message>
    <message>
        <source>Apply failed: %1</source>
        <translation>適用に失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>ds::ui::ProbeResultTree</name>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>テスト結果</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>[%1]</source>
        <translation>[%1]</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>発行者</translation>
    </message>
    <message>
        <source>DNS names</source>
        <translation>DNS 名</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有効</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n day(s) left)</source>
        <translation>
            <numerusform>%1 ～ %2 (残り %n 日)</numerusform>
        </translation>
    </message>
    <message>
        <source> %1 bits</source>
        <translation> %1 ビット</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Extended key usage</source>
        <translation>拡張キー使用法</translation>
    </message>
    <message>
        <source>CA</source>
        <translation>CA</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n 個の証明書</numerusform>
        </translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Failed step</source>
        <translation>失敗した手順</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>対処方法</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>合計時間</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ミリ秒</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>手順</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n 個の手順</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms  %2</source>
        <translation>%1 ミリ秒  %2</translation>
    </message>
    <message>
        <source>started at %1 ms, took %2 ms</source>
        <translation>開始 %1 ミリ秒、所要時間 %2 ミリ秒</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>EHLO name</source>
        <translation>EHLO 名</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>バナー</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>拡張機能</translation>
    </message>
    <message>
        <source>STARTTLS offered</source>
        <translation>STARTTLS の提供</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation>暗号</translation>
    </message>
    <message>
        <source>%1 (%2 bits)</source>
        <translation>%1 (%2 ビット)</translation>
    </message>
    <message>
        <source>Key exchange</source>
        <translation>キー交換</translation>
    </message>
    <message>
        <source>SNI</source>
        <translation>SNI</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>Extensions after TLS</source>
        <translation>TLS 後の拡張機能</translation>
    </message>
    <message>
        <source>Chain as sent</source>
        <translation>送信されたチェーン</translation>
    </message>
    <message>
        <source>Chain as built</source>
        <translation>構築されたチェーン</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>一致なし</translation>
    </message>
    <message>
        <source>matched by %1 (%2)</source>
        <translation>%1 (%2) と一致</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>the name is only in the common name, not in the SAN</source>
        <translation>名前が共通名にのみあり、SAN にありません</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>信頼</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>信頼済み</translation>
    </message>
    <message>
        <source>not trusted</source>
        <translation>信頼されていません</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Trust sources</source>
        <translation>信頼の取得元</translation>
    </message>
    <message>
        <source>Mutual TLS</source>
        <translation>相互 TLS</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Certificate requested</source>
        <translation>証明書の要求あり</translation>
    </message>
    <message>
        <source>Acceptable CAs</source>
        <translation>受け入れ可能な CA</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(任意)</translation>
    </message>
    <message>
        <source>Our certificate configured</source>
        <translation>自サーバーの証明書の構成</translation>
    </message>
    <message>
        <source>Our certificate</source>
        <translation>自サーバーの証明書</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <source>Chains to an acceptable CA</source>
        <translation>受け入れ可能な CA へのチェーン</translation>
    </message>
    <message>
        <source>Has clientAuth</source>
        <translation>clientAuth あり</translation>
    </message>
</context>
<context>
    <name>ds::ui::ReceiveAuthenticationEditor</name>
    <message>
        <source>&amp;Transport Layer Security (TLS)</source>
        <translation>トランスポート層セキュリティ (TLS)(&amp;T)</translation>
    </message>
    <message>
        <source>Enable &amp;Domain Security (Mutual Auth TLS)</source>
        <translation>ドメイン セキュリティ (相互認証 TLS) を有効にする(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Require TLS for every session</source>
        <translation>すべてのセッションで TLS を必須にする(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Basic Authentication</source>
        <translation>基本認証(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Offer Basic authentication only after starting TLS</source>
        <translation>TLS の開始後にのみ基本認証を提供する(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Exchange Server authentication</source>
        <translation>Exchange Server 認証(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Integrated Windows authentication</source>
        <translation>統合 Windows 認証(&amp;I)</translation>
    </message>
    <message>
        <source>E&amp;xternally Secured (for example, with IPsec)</source>
        <translation>外部で保護 (IPsec など)(&amp;X)</translation>
    </message>
</context>
<context>
    <name>ds::ui::ReceiveConnectorPropertiesDialog</name>
    <message>
        <source>%1\%2 Properties</source>
        <translation>%1\%2 のプロパティ</translation>
    </message>
    <message>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>認証</translation>
    </message>
    <message>
        <source>Permission Groups</source>
        <translation>アクセス許可グループ</translation>
    </message>
    <message>
        <source>The receive connector %1\%2 no longer exists.</source>
        <translation>受信コネクタ %1\%2 はもう存在しません。</translation>
    </message>
    <message>
        <source>Correct or remove the entries marked in red.</source>
        <translation>赤で示されたエントリを修正または削除してください。</translation>
    </message>
</context>
<context>
    <name>ds::ui::ReceiveConnectorTableModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>使用目的</translation>
    </message>
    <message>
        <source>Bindings</source>
        <translation>バインド</translation>
    </message>
    <message>
        <source>Remote IP ranges</source>
        <translation>リモート IP アドレス範囲</translation>
    </message>
    <message>
        <source>Domain security</source>
        <translation>ドメイン セキュリティ</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>ds::ui::ReceiveConnectorWizard</name>
    <message>
        <source>New Receive Connector</source>
        <translation>新しい受信コネクタ</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>This wizard helps you create a new receive connector on %1.</source>
        <translation>このウィザードは、%1 に新しい受信コネクタを作成するのに役立ちます。</translation>
    </message>
    <message>
        <source>Name the connector (up to 64 characters, no backslash; unique on the server) and choose its intended use. Partner sets up TLS with domain security and the Partners permission group, so that only the partner&apos;s servers authenticated by mutual TLS can send.</source>
        <translation>コネクタの名前 (最大 64 文字、円記号 (バックスラッシュ) は使用不可、サーバー内で一意) を指定し、使用目的を選択してください。パートナーを選択すると、ドメイン セキュリティ付きの TLS と Partners アクセス許可グループが設定され、相互 TLS で認証されたパートナーのサーバーだけが送信できるようになります。</translation>
    </message>
    <message>
        <source>Local Network Settings</source>
        <translation>ローカル ネットワークの設定</translation>
    </message>
    <message>
        <source>Specify the local IP addresses and ports on which this connector receives mail, and its FQDN.</source>
        <translation>このコネクタがメールを受信するローカル IP アドレスとポート、およびコネクタの FQDN を指定してください。</translation>
    </message>
    <message>
        <source>Bindings are IP:port pairs (0.0.0.0:25 for every IPv4 address, [::]:25 for IPv6). The FQDN is what the connector answers to HELO/EHLO and which certificate it presents; leave it empty for the server&apos;s FQDN.</source>
        <translation>バインドは IP:ポートの組です (すべての IPv4 アドレスは 0.0.0.0:25、IPv6 は [::]:25)。FQDN は、コネクタが HELO/EHLO に応答する名前で、提示する証明書の選択にも使用されます。サーバーの FQDN を使用する場合は空のままにします。</translation>
    </message>
    <message>
        <source>Remote Network Settings</source>
        <translation>リモート ネットワークの設定</translation>
    </message>
    <message>
        <source>Specify the IP addresses of the remote servers from which this connector receives mail.</source>
        <translation>このコネクタがメールを受信するリモート サーバーの IP アドレスを指定してください。</translation>
    </message>
    <message>
        <source>Enter single addresses (192.0.2.10), ranges (192.0.2.10-192.0.2.20) or CIDR blocks (198.51.100.0/28). A partner connector must list only the partner&apos;s gateways, never every address. The partner domains pair the connector with the domain-secure receive list.</source>
        <translation>単一のアドレス (192.0.2.10)、範囲 (192.0.2.10-192.0.2.20)、または CIDR ブロック (198.51.100.0/28) を入力してください。パートナー コネクタにはパートナーのゲートウェイだけを指定し、すべてのアドレスを指定してはいけません。パートナー ドメインによって、コネクタがドメイン セキュリティの受信リストと対応付けられます。</translation>
    </message>
    <message>
        <source>New Connector</source>
        <translation>新しいコネクタ</translation>
    </message>
    <message>
        <source>Check the settings, then click New to create the connector.</source>
        <translation>設定を確認してから、[新規] をクリックしてコネクタを作成してください。</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <source>New adds the connector to the workspace as one step that Undo takes back.</source>
        <translation>[新規] ではコネクタが 1 つの手順としてワークスペースに追加され、[元に戻す] で取り消すことができます。</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>The connector was created. The Exchange Management Shell command that does the same:</source>
        <translation>コネクタが作成されました。同じ処理を行う Exchange 管理シェル コマンド:</translation>
    </message>
    <message>
        <source>Run the command on the Edge server, or export the whole configuration.</source>
        <translation>コマンドをエッジ サーバーで実行するか、構成全体をエクスポートしてください。</translation>
    </message>
    <message>
        <source>Help: %1</source>
        <translation>ヘルプ: %1</translation>
    </message>
    <message>
        <source>The server %1 is not in the workspace.</source>
        <translation>サーバー %1 はワークスペースにありません。</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>名前: %1</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>使用目的: %1</translation>
    </message>
    <message>
        <source>Bindings: %1</source>
        <translation>バインド: %1</translation>
    </message>
    <message>
        <source>Remote IP ranges: %1</source>
        <translation>リモート IP アドレス範囲: %1</translation>
    </message>
    <message>
        <source>FQDN: %1</source>
        <translation>FQDN: %1</translation>
    </message>
    <message>
        <source>(the server&apos;s FQDN)</source>
        <translation>(サーバーの FQDN)</translation>
    </message>
    <message>
        <source>Authentication: %1</source>
        <translation>認証: %1</translation>
    </message>
    <message>
        <source>Permission groups: %1</source>
        <translation>アクセス許可グループ: %1</translation>
    </message>
    <message>
        <source>Domain security: %1</source>
        <translation>ドメイン セキュリティ: %1</translation>
    </message>
    <message>
        <source>on</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Partner domains: %1</source>
        <translation>パートナー ドメイン: %1</translation>
    </message>
    <message>
        <source>Validation:</source>
        <translation>検証:</translation>
    </message>
    <message>
        <source>Left to do:</source>
        <translation>残りの作業:</translation>
    </message>
    <message>
        <source>Exchange Online equivalent (export exchange --version online):</source>
        <translation>Exchange Online での同等の設定 (export exchange --version online):</translation>
    </message>
    <message>
        <source>None: Exchange Online has no receive connectors; a partner domain on the domain-secure receive list that a domain-secure connector accepts becomes an inbound connector (lint --target exchange-online).</source>
        <translation>なし: Exchange Online には受信コネクタがありません。ドメイン セキュリティで保護された受信リストにあり、ドメイン セキュリティが有効なコネクタが受け付けるパートナー ドメインが、受信 (Inbound) コネクタになります (lint --target exchange-online)。</translation>
    </message>
</context>
<context>
    <name>ds::ui::ReceiveGeneralEditor</name>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Intended &amp;use:</source>
        <translation>使用目的(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>有効(&amp;E)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Verbose</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>&amp;Protocol logging level:</source>
        <translation>プロトコル ログ レベル(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;FQDN in response to HELO or EHLO:</source>
        <translation>HELO または EHLO に応答する FQDN(&amp;F):</translation>
    </message>
    <message>
        <source>Exchange&apos;s default banner</source>
        <translation>Exchange の既定のバナー</translation>
    </message>
    <message>
        <source>&amp;Banner:</source>
        <translation>バナー(&amp;B):</translation>
    </message>
    <message>
        <source>Maximum &amp;message size:</source>
        <translation>最大メッセージ サイズ(&amp;M):</translation>
    </message>
    <message>
        <source>Maximum &amp;recipients per message:</source>
        <translation>メッセージあたりの最大受信者数(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Connection timeout:</source>
        <translation>接続タイムアウト(&amp;C):</translation>
    </message>
    <message>
        <source>Connection &amp;inactivity timeout:</source>
        <translation>接続の非アクティブ タイムアウト(&amp;I):</translation>
    </message>
    <message>
        <source>%1 (the server&apos;s FQDN)</source>
        <translation>%1 (サーバーの FQDN)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>FQDN</source>
        <translation>FQDN</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>バナー</translation>
    </message>
    <message>
        <source>Maximum message size</source>
        <translation>最大メッセージ サイズ</translation>
    </message>
    <message>
        <source>Connection timeout</source>
        <translation>接続タイムアウト</translation>
    </message>
    <message>
        <source>Connection inactivity timeout</source>
        <translation>接続の非アクティブ タイムアウト</translation>
    </message>
</context>
<context>
    <name>ds::ui::ReceiveNetworkEditor</name>
    <message>
        <source>&amp;Local IP addresses and ports this connector receives mail on</source>
        <translation>このコネクタがメールを受信するローカル IP アドレスとポート(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Remote servers with these IP addresses (address, a-b range or CIDR)</source>
        <translation>次の IP アドレスを持つリモート サーバー (アドレス、a-b の範囲、または CIDR)(&amp;R)</translation>
    </message>
    <message>
        <source>Partner &amp;domains these servers send for (domain security)</source>
        <translation>これらのサーバーが送信するパートナー ドメイン (ドメイン セキュリティ)(&amp;D)</translation>
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
        <translation>接続を許可するユーザーを指定してください:</translation>
    </message>
    <message>
        <source>&amp;Anonymous users</source>
        <translation>匿名ユーザー(&amp;A)</translation>
    </message>
    <message>
        <source>Exchange &amp;users</source>
        <translation>Exchange ユーザー(&amp;U)</translation>
    </message>
    <message>
        <source>Exchange &amp;servers</source>
        <translation>Exchange サーバー(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Legacy Exchange Servers</source>
        <translation>レガシ Exchange サーバー(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>パートナー(&amp;P)</translation>
    </message>
    <message>
        <source>Custom permissions were added with Add-ADPermission; they are kept.</source>
        <translation>カスタムのアクセス許可が Add-ADPermission で追加されています。これらは保持されます。</translation>
    </message>
    <message>
        <source>Not available on an Edge Transport server.</source>
        <translation>エッジ トランスポート サーバーでは使用できません。</translation>
    </message>
</context>
<context>
    <name>ds::ui::RequestCompletionPage</name>
    <message>
        <source>&amp;Base64 (PEM, like New-ExchangeCertificate)</source>
        <translation>Base64 (PEM、New-ExchangeCertificate と同じ)(&amp;B)</translation>
    </message>
    <message>
        <source>Binary (&amp;DER, like -BinaryEncoded)</source>
        <translation>バイナリ (DER、-BinaryEncoded と同じ)(&amp;D)</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>参照(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Save Request</source>
        <translation>要求の保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cop&amp;y Request to Clipboard</source>
        <translation>要求をクリップボードにコピー(&amp;Y)</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Request file</source>
        <translation>要求ファイル</translation>
    </message>
    <message>
        <source>&lt;b&gt;What to do next:&lt;/b&gt; send the request file to your certification authority. When it returns the certificate, run &lt;i&gt;Import Certificate&lt;/i&gt;: the certificate is matched to this pending request, and you can enable it for SMTP. The request can be exported again from the Certificates page until then.</source>
        <translation>&lt;b&gt;次の手順:&lt;/b&gt; 要求ファイルを証明機関に送信します。証明書が返されたら &lt;i&gt;証明書のインポート&lt;/i&gt; を実行します。証明書はこの保留中の要求と照合され、SMTP に対して有効にできるようになります。それまでの間は、[証明書] ページから要求を再度エクスポートできます。</translation>
    </message>
    <message>
        <source>Request &amp;file:</source>
        <translation>要求ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>The request (PEM) is on the clipboard.</source>
        <translation>要求 (PEM) をクリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>The request for &lt;b&gt;%1&lt;/b&gt; is pending on %2 (key thumbprint %3).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; の要求は %2 で保留中です (キーの拇印 %3)。</translation>
    </message>
    <message>
        <source>Save Certificate Request</source>
        <translation>証明書の要求の保存</translation>
    </message>
    <message>
        <source>Certificate requests (*.req *.csr);;All files (*)</source>
        <translation>証明書の要求 (*.req *.csr);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>%1 に保存しました。</translation>
    </message>
</context>
<context>
    <name>ds::ui::RequestDomainsPage</name>
    <message>
        <source>Domain Names</source>
        <translation>ドメイン名</translation>
    </message>
    <message>
        <source>The names the certificate is valid for. Partners check that it names your domain.</source>
        <translation>証明書が有効な名前です。パートナーは、証明書に自組織のドメインが含まれていることを確認します。</translation>
    </message>
</context>
<context>
    <name>ds::ui::RequestIntroductionPage</name>
    <message>
        <source>Introduction</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>This wizard creates a key pair and a certificate request for a certification authority.</source>
        <translation>このウィザードでは、キー ペアと証明機関宛ての証明書の要求を作成します。</translation>
    </message>
    <message>
        <source>&lt;p&gt;Domain security needs a certificate that your partners trust, issued for the names of your Edge server. The wizard asks for the subject and the domain names, generates the private key, and writes a PKCS#10 request file that you send to your CA.&lt;/p&gt;&lt;p&gt;The request stays &lt;b&gt;pending&lt;/b&gt; on the server until you import the certificate the CA returns.&lt;/p&gt;</source>
        <translation>&lt;p&gt;ドメイン セキュリティには、エッジ サーバーの名前に対して発行され、パートナーが信頼する証明書が必要です。このウィザードでは、サブジェクトとドメイン名を入力し、秘密キーを生成して、CA に送信する PKCS#10 要求ファイルを書き込みます。&lt;/p&gt;&lt;p&gt;CA から返された証明書をインポートするまで、要求はサーバー上で&lt;b&gt;保留中&lt;/b&gt;のままです。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>サーバー(&amp;S):</translation>
    </message>
</context>
<context>
    <name>ds::ui::RequestKeyPage</name>
    <message>
        <source>Make the private key &amp;exportable</source>
        <translation>秘密キーをエクスポート可能にする(&amp;E)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>The private key stays in the workspace; only its public half goes into the request.</source>
        <translation>秘密キーはワークスペースに保存され、要求には公開部分のみが含まれます。</translation>
    </message>
    <message>
        <source>Needed to copy the certificate with its key to a second server later.</source>
        <translation>後で証明書とキーを 2 台目のサーバーにコピーする場合に必要です。</translation>
    </message>
    <message>
        <source>Key &amp;type and size:</source>
        <translation>キーの種類とサイズ(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Friendly name:</source>
        <translation>フレンドリ名(&amp;F):</translation>
    </message>
    <message>
        <source>Workspace &amp;passphrase:</source>
        <translation>ワークスペースのパスフレーズ(&amp;P):</translation>
    </message>
    <message>
        <source>The friendly name has %1 characters; Exchange allows at most 63.</source>
        <translation>フレンドリ名が %1 文字です。Exchange で使用できるのは最大 63 文字です。</translation>
    </message>
</context>
<context>
    <name>ds::ui::RequestSubjectPage</name>
    <message>
        <source>Subject</source>
        <translation>サブジェクト</translation>
    </message>
    <message>
        <source>Who the certificate is for. The common name is required; CAs usually want the organization and the country too.</source>
        <translation>証明書の発行先です。共通名は必須です。通常、CA では組織と国も必要です。</translation>
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
        <translation>共通名 (CN)(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Organization (O):</source>
        <translation>組織 (O)(&amp;O):</translation>
    </message>
    <message>
        <source>Organizational &amp;unit (OU):</source>
        <translation>組織単位 (OU)(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Locality (L):</source>
        <translation>市区町村 (L)(&amp;L):</translation>
    </message>
    <message>
        <source>S&amp;tate or province (ST):</source>
        <translation>都道府県 (ST)(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Country (C):</source>
        <translation>国 (C)(&amp;C):</translation>
    </message>
    <message>
        <source>Common name: %1</source>
        <translation>共通名: %1</translation>
    </message>
</context>
<context>
    <name>ds::ui::RequestSummaryPage</name>
    <message>
        <source>&amp;Copy Command</source>
        <translation>コマンドのコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>要約</translation>
    </message>
    <message>
        <source>Check the request. Generate creates the key; the request is then added to the server.</source>
        <translation>要求を確認してください。[生成] でキーが作成され、要求がサーバーに追加されます。</translation>
    </message>
    <message>
        <source>Exchange Management Shell command</source>
        <translation>Exchange 管理シェル コマンド</translation>
    </message>
    <message>
        <source>The same in the Exchange Management &amp;Shell:</source>
        <translation>Exchange 管理シェルでの同等の操作(&amp;S):</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>サーバー: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>サブジェクト: %1</translation>
    </message>
    <message>
        <source>Domain names: %1</source>
        <translation>ドメイン名: %1</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>キー: %1</translation>
    </message>
    <message>
        <source>Exportable: %1</source>
        <translation>エクスポート可能: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Friendly name: %1</source>
        <translation>フレンドリ名: %1</translation>
    </message>
</context>
<context>
    <name>ds::ui::ResultPane</name>
    <message>
        <source>&amp;Filter:</source>
        <translation>フィルター(&amp;F):</translation>
    </message>
    <message>
        <source>Type to filter</source>
        <translation>入力して絞り込み</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>結果</translation>
    </message>
</context>
<context>
    <name>ds::ui::SendAddressSpaceEditor</name>
    <message>
        <source>Address spaces</source>
        <translation>アドレス空間</translation>
    </message>
    <message>
        <source>Route mail for these &amp;domains through this connector (&quot;*.domain&quot; includes all subdomains; &quot;;cost&quot; from 1 to 100):</source>
        <translation>次のドメイン宛てのメールをこのコネクタ経由でルーティングする (&quot;*.domain&quot; はすべてのサブドメインを含む、&quot;;cost&quot; は 1 ～ 100)(&amp;D):</translation>
    </message>
    <message>
        <source>Address space: %1</source>
        <translation>アドレス空間: %1</translation>
    </message>
</context>
<context>
    <name>ds::ui::SendConnectorPropertiesDialog</name>
    <message>
        <source>%1 Properties</source>
        <translation>%1 のプロパティ</translation>
    </message>
    <message>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <source>Address Space</source>
        <translation>アドレス空間</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Source Server</source>
        <translation>発信元サーバー</translation>
    </message>
    <message>
        <source>The send connector %1 no longer exists.</source>
        <translation>送信コネクタ %1 はもう存在しません。</translation>
    </message>
    <message>
        <source>Correct or remove the entries marked in red.</source>
        <translation>赤で示されたエントリを修正または削除してください。</translation>
    </message>
</context>
<context>
    <name>ds::ui::SendConnectorTableModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>使用目的</translation>
    </message>
    <message>
        <source>Address spaces</source>
        <translation>アドレス空間</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>ルーティング</translation>
    </message>
    <message>
        <source>Domain security</source>
        <translation>ドメイン セキュリティ</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>DNS (MX records)</source>
        <translation>DNS (MX レコード)</translation>
    </message>
    <message>
        <source>Smart hosts: %1</source>
        <translation>スマート ホスト: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>ds::ui::SendConnectorWizard</name>
    <message>
        <source>New Send Connector</source>
        <translation>新しい送信コネクタ</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>This wizard helps you create a new send connector for the organization.</source>
        <translation>このウィザードは、組織の新しい送信コネクタを作成するのに役立ちます。</translation>
    </message>
    <message>
        <source>Name the connector (unique in the organization) and choose its intended use. Partner routes by DNS with domain security: the partner&apos;s servers must present a certificate for a domain on the domain-secure send list.</source>
        <translation>コネクタの名前 (組織内で一意) を指定し、使用目的を選択してください。パートナーを選択すると、ドメイン セキュリティ付きの DNS ルーティングになります。パートナーのサーバーは、ドメイン セキュリティの送信リストにあるドメインの証明書を提示する必要があります。</translation>
    </message>
    <message>
        <source>Address Space</source>
        <translation>アドレス空間</translation>
    </message>
    <message>
        <source>Specify the domains to which this connector routes mail.</source>
        <translation>このコネクタがメールをルーティングする宛先のドメインを指定してください。</translation>
    </message>
    <message>
        <source>Enter a domain (fabrikam.example), &quot;*.fabrikam.example&quot; for all its subdomains, and optionally &quot;;cost&quot; from 1 to 100. Domain security does not work with wildcards.</source>
        <translation>ドメイン (fabrikam.example)、またはすべてのサブドメインを対象にする場合は &quot;*.fabrikam.example&quot; を入力し、必要に応じて 1 ～ 100 の &quot;;cost&quot; を付けてください。ドメイン セキュリティはワイルドカードでは機能しません。</translation>
    </message>
    <message>
        <source>Network Settings</source>
        <translation>ネットワークの設定</translation>
    </message>
    <message>
        <source>Select how to send mail with this connector.</source>
        <translation>このコネクタでメールを送信する方法を選択してください。</translation>
    </message>
    <message>
        <source>DNS routing looks up the partner&apos;s MX records. Exchange 2007 needs DNS routing, no smart host and STARTTLS for domain security.</source>
        <translation>DNS ルーティングではパートナーの MX レコードが参照されます。Exchange 2007 のドメイン セキュリティには、DNS ルーティング、スマート ホストなし、および STARTTLS が必要です。</translation>
    </message>
    <message>
        <source>Source Server</source>
        <translation>発信元サーバー</translation>
    </message>
    <message>
        <source>Select the servers that send mail through this connector.</source>
        <translation>このコネクタ経由でメールを送信するサーバーを選択してください。</translation>
    </message>
    <message>
        <source>New Connector</source>
        <translation>新しいコネクタ</translation>
    </message>
    <message>
        <source>Check the settings, then click New to create the connector.</source>
        <translation>設定を確認してから、[新規] をクリックしてコネクタを作成してください。</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <source>New adds the connector to the workspace as one step that Undo takes back.</source>
        <translation>[新規] ではコネクタが 1 つの手順としてワークスペースに追加され、[元に戻す] で取り消すことができます。</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>The connector was created. The Exchange Management Shell command that does the same:</source>
        <translation>コネクタが作成されました。同じ処理を行う Exchange 管理シェル コマンド:</translation>
    </message>
    <message>
        <source>Run the command in the Exchange Management Shell, or export the configuration.</source>
        <translation>コマンドを Exchange 管理シェルで実行するか、構成をエクスポートしてください。</translation>
    </message>
    <message>
        <source>Help: %1</source>
        <translation>ヘルプ: %1</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>名前: %1</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>使用目的: %1</translation>
    </message>
    <message>
        <source>Address spaces: %1</source>
        <translation>アドレス空間: %1</translation>
    </message>
    <message>
        <source>Routing: DNS MX records</source>
        <translation>ルーティング: DNS の MX レコード</translation>
    </message>
    <message>
        <source>Routing: smart hosts %1 (port %2)</source>
        <translation>ルーティング: スマート ホスト %1 (ポート %2)</translation>
    </message>
    <message>
        <source>Domain security: %1</source>
        <translation>ドメイン セキュリティ: %1</translation>
    </message>
    <message>
        <source>on</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Require TLS: %1</source>
        <translation>TLS を必須にする: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Source servers: %1</source>
        <translation>発信元サーバー: %1</translation>
    </message>
    <message>
        <source>(every server)</source>
        <translation>(すべてのサーバー)</translation>
    </message>
    <message>
        <source>Validation:</source>
        <translation>検証:</translation>
    </message>
    <message>
        <source>Left to do:</source>
        <translation>残りの作業:</translation>
    </message>
    <message>
        <source>Check the servers that send mail through this connector: the subscribed Edge servers for mail to the Internet and partners, or Hub Transport servers. Without a Hub Transport server the page is skipped: the connector belongs to the Edge server itself.</source>
        <translation>このコネクタ経由でメールを送信するサーバーをオンにしてください: インターネットやパートナーへのメールにはサブスクライブされたエッジ サーバー、またはハブ トランスポート サーバーです。ハブ トランスポート サーバーがない場合、このページは表示されません。コネクタはエッジ サーバー自体に属します。</translation>
    </message>
    <message>
        <source>Exchange Online equivalent (export exchange --version online):</source>
        <translation>Exchange Online での同等の設定 (export exchange --version online):</translation>
    </message>
    <message>
        <source>None: only a connector with domain security or the TLS authentication level DomainValidation becomes an outbound connector (lint --target exchange-online).</source>
        <translation>なし: ドメイン セキュリティまたは TLS 認証レベル DomainValidation を持つコネクタだけが送信 (Outbound) コネクタになります (lint --target exchange-online)。</translation>
    </message>
</context>
<context>
    <name>ds::ui::SendGeneralEditor</name>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Intended &amp;use:</source>
        <translation>使用目的(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>有効(&amp;E)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Verbose</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>&amp;Protocol logging level:</source>
        <translation>プロトコル ログ レベル(&amp;P):</translation>
    </message>
    <message>
        <source>the source server&apos;s FQDN</source>
        <translation>発信元サーバーの FQDN</translation>
    </message>
    <message>
        <source>&amp;FQDN this connector provides in HELO or EHLO:</source>
        <translation>このコネクタが HELO または EHLO で通知する FQDN(&amp;F):</translation>
    </message>
    <message>
        <source>10MB, 64KB or unlimited</source>
        <translation>10MB、64KB、または unlimited</translation>
    </message>
    <message>
        <source>Maximum &amp;message size:</source>
        <translation>最大メッセージ サイズ(&amp;M):</translation>
    </message>
    <message>
        <source>Connection &amp;inactivity timeout:</source>
        <translation>接続の非アクティブ タイムアウト(&amp;I):</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>FQDN</source>
        <translation>FQDN</translation>
    </message>
    <message>
        <source>Maximum message size</source>
        <translation>最大メッセージ サイズ</translation>
    </message>
    <message>
        <source>Connection inactivity timeout</source>
        <translation>接続の非アクティブ タイムアウト</translation>
    </message>
</context>
<context>
    <name>ds::ui::SendNetworkEditor</name>
    <message>
        <source>Use domain name system (&amp;DNS) MX records to route mail automatically</source>
        <translation>ドメイン ネーム システム (DNS) の MX レコードを使用してメールを自動的にルーティングする(&amp;D)</translation>
    </message>
    <message>
        <source>Route mail through the following &amp;smart hosts:</source>
        <translation>次のスマート ホスト経由でメールをルーティングする(&amp;S):</translation>
    </message>
    <message>
        <source>Enable Domain Security (&amp;Mutual Auth TLS)</source>
        <translation>ドメイン セキュリティ (相互認証 TLS) を有効にする(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Require TLS</source>
        <translation>TLS を必須にする(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Ignore STARTTLS (never encrypt)</source>
        <translation>STARTTLS を無視する (暗号化しない)(&amp;I)</translation>
    </message>
    <message>
        <source>Smart hosts</source>
        <translation>スマート ホスト</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>ルーティング</translation>
    </message>
    <message>
        <source>Smart host &amp;authentication:</source>
        <translation>スマート ホストの認証(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>セキュリティ</translation>
    </message>
    <message>
        <source>Domain security needs DNS routing, no wildcard address space, and the domains on the domain-secure send list.</source>
        <translation>ドメイン セキュリティには、DNS ルーティング、ワイルドカードでないアドレス空間、およびドメイン セキュリティの送信リストにあるドメインが必要です。</translation>
    </message>
    <message>
        <source>Smart hosts: %1</source>
        <translation>スマート ホスト: %1</translation>
    </message>
    <message>
        <source>Smart hosts: give at least one smart host.</source>
        <translation>スマート ホスト: スマート ホストを 1 つ以上指定してください。</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>TLS authentication &amp;level (Exchange 2010 and later):</source>
        <translation>TLS 認証レベル(&amp;L) (Exchange 2010 以降):</translation>
    </message>
    <message>
        <source>TLS domai&amp;n (DomainValidation):</source>
        <translation>TLS ドメイン(&amp;N) (DomainValidation):</translation>
    </message>
</context>
<context>
    <name>ds::ui::SendSourceServerEditor</name>
    <message>
        <source>Source servers</source>
        <translation>発信元サーバー</translation>
    </message>
    <message>
        <source>&amp;Servers that send mail through this connector (none checked: every server of the workspace):</source>
        <translation>このコネクタ経由でメールを送信するサーバー (何も選択しない場合はワークスペースのすべてのサーバー)(&amp;S):</translation>
    </message>
    <message>
        <source>Not a server of this workspace.</source>
        <translation>このワークスペースのサーバーではありません。</translation>
    </message>
</context>
<context>
    <name>ds::ui::ServerPropertiesDialog</name>
    <message>
        <source>%1 Properties</source>
        <translation>%1 のプロパティ</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>FQDN:</source>
        <translation>FQDN:</translation>
    </message>
    <message>
        <source>Edge Transport</source>
        <translation>エッジ トランスポート</translation>
    </message>
    <message>
        <source>Hub Transport</source>
        <translation>ハブ トランスポート</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>役割:</translation>
    </message>
    <message>
        <source>Standalone</source>
        <translation>スタンドアロン</translation>
    </message>
    <message>
        <source>Subscribed to the organization (EdgeSync)</source>
        <translation>組織にサブスクライブ済み (EdgeSync)</translation>
    </message>
    <message>
        <source>Edge &amp;subscription:</source>
        <translation>エッジのサブスクリプション(&amp;S):</translation>
    </message>
    <message>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <source>A Hub Transport server holds the organization&apos;s send connectors and domain-secure lists; EdgeSync replicates them to subscribed Edge servers.</source>
        <translation>ハブ トランスポート サーバーは組織の送信コネクタとドメイン セキュリティの一覧を保持し、EdgeSync がそれらをサブスクライブされたエッジ サーバーに複製します。</translation>
    </message>
    <message>
        <source>The send connectors and the domain-secure lists are configured on a Hub Transport server and replicated to this Edge by EdgeSync; the Edge itself holds its certificate and receive connectors.</source>
        <translation>送信コネクタとドメイン セキュリティの一覧はハブ トランスポート サーバーで構成され、EdgeSync によってこのエッジに複製されます。エッジ自体が保持するのは証明書と受信コネクタです。</translation>
    </message>
    <message>
        <source>Everything is configured on this Edge itself: its certificate, receive connectors, send connectors and the domain-secure lists.</source>
        <translation>すべてをこのエッジ自体で構成します: 証明書、受信コネクタ、送信コネクタ、ドメイン セキュリティの一覧。</translation>
    </message>
</context>
<context>
    <name>ds::ui::ServerTableModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>FQDN</source>
        <translation>FQDN</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>Receive connectors</source>
        <translation>受信コネクタ</translation>
    </message>
    <message>
        <source>Edge subscription</source>
        <translation>エッジのサブスクリプション</translation>
    </message>
    <message>
        <source>Edge Transport</source>
        <translation>エッジ トランスポート</translation>
    </message>
    <message>
        <source>Hub Transport</source>
        <translation>ハブ トランスポート</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>サブスクライブ済み</translation>
    </message>
    <message>
        <source>Standalone</source>
        <translation>スタンドアロン</translation>
    </message>
</context>
<context>
    <name>ds::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Default key type</source>
        <translation>既定のキーの種類</translation>
    </message>
    <message>
        <source>RSA 2048 bits</source>
        <translation>RSA 2048 ビット</translation>
    </message>
    <message>
        <source>RSA 3072 bits</source>
        <translation>RSA 3072 ビット</translation>
    </message>
    <message>
        <source>RSA 4096 bits</source>
        <translation>RSA 4096 ビット</translation>
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
        <translation>既定のキーの種類(&amp;K):</translation>
    </message>
    <message>
        <source>Exchange 2007 accepts RSA keys only; use ECDSA for Postfix gateways.</source>
        <translation>Exchange 2007 で使用できるのは RSA キーだけです。ECDSA は Postfix ゲートウェイに使用してください。</translation>
    </message>
</context>
<context>
    <name>ds::ui::TestConnectionDialog</name>
    <message>
        <source>Test Connection</source>
        <translation>接続のテスト</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>Target and options</source>
        <translation>対象とオプション</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>ホスト(&amp;H):</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>ポート(&amp;O):</translation>
    </message>
    <message>
        <source>Partner domain</source>
        <translation>パートナー ドメイン</translation>
    </message>
    <message>
        <source>partner.example</source>
        <translation>partner.example</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>ドメイン(&amp;D):</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>encrypt – TLS required, certificate not judged</source>
        <translation>encrypt – TLS 必須、証明書は判定しない</translation>
    </message>
    <message>
        <source>verify – trusted chain and a matching host name</source>
        <translation>verify – 信頼されたチェーンと一致するホスト名</translation>
    </message>
    <message>
        <source>secure – trusted chain naming the partner domain</source>
        <translation>secure – パートナー ドメインを含む信頼されたチェーン</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>レベル(&amp;L):</translation>
    </message>
    <message>
        <source>Server whose certificate is presented</source>
        <translation>証明書を提示するサーバー</translation>
    </message>
    <message>
        <source>&amp;No client certificate</source>
        <translation>クライアント証明書なし(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Our server:</source>
        <translation>自組織のサーバー(&amp;O):</translation>
    </message>
    <message>
        <source>Extra CA file</source>
        <translation>追加の CA ファイル</translation>
    </message>
    <message>
        <source>PEM file with more CA certificates (optional)</source>
        <translation>追加の CA 証明書を含む PEM ファイル (省略可能)</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>CA ファイル(&amp;C):</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>参照(&amp;W)…</translation>
    </message>
    <message>
        <source>CA Certificates</source>
        <translation>CA 証明書</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM 証明書 (*.pem *.crt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Timeout per step in seconds</source>
        <translation>手順ごとのタイムアウト (秒)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>タイムアウト(&amp;T):</translation>
    </message>
    <message>
        <source>Workspace passphrase</source>
        <translation>ワークスペースのパスフレーズ</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>パスフレーズ(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel Test</source>
        <translation>テストのキャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Test progress</source>
        <translation>テストの進行状況</translation>
    </message>
    <message>
        <source>SMTP transcript</source>
        <translation>SMTP のやり取り</translation>
    </message>
    <message>
        <source>Sa&amp;ve Report…</source>
        <translation>レポートの保存(&amp;V)…</translation>
    </message>
    <message>
        <source>Send connector %1: its smart host, as Postfix or Exchange would connect.</source>
        <translation>送信コネクタ %1: Postfix または Exchange と同じようにスマート ホストに接続します。</translation>
    </message>
    <message>
        <source>Send connector %1: the MX hosts of %2 (looked up in DNS; type a host when DNS does not answer).</source>
        <translation>送信コネクタ %1: %2 の MX ホスト (DNS で参照。DNS が応答しない場合はホストを入力してください)。</translation>
    </message>
    <message>
        <source>Receive connector %1\%2: a self-test against our own binding, as a partner would connect.</source>
        <translation>受信コネクタ %1\%2: パートナーと同じように自サーバーのバインドに接続する自己テスト。</translation>
    </message>
    <message>
        <source>No MX answer for %1; testing %1 itself.</source>
        <translation>%1 の MX の応答がありません。%1 自体をテストします。</translation>
    </message>
    <message>
        <source>Enter the host to test.</source>
        <translation>テストするホストを入力してください。</translation>
    </message>
    <message>
        <source>%1: cannot read the CA file</source>
        <translation>%1: CA ファイルを読み取れません</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>開始できません: %1</translation>
    </message>
    <message>
        <source>Testing %1:%2…</source>
        <translation>%1:%2 をテストしています…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセルしています…</translation>
    </message>
    <message>
        <source>Success: %1</source>
        <translation>成功: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>How to fix: %1</source>
        <translation>対処方法: %1</translation>
    </message>
    <message>
        <source>Save Test Report</source>
        <translation>テスト レポートの保存</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>T&amp;rust This Partner&apos;s Certificate…</source>
        <translation>このパートナーの証明書を信頼する(&amp;R)…</translation>
    </message>
    <message>
        <source>Pin the public key of the certificate the partner&apos;s gateway presented, so that only this key (or another pinned one) is accepted for the partner domain.</source>
        <translation>パートナーのゲートウェイが提示した証明書の公開鍵を固定し、パートナー ドメインについてはこの鍵 (または固定済みの別の鍵) だけを受け付けるようにします。</translation>
    </message>
    <message>
        <source>Trust This Partner&apos;s Certificate</source>
        <translation>このパートナーの証明書を信頼する</translation>
    </message>
    <message>
        <source>Pin this certificate&apos;s public key for partner %1? Only a gateway that presents this key (or another pinned one) will be accepted for %1.

Subject: %2
Names: %3
Public key SHA-256: %4
Valid from %5 until %6</source>
        <translation>パートナー %1 について、この証明書の公開鍵を固定しますか? %1 としては、この鍵 (または固定済みの別の鍵) を提示するゲートウェイだけが受け付けられます。

サブジェクト: %2
名前: %3
公開鍵の SHA-256: %4
有効期間: %5 ～ %6</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>ds::ui::TrustedRootTableModel</name>
    <message>
        <source>Subject</source>
        <translation>サブジェクト</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Thumbprint</source>
        <translation>拇印</translation>
    </message>
    <message>
        <source>(unreadable certificate)</source>
        <translation>(読み取れない証明書)</translation>
    </message>
</context>
<context>
    <name>ds::ui::ValidationPane</name>
    <message>
        <source>No problems found.</source>
        <translation>問題は見つかりませんでした。</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1、%2、%3</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>エラー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>情報 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Rules for:</source>
        <translation>規則の対象(&amp;R):</translation>
    </message>
    <message>
        <source>Validation rules</source>
        <translation>検証規則</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>検索(&amp;I):</translation>
    </message>
    <message>
        <source>Type to filter findings</source>
        <translation>入力して検出結果を絞り込み</translation>
    </message>
    <message>
        <source>Filter findings</source>
        <translation>検出結果の絞り込み</translation>
    </message>
    <message>
        <source>Validation findings</source>
        <translation>検証の検出結果</translation>
    </message>
    <message>
        <source>Press Enter or double-click a finding to open the object where it can be fixed.</source>
        <translation>検出結果で Enter キーを押すかダブルクリックすると、修正できるオブジェクトが開きます。</translation>
    </message>
    <message>
        <source>&amp;Also check: %1</source>
        <translation>追加の検査(&amp;A): %1</translation>
    </message>
    <message>
        <source>Also list the findings of the optional rule profile %1 (lint --profile %2); the export does not apply it.</source>
        <translation>オプションの規則プロファイル %1 の検出結果も一覧表示します (lint --profile %2)。エクスポートはこのプロファイルを適用しません。</translation>
    </message>
</context>
<context>
    <name>ds::ui::ValueListEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>新しいエントリ</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>エントリ</translation>
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
        <translation>無題</translation>
    </message>
    <message>
        <source>The workspace has no file name yet; use Save As.</source>
        <translation>ワークスペースにはまだファイル名がありません。[名前を付けて保存] を使用してください。</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>保存されていない変更の復元</translation>
    </message>
</context>
<context>
    <name>ds::ui::WorkspacePassphraseDialog</name>
    <message>
        <source>Workspace Passphrase</source>
        <translation>ワークスペースのパスフレーズ</translation>
    </message>
    <message>
        <source>The private keys of this workspace are encrypted with a passphrase. Enter it, then the new passphrase (leave both new fields empty to store the keys without encryption).</source>
        <translation>このワークスペースの秘密キーはパスフレーズで暗号化されています。現在のパスフレーズと新しいパスフレーズを入力してください (新しいパスフレーズの欄を両方とも空にすると、秘密キーは暗号化せずに保存されます)。</translation>
    </message>
    <message>
        <source>The private keys of this workspace are stored without encryption. Choose a passphrase to encrypt them (PKCS#8 with scrypt).</source>
        <translation>このワークスペースの秘密キーは暗号化されずに保存されています。暗号化するパスフレーズを決めてください (scrypt による PKCS#8)。</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>現在のパスフレーズ</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>現在のパスフレーズ(&amp;C):</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>新しいパスフレーズ</translation>
    </message>
    <message>
        <source>Confirm the new passphrase</source>
        <translation>新しいパスフレーズの確認</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>新しいパスフレーズ(&amp;N):</translation>
    </message>
    <message>
        <source>C&amp;onfirm:</source>
        <translation>確認(&amp;O):</translation>
    </message>
    <message>
        <source>The new passphrase and its confirmation differ.</source>
        <translation>新しいパスフレーズと確認の入力が一致しません。</translation>
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation>パスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>Store the private keys without encryption? Anyone who can read the workspace file can then use them.</source>
        <translation>秘密キーを暗号化せずに保存しますか? ワークスペース ファイルを読める人は誰でも秘密キーを使用できるようになります。</translation>
    </message>
    <message>
        <source>Remove workspace passphrase</source>
        <translation>ワークスペースのパスフレーズの削除</translation>
    </message>
    <message>
        <source>Change workspace passphrase</source>
        <translation>ワークスペースのパスフレーズの変更</translation>
    </message>
</context>
</TS>
