#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace ds::core {
struct ChainResult;
} // namespace ds::core

namespace ds::ui {

using namespace ds::core;

// A certification path as Windows shows it: the root at the top, each issued certificate one
// level below its issuer, the leaf last; every link with its status.
class CertificationPathWidget : public QWidget
{
    Q_OBJECT

public:
    explicit CertificationPathWidget(QWidget* parent = nullptr);

    void setChain(const ChainResult& chain);
    QTreeWidget* tree() const { return m_tree; }

private:
    QTreeWidget* m_tree;
    QLabel* m_summary;
};

} // namespace ds::ui
