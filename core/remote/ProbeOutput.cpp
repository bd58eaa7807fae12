#include "remote/ProbeOutput.h"

#include <QCoreApplication>

QString ProbeSection::value(const QString& key) const
{
    for (const QByteArray& raw : content.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.startsWith(key + QLatin1Char('=')))
            return line.mid(key.size() + 1);
    }
    return {};
}

const ProbeSection* ProbeOutput::section(const QString& name) const
{
    for (const ProbeSection& s : sections) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

QString ProbeOutput::value(const QString& sectionName, const QString& key) const
{
    const ProbeSection* found = section(sectionName);
    return found ? found->value(key) : QString();
}

QList<const ProbeSection*> ProbeOutput::all(const QString& name) const
{
    QList<const ProbeSection*> found;
    for (const ProbeSection& s : sections) {
        if (s.name == name)
            found << &s;
    }
    return found;
}

namespace ProbeOutputParser {

Result<ProbeOutput, ParseProblem> parse(QByteArrayView text, QByteArrayView marker)
{
    auto tr = [](const char* t) {
        return QCoreApplication::translate("ProbeOutputParser", t);
    };
    ProbeOutput out;
    const QByteArray begin = marker.toByteArray() + " begin ";
    const QByteArray end = '\n' + marker.toByteArray() + " end ";
    const QByteArray done = marker.toByteArray() + " done";
    qsizetype at = 0;
    int sectionNumber = 0;
    while (at < text.size()) {
        if (text.sliced(at).startsWith(done)) {
            out.complete = true;
            break;
        }
        if (!text.sliced(at).startsWith(begin))
            return fail(
                ParseProblem{sectionNumber + 1,
                             tr("expected a section to begin; the probe's output is garbled")});
        const qsizetype headerEnd = text.indexOf('\n', at);
        if (headerEnd < 0)
            return fail(ParseProblem{sectionNumber + 1, tr("a section's header was cut off")});
        const QStringList header =
            QString::fromUtf8(text.sliced(at + begin.size(), headerEnd - at - begin.size()))
                .split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const qsizetype endAt = text.indexOf(end, headerEnd + 1);
        if (endAt < 0)
            return fail(ParseProblem{
                sectionNumber + 1,
                tr("section %1 never ended: the probe was cut off").arg(header.value(0))});
        ProbeSection section;
        section.name = header.value(0);
        section.args = header.mid(1);
        section.content = text.sliced(headerEnd + 1, endAt - headerEnd - 1).toByteArray();
        const qsizetype statusEnd = text.indexOf('\n', endAt + end.size());
        bool ok = false;
        section.exitStatus =
            text.sliced(endAt + end.size(),
                        (statusEnd < 0 ? text.size() : statusEnd) - endAt - end.size())
                .toByteArray()
                .toInt(&ok);
        if (!ok)
            return fail(
                ParseProblem{sectionNumber + 1,
                             tr("section %1 ended without its exit status").arg(section.name)});
        out.sections.append(section);
        ++sectionNumber;
        at = statusEnd < 0 ? text.size() : statusEnd + 1;
    }
    return out;
}

} // namespace ProbeOutputParser
