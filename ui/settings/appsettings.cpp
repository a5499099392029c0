#include "appsettings.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <memory>

using namespace Qt::StringLiterals;

namespace ds::ui {

QSettings& AppSettings::settings()
{
    static std::unique_ptr<QTemporaryDir> tempDir;
    static std::unique_ptr<QSettings> instance;
    if (!instance) {
        if (qEnvironmentVariableIntValue("DOMAINSECURE_NO_SETTINGS") == 1) {
            tempDir = std::make_unique<QTemporaryDir>();
            instance =
                std::make_unique<QSettings>(tempDir->filePath(u"settings.ini"_s), QSettings::IniFormat);
        } else {
            instance = std::make_unique<QSettings>();
        }
    }
    return *instance;
}

QString AppSettings::language()
{
    return settings().value(u"language"_s).toString();
}

void AppSettings::setLanguage(const QString& language)
{
    settings().setValue(u"language"_s, language);
}

QString AppSettings::defaultKeyType()
{
    return settings().value(u"defaultKeyType"_s, u"rsa:2048"_s).toString();
}

void AppSettings::setDefaultKeyType(const QString& keyType)
{
    settings().setValue(u"defaultKeyType"_s, keyType);
}

QStringList AppSettings::recentFiles()
{
    return settings().value(u"recentFiles"_s).toStringList();
}

void AppSettings::addRecentFile(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    settings().setValue(u"recentFiles"_s, files);
}

void AppSettings::clearRecentFiles()
{
    settings().remove(u"recentFiles"_s);
}

} // namespace ds::ui
