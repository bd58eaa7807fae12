#pragma once

#include <QString>

// ISO 3166-1 alpha-2 codes, as db.XY.clamav.net uses them.
namespace CountryCodes {

// True for an assigned code such as "PL"; case-sensitive upper case.
bool isValid(const QString& code);

// "Poland", "poland", "PL", "pl", "United Kingdom", "UK" -> the code, or an
// empty string when the name is not recognised.
QString fromNameOrCode(const QString& text);

// The English name, for messages and exports.
QString name(const QString& code);

} // namespace CountryCodes
