#pragma once

#include "model/domainsecurelists.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace ds::ui {

using namespace ds::core;

class DomainSecureListModel;
class WorkspaceDocument;

// The Domain Security page: the send list (TLSSendDomainSecureList) and the receive list
// (TLSReceiveDomainSecureList) side by side, each domain with its state, and Add/Remove for each
// list. Every change is one undoable edit of the document.
class DomainSecurityPage : public QWidget
{
    Q_OBJECT

public:
    explicit DomainSecurityPage(WorkspaceDocument* document, QWidget* parent = nullptr);

    DomainSecureListModel* model(DomainSecureLists::Direction direction) const;
    QTableView* view(DomainSecureLists::Direction direction) const;

    // Adds the text (one or more domains, comma separated) to a list; false and the reason shown
    // on the page when a domain does not parse.
    bool addDomains(DomainSecureLists::Direction direction, const QString& text);
    // Removes the selected domains of a list.
    void removeSelected(DomainSecureLists::Direction direction);
    QString errorText(DomainSecureLists::Direction direction) const;

private:
    struct Side
    {
        DomainSecureListModel* model = nullptr;
        QTableView* view = nullptr;
        QLineEdit* edit = nullptr;
        QPushButton* addButton = nullptr;
        QPushButton* removeButton = nullptr;
        QLabel* errorLabel = nullptr;
    };
    QWidget* createSide(DomainSecureLists::Direction direction);
    Side& side(DomainSecureLists::Direction direction);
    const Side& side(DomainSecureLists::Direction direction) const;

    WorkspaceDocument* m_document;
    Side m_send;
    Side m_receive;
};

} // namespace ds::ui
