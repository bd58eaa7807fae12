#include "parsers/FirewallRules.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace NftJsonParser {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("NftJsonParser", text);
}

// "1.2.3.4", {"prefix": {"addr": "10.0.0.0", "len": 8}}, {"set": [...]}
QStringList addresses(const QJsonValue& v)
{
    if (v.isString())
        return {v.toString()};
    const QJsonObject o = v.toObject();
    if (o.contains(QStringLiteral("prefix"))) {
        const QJsonObject p = o.value(QStringLiteral("prefix")).toObject();
        return {p.value(QStringLiteral("addr")).toString() + QLatin1Char('/') +
                QString::number(p.value(QStringLiteral("len")).toInt())};
    }
    QStringList out;
    for (const QJsonValue& item : o.value(QStringLiteral("set")).toArray())
        out << addresses(item);
    return out;
}

QList<int> portsOf(const QJsonValue& v)
{
    if (v.isDouble())
        return {v.toInt()};
    const QJsonObject o = v.toObject();
    if (o.contains(QStringLiteral("range"))) {
        const QJsonArray r = o.value(QStringLiteral("range")).toArray();
        return {r.at(0).toInt(), r.at(1).toInt()};
    }
    QList<int> out;
    for (const QJsonValue& item : o.value(QStringLiteral("set")).toArray())
        out << portsOf(item);
    return out;
}

void readMatch(const QJsonObject& match, FirewallRule* rule)
{
    const bool negated = match.value(QStringLiteral("op")).toString() == QLatin1String("!=");
    const QJsonObject left = match.value(QStringLiteral("left")).toObject();
    const QJsonValue right = match.value(QStringLiteral("right"));
    if (left.contains(QStringLiteral("payload"))) {
        const QJsonObject payload = left.value(QStringLiteral("payload")).toObject();
        const QString protocol = payload.value(QStringLiteral("protocol")).toString();
        const QString field = payload.value(QStringLiteral("field")).toString();
        if (field == QLatin1String("dport")) {
            rule->protocol = protocol;
            rule->destinationPorts = portsOf(right);
        } else if (field == QLatin1String("saddr")) {
            rule->sources = addresses(right);
            rule->sourcesNegated = negated;
        } else if (field == QLatin1String("daddr")) {
            rule->destinations = addresses(right);
            rule->destinationsNegated = negated;
        } else if (field != QLatin1String("sport")) {
            rule->opaque = true;
        }
    } else if (left.contains(QStringLiteral("meta"))) {
        const QString key =
            left.value(QStringLiteral("meta")).toObject().value(QStringLiteral("key")).toString();
        if (key == QLatin1String("iif") || key == QLatin1String("iifname"))
            rule->inInterface = right.toString();
        else if (key == QLatin1String("oif") || key == QLatin1String("oifname"))
            rule->outInterface = right.toString();
        else if (key == QLatin1String("l4proto"))
            rule->protocol = right.toString();
        else
            rule->opaque = true;
    } else if (left.contains(QStringLiteral("ct"))) {
        const QJsonArray states = right.isArray() ? right.toArray() : QJsonArray{right};
        rule->onlyEstablished = !states.contains(QJsonValue(QStringLiteral("new")));
    } else {
        rule->opaque = true;
    }
}

} // namespace

Result<FirewallRuleset, ParseProblem> parse(QByteArrayView json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return fail(ParseProblem{
            0, tr("not nft JSON: %1 at byte %2").arg(error.errorString()).arg(error.offset)});
    const QJsonValue items = document.object().value(QStringLiteral("nftables"));
    if (!items.isArray())
        return fail(
            ParseProblem{0, tr("no \"nftables\" array: not the output of nft -j list ruleset")});
    FirewallRuleset set;
    set.source = QStringLiteral("nft");
    // Looked up once per rule: a scan of every chain per rule made a crafted
    // rule set of a few MB cost minutes.
    QHash<QString, QString> hookOf; // "table\0chain" -> hook
    for (const QJsonValue& item : items.toArray()) {
        const QJsonObject o = item.toObject();
        if (o.contains(QStringLiteral("chain"))) {
            const QJsonObject c = o.value(QStringLiteral("chain")).toObject();
            set.chains.append({c.value(QStringLiteral("table")).toString(),
                               c.value(QStringLiteral("name")).toString(),
                               c.value(QStringLiteral("hook")).toString(),
                               c.value(QStringLiteral("policy")).toString()});
            const FirewallChain& chain = set.chains.constLast();
            hookOf.insert(chain.table + QChar(0) + chain.name, chain.hook);
            continue;
        }
        if (!o.contains(QStringLiteral("rule")))
            continue;
        const QJsonObject r = o.value(QStringLiteral("rule")).toObject();
        FirewallRule rule;
        rule.table = r.value(QStringLiteral("table")).toString();
        rule.chain = r.value(QStringLiteral("chain")).toString();
        rule.hook = hookOf.value(rule.table + QChar(0) + rule.chain);
        rule.evidence = QString::fromUtf8(QJsonDocument(r.value(QStringLiteral("expr")).toArray())
                                              .toJson(QJsonDocument::Compact));
        for (const QJsonValue& statement : r.value(QStringLiteral("expr")).toArray()) {
            const QJsonObject s = statement.toObject();
            const QString kind = s.keys().value(0);
            if (kind == QLatin1String("match")) {
                readMatch(s.value(kind).toObject(), &rule);
            } else if (kind == QLatin1String("accept") || kind == QLatin1String("drop") ||
                       kind == QLatin1String("reject") || kind == QLatin1String("return")) {
                rule.verdict = kind;
            } else if (kind == QLatin1String("jump") || kind == QLatin1String("goto")) {
                rule.verdict = QStringLiteral("jump");
                rule.jumpTarget =
                    s.value(kind).toObject().value(QStringLiteral("target")).toString();
            } else if (kind == QLatin1String("redirect")) {
                rule.verdict = QStringLiteral("redirect");
                rule.redirectPort = s.value(kind).toObject().value(QStringLiteral("port")).toInt();
            } else if (kind == QLatin1String("xt")) {
                // iptables-nft rules: nft shows the extension's name only.
                const QJsonObject xt = s.value(kind).toObject();
                rule.opaque = true;
                if (xt.value(QStringLiteral("type")).toString() == QLatin1String("target"))
                    rule.verdict = xt.value(QStringLiteral("name")).toString().toLower();
            } else if (kind != QLatin1String("counter") && kind != QLatin1String("log") &&
                       kind != QLatin1String("comment")) {
                rule.opaque = true;
            }
        }
        set.rules.append(rule);
    }
    return set;
}

} // namespace NftJsonParser
