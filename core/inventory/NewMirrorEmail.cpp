#include "inventory/NewMirrorEmail.h"

#include "inventory/CountryCodes.h"
#include "util/Addresses.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace NewMirrorEmailParser {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("NewMirrorEmailParser", text);
}

struct Draft
{
    MirrorRecord record;
    int line = 0;
    bool bad = false;
    bool hasAddress = false;
    bool hasCountry = false;
    bool hasAdmin = false;
};

QString stripQuoting(QString line)
{
    for (;;) {
        const QString trimmed = line.trimmed();
        if (!trimmed.startsWith(QLatin1Char('>')))
            return trimmed;
        line = trimmed.mid(1);
    }
}

} // namespace

bool parseAdmin(const QString& text, MirrorRecord* record, QString* why)
{
    const QStringList parts = text.split(QStringLiteral("||"));
    if (parts.size() > 2) {
        *why = tr("more than one \"||\" in the admin field");
        return false;
    }
    static const QRegularExpression named(QStringLiteral(R"(^(.*?)\s*<([^<>\s]+)>$)"));
    auto address = [&](const QString& part, QString* name, QString* mail) {
        const QString p = part.trimmed();
        const QRegularExpressionMatch m = named.match(p);
        *mail = m.hasMatch() ? m.captured(2) : p;
        if (name)
            *name = m.hasMatch() ? m.captured(1).trimmed() : QString();
        return Addresses::isEmailAddress(*mail);
    };
    if (!address(parts.at(0), &record->adminName, &record->adminEmail)) {
        *why = tr("\"%1\" holds no valid e-mail address").arg(parts.at(0).trimmed());
        return false;
    }
    if (parts.size() == 2 && !address(parts.at(1), nullptr, &record->alertsEmail)) {
        *why = tr("\"%1\" is not a valid alerts address").arg(parts.at(1).trimmed());
        return false;
    }
    return true;
}

NewMirrorEmail parse(QByteArrayView text, NewMirrorAccess access)
{
    NewMirrorEmail result;
    QList<Draft> drafts;
    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNumber = i + 1;
        QString line = stripQuoting(lines.at(i));
        const bool bulleted = line.startsWith(QLatin1Char('*')) ||
                              line.startsWith(QLatin1Char('-')) || line.startsWith(QChar(0x2022));
        if (bulleted)
            line = line.mid(1).trimmed();
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        const QString key = colon > 0 ? line.left(colon).trimmed().toLower() : QString();
        const QString value = colon > 0 ? line.mid(colon + 1).trimmed() : QString();
        auto problem = [&](const QString& reason) {
            result.problems.append({lineNumber, reason});
            if (!drafts.isEmpty())
                drafts.last().bad = true;
        };

        if (bulleted && colon < 0 && !line.isEmpty()) {
            Draft draft;
            draft.line = lineNumber;
            draft.record.name = line.toLower();
            draft.record.accessMode = access.mode;
            draft.record.sshPort = access.sshPort;
            drafts.append(draft);
            if (!Addresses::isHostName(line))
                problem(tr("\"%1\" is not a host name").arg(line));
            continue;
        }
        const bool known = key == QLatin1String("ip address") || key == QLatin1String("ip") ||
                           key == QLatin1String("country") || key == QLatin1String("admin");
        if (!known) {
            if (bulleted && colon > 0)
                problem(tr("unknown field \"%1\"; expected ip address, country or admin").arg(key));
            continue;
        }
        if (drafts.isEmpty()) {
            problem(tr("\"%1\" comes before any mirror's host line (\"* host.name\")").arg(key));
            continue;
        }
        Draft& draft = drafts.last();
        if (key == QLatin1String("country")) {
            draft.record.country = CountryCodes::fromNameOrCode(value);
            draft.hasCountry = true;
            if (draft.record.country.isEmpty())
                problem(tr("unknown country \"%1\"").arg(value));
        } else if (key == QLatin1String("admin")) {
            QString why;
            draft.hasAdmin = true;
            if (!parseAdmin(value, &draft.record, &why))
                problem(why);
        } else {
            draft.hasAddress = true;
            draft.record.address = value;
            if (!Addresses::isIpAddress(value))
                problem(tr("\"%1\" is not an IP address").arg(value));
        }
    }
    for (const Draft& draft : std::as_const(drafts)) {
        QStringList missing;
        if (!draft.hasAddress)
            missing << tr("ip address");
        if (!draft.hasCountry)
            missing << tr("country");
        if (!draft.hasAdmin)
            missing << tr("admin");
        if (!missing.isEmpty())
            result.problems.append(
                {draft.line,
                 tr("%1 lacks: %2").arg(draft.record.name, missing.join(QStringLiteral(", ")))});
        else if (!draft.bad)
            result.mirrors.append(draft.record);
    }
    if (drafts.isEmpty() && result.problems.isEmpty())
        result.problems.append({0, tr("no mirror found: expected a line \"* host.name\" followed "
                                      "by ip address, country and admin")});
    std::sort(result.problems.begin(), result.problems.end(),
              [](const ParseProblem& a, const ParseProblem& b) { return a.line < b.line; });
    return result;
}

} // namespace NewMirrorEmailParser
