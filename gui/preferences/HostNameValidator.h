#pragma once

#include <QValidator>

// A host name (or an IP address) as it is typed: characters neither holds
// are refused at once; one not yet whole (a trailing dot, nothing yet) may be
// finished.
class HostNameValidator : public QValidator
{
    Q_OBJECT

public:
    using QValidator::QValidator;

    State validate(QString& input, int& position) const override;
};
