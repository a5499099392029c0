#pragma once

#include <QDialog>

class QComboBox;

namespace ds::ui {

// Tools ▸ Settings: the interface language (applied at once) and the default key type of new
// certificate requests.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    // Stores the choices and installs the chosen language.
    void apply();

private:
    QComboBox* m_language;
    QComboBox* m_keyType;
};

} // namespace ds::ui
