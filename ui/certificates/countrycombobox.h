#pragma once

#include <QComboBox>

namespace ds::ui {

// The ISO 3166 two-letter country codes with their names, for a subject's C attribute; the first
// entry is "(none)".
class CountryComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit CountryComboBox(QWidget* parent = nullptr);

    // "JP", or empty for none.
    QString code() const;
    // Selects code (case-insensitive); false when it is not in the list.
    bool setCode(const QString& code);
};

} // namespace ds::ui
