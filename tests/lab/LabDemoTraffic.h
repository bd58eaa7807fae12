#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// The access log of a mirror as freshclam clients would have left it over
// the last days: 304s and 512-byte range requests for the CVD headers,
// cdiffs, now and then a whole CVD, at the sizes real mirrors send (not the
// lab's tiny files), from the user agents real mirrors see, busier by day
// in the mirror's own time zone; a ClamAV-MirrorCheck line now and then.
// The same mirror and days give the same lines.
namespace LabDemoTraffic {

// In the lab's nginx log format (combinedrealsize and the Host), oldest
// first, ending before until.
QByteArray accessLog(int mirrorIndex, const QString& country, int daily, int days,
                     const QDateTime& until);

} // namespace LabDemoTraffic
