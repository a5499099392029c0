#pragma once

#include "model/exchangeversion.h"

#include <QDialog>

class QComboBox;
class QLabel;

namespace ds::ui {

using namespace ds::core;

class WorkspaceDocument;

// The properties of the organization: its name and accepted domains (shown), and the Exchange
// release it runs, which lint, the Validation pane and the Exchange export start from. The release
// is changed through OrganizationOperations as one undoable edit (as `workspace set
// --exchange-version` does).
class OrganizationPropertiesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OrganizationPropertiesDialog(WorkspaceDocument* document, QWidget* parent = nullptr);

    ExchangeVersion exchangeVersion() const;
    void setExchangeVersion(ExchangeVersion version);
    // Focuses the control of a model field ("exchangeVersion").
    void setCurrentField(const QString& field);
    // Applies the edit (nothing when unchanged); false (with the error shown) when it is refused.
    bool apply();
    void accept() override;

private:
    WorkspaceDocument* m_document;
    QComboBox* m_version;
    QLabel* m_error;
};

} // namespace ds::ui
