#pragma once

#include <QSyntaxHighlighter>

namespace ds::ui {

// Colours a unified diff: removed lines red, added lines green, hunk headers blue.
class DiffHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit DiffHighlighter(QTextDocument* document);

protected:
    void highlightBlock(const QString& text) override;
};

} // namespace ds::ui
