#include "parsers/FirewallRules.h"

#include <QCoreApplication>

namespace IptablesSaveParser {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("IptablesSaveParser", text);
}

QString hookOf(const QString& chain)
{
    static const QStringList builtIn{QStringLiteral("INPUT"), QStringLiteral("OUTPUT"),
                                     QStringLiteral("FORWARD"), QStringLiteral("PREROUTING"),
                                     QStringLiteral("POSTROUTING")};
    return builtIn.contains(chain) ? chain.toLower() : QString();
}

// iptables-save quotes arguments with spaces ("web server").
QStringList tokens(const QString& line)
{
    QStringList out;
    QString current;
    bool quoted = false, any = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
            any = true;
        } else if (c == QLatin1Char('\\') && quoted && i + 1 < line.size()) {
            current += line.at(++i);
        } else if (c == QLatin1Char(' ') && !quoted) {
            if (any || !current.isEmpty())
                out << current;
            current.clear();
            any = false;
        } else {
            current += c;
        }
    }
    if (any || !current.isEmpty())
        out << current;
    return out;
}

bool ports(const QString& text, QList<int>* out)
{
    for (const QString& part : text.split(QLatin1Char(','))) {
        // A range a:b is kept as its ends; the How-to's ports are single.
        for (const QString& end : part.split(QLatin1Char(':'))) {
            bool ok = false;
            const int port = end.toInt(&ok);
            if (!ok || port < 0 || port > 65535)
                return false;
            *out << port;
        }
    }
    return true;
}

} // namespace

Result<FirewallRuleset, ParseProblem> parse(QByteArrayView text)
{
    FirewallRuleset set;
    set.source = QStringLiteral("iptables-save");
    QString table;
    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    for (int n = 0; n < lines.size(); ++n) {
        const QString line = lines.at(n).trimmed();
        auto problem = [&](const QString& why) {
            return fail(ParseProblem{n + 1, why});
        };
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line == QLatin1String("COMMIT"))
            continue;
        if (line.startsWith(QLatin1Char('*'))) {
            table = line.mid(1);
            continue;
        }
        if (table.isEmpty())
            return problem(tr("a rule before any *table line"));
        if (line.startsWith(QLatin1Char(':'))) {
            const QStringList f = line.mid(1).split(QLatin1Char(' '));
            const QString policy =
                f.value(1) == QLatin1String("-") ? QString() : f.value(1).toLower();
            set.chains.append({table, f.value(0), hookOf(f.value(0)), policy});
            continue;
        }
        const QStringList t = tokens(line);
        if (t.size() < 2 || (t.at(0) != QLatin1String("-A") && t.at(0) != QLatin1String("-I")))
            return problem(tr("not an iptables-save line: %1").arg(line));
        FirewallRule rule;
        rule.table = table;
        rule.chain = t.at(1);
        rule.hook = hookOf(rule.chain);
        rule.evidence = line;
        bool negate = false;
        for (qsizetype i = 2; i < t.size(); ++i) {
            const QString& o = t.at(i);
            const QString arg = t.value(i + 1);
            auto take = [&] {
                ++i;
            };
            if (o == QLatin1String("!")) {
                negate = true;
                continue;
            }
            if (o == QLatin1String("-s") || o == QLatin1String("--source")) {
                rule.sources = arg.split(QLatin1Char(','));
                rule.sourcesNegated = negate;
                take();
            } else if (o == QLatin1String("-d") || o == QLatin1String("--destination")) {
                rule.destinations = arg.split(QLatin1Char(','));
                rule.destinationsNegated = negate;
                take();
            } else if (o == QLatin1String("-p") || o == QLatin1String("--protocol")) {
                rule.protocol = arg.toLower();
                take();
            } else if (o == QLatin1String("--dport") || o == QLatin1String("--dports") ||
                       o == QLatin1String("--destination-port") ||
                       o == QLatin1String("--destination-ports")) {
                if (!ports(arg, &rule.destinationPorts))
                    return problem(tr("port \"%1\" is not a number").arg(arg));
                take();
            } else if (o == QLatin1String("-i") || o == QLatin1String("--in-interface")) {
                rule.inInterface = arg;
                take();
            } else if (o == QLatin1String("-o") || o == QLatin1String("--out-interface")) {
                rule.outInterface = arg;
                take();
            } else if (o == QLatin1String("--ctstate") || o == QLatin1String("--state")) {
                rule.onlyEstablished = !arg.contains(QLatin1String("NEW"));
                take();
            } else if (o == QLatin1String("-j") || o == QLatin1String("--jump") ||
                       o == QLatin1String("-g")) {
                static const QStringList verdicts{
                    QStringLiteral("ACCEPT"),   QStringLiteral("DROP"),   QStringLiteral("REJECT"),
                    QStringLiteral("REDIRECT"), QStringLiteral("RETURN"), QStringLiteral("LOG")};
                rule.verdict = verdicts.contains(arg) ? arg.toLower() : QStringLiteral("jump");
                if (rule.verdict == QLatin1String("jump"))
                    rule.jumpTarget = arg;
                take();
            } else if (o == QLatin1String("--to-ports") || o == QLatin1String("--to-port")) {
                rule.redirectPort = arg.section(QLatin1Char('-'), 0, 0).toInt();
                take();
            } else if (o.startsWith(QLatin1Char('-')) && !arg.isEmpty() &&
                       !arg.startsWith(QLatin1Char('-')) && arg != QLatin1String("!")) {
                take(); // an option we do not judge, with its argument (-m tcp, --comment x)
            }
            negate = false;
        }
        set.rules.append(rule);
    }
    return set;
}

} // namespace IptablesSaveParser
