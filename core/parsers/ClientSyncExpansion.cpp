#include "parsers/ClientSyncExpansion.h"

#include "parsers/ClientSyncConf.h"

#include <QCoreApplication>
#include <QSet>

namespace ClientSyncExpansion {
namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ClientSyncExpansion", text, disambiguation, n);
}

// Bash's default IFS: what an unquoted expansion is split on.
QStringList words(const QString& value)
{
    QStringList found;
    QString word;
    for (const QChar c : value) {
        if (c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n')) {
            if (!word.isEmpty())
                found << word;
            word.clear();
        } else {
            word += c;
        }
    }
    if (!word.isEmpty())
        found << word;
    return found;
}

// The first few, enough to recognise the value: a hostile conf may hold millions.
QString quotedList(const QStringList& words)
{
    constexpr qsizetype kShown = 4;
    QStringList quoted;
    for (const QString& w : words.mid(0, kShown))
        quoted << QLatin1Char('"') + w.left(200) + QLatin1Char('"');
    if (words.size() > kShown)
        quoted << QStringLiteral("…");
    return quoted.join(QStringLiteral(", "));
}

const ClientSyncConf::Assignment* lastAssignment(const ClientSyncConf& conf, const QString& key)
{
    const ClientSyncConf::Assignment* last = nullptr;
    for (const ClientSyncConf::Line& line : conf.lines()) {
        for (const ClientSyncConf::Assignment& a : line.assignments) {
            if (a.key == key && a.lasting)
                last = &a;
        }
    }
    return last;
}

// A literal $ or ` survives to rsync when no quoting let the shell expand it.
bool holdsLiteralExpansion(const ClientSyncConf& conf, const QString& key)
{
    const ClientSyncConf::Assignment* last = lastAssignment(conf, key);
    return last && !last->expands &&
           (last->value.contains(QLatin1Char('$')) || last->value.contains(QLatin1Char('`')));
}

// rsync's options whose value may come as the next word.
bool takesValue(const QString& option)
{
    static const QSet<QString> options{QStringLiteral("--exclude"),
                                       QStringLiteral("--include"),
                                       QStringLiteral("--exclude-from"),
                                       QStringLiteral("--include-from"),
                                       QStringLiteral("--filter"),
                                       QStringLiteral("-f"),
                                       QStringLiteral("--files-from"),
                                       QStringLiteral("--timeout"),
                                       QStringLiteral("--contimeout"),
                                       QStringLiteral("--bwlimit"),
                                       QStringLiteral("--partial-dir"),
                                       QStringLiteral("--temp-dir"),
                                       QStringLiteral("-T"),
                                       QStringLiteral("--log-file"),
                                       QStringLiteral("--log-file-format"),
                                       QStringLiteral("--out-format"),
                                       QStringLiteral("--backup-dir"),
                                       QStringLiteral("--suffix"),
                                       QStringLiteral("--compare-dest"),
                                       QStringLiteral("--copy-dest"),
                                       QStringLiteral("--link-dest"),
                                       QStringLiteral("--chmod"),
                                       QStringLiteral("--chown"),
                                       QStringLiteral("--max-size"),
                                       QStringLiteral("--min-size"),
                                       QStringLiteral("--max-delete"),
                                       QStringLiteral("--port"),
                                       QStringLiteral("--password-file"),
                                       QStringLiteral("--modify-window"),
                                       QStringLiteral("--skip-compress"),
                                       QStringLiteral("--usermap"),
                                       QStringLiteral("--groupmap"),
                                       QStringLiteral("-e"),
                                       QStringLiteral("--rsh"),
                                       QStringLiteral("--rsync-path"),
                                       QStringLiteral("--sockopts"),
                                       QStringLiteral("--iconv"),
                                       QStringLiteral("--protocol"),
                                       QStringLiteral("--block-size"),
                                       QStringLiteral("-B"),
                                       QStringLiteral("--compress-level"),
                                       QStringLiteral("--checksum-choice"),
                                       QStringLiteral("--compress-choice"),
                                       QStringLiteral("--address"),
                                       QStringLiteral("--info"),
                                       QStringLiteral("--debug"),
                                       QStringLiteral("--outbuf"),
                                       QStringLiteral("--max-alloc"),
                                       QStringLiteral("--stop-after"),
                                       QStringLiteral("--stop-at"),
                                       QStringLiteral("--remote-option"),
                                       QStringLiteral("-M")};
    return options.contains(option);
}

