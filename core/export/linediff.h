#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ds::core {

// A line diff between two texts (longest common subsequence after trimming the common head and
// tail), rendered in the unified format people know from `diff -u`. The Export dialog uses it to
// show what an export changes against the previous one in the same folder.
class LineDiff
{
public:
    enum class Kind { Same, Removed, Added };

    struct Line
    {
        Kind kind = Kind::Same;
        QString text;
        int oldNumber = 0; // 1-based line in the old text, 0 for an added line
        int newNumber = 0; // 1-based line in the new text, 0 for a removed line
        bool operator==(const Line&) const = default;
    };

    // Every line of both texts in order: kept lines once, removed lines before the added ones
    // that replace them. Above kMaxCells compared pairs the middle part is reported as removed
    // and added as a whole (still a correct, if not minimal, diff).
    static QList<Line> compute(const QStringList& before, const QStringList& after);
    static QList<Line> compute(const QString& before, const QString& after);

    // Lines of text split at "\n" ("\r\n" too); a final line break does not start an empty line.
    static QStringList splitLines(const QString& text);

    static bool hasChanges(const QList<Line>& lines);
    static int count(const QList<Line>& lines, Kind kind);

    // "@@ -a,b +c,d @@" hunks with context lines around each change; empty when nothing changed.
    static QString unified(const QList<Line>& lines, int context = 3);

    static constexpr qsizetype kMaxCells = 4 * 1024 * 1024;
};

} // namespace ds::core
