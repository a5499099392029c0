#include "linediff.h"

#include <vector>

using namespace Qt::StringLiterals;

namespace ds::core {

QStringList LineDiff::splitLines(const QString& text)
{
    if (text.isEmpty())
        return {};
    QStringList lines = text.split(u'\n');
    if (lines.last().isEmpty())
        lines.removeLast();
    for (QString& line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
    }
    return lines;
}

QList<LineDiff::Line> LineDiff::compute(const QString& before, const QString& after)
{
    return compute(splitLines(before), splitLines(after));
}

QList<LineDiff::Line> LineDiff::compute(const QStringList& before, const QStringList& after)
{
    QList<Line> result;
    const qsizetype oldSize = before.size();
    const qsizetype newSize = after.size();
    qsizetype head = 0;
    while (head < oldSize && head < newSize && before[head] == after[head])
        ++head;
    qsizetype tail = 0;
    while (tail < oldSize - head && tail < newSize - head &&
           before[oldSize - 1 - tail] == after[newSize - 1 - tail])
        ++tail;

    for (qsizetype i = 0; i < head; ++i)
        result.append({Kind::Same, before[i], int(i + 1), int(i + 1)});

    // The middle: before[head, oldSize - tail) against after[head, newSize - tail).
    const qsizetype n = oldSize - head - tail;
    const qsizetype m = newSize - head - tail;
    auto removed = [&](qsizetype i) {
        result.append({Kind::Removed, before[head + i], int(head + i + 1), 0});
    };
    auto added = [&](qsizetype j) { result.append({Kind::Added, after[head + j], 0, int(head + j + 1)}); };
    if (n > 0 && m > 0 && (n + 1) * (m + 1) <= kMaxCells) {
        // lcs[i][j] = length of the LCS of the suffixes from i and j; walk it from the front so
        // removals come before additions within a change.
        const qsizetype width = m + 1;
        std::vector<int> lcs(size_t((n + 1) * width), 0);
        for (qsizetype i = n - 1; i >= 0; --i) {
            for (qsizetype j = m - 1; j >= 0; --j) {
                lcs[size_t(i * width + j)] =
                    before[head + i] == after[head + j]
                        ? lcs[size_t((i + 1) * width + j + 1)] + 1
                        : std::max(lcs[size_t((i + 1) * width + j)], lcs[size_t(i * width + j + 1)]);
            }
        }
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < n && j < m) {
            if (before[head + i] == after[head + j]) {
                result.append({Kind::Same, before[head + i], int(head + i + 1), int(head + j + 1)});
                ++i;
                ++j;
            } else if (lcs[size_t((i + 1) * width + j)] >= lcs[size_t(i * width + j + 1)]) {
                removed(i++);
            } else {
                added(j++);
            }
        }
        while (i < n)
            removed(i++);
        while (j < m)
            added(j++);
    } else {
        for (qsizetype i = 0; i < n; ++i)
            removed(i);
        for (qsizetype j = 0; j < m; ++j)
            added(j);
    }

    for (qsizetype k = 0; k < tail; ++k) {
        const qsizetype i = oldSize - tail + k;
        const qsizetype j = newSize - tail + k;
        result.append({Kind::Same, before[i], int(i + 1), int(j + 1)});
    }
    return result;
}

bool LineDiff::hasChanges(const QList<Line>& lines)
{
    for (const Line& line : lines) {
        if (line.kind != Kind::Same)
            return true;
    }
    return false;
}

int LineDiff::count(const QList<Line>& lines, Kind kind)
{
    int total = 0;
    for (const Line& line : lines) {
        if (line.kind == kind)
            ++total;
    }
    return total;
}

QString LineDiff::unified(const QList<Line>& lines, int context)
{
    QString out;
    const qsizetype size = lines.size();
    qsizetype index = 0;
    while (index < size) {
        // Next change.
        while (index < size && lines[index].kind == Kind::Same)
            ++index;
        if (index == size)
            break;
        // Extend the hunk while the gap between changes is at most 2 * context.
        const qsizetype start = std::max<qsizetype>(0, index - context);
        qsizetype end = index;
        while (true) {
            while (end < size && lines[end].kind != Kind::Same)
                ++end;
            qsizetype gap = end;
            while (gap < size && lines[gap].kind == Kind::Same)
                ++gap;
            if (gap < size && gap - end <= 2 * context)
                end = gap;
            else {
                end = std::min(size, end + context);
                break;
            }
        }
        // Header: first line numbers and counts on each side (diff -u conventions).
        int oldStart = 0;
        int newStart = 0;
        int oldCount = 0;
        int newCount = 0;
        for (qsizetype k = start; k < end; ++k) {
            const Line& line = lines[k];
            if (line.kind != Kind::Added) {
                if (oldCount++ == 0)
                    oldStart = line.oldNumber;
            }
            if (line.kind != Kind::Removed) {
                if (newCount++ == 0)
                    newStart = line.newNumber;
            }
        }
        // An empty side starts at the line before the hunk.
        if (oldCount == 0) {
            for (qsizetype k = start; k >= 0 && oldStart == 0; --k)
                oldStart = lines[k].oldNumber;
        }
        if (newCount == 0) {
            for (qsizetype k = start; k >= 0 && newStart == 0; --k)
                newStart = lines[k].newNumber;
        }
        out += u"@@ -%1,%2 +%3,%4 @@\n"_s.arg(oldStart).arg(oldCount).arg(newStart).arg(newCount);
        for (qsizetype k = start; k < end; ++k) {
            const Line& line = lines[k];
            const QChar mark = line.kind == Kind::Same ? u' ' : line.kind == Kind::Removed ? u'-' : u'+';
            out += mark + line.text + u'\n';
        }
        index = end;
    }
    return out;
}

} // namespace ds::core
