#pragma once

#include <QString>

// The last hour of a demo mirror's traffic, made for real: what freshclam
// asks of a mirror (a CVD header by range, CVDs it has by
// If-Modified-Since, the day's cdiff, a whole CVD), answered and logged by
// the lab's nginx as for any client.
namespace LabDemoRequests {

// False with why when nginx answered anything but what a mirror should.
bool make(const QString& address, const QString& documentRoot, quint16 port, int daily,
          QString* error);

} // namespace LabDemoRequests
