#pragma once

#include "exportresult.h"
#include "linediff.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ds::core {

// An export set against the previous export in the folder it would be written to: for each
// file whether it is new, changed or unchanged, and for text files that are not secret the line
// diff. Secret and binary files are compared byte for byte but never diffed (no key material on
// screen).
class ExportComparison
{
    Q_DECLARE_TR_FUNCTIONS(ExportComparison)

public:
    enum class State { New, Changed, Unchanged };

    struct Entry
    {
        QString name;
        State state = State::New;
        bool textDiff = false; // diff holds the line diff (a text file that is not secret)
        QList<LineDiff::Line> diff;
    };

    static QList<Entry> compare(const ExportResult& result, const QString& directory);

    // "new", "changed", "unchanged", translated.
    static QString stateText(State state);
    // Text is shown (previewed, diffed) only when it is not secret and looks like UTF-8 text.
    static bool isText(const ExportFile& file);
};

} // namespace ds::core
