#pragma once

#include "parsers/ParseProblem.h"
#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QStringList>

#include <optional>

// One delimited section of a probe's output.
struct ProbeSection
{
    QString name;        // meta, conf, run, live, access, ...
    QStringList args;    // what followed the name on the begin line
    QByteArray content;  // stdout and stderr of the section's command
    int exitStatus = -1; // of that command

    // For sections of key=value lines (meta, tools, docroot).
    QString value(const QString& key) const;
};

// A probe's output cut back into its sections.
struct ProbeOutput
{
    QList<ProbeSection> sections;
    bool complete = false; // the final "done" line arrived

    const ProbeSection* section(const QString& name) const;
    QList<const ProbeSection*> all(const QString& name) const;
    // key=value from that section; empty when either is missing.
    QString value(const QString& sectionName, const QString& key) const;
};

namespace ProbeOutputParser {

// marker: ProbeScript::marker() of the script that printed text.
Result<ProbeOutput, ParseProblem> parse(QByteArrayView text, QByteArrayView marker);

} // namespace ProbeOutputParser
