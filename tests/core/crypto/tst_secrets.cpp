#include "crypto/secrets.h"
#include "export/exportfile.h"

#include <QTest>

using namespace ds::core;

using namespace Qt::StringLiterals;

// Secrets::wipe and SecretBytes: bytes the array owns are zeroed, shared or borrowed bytes are left
// to their other owner.
class TestSecrets : public QObject
{
    Q_OBJECT

    static bool allZero(const char* data, qsizetype size)
    {
        for (qsizetype i = 0; i < size; ++i) {
            if (data[i] != 0)
                return false;
        }
        return true;
    }

private slots:
    void wipeZeroesOwnedBytes()
    {
        QByteArray secret("correct horse battery staple");
        secret.detach();
        const qsizetype size = secret.size();
        const char* bytes = secret.constData();
        Secrets::wipe(secret);
        QVERIFY(secret.isEmpty());
        // The allocation stays with secret until it goes: its old bytes are readable and zero.
        QCOMPARE(secret.constData(), bytes);
        QVERIFY(allZero(bytes, size));
    }

    void wipeZeroesOwnedString()
    {
        QString secret = u"pässwörd"_s;
        secret.detach();
        const qsizetype size = secret.size();
        const QChar* chars = secret.constData();
        Secrets::wipe(secret);
        QVERIFY(secret.isEmpty());
        QCOMPARE(secret.constData(), chars);
        QVERIFY(allZero(reinterpret_cast<const char*>(chars), size * qsizetype(sizeof(QChar))));
    }

    void sharedBytesStayWithTheOtherOwner()
    {
        const QByteArray stored("stored key");
        QByteArray copy = stored; // shares stored's buffer
        Secrets::wipe(copy);
        QVERIFY(copy.isEmpty());
        QCOMPARE(stored, "stored key");

        static const char raw[] = "not owned";
        QByteArray borrowed = QByteArray::fromRawData(raw, sizeof(raw) - 1);
        Secrets::wipe(borrowed);
        QVERIFY(borrowed.isEmpty());
        QCOMPARE(QByteArray(raw), "not owned");

        QString empty;
        Secrets::wipe(empty);
        QVERIFY(empty.isEmpty());
    }

    void secretBytesMovesAndLetsSharedBytesGo()
    {
        static_assert(!std::is_copy_constructible_v<SecretBytes>);
        static_assert(!std::is_copy_assignable_v<SecretBytes>);
        static_assert(std::is_nothrow_move_constructible_v<SecretBytes>);
        QByteArray keep("kept plaintext");
        {
            SecretBytes secret = SecretBytes::fromUtf8(u"passphrase"_s);
            QCOMPARE(secret.bytes(), "passphrase");
            QCOMPARE(secret.size(), 10);
            const char* bytes = secret.constData();
            SecretBytes moved = std::move(secret);
            QVERIFY(secret.isEmpty());
            QCOMPARE(moved.constData(), bytes); // moved, not copied
            // A buffer that is also held elsewhere is only let go (the workspace keeps its keys).
            const SecretBytes shared{QByteArray(keep)};
            QCOMPARE(shared.constData(), keep.constData());
        }
        QCOMPARE(keep, "kept plaintext");
        // What the destructor leaves is what wipe() leaves, tested above: the destructor calls it.
    }

    void keyFileCopiesShareUntilTheLast()
    {
        QByteArray kept;
        {
            ExportFile key{u"smtp-key.pem"_s, QByteArray("-----BEGIN PRIVATE KEY-----"),
                           ExportFile::secretMode(), true, QString()};
            const ExportFile copy = key; // a copy does not wipe what the other still holds
            {
                const ExportFile temporary = copy;
            }
            QCOMPARE(copy.content, "-----BEGIN PRIVATE KEY-----");
            kept = key.content; // nor what a caller keeps on purpose
        }
        QCOMPARE(kept, "-----BEGIN PRIVATE KEY-----");
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
