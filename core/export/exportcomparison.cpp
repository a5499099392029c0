#include "exportcomparison.h"

#include <QDir>
#include <QFile>
#include <QStringDecoder>

namespace ds::core {

QList<ExportComparison::Entry> ExportComparison::compare(const ExportResult& result, const QString& directory)
{
    QList<Entry> entries;
    const QDir dir(directory);
    for (const ExportFile& file : result.files) {
        Entry entry;
        entry.name = file.name;
        QByteArray previous;
        bool exists = false;
        if (!directory.isEmpty()) {
            QFile old(dir.filePath(file.name));
            if (old.open(QIODevice::ReadOnly)) {
                exists = true;
                previous = old.readAll();
            }
        }
        if (!exists)
            entry.state = State::New;
        else
            entry.state = previous == file.content ? State::Unchanged : State::Changed;
        entry.textDiff = isText(file);
        if (entry.textDiff) {
            entry.diff = LineDiff::compute(exists ? QString::fromUtf8(previous) : QString(),
                                           QString::fromUtf8(file.content));
        }
        entries << entry;
    }
    return entries;
}

QString ExportComparison::stateText(State state)
{
    switch (state) {
    case State::New:
        return tr("new");
    case State::Changed:
        return tr("changed");
    case State::Unchanged:
        return tr("unchanged");
    }
    return {};
}

bool ExportComparison::isText(const ExportFile& file)
{
    if (file.secret || file.content.contains('\0'))
        return false;
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(file.content);
    return !decoder.hasError();
}

} // namespace ds::core
