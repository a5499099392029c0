#pragma once

#include <QString>
#include <QStringList>

namespace ds::core {

// Installs the application's and Qt's translations for a language ("en", "ja") or, when the
// language is empty, for the system locale. Used by both the GUI and the CLI.
class Translator
{
public:
    static void install(const QString& language = QString());
    // The languages shipped in :/i18n, "en" first.
    static QStringList availableLanguages();
    // The language that install() chose.
    static QString installedLanguage();
};

} // namespace ds::core
