#pragma once

#include "exportfile.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace ds::core {

// The Postfix configuration DomainSecure owns for one server, as data: main.cf settings,
// master.cf services and the files under CONFIG_DIR/domainsecure/. PostfixExporter renders it as
// a bundle of files; PostfixApplier writes it into a configuration directory.
struct PostfixBundle
{
    // Where the owned files live inside the configuration directory.
    static inline const QString kSubdirectory = QStringLiteral("domainsecure");

    struct Service
    {
        QString name;                           // "127.0.0.3:2525"
        QString type;                           // "inet"
        QStringList fields;                     // the 8 master.cf columns
        QList<QPair<QString, QString>> options; // -o name=value, in order
        QString comment;                        // why the service exists (README, not master.cf)

        QString key() const { return name + QLatin1Char('/') + type; }
        // The postconf -M argument: "name/type=name type … command -o a=b -o { c = d e }".
        QString postconfEntry() const;
        bool operator==(const Service&) const = default;
    };

    QList<QPair<QString, QString>> mainSettings; // name, value (may use $config_directory)
    // How apply treats each of mainSettings when main.cf already has a value (postconf(5)):
    //  - list settings (mergedListSettings): our entry goes first, every other entry is kept;
    //  - defaultOnlySettings (TLS security and log levels): written only where the administrator
    //    has not set the parameter, so a stronger global level (dane, encrypt, …) stays;
    //  - atLeastSettings (message_size_limit): raised, never lowered (0 is unlimited);
    //  - the others (identity, certificate and key): an administrator's different value is a
    //    global change that apply refuses unless it is explicitly allowed.
    QStringList mergedListSettings;
    QStringList defaultOnlySettings;
    QStringList atLeastSettings;
    QList<Service> services;
    QList<ExportFile> files; // names relative to kSubdirectory
    QStringList hashMaps;    // of files, those postmap must build
    // Of files, those naming "$config_directory": map values are not expanded by Postfix (a
    // policy table's tafile= is opened as written), so apply writes the real directory there.
    QStringList configDirectoryFiles;

    // The value written for a setting, or a null string.
    QString mainValue(const QString& name) const;
};

} // namespace ds::core
