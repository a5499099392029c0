#include "countrycombobox.h"

#include <QLocale>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace ds::ui {

CountryComboBox::CountryComboBox(QWidget* parent)
    : QComboBox(parent)
{
    struct Country
    {
        QString name;
        QString code;
    };
    QList<Country> countries;
    for (int value = 1; value <= int(QLocale::LastTerritory); ++value) {
        const auto territory = QLocale::Territory(value);
        const QString code = QLocale::territoryToCode(territory);
        // Only the two-letter ISO 3166-1 codes; Qt also lists regions with three-digit codes.
        if (code.size() != 2 || !code.at(0).isLetter())
            continue;
        countries.append({QLocale::territoryToString(territory), code});
    }
    std::sort(countries.begin(), countries.end(),
              [](const Country& a, const Country& b) { return a.name.localeAwareCompare(b.name) < 0; });
    addItem(tr("(none)"), QString());
    for (const Country& country : countries) {
        if (findData(country.code) >= 0)
            continue;
        addItem(tr("%1 (%2)").arg(country.name, country.code), country.code);
    }
    setEditable(false);
}

QString CountryComboBox::code() const
{
    return currentData().toString();
}

bool CountryComboBox::setCode(const QString& code)
{
    const int index = findData(code.toUpper());
    if (index < 0)
        return false;
    setCurrentIndex(index);
    return true;
}

} // namespace ds::ui