void judgeTo(const ClientSyncConf& conf, const QString& to, QStringList& found)
{
    const QStringList parts = words(to);
    if (parts.isEmpty()) {
        if (!to.isEmpty())
            found << tr("TO is only whitespace: rsync gets no destination, only lists the "
                        "module, and nothing is synced");
        return;
    }
    if (parts.size() > 1)
        found << tr("TO holds whitespace: the script expands $TO unquoted, so rsync gets %n "
                    "words (%1) where one DocumentRoot should be, refuses them (\"Unexpected "
                    "local arg\") and every sync fails with code 1; rename the DocumentRoot or "
                    "link it from a path without whitespace",
                    nullptr, int(parts.size()))
                     .arg(quotedList(parts));
    if (parts.first().startsWith(QLatin1Char('-')))
        found << tr("TO begins with \"-\": rsync takes \"%1\" as an option, not as the "
                    "DocumentRoot")
                     .arg(parts.first().left(200));
    const QString& destination = parts.last();
    const qsizetype colon = destination.indexOf(QLatin1Char(':'));
    const qsizetype slash = destination.indexOf(QLatin1Char('/'));
    if (colon >= 0 && (slash < 0 || colon < slash))
        found << tr("TO \"%1\" has a colon before its first slash: rsync reads it as "
                    "host:path, and every sync fails (source and destination cannot both be "
                    "remote); write it as an absolute path")
                     .arg(destination.left(200));
    if (holdsLiteralExpansion(conf, QStringLiteral("TO")))
        found << tr("TO is quoted so that its \"$\" is never expanded: rsync writes into a "
                    "directory literally named \"%1\" under the home directory; use double "
                    "quotes")
                     .arg(to.left(200));
}

void judgeSource(const QString& key, const QString& value, QStringList& found)
{
    const QStringList parts = words(value);
    if (parts.size() > 1)
        found << tr("%1 holds whitespace: the script expands it unquoted, so rsync's source "
                    "splits into %n words (%2), rsync refuses them and every sync fails with "
                    "code 1",
                    nullptr, int(parts.size()))
                     .arg(key, quotedList(parts));
}

bool isLocalPattern(const QString& pattern)
{
    return pattern == QLatin1String("local_*") || pattern == QLatin1String("/local_*");
}

void judgeExclude(const ClientSyncConf& conf, const QString& exclude, QStringList& found)
{
    const QStringList parts = words(exclude);
    const ClientSyncConf::Assignment* assigned = lastAssignment(conf, QStringLiteral("EXCLUDE"));
    const bool expands = assigned && assigned->expands;
    bool keepsLocal = false;
    bool strayReported = false;
    QString quotedPattern;
    for (qsizetype n = 0; n < parts.size(); ++n) {
        const QString& word = parts.at(n);
        // What the shell puts there is not known here.
        if (expands && word.contains(QLatin1Char('$')))
            continue;
        QString pattern;
        if (takesValue(word)) {
            if (n + 1 == parts.size()) {
                found << tr("EXCLUDE ends with \"%1\", which takes a value: rsync takes the push "
                            "master's module for it, only lists the DocumentRoot, and nothing is "
                            "synced")
                             .arg(word);
                break;
            }
            const QString& value = parts.at(++n);
            if (word == QLatin1String("--exclude"))
                pattern = value;
        } else if (word.startsWith(QLatin1String("--exclude="))) {
            pattern = word.mid(10);
        } else if (!word.startsWith(QLatin1Char('-')) && !strayReported) {
            // One is enough to name: each would fail the sync alike.
            strayReported = true;
            found << tr("EXCLUDE holds \"%1\", which is not an option: rsync takes it for a "
                        "local file beside the push master's module, refuses it and every sync "
                        "fails with code 1")
                         .arg(word.left(200));
        }
        if (isLocalPattern(pattern))
            keepsLocal = true;
        QString unquoted = pattern;
        unquoted.remove(QLatin1Char('\'')).remove(QLatin1Char('"')).remove(QLatin1Char('\\'));
        if (unquoted != pattern && isLocalPattern(unquoted))
            quotedPattern = pattern;
    }
    if (keepsLocal)
        return;
    if (!quotedPattern.isEmpty())
        found << tr("EXCLUDE's pattern %1 keeps its quote characters: the script expands "
                    "$EXCLUDE unquoted, so rsync gets them as part of the pattern, which matches "
                    "no file, and local files would be deleted at every sync; write "
                    "EXCLUDE='--exclude local_*'")
                     .arg(quotedPattern);
    else
        found << tr("EXCLUDE lacks \"--exclude local_*\": local files would be deleted at "
                    "every sync");
}

} // namespace

QStringList problems(const ClientSyncConf& conf)
{
    QStringList found;
    if (const auto to = conf.value(QStringLiteral("TO")))
        judgeTo(conf, *to, found);
    for (const char* key : {"RSYNC_USER", "MODULE"}) {
        if (const auto value = conf.value(QLatin1String(key)))
            judgeSource(QLatin1String(key), *value, found);
    }
    if (const auto exclude = conf.value(QStringLiteral("EXCLUDE")))
        judgeExclude(conf, *exclude, found);
    return found;
}

} // namespace ClientSyncExpansion
