#include "remote/ConfEdit.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

QStringList lineDiff(const QByteArray& before, const QByteArray& after)
{
    // Edits change lines in place or append, so a line-by-line comparison
    // with a tail of additions or removals is the whole diff.
    const QList<QByteArray> a = before.split('\n');
    const QList<QByteArray> b = after.split('\n');
    // A Windows line ending is shown as the \r it is, or a conversion would
    // read as lines that did not change.
    const auto shown = [](QByteArray line) -> QString {
        const bool crlf = line.endsWith('\r');
        if (crlf)
            line.chop(1);
        return ConfEdit::mask(QString::fromUtf8(line)) + (crlf ? QStringLiteral("\\r") : QString());
    };
    QStringList diff;
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
        const bool inA = i < a.size(), inB = i < b.size();
        if (inA && inB && a.at(i) == b.at(i))
            continue;
        if (inA && !(i == a.size() - 1 && a.at(i).isEmpty()))
            diff << QLatin1Char('-') + shown(a.at(i));
        if (inB && !(i == b.size() - 1 && b.at(i).isEmpty()))
            diff << QLatin1Char('+') + shown(b.at(i));
    }
    return diff;
}

ConfEdit finish(ConfEdit edit)
{
    edit.diff = lineDiff(edit.before, edit.after);
    const auto parsed = ClientSyncConfParser::parse(edit.after);
    edit.problems = parsed ? parsed->problems() : QStringList{parsed.error().describe()};
    return edit;
}

} // namespace

QString ConfEdit::mask(const QString& line)
{
    // Wherever bash would assign the password (several assignments a line,
    // after `export`, `;` or `&&`, for one command or in a pipeline) its
    // value's exact bytes are hidden.
    QByteArray raw = line.toUtf8();
    const auto assignments = ClientSyncConf::assignmentsIn(raw);
    if (assignments) {
        for (auto a = assignments->crbegin(); a != assignments->crend(); ++a) {
            if (a->key == QLatin1String("RSYNC_PASSWORD"))
                raw.replace(a->valueStart, a->valueEnd - a->valueStart, "********");
        }
    }
    // Anywhere else the name is given a value (an argument of env, a line
    // bash would refuse), the rest of that word goes too.
    static const QRegularExpression other(
        QStringLiteral("RSYNC_PASSWORD(\\+?)=(?!\\*{8}(\\s|;|&|\\||$))"
                       "('[^']*'?|\"(\\\\.|[^\"])*\"?|[^\\s;&|]*)"));
    QString masked = QString::fromUtf8(raw);
    masked.replace(other, QStringLiteral("RSYNC_PASSWORD\\1=********"));
    return masked;
}

ConfEdit ConfEdit::plan(const QByteArray& current, const QList<QPair<QString, QString>>& changes,
                        LineEndings endings)
{
    ConfEdit edit;
    edit.before = current;
    auto conf = ClientSyncConfParser::parse(current);
    if (!conf) {
        edit.after = current;
        edit.problems << QCoreApplication::translate(
                             "ConfEdit",
                             "the file on the mirror cannot be read as shell: %1; edit it as text")
                             .arg(conf.error().describe());
        return edit;
    }
    for (const auto& [key, value] : changes) {
        if (!ClientSyncConf::knownKeys().contains(key)) {
            edit.after = current;
            edit.problems << QCoreApplication::translate(
                                 "ConfEdit", "%1 is not a clam-clientsync.conf key (%2)")
                                 .arg(key, ClientSyncConf::knownKeys().join(QStringLiteral(", ")));
            return edit;
        }
        conf->set(key, value);
    }
    if (endings == LineEndings::Unix)
        conf->useUnixLineEndings();
    edit.after = conf->serialize();
    return finish(edit);
}

QString ConfEdit::masked(const QByteArray& text)
{
    QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    for (QString& line : lines)
        line = mask(line);
    return lines.join(QLatin1Char('\n'));
}

ConfEdit ConfEdit::replaceMaskedText(const QByteArray& current, const QString& shown,
                                     LineEndings endings)
{
    // Lines compared without their \r, which a text editor drops; the endings
    // are put back below.
    QList<QByteArray> was = current.split('\n');
    QList<bool> wasCrlf;
    for (QByteArray& raw : was) {
        wasCrlf << raw.endsWith('\r');
        if (wasCrlf.last())
            raw.chop(1);
    }
    const auto conf = ClientSyncConfParser::parse(current);
    const auto password = conf ? conf->value(QStringLiteral("RSYNC_PASSWORD")) : std::nullopt;
    QStringList lines = shown.split(QLatin1Char('\n'));
    for (QString& line : lines) {
        if (mask(line) != line || !line.contains(QLatin1String("********")))
            continue;
        // The line as it was, before masking: the same key, the real value.
        const auto real = std::find_if(was.crbegin(), was.crend(), [&line](const QByteArray& raw) {
            const QString text = QString::fromUtf8(raw);
            return mask(text) == line && text != line;
        });
        if (real != was.crend()) {
            line = QString::fromUtf8(*real);
            continue;
        }
        // An edited line: the password it still shows masked is the current one.
        QByteArray raw = line.toUtf8();
        const auto assignments = ClientSyncConf::assignmentsIn(raw);
        if (!password || !assignments)
            continue;
        for (auto a = assignments->crbegin(); a != assignments->crend(); ++a) {
            if (a->key == QLatin1String("RSYNC_PASSWORD") && a->value == QLatin1String("********"))
                raw.replace(a->valueStart, a->valueEnd - a->valueStart,
                            ClientSyncConf::quoteValue(*password));
        }
        line = QString::fromUtf8(raw);
    }
    // An unchanged line keeps its ending, a changed or new one takes the
    // file's usual one: converting is asked for, never a side effect.
    const bool usuallyCrlf = conf && conf->usuallyWindowsLineEndings();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString& line = lines[i];
        const bool had = line.endsWith(QLatin1Char('\r'));
        if (had)
            line.chop(1);
        const bool last = i + 1 == lines.size();
        const bool crlf = endings == LineEndings::Unix                             ? false
                          : had                                                    ? true
                          : last                                                   ? false
                          : i < was.size() && QString::fromUtf8(was.at(i)) == line ? wasCrlf.at(i)
                                                                                   : usuallyCrlf;
        if (crlf)
            line += QLatin1Char('\r');
    }
    return replaceText(current, lines.join(QLatin1Char('\n')).toUtf8());
}

ConfEdit ConfEdit::replaceText(const QByteArray& current, const QByteArray& text)
{
    ConfEdit edit;
    edit.before = current;
    edit.after = text;
    return finish(edit);
}
