#pragma once

#include <QDialog>

class QTabWidget;
class QTreeWidget;
class QPlainTextEdit;
class QFormLayout;

namespace ds::core {
struct CertificateEntry;
struct PendingRequest;
} // namespace ds::core

namespace ds::ui {

using namespace ds::core;

class CertificationPathWidget;
class WorkspaceDocument;

// A certificate (or pending request) of a server in three tabs, like Windows' certificate
// dialog: General (what it is for, validity, status), Details (every field) and Certification
// Path (the chain with the status of each link).
class CertificateDialog : public QDialog
{
    Q_OBJECT

public:
    CertificateDialog(const WorkspaceDocument* document, const QString& server, const QString& thumbprint,
                      QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    bool isValid() const { return m_valid; }

private:
    void showCertificate(const CertificateEntry& entry);
    void showRequest(const PendingRequest& request);
    void addField(const QString& name, const QString& value);
    void addGeneral(const QString& name, const QString& value, const QString& objectName = {});

    const WorkspaceDocument* m_document;
    QTabWidget* m_tabs;
    QFormLayout* m_general;
    QTreeWidget* m_fields;
    QPlainTextEdit* m_dump;
    CertificationPathWidget* m_path;
    bool m_valid = false;
};

} // namespace ds::ui
