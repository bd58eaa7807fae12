#pragma once

#include <QValidator>

// A host name as it is typed: characters no host name holds are refused at
// once; a name not yet whole (a trailing dot, nothing yet) may be finished.
class HostNameValidator : public QValidator
{
    Q_OBJECT

public:
    using QValidator::QValidator;

    State validate(QString& input, int& position) const override;
};
