#pragma once

#include <QJsonObject>
#include <QString>

namespace ds::core {

// Where a finding can be fixed, as data the front ends map to their own places (a page and
// dialog tab in the console, a command in the CLI): the kind of object, the server it belongs to,
// its id (connector name, thumbprint, domain) and the model field ("remoteIPRanges"; for a domain
// of the domain-secure lists, the list: "send" or "receive").
struct FindingLocation
{
    enum class Kind {
        None,
        Workspace,
        Server,
        Certificate,
        ReceiveConnector,
        SendConnector,
        SecureDomain,
        TrustedRoot,
    };

    Kind kind = Kind::None;
    QString server;
    QString id;
    QString field;

    static FindingLocation workspace();
    static FindingLocation ofServer(const QString& server);
    static FindingLocation ofCertificate(const QString& server, const QString& thumbprint);
    static FindingLocation ofReceiveConnector(const QString& server, const QString& name);
    static FindingLocation ofSendConnector(const QString& name);
    static FindingLocation ofListDomain(const QString& list, const QString& domain); // list: send/receive
    static FindingLocation ofTrustedRoot(const QString& thumbprint);

    FindingLocation at(const QString& modelField) const;

    // The string form scripts have always read: "EDGE01\From Fabrikam", "send:To Fabrikam",
    // "certificate:THUMBPRINT", "domain-secure:send:fabrikam.example", "server:EDGE01", "workspace",
    // "trusted-root:THUMBPRINT".
    QString toString() const;
    static QString kindName(Kind kind); // "receive-connector", … (not translated)
    QJsonObject toJson() const;

    bool operator==(const FindingLocation&) const = default;
};

// What fixes a finding, as an action the front ends map to a dialog or a command (never as the
// command text itself): EditField opens the location's field; the others name the step, with
// the domain they concern as the argument where there is one (for TrustPartnerRoot, the subject
// of the root CA to trust; AddHubServer adds the Hub Transport server a subscribed Edge needs;
// PinPartnerCertificate pins the certificate of the partner domain given as the argument).
struct FindingFix
{
    enum class Action {
        None,
        EditField,
        EnableSmtpCertificate,
        ProtectKeys,
        AddToReceiveList,
        AddToSendList,
        NewPartnerReceiveConnector,
        NewPartnerSendConnector,
        TrustPartnerRoot,
        AddHubServer,
        PinPartnerCertificate,
    };

    Action action = Action::None;
    QString argument;

    static QString actionName(Action action); // "add-to-receive-list", … (not translated)
    QJsonObject toJson() const;

    bool operator==(const FindingFix&) const = default;
};

} // namespace ds::core
