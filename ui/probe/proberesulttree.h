#pragma once

#include "probe/probereport.h"

#include <QTreeWidget>

namespace ds::ui {

using namespace ds::core;

// The result of a connection test as a tree: verdict and fix hint first, then the steps with
// their times, the connection, TLS parameters, both chains, name matching, trust and mutual TLS.
class ProbeResultTree : public QTreeWidget
{
    Q_OBJECT

public:
    explicit ProbeResultTree(QWidget* parent = nullptr);

    void setReport(const ProbeReport& report);
    // The item whose first column reads label among the top-level items, or nullptr.
    QTreeWidgetItem* section(const QString& label) const;

private:
    QTreeWidgetItem* add(QTreeWidgetItem* parent, const QString& label, const QString& value = {},
                         const QString& icon = {});
    void addCertificate(QTreeWidgetItem* parent, int index,
                        const ProbeReport::ChainCertificate& chainCertificate);
    void addChain(const QString& label, const QList<ProbeReport::ChainCertificate>& chain);
};

} // namespace ds::ui
