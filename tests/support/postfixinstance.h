#pragma once

#include <QByteArray>
#include <QDir>
#include <QFileDevice>
#include <QList>
#include <QMap>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

// A private Postfix instance under a temporary directory, for tests that need a real MTA on
// 127.0.0.0/8. Layout under root(): etc/ (config), queue/, data/, mail/ (virtual Maildirs),
// maillog. Follows Postfix's TLS_README and postconf(5): chroot n everywhere, own log through
// postlogd, inet_interfaces = 127.0.0.1 with the instance address bound in the master.cf service
// name, no DNS. Needs root (postfix start). The destructor always stops the instance.
//
// Typical use:
//   PostfixInstance mx({u"b"_s, u"127.0.0.3"_s, u"b.example"_s, u"mx.b.example"_s, u"127.0.0.3:2525"_s});
//   QVERIFY2(mx.create(), qPrintable(mx.errorString()));
//   mx.setMain({{u"smtpd_tls_security_level"_s, u"encrypt"_s}});
//   mx.addMailbox(u"user@b.example"_s);
//   QVERIFY2(mx.start(), qPrintable(mx.errorString()));
//   mx.sendmail(u"root@b.example"_s, u"user@b.example"_s, "Subject: hi\n\nbody\n");
//   QVERIFY(mx.waitForLog(QRegularExpression(u"status=sent"_s)));
class PostfixInstance
{
public:
    struct Identity
    {
        QString name;     // short label, used in syslog_name ("postfix-NAME")
        QString address;  // the instance's loopback address, 127.0.0.X (smtp_bind_address, mynetworks)
        QString domain;   // its own virtual mailbox domain, "b.example"
        QString hostname; // myhostname, "mx.b.example"
        QString listen;   // "127.0.0.3:2525": a plain smtpd listener; empty = no default listener
    };

    // One entry of `postqueue -j`.
    struct QueueEntry
    {
        QString queueId;
        QString queueName; // "active", "deferred", "hold", "incoming", "maildrop"
        QString sender;
        QStringList recipients;
        QStringList delayReasons;
    };

    explicit PostfixInstance(Identity identity);
    ~PostfixInstance();
    PostfixInstance(const PostfixInstance&) = delete;
    PostfixInstance& operator=(const PostfixInstance&) = delete;

    const Identity& identity() const { return m_identity; }
    QString errorString() const { return m_error; }

    // Creates the directories and a config dir from Debian's stock main.cf.debian and
    // master.cf.dist plus the instance settings above. False (see errorString) on failure.
    bool create();

    QString root() const;
    QString configDir() const;
    QString queueDir() const;
    QString dataDir() const;
    QString mailDir() const;
    QString logFile() const;

    // postconf -c configDir ARGS (any postconf call); stdout in *out.
    bool postconf(const QStringList& arguments, QByteArray* out = nullptr);
    // Sets main.cf parameters in one postconf -e call; an empty value clears a parameter.
    bool setMain(const QMap<QString, QString>& settings);
    bool setMain(const QString& name, const QString& value);
    QString mainValue(const QString& name);
    // Adds or replaces a master.cf service: entry is "127.0.0.3:2526 inet n - n - - smtpd" (the
    // chroot column should be n), options are "name=value" pairs written as -o lines.
    bool addService(const QString& entry, const QStringList& options = {});
    bool removeService(const QString& nameAndType); // "127.0.0.3:2526/inet"
    // Writes a file into the config dir with mode (0644 default; keys should use 0600) and returns
    // its absolute path, or an empty string on failure.
    QString writeConfigFile(const QString& fileName, const QByteArray& content,
                            QFileDevice::Permissions mode = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                            QFileDevice::ReadGroup | QFileDevice::ReadOther);
    // Writes a map file and runs postmap on it when type is hash (cidr/pcre/regexp are read as
    // text). Returns "type:/abs/path" for use in main.cf, or empty on failure.
    QString writeMap(const QString& fileName, const QByteArray& content,
                     const QString& type = QStringLiteral("hash"));
    // Adds a virtual Maildir mailbox for address (must be in the instance's domain).
    bool addMailbox(const QString& address);

    // postfix start + wait until every address:port inet service accepts. Refuses (false, see
    // errorString) when one of those ports is already taken (by another process or instance).
    bool start(int timeoutMs = 30000);
    bool stop(int timeoutMs = 30000); // postfix stop, then abort/kill if it does not go away
    bool reload();
    bool isRunning() const;
    bool check(QByteArray* output = nullptr); // postfix check

    // Submits a message through sendmail -C; message is the RFC 5322 text (headers + body).
    bool sendmail(const QString& from, const QString& to, const QByteArray& message);
    // Polls the maillog until a line matches; returns the first matching line in *line.
    bool waitForLog(const QRegularExpression& pattern, int timeoutMs = 30000, QString* line = nullptr);
    QString log() const;
    QStringList logLines(const QRegularExpression& pattern) const;

    QList<QueueEntry> queue();
    QByteArray queueText(); // postqueue -p
    bool flush();           // postqueue -f: retry deferred mail now
    // Full texts of the messages delivered to address's Maildir (new/ and cur/), oldest first.
    QList<QByteArray> mailbox(const QString& address) const;
    bool waitForMailbox(const QString& address, int count = 1, int timeoutMs = 30000) const;

private:
    bool runTool(const QString& program, const QStringList& arguments, QByteArray* out = nullptr,
                 const QByteArray& input = {}, int timeoutMs = 60000);
    bool touchBack(const QString& fileName);
    bool inetEndpoints(QStringList* endpoints); // "127.0.0.3:2525" of every address:port inet service
    QString mailboxPath(const QString& address) const;
    qint64 masterPid() const;

    Identity m_identity;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_error;
    bool m_started = false;
};
