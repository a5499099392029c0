#pragma once

#include <QWizardPage>

class QComboBox;

namespace ds::core {
struct Workspace;
} // namespace ds::core

namespace ds::ui {

using namespace ds::core;

// First page of the request wizard: what a request is and the server it is for.
class RequestIntroductionPage : public QWizardPage
{
    Q_OBJECT

public:
    RequestIntroductionPage(const Workspace& workspace, const QString& server, QWidget* parent = nullptr);

    QString server() const;
    QString serverFqdn() const;

private:
    QComboBox* m_server;
    QStringList m_fqdns;
};

} // namespace ds::ui
